#include "engine/match/space_delimited_pattern.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tailwatch::engine {
namespace {

using Values = std::vector<std::pair<std::string, std::string>>;

constexpr char kApacheLine[] =
    R"(127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 1534)";

std::vector<std::string> TokenTexts(std::string_view message) {
  std::vector<SpaceToken> tokens;
  SplitSpaceDelimited(message, &tokens);
  std::vector<std::string> out;
  for (const SpaceToken& token : tokens) out.emplace_back(token.text);
  return out;
}

// Names each TEST_P case after its `name` member.
struct CaseName {
  template <class Param>
  std::string operator()(const ::testing::TestParamInfo<Param>& param_info) const {
    return param_info.param.name;
  }
};

Values ToValues(const std::vector<ExtractedValue>& values) {
  Values out;
  for (const ExtractedValue& v : values) out.emplace_back(v.name, v.value);
  return out;
}

// ---------------------------------------------------------------- tokenizer

struct TokenCase {
  std::string name;
  std::string message;
  std::vector<std::string> tokens;
};

class SpaceDelimitedTokenizerTest : public ::testing::TestWithParam<TokenCase> {};

TEST_P(SpaceDelimitedTokenizerTest, Splits) {
  const TokenCase& c = GetParam();
  EXPECT_EQ(c.tokens, TokenTexts(c.message));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SpaceDelimitedTokenizerTest,
    ::testing::Values(
        TokenCase{"apache_line_is_7_tokens",
                  kApacheLine,
                  {"127.0.0.1", "-", "frank", "10/Oct/2000:13:25:15 -0700",
                   "GET /index.html HTTP/1.0", "404", "1534"}},
        TokenCase{"empty", "", {}}, TokenCase{"only_whitespace", " \t \r\n ", {}},
        TokenCase{"tabs_and_runs", "a\tb\t\t c  \n d\r\n", {"a", "b", "c", "d"}},
        TokenCase{"leading_trailing_space", "  x y  ", {"x", "y"}},
        TokenCase{"unclosed_quote_is_ordinary", R"(say "hello world)", {"say", "\"hello", "world"}},
        TokenCase{"unclosed_bracket_is_ordinary", "[a b c", {"[a", "b", "c"}},
        TokenCase{"empty_quotes", R"(a "" b)", {"a", "", "b"}},
        TokenCase{"empty_brackets", "a [] b", {"a", "", "b"}},
        TokenCase{"quote_inside_token_is_literal", R"(ab"c d"e)", {"ab\"c", "d\"e"}},
        TokenCase{"bracket_holds_quote", R"([say "hi"] x)", {"say \"hi\"", "x"}},
        TokenCase{"quote_holds_bracket", R"("a [b" c])", {"a [b", "c]"}},
        TokenCase{"text_after_closing_quote_starts_new_token", R"("a b"c d)", {"a b", "c", "d"}},
        TokenCase{"quote_spans_tabs_and_newlines", "\"a\tb\nc\" d", {"a\tb\nc", "d"}}),
    CaseName());

TEST(SpaceDelimitedTokenizerTest, RecordsRawStarts) {
  std::vector<SpaceToken> tokens;
  SplitSpaceDelimited(kApacheLine, &tokens);
  ASSERT_EQ(7u, tokens.size());
  const std::string_view line = kApacheLine;
  EXPECT_EQ(0u, tokens[0].raw_begin);
  EXPECT_EQ(line.find('['), tokens[3].raw_begin);
  EXPECT_EQ(line.find('"'), tokens[4].raw_begin);
  EXPECT_EQ(line.rfind(' ') + 1, tokens[6].raw_begin);
}

TEST(SpaceDelimitedTokenizerTest, ClearsOutput) {
  std::vector<SpaceToken> tokens{{"stale", 3}};
  SplitSpaceDelimited("a", &tokens);
  ASSERT_EQ(1u, tokens.size());
  EXPECT_EQ("a", tokens[0].text);
}

// ---------------------------------------------------------------- matching

struct MatchCase {
  std::string name;
  std::string pattern;
  std::string message;
  bool matches;
  Values values;  // checked when `matches`
};

