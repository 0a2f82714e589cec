// docs/cloudwatch-semantics.md §1.1 (kinds), plus kind dispatch, columns against the original text
// and the pattern-level limits.
#include "engine/match/filter_pattern.h"

#include <gtest/gtest.h>

#include <string>

namespace tailwatch::engine {
namespace {

struct KindCase {
  std::string name;
  std::string pattern;
  PatternKind kind;
};

class FilterPatternKindTest : public testing::TestWithParam<KindCase> {};

TEST_P(FilterPatternKindTest, Dispatches) {
  const KindCase& c = GetParam();
  auto pattern = FilterPattern::Compile(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << pattern.error().ToString();
  EXPECT_EQ(PatternKindName(c.kind), PatternKindName(pattern->kind()));
}

INSTANTIATE_TEST_SUITE_P(
    Spec, FilterPatternKindTest,
    testing::Values(KindCase{"Empty", "", PatternKind::kMatchAll},
                    KindCase{"OnlyWhitespace", " \t\n ", PatternKind::kMatchAll},
                    KindCase{"Json", "{ $.level = \"ERROR\" }", PatternKind::kJson},
                    KindCase{"JsonPadded", "  { $.a = 1 }\n", PatternKind::kJson},
                    KindCase{"SpaceDelimited", "[ip, user, ..., status=4*]",
                             PatternKind::kSpaceDelimited},
                    KindCase{"SpaceDelimitedEmpty", "[]", PatternKind::kSpaceDelimited},
                    KindCase{"Regex", "%ERR[0-9]+%", PatternKind::kRegex},
                    KindCase{"RegexWithSpace", "%^shutting down%", PatternKind::kRegex},
                    KindCase{"Terms", "ERROR Exception", PatternKind::kTerms},
                    KindCase{"SinglePercentIsTerm", "%", PatternKind::kTerms},
                    KindCase{"PercentPrefixIsTerm", "%ERROR", PatternKind::kTerms}),
    [](const testing::TestParamInfo<KindCase>& param_info) { return param_info.param.name; });

struct MatchCase {
  std::string name;
  std::string pattern;
  std::string message;
  bool expected;
};

class FilterPatternMatchTest : public testing::TestWithParam<MatchCase> {};

TEST_P(FilterPatternMatchTest, Matches) {
  const MatchCase& c = GetParam();
  auto pattern = FilterPattern::Compile(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << pattern.error().ToString();
  EventContext ctx;
  ctx.Reset(c.message);
  EXPECT_EQ(c.expected, pattern->Matches(ctx)) << c.pattern << " on " << c.message;
}

INSTANTIATE_TEST_SUITE_P(
    Spec, FilterPatternMatchTest,
    testing::Values(
        MatchCase{"EmptyMatchesAll", "", "anything at all", true},
        MatchCase{"WhitespaceMatchesAll", "   ", "x", true},
        MatchCase{"TermsTrimmed", "  ERROR  ", "ERROR x", true},
        MatchCase{"RegexSearches", "%AUTHORIZED%", "UNAUTHORIZED", true},
        MatchCase{"RegexAlternation", "%^starting|^initializing|^shutting down%",
                  "skipping initializing step", false},
        MatchCase{"RegexHexEscape", "%\\x28%", "(", true},
        MatchCase{"RegexDotAnyChar", "%10.10.0.1%", "10010,051", true},
        MatchCase{"JsonMatches", "{ $.level = \"ERROR\" }", "{\"level\":\"ERROR\"}", true},
        MatchCase{"JsonTrimmedMessage", "{ $.level = \"ERROR\" }", "  {\"level\":\"ERROR\"}\n",
                  true},
        MatchCase{"JsonTextPrefixNoMatch", "{ $.key = \"eval_accuracy\" }",
                  ":::MLLOG {\"key\": \"eval_accuracy\", \"value\": 0.37}", false},
        MatchCase{"JsonNotJsonNoMatch", "{ $.a = 1 }", "plain text", false},
        MatchCase{"JsonArrayNoMatch", "{ $.a = 1 }", "[{\"a\":1}]", false},
        MatchCase{"JsonBrokenNoMatch", "{ $.a = 1 }", "{\"a\":1", false},
        MatchCase{"JsonStarPresence", "{ $.latency = * }", "{\"latency\":12}", true},
        MatchCase{"SpaceDelimitedAccessLog",
                  "[ip, user, username, timestamp, request, "
                  "status_code=4*, bytes]",
                  "127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] \"GET /index.html HTTP/1.0\" "
                  "404 1534",
                  true},
        MatchCase{"SpaceDelimitedEmptyMatchesAll", "[]", "a b c", true},
        MatchCase{"BglFatal",
                  "[type, ts, date, node, time, node2, ras, component, level=FATAL, ...]",
                  "- 1117984246 2005.06.05 R30-M1-N3-C:J02-U01 2005-06-05-08.10.46.344235 "
                  "R30-M1-N3-C:J02-U01 RAS KERNEL FATAL force load/store alignment",
                  true},
        MatchCase{"BglInfoNoMatch",
                  "[type, ts, date, node, time, node2, ras, component, "
                  "level=FATAL, ...]",
                  "- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 "
                  "R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected",
                  false}),
    [](const testing::TestParamInfo<MatchCase>& param_info) { return param_info.param.name; });

struct ErrorCase {
  std::string name;
  std::string pattern;
  int column;  // against the original text; 0 = no column expected
};

class FilterPatternErrorTest : public testing::TestWithParam<ErrorCase> {};

TEST_P(FilterPatternErrorTest, Rejects) {
  const ErrorCase& c = GetParam();
  auto pattern = FilterPattern::Compile(c.pattern);
  ASSERT_FALSE(pattern.has_value()) << c.pattern;
  EXPECT_EQ(c.column, pattern.error().column) << pattern.error().ToString();
}

INSTANTIATE_TEST_SUITE_P(Spec, FilterPatternErrorTest,
                         testing::Values(ErrorCase{"UnquotedStar", "ERR*", 4},
                                         ErrorCase{"UnquotedStarPadded", "   ERR*", 7},
                                         ErrorCase{"UnclosedQuotePadded", "\t\"abc", 2},
                                         ErrorCase{"EmptyPhrase", "\"\"", 1},
                                         ErrorCase{"RegexMixedWithTerms", "ERROR %x%", 7},
                                         ErrorCase{"RegexBadCharPadded", "  %something!%", 13},
                                         ErrorCase{"RegexGroupPadded", "  %a(b%", 5},
                                         ErrorCase{"JsonUnterminated", "{ $.a = 1", 9},
                                         ErrorCase{"JsonUnterminatedPadded", "  { $.a = 1  ", 11},
                                         ErrorCase{"SpaceUnterminated", "[a, b", 5}),
                         [](const testing::TestParamInfo<ErrorCase>& param_info) {
                           return param_info.param.name;
                         });

TEST(FilterPatternTest, JsonAndSpaceColumnsAreShiftedByTheTrim) {
  for (const std::string& bad : {std::string("{ $.a == 1 }"), std::string("[a, b, a]"),
                                 std::string("{ $.a = 1 && }"), std::string("[a=1 && b=2]")}) {
    auto plain = FilterPattern::Compile(bad);
    auto padded = FilterPattern::Compile("   " + bad + "  ");
    ASSERT_FALSE(plain.has_value()) << bad;
    ASSERT_FALSE(padded.has_value()) << bad;
    if (plain.error().column > 0) {
      EXPECT_EQ(plain.error().column + 3, padded.error().column) << bad;
    }
  }
}

TEST(FilterPatternTest, LengthLimitIs1024) {
  const std::string ok(1024, 'a');
  EXPECT_TRUE(FilterPattern::Compile(ok).has_value());
  auto too_long = FilterPattern::Compile(std::string(1025, 'a'));
  ASSERT_FALSE(too_long.has_value());
  EXPECT_NE(std::string::npos, too_long.error().message.find("1024"));
}

TEST(FilterPatternTest, AtMostTwoRegexesInStructuredPatterns) {
  EXPECT_TRUE(FilterPattern::Compile("{ $.a = %x% || $.b = %y% }").has_value());
  EXPECT_FALSE(FilterPattern::Compile("{ $.a = %x% || $.b = %y% || $.c = %z% }").has_value());
  EXPECT_TRUE(FilterPattern::Compile("[a=%x%, b=%y%]").has_value());
  EXPECT_FALSE(FilterPattern::Compile("[a=%x%, b=%y%, c=%z%]").has_value());
  auto regex = FilterPattern::Compile("%a%");
  ASSERT_TRUE(regex);
  EXPECT_EQ(1, regex->regex_count());
}

TEST(FilterPatternTest, ErrorTextHasColumn) {
  auto pattern = FilterPattern::Compile("ERROR ERR*");
  ASSERT_FALSE(pattern.has_value());
  EXPECT_EQ(0u, pattern.error().ToString().rfind("column 10: ", 0)) << pattern.error().ToString();
}

TEST(FilterPatternTest, CanExtract) {
  auto json = FilterPattern::Compile("{ $.loss > 5 }");
  ASSERT_TRUE(json);
  EXPECT_TRUE(json->CanExtract("$.loss"));
  EXPECT_TRUE(json->CanExtract("$.a.b[0]"));
  EXPECT_FALSE(json->CanExtract("loss"));
  EXPECT_FALSE(json->CanExtract("$..x"));
  auto space = FilterPattern::Compile("[ts, level, ...]");
  ASSERT_TRUE(space);
  EXPECT_TRUE(space->CanExtract("$level"));
  EXPECT_TRUE(space->CanExtract("$3"));
  EXPECT_FALSE(space->CanExtract("$nope"));
  EXPECT_FALSE(space->CanExtract("$.level"));
  auto terms = FilterPattern::Compile("ERROR");
  ASSERT_TRUE(terms);
  EXPECT_FALSE(terms->CanExtract("$1"));
}

}  // namespace
}  // namespace tailwatch::engine
