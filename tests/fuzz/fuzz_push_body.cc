// libFuzzer target for the ingestion body parsers: the first input byte picks
// the parser, the rest is the body.
//   0: NDJSON push body      1: text push body       2: PutLogEvents request
//   3: TestMetricFilter request (pattern compiled and run)
//   4: DescribeLogGroups request, CreateLogGroup's object check
//   5: AppendJsonText / TruncateUtf8 over arbitrary bytes
// Beyond "no crash, no UB, no leak", it checks the parsers' contracts: events
// respect max_line_bytes and `bytes` is their sum; a PutLogEvents plan is
// ordered, inside the time window, and its counts add up; every JSON text we
// produce parses back with simdjson.
//
// The fuzz targets link tailwatch_engine and tailwatch_config only, so the
// daemon sources under test are compiled into this file directly (they use
// simdjson and the engine, never Asio, zlib or OpenSSL).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "daemon/ingest/aws_logs_api.cc"  // NOLINT(bugprone-suspicious-include)
#include "daemon/ingest/push_body.cc"     // NOLINT(bugprone-suspicious-include)

namespace {

using namespace tailwatch::daemon;

constexpr int64_t kNow = 1700000000000;
constexpr size_t kMaxLine = 256;

void Require(bool condition) {
  if (!condition) std::abort();
}

void RequireValidJson(const std::string& text) {
  static simdjson::dom::parser parser;
  simdjson::dom::element element;
  Require(parser.parse(text).get(element) == simdjson::SUCCESS);
}

void FuzzPush(std::string_view body, PushBodyFormat format) {
  static simdjson::dom::parser parser;
  IngestBatch batch;
  PushBodyError error;
  if (!ParsePushBody(body, format, kMaxLine, parser, &batch, &error)) {
    Require(!error.message.empty());
    return;
  }
  Require(!batch.events.empty());
  size_t bytes = 0;
  for (const IngestEvent& event : batch.events) {
    Require(event.message.size() <= kMaxLine);
    Require(event.timestamp_ms >= -1);
    bytes += event.message.size();
  }
  Require(bytes == batch.bytes);
}

void FuzzPutLogEvents(std::string_view body) {
  static simdjson::dom::parser parser;
  PutLogEventsLimits limits;
  auto plan = ParsePutLogEvents(body, kNow, limits, parser);
  if (!plan) {
    Require(!plan.error().type.empty());
    RequireValidJson(AwsErrorBody(plan.error()));
    return;
  }
  const size_t too_new = plan->too_new_start ? plan->total_events - *plan->too_new_start : 0;
  Require(plan->too_old_end + plan->events.size() + too_new == plan->total_events);
  Require(plan->total_events >= 1 && plan->total_events <= limits.max_events);
  size_t bytes = 0;
  for (size_t i = 0; i < plan->events.size(); ++i) {
    const IngestEvent& event = plan->events[i];
    Require(!event.message.empty());
    Require(event.timestamp_ms >= kNow - limits.too_old_ms);
    Require(event.timestamp_ms <= kNow + limits.too_new_ms);
    if (i > 0) Require(event.timestamp_ms >= plan->events[i - 1].timestamp_ms);
    bytes += event.message.size();
  }
  Require(bytes == plan->event_bytes);
  if (!plan->events.empty()) {
    Require(plan->events.back().timestamp_ms - plan->events.front().timestamp_ms <=
            limits.max_span_ms);
  }
  RequireValidJson(PutLogEventsResponse(*plan, "1"));
}

void FuzzTestMetricFilter(std::string_view body) {
  static simdjson::dom::parser parser;
  auto request = ParseTestMetricFilter(body, parser);
  if (!request) return;
  Require(!request->messages.empty() && request->messages.size() <= kMaxTestMessages);
  auto answer = RunTestMetricFilter(*request);
  if (!answer) {
    Require(answer.error().type == "InvalidParameterException");
    return;
  }
  RequireValidJson(*answer);
}

void FuzzDescribe(std::string_view body) {
  static simdjson::dom::parser parser;
  auto prefix = ParseDescribeLogGroupsPrefix(body, parser);
  if (prefix)
    RequireValidJson(DescribeLogGroupsResponse({"a", "/b/c", std::string(body)}, *prefix));
  (void)CheckJsonObject(body, parser);
}

void FuzzText(std::string_view bytes) {
  std::string out;
  AppendJsonText(out, bytes);
  RequireValidJson(out);
  std::string text(bytes);
  const size_t max = bytes.empty() ? 0 : static_cast<unsigned char>(bytes[0]);
  const bool cut = TruncateUtf8(&text, max);
  Require(text.size() <= max || !cut);
  Require(cut == (bytes.size() > max));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 6) {
    case 0:
      FuzzPush(body, PushBodyFormat::kNdjson);
      break;
    case 1:
      FuzzPush(body, PushBodyFormat::kText);
      break;
    case 2:
      FuzzPutLogEvents(body);
      break;
    case 3:
      FuzzTestMetricFilter(body);
      break;
    case 4:
      FuzzDescribe(body);
      break;
    default:
      FuzzText(body);
      break;
  }
  return 0;
}
