// The CloudWatch Logs AWS JSON 1.1 subset tailwatch answers on `POST /`
// (docs/cloudwatch-semantics.md §3): request parsing and validation, and response bodies, as
// pure functions so they are testable without sockets and fuzzable.
//
// PutLogEvents follows §3.2: names, 1-10,000 events, <= 1,048,576 bytes
// counting UTF-8 message bytes plus 26 per event, messages >= 1 character,
// non-decreasing timestamps (else the whole call fails), events more than 2 h
// in the future or more than 14 days old rejected individually (reported as
// tooNewLogEventStartIndex / tooOldLogEventEndIndex, the latter exclusive),
// and the remaining valid events spanning <= 24 h. `sequenceToken` is ignored.
//
// JSON is decoded with simdjson's DOM, which validates UTF-8 and decodes
// `\uXXXX` escapes including surrogate pairs (the AWS CLI sends non-ASCII
// text that way). Malformed JSON is a SerializationException; every
// validation failure an InvalidParameterException, with AWS's wording where
// it is known.
//
// No Asio, no zlib, no OpenSSL: the fuzz target includes the .cc directly.
// Thread-safe except for the caller's simdjson parser (one per caller).
#ifndef TAILWATCH_DAEMON_INGEST_AWS_LOGS_API_H_
#define TAILWATCH_DAEMON_INGEST_AWS_LOGS_API_H_

#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>
#include <vector>

#include "daemon/ingest/ingest_sink.h"

namespace tailwatch::daemon {

inline constexpr std::string_view kAwsTargetPrefix = "Logs_20140328.";
inline constexpr std::string_view kAwsJsonContentType = "application/x-amz-json-1.1";

// An error in the AWS shape; HTTP status chosen by the caller (400 for all of
// these but ServiceUnavailableException).
struct AwsError {
  std::string type;  // "InvalidParameterException", ...
  std::string message;
};
template <class T>
using AwsResult = tl::expected<T, AwsError>;

// {"__type":"<type>","message":"<message>"}
std::string AwsErrorBody(const AwsError& error);

struct PutLogEventsLimits {
  size_t max_events = 10000;
  size_t max_batch_bytes = 1048576;
  size_t per_event_overhead = 26;
  int64_t too_new_ms = 2LL * 3600 * 1000;        // more than this ahead of now: rejected
  int64_t too_old_ms = 14LL * 24 * 3600 * 1000;  // more than this behind now: rejected
  int64_t max_span_ms = 24LL * 3600 * 1000;      // of the accepted events
};

// A validated PutLogEvents call: what to ingest and what to report.
struct PutLogEventsPlan {
  std::string log_group;
  std::string log_stream;
  size_t total_events = 0;
  // Valid events only, in order: the batch minus the rejected prefix/suffix.
  std::vector<IngestEvent> events;
  size_t event_bytes = 0;  // sum of the valid messages' sizes
  // Events [0, too_old_end) were too old; 0 = none.
  size_t too_old_end = 0;
  // Events [too_new_start, total_events) were too new.
  std::optional<size_t> too_new_start;

  bool any_rejected() const { return too_old_end > 0 || too_new_start.has_value(); }
};

// Parses and validates a PutLogEvents request body against `now_ms`.
// The log group's existence is the caller's business.
AwsResult<PutLogEventsPlan> ParsePutLogEvents(std::string_view body, int64_t now_ms,
                                              const PutLogEventsLimits& limits,
                                              simdjson::dom::parser& parser);

// {"nextSequenceToken":"<token>"} plus "rejectedLogEventsInfo" with only the
// members that apply, when events were rejected.
std::string PutLogEventsResponse(const PutLogEventsPlan& plan, std::string_view sequence_token);

// docs/cloudwatch-semantics.md §3.2.
struct TestMetricFilterRequest {
  std::string filter_pattern;
  std::vector<std::string> messages;
};
inline constexpr size_t kMaxTestMessages = 50;

// Validates shape and counts (pattern <= 1024 characters, 1-50 messages of
// >= 1 character); the pattern itself is compiled by RunTestMetricFilter.
AwsResult<TestMetricFilterRequest> ParseTestMetricFilter(std::string_view body,
                                                         simdjson::dom::parser& parser);

// Runs the pattern over the messages: {"matches":[{"eventNumber":n (1-based),
// "eventMessage":"...","extractedValues":{...}}]} with matching messages only;
// extractedValues is filled for space-delimited patterns only, `{}` for every
// other kind. A pattern that does not compile: InvalidParameterException.
AwsResult<std::string> RunTestMetricFilter(const TestMetricFilterRequest& request);

// DescribeLogGroups: the optional `logGroupNamePrefix` of the request ("" when
// absent). A body that is empty or `{}` is fine.
AwsResult<std::string> ParseDescribeLogGroupsPrefix(std::string_view body,
                                                    simdjson::dom::parser& parser);
// {"logGroups":[{"logGroupName":..,"creationTime":0,"metricFilterCount":0,
// "arn":"arn:aws:logs:<region>:000000000000:log-group:<name>:*","storedBytes":0}]}
// for the names that start with `prefix`, sorted by name.
std::string DescribeLogGroupsResponse(std::vector<std::string> names, std::string_view prefix,
                                      std::string_view region = "us-east-1");

// Whether a request body is at least a JSON object (CreateLogGroup and
// CreateLogStream check nothing else): SerializationException otherwise.
AwsResult<void> CheckJsonObject(std::string_view body, simdjson::dom::parser& parser);

// Building blocks of the other operations (aws_logs_catalog_ops.h,
// aws_logs_read_ops.h). The body as one JSON object; an empty body is `{}`.
AwsResult<simdjson::dom::object> ParseAwsObject(std::string_view body,
                                                simdjson::dom::parser& parser);
// An optional string member: nullopt when absent or null; another type is a
// SerializationException.
AwsResult<std::optional<std::string_view>> GetAwsString(simdjson::dom::object object,
                                                        std::string_view key);
// An optional integer (nullopt when absent or null) or boolean (false when
// absent or null); another type is a SerializationException.
AwsResult<std::optional<int64_t>> GetAwsInt(simdjson::dom::object object, std::string_view key);
AwsResult<bool> GetAwsBool(simdjson::dom::object object, std::string_view key);
// AWS's name rules and messages; nullopt is "Member must not be null".
AwsResult<void> ValidateLogGroupName(std::optional<std::string_view> name);
AwsResult<void> ValidateLogStreamName(std::optional<std::string_view> name);
AwsError InvalidParameterError(std::string message);
AwsError SerializationError(std::string message);

// Cuts `*text` to at most `max_bytes`, backing off so that no UTF-8 sequence
// is split. True when it cut something.
bool TruncateUtf8(std::string* text, size_t max_bytes);

// Appends `text` as a JSON string literal; bytes that are not valid UTF-8 are
// replaced by U+FFFD so that the output is always valid JSON.
void AppendJsonText(std::string& out, std::string_view text);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_AWS_LOGS_API_H_