class SpaceDelimitedMatchTest : public ::testing::TestWithParam<MatchCase> {};

TEST_P(SpaceDelimitedMatchTest, MatchesAndExtracts) {
  const MatchCase& c = GetParam();
  auto pattern = SpaceDelimitedPattern::Parse(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << pattern.error().ToString();
  std::vector<SpaceToken> tokens;
  SplitSpaceDelimited(c.message, &tokens);
  std::vector<ExtractedValue> values{{"stale", "stale"}};
  EXPECT_EQ(c.matches, pattern->Matches(c.message, tokens, &values));
  if (c.matches) {
    EXPECT_EQ(c.values, ToValues(values));
  } else {
    EXPECT_TRUE(values.empty());
  }
  // Without a values vector the verdict is the same.
  EXPECT_EQ(c.matches, pattern->Matches(c.message, tokens, nullptr));
}

const Values kApacheAllPositional = {{"$1", "127.0.0.1"},
                                     {"$2", "-"},
                                     {"$3", "frank"},
                                     {"$4", "10/Oct/2000:13:25:15 -0700"},
                                     {"$5", "GET /index.html HTTP/1.0"},
                                     {"$6", "404"},
                                     {"$7", "1534"}};

INSTANTIATE_TEST_SUITE_P(
    SpecExamples, SpaceDelimitedMatchTest,
    ::testing::Values(
        MatchCase{"apache_all_named",
                  "[ip, user, username, timestamp, request, status_code, bytes]",
                  kApacheLine,
                  true,
                  {{"$ip", "127.0.0.1"},
                   {"$user", "-"},
                   {"$username", "frank"},
                   {"$timestamp", "10/Oct/2000:13:25:15 -0700"},
                   {"$request", "GET /index.html HTTP/1.0"},
                   {"$status_code", "404"},
                   {"$bytes", "1534"}}},
        MatchCase{"apache_bytes_gt_1000",
                  "[ip, user, username, timestamp, request, status_code, bytes > 1000]",
                  kApacheLine,
                  true,
                  {{"$ip", "127.0.0.1"},
                   {"$user", "-"},
                   {"$username", "frank"},
                   {"$timestamp", "10/Oct/2000:13:25:15 -0700"},
                   {"$request", "GET /index.html HTTP/1.0"},
                   {"$status_code", "404"},
                   {"$bytes", "1534"}}},
        MatchCase{"apache_bytes_gt_2000_fails",
                  "[ip, user, username, timestamp, request, status_code, bytes > 2000]",
                  kApacheLine,
                  false,
                  {}},
        MatchCase{"html_4xx_trailing_comma",
                  "[..., request=*.html*, status_code=4*,]",
                  kApacheLine,
                  true,
                  {{"$1", "127.0.0.1"},
                   {"$2", "-"},
                   {"$3", "frank"},
                   {"$4", "10/Oct/2000:13:25:15 -0700"},
                   {"$request", "GET /index.html HTTP/1.0"},
                   {"$status_code", "404"},
                   {"$7", "1534"}}},
        MatchCase{
            "html_5xx_fails", "[..., request=*.html*, status_code=5*,]", kApacheLine, false, {}},
        MatchCase{"ellipsis_size",
                  "[..., size]",
                  kApacheLine,
                  true,
                  {{"$1", "127.0.0.1"},
                   {"$2", "-"},
                   {"$3", "frank"},
                   {"$4", "10/Oct/2000:13:25:15 -0700"},
                   {"$5", "GET /index.html HTTP/1.0"},
                   {"$6", "404"},
                   {"$size", "1534"}}},
        MatchCase{"empty_pattern_matches_all", "[]", kApacheLine, true, kApacheAllPositional},
        MatchCase{"empty_pattern_with_space", "[  ]", kApacheLine, true, kApacheAllPositional},
        MatchCase{"empty_pattern_empty_message", "[]", "", true, {}},
        MatchCase{"w1_error_rest_of_line",
                  "[w1=ERROR, w2]",
                  "ERROR request failed",
                  true,
                  {{"$w1", "ERROR"}, {"$w2", "request failed"}}},
        MatchCase{"w1_error_rest_of_7_tokens",
                  "[w1=ERROR, w2]",
                  "ERROR  db   timeout \"after 30s\" [pool-1] code 17  \n",
                  true,
                  {{"$w1", "ERROR"}, {"$w2", "db   timeout \"after 30s\" [pool-1] code 17"}}},
        MatchCase{"w1_error_other_level_fails", "[w1=ERROR, w2]", "WARN request failed", false, {}},
        MatchCase{
            "w1_w2_apache_rest",
            "[w1, w2]",
            kApacheLine,
            true,
            {{"$w1", "127.0.0.1"},
             {"$w2",
              R"(- frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 1534)"}}},
        MatchCase{"w1_not_error_and_not_warn",
                  "[w1!=ERROR&&w1!=WARN, w2]",
                  "INFO started ok",
                  true,
                  {{"$w1", "INFO"}, {"$w2", "started ok"}}},
        MatchCase{
            "w1_not_error_and_not_warn_fails", "[w1!=ERROR&&w1!=WARN, w2]", "WARN x y", false, {}}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    Binding, SpaceDelimitedMatchTest,
    ::testing::Values(
        MatchCase{"ellipsis_only", "[...]", kApacheLine, true, kApacheAllPositional},
        MatchCase{"ellipsis_start",
                  "[..., code, bytes]",
                  "a b c 404 12",
                  true,
                  {{"$1", "a"}, {"$2", "b"}, {"$3", "c"}, {"$code", "404"}, {"$bytes", "12"}}},
        MatchCase{"ellipsis_middle",
                  "[ip, ..., bytes]",
                  "a b c d",
                  true,
                  {{"$ip", "a"}, {"$2", "b"}, {"$3", "c"}, {"$bytes", "d"}}},
        MatchCase{"ellipsis_end",
                  "[ip, user, ...]",
                  "a b c d",
                  true,
                  {{"$ip", "a"}, {"$user", "b"}, {"$3", "c"}, {"$4", "d"}}},
        MatchCase{"ellipsis_takes_zero_tokens",
                  "[a, b, ..., c]",
                  "x y z",
                  true,
                  {{"$a", "x"}, {"$b", "y"}, {"$c", "z"}}},
        MatchCase{"ellipsis_too_few_tokens", "[a, b, ..., c, d]", "x y z", false, {}},
        MatchCase{"ellipsis_anonymous_fields",
                  "[, ..., ,]",
                  "x y z",
                  true,
                  {{"$1", "x"}, {"$2", "y"}, {"$3", "z"}}},
        MatchCase{"ellipsis_with_trailing_comma_needs_tokens", "[a, ...,]", "x", false, {}},
        MatchCase{"fewer_tokens_than_fields", "[a, b, c]", "x y", false, {}},
        MatchCase{"equal_tokens_positional",
                  "[a, b, c]",
                  "x y z",
                  true,
                  {{"$a", "x"}, {"$b", "y"}, {"$c", "z"}}},
        MatchCase{"empty_message_needs_fields", "[a]", "", false, {}},
        MatchCase{"single_field_takes_whole_line",
                  "[line]",
                  "  one two\tthree  ",
                  true,
                  {{"$line", "one two\tthree"}}},
        MatchCase{"rest_condition_tests_whole_text",
                  "[level, msg=*timeout*]",
                  "ERROR db timeout after 30s",
                  true,
                  {{"$level", "ERROR"}, {"$msg", "db timeout after 30s"}}},
        MatchCase{"rest_condition_exact_fails", "[level, msg=db]", "ERROR db timeout", false, {}},
        MatchCase{"rest_numeric_condition_on_text_is_false", "[a, b > 5]", "x 10 20", false, {}},
        MatchCase{"rest_keeps_quotes_of_first_token",
                  "[a, b]",
                  R"(x "y z" w)",
                  true,
                  {{"$a", "x"}, {"$b", R"("y z" w)"}}},
        MatchCase{"trailing_comma_anonymous_rest",
                  "[level=ERROR,]",
                  "ERROR a b",
                  true,
                  {{"$level", "ERROR"}, {"$2", "a b"}}},
        MatchCase{"trailing_comma_positional", "[a,]", "x y", true, {{"$a", "x"}, {"$2", "y"}}},
        MatchCase{"anonymous_middle_field",
                  "[a,,c]",
                  "x y z",
                  true,
                  {{"$a", "x"}, {"$2", "y"}, {"$c", "z"}}},
        MatchCase{"tabs_between_fields",
                  "[x, y, z=c]",
                  "a\tb\t\tc",
                  true,
                  {{"$x", "a"}, {"$y", "b"}, {"$z", "c"}}},
        MatchCase{"quoted_token_with_condition",
                  R"([a, msg="hello world"])",
                  R"(x "hello world")",
                  true,
                  {{"$a", "x"}, {"$msg", "hello world"}}}),
    CaseName());

// One line, one field under test: "[a, b <cond>]" against "x <token>".
MatchCase Cond(std::string name, std::string condition, std::string token, bool matches) {
  return MatchCase{std::move(name),
                   "[a, b" + condition + "]",
                   "x " + token,
                   matches,
                   {{"$a", "x"}, {"$b", token}}};
}

INSTANTIATE_TEST_SUITE_P(
    Conditions, SpaceDelimitedMatchTest,
    ::testing::Values(
        Cond("num_eq", "=404", "404", true), Cond("num_eq_decimal_token", "=5", "5.0", true),
        Cond("num_eq_differs", "=5", "6", false), Cond("num_ne", "!=5", "6", true),
        Cond("num_ne_equal", "!=5", "5.00", false), Cond("num_lt", "<5", "4.5", true),
        Cond("num_lt_equal", "<5", "5", false), Cond("num_le", "<=5", "5", true),
        Cond("num_gt_scientific", ">1e3", "1534", true), Cond("num_ge", ">=5", "5", true),
        Cond("num_ge_negative", ">=-1", "-2", false), Cond("num_signed_value", ">+10", "11", true),
        Cond("num_scientific_token", "=1000", "1e3", true),
        // Decision (docs/cloudwatch-semantics.md §1.6): a number against a non-numeric token
        // compares literal text, so `=` fails and `!=` holds.
        Cond("num_eq_non_numeric_token", "=5", "abc", false),
        Cond("num_ne_non_numeric_token", "!=5", "abc", true),
        Cond("num_lt_non_numeric_token", "<5", "abc", false),
        Cond("num_ge_non_numeric_token", ">=5", "-", false), Cond("str_exact", "=GET", "GET", true),
        Cond("str_case_sensitive", "=GET", "get", false), Cond("str_prefix", "=4*", "404", true),
        Cond("str_prefix_fails", "=4*", "504", false),
        Cond("str_suffix", "=*html", "index.html", true),
        Cond("str_contains", "=*dex*", "index.html", true),
        Cond("str_star_matches_anything", "=*", "whatever", true),
        Cond("str_quoted_star_matches_anything", "=\"*\"", "123", true),
        Cond("str_inner_star_literal", "=Ev*ent", "Event", false),
        Cond("str_inner_star_exact", "=Ev*ent", "Ev*ent", true),
        Cond("str_ne", "!=GET", "POST", true), Cond("str_ne_equal", "!=GET", "GET", false),
        Cond("str_ne_wildcard", "!=4*", "404", false),
        Cond("quoted_number_is_string", "=\"404\"", "404.0", false),
        Cond("bare_number_is_number", "=404", "404.0", true),
        Cond("quoted_number_exact", "=\"404\"", "404", true),
        Cond("quoted_escape", R"(="a\"b")", "a\"b", true),
        Cond("spaces_around_operator", " >  1000", "1534", true),
        Cond("regex_search", "=%dex%", "index.html", true),
        Cond("regex_anchored", "=%^dex%", "index.html", false),
        Cond("regex_ne", "!=%dex%", "index.html", false),
        Cond("regex_ne_holds", "!=%^5%", "404", true),
        Cond("regex_class", "=%^[0-9]{3}$%", "404", true),
        Cond("regex_with_comma", "=%a,b%", "xa,bx", true),
        Cond("and_both", ">100&&b<500", "404", true),
        Cond("and_one_fails", ">100&&b<400", "404", false),
        Cond("or_second", "=1||b=404", "404", true), Cond("or_none", "=1||b=2", "404", false),
        // && binds tighter: (b=1 && b=2) || b=3.
        Cond("and_binds_tighter_left", "=1&&b=2||b=3", "3", true),
        // b=1 || (b=2 && b=3).
        Cond("and_binds_tighter_right", "=1||b=2&&b=3", "1", true),
        Cond("spaced_connectives", " = 1 || b = 404 ", "404", true)),
    CaseName());

TEST(SpaceDelimitedPatternTest, MatchWithWarmVectorsKeepsStorage) {
  auto pattern = SpaceDelimitedPattern::Parse("[..., request=*.html*, status_code=4*,]");
  ASSERT_TRUE(pattern.has_value());
  std::vector<SpaceToken> tokens;
  std::vector<ExtractedValue> values;
  SplitSpaceDelimited(kApacheLine, &tokens);
  ASSERT_TRUE(pattern->Matches(kApacheLine, tokens, &values));
  const SpaceToken* token_data = tokens.data();
  const ExtractedValue* value_data = values.data();
  for (int i = 0; i < 3; ++i) {
    SplitSpaceDelimited(kApacheLine, &tokens);
    ASSERT_TRUE(pattern->Matches(kApacheLine, tokens, &values));
    EXPECT_EQ(token_data, tokens.data());
    EXPECT_EQ(value_data, values.data());
  }
}

TEST(SpaceDelimitedPatternTest, PositionsBeyondNameTableAreNotExtracted) {
  auto pattern = SpaceDelimitedPattern::Parse("[first, ..., last]");
  ASSERT_TRUE(pattern.has_value());
  std::string message;
  const size_t count = SpaceDelimitedPattern::kMaxPositionalNames + 10;
  for (size_t i = 1; i <= count; ++i) message += "t" + std::to_string(i) + " ";
  std::vector<SpaceToken> tokens;
  SplitSpaceDelimited(message, &tokens);
  std::vector<ExtractedValue> values;
  ASSERT_TRUE(pattern->Matches(message, tokens, &values));
  // $first, $2..$kMax, $last: unnamed positions past the table are skipped.
  ASSERT_EQ(SpaceDelimitedPattern::kMaxPositionalNames + 1, values.size());
  EXPECT_EQ("$first", values.front().name);
  EXPECT_EQ("$4096", values[values.size() - 2].name);
  EXPECT_EQ("t4096", values[values.size() - 2].value);
  EXPECT_EQ("$last", values.back().name);
  EXPECT_EQ("t" + std::to_string(count), values.back().value);
}

TEST(SpaceDelimitedPatternTest, DefaultConstructedNeverMatches) {
  SpaceDelimitedPattern pattern;
  std::vector<SpaceToken> tokens;
  EXPECT_FALSE(pattern.Matches("", tokens, nullptr));
  EXPECT_FALSE(pattern.CanExtract("1"));
  EXPECT_EQ(0, pattern.regex_count());
}

// ---------------------------------------------------------------- parse errors

struct ErrorCase {
  std::string name;
  std::string pattern;
  std::string message_part;
  int column;
};

class SpaceDelimitedParseErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SpaceDelimitedParseErrorTest, Rejects) {
  const ErrorCase& c = GetParam();
  auto pattern = SpaceDelimitedPattern::Parse(c.pattern);
  ASSERT_FALSE(pattern.has_value());
  EXPECT_NE(std::string::npos, pattern.error().message.find(c.message_part))
      << pattern.error().message;
  EXPECT_EQ(c.column, pattern.error().column) << pattern.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SpaceDelimitedParseErrorTest,
    ::testing::Values(
        ErrorCase{"duplicate_field", "[a, b, a]", "Duplicate field 'a'", 8},
        ErrorCase{"duplicate_field_with_condition", "[a=1, a=2]", "Duplicate field 'a'", 7},
        ErrorCase{"second_ellipsis", "[..., a, ...]", "Duplicate field '...'", 10},
        ErrorCase{"cross_field_condition", "[status_code = 4* && bytes > 1000]",
                  "condition on 'bytes' inside field 'status_code'", 22},
        ErrorCase{"cross_field_or", "[a=1||b=2, b]", "condition on 'b'", 7},
        ErrorCase{"three_regexes", "[a=%x%, b=%y%, c=%z%]", "at most 2 regular expressions", 18},
        ErrorCase{"bad_regex_group", "[a=%x(%]", "parentheses", 6},
        ErrorCase{"bad_regex_char", "[a, b=%ok!%]", "invalid character '!'", 10},
        ErrorCase{"unclosed_regex", "[a=%x]", "unclosed '%'", 4},
        ErrorCase{"unclosed_quote", "[a=\"x]", "unclosed '\"'", 4},
        ErrorCase{"missing_close", "[a, b", "must end with ']'", 5},
        ErrorCase{"missing_open", "a, b]", "must start with '['", 1},
        ErrorCase{"empty_text", "", "must start with '['", 1},
        ErrorCase{"two_names_in_field", "[a b]", "expected ',', ']' or an operator", 4},
        ErrorCase{"dotted_name", "[a.b]", "expected ',', ']' or an operator", 3},
        ErrorCase{"missing_value", "[a=]", "expected a value", 4},
        ErrorCase{"missing_value_before_comma", "[a=, b]", "expected a value", 4},
        ErrorCase{"double_equals", "[a == 1]", "'=='", 4},
        ErrorCase{"ordering_with_string", "[a > abc]", "needs a numeric value", 6},
        ErrorCase{"ordering_with_quoted_number", "[a > \"1\"]", "needs a numeric value", 6},
        ErrorCase{"ordering_with_regex", "[a < %1%]", "needs a numeric value", 6},
        ErrorCase{"dangling_and", "[a=1 &&]", "expected a condition", 8},
        ErrorCase{"text_after_value", "[a=1 b]", "expected ',' or ']'", 6},
        ErrorCase{"text_after_ellipsis", "[...x]", "expected ',' or ']'", 5},
        ErrorCase{"bad_field_start", "[$a]", "expected a field name", 2},
        ErrorCase{"too_long", "[" + std::string(1100, 'a') + "]", "1024", 1025}),
    CaseName());

