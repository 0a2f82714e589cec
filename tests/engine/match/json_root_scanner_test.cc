// JsonRootScanner: the root-key fast path gives exactly what the full parser
// gives (FilterSet with and without it, on the same records), answers alone
// on well-formed records, and leaves every doubtful case to the full parser.
#include "engine/match/json_root_scanner.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
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

// The two scanners behind JsonRootScanner::Scan; every direct test runs on
// both (the SIMD one only where the CPU has it).
enum class Implementation { kScalar, kAvx512 };

std::string ImplementationName(const testing::TestParamInfo<Implementation>& info) {
  return info.param == Implementation::kScalar ? "Scalar" : "Avx512";
}

bool ScanWith(Implementation implementation, const JsonRootScanner& scanner, std::string_view text,
              JsonScalar* out) {
  return implementation == Implementation::kScalar ? scanner.ScanScalar(text, out)
                                                   : scanner.ScanAvx512(text, out);
}

class JsonRootScannerTest : public testing::TestWithParam<Implementation> {
 protected:
  void SetUp() override {
    if (GetParam() == Implementation::kAvx512 && !JsonRootScanner::HasAvx512()) {
      GTEST_SKIP() << "this CPU has no AVX-512BW";
    }
  }

  // Scans `text` for `keys`; returns whether the scanner was sure.
  bool ScanFor(std::string_view text, std::vector<std::string> keys,
               std::vector<JsonScalar>* out) const {
    JsonRootScanner scanner(std::move(keys));
    out->assign(scanner.size(), JsonScalar{});
    return ScanWith(GetParam(), scanner, text, out->data());
  }
};

INSTANTIATE_TEST_SUITE_P(BothScanners, JsonRootScannerTest,
                         testing::Values(Implementation::kScalar, Implementation::kAvx512),
                         ImplementationName);

TEST_P(JsonRootScannerTest, FindsTheLastRootOccurrenceOfEachKey) {
  std::vector<JsonScalar> got;
  ASSERT_TRUE(
      ScanFor(R"({"a":1,"n":{"a":7,"b":[{"a":8}]},"b":"x","a":2.5})", {"a", "b", "c"}, &got));
  EXPECT_EQ(Type::kDouble, got[0].type);
  EXPECT_EQ(2.5, got[0].number);
  EXPECT_EQ(Type::kString, got[1].type);
  EXPECT_EQ("x", got[1].text);
  EXPECT_EQ(Type::kMissing, got[2].type);
}

TEST_P(JsonRootScannerTest, TypesNumbersAsTheFullParserDoes) {
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

TEST_P(JsonRootScannerTest, UnsureWhereTheFullParserMustDecide) {
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
           R"({"a":1e4567890123})",          // an exponent past int (no overflow either)
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

TEST_P(JsonRootScannerTest, LaterPlainValueMakesAnEarlierNestedOneIrrelevant) {
  std::vector<JsonScalar> got;
  ASSERT_TRUE(ScanFor(R"({"a":{"x":[1,{"y":"z\"q"}]},"b":"\t\\","a":3})", {"a"}, &got));
  EXPECT_EQ(Type::kInt64, got[0].type);
  EXPECT_EQ(3, got[0].integer);
}

