// Whole-buffer prefilter scans (PrefilterScratch::SetBlock) and FilterSet's no-hit
// fast path must never change a result: every record of an announced buffer
// gets exactly the hits a scan of the record alone gives, and FilterSet
// reports exactly what running every pattern on its own reports.
#include <gtest/gtest.h>

#include <algorithm>
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

namespace tailwatch::engine {
namespace {

// Records as the tailer and replay cut them: '\n', '\r' and CRLF end one;
// empty records are skipped.
std::vector<std::string_view> SplitRecords(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
    if (i > start) out.push_back(text.substr(start, i - start));
    if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  return out;
}

std::string RandomBuffer(std::mt19937& rng, const std::vector<std::string>& pieces, size_t n) {
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::string text;
  for (size_t k = 0; k < n; ++k) text += pieces[pick(rng)];
  return text;
}

struct BlockCase {
  std::string name;
  std::vector<std::string> literals;
  std::vector<std::string> regex_bodies;
  bool block_capable;
};

class PrefilterBlockTest : public testing::TestWithParam<BlockCase> {};

TEST_P(PrefilterBlockTest, RecordsOfAnAnnouncedBufferGetTheirOwnHits) {
  const BlockCase& c = GetParam();
  std::vector<LiteralPrefilter::Entry> entries;
  for (const auto& l : c.literals) entries.push_back({l, false});
  for (const auto& body : c.regex_bodies) {
    entries.push_back({CloudWatchRegex::Compile(body)->re2_pattern(), true});
  }
  auto prefilter = LiteralPrefilter::Build(entries);
  if (!prefilter->uses_hyperscan()) GTEST_SKIP() << "built without Hyperscan";
  EXPECT_EQ(c.block_capable, prefilter->supports_block_scan());
  std::vector<CloudWatchRegex> regexes;
  for (const auto& body : c.regex_bodies) regexes.push_back(*CloudWatchRegex::Compile(body));

  // Pieces that make literals straddle record ends ("ERR" "\n" "OR").
  const std::vector<std::string> pieces = {"ERROR", "ERR", "OR", "nan", "loss:", "na", "n ", "12",
                                           "3", "x", "\n", "\r", "\r\n", " ", "E", "\n\n"};
  std::mt19937 rng(11);
  PrefilterScratch scratch;
  for (int round = 0; round < 500; ++round) {
    const std::string buffer = RandomBuffer(rng, pieces, 1 + rng() % 200);
    std::vector<std::string_view> records = SplitRecords(buffer);
    if (round % 3 == 2) std::shuffle(records.begin(), records.end(), rng);  // out of order
    scratch.SetBlock(buffer);
    for (const std::string_view record : records) {
      prefilter->Scan(record, &scratch);
      ASSERT_FALSE(scratch.scan_failed());
      bool any = false;
      for (size_t id = 0; id < c.literals.size(); ++id) {
        const bool present = record.find(c.literals[id]) != std::string_view::npos;
        any = any || present;
        ASSERT_EQ(present, scratch.hit(id))
            << "literal " << id << " in record '" << record << "' of round " << round;
      }
      for (size_t r = 0; r < regexes.size(); ++r) {
        if (regexes[r].Search(record)) {
          any = true;
          ASSERT_TRUE(scratch.hit(c.literals.size() + r))
              << c.regex_bodies[r] << " in record '" << record << "' of round " << round;
        }
      }
      if (any) {
        ASSERT_TRUE(scratch.any_hit());
      }
      if (regexes.empty()) {
        ASSERT_EQ(any, scratch.any_hit());
      }
    }
    // A record that is not inside the announced buffer is scanned alone.
    const std::string outside = "ERROR nan";
    prefilter->Scan(outside, &scratch);
    EXPECT_TRUE(scratch.hit(0));
    scratch.ClearBlock();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PrefilterBlockTest,
    testing::Values(BlockCase{"LiteralsOnly", {"ERROR", "nan", "RO", "x\nE"}, {}, true},
                    BlockCase{"LiteralsAndRegexes",
                              {"ERROR", "loss:nan", "E"},
                              {"[0-9]{2,}", "loss: ?nan", "x|ERR"},
                              true},
                    BlockCase{"AnchoredRegexStaysPerRecord", {"ERROR"}, {"^ERR", "nan$"}, false}),
    [](const testing::TestParamInfo<BlockCase>& param_info) { return param_info.param.name; });

// Records every call a SampleSink gets.
class RecordingSink : public SampleSink {
 public:
  void OnFilterMatch(size_t i) override { calls.emplace_back('m', i, 0.0); }
  void OnSample(const MetricSample& s) override { calls.emplace_back('s', s.filter_index, s.value); }
  void OnDrop(size_t i, DropReason) override { calls.emplace_back('d', i, 0.0); }
  std::vector<std::tuple<char, size_t, double>> calls;
};

FilterSpec Spec(std::string pattern, std::string value = "1",
                std::optional<double> default_value = std::nullopt) {
  FilterSpec spec;
  spec.name = "f";
  spec.log_group = "g";
  spec.pattern = std::move(pattern);
  spec.transformation.metric_name = "m";
  spec.transformation.metric_namespace = "n";
  spec.transformation.metric_value = std::move(value);
  spec.transformation.default_value = default_value;
  return spec;
}

TEST(FilterSetFastPathTest, SameCallsAsEveryPatternOnItsOwn) {
  std::vector<FilterSpec> specs = {
      Spec("ERROR"),
      Spec("?WARN ?warn", "1", 0.0),             // default value: emitted on misses too
      Spec("-DEBUG"),                            // only an excluded term: matches hit-less lines
      Spec("%lo+ss:nan%"),
      Spec("{ $.loss > 1 }", "$.loss"),          // JSON: runs on every line
      Spec("ERROR -INFO", "2", 5.0),
      Spec(""),                                  // match-all
  };
  auto set = FilterSet::Compile(specs);
  ASSERT_TRUE(set.has_value()) << set.error().message;
  const std::vector<std::string> pieces = {"ERROR", "WARN", "warn", "DEBUG", "INFO", "loss:nan",
                                           "{\"loss\": 2}", "{\"loss\": 0}", "x", " ", "\n"};
  std::mt19937 rng(5);
  EventContext ctx, reference_ctx;
  for (int round = 0; round < 200; ++round) {
    const std::string buffer = RandomBuffer(rng, pieces, 1 + rng() % 60);
    for (const bool hinted : {false, true}) {
      if (hinted) ctx.prefilter_scratch().SetBlock(buffer);
      for (const std::string_view record : SplitRecords(buffer)) {
        RecordingSink got;
        set->Process(record, ctx, got);
        RecordingSink want;
        for (size_t i = 0; i < set->size(); ++i) {
          reference_ctx.Reset(record);
          const auto& t = set->spec(i).transformation;
          if (set->pattern(i).Matches(reference_ctx)) {
            want.calls.emplace_back('m', i, 0.0);
            const double value = t.metric_value == "$.loss"
                                     ? reference_ctx.Json()->at_key("loss").get_double().value()
                                     : std::stod(t.metric_value);
            want.calls.emplace_back('s', i, value);
          } else if (t.default_value) {
            want.calls.emplace_back('s', i, *t.default_value);
          }
        }
        ASSERT_EQ(want.calls, got.calls) << "record '" << record << "' hinted " << hinted;
      }
      ctx.prefilter_scratch().ClearBlock();
    }
  }
}

}  // namespace
}  // namespace tailwatch::engine
