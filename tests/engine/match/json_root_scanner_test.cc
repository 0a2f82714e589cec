// JsonRootScanner: the root-key fast path gives exactly what the full parser
// gives (FilterSet with and without it, on the same records), answers alone
// on well-formed records, and leaves every doubtful case to the full parser.
#include "engine/match/json_root_scanner.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "engine/match/event_context.h"
#include "engine/match/filter_set.h"
#include "tests/engine/match/filter_test_util.h"

namespace tailwatch::engine {
namespace {

using test_support::MakeFilterSpec;
using test_support::RecordingSampleSink;
using Type = JsonScalar::Type;

// Scans `text` for `keys`; returns whether the scanner was sure.
bool ScanFor(std::string_view text, std::vector<std::string> keys, std::vector<JsonScalar>* out) {
  JsonRootScanner scanner(std::move(keys));
  out->assign(scanner.size(), JsonScalar{});
  return scanner.Scan(text, out->data());
}

TEST(JsonRootScannerTest, FindsTheLastRootOccurrenceOfEachKey) {
  std::vector<JsonScalar> got;
  ASSERT_TRUE(
      ScanFor(R"({"a":1,"n":{"a":7,"b":[{"a":8}]},"b":"x","a":2.5})", {"a", "b", "c"}, &got));
  EXPECT_EQ(Type::kDouble, got[0].type);
  EXPECT_EQ(2.5, got[0].number);
  EXPECT_EQ(Type::kString, got[1].type);
  EXPECT_EQ("x", got[1].text);
  EXPECT_EQ(Type::kMissing, got[2].type);
}

TEST(JsonRootScannerTest, TypesNumbersAsTheFullParserDoes) {
  std::vector<JsonScalar> got;
  ASSERT_TRUE(ScanFor(R"({"i":-42,"d":1e2,"f":0.5,"z":0,"t":true,"n":null})",
                      {"i", "d", "f", "z", "t", "n"}, &got));
  EXPECT_EQ(Type::kInt64, got[0].type);
  EXPECT_EQ(-42, got[0].integer);
  EXPECT_EQ(Type::kDouble, got[1].type);
  EXPECT_EQ(100.0, got[1].number);
  EXPECT_EQ(Type::kDouble, got[2].type);
  EXPECT_EQ(Type::kInt64, got[3].type);
  EXPECT_EQ(Type::kTrue, got[4].type);
  EXPECT_EQ(Type::kNull, got[5].type);
}

TEST(JsonRootScannerTest, UnsureWhereTheFullParserMustDecide) {
  std::vector<JsonScalar> got;
  for (const std::string text : {
           R"({"a\u0062":1})",               // escaped key
           R"({"a\"":1})",                   // escaped key
           R"({"a":"x\u00e9"})",             // \u escape
           "{\"a\":\"\xc3\xa9\"}",           // UTF-8
           "{\"a\":\"\x01\"}",               // control byte in a string
           R"({"a":01})",                    // leading zero
           R"({"a":1.})",                    // no fraction digit
           R"({"a":-0})",                    // negative zero integer
           R"({"a":12345678901234567890})",  // 20 digits
           R"({"a":1e400})",                 // 3-digit exponent
           R"({"a":1,})",                    // trailing comma
           R"({"a":1}{"b":2})",              // text after the object
           R"({"a":1,"b":tru})",             // invalid after a valid prefix
           R"({"a":1,"b":[1,2})",            // unclosed array
           R"({"a":[1]})",                   // wanted value is an array
           R"({"a":"x\n"})",                 // wanted value is an escaped string
       }) {
    EXPECT_FALSE(ScanFor(text, {"a"}, &got)) << text;
  }
}

TEST(JsonRootScannerTest, LaterPlainValueMakesAnEarlierNestedOneIrrelevant) {
  std::vector<JsonScalar> got;
  ASSERT_TRUE(ScanFor(R"({"a":{"x":[1,{"y":"z\"q"}]},"b":"\t\\","a":3})", {"a"}, &got));
  EXPECT_EQ(Type::kInt64, got[0].type);
  EXPECT_EQ(3, got[0].integer);
}

