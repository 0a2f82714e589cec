// Push bodies: text lines, NDJSON, and the capped gzip decoder.
#include "daemon/ingest/push_body.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "daemon/ingest/gzip_decode.h"
#include "tests/daemon/ingest/gzip_util.h"

namespace tailwatch::daemon {
namespace {

using Kind = PushBodyError::Kind;

struct Event {
  int64_t timestamp_ms;
  std::string message;
  bool operator==(const Event& other) const {
    return timestamp_ms == other.timestamp_ms && message == other.message;
  }
};

struct BodyCase {
  std::string name;
  PushBodyFormat format;
  std::string body;
  std::vector<Event> expected;  // when ok
  bool ok = true;
  Kind error_kind = Kind::kInvalid;
  int error_line = 0;
  size_t max_line_bytes = 64;

  BodyCase(std::string name_in, PushBodyFormat format_in, std::string body_in,
           std::vector<Event> expected_in, bool ok_in = true, Kind error_kind_in = Kind::kInvalid,
           int error_line_in = 0)
      : name(std::move(name_in)),
        format(format_in),
        body(std::move(body_in)),
        expected(std::move(expected_in)),
        ok(ok_in),
        error_kind(error_kind_in),
        error_line(error_line_in) {}
};

void PrintTo(const BodyCase& c, std::ostream* os) { *os << c.name; }

class PushBodyTest : public ::testing::TestWithParam<BodyCase> {};

TEST_P(PushBodyTest, Parses) {
  const BodyCase& c = GetParam();
  simdjson::dom::parser parser;
  IngestBatch batch;
  PushBodyError error;
  const bool ok = ParsePushBody(c.body, c.format, c.max_line_bytes, parser, &batch, &error);
  ASSERT_EQ(c.ok, ok) << error.message;
  if (!ok) {
    EXPECT_EQ(c.error_kind, error.kind);
    EXPECT_EQ(c.error_line, error.line);
    EXPECT_FALSE(error.message.empty());
    if (c.error_line > 0) {
      EXPECT_EQ(0u, error.message.rfind("line " + std::to_string(c.error_line) + ": ", 0))
          << error.message;
    }
    return;
  }
  std::vector<Event> got;
  size_t bytes = 0;
  for (const IngestEvent& e : batch.events) {
    got.push_back(Event{e.timestamp_ms, e.message});
    bytes += e.message.size();
  }
  EXPECT_EQ(c.expected, got);
  EXPECT_EQ(bytes, batch.bytes);
}

constexpr PushBodyFormat kText = PushBodyFormat::kText;
constexpr PushBodyFormat kNdjson = PushBodyFormat::kNdjson;

INSTANTIATE_TEST_SUITE_P(
    Bodies, PushBodyTest,
    ::testing::Values(
        BodyCase{"TextLines", kText, "a\nb\nc", {{-1, "a"}, {-1, "b"}, {-1, "c"}}},
        BodyCase{"TextTrailingNewlineIsNoEvent", kText, "a\nb\n", {{-1, "a"}, {-1, "b"}}},
        BodyCase{"TextCrLf", kText, "a\r\nb\r\n", {{-1, "a"}, {-1, "b"}}},
        BodyCase{"TextOnlyLastCrStripped", kText, "a\r\r\n", {{-1, "a\r"}}},
        BodyCase{"TextInnerEmptyLineIsEvent", kText, "a\n\nb", {{-1, "a"}, {-1, ""}, {-1, "b"}}},
        BodyCase{"TextInvalidUtf8PassesAsBytes",
                 kText,
                 "bad \xff\xfe byte",
                 {{-1, "bad \xff\xfe byte"}}},
        BodyCase{"TextLineAtLimit", kText, std::string(64, 'x'), {{-1, std::string(64, 'x')}}},
        BodyCase{"TextLineOverLimit",
                 kText,
                 "ok\n" + std::string(65, 'x'),
                 {},
                 false,
                 Kind::kLineTooLong,
                 2},
        BodyCase{"TextEmptyBody", kText, "", {}, false, Kind::kEmpty, 0},
        BodyCase{"NdjsonBasic",
                 kNdjson,
                 "{\"message\":\"disk error\",\"timestamp\":1700000000000}\n{\"message\":\"ok\"}\n",
                 {{1700000000000, "disk error"}, {-1, "ok"}}},
        BodyCase{"NdjsonNullTimestampIsIngestionTime",
                 kNdjson,
                 "{\"message\":\"m\",\"timestamp\":null}",
                 {{-1, "m"}}},
        BodyCase{"NdjsonIntegralDoubleTimestamp",
                 kNdjson,
                 "{\"message\":\"m\",\"timestamp\":1.7e12}",
                 {{1700000000000, "m"}}},
        BodyCase{"NdjsonOtherMembersIgnored",
                 kNdjson,
                 "{\"level\":\"info\",\"message\":\"m\",\"extra\":{\"a\":[1]}}",
                 {{-1, "m"}}},
        BodyCase{"NdjsonBlankLinesSkipped",
                 kNdjson,
                 "\n  \n{\"message\":\"a\"}\r\n\t\n{\"message\":\"b\"}",
                 {{-1, "a"}, {-1, "b"}}},
        BodyCase{"NdjsonEscapesAndSurrogatePairs",
                 kNdjson,
                 "{\"message\":\"caf\\u00e9 \\u2603 \\ud83d\\ude00 \\\"q\\\" \\\\ \\t\"}",
                 {{-1, "caf\xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80 \"q\" \\ \t"}}},
        BodyCase{"NdjsonEmptyMessageAllowed", kNdjson, "{\"message\":\"\"}", {{-1, ""}}},
        BodyCase{"NdjsonNotJson",
                 kNdjson,
                 "{\"message\":\"a\"}\nnot json",
                 {},
                 false,
                 Kind::kInvalid,
                 2},
        BodyCase{"NdjsonArrayLine", kNdjson, "[\"message\"]", {}, false, Kind::kInvalid, 1},
        BodyCase{"NdjsonStringLine", kNdjson, "\"hello\"", {}, false, Kind::kInvalid, 1},
        BodyCase{"NdjsonMissingMessage", kNdjson, "{\"msg\":\"a\"}", {}, false, Kind::kInvalid, 1},
        BodyCase{"NdjsonNumericMessage", kNdjson, "{\"message\":42}", {}, false, Kind::kInvalid, 1},
        BodyCase{"NdjsonStringTimestamp",
                 kNdjson,
                 "{\"message\":\"a\",\"timestamp\":\"1700\"}",
                 {},
                 false,
                 Kind::kInvalid,
                 1},
        BodyCase{"NdjsonNegativeTimestamp",
                 kNdjson,
                 "{\"message\":\"a\",\"timestamp\":-5}",
                 {},
                 false,
                 Kind::kInvalid,
                 1},
        BodyCase{"NdjsonFractionalTimestamp",
                 kNdjson,
                 "{\"message\":\"a\",\"timestamp\":1.5}",
                 {},
                 false,
                 Kind::kInvalid,
                 1},
        BodyCase{"NdjsonInvalidUtf8",
                 kNdjson,
                 "{\"message\":\"bad \xff\"}",
                 {},
                 false,
                 Kind::kInvalid,
                 1},
        BodyCase{"NdjsonTwoObjectsOnOneLine",
                 kNdjson,
                 "{\"message\":\"a\"} {\"message\":\"b\"}",
                 {},
                 false,
                 Kind::kInvalid,
                 1},
        BodyCase{"NdjsonDecodedMessageOverLimit",
                 kNdjson,
                 "{\"message\":\"" + std::string(65, 'x') + "\"}",
                 {},
                 false,
                 Kind::kLineTooLong,
                 1},
        BodyCase{"NdjsonOnlyBlankLines", kNdjson, "\n \n", {}, false, Kind::kEmpty, 0},
        BodyCase{"NdjsonEmptyBody", kNdjson, "", {}, false, Kind::kEmpty, 0}),
    [](const ::testing::TestParamInfo<BodyCase>& param_info) { return param_info.param.name; });

TEST(PushFormatTest, FromContentType) {
  EXPECT_EQ(PushBodyFormat::kNdjson, PushFormatFromContentType("application/x-ndjson"));
  EXPECT_EQ(PushBodyFormat::kNdjson,
            PushFormatFromContentType("Application/X-NDJSON; charset=utf-8"));
  EXPECT_EQ(PushBodyFormat::kNdjson, PushFormatFromContentType("application/ndjson"));
  EXPECT_EQ(PushBodyFormat::kNdjson, PushFormatFromContentType("application/jsonl"));
  EXPECT_EQ(PushBodyFormat::kText, PushFormatFromContentType("text/plain"));
  EXPECT_EQ(PushBodyFormat::kText, PushFormatFromContentType("application/json"));
  EXPECT_EQ(PushBodyFormat::kText, PushFormatFromContentType(""));
}

TEST(PushBodyTest, ParserReusedAcrossBodies) {
  simdjson::dom::parser parser;
  for (int i = 0; i < 3; ++i) {
    IngestBatch batch;
    PushBodyError error;
    ASSERT_TRUE(ParsePushBody("{\"message\":\"" + std::string(100 * (3 - i), 'a') + "\"}",
                              PushBodyFormat::kNdjson, 1000, parser, &batch, &error))
        << error.message;
    EXPECT_EQ(std::string(100 * (3 - i), 'a'), batch.events.at(0).message);
  }
}

TEST(GunzipTest, RoundTrip) {
  const std::string text = "line one\nline two\n";
  std::string out;
  ASSERT_EQ(GzipStatus::kOk, GunzipCapped(testing::Gzip(text), 1 << 20, &out));
  EXPECT_EQ(text, out);
}

TEST(GunzipTest, ConcatenatedMembers) {
  std::string out;
  ASSERT_EQ(GzipStatus::kOk,
            GunzipCapped(testing::Gzip("first\n") + testing::Gzip("second\n"), 1 << 20, &out));
  EXPECT_EQ("first\nsecond\n", out);
}

TEST(GunzipTest, ExactlyAtCapIsOk) {
  const std::string text(1000, 'z');
  std::string out;
  EXPECT_EQ(GzipStatus::kOk, GunzipCapped(testing::Gzip(text), 1000, &out));
  EXPECT_EQ(text, out);
  EXPECT_EQ(GzipStatus::kTooLarge, GunzipCapped(testing::Gzip(text), 999, &out));
  EXPECT_LE(out.size(), 999u);
}

TEST(GunzipTest, BombStopsAtCap) {
  // 64 MiB of zeros compress to ~64 KiB; decoding must stop at the cap.
  const std::string bomb = testing::Gzip(std::string(64 << 20, '\0'));
  ASSERT_LT(bomb.size(), 100u * 1024);
  std::string out;
  EXPECT_EQ(GzipStatus::kTooLarge, GunzipCapped(bomb, 1 << 20, &out));
  EXPECT_LE(out.size(), 1u << 20);
}

TEST(GunzipTest, CorruptInputs) {
  const std::string good = testing::Gzip("hello world, hello world");
  std::string out;
  EXPECT_EQ(GzipStatus::kCorrupt, GunzipCapped("", 100, &out));
  EXPECT_EQ(GzipStatus::kCorrupt, GunzipCapped("plain text, not gzip", 100, &out));
  EXPECT_EQ(GzipStatus::kCorrupt, GunzipCapped(good.substr(0, good.size() - 5), 100, &out));
  EXPECT_TRUE(out.empty());
  std::string bad_crc = good;
  bad_crc[bad_crc.size() - 6] ^= 0x55;
  EXPECT_EQ(GzipStatus::kCorrupt, GunzipCapped(bad_crc, 100, &out));
  EXPECT_EQ(GzipStatus::kCorrupt, GunzipCapped(good + "trailing junk", 100, &out));
}

}  // namespace
}  // namespace tailwatch::daemon
