#include "engine/pipeline/timestamp_format.h"

#include <gtest/gtest.h>

namespace tailwatch::engine {
namespace {

struct Case {
  const char* name;
  const char* text;
  TimestampFormat format;
  std::optional<int64_t> expected;
};

class TimestampParseTest : public ::testing::TestWithParam<Case> {};

TEST_P(TimestampParseTest, Parses) {
  const Case& c = GetParam();
  EXPECT_EQ(c.expected, ParseTimestamp(c.text, c.format)) << c.text;
}

constexpr int64_t k2026 = 1767225600000;  // 2026-01-01T00:00:00Z

INSTANTIATE_TEST_SUITE_P(
    Table, TimestampParseTest,
    ::testing::Values(
        Case{"IsoZ", "2026-01-01T00:00:00Z", TimestampFormat::kIso8601, k2026},
        Case{"IsoMillis", "2026-01-01T00:00:01.250Z", TimestampFormat::kIso8601, k2026 + 1250},
        Case{"IsoMicros", "2026-01-01T00:00:01.250999Z", TimestampFormat::kIso8601, k2026 + 1250},
        Case{"IsoOffset", "2026-01-01T02:00:00+02:00", TimestampFormat::kIso8601, k2026},
        Case{"IsoOffsetNoColon", "2025-12-31T23:00:00-0100", TimestampFormat::kIso8601, k2026},
        Case{"IsoSpace", "2026-01-01 00:00:00", TimestampFormat::kIso8601, k2026},
        Case{"IsoDateOnly", "2026-01-01", TimestampFormat::kIso8601, k2026},
        Case{"IsoQuoted", "\"2026-01-01T00:00:00Z\"", TimestampFormat::kIso8601, k2026},
        Case{"IsoGarbage", "2026-01-01T00:00:00Zjunk", TimestampFormat::kIso8601, std::nullopt},
        Case{"IsoBadMonth", "2026-13-01T00:00:00Z", TimestampFormat::kIso8601, std::nullopt},
        Case{"EpochS", "1767225600", TimestampFormat::kEpochS, k2026},
        Case{"EpochSFraction", "1767225600.5", TimestampFormat::kEpochS, k2026 + 500},
        Case{"EpochMs", "1767225600123", TimestampFormat::kEpochMs, k2026 + 123},
        Case{"EpochUs", "1767225600123456", TimestampFormat::kEpochUs, k2026 + 123},
        Case{"EpochNs", "1767225600123456789", TimestampFormat::kEpochNs, k2026 + 123},
        Case{"AutoMs", "1767225600123", TimestampFormat::kAuto, k2026 + 123},
        Case{"AutoS", "1767225600", TimestampFormat::kAuto, k2026},
        Case{"AutoIso", "2026-01-01T00:00:00Z", TimestampFormat::kAuto, k2026},
        Case{"NotANumber", "12ab", TimestampFormat::kEpochMs, std::nullopt},
        Case{"Empty", "", TimestampFormat::kAuto, std::nullopt}),
    [](const auto& test_case) { return std::string(test_case.param.name); });

TEST(DaysFromCivilTest, KnownDates) {
  EXPECT_EQ(0, DaysFromCivil(1970, 1, 1));
  EXPECT_EQ(11016, DaysFromCivil(2000, 2, 29));
  EXPECT_EQ(951782400000, ParseTimestamp("2000-02-29T00:00:00Z", TimestampFormat::kIso8601));
}

}  // namespace
}  // namespace tailwatch::engine