TEST(SpaceDelimitedPatternTest, AcceptsEdgeShapes) {
  for (const char* text : {"[]", "[ ]", "[,]", "[...]", "[...,]", "[,...]", "[a-b_C9]",
                           "[a=%x%, b=%y%]", "[a = \"x, y\" , b]", "[a=%[a-z]%]"}) {
    auto pattern = SpaceDelimitedPattern::Parse(text);
    EXPECT_TRUE(pattern.has_value()) << text << ": " << pattern.error().ToString();
  }
}

TEST(SpaceDelimitedPatternTest, QuotedValueMayHoldCommaAndBracket) {
  auto pattern = SpaceDelimitedPattern::Parse(R"([a="x, y]", b])");
  ASSERT_TRUE(pattern.has_value()) << pattern.error().ToString();
  const std::string message = R"("x, y]" z)";
  std::vector<SpaceToken> tokens;
  SplitSpaceDelimited(message, &tokens);
  EXPECT_TRUE(pattern->Matches(message, tokens, nullptr));
}

TEST(SpaceDelimitedPatternTest, CountsRegexes) {
  EXPECT_EQ(0, SpaceDelimitedPattern::Parse("[a, b=1]")->regex_count());
  EXPECT_EQ(1, SpaceDelimitedPattern::Parse("[a=%x%, b]")->regex_count());
  EXPECT_EQ(2, SpaceDelimitedPattern::Parse("[a=%x%||a=%y%, b]")->regex_count());
}

