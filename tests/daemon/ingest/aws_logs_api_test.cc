// PutLogEvents validation and rejectedLogEventsInfo (docs/cloudwatch-semantics.md §3.2),
// TestMetricFilter (§3.4), DescribeLogGroups and the JSON text helpers.
#include "daemon/ingest/aws_logs_api.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace tailwatch::daemon {
namespace {

constexpr int64_t kNow = 1700000000000;
constexpr int64_t kHour = 3600 * 1000;
constexpr int64_t kDay = 24 * kHour;

struct Ev {
  int64_t timestamp;
  std::string message;
};

std::string Events(const std::vector<Ev>& events) {
  std::string out = "[";
  for (size_t i = 0; i < events.size(); ++i) {
    if (i > 0) out += ", ";
    out += "{\"timestamp\": " + std::to_string(events[i].timestamp) + ", \"message\": ";
    AppendJsonText(out, events[i].message);
    out += "}";
  }
  return out + "]";
}

std::string Request(const std::vector<Ev>& events, std::string group = "tailwatch-test",
                    std::string stream = "host1") {
  std::string out = "{\"logGroupName\": ";
  AppendJsonText(out, group);
  out += ", \"logStreamName\": ";
  AppendJsonText(out, stream);
  return out + ", \"logEvents\": " + Events(events) + "}";
}

std::vector<Ev> Repeat(size_t n, int64_t timestamp = kNow, std::string message = "m") {
  return std::vector<Ev>(n, Ev{timestamp, std::move(message)});
}

struct PutCase {
  std::string name;
  std::string body;
  std::string error_type;       // "" = success
  std::string error_substring;  // part of the message
  size_t accepted = 0;          // valid events
  size_t too_old_end = 0;
  std::optional<size_t> too_new_start;

