// docs/cloudwatch-semantics.md §1.2: term patterns, every documented example plus the decisions.
#include "engine/match/terms_pattern.h"

#include <gtest/gtest.h>

#include <string>

namespace tailwatch::engine {
namespace {

struct MatchCase {
  std::string name;
  std::string pattern;
  std::string message;
  bool expected;
};

class TermsMatchTest : public testing::TestWithParam<MatchCase> {};

TEST_P(TermsMatchTest, Matches) {
  const MatchCase& c = GetParam();
  auto pattern = TermsPattern::Parse(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << pattern.error().ToString();
  EXPECT_EQ(c.expected, pattern->Matches(c.message)) << c.pattern << " on " << c.message;
}

INSTANTIATE_TEST_SUITE_P(
    Spec, TermsMatchTest,
    testing::Values(
        // "ERROR matches Exiting with ERRORCODE: -1" (AWS example: substring).
        MatchCase{"SubstringOfWord", "ERROR", "Exiting with ERRORCODE: -1", true},
        MatchCase{"ExceptionInsideWord", "Exception", "InvalidQueryException", true},
        MatchCase{"CaseSensitive", "error", "[ERROR] boom", false},
        MatchCase{"AllRequired", "ERROR Exception", "ERROR: NullPointerException", true},
        MatchCase{"AllRequiredOneMissing", "ERROR Exception", "ERROR: disk full", false},
        MatchCase{"PhraseContiguous", "\"fatal error\"", "a fatal error here", true},
        MatchCase{"PhraseNotContiguous", "\"fatal error\"", "fatal: an error", false},
        // `" "` is a one-space phrase, not "match everything" (recorded).
        MatchCase{"SpacePhraseSkipsPlain", "\" \"", "plain", false},
        MatchCase{"SpacePhraseSkipsHyphen", "\" \"", "hello-world", false},
        MatchCase{"SpacePhraseSkipsNewline", "\" \"", "ERROR\nARGUMENTS", false},
        MatchCase{"SpacePhraseMatchesSpace", "\" \"", "hello world", true},
        MatchCase{"EscapedQuote", "\"say \\\"hi\\\"\"", "they say \"hi\" twice", true},
        MatchCase{"EscapedBackslash", "\"C:\\\\temp\"", "path C:\\temp", true},
        MatchCase{"QuotedStarIsLiteral", "\"ERR*\"", "ERR* happened", true},
        MatchCase{"QuotedStarNotWildcard", "\"ERR*\"", "ERROR happened", false},
        MatchCase{"BarePunctuationLiteral", "[ERROR]", "[ERROR] x", true},
        MatchCase{"ExcludedAbsent", "ERROR -DEBUG", "ERROR in prod", true},
        MatchCase{"ExcludedPresent", "ERROR -DEBUG", "ERROR DEBUG dump", false},
        MatchCase{"OnlyExcludedNoneThere", "-DEBUG -TRACE", "INFO all good", true},
        MatchCase{"OnlyExcludedOneThere", "-DEBUG -TRACE", "TRACE x", false},
        MatchCase{"ExcludedPhrase", "-\"health check\"", "GET /health check", false},
        // Spec example: `?Error ?fatal`.
        MatchCase{"OptionalExampleMatches", "?Error ?fatal",
                  "[ERROR] A fatal exception has occurred", true},
        MatchCase{"OptionalExampleSkips", "?Error ?fatal",
                  "[ERROR] Caught IllegalArgumentException", false},
        MatchCase{"OptionalPhrase", "?\"out of memory\" ?OOM", "CUDA out of memory", true},
        // `?ERROR ?ARGUMENTS REQUEST` behaves like `REQUEST`.
        MatchCase{"OptionalIgnoredWithRequired", "?ERROR ?ARGUMENTS REQUEST", "REQUEST ok", true},
        MatchCase{"OptionalIgnoredWithRequiredMiss", "?ERROR ?ARGUMENTS REQUEST", "ERROR ARGUMENTS",
                  false},
        // Recorded: `?ERROR ?ARGUMENTS -REQUEST` behaves like `-REQUEST`.
        MatchCase{"OptionalIgnoredWithExcluded", "?ERROR ?ARGUMENTS -REQUEST", "hello", true},
        MatchCase{"OptionalIgnoredWithExcludedMiss", "?ERROR ?ARGUMENTS -REQUEST", "ERROR REQUEST",
                  false},
        MatchCase{"LoneDashIsWord", "a - b", "a - b", true},
        MatchCase{"LoneDashIsRequired", "a - b", "ab", false},
        MatchCase{"TabsSeparateTerms", "ERROR\tfatal", "fatal ERROR", true},
        MatchCase{"PercentInsideWordLiteral", "50%", "disk 50% full", true},
        // Corpus trap: a naive `nan` term fires on healthy modded-nanogpt lines.
        MatchCase{"NaiveNanFiresOnStepAvg", "nan",
                  "step:1/6000 train_loss:11.0091 "
                  "train_time:24179ms step_avg:nanms",
                  true},
        MatchCase{"LossNanPhraseSkipsStepAvg", "\"loss:nan\"",
                  "step:1/6000 train_loss:11.0091 "
                  "train_time:24179ms step_avg:nanms",
                  false}),
    [](const testing::TestParamInfo<MatchCase>& param_info) { return param_info.param.name; });

struct ErrorCase {
  std::string name;
  std::string pattern;
  int column;
};

class TermsErrorTest : public testing::TestWithParam<ErrorCase> {};

TEST_P(TermsErrorTest, Rejects) {
  const ErrorCase& c = GetParam();
  auto pattern = TermsPattern::Parse(c.pattern);
  ASSERT_FALSE(pattern.has_value()) << c.pattern;
  EXPECT_EQ(c.column, pattern.error().column) << pattern.error().ToString();
}

INSTANTIATE_TEST_SUITE_P(Spec, TermsErrorTest,
                         testing::Values(ErrorCase{"UnquotedStar", "ERR*", 4},
                                         ErrorCase{"UnquotedStarSecondTerm", "ok ERR*", 7},
                                         ErrorCase{"UnquotedStarAfterPrefix", "-*x", 2},
                                         ErrorCase{"UnclosedQuote", "ERROR \"abc", 7},
                                         ErrorCase{"EmptyPhrase", "\"\"", 1},
                                         ErrorCase{"EmptyPhraseExcluded", "a -\"\"", 4},
                                         ErrorCase{"RegexMixedWithTerms", "ERROR %x%", 7},
                                         ErrorCase{"RegexFirstThenTerm", "-%x% a", 2},
                                         ErrorCase{"BadEscape", "\"a\\nb\"", 3},
                                         ErrorCase{"QuoteGluedAfterPhrase", "\"abc\"def", 6},
                                         ErrorCase{"QuoteInsideWord", "abc\"def\"", 4}),
                         [](const testing::TestParamInfo<ErrorCase>& param_info) {
                           return param_info.param.name;
                         });

TEST(TermsPatternTest, QuestionRuleReflectedInTermLists) {
  auto all_optional = TermsPattern::Parse("?a ?b");
  ASSERT_TRUE(all_optional);
  EXPECT_EQ((std::vector<std::string>{"a", "b"}), all_optional->any_of());
  auto mixed = TermsPattern::Parse("?a ?b -c d");
  ASSERT_TRUE(mixed);
  EXPECT_TRUE(mixed->any_of().empty());
  EXPECT_EQ((std::vector<std::string>{"c"}), mixed->excluded());
  EXPECT_EQ((std::vector<std::string>{"d"}), mixed->required());
}

}  // namespace
}  // namespace tailwatch::engine
