// ParseCloudWatchNumber: the number grammar of docs/cloudwatch-semantics.md §1.5 (used by metric
// values).
#include "engine/match/number.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace tailwatch::engine {
namespace {

struct NumberCase {
  std::string name;
  std::string text;
  std::optional<double> expected;
};

class NumberTest : public testing::TestWithParam<NumberCase> {};

TEST_P(NumberTest, Parses) {
  const NumberCase& c = GetParam();
  EXPECT_EQ(c.expected, ParseCloudWatchNumber(c.text)) << c.text;
  // Grammar-only check; "1e999" fits the grammar but is out of range.
  if (c.name != "Overflow") {
    EXPECT_EQ(c.expected.has_value(), IsCloudWatchNumber(c.text)) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Grammar, NumberTest,
    testing::Values(
        NumberCase{"Integer", "1", 1.0}, NumberCase{"Decimal", "11.5", 11.5},
        NumberCase{"PlusSign", "+1000", 1000.0}, NumberCase{"MinusSign", "-2", -2.0},
        NumberCase{"LeadingDot", ".5", 0.5}, NumberCase{"Scientific", "1e-3", 0.001},
        NumberCase{"ScientificUpper", "1.279022E+01", 12.79022},
        NumberCase{"NegativeZero", "-0", -0.0}, NumberCase{"TrailingDot", "1.", std::nullopt},
        NumberCase{"DotOnly", ".", std::nullopt}, NumberCase{"Empty", "", std::nullopt},
        NumberCase{"SignOnly", "-", std::nullopt}, NumberCase{"Word", "banana", std::nullopt},
        NumberCase{"Nan", "nan", std::nullopt}, NumberCase{"Inf", "inf", std::nullopt},
        NumberCase{"Hex", "0x10", std::nullopt}, NumberCase{"InnerSpace", "1 2", std::nullopt},
        NumberCase{"LeadingSpace", " 1", std::nullopt},
        NumberCase{"UnitSuffix", "434.72ms", std::nullopt},
        NumberCase{"NanUnitTrap", "nanms", std::nullopt},
        NumberCase{"ExponentNoDigits", "1e", std::nullopt},
        NumberCase{"Overflow", "1e999", std::nullopt}),
    [](const testing::TestParamInfo<NumberCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace tailwatch::engine