  PutCase(std::string name_in, std::string body_in, std::string error_type_in,
          std::string error_substring_in, size_t accepted_in = 0, size_t too_old_end_in = 0,
          std::optional<size_t> too_new_start_in = std::nullopt)
      : name(std::move(name_in)),
        body(std::move(body_in)),
        error_type(std::move(error_type_in)),
        error_substring(std::move(error_substring_in)),
        accepted(accepted_in),
        too_old_end(too_old_end_in),
        too_new_start(too_new_start_in) {}
};

void PrintTo(const PutCase& c, std::ostream* os) { *os << c.name; }

class PutLogEventsTest : public ::testing::TestWithParam<PutCase> {};

TEST_P(PutLogEventsTest, Validates) {
  const PutCase& c = GetParam();
  simdjson::dom::parser parser;
  auto plan = ParsePutLogEvents(c.body, kNow, PutLogEventsLimits{}, parser);
  if (!c.error_type.empty()) {
    ASSERT_FALSE(plan.has_value());
    EXPECT_EQ(c.error_type, plan.error().type);
    EXPECT_NE(std::string::npos, plan.error().message.find(c.error_substring))
        << plan.error().message;
    return;
  }
  ASSERT_TRUE(plan.has_value()) << plan.error().type << ": " << plan.error().message;
  EXPECT_EQ(c.accepted, plan->events.size());
  EXPECT_EQ(c.too_old_end, plan->too_old_end);
  EXPECT_EQ(c.too_new_start, plan->too_new_start);
  size_t bytes = 0;
  for (const IngestEvent& e : plan->events) bytes += e.message.size();
  EXPECT_EQ(bytes, plan->event_bytes);
}

const std::string kIpe = "InvalidParameterException";
const std::string kSer = "SerializationException";
// The largest message that fits a one-event batch: 1,048,576 - 26.
const size_t kMaxMessage = 1048576 - 26;

INSTANTIATE_TEST_SUITE_P(
    Spec31, PutLogEventsTest,
    ::testing::Values(
        PutCase{"TwoEvents", Request({{kNow, "disk error"}, {kNow, "all good"}}), "", "", 2},
        PutCase{"GroupNameAllAllowedChars", Request({{kNow, "m"}}, "a.b-c_d/e#F9"), "", "", 1},
        PutCase{"GroupNameMissing",
                "{\"logStreamName\":\"s\",\"logEvents\":" + Events({{kNow, "m"}}) + "}", kIpe,
                "'logGroupName' failed to satisfy constraint: Member must not be null"},
        PutCase{"GroupNameEmpty", Request({{kNow, "m"}}, ""), kIpe, "between 1 and 512"},
        PutCase{"GroupNameWithSpace", Request({{kNow, "m"}}, "grp/with space"), kIpe,
                "regular expression"},
        PutCase{"GroupNameWithColon", Request({{kNow, "m"}}, "a:b"), kIpe, "regular expression"},
        PutCase{"GroupName512", Request({{kNow, "m"}}, std::string(512, 'g')), "", "", 1},
        PutCase{"GroupName513", Request({{kNow, "m"}}, std::string(513, 'g')), kIpe,
                "between 1 and 512"},
        PutCase{"GroupNameNotString",
                "{\"logGroupName\":5,\"logStreamName\":\"s\",\"logEvents\":[]}", kSer,
                "logGroupName"},
        PutCase{"StreamNameMissing",
                "{\"logGroupName\":\"g\",\"logEvents\":" + Events({{kNow, "m"}}) + "}", kIpe,
                "'logStreamName' failed to satisfy constraint: Member must not be null"},
        PutCase{"StreamNameWithSpaceAndSlash", Request({{kNow, "m"}}, "g", "i-1/var log"), "", "",
                1},
        PutCase{"StreamNameWithColon", Request({{kNow, "m"}}, "g", "a:b"), kIpe, "logStreamName"},
        PutCase{"StreamNameWithStar", Request({{kNow, "m"}}, "g", "a*"), kIpe, "logStreamName"},
        PutCase{"StreamName513", Request({{kNow, "m"}}, "g", std::string(513, 's')), kIpe,
                "between 1 and 512"},
        PutCase{"LogEventsMissing", "{\"logGroupName\":\"g\",\"logStreamName\":\"s\"}", kIpe,
                "'logEvents' failed to satisfy constraint: Member must not be null"},
        PutCase{"LogEventsEmpty", Request({}), kIpe, "greater than or equal to 1"},
        PutCase{"LogEventsNotList",
                "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":{}}", kSer,
                "logEvents"},
        PutCase{"TenThousandEvents", Request(Repeat(10000)), "", "", 10000},
        PutCase{"TenThousandAndOneEvents", Request(Repeat(10001)), kIpe,
                "less than or equal to 10000"},
        PutCase{"BatchAtByteLimit", Request({{kNow, std::string(kMaxMessage, 'x')}}), "", "", 1},
        PutCase{"EventOverByteLimit", Request({{kNow, std::string(kMaxMessage + 1, 'x')}}), kIpe,
                "Log event too large: 1048577 bytes exceeds limit of 1048576"},
        // 26 bytes per event: 2 events of (524288 - 26) bytes fill the batch exactly.
        PutCase{
            "TwoEventsAtByteLimit",
            Request({{kNow, std::string(524288 - 26, 'x')}, {kNow, std::string(524288 - 26, 'y')}}),
            "", "", 2},
        PutCase{
            "TwoEventsOverByteLimit",
            Request({{kNow, std::string(524288 - 26, 'x')}, {kNow, std::string(524288 - 25, 'y')}}),
            kIpe, "Upload too large: 1048577 bytes exceeds limit of 1048576"},
        // Bytes are UTF-8 bytes after decoding "\u00e9" (2 bytes each), not characters.
        PutCase{"ByteLimitCountsUtf8Bytes",
                Request({{kNow, std::string(kMaxMessage - 1, 'x') + "\xc3\xa9"}}), kIpe,
                "1048577 bytes"},
        PutCase{"EmptyMessage", Request({{kNow, "a"}, {kNow, ""}}), kIpe,
                "'logEvents.2.member.message'"},
        PutCase{
            "MessageMissing",
            "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":[{\"timestamp\":1}]}",
            kIpe, "Member must not be null"},
        PutCase{
            "TimestampMissing",
            "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":[{\"message\":\"m\"}]}",
            kIpe, "logEvents.1.member.timestamp"},
        PutCase{
            "TimestampString",
            "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":[{\"timestamp\":\"1\","
            "\"message\":\"m\"}]}",
            kSer, "timestamp"},
        PutCase{"EventNotObject",
                "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":[\"m\"]}", kSer,
                "logEvents[0]"},
        PutCase{"EqualTimestampsInOrder", Request({{kNow, "a"}, {kNow, "b"}, {kNow + 1, "c"}}), "",
                "", 3},
        PutCase{"OutOfOrder", Request({{kNow, "a"}, {kNow - 1, "b"}}), kIpe,
                "must be in chronological order"},
        PutCase{"OutOfOrderEvenAmongTooOld",
                Request({{kNow - 20 * kDay, "a"}, {kNow - 21 * kDay, "b"}, {kNow, "c"}}), kIpe,
                "chronological"},
        PutCase{"TooOldPrefix",
                Request({{kNow - 15 * kDay, "a"}, {kNow - 14 * kDay - 1, "b"}, {kNow, "c"}}), "",
                "", 1, 2},
        PutCase{"ExactlyFourteenDaysIsNotTooOld", Request({{kNow - 14 * kDay, "a"}}), "", "", 1, 0},
        PutCase{"TooNewSuffix",
                Request({{kNow, "a"}, {kNow + 2 * kHour + 1, "b"}, {kNow + 3 * kHour, "c"}}), "",
                "", 1, 0, 1},
        PutCase{"ExactlyTwoHoursAheadIsNotTooNew", Request({{kNow + 2 * kHour, "a"}}), "", "", 1},
        PutCase{
            "TooOldAndTooNew",
            Request(
                {{kNow - 30 * kDay, "a"}, {kNow, "b"}, {kNow + 1, "c"}, {kNow + 5 * kHour, "d"}}),
            "", "", 2, 1, 3},
        PutCase{"AllTooOld", Request({{kNow - 30 * kDay, "a"}, {kNow - 20 * kDay, "b"}}), "", "", 0,
                2},
        PutCase{"AllTooNew", Request({{kNow + 3 * kHour, "a"}, {kNow + 4 * kHour, "b"}}), "", "", 0,
                0, 0},
        PutCase{"SpanOfValidEventsOver24h", Request({{kNow - 2 * kDay, "a"}, {kNow, "b"}}), kIpe,
                "cannot span more than 24 hours"},
        PutCase{"SpanExactly24h", Request({{kNow - kDay, "a"}, {kNow, "b"}}), "", "", 2},
        // The span counts valid events only: a too-old event 10 days back is rejected, not spanned.
        PutCase{"SpanIgnoresRejected",
                Request({{kNow - 10 * kDay - 15 * kDay, "old"}, {kNow - kHour, "a"}, {kNow, "b"}}),
                "", "", 2, 1},
        PutCase{"SequenceTokenIgnored",
                "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"sequenceToken\":\"whatever\","
                "\"logEvents\":" +
                    Events({{kNow, "m"}}) + "}",
                "", "", 1},
        PutCase{"NotJson", "{\"logGroupName\": ", kSer, "not valid JSON"},
        PutCase{"NotAnObject", "[1,2]", kSer, "JSON object"},
        PutCase{"EmptyBody", "", kSer, "not valid JSON"},
        PutCase{"InvalidUtf8",
                "{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"logEvents\":"
                "[{\"timestamp\":1,\"message\":\"\xff\"}]}",
                kSer, "not valid JSON"}),
    [](const ::testing::TestParamInfo<PutCase>& param_info) { return param_info.param.name; });

TEST(PutLogEventsDecodeTest, AwsCliEscapesDecode) {
  // What AWS CLI v2 sends for "é ☃ 😀" with ensure_ascii (RUNBOOK 3.1).
  const std::string body =
      "{\"logGroupName\": \"g\", \"logStreamName\": \"s\", \"logEvents\": [{\"timestamp\": "
      "1700000000000, \"message\": \"\\u00e9 \\u2603 \\ud83d\\ude00 \\\"q\\\" \\\\ \\t\\n\"}]}";
  simdjson::dom::parser parser;
  auto plan = ParsePutLogEvents(body, kNow, PutLogEventsLimits{}, parser);
  ASSERT_TRUE(plan.has_value()) << plan.error().message;
  ASSERT_EQ(1u, plan->events.size());
  EXPECT_EQ("\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80 \"q\" \\ \t\n", plan->events[0].message);
  EXPECT_EQ(kNow, plan->events[0].timestamp_ms);
  EXPECT_EQ("g", plan->log_group);
  EXPECT_EQ("s", plan->log_stream);
}

TEST(PutLogEventsDecodeTest, EventsKeepOrderAndTimestamps) {
  simdjson::dom::parser parser;
  auto plan = ParsePutLogEvents(
      Request({{kNow - 20 * kDay, "old"}, {kNow - 5, "a"}, {kNow, "b"}, {kNow + 3 * kHour, "new"}}),
      kNow, PutLogEventsLimits{}, parser);
  ASSERT_TRUE(plan.has_value());
  ASSERT_EQ(2u, plan->events.size());
  EXPECT_EQ("a", plan->events[0].message);
  EXPECT_EQ(kNow - 5, plan->events[0].timestamp_ms);
  EXPECT_EQ("b", plan->events[1].message);
  EXPECT_EQ(4u, plan->total_events);
}

TEST(PutLogEventsResponseTest, Shapes) {
  PutLogEventsPlan plan;
  plan.total_events = 4;
  EXPECT_EQ("{\"nextSequenceToken\":\"42\"}", PutLogEventsResponse(plan, "42"));
  plan.too_old_end = 2;
  EXPECT_EQ(
      "{\"nextSequenceToken\":\"42\",\"rejectedLogEventsInfo\":{\"tooOldLogEventEndIndex\":2}}",
      PutLogEventsResponse(plan, "42"));
  plan.too_new_start = 3;
  EXPECT_EQ(
      "{\"nextSequenceToken\":\"42\",\"rejectedLogEventsInfo\":{\"tooNewLogEventStartIndex\":3,"
      "\"tooOldLogEventEndIndex\":2}}",
      PutLogEventsResponse(plan, "42"));
  plan.too_old_end = 0;
  plan.too_new_start = 0;
  EXPECT_EQ(
      "{\"nextSequenceToken\":\"42\",\"rejectedLogEventsInfo\":{\"tooNewLogEventStartIndex\":0}}",
      PutLogEventsResponse(plan, "42"));
}

struct TmfCase {
  std::string name;
  std::string body;
  std::string expected;    // response body, when ok
  std::string error_type;  // "" = ok

  TmfCase(std::string name_in, std::string body_in, std::string expected_in,
          std::string error_type_in = "")
      : name(std::move(name_in)),
        body(std::move(body_in)),
        expected(std::move(expected_in)),
        error_type(std::move(error_type_in)) {}
};

void PrintTo(const TmfCase& c, std::ostream* os) { *os << c.name; }

class TestMetricFilterTest : public ::testing::TestWithParam<TmfCase> {};

TEST_P(TestMetricFilterTest, Answers) {
  const TmfCase& c = GetParam();
  simdjson::dom::parser parser;
  auto request = ParseTestMetricFilter(c.body, parser);
  AwsResult<std::string> answer =
      request ? RunTestMetricFilter(*request) : tl::unexpected(request.error());
  if (!c.error_type.empty()) {
    ASSERT_FALSE(answer.has_value()) << *answer;
    EXPECT_EQ(c.error_type, answer.error().type) << answer.error().message;
    return;
  }
  ASSERT_TRUE(answer.has_value()) << answer.error().type << ": " << answer.error().message;
  EXPECT_EQ(c.expected, *answer);
}

std::string Tmf(std::string pattern, std::vector<std::string> messages) {
  std::string out = "{\"filterPattern\": ";
  AppendJsonText(out, pattern);
  out += ", \"logEventMessages\": [";
  for (size_t i = 0; i < messages.size(); ++i) {
    if (i > 0) out += ", ";
    AppendJsonText(out, messages[i]);
  }
  return out + "]}";
}

INSTANTIATE_TEST_SUITE_P(
    Spec32, TestMetricFilterTest,
    ::testing::Values(
        // The RUNBOOK 3.2 exchange, byte for byte modulo whitespace.
        TmfCase{"TermsOneBasedEventNumbers",
                Tmf("error", {"disk error on sda", "all good", "another error"}),
                "{\"matches\":[{\"eventNumber\":1,\"eventMessage\":\"disk error on sda\","
                "\"extractedValues\":{}},{\"eventNumber\":3,\"eventMessage\":\"another error\","
                "\"extractedValues\":{}}]}"},
        TmfCase{"NoMatches", Tmf("error", {"all good"}), "{\"matches\":[]}"},
        TmfCase{"EmptyPatternMatchesAll", Tmf("", {"a", "b"}),
                "{\"matches\":[{\"eventNumber\":1,\"eventMessage\":\"a\",\"extractedValues\":{}},"
                "{\"eventNumber\":2,\"eventMessage\":\"b\",\"extractedValues\":{}}]}"},
        TmfCase{"JsonPatternExtractsNothing",
                Tmf("{ $.loss > 5 }", {"{\"loss\": 7.5}", "{\"loss\": 1}"}),
                "{\"matches\":[{\"eventNumber\":1,\"eventMessage\":\"{\\\"loss\\\": 7.5}\","
                "\"extractedValues\":{}}]}"},
        TmfCase{"SpaceDelimitedExtracts",
                Tmf("[w1=ERROR, w2]", {"INFO fine", "ERROR request failed"}),
                "{\"matches\":[{\"eventNumber\":2,\"eventMessage\":\"ERROR request failed\","
                "\"extractedValues\":{\"$w1\":\"ERROR\",\"$w2\":\"request failed\"}}]}"},
        TmfCase{"SpaceDelimitedPositional", Tmf("[..., size]", {"a b 3"}),
                "{\"matches\":[{\"eventNumber\":1,\"eventMessage\":\"a b 3\","
                "\"extractedValues\":{\"$1\":\"a\",\"$2\":\"b\",\"$size\":\"3\"}}]}"},
        TmfCase{"UnicodeMessageRoundTrips", Tmf("smile", {"smile \xf0\x9f\x98\x80 ok"}),
                "{\"matches\":[{\"eventNumber\":1,\"eventMessage\":\"smile \xf0\x9f\x98\x80 ok\","
                "\"extractedValues\":{}}]}"},
        TmfCase{"BadPattern", Tmf("{ $.x = ", {"a"}), "", "InvalidParameterException"},
        TmfCase{"PatternOver1024", Tmf(std::string(1025, 'a'), {"a"}), "",
                "InvalidParameterException"},
        TmfCase{"PatternMissing", "{\"logEventMessages\": [\"a\"]}", "",
                "InvalidParameterException"},
        TmfCase{"MessagesMissing", "{\"filterPattern\": \"a\"}", "", "InvalidParameterException"},
        TmfCase{"NoMessages", Tmf("a", {}), "", "InvalidParameterException"},
        TmfCase{"FiftyMessages", Tmf("zzz", std::vector<std::string>(50, "a")), "{\"matches\":[]}"},
        TmfCase{"FiftyOneMessages", Tmf("a", std::vector<std::string>(51, "a")), "",
                "InvalidParameterException"},
        TmfCase{"EmptyMessage", Tmf("a", {"a", ""}), "", "InvalidParameterException"},
        TmfCase{"MessageNotString", "{\"filterPattern\":\"a\",\"logEventMessages\":[1]}", "",
                "SerializationException"},
        TmfCase{"NotJson", "nope", "", "SerializationException"}),
    [](const ::testing::TestParamInfo<TmfCase>& param_info) { return param_info.param.name; });

TEST(DescribeLogGroupsTest, ListsConfiguredGroupsWithPrefix) {
  simdjson::dom::parser parser;
  EXPECT_EQ("", ParseDescribeLogGroupsPrefix("", parser).value());
  EXPECT_EQ("", ParseDescribeLogGroupsPrefix("{}", parser).value());
  EXPECT_EQ("/app",
            ParseDescribeLogGroupsPrefix("{\"logGroupNamePrefix\":\"/app\"}", parser).value());
  EXPECT_FALSE(ParseDescribeLogGroupsPrefix("{", parser).has_value());
  EXPECT_EQ(
      "{\"logGroups\":[{\"logGroupName\":\"/app/a\",\"creationTime\":0,\"metricFilterCount\":0,"
      "\"arn\":\"arn:aws:logs:us-east-1:000000000000:log-group:/app/a:*\",\"storedBytes\":0}]}",
      DescribeLogGroupsResponse({"/sys", "/app/a"}, "/app"));
  EXPECT_EQ("{\"logGroups\":[]}", DescribeLogGroupsResponse({}, ""));
}

TEST(AwsErrorBodyTest, Shape) {
  EXPECT_EQ(
      "{\"__type\":\"ResourceNotFoundException\",\"message\":\"The specified log group does "
      "not exist.\"}",
      AwsErrorBody({"ResourceNotFoundException", "The specified log group does not exist."}));
}

TEST(AppendJsonTextTest, EscapesAndReplacesInvalidUtf8) {
  std::string out;
  AppendJsonText(out, "a\"\\\n\x01 \xc3\xa9 \xff \xc3 \xed\xa0\x80 \xf0\x9f\x98\x80");
  EXPECT_EQ(
      "\"a\\\"\\\\\\n\\u0001 \xc3\xa9 \\ufffd \\ufffd \\ufffd\\ufffd\\ufffd \xf0\x9f\x98\x80\"",
      out);
}

TEST(TruncateUtf8Test, CutsOnSequenceBoundary) {
  std::string s = "ab\xc3\xa9";  // "abé": 4 bytes
  EXPECT_FALSE(TruncateUtf8(&s, 4));
  EXPECT_TRUE(TruncateUtf8(&s, 3));
  EXPECT_EQ("ab", s);
  std::string emoji = "\xf0\x9f\x98\x80\xf0\x9f\x98\x80";
  EXPECT_TRUE(TruncateUtf8(&emoji, 6));
  EXPECT_EQ("\xf0\x9f\x98\x80", emoji);
}

}  // namespace
}  // namespace tailwatch::daemon