TEST(SpaceDelimitedPatternTest, CanExtract) {
  auto pattern = SpaceDelimitedPattern::Parse("[ip, ..., size > 0,]");
  ASSERT_TRUE(pattern.has_value());
  EXPECT_TRUE(pattern->CanExtract("ip"));
  EXPECT_TRUE(pattern->CanExtract("size"));
  EXPECT_TRUE(pattern->CanExtract("1"));
  EXPECT_TRUE(pattern->CanExtract("12"));
  EXPECT_FALSE(pattern->CanExtract("user"));
  EXPECT_FALSE(pattern->CanExtract("$ip"));
  EXPECT_FALSE(pattern->CanExtract(""));
  EXPECT_FALSE(pattern->CanExtract("0"));
  EXPECT_FALSE(pattern->CanExtract("01"));
  EXPECT_FALSE(pattern->CanExtract("1a"));
}

// ---------------------------------------------------------------- real logs

struct CorpusCase {
  std::string name;
  std::string file;  // under /work/shared/corpora/loghub
  std::string pattern;
  int expected_matches;                                   // counted independently with awk/grep
  std::map<std::string, std::string> first_match_values;  // subset
};

class SpaceDelimitedCorpusTest : public ::testing::TestWithParam<CorpusCase> {};

std::string CorpusPath(const std::string& file) {
  const std::string source_dir = TAILWATCH_SOURCE_DIR;
  for (const std::string& root :
       {source_dir + "/shared/corpora/loghub/", source_dir + "/../shared/corpora/loghub/"}) {
    std::ifstream probe(root + file);
    if (probe) return root + file;
  }
  return "";
}