// Numbers of every form (short and long mantissas, exponents, leading zeros
// in fractions): the scanner's double is simdjson's, bit for bit.
TEST(JsonRootScannerTest, NumbersAreSimdjsonsBitForBit) {
  std::mt19937_64 rng(7);
  simdjson::dom::parser parser;
  int scanned = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string number = rng() % 2 ? "-" : "";
    const int int_digits = 1 + static_cast<int>(rng() % 12);
    number += static_cast<char>('1' + rng() % 9);
    for (int i = 1; i < int_digits; ++i) number += static_cast<char>('0' + rng() % 10);
    if (rng() % 4 == 0) number = number[0] == '-' ? "-0" : "0";
    if (rng() % 4 != 0) {
      number += '.';
      const int fraction_digits = 1 + static_cast<int>(rng() % 20);
      for (int i = 0; i < fraction_digits; ++i) number += static_cast<char>('0' + rng() % 10);
    }
    if (rng() % 3 == 0) {
      number += rng() % 2 ? 'e' : 'E';
      const int sign = static_cast<int>(rng() % 3);
      if (sign == 1) number += '-';
      if (sign == 2) number += '+';
      number += std::to_string(rng() % 40);
    }
    const std::string text = "{\"a\":" + number + "}";
    std::vector<JsonScalar> got;
    simdjson::dom::element root;
    const bool valid = parser.parse(text).get(root) == simdjson::SUCCESS;
    if (!ScanFor(text, {"a"}, &got)) continue;
    ASSERT_TRUE(valid) << text;
    ++scanned;
    const simdjson::dom::element value = root["a"].value();
    double want = 0;
    ASSERT_EQ(simdjson::SUCCESS, value.get_double().get(want)) << text;
    if (value.type() == simdjson::dom::element_type::INT64) {
      EXPECT_EQ(Type::kInt64, got[0].type) << text;
    } else {
      EXPECT_EQ(Type::kDouble, got[0].type) << text;
    }
    EXPECT_EQ(0, std::memcmp(&want, &got[0].number, sizeof want)) << text << " " << got[0].number;
  }
  EXPECT_GT(scanned, 15000);
}

// Every filter kind the scanner can decide, on records of every doubtful kind.
std::vector<FilterSpec> ScannerSpecs() {
  return {
      MakeFilterSpec("a_num", "{ $.a = 1 }"),
      MakeFilterSpec("a_text", "{ $.a = \"1\" }"),
      MakeFilterSpec("a_text_double", "{ $.a = \"100.0\" }"),
      MakeFilterSpec("a_gt", "{ $.a > 0.5 }", "$.a"),
      MakeFilterSpec("a_ne", "{ $.a != 2 || $.s = \"q\" }"),
      MakeFilterSpec("a_regex", "{ $.a = %^1% }"),
      MakeFilterSpec("s_wild", "{ $.s = \"x*\" }", "$.s"),
      MakeFilterSpec("s_regex", "{ $.s = %^a.c$% }"),
      MakeFilterSpec("b_true", "{ $.b IS TRUE }"),
      MakeFilterSpec("b_false", "{ $.b IS FALSE && $.a NOT EXISTS }"),
      MakeFilterSpec("n_null", "{ $.n IS NULL }"),
      MakeFilterSpec("m_missing", "{ $.m NOT EXISTS }"),
      MakeFilterSpec("grad", "{ $.grad_norm >= 100 }"),
      MakeFilterSpec("loss", "{ $.loss > -1000000 }", "$.loss"),
      MakeFilterSpec("any", "{ $.a = * }", "$.a"),
  };
}

