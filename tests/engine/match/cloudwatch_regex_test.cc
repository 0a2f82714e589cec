// docs/cloudwatch-semantics.md §1.3: the CloudWatch regex dialect.
#include "engine/match/cloudwatch_regex.h"

#include <gtest/gtest.h>

#include <string>

namespace tailwatch::engine {
namespace {

struct SearchCase {
  std::string name;
  std::string body;  // between the '%'
  std::string text;
  bool expected;
};

class RegexSearchTest : public testing::TestWithParam<SearchCase> {};

TEST_P(RegexSearchTest, Searches) {
  const SearchCase& c = GetParam();
  auto regex = CloudWatchRegex::Compile(c.body);
  ASSERT_TRUE(regex.has_value()) << regex.error().ToString();
  EXPECT_EQ(c.expected, regex->Search(c.text)) << "%" << c.body << "% on " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Spec, RegexSearchTest,
    testing::Values(
        SearchCase{"SearchesAnywhere", "AUTHORIZED", "UNAUTHORIZED", true},
        SearchCase{"CaretAnchors", "^AUTHORIZED", "UNAUTHORIZED", false},
        SearchCase{"DollarAnchors", "AUTHORIZED$", "AUTHORIZED user", false},
        SearchCase{"HexEscapeParen", "\\x28", "f(x)", true},
        SearchCase{"DotMatchesAnyChar", "10.10.0.1", "10010,051", true},
        SearchCase{"DotMatchesNewline", "a.b", "a\nb", true},
        SearchCase{"AlternationWholeAlternatives", "^starting|^initializing|^shutting down",
                   "skipping initializing step", false},
        SearchCase{"AlternationMatches", "^starting|^initializing|^shutting down",
                   "shutting down now", true},
        SearchCase{"DigitClass", "\\d{3}", "code 404", true},
        SearchCase{"DigitClassMiss", "\\d{3}", "code 40", false},
        SearchCase{"OpenLowerBound", "a{,2}b", "b", true},
        SearchCase{"OpenUpperBound", "x{2,}", "axxb", true},
        SearchCase{"WordClassAscii", "\\w+", "___", true},
        SearchCase{"WordClassNoLatin1", "^\\w$", "\xe9", false},
        SearchCase{"SpaceClassTab", "a\\sb", "a\tb", true},
        SearchCase{"SpaceClassNotCR", "a\\sb", "a\rb", false},
        SearchCase{"NotSpaceClass", "a\\Sb", "a-b", true},
        SearchCase{"CharClass", "[0-9]+ms", "step_avg:434ms", true},
        SearchCase{"AllowedPunctuation", "a:b_c#d=e@f/g;h,i-j", "a:b_c#d=e@f/g;h,i-j", true},
        SearchCase{"CaseSensitive", "error", "ERROR", false},
        // Trap: `%nan%` fires on `step_avg:nanms`; anchoring to the loss field does not.
        SearchCase{"NaiveNanTrap", "nan", "step:1/6000 train_loss:11.0091 step_avg:nanms", true},
        SearchCase{"LossNanOnly", "loss:nan", "step:1/6000 train_loss:11.0091 step_avg:nanms",
                   false},
        SearchCase{"EscapedDot", "1\\.5", "105", false}),
    [](const testing::TestParamInfo<SearchCase>& param_info) { return param_info.param.name; });

struct ErrorCase {
  std::string name;
  std::string body;
  int column;
};

class RegexErrorTest : public testing::TestWithParam<ErrorCase> {};

TEST_P(RegexErrorTest, Rejects) {
  const ErrorCase& c = GetParam();
  auto regex = CloudWatchRegex::Compile(c.body);
  ASSERT_FALSE(regex.has_value()) << c.body;
  EXPECT_EQ(c.column, regex.error().column) << regex.error().ToString();
}

INSTANTIATE_TEST_SUITE_P(
    Spec, RegexErrorTest,
    testing::Values(ErrorCase{"Bang", "something!", 10}, ErrorCase{"Group", "a(b)", 2},
                    ErrorCase{"CloseParen", "ab)", 3}, ErrorCase{"MultiByte", "caf\xc3\xa9", 4},
                    ErrorCase{"Empty", "", 1}, ErrorCase{"TrailingBackslash", "ab\\", 3},
                    ErrorCase{"BadHex", "\\xZZ", 1}, ErrorCase{"BadEscape", "\\q", 1},
                    ErrorCase{"Quote", "a\"b", 2}, ErrorCase{"UnclosedClass", "[ab", 1}),
    [](const testing::TestParamInfo<ErrorCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace tailwatch::engine