TEST_P(SpaceDelimitedCorpusTest, CountsMatches) {
  const CorpusCase& c = GetParam();
  const std::string path = CorpusPath(c.file);
  if (path.empty()) GTEST_SKIP() << "corpus file not found: " << c.file;
  auto pattern = SpaceDelimitedPattern::Parse(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << pattern.error().ToString();
  std::ifstream in(path);
  std::string line;
  std::vector<SpaceToken> tokens;
  std::vector<ExtractedValue> values;
  int matches = 0;
  while (std::getline(in, line)) {
    SplitSpaceDelimited(line, &tokens);
    if (!pattern->Matches(line, tokens, &values)) continue;
    if (matches++ == 0) {
      std::map<std::string, std::string> got;
      for (const ExtractedValue& v : values) got.emplace(v.name, v.value);
      for (const auto& [name, value] : c.first_match_values) {
        EXPECT_EQ(value, got[name]) << name;
      }
    }
  }
  EXPECT_EQ(c.expected_matches, matches);
}

INSTANTIATE_TEST_SUITE_P(
    Loghub, SpaceDelimitedCorpusTest,
    ::testing::Values(
        CorpusCase{"bgl_fatal",
                   "BGL/BGL_2k.log",
                   "[label, epoch, date, node, time, node2, type, component, level=FATAL, ...]",
                   347,
                   {{"$label", "APPREAD"},
                    {"$epoch", "1117869872"},
                    {"$component", "APP"},
                    {"$level", "FATAL"},
                    {"$10", "ciod:"}}},
        CorpusCase{"bgl_kernel_fatal",
                   "BGL/BGL_2k.log",
                   "[label, epoch, date, node, time, node2, type, component=KERNEL, "
                   "level=FATAL||level=FAILURE, ...]",
                   240,
                   {{"$component", "KERNEL"}}},
        CorpusCase{
            "bgl_epoch_numeric", "BGL/BGL_2k.log", "[label, epoch >= 1118000000, ...]", 1944, {}},
        CorpusCase{"bgl_level_rest_of_line",
                   "BGL/BGL_2k.log",
                   "[label, epoch, date, node, time, node2, type, component, level=FATAL, msg]",
                   347,
                   {{"$msg",
                     "ciod: failed to read message prefix on control stream (CioStream socket to "
                     "172.16.96.116:33569"}}},
        CorpusCase{"apache_error",
                   "Apache/Apache_2k.log",
                   "[timestamp, level=error, message]",
                   595,
                   {{"$timestamp", "Sun Dec 04 04:47:44 2005"},
                    {"$message", "mod_jk child workerEnv in error state 6"}}},
        CorpusCase{
            "openssh_invalid_user",
            "OpenSSH/OpenSSH_2k.log",
            "[month, day, time, host, process, w6=Invalid, w7=user, user, w9=from, ip]",
            113,
            {{"$process", "sshd[24200]:"}, {"$user", "webmaster"}, {"$ip", "173.234.31.186"}}}),
    CaseName());

}  // namespace
}  // namespace tailwatch::engine
