// Whole-buffer processing (LiteralPrefilter::ScanBuffer, FilterSet::
// ProcessBuffer) must never change a result: a buffer of records gives
// exactly the sink calls that Process() on each record gives, in the same
// order, whichever path the set takes.
#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "engine/match/cloudwatch_regex.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_set.h"
#include "engine/match/literal_prefilter.h"
#include "engine/match/log_records.h"
#include "tests/engine/match/filter_test_util.h"

namespace tailwatch::engine {
namespace {

std::string RandomBuffer(std::mt19937& rng, const std::vector<std::string>& pieces, size_t n) {
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::string text;
  for (size_t k = 0; k < n; ++k) text += pieces[pick(rng)];
  return text;
}

TEST(LiteralPrefilterBufferTest, ReportsEveryMatchWithItsEnd) {
  auto prefilter = LiteralPrefilter::Build({{"ab", false}, {"b+c", true}});
  if (!prefilter->uses_hyperscan()) GTEST_SKIP() << "built without Hyperscan";
  ASSERT_TRUE(prefilter->supports_buffer_scan());
  EXPECT_EQ(2U, prefilter->literal_length(0));
  EXPECT_EQ(0U, prefilter->literal_length(1));
  PrefilterScratch scratch;
  std::vector<LiteralPrefilter::BufferMatch> matches;
  ASSERT_TRUE(prefilter->ScanBuffer("ab\nabbc", &scratch, &matches));
  std::vector<std::pair<uint32_t, uint32_t>> got;
  for (const auto& m : matches) got.emplace_back(m.id, m.end);
  const std::vector<std::pair<uint32_t, uint32_t>> want = {{0, 2}, {0, 5}, {1, 7}};
  EXPECT_EQ(want, got);
}

TEST(LiteralPrefilterBufferTest, AnchoredRegexesRefuseBufferScans) {
  auto prefilter = LiteralPrefilter::Build({{"ab", false}, {"^ab", true}});
  PrefilterScratch scratch;
  std::vector<LiteralPrefilter::BufferMatch> matches;
  EXPECT_FALSE(prefilter->supports_buffer_scan());
  EXPECT_FALSE(prefilter->ScanBuffer("ab", &scratch, &matches));
}

using test_support::RecordingSampleSink;

FilterSpec Spec(std::string pattern, std::string value = "1",
                std::optional<double> default_value = std::nullopt,
                std::vector<std::pair<std::string, std::string>> dimensions = {}) {
  return test_support::MakeFilterSpec("f", std::move(pattern), std::move(value), default_value,
                                      std::move(dimensions));
}

struct BufferCase {
  std::string name;
  std::vector<FilterSpec> specs;
  bool whole_buffers;  // with Hyperscan
};

class ProcessBufferTest : public testing::TestWithParam<BufferCase> {};

TEST_P(ProcessBufferTest, SameCallsAsEachRecordOnItsOwn) {
  const BufferCase& c = GetParam();
  auto set = FilterSet::Compile(c.specs);
  ASSERT_TRUE(set.has_value()) << set.error().message;
  if (set->uses_hyperscan()) {
    EXPECT_EQ(c.whole_buffers, set->scans_whole_buffers());
  }
  // Pieces that make literals straddle record ends ("ERR" "\n" "OR"), JSON
  // records with and without leading blanks, and long records.
  const std::vector<std::string> pieces = {"ERROR",
                                           "ERR",
                                           "OR",
                                           "WARN",
                                           "warn",
                                           "DEBUG",
                                           "INFO",
                                           "loss:nan",
                                           "lo",
                                           "ss:nan",
                                           "ran for 12 milliseconds",
                                           "x",
                                           " ",
                                           "\t",
                                           "\n",
                                           "\r",
                                           "\r\n",
                                           "\n\n",
                                           "{\"loss\": 2, \"rank\": 0}",
                                           "{\"loss\": 0.5, \"rank\": 3}",
                                           "{\"loss\": \"a\"}",
                                           "{'loss': 1}",
                                           "{",
                                           "}",
                                           std::string(70, 'q'),
                                           " {\"rank\": 0}",
                                           "\v {\"loss\": 7}",
                                           "{\"loss\": 1, \"rank\": 2, \"loss\": 9, \"rank\": 0}",
                                           "{ \"loss\" : 3 } "};
  std::mt19937 rng(7);
  EventContext ctx, reference_ctx;
  for (int round = 0; round < 400; ++round) {
    const std::string buffer = RandomBuffer(rng, pieces, 1 + rng() % 80);
    RecordingSampleSink got;
    const size_t records = set->ProcessBuffer(buffer, ctx, got);
    RecordingSampleSink want;
    size_t want_records = 0;
    ForEachLogRecord(buffer, [&](std::string_view record) {
      ++want_records;
      set->Process(record, reference_ctx, want);
    });
    ASSERT_EQ(want_records, records) << "buffer '" << buffer << "'";
    ASSERT_EQ(want.calls, got.calls) << "buffer '" << buffer << "'";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ProcessBufferTest,
    testing::Values(
        BufferCase{"Terms", {Spec("ERROR"), Spec("?WARN ?warn"), Spec("ERROR -INFO")}, true},
        BufferCase{"TermsRegexesAndJson",
                   {Spec("ERROR"), Spec("%lo+ss:nan%"), Spec("%ran for \\d+ milliseconds%"),
                    Spec("{ $.loss > 1 }", "$.loss"), Spec("{ $.rank = 0 }"),
                    Spec("{ $.loss = * }", "$.loss", std::nullopt, {{"rank", "$.rank"}})},
                   true},
        BufferCase{"JsonOnly", {Spec("{ $.loss = * }", "$.loss")}, true},
        BufferCase{
            "DefaultValueSeesEveryRecord", {Spec("ERROR"), Spec("?WARN ?warn", "1", 0.0)}, false},
        BufferCase{"ExcludedOnlySeesEveryRecord", {Spec("ERROR"), Spec("-DEBUG")}, false},
        BufferCase{"MatchAllSeesEveryRecord", {Spec("ERROR"), Spec("")}, false},
        BufferCase{"SpaceDelimitedSeesEveryRecord", {Spec("ERROR"), Spec("[a, b]")}, false},
        // RE2's atoms ("err", "warn") stand in for a regex in the scan.
        BufferCase{"AnchoredRegexByItsAtoms", {Spec("ERROR"), Spec("%^ERR|WARN$%")}, true},
        BufferCase{
            "AnchoredRegexWithoutAtomsScansPerRecord", {Spec("ERROR"), Spec("%^[0-9]%")}, false},
        BufferCase{"RegexWithoutAtomsScansTheBuffer", {Spec("ERROR"), Spec("%[0-9]x%")}, true},
        BufferCase{
            "CaseVariantsShareOneEntry",
            {Spec("?ERROR ?Error ?error"), Spec("?WARN ?WARNING ?warning"), Spec("?err ?ab")},
            true}),
    [](const testing::TestParamInfo<BufferCase>& param_info) { return param_info.param.name; });

TEST(ProcessBufferTest, SlicesLongBuffersAtRecordEnds) {
  auto set = FilterSet::Compile({Spec("ERROR"), Spec("{ $.loss = * }", "$.loss")});
  ASSERT_TRUE(set.has_value());
  // Records of every length around the slice size, so that cuts fall
  // everywhere, including between '\r' and '\n'.
  std::string buffer;
  std::mt19937 rng(9);
  while (buffer.size() < 3 * FilterSet::kBufferSliceBytes) {
    buffer += (rng() % 2 != 0) ? "ERROR " : "{\"loss\": 1}";
    buffer += std::string(rng() % 3000, 'x');
    buffer += (rng() % 3 == 0) ? "\r\n" : (rng() % 2 != 0 ? "\n" : "\r");
  }
  buffer += std::string(FilterSet::kBufferSliceBytes + 10, 'y') + "ERROR";  // no terminator
  EventContext ctx, reference_ctx;
  RecordingSampleSink got, want;
  const size_t records = set->ProcessBuffer(buffer, ctx, got);
  size_t want_records = 0;
  ForEachLogRecord(buffer, [&](std::string_view record) {
    ++want_records;
    set->Process(record, reference_ctx, want);
  });
  EXPECT_EQ(want_records, records);
  EXPECT_EQ(want.calls, got.calls);
}

}  // namespace
}  // namespace tailwatch::engine