// Numbers of every form (short and long mantissas, exponents, leading zeros
// in fractions): the scanner's double is simdjson's, bit for bit.
TEST_P(JsonRootScannerTest, NumbersAreSimdjsonsBitForBit) {
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

// Checks what a sure scan found against simdjson's DOM of `text` (which
// must accept it): each key's last root value, of the same type.
void ExpectSimdjsonAgrees(std::string_view text, const std::vector<std::string>& keys,
                          const std::vector<JsonScalar>& got) {
  simdjson::dom::parser parser;
  simdjson::dom::object root;
  ASSERT_EQ(simdjson::SUCCESS, parser.parse(std::string(text)).get(root)) << text;
  for (size_t i = 0; i < keys.size(); ++i) {
    simdjson::dom::element last;
    bool found = false;
    for (const auto field : root) {
      if (field.key == keys[i]) {
        last = field.value;
        found = true;
      }
    }
    if (!found) {
      EXPECT_EQ(Type::kMissing, got[i].type) << text << " " << keys[i];
      continue;
    }
    switch (last.type()) {
      case simdjson::dom::element_type::INT64:
        EXPECT_EQ(Type::kInt64, got[i].type) << text << " " << keys[i];
        EXPECT_EQ(int64_t(last), got[i].integer) << text << " " << keys[i];
        break;
      case simdjson::dom::element_type::DOUBLE:
        EXPECT_EQ(Type::kDouble, got[i].type) << text << " " << keys[i];
        EXPECT_EQ(double(last), got[i].number) << text << " " << keys[i];
        break;
      case simdjson::dom::element_type::STRING:
        EXPECT_EQ(Type::kString, got[i].type) << text << " " << keys[i];
        EXPECT_EQ(std::string_view(last), got[i].text) << text << " " << keys[i];
        break;
      case simdjson::dom::element_type::BOOL:
        EXPECT_EQ(bool(last) ? Type::kTrue : Type::kFalse, got[i].type) << text;
        break;
      case simdjson::dom::element_type::NULL_VALUE:
        EXPECT_EQ(Type::kNull, got[i].type) << text;
        break;
      default:
        ADD_FAILURE() << "a sure scan of a container or big number: " << text;
    }
  }
}

// `{"pad":"xxx...",` then `tail`, the padding sized so that `tail` starts
// at byte `at` (at >= 10).
std::string PaddedAt(size_t at, std::string_view tail) {
  return "{\"pad\":\"" + std::string(at - 10, 'x') + "\"," + std::string(tail);
}

// Records whose quotes, keys, numbers and backslash runs straddle the 64-byte
// blocks of the SIMD scanner, at every offset around the first two block
// boundaries: both scanners are sure of each, and right.
TEST_P(JsonRootScannerTest, BlockBoundariesChangeNothing) {
  const std::vector<std::string> keys = {"grad_norm", "loss", "s"};
  const char* const tails[] = {
      R"("grad_norm":1.07,"loss":3.1094})",
      R"("loss":-12.5e-3,"grad_norm":100,"s":"a b"})",
      R"("t":"x\\","loss":2})",        // an even backslash run before a quote
      R"("s2":"x\\\"y","loss":2})",    // an odd one: an escaped quote
      R"("s2":"\\\\\\\\","loss":2})",  // a long even run
      R"("loss":1,"n":{"loss":2,"grad_norm":[3,{"loss":4}]},"grad_norm":5})",
      R"("loss":1,"loss":2.5,"grad_norm":"x","grad_norm":0})",  // the last wins
      "\t\"loss\" :\r\n 7 , \"grad_norm\" : [ 1 , 2 ] , \"grad_norm\" : 8 }",
      R"("grad_norm":true,"loss":null,"s":false})",
      R"("a":[],"b":{},"loss":0})",
  };
  int checked = 0;
  for (const char* tail : tails) {
    for (size_t at = 10; at < 140; ++at) {
      const std::string text = PaddedAt(at, tail);
      std::vector<JsonScalar> got;
      ASSERT_TRUE(ScanFor(text, keys, &got)) << text;
      ExpectSimdjsonAgrees(text, keys, got);
      ++checked;
    }
  }
  EXPECT_EQ(10 * 130, checked);
}

