// The three wire protocols of the CloudWatch API, as codecs between bytes and
// the one data model (aws_value.h):
//   - query: form-encoded POST bodies (Action=..&Version=2010-08-01&..) and
//     XML answers (Debian's AWS CLI 2.9, older SDKs). Lists arrive as
//     `Name.member.N`, structures as `Name.Member`; XML is written with
//     tinyxml2's printer, which escapes text.
//   - json: AWS JSON 1.0 (the AWS SDK for JavaScript v3); timestamps are
//     epoch seconds. Decoded with simdjson.
//   - smithy-rpc-v2-cbor (current botocore); timestamps are CBOR tag 1
//     (epoch seconds). Decoded and encoded with libcbor.
// Errors are CloudWatch's query codes; the JSON and CBOR bodies carry the
// shape name in `__type` and the caller adds x-amzn-query-error (the
// services' awsQueryCompatible trait).
//
// Pure functions; thread-safe.
#ifndef TAILWATCH_DAEMON_CLOUDWATCH_WIRE_CODECS_H_
#define TAILWATCH_DAEMON_CLOUDWATCH_WIRE_CODECS_H_

#include <string>
#include <string_view>

#include "daemon/cloudwatch/aws_value.h"

namespace tailwatch::daemon::cloudwatch {

inline constexpr std::string_view kQueryContentType = "text/xml";
inline constexpr std::string_view kJson10ContentType = "application/x-amz-json-1.0";
inline constexpr std::string_view kCborContentType = "application/cbor";
inline constexpr std::string_view kJsonTargetPrefix = "GraniteServiceVersion20100801.";
inline constexpr std::string_view kCborPathPrefix =
    "/service/GraniteServiceVersion20100801/operation/";
inline constexpr std::string_view kApiVersion = "2010-08-01";

// Nesting deeper than this in a JSON or CBOR body is refused (no operation
// needs more than 6 levels).
inline constexpr int kMaxRequestDepth = 32;

// ---- query -------------------------------------------------------------
struct QueryRequest {
  std::string action;   // "DescribeAlarms"
  std::string version;  // "2010-08-01"
  AwsValue params;      // a kMap of everything else; scalars are kString
};
// Percent-decodes the form ('+' = ' '). A key repeated, or a list index that
// is not a positive number, is InvalidParameterValue.
CwResult<QueryRequest> ParseQueryForm(std::string_view body);
// <ActionResponse xmlns=..><ActionResult>..</ActionResult>
// <ResponseMetadata><RequestId>..</RequestId></ResponseMetadata></ActionResponse>;
// the Result element is left out when `result` has no members.
std::string QueryResponseXml(std::string_view action, const AwsValue& result,
                             std::string_view request_id);
// <ErrorResponse xmlns=..><Error><Type>Sender</Type><Code>..</Code>
// <Message>..</Message></Error><RequestId>..</RequestId></ErrorResponse>
std::string QueryErrorXml(const CloudWatchError& error, std::string_view request_id);

// ---- json 1.0 ----------------------------------------------------------
// The body as a kMap (an empty body is {}). Malformed bytes, a body that is
// not an object, or nesting past kMaxRequestDepth: SerializationException.
CwResult<AwsValue> ParseJson10Body(std::string_view body);
std::string Json10Body(const AwsValue& value);

// ---- smithy-rpc-v2-cbor -------------------------------------------------
// As ParseJson10Body; map keys must be text.
CwResult<AwsValue> ParseCborBody(std::string_view body);
std::string CborBody(const AwsValue& value);

// The JSON/CBOR error structure: {"__type":"<namespace>#<shape>","message":..}.
AwsValue ErrorStructure(const CloudWatchError& error);
// x-amzn-query-error: "<code>;Sender" / "<code>;Receiver".
std::string QueryErrorHeader(const CloudWatchError& error);

}  // namespace tailwatch::daemon::cloudwatch

#endif  // TAILWATCH_DAEMON_CLOUDWATCH_WIRE_CODECS_H_
