// Tests for CloudWatch JSON filter patterns (docs/cloudwatch-semantics.md
// §1.5); the selectors on their own are json_selector_test.cc's.
#include "engine/match/json_pattern.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace tailwatch::engine {
namespace {

// Parses `json` (which must be valid) into a DOM root owned by `parser`.
simdjson::dom::element ParseJson(simdjson::dom::parser& parser, std::string_view json) {
  simdjson::dom::element root;
  const auto error = parser.parse(json.data(), json.size()).get(root);
  EXPECT_EQ(simdjson::SUCCESS, error) << json;
  return root;
}

// Names each parameterised case after its `name` field.
struct CaseName {
  template <class Case>
  std::string operator()(const testing::TestParamInfo<Case>& case_info) const {
    return case_info.param.name;
  }
};

// ---------------------------------------------------------------------------
// Parse errors: every rejected form, with its 1-based column in the pattern.

struct ErrorCase {
  const char* name;
  const char* pattern;
  int column;
  const char* message;  // a substring of the error message
};

class JsonPatternErrorTest : public testing::TestWithParam<ErrorCase> {};

TEST_P(JsonPatternErrorTest, RejectsWithColumnAndMessage) {
  const ErrorCase& c = GetParam();
  auto pattern = JsonPattern::Parse(c.pattern);
  ASSERT_FALSE(pattern.has_value()) << c.pattern;
  EXPECT_EQ(c.column, pattern.error().column) << c.pattern << " -> " << pattern.error().message;
  EXPECT_NE(std::string::npos, pattern.error().message.find(c.message))
      << c.pattern << " -> " << pattern.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Rejected, JsonPatternErrorTest,
    testing::Values(
        // Structure.
        ErrorCase{"Empty", "{ }", 1, "empty JSON pattern"},
        ErrorCase{"NoClosingBrace", "{ $.a = 1", 10, "must end with '}'"},
        ErrorCase{"NoOpeningBrace", "$.a = 1 }", 1, "must start with '{'"},
        ErrorCase{"TextAfterBrace", "{ $.a = 1 } x", 13, "after the closing '}'"},
        ErrorCase{"UnclosedParen", "{ ($.a = 1 }", 3, "unclosed '('"},
        ErrorCase{"UnclosedOuterParen", "{ ($.a = 1 && ($.b = 2) }", 3, "unclosed '('"},
        ErrorCase{"StrayCloseParen", "{ $.a = 1) }", 10, "expected '&&', '||', ')' or '}'"},
        ErrorCase{"EmptyParens", "{ () }", 3, "empty parentheses"},
        ErrorCase{"DanglingAnd", "{ $.a = 1 && }", 14, "expected a condition"},
        ErrorCase{"LeadingOr", "{ || $.a = 1 }", 3, "expected a condition"},
        ErrorCase{"SingleAmpersand", "{ $.a = 1 & $.b = 2 }", 11, "expected '&&'"},
        ErrorCase{"SinglePipe", "{ $.a = 1 | $.b = 2 }", 11, "expected '||'"},
        ErrorCase{"AndWord", "{ $.a = 1 AND $.b = 2 }", 11, "'AND' is not supported; use '&&'"},
        ErrorCase{"OrWord", "{ $.a = 1 OR $.b = 2 }", 11, "'OR' is not supported; use '||'"},
        ErrorCase{"Negation", "{ !($.a = 1) }", 3, "negation '!( )' is not supported"},
        ErrorCase{"NegationSpaced", "{ ! ($.a = 1) }", 3, "negation '!( )' is not supported"},
        ErrorCase{"BangSelector", "{ !$.a = 1 }", 3, "'!' is only supported as part of '!='"},
        ErrorCase{"NoSelector", "{ a = 1 }", 3, "expected a selector starting with '$'"},
        ErrorCase{"TooDeep",
                  "{ ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((($.a = 1"
                  ")))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) }",
                  67, "nested too deeply"},
        // Selectors.
        ErrorCase{"BareDollar", "{ $ = 1 }", 4, "expected '.' or '[' after '$'"},
        ErrorCase{"RecursiveDescent", "{ $..a = 1 }", 4, "recursive descent ('..')"},
        ErrorCase{"NegativeIndex", "{ $.a[-1] = 1 }", 7, "negative array indexes"},
        ErrorCase{"Slice", "{ $.a[0:2] = 1 }", 8, "array slices"},
        ErrorCase{"TrailingDot", "{ $.a. = 1 }", 7, "expected a field name after '.'"},
        ErrorCase{"BadBracket", "{ $.a[x] = 1 }", 7,
                  "expected an array index, '*' or a quoted key"},
        ErrorCase{"DoubleQuotedKey", "{ $.a[\"b\"] = 1 }", 7, "single quotes"},
        ErrorCase{"UnclosedKeyQuote", "{ $.a['b] = 1 }", 7, "unclosed quote in selector key"},
        ErrorCase{"UnclosedIndex", "{ $.a[0 = 1 }", 8, "expected ']' after array index"},
        ErrorCase{"TwoWildcardsInSelector", "{ $.a[*].b[*] = 1 }", 11, "at most one wildcard"},
        ErrorCase{"TwoDotStars", "{ $.*.* = 1 }", 7, "at most one wildcard"},
        ErrorCase{"FourWildcardsInPattern",
                  "{ $.a[*] = 1 && $.b[*] = 1 && $.c[*] = 1 && $.d[*] = 1 }", 45,
                  "at most 3 wildcards"},
        // Operators and keywords.
        ErrorCase{"NoOperator", "{ $.a }", 7, "expected an operator after $.a"},
        ErrorCase{"NoOperatorAfterPath", "{ $.a.b[0] 5 }", 12,
                  "expected an operator after $.a.b[0]"},
        ErrorCase{"BadSelectorChar", "{ $.a@b = 1 }", 6, "expected an operator after $.a"},
        ErrorCase{"DoubleEquals", "{ $.a == 1 }", 7, "'==' is not supported"},
        ErrorCase{"ExistsAlone", "{ $.a EXISTS }", 7, "'EXISTS' is not supported"},
        ErrorCase{"IsNot", "{ $.a IS NOT NULL }", 7, "'IS NOT' is not supported"},
        ErrorCase{"IsNothing", "{ $.a IS }", 10, "expected NULL, TRUE or FALSE after IS"},
        ErrorCase{"IsLowercaseNull", "{ $.a IS null }", 10, "expected NULL, TRUE or FALSE"},
        ErrorCase{"NotWithoutExists", "{ $.a NOT }", 11, "expected EXISTS after NOT"},
        // Values.
        ErrorCase{"MissingValue", "{ $.a = }", 9, "expected a value after '='"},
        ErrorCase{"MissingValueBeforeAnd", "{ $.a != && $.b = 1 }", 10,
                  "expected a value after '!='"},
        ErrorCase{"BarewordNull", "{ $.a = null }", 9, "bareword null"},
        ErrorCase{"OrderingQuotedString", "{ $.a > \"x\" }", 7,
                  "'>' cannot compare with a quoted string"},
        ErrorCase{"OrderingQuotedNumber", "{ $.a <= \"1\" }", 7,
                  "'<=' cannot compare with a quoted"},
        ErrorCase{"OrderingRegex", "{ $.a >= %1% }", 7, "cannot compare with a regular expression"},
        ErrorCase{"OrderingBareword", "{ $.a > abc }", 9, "'>' needs a number"},
        ErrorCase{"OrderingWildcard", "{ $.a < * }", 9, "'<' needs a number"},
        ErrorCase{"UnclosedString", "{ $.a = \"abc }", 9, "unclosed '\"'"},
        ErrorCase{"UnknownEscape", "{ $.a = \"\\q\" }", 10, "unknown escape '\\q'"},
        ErrorCase{"BadUnicodeEscape", "{ $.a = \"\\u12x4\" }", 10, "four hex digits"},
        ErrorCase{"NumberOutOfRange", "{ $.a = 1e999 }", 9, "number out of range"},
        ErrorCase{"UnclosedRegex", "{ $.a = %abc }", 9, "unclosed '%'"},
        ErrorCase{"RegexGroup", "{ $.a = %a(b)% }", 11, "parentheses"},
        ErrorCase{"RegexBadChar", "{ $.a = %something!% }", 19, "invalid character '!'"},
        ErrorCase{"EmptyRegex", "{ $.a = %% }", 10, "empty regular expression"},
        ErrorCase{"ThreeRegexes", "{ $.a = %a% || $.b = %b% || $.c = %c% }", 35,
                  "at most 2 regular expressions"},
        ErrorCase{"TwoValues", "{ $.a = 1 2 }", 11, "expected '&&', '||', ')' or '}'"}),
    CaseName());

// ---------------------------------------------------------------------------
// Accepted forms: every selector shape, operator, value and keyword.

struct AcceptCase {
  const char* name;
  const char* pattern;
  int regexes;
};

class JsonPatternAcceptTest : public testing::TestWithParam<AcceptCase> {};

TEST_P(JsonPatternAcceptTest, Parses) {
  const AcceptCase& c = GetParam();
  auto pattern = JsonPattern::Parse(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << c.pattern << " -> " << pattern.error().ToString();
  EXPECT_EQ(c.regexes, pattern->regex_count());
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, JsonPatternAcceptTest,
    testing::Values(
        AcceptCase{"Simple", "{ $.a = 1 }", 0}, AcceptCase{"NoSpaces", "{$.a=1}", 0},
        AcceptCase{"NoSpacesBareword", "{$.a=bar}", 0},
        AcceptCase{"NestedPath", "{ $.a.b.c = \"x\" }", 0},
        AcceptCase{"Index", "{ $.a[0] = 1 }", 0},
        AcceptCase{"IndexThenKey", "{ $.a[10].b[2] = 1 }", 0},
        AcceptCase{"ArrayWildcard", "{ $.a[*] = 1 }", 0},
        AcceptCase{"DotWildcard", "{ $.* = 1 }", 0},
        AcceptCase{"DotBracketKey", "{ $.['a.b'] = 1 }", 0},
        AcceptCase{"BracketKey", "{ $['a.b'] = 1 }", 0},
        AcceptCase{"NameChars", "{ $.a-B_9 = 1 }", 0},
        AcceptCase{"ThreeWildcards", "{ $.a[*] = 1 && $.b[*] = 1 && $.* = 1 }", 0},
        AcceptCase{"AllOperators",
                   "{ $.a = 1 && $.a != 1 && $.a < 1 && $.a > 1 && $.a <= 1 && $.a >= 1 }", 0},
        AcceptCase{"SignedNumbers", "{ $.a > +1000 || $.a < -2.5 || $.a = .5 || $.a = 1e-3 }", 0},
        AcceptCase{"IsNull", "{ $.a IS NULL }", 0}, AcceptCase{"IsTrue", "{ $.a IS TRUE }", 0},
        AcceptCase{"IsFalse", "{ $.a IS FALSE }", 0},
        AcceptCase{"NotExists", "{ $.a NOT EXISTS }", 0},
        AcceptCase{"Barewords", "{ $.a = bar || $.b = 123.123.* || $.c = *Event || $.d = * }", 0},
        AcceptCase{"TrueFalseBarewords", "{ $.a = true || $.a = false }", 0},
        AcceptCase{"QuotedNull", "{ $.a = \"null\" }", 0},
        AcceptCase{"Escapes", "{ $.a = \"q\\\"\\\\\\/\\n\\t\\u00e9\" }", 0},
        AcceptCase{"OneRegex", "{ $.a = %^[0-9]+$% }", 1},
        AcceptCase{"TwoRegexes", "{ $.a = %a% && $.b != %b% }", 2},
        AcceptCase{"Parens", "{ ($.a = 1 || $.b = 2) && ($.c = 3 || ($.d = 4)) }", 0},
        AcceptCase{"Newlines", "{\n  $.a = 1\n  && $.b = 2\n}", 0},
        AcceptCase{"SurroundingSpace", "  { $.a = 1 }  ", 0}),
    CaseName());

// ---------------------------------------------------------------------------
// Evaluation.

struct MatchCase {
  const char* name;
  const char* pattern;
  const char* json;
  bool matches;
};

class JsonPatternMatchTest : public testing::TestWithParam<MatchCase> {};

TEST_P(JsonPatternMatchTest, Evaluates) {
  const MatchCase& c = GetParam();
  auto pattern = JsonPattern::Parse(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << c.pattern << " -> " << pattern.error().ToString();
  simdjson::dom::parser parser;
  const simdjson::dom::element root = ParseJson(parser, c.json);
  EXPECT_EQ(c.matches, pattern->Matches(root)) << c.pattern << " on " << c.json;
  // The root's field list (EventContext keeps one per event) changes nothing.
  JsonRootFields fields;
  fields.Reset(root);
  EXPECT_EQ(c.matches, pattern->Matches(root, &fields)) << c.pattern << " on " << c.json;
  EXPECT_EQ(c.matches, pattern->Matches(root, &fields)) << "second use, " << c.pattern;
}

INSTANTIATE_TEST_SUITE_P(
    Selectors, JsonPatternMatchTest,
    testing::Values(
        MatchCase{"TopLevel", "{ $.a = 1 }", R"({"a":1})", true},
        MatchCase{"Nested", "{ $.a.b = \"x\" }", R"({"a":{"b":"x"}})", true},
        MatchCase{"NestedMissing", "{ $.a.c = \"x\" }", R"({"a":{"b":"x"}})", false},
        MatchCase{"KeyOnScalar", "{ $.a.b = 1 }", R"({"a":1})", false},
        MatchCase{"Index0", "{ $.a[0] = 1 }", R"({"a":[1,2]})", true},
        MatchCase{"Index1", "{ $.a[1] = 2 }", R"({"a":[1,2]})", true},
        MatchCase{"IndexOutOfRange", "{ $.a[2] = 2 }", R"({"a":[1,2]})", false},
        MatchCase{"IndexOnObject", "{ $.a[0] = 1 }", R"({"a":{"0":1}})", false},
        MatchCase{"KeyOnArray", "{ $.a.b = 1 }", R"({"a":[{"b":1}]})", false},
        MatchCase{"IndexThenKey", "{ $.a[1].b = 2 }", R"({"a":[{"b":1},{"b":2}]})", true},
        MatchCase{"DottedKey", "{ $.['a.b'] = 1 }", R"({"a.b":1,"a":{"b":2}})", true},
        MatchCase{"DottedKeyNoDot", "{ $['a.b'] = 1 }", R"({"a.b":1})", true},
        MatchCase{"DottedKeyIsNotPath", "{ $['a.b'] = 2 }", R"({"a":{"b":2}})", false},
        MatchCase{"DottedKeyNested", "{ $.x['a.b'].c = 3 }", R"({"x":{"a.b":{"c":3}}})", true},
        MatchCase{"DashUnderscoreName", "{ $.a-b_c = 1 }", R"({"a-b_c":1})", true},
        MatchCase{"RepeatedKeyLastWins", "{ $.a = 2 }", R"({"a":1,"a":2})", true},
        MatchCase{"RepeatedKeyFirstLoses", "{ $.a = 1 }", R"({"a":1,"a":2})", false},
        MatchCase{"RepeatedKeyNested", "{ $.o.a = \"y\" }", R"({"o":{"a":"x","a":"y"}})", true},
        MatchCase{"ArrayWildcardAny", "{ $.a[*] = 2 }", R"({"a":[1,2,3]})", true},
        MatchCase{"ArrayWildcardNone", "{ $.a[*] = 4 }", R"({"a":[1,2,3]})", false},
        MatchCase{"ArrayWildcardNeExistential", "{ $.a[*] != 1 }", R"({"a":[1,2]})", true},
        MatchCase{"ArrayWildcardNeAllEqual", "{ $.a[*] != 1 }", R"({"a":[1,1]})", false},
        MatchCase{"ArrayWildcardThenKey", "{ $.users[*].id = 7 }",
                  R"({"users":[{"id":3},{"id":7}]})", true},
        MatchCase{"DotWildcardFields", "{ $.* = \"x\" }", R"({"a":"y","b":"x"})", true},
        MatchCase{"DotWildcardNested", "{ $.m.*.v > 5 }", R"({"m":{"p":{"v":1},"q":{"v":9}}})",
                  true},
        MatchCase{"DotWildcardOverArray", "{ $.a.* = 3 }", R"({"a":[1,3]})", true},
        MatchCase{"BracketWildcardOverObject", "{ $.a[*] = 3 }", R"({"a":{"x":3}})", true},
        MatchCase{"WildcardShadowedKey", "{ $.* = 1 }", R"({"a":1,"a":2})", false},
        MatchCase{"WildcardLastOfRepeated", "{ $.* = 2 }", R"({"a":1,"a":2})", true},
        MatchCase{"WildcardEmptyArray", "{ $.a[*] = * }", R"({"a":[]})", false}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    Logic, JsonPatternMatchTest,
    testing::Values(
        MatchCase{"AndBoth", "{ $.a = 1 && $.b = 2 }", R"({"a":1,"b":2})", true},
        MatchCase{"AndOne", "{ $.a = 1 && $.b = 3 }", R"({"a":1,"b":2})", false},
        MatchCase{"OrOne", "{ $.a = 9 || $.b = 2 }", R"({"a":1,"b":2})", true},
        MatchCase{"OrNone", "{ $.a = 9 || $.b = 9 }", R"({"a":1,"b":2})", false},
        // && binds tighter than ||: a || (b && c).
        MatchCase{"PrecedenceAndFirst", "{ $.a = 1 || $.b = 9 && $.c = 9 }",
                  R"({"a":1,"b":2,"c":3})", true},
        MatchCase{"PrecedenceAndFirstFalse", "{ $.a = 9 || $.b = 2 && $.c = 9 }",
                  R"({"a":1,"b":2,"c":3})", false},
        MatchCase{"ParensOverride", "{ ($.a = 1 || $.b = 9) && $.c = 9 }", R"({"a":1,"b":2,"c":3})",
                  false},
        MatchCase{"ParensOverrideTrue", "{ ($.a = 1 || $.b = 9) && $.c = 3 }",
                  R"({"a":1,"b":2,"c":3})", true},
        // AWS guide example.
        MatchCase{"GuideCompound",
                  "{ ($.user.id = 1 && $.users[0].email = \"John.Doe@example.com\") || "
                  "$.actions[2] = \"GET\" }",
                  R"({"user":{"id":1},"users":[{"email":"John.Doe@example.com"}],"actions":["a"]})",
                  true},
        MatchCase{"GuideCompoundViaOr",
                  "{ ($.user.id = 2 && $.users[0].email = \"x\") || $.actions[2] = \"GET\" }",
                  R"({"user":{"id":1},"actions":["PUT","POST","GET"]})", true}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    Strings, JsonPatternMatchTest,
    testing::Values(
        MatchCase{"QuotedEqual", "{ $.e = \"Login\" }", R"({"e":"Login"})", true},
        MatchCase{"QuotedCaseSensitive", "{ $.e = \"login\" }", R"({"e":"Login"})", false},
        MatchCase{"QuotedNotSubstring", "{ $.e = \"Log\" }", R"({"e":"Login"})", false},
        MatchCase{"Bareword", "{ $.e = Login }", R"({"e":"Login"})", true},
        MatchCase{"BarewordPrefix", "{ $.ip = 123.123.* }", R"({"ip":"123.123.1.2"})", true},
        MatchCase{"BarewordPrefixMiss", "{ $.ip = 123.123.* }", R"({"ip":"123.124.1.2"})", false},
        MatchCase{"BarewordSuffix", "{ $.t = *Event }", R"({"t":"ConsoleLoginEvent"})", true},
        MatchCase{"QuotedSuffix", "{ $.t = \"*Event\" }", R"({"t":"ConsoleLoginEvent"})", true},
        MatchCase{"Contains", "{ $.t = *Login* }", R"({"t":"ConsoleLoginEvent"})", true},
        MatchCase{"InnerStarLiteral", "{ $.t = Ev*ent }", R"({"t":"Event"})", false},
        MatchCase{"InnerStarExact", "{ $.t = Ev*ent }", R"({"t":"Ev*ent"})", true},
        MatchCase{"StarAnyString", "{ $.t = * }", R"({"t":"anything"})", true},
        MatchCase{"StarEmptyString", "{ $.t = * }", R"({"t":""})", true},
        MatchCase{"QuotedStarAnyNumber", "{ $.latency = \"*\" }", R"({"latency":12})", true},
        MatchCase{"StarAnyNumber", "{ $.latency = * }", R"({"latency":1.5})", true},
        MatchCase{"StarNotBool", "{ $.b = * }", R"({"b":true})", false},
        MatchCase{"StarNotNull", "{ $.b = * }", R"({"b":null})", false},
        MatchCase{"StarNotObject", "{ $.b = * }", R"({"b":{}})", false},
        MatchCase{"StarMissing", "{ $.b = * }", R"({"a":1})", false},
        MatchCase{"NotEqual", "{ $.e != \"Login\" }", R"({"e":"Logout"})", true},
        MatchCase{"NotEqualSame", "{ $.e != \"Login\" }", R"({"e":"Login"})", false},
        MatchCase{"NotEqualWildcard", "{ $.e != Log* }", R"({"e":"Logout"})", false},
        MatchCase{"NotEqualStar", "{ $.e != * }", R"({"e":"x"})", false},
        MatchCase{"EscapedQuote", "{ $.m = \"say \\\"hi\\\"\" }", R"({"m":"say \"hi\""})", true},
        MatchCase{"UnicodeEscape", "{ $.m = \"caf\\u00e9\" }", R"({"m":"café"})", true},
        MatchCase{"TrueIsString", "{ $.b = true }", R"({"b":"true"})", true},
        MatchCase{"TrueNotBool", "{ $.b = true }", R"({"b":true})", false},
        MatchCase{"FalseNotBool", "{ $.b != false }", R"({"b":false})", false},
        MatchCase{"QuotedNullIsString", "{ $.b = \"null\" }", R"({"b":null})", false}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    Numbers, JsonPatternMatchTest,
    testing::Values(
        MatchCase{"EqualInt", "{ $.n = 200 }", R"({"n":200})", true},
        MatchCase{"EqualIntVsDouble", "{ $.n = 200 }", R"({"n":200.0})", true},
        MatchCase{"EqualDecimal", "{ $.n = 0.5 }", R"({"n":0.5})", true},
        MatchCase{"EqualExponent", "{ $.n = 1e-3 }", R"({"n":0.001})", true},
        MatchCase{"EqualLeadingDot", "{ $.n = .5 }", R"({"n":0.5})", true},
        MatchCase{"PlusSigned", "{ $.latency > +1000 }", R"({"latency":1001})", true},
        MatchCase{"PlusSignedEqual", "{ $.latency > +1000 }", R"({"latency":1000})", false},
        MatchCase{"Negative", "{ $.t < -5 }", R"({"t":-7.5})", true},
        MatchCase{"NotEqual", "{ $.n != 200 }", R"({"n":404})", true},
        MatchCase{"NotEqualSame", "{ $.n != 200 }", R"({"n":200})", false},
        MatchCase{"Less", "{ $.n < 10 }", R"({"n":9.99})", true},
        MatchCase{"LessFalse", "{ $.n < 10 }", R"({"n":10})", false},
        MatchCase{"Greater", "{ $.n > 10 }", R"({"n":11})", true},
        MatchCase{"LessEqual", "{ $.n <= 10 }", R"({"n":10})", true},
        MatchCase{"LessEqualFalse", "{ $.n <= 10 }", R"({"n":10.5})", false},
        MatchCase{"GreaterEqual", "{ $.n >= 10 }", R"({"n":10})", true},
        MatchCase{"GreaterEqualFalse", "{ $.n >= 10 }", R"({"n":9})", false},
        MatchCase{"BigUnsigned", "{ $.n > 1e19 }", R"({"n":18446744073709551615})", true},
        MatchCase{"Int64Min", "{ $.n < -9e18 }", R"({"n":-9223372036854775808})", true},
        // Section 1.4 step 3: objects and arrays satisfy no comparison, not even !=.
        MatchCase{"ArrayNotEqual", "{ $.users != 1 }", R"({"users":[1,2,3]})", false},
        MatchCase{"ArrayEqual", "{ $.users = 1 }", R"({"users":[1,2,3]})", false},
        MatchCase{"ObjectNotEqual", "{ $.o != 1 }", R"({"o":{"a":1}})", false},
        MatchCase{"ObjectNotEqualString", "{ $.o != \"x\" }", R"({"o":{}})", false},
        // Step 4 / section 7 item 6: a missing field satisfies no comparison.
        MatchCase{"MissingNotEqual", "{ $.x != 1 }", R"({"a":1})", false},
        MatchCase{"MissingNotEqualString", "{ $.x != \"a\" }", R"({"a":1})", false},
        MatchCase{"MissingNotEqualRegex", "{ $.x != %a% }", R"({"a":1})", false},
        MatchCase{"MissingLess", "{ $.x < 1 }", R"({"a":1})", false}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    MixedTypes, JsonPatternMatchTest,
    testing::Values(
        // A string value against a number node compares with the number's JSON text.
        MatchCase{"QuotedOneVsOne", "{ $.n = \"1\" }", R"({"n":1})", true},
        MatchCase{"QuotedOneVsOnePointZero", "{ $.n = \"1\" }", R"({"n":1.0})", false},
        MatchCase{"QuotedOnePointZeroVsDouble", "{ $.n = \"1.0\" }", R"({"n":1.0})", true},
        MatchCase{"QuotedDecimal", "{ $.n = \"2.5\" }", R"({"n":2.5})", true},
        MatchCase{"QuotedNegative", "{ $.n = \"-3\" }", R"({"n":-3})", true},
        MatchCase{"QuotedUnsigned", "{ $.n = \"18446744073709551615\" }",
                  R"({"n":18446744073709551615})", true},
        MatchCase{"QuotedNotEqualNumber", "{ $.n != \"1\" }", R"({"n":2})", true},
        MatchCase{"QuotedNotEqualSameNumber", "{ $.n != \"1\" }", R"({"n":1})", false},
        MatchCase{"WildcardPrefixOnNumber", "{ $.code = 4* }", R"({"code":404})", true},
        MatchCase{"WildcardPrefixOnNumberMiss", "{ $.code = 4* }", R"({"code":500})", false},
        // A numeric value against a string node compares the literal text for =/!=.
        MatchCase{"OneVsQuotedOne", "{ $.s = 1 }", R"({"s":"1"})", true},
        MatchCase{"OneVsQuotedOnePointZero", "{ $.s = 1 }", R"({"s":"1.0"})", false},
        MatchCase{"FourHundredVsString", "{ $.status = 400 }", R"({"status":"400"})", true},
        MatchCase{"NumberNotEqualString", "{ $.s != 1 }", R"({"s":"2"})", true},
        MatchCase{"NumberNotEqualSameString", "{ $.s != 1 }", R"({"s":"1"})", false},
        MatchCase{"NumberNotEqualText", "{ $.s != 1 }", R"({"s":"abc"})", true},
        MatchCase{"OrderingVsNumericString", "{ $.s > 1 }", R"({"s":"5"})", false},
        MatchCase{"OrderingVsString", "{ $.s < 1 }", R"({"s":"0"})", false},
        MatchCase{"GreaterEqualVsSameString", "{ $.s >= 1 }", R"({"s":"1"})", false},
        // Booleans and null answer only IS.
        MatchCase{"NumberVsTrue", "{ $.b = 1 }", R"({"b":true})", false},
        MatchCase{"NumberNotEqualTrue", "{ $.b != 1 }", R"({"b":true})", false},
        MatchCase{"StringNotEqualTrue", "{ $.b != \"x\" }", R"({"b":true})", false},
        MatchCase{"QuotedTrueVsTrue", "{ $.b = \"true\" }", R"({"b":true})", false},
        MatchCase{"NumberVsNull", "{ $.b = 0 }", R"({"b":null})", false},
        MatchCase{"NotEqualNull", "{ $.b != 0 }", R"({"b":null})", false},
        MatchCase{"OrderingNull", "{ $.b < 1 }", R"({"b":null})", false}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    Regexes, JsonPatternMatchTest,
    testing::Values(
        MatchCase{"Searches", "{ $.m = %AUTHORIZED% }", R"({"m":"UNAUTHORIZED"})", true},
        MatchCase{"Anchored", "{ $.m = %^AUTHORIZED% }", R"({"m":"UNAUTHORIZED"})", false},
        MatchCase{"NoMatch", "{ $.m = %denied% }", R"({"m":"granted"})", false},
        MatchCase{"NotEqualNoMatch", "{ $.m != %denied% }", R"({"m":"granted"})", true},
        MatchCase{"NotEqualMatch", "{ $.m != %denied% }", R"({"m":"access denied"})", false},
        MatchCase{"Digits", "{ $.code = %^\\d{3}$% }", R"({"code":"404"})", true},
        MatchCase{"Alternation", "{ $.s = %^starting|^initializing% }",
                  R"({"s":"skipping initializing step"})", false},
        MatchCase{"CaseSensitive", "{ $.m = %error% }", R"({"m":"ERROR"})", false},
        // [decision] a regex against a number node searches its JSON text.
        MatchCase{"RegexOnInt", "{ $.code = %^4\\d\\d$% }", R"({"code":404})", true},
        MatchCase{"RegexOnIntMiss", "{ $.code = %^4\\d\\d$% }", R"({"code":500})", false},
        MatchCase{"RegexOnDouble", "{ $.t = %^1\\.0$% }", R"({"t":1.0})", true},
        MatchCase{"RegexNotEqualOnInt", "{ $.code != %^4% }", R"({"code":500})", true},
        MatchCase{"RegexNotEqualOnIntMatch", "{ $.code != %^4% }", R"({"code":404})", false},
        MatchCase{"RegexOnBool", "{ $.b = %true% }", R"({"b":true})", false},
        MatchCase{"RegexNotEqualOnBool", "{ $.b != %x% }", R"({"b":true})", false},
        MatchCase{"RegexOnNull", "{ $.b != %x% }", R"({"b":null})", false},
        MatchCase{"RegexOnArray", "{ $.a = %x% }", R"({"a":["x"]})", false},
        MatchCase{"RegexOnArrayWildcard", "{ $.a[*] = %x% }", R"({"a":["y","x"]})", true}),
    CaseName());

INSTANTIATE_TEST_SUITE_P(
    Keywords, JsonPatternMatchTest,
    testing::Values(
        MatchCase{"IsNullOnNull", "{ $.a IS NULL }", R"({"a":null})", true},
        MatchCase{"IsNullOnValue", "{ $.a IS NULL }", R"({"a":0})", false},
        MatchCase{"IsNullOnString", "{ $.a IS NULL }", R"({"a":"null"})", false},
        MatchCase{"IsNullMissing", "{ $.a IS NULL }", R"({"b":null})", false},
        MatchCase{"IsNullArrayHoldingNull", "{ $.a IS NULL }", R"({"a":[1,null]})", true},
        MatchCase{"IsNullArrayWithoutNull", "{ $.a IS NULL }", R"({"a":[1,2]})", false},
        MatchCase{"IsNullEmptyArray", "{ $.a IS NULL }", R"({"a":[]})", false},
        MatchCase{"IsNullObject", "{ $.a IS NULL }", R"({"a":{"x":null}})", false},
        MatchCase{"IsNullWildcard", "{ $.a[*] IS NULL }", R"({"a":[1,null]})", true},
        MatchCase{"IsTrue", "{ $.ok IS TRUE }", R"({"ok":true})", true},
        MatchCase{"IsTrueOnFalse", "{ $.ok IS TRUE }", R"({"ok":false})", false},
        MatchCase{"IsTrueOnString", "{ $.ok IS TRUE }", R"({"ok":"true"})", false},
        MatchCase{"IsTrueOnOne", "{ $.ok IS TRUE }", R"({"ok":1})", false},
        MatchCase{"IsFalse", "{ $.ok IS FALSE }", R"({"ok":false})", true},
        MatchCase{"IsFalseOnString", "{ $.ok IS FALSE }", R"({"ok":"false"})", false},
        MatchCase{"IsFalseOnNull", "{ $.ok IS FALSE }", R"({"ok":null})", false},
        MatchCase{"IsFalseMissing", "{ $.ok IS FALSE }", R"({})", false},
        MatchCase{"IsTrueWildcard", "{ $.flags[*] IS TRUE }", R"({"flags":[false,true]})", true},
        MatchCase{"NotExistsMissing", "{ $.a NOT EXISTS }", R"({"b":1})", true},
        MatchCase{"NotExistsPresent", "{ $.a NOT EXISTS }", R"({"a":1})", false},
        MatchCase{"NotExistsNull", "{ $.a NOT EXISTS }", R"({"a":null})", false},
        MatchCase{"NotExistsObject", "{ $.a NOT EXISTS }", R"({"a":{}})", false},
        MatchCase{"NotExistsThroughScalar", "{ $.a.b NOT EXISTS }", R"({"a":5})", true},
        MatchCase{"NotExistsIndex", "{ $.a[3] NOT EXISTS }", R"({"a":[1]})", true},
        MatchCase{"NotExistsWildcardEmpty", "{ $.a[*] NOT EXISTS }", R"({"a":[]})", true},
        MatchCase{"NotExistsWildcardNonEmpty", "{ $.a[*] NOT EXISTS }", R"({"a":[0]})", false},
        MatchCase{"NotExistsCombined", "{ $.error NOT EXISTS && $.status = 200 }",
                  R"({"status":200})", true}),
    CaseName());

TEST(JsonPatternTest, DefaultConstructedMatchesNothing) {
  simdjson::dom::parser parser;
  const simdjson::dom::element root = ParseJson(parser, R"({"a":1})");
  EXPECT_FALSE(JsonPattern().Matches(root));
  EXPECT_EQ(0, JsonPattern().regex_count());
  EXPECT_FALSE(JsonSelector().Resolve(root).has_value());
  EXPECT_EQ("", JsonSelector().text());
}

TEST(JsonPatternTest, OnePatternManyDocuments) {
  auto pattern = JsonPattern::Parse(R"({ $.level = "ERROR" && $.latency_ms >= 250 })");
  ASSERT_TRUE(pattern.has_value());
  simdjson::dom::parser parser;
  const char* const events[] = {
      R"({"level":"ERROR","latency_ms":300})",
      R"({"level":"INFO","latency_ms":300})",
      R"({"level":"ERROR","latency_ms":249.9})",
      R"({"level":"ERROR","latency_ms":250})",
  };
  std::vector<bool> matched;
  for (const char* event : events) matched.push_back(pattern->Matches(ParseJson(parser, event)));
  EXPECT_EQ((std::vector<bool>{true, false, false, true}), matched);
}

// ---------------------------------------------------------------------------
// Real MLPerf training logs: `:::MLLOG {json}` lines. Expected counts were
// computed independently (Python's json module, which also keeps the last of
// repeated keys) over the same files.

struct CorpusCase {
  const char* name;
  const char* file;
  const char* pattern;
  int expected_matches;
};

class JsonPatternCorpusTest : public testing::TestWithParam<CorpusCase> {};

TEST_P(JsonPatternCorpusTest, CountsMatchingEvents) {
  const CorpusCase& c = GetParam();
  const std::string path = std::string(TAILWATCH_SOURCE_DIR) +
                           "/../shared/corpora/training-runs/mlperf-training-v3.1/" + c.file;
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "corpus not available: " << path;
  auto pattern = JsonPattern::Parse(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << pattern.error().ToString();
  constexpr std::string_view kPrefix = ":::MLLOG ";
  simdjson::dom::parser parser;
  int events = 0;
  int matches = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with(kPrefix)) continue;
    const simdjson::padded_string json(std::string_view(line).substr(kPrefix.size()));
    simdjson::dom::element root;
    ASSERT_EQ(simdjson::SUCCESS, parser.parse(json).get(root)) << line;
    ASSERT_EQ(simdjson::dom::element_type::OBJECT, root.type());
    ++events;
    if (pattern->Matches(root)) ++matches;
  }
  EXPECT_GT(events, 0);
  EXPECT_EQ(c.expected_matches, matches);
}

constexpr const char* kNemo = "NVIDIA__eos_n64_ngc23.09_nemo__gpt3__result_0.txt";
constexpr const char* kBert = "NVIDIA__eos_n8_ngc23.04_pytorch__bert__result_0.txt";
constexpr const char* kDell = "Dell__XE9680x8H100-SXM-80GB__stable_diffusion__result_0.txt";

INSTANTIATE_TEST_SUITE_P(
    MlperfTraining, JsonPatternCorpusTest,
    testing::Values(
        CorpusCase{"NemoEvalAccuracyAboveTwo", kNemo,
                   R"({ $.key = "eval_accuracy" && $.value > 2 })", 24},
        CorpusCase{"NemoEvalAccuracyBelowTarget", kNemo,
                   R"({ $.key = "eval_accuracy" && $.value < 2.7 })", 8},
        CorpusCase{"NemoRunSucceeded", kNemo, R"({ $.metadata.status = "success" })", 1},
        CorpusCase{"NemoStepTiming", kNemo, R"({ $.value.train_step_timing > 10 })", 288},
        CorpusCase{"NemoValueIsNull", kNemo, R"({ $.value IS NULL })", 613},
        CorpusCase{"NemoValueIsTrue", kNemo, R"({ $.value IS TRUE })", 64},
        CorpusCase{"NemoNoStep", kNemo, R"({ $.metadata.step NOT EXISTS })", 725},
        CorpusCase{"NemoTrackedStatsViaWildcard", kNemo, R"({ $.value.* > 10 })", 314},
        CorpusCase{"NemoEvalKeysRegex", kNemo, R"({ $.key = %^eval_% })", 73},
        CorpusCase{"NemoStepStringPrefix", kNemo, R"({ $.key = eval_* || $.key = block_* })", 121},
        CorpusCase{"BertEvalAccuracyAboveTwo", kBert,
                   R"({ $.key = "eval_accuracy" && $.value > 2 })", 0},
        CorpusCase{"BertEvalAccuracyAny", kBert, R"({ $.key = "eval_accuracy" && $.value = * })",
                   15},
        CorpusCase{"BertRunSucceeded", kBert, R"({ $.metadata.status = "success" })", 1},
        CorpusCase{"DellEvalAccuracyAboveTwo", kDell,
                   R"({ $.key = "eval_accuracy" && $.value > 2 })", 7}),
    CaseName());

}  // namespace
}  // namespace tailwatch::engine