TEST_P(JsonRootScannerTest, RecordsOfBlockSizedLengths) {
  std::vector<JsonScalar> got;
  ASSERT_TRUE(ScanFor("{}", {"loss"}, &got));
  EXPECT_EQ(Type::kMissing, got[0].type);
  for (const size_t size :
       {21, 31, 63, 64, 65, 127, 128, 129, 191, 192, 193, 4095, 4096, 4097, 5000}) {
    // `{"loss":1,"s":"xx…x"}` and `{"s":"xx…x","loss":1}`, `size` bytes.
    const std::string fill(size - 17, 'x');
    const std::string first = R"({"loss":1,"s":")" + fill + "\"}";
    const std::string last = R"({"s":")" + fill + R"(","loss":1})";
    ASSERT_EQ(size, first.size());
    ASSERT_EQ(size, last.size());
    for (const std::string& text : {first, last}) {
      ASSERT_TRUE(ScanFor(text, {"loss", "s"}, &got)) << size;
      ExpectSimdjsonAgrees(text, {"loss", "s"}, got);
    }
  }
}

// A valid record cut anywhere, or followed by junk, is never "sure".
TEST_P(JsonRootScannerTest, InvalidAfterAValidPrefixIsUnsure) {
  const std::string record =
      R"({"ts":"2026-01-01T00:00:00.000Z","step":1000,"loss":3.1094,"lr":2.5e-4,)"
      R"("tokens_per_s":48190,"grad_norm":1.07,"rank":20,"mfu":0.387,"n":{"a":[1,true]}})";
  std::vector<JsonScalar> got;
  ASSERT_TRUE(ScanFor(record, {"loss", "grad_norm"}, &got));
  for (size_t cut = 1; cut < record.size(); ++cut) {
    EXPECT_FALSE(ScanFor(std::string_view(record).substr(0, cut), {"loss"}, &got)) << cut;
  }
  for (const char* junk : {"x", "}", ",", " 1", "{}", "\"", "]"}) {
    EXPECT_FALSE(ScanFor(record + junk, {"loss"}, &got)) << junk;
  }
  // Broken inside, at every place a byte can be swapped for a wrong one.
  for (size_t at = 0; at < record.size(); ++at) {
    for (const char wrong : {',', ':', '"', '}', ']', '.', '-', 'e', 'x'}) {
      if (record[at] == wrong) continue;
      std::string broken = record;
      broken[at] = wrong;
      if (!ScanFor(broken, {"loss", "grad_norm"}, &got)) continue;
      ExpectSimdjsonAgrees(broken, {"loss", "grad_norm"}, got);  // still valid: same answer
    }
  }
}

// The SIMD scanner's answer is the scalar one's on every input: well-formed
// records, the edge records below, and random byte edits of them.
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

bool SameScalar(const JsonScalar& a, const JsonScalar& b) {
  if (a.type != b.type) return false;
  switch (a.type) {
    case Type::kString:
      return a.text == b.text;
    case Type::kInt64:
      return a.integer == b.integer && std::memcmp(&a.number, &b.number, sizeof a.number) == 0;
    case Type::kDouble:
      return std::memcmp(&a.number, &b.number, sizeof a.number) == 0;
    default:
      return true;
  }
}

// IndexOf compares keys of up to 63 bytes as two words (and the middle of
// those over 16 by memcmp), longer ones and sets beyond kMaxKeys byte by
// byte: every size class finds its key and misses a key one byte off
// anywhere in it.
TEST(JsonRootScannerKeysTest, IndexOfFindsEveryKeyAndNoNeighbour) {
  std::vector<std::string> keys;
  for (size_t size : {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 24, 40, 63, 64, 100}) {
    std::string key;
    for (size_t i = 0; i < size; ++i) key += static_cast<char>('a' + (i * 7 + size) % 26);
    keys.push_back(key);
  }
  for (size_t total : {keys.size(), JsonRootScanner::kMaxKeys + 1}) {
    std::vector<std::string> wanted(keys.begin(), keys.begin() + std::min(total, keys.size()));
    while (wanted.size() < total) wanted.push_back("extra" + std::to_string(wanted.size()));
    const JsonRootScanner scanner(wanted);
    for (size_t k = 0; k < wanted.size(); ++k) {
      const std::string& key = wanted[k];
      EXPECT_EQ(scanner.IndexOf(key), k) << key;
      for (size_t at = 0; at < key.size(); ++at) {
        std::string off = key;
        off[at] = static_cast<char>(off[at] == 'z' ? 'y' : off[at] + 1);
        EXPECT_EQ(scanner.IndexOf(off), scanner.size()) << off;
      }
      EXPECT_EQ(scanner.IndexOf(key + "x"), scanner.size()) << key;
      EXPECT_EQ(scanner.IndexOf(key.substr(1)), scanner.size()) << key;
    }
    EXPECT_EQ(scanner.IndexOf(""), scanner.size());
  }
}