const char* const kRecords[] = {
    R"({"ts":"2026-01-01T00:00:00.000Z","step":1000,"loss":3.1094,"lr":2.5e-4,"tokens_per_s":48190,"grad_norm":1.07,"rank":20,"mfu":0.387,"gpu_mem_gb":62.8,"step_time_ms":676})",
    R"({"grad_norm":100,"loss":-999999.5})",
    R"({"grad_norm":1e2,"loss":"3.5"})",
    R"({"grad_norm":"100","loss":"banana"})",
    R"({"a":1})",
    R"({"a":1.0})",
    R"({"a":1e0})",
    R"({"a":100.0})",
    R"({"a":1E2})",
    R"({"a":-0.0})",
    R"({"a":-0})",
    R"({"a":0.6,"a":2})",
    R"({"a":2,"a":0.6})",
    R"({"a":1,"n":{"a":2}})",
    R"({"n":{"a":1},"s":"abc"})",
    R"({"a":123456789012345678})",
    R"({"a":1234567890123456789})",
    R"({"a":18446744073709551615})",
    R"({"a":99999999999999999999999})",
    R"({"a":1.7976931348623157e308})",
    R"({"a":5e-324})",
    R"({"a":01})",
    R"({"a":.5})",
    R"({"a":+1})",
    R"({"a":1e})",
    R"({"a":"1"})",
    R"({"a":"x","s":"xyz"})",
    R"({"s":"a\nc"})",
    R"({"s":"a\u0062c"})",
    R"({"s":"\ud800"})",
    R"({"s\u0061":"x"})",
    R"({"\u0061":1})",
    R"({"a\"b":1,"a":1})",
    "{\"s\":\"xa\xc3\xa9\"}",
    "{\"s\":\"x\xff\"}",
    "{\"s\":\"x\x01\"}",
    R"({"b":true})",
    R"({"b":false})",
    R"({"b":false,"a":null})",
    R"({"b":truex})",
    R"({"n":null})",
    R"({"n":[1,null]})",
    R"({"n":nul})",
    R"({})",
    R"({ })",
    "  {\t\"a\" :\r1 ,\n\"s\" : \"xq\" }  ",
    R"({"a":1,})",
    R"({"a":1}})",
    R"({"a":1} x)",
    R"({"a":1,"z":[1,2,{"q":[]}]})",
    R"({"a":1,"z":[1,2,{"q":[]}})",
    R"({"a":1,"z":[1 2]})",
    R"({"a":1,"z":{"q" 1}})",
    R"({"a":1,"z":"unterminated})",
    R"({"a":1 "s":"x"})",
    R"({"m":1,"a":2})",
    R"({"a":"1","m":{"m":1}})",
    R"({"s":"abc","s":{"x":1}})",
    R"({"s":{"x":1},"s":"abc"})",
    R"({"a":[1],"a":1})",
    R"({'a':1})",
    R"({"a":1e+05,"loss":1.5E-3})",
    "not json {\"a\":1}",
    R"({"a":1} trailing)",
};

TEST(JsonRootScannerTest, FilterSetGivesTheFullParsersResults) {
  auto set = FilterSet::Compile(ScannerSpecs());
  ASSERT_TRUE(set.has_value()) << set.error().message;
  EventContext fast, reference;
  reference.DisableJsonScanner();
  for (const char* record : kRecords) {
    RecordingSampleSink got, want;
    set->Process(record, fast, got);
    set->Process(record, reference, want);
    EXPECT_EQ(want.calls, got.calls) << record;
  }
}

TEST(JsonRootScannerTest, WholeBuffersGiveTheFullParsersResults) {
  auto set = FilterSet::Compile(ScannerSpecs());
  ASSERT_TRUE(set.has_value()) << set.error().message;
  std::string buffer;
  for (const char* record : kRecords) (buffer += record) += '\n';
  EventContext fast, reference;
  reference.DisableJsonScanner();
  RecordingSampleSink got, want;
  set->ProcessBuffer(buffer, fast, got);
  set->ProcessBuffer(buffer, reference, want);
  EXPECT_EQ(want.calls, got.calls);
}

TEST(JsonRootScannerTest, WellFormedStepRecordsNeedNoFullParse) {
  auto set = FilterSet::Compile({MakeFilterSpec("grad", "{ $.grad_norm >= 100 }"),
                                 MakeFilterSpec("loss", "{ $.loss > -1000000 }", "$.loss")});
  ASSERT_TRUE(set.has_value());
  EventContext ctx;
  RecordingSampleSink sink;
  set->Process(kRecords[0], ctx, sink);
  EXPECT_EQ(1u, ctx.json_scan_count());
  EXPECT_EQ(0u, ctx.json_parse_count());
  ASSERT_EQ(2u, sink.calls.size());
  EXPECT_EQ(3.1094, std::get<2>(sink.calls[1]));
  // A doubtful record is parsed in full, once.
  set->Process(R"({"loss":"x\u0041","grad_norm":1})", ctx, sink);
  EXPECT_EQ(1u, ctx.json_parse_count());
}

TEST(JsonRootScannerTest, NestedSelectorsKeepTheFullParser) {
  auto set = FilterSet::Compile({MakeFilterSpec("nested", "{ $.a.b = 1 }")});
  ASSERT_TRUE(set.has_value());
  EventContext ctx;
  RecordingSampleSink sink;
  set->Process(R"({"a":{"b":1}})", ctx, sink);
  EXPECT_EQ(0u, ctx.json_scan_count());
  EXPECT_EQ(1u, ctx.json_parse_count());
  EXPECT_EQ(2u, sink.calls.size());
}

}  // namespace
}  // namespace tailwatch::engine
