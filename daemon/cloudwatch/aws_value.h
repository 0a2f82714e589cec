// The one data model of the CloudWatch API (service `monitoring`,
// 2010-08-01): every request is decoded into an AwsValue tree by one of the
// three wire codecs (query_codec.h, json10_codec.h, cbor_codec.h), the
// operations (cloudwatch_ops.h) read it and build their answer as another
// AwsValue, and the same codec encodes that answer. So an operation is written
// once, whatever the client speaks.
//
// The query protocol carries every scalar as text, JSON and CBOR carry typed
// numbers, booleans and timestamps: the accessors below accept both forms, so
// operations never look at the wire type.
//
// Plain value type; no I/O.
#ifndef TAILWATCH_DAEMON_CLOUDWATCH_AWS_VALUE_H_
#define TAILWATCH_DAEMON_CLOUDWATCH_AWS_VALUE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <utility>
#include <vector>

namespace tailwatch::daemon::cloudwatch {

struct AwsValue {
  enum class Kind { kNull, kBool, kInt, kDouble, kString, kTimestamp, kList, kMap };
  Kind kind = Kind::kNull;
  bool boolean = false;
  int64_t integer = 0;  // kInt; kTimestamp: epoch milliseconds
  double number = 0;    // kDouble
  std::string text;
  std::vector<AwsValue> items;                            // kList
  std::vector<std::pair<std::string, AwsValue>> members;  // kMap, in insertion order
  // kMap: a map shape (string keys chosen by data, as ExtendedStatistics),
  // not a structure; XML writes it as <entry><key>..</key><value>..</value>.
  bool dictionary = false;

  static AwsValue Bool(bool value);
  static AwsValue Int(int64_t value);
  static AwsValue Double(double value);
  static AwsValue String(std::string value);
  static AwsValue TimestampMs(int64_t epoch_ms);
  static AwsValue List();
  static AwsValue Map();
  static AwsValue Dictionary();

  // kMap: appends a member (no check for duplicates) and returns it.
  AwsValue& Set(std::string key, AwsValue value);
  // kList: appends an item and returns it.
  AwsValue& Push(AwsValue value);
  // kMap: the first member named `key`, or nullptr (also for other kinds).
  const AwsValue* Find(std::string_view key) const;
};

// CloudWatch's error shapes. `code` is the query protocol's error code
// ("InvalidParameterValue"), which the JSON and CBOR protocols also send in
// x-amzn-query-error (awsQueryCompatible); `status` the HTTP status.
struct CloudWatchError {
  int status = 400;
  std::string code;
  std::string message;
  bool sender_fault = true;  // "Sender" or "Receiver"
};
template <class T>
using CwResult = tl::expected<T, CloudWatchError>;

CloudWatchError InvalidParameterValue(std::string message);
CloudWatchError MissingParameter(std::string member);
CloudWatchError InvalidParameterCombination(std::string message);
CloudWatchError ResourceNotFound(std::string message);

// Accessors of a request member: nullopt when absent or null; a value of the
// wrong kind (or text that does not parse) is InvalidParameterValue naming it.
CwResult<std::optional<std::string>> GetString(const AwsValue& request, std::string_view key);
CwResult<std::optional<double>> GetDouble(const AwsValue& request, std::string_view key);
CwResult<std::optional<int64_t>> GetInt(const AwsValue& request, std::string_view key);
CwResult<std::optional<bool>> GetBool(const AwsValue& request, std::string_view key);
// Epoch milliseconds from a CBOR timestamp, JSON epoch seconds (a number) or
// query text (ISO 8601 "2026-12-06T09:00:00Z", fractions and offsets
// allowed, or epoch seconds).
CwResult<std::optional<int64_t>> GetTimestampMs(const AwsValue& request, std::string_view key);
// A list member: its items; absent, null or an empty query value ("Key=")
// is an empty list.
CwResult<std::vector<const AwsValue*>> GetList(const AwsValue& request, std::string_view key);
// A structure member: nullptr when absent.
CwResult<const AwsValue*> GetStruct(const AwsValue& request, std::string_view key);

// Parses ISO 8601 date-times as AWS clients write them; nullopt otherwise.
std::optional<int64_t> ParseIso8601Ms(std::string_view text);

}  // namespace tailwatch::daemon::cloudwatch

#endif  // TAILWATCH_DAEMON_CLOUDWATCH_AWS_VALUE_H_