TEST(JsonRootScannerImplementationsTest, SimdAgreesWithScalarOnEditedRecords) {
  if (!JsonRootScanner::HasAvx512()) GTEST_SKIP() << "this CPU has no AVX-512BW";
  const JsonRootScanner scanner({"a", "s", "b", "n", "loss", "grad_norm"});
  std::vector<std::string> seeds(std::begin(kRecords), std::end(kRecords));
  seeds.push_back(R"({"loss":3.5,"grad_norm":-0.25e+12,"n":[{"loss":1}],"s":"))" +
                  std::string(70, 'q') + R"(","a":12345678901234567,"b":0.000123})");
  const char kAlphabet[] = "{}[]:,\"\\ \t\n0123456789-+.eEtrufalsnx\x01\x80";
  std::mt19937_64 rng(11);
  // Compact records of numbers in many forms (the SIMD scanner checks
  // those as bitmaps).
  const char* const kNumbers[] = {"0",
                                  "-0",
                                  "-0.0",
                                  "0.5",
                                  "1e5",
                                  "1E+05",
                                  "-1e-5",
                                  "10",
                                  "01",
                                  "1.",
                                  ".5",
                                  "1e",
                                  "1e100",
                                  "1.5e2",
                                  "123456789012345678",
                                  "1234567890123456789",
                                  "-",
                                  "0.000000000000000001",
                                  "1.7976931348623157e308"};
  for (int i = 0; i < 200; ++i) {
    seeds.push_back(std::string(R"({"a":)") + kNumbers[rng() % std::size(kNumbers)] +
                    R"(,"loss":)" + kNumbers[rng() % std::size(kNumbers)] + R"(,"x":)" +
                    kNumbers[rng() % std::size(kNumbers)] + "}");
  }
  JsonScalar scalar[6], simd[6];
  int sure = 0;
  for (int round = 0; round < 600000; ++round) {
    std::string text = seeds[rng() % seeds.size()];
    const int edits = static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const size_t at = rng() % text.size();
      const char c = kAlphabet[rng() % (sizeof kAlphabet - 1)];
      switch (rng() % 3) {
        case 0:
          text[at] = c;
          break;
        case 1:
          text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c);
          break;
        default:
          text.erase(at, 1);
      }
    }
    const bool want = scanner.ScanScalar(text, scalar);
    const bool got = scanner.ScanAvx512(text, simd);
    ASSERT_EQ(want, got) << text;
    if (!want) continue;
    ++sure;
    for (size_t i = 0; i < scanner.size(); ++i) {
      ASSERT_TRUE(SameScalar(scalar[i], simd[i])) << text << " key " << scanner.key(i);
    }
  }
  EXPECT_GT(sure, 30000);
}

TEST(JsonRootScannerFilterSetTest, FilterSetGivesTheFullParsersResults) {
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

TEST(JsonRootScannerFilterSetTest, WholeBuffersGiveTheFullParsersResults) {
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

TEST(JsonRootScannerFilterSetTest, WellFormedStepRecordsNeedNoFullParse) {
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

TEST(JsonRootScannerFilterSetTest, NestedSelectorsKeepTheFullParser) {
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
