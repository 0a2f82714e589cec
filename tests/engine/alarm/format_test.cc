#include "engine/alarm/format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace tailwatch::engine {
namespace {

struct JavaDoubleCase {
  std::string name;
  double value;
  std::string expected;
};

class JavaDoubleTest : public ::testing::TestWithParam<JavaDoubleCase> {};

TEST_P(JavaDoubleTest, MatchesJavaDoubleToString) {
  EXPECT_EQ(GetParam().expected, JavaDouble(GetParam().value));
}

INSTANTIATE_TEST_SUITE_P(
    Values, JavaDoubleTest,
    ::testing::Values(
        JavaDoubleCase{"Zero", 0.0, "0.0"}, JavaDoubleCase{"NegativeZero", -0.0, "-0.0"},
        JavaDoubleCase{"Integral", 2.0, "2.0"}, JavaDoubleCase{"Fraction", 21.5, "21.5"},
        JavaDoubleCase{"SmallFraction", 0.002, "0.002"},
        JavaDoubleCase{"LowerDecimalEdge", 0.001, "0.001"},
        JavaDoubleCase{"BelowDecimalRange", 0.0001, "1.0E-4"},
        JavaDoubleCase{"SmallScientific", 0.00015, "1.5E-4"},
        JavaDoubleCase{"JustBelowTenMillion", 9999999.0, "9999999.0"},
        JavaDoubleCase{"TenMillion", 1e7, "1.0E7"},
        JavaDoubleCase{"LargeScientific", 12345678.9, "1.23456789E7"},
        JavaDoubleCase{"Negative", -3.25, "-3.25"},
        JavaDoubleCase{"OneThird", 1.0 / 3, "0.3333333333333333"},
        JavaDoubleCase{"Hundred", 100.0, "100.0"}, JavaDoubleCase{"Tenth", 0.1, "0.1"},
        JavaDoubleCase{"NaN", std::nan(""), "NaN"},
        JavaDoubleCase{"Infinity", std::numeric_limits<double>::infinity(), "Infinity"}),
    [](const auto& test_info) { return test_info.param.name; });

TEST(FormatTimeTest, ReasonTimeIsDayMonthTwoDigitYearUtc) {
  EXPECT_EQ("26/10/23 16:42:00", FormatReasonTime(1698338520000));
  EXPECT_EQ("01/01/70 00:00:00", FormatReasonTime(0));
}

TEST(FormatTimeTest, CloudWatchTimeHasMillisecondsAndOffset) {
  EXPECT_EQ("2022-09-25T18:50:37.811+0000", FormatCloudWatchTime(1664131837811));
  EXPECT_EQ("2022-09-25T18:50:37.811Z", FormatIso8601(1664131837811));
  EXPECT_EQ("1969-12-31T23:59:59.999Z", FormatIso8601(-1));
}

TEST(JsonStringTest, EscapesQuotesBackslashesAndControls) {
  std::string out;
  AppendJsonString(out, "a\"b\\c\n\x01");
  EXPECT_EQ("\"a\\\"b\\\\c\\n\\u0001\"", out);
}

}  // namespace
}  // namespace tailwatch::engine
