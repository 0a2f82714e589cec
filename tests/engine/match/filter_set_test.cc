// FilterSet: emission per spec section 2, error prefixes, quotas, and the
// central promise that the shared prefilter never changes results.
#include "engine/match/filter_set.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tests/engine/match/filter_test_util.h"

// Counts heap allocations made by this thread while `counting` is set: the
// "no allocation once warm" promise of Process() is checked, not assumed.
namespace {
thread_local bool counting = false;
thread_local size_t allocations = 0;
}  // namespace

// The replacement pair below is malloc/free based by design.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(size_t size) {
  if (counting) ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
// Every other allocation form too, so that no pointer from the sanitizer's
// own operator new (e.g. the nothrow form std::stable_sort uses) reaches
// this free().
void* operator new(size_t size, const std::nothrow_t&) noexcept {
  if (counting) ++allocations;
  return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](size_t size) {
  if (counting) ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](size_t size, const std::nothrow_t&) noexcept {
  if (counting) ++allocations;
  return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace tailwatch::engine {
namespace {

// What one event produced, in call order, as text: easy to compare and print.
class RecordingSink : public SampleSink {
 public:
  void OnFilterMatch(size_t filter_index) override { out << "match " << filter_index << ";"; }
  void OnSample(const MetricSample& sample) override {
    out << "sample " << sample.filter_index << "=" << sample.value;
    for (std::string_view d : sample.dimension_values) out << " [" << d << "]";
    out << ";";
  }
  void OnDrop(size_t filter_index, DropReason reason) override {
    out << "drop " << filter_index << (reason == DropReason::kValue ? " value" : " dimension")
        << ";";
  }
  std::string Take() {
    std::string s = out.str();
    out.str("");
    return s;
  }
  std::ostringstream out;
};

// Counts only; allocation-free, for the warm-path check.
class CountingSink : public SampleSink {
 public:
  void OnFilterMatch(size_t) override { ++matches; }
  void OnSample(const MetricSample&) override { ++samples; }
  void OnDrop(size_t, DropReason) override { ++drops; }
  size_t matches = 0, samples = 0, drops = 0;
};

using test_support::MakeFilterSpec;

// The reference: every filter evaluated alone, without the prefilter.
std::string Reference(const std::vector<FilterSpec>& specs, std::string_view message) {
  RecordingSink sink;
  EventContext ctx;
  for (size_t i = 0; i < specs.size(); ++i) {
    auto pattern = FilterPattern::Compile(specs[i].pattern);
    auto transformation = CompiledTransformation::Compile(*pattern, specs[i].transformation);
    ctx.Reset(message);
    if (pattern->Matches(ctx)) {
      sink.OnFilterMatch(i);
      double value = 0;
      std::span<const std::string_view> dimensions;
      if (auto drop = transformation->Resolve(ctx, &value, &dimensions)) {
        sink.OnDrop(i, *drop);
      } else {
        sink.OnSample({i, value, dimensions});
      }
    } else if (transformation->default_value()) {
      sink.OnSample({i, *transformation->default_value(), {}});
    }
  }
  return sink.Take();
}

struct EmitCase {
  std::string name;
  std::vector<FilterSpec> specs;
  std::vector<std::string> events;
  std::vector<std::string> expected;  // per event
};

class FilterSetEmitTest : public testing::TestWithParam<EmitCase> {};

TEST_P(FilterSetEmitTest, Emits) {
  const EmitCase& c = GetParam();
  auto set = FilterSet::Compile(c.specs);
  ASSERT_TRUE(set.has_value()) << set.error().ToString();
  EventContext ctx;
  RecordingSink sink;
  ASSERT_EQ(c.expected.size(), c.events.size());
  for (size_t i = 0; i < c.events.size(); ++i) {
    set->Process(c.events[i], ctx, sink);
    EXPECT_EQ(c.expected[i], sink.Take()) << "event " << i << ": " << c.events[i];
  }
}

INSTANTIATE_TEST_SUITE_P(
    Spec, FilterSetEmitTest,
    testing::Values(
        // Seed example: one sample per matching event, not per occurrence.
        EmitCase{"OnePerEvent",
                 {MakeFilterSpec("anomaly", "Error Exception")},
                 {"Error Exception Error Exception", "all good"},
                 {"match 0;sample 0=1;", ""}},
        // 2020 guide: the default value is used for every non-matching event.
        EmitCase{"DefaultOnNonMatch",
                 {MakeFilterSpec("f", "ERROR", "1", 0.0)},
                 {"INFO a", "INFO b", "ERROR c"},
                 {"sample 0=0;", "sample 0=0;", "match 0;sample 0=1;"}},
        // Recorded: "11.5" publishes 11.5, "banana" and missing nothing, not the default.
        EmitCase{"ValueDropsNotDefault",
                 {MakeFilterSpec("v", "{ $.op = \"x\" }", "$.v", 0.0)},
                 {"{\"op\":\"x\",\"v\":\"11.5\"}", "{\"op\":\"x\",\"v\":\"banana\"}",
                  "{\"op\":\"x\"}", "{\"op\":\"y\",\"v\":3}", "not json"},
                 {"match 0;sample 0=11.5;", "match 0;drop 0 value;", "match 0;drop 0 value;",
                  "sample 0=0;", "sample 0=0;"}},
        EmitCase{
            "DimensionDrop",
            {MakeFilterSpec("d", "{ $.loss > 5 }", "$.loss", std::nullopt, {{"Rank", "$.rank"}})},
            {"{\"loss\":6,\"rank\":3}", "{\"loss\":6}"},
            {"match 0;sample 0=6 [3];", "match 0;drop 0 dimension;"}},
        EmitCase{"ManyFiltersInOrder",
                 {MakeFilterSpec("a", "ERROR"), MakeFilterSpec("b", "%ERR[0-9]+%", "2"),
                  MakeFilterSpec("c", "-ERROR", "3"), MakeFilterSpec("d", "[level, ...]", "$3"),
                  MakeFilterSpec("e", "", "5")},
                 {"ERROR ERR42 7", "INFO x 9", "INFO"},
                 {"match 0;sample 0=1;match 1;sample 1=2;match 3;sample 3=7;match 4;sample 4=5;",
                  "match 2;sample 2=3;match 3;sample 3=9;match 4;sample 4=5;",
                  "match 2;sample 2=3;match 3;drop 3 value;match 4;sample 4=5;"}},
        // Corpus trap: a NaN-loss filter must not count `step_avg:nanms`.
        EmitCase{"NanLossTrap",
                 {MakeFilterSpec("nan_loss", "\"loss:nan\""), MakeFilterSpec("naive", "nan")},
                 {"step:1/6000 train_loss:11.0091 train_time:24179ms step_avg:nanms",
                  "step:9/6000 train_loss:nan train_time:24179ms step_avg:410.2ms"},
                 {"match 1;sample 1=1;", "match 0;sample 0=1;match 1;sample 1=1;"}},
        // MLPerf lines carry a text prefix: not a JSON object, so no JSON match.
        EmitCase{"MllogPrefix",
                 {MakeFilterSpec("acc", "{ $.key = \"eval_accuracy\" }", "$.value")},
                 {":::MLLOG {\"key\": \"eval_accuracy\", \"value\": 0.37}",
                  "{\"key\": \"eval_accuracy\", \"value\": 0.37}"},
                 {"", "match 0;sample 0=0.37;"}}),
    [](const testing::TestParamInfo<EmitCase>& param_info) { return param_info.param.name; });

TEST(FilterSetTest, ErrorsNameTheFilter) {
  auto set = FilterSet::Compile({MakeFilterSpec("ok", "ERROR"), MakeFilterSpec("bad", "ERR*")});
  ASSERT_FALSE(set.has_value());
  EXPECT_EQ(0u, set.error().message.rfind("metric_filters[1] (bad): ", 0)) << set.error().message;
  EXPECT_EQ(4, set.error().column);
  auto value = FilterSet::Compile({MakeFilterSpec("v", "ERROR", "$.x")});
  ASSERT_FALSE(value.has_value());
  EXPECT_EQ(0u,
            value.error().message.rfind("metric_filters[0] (v): metric_transformation.value: ", 0))
      << value.error().message;
}

TEST(FilterSetTest, Quotas) {
  std::vector<FilterSpec> regexes;
  for (int i = 0; i < 5; ++i) regexes.push_back(MakeFilterSpec("r" + std::to_string(i), "%a%"));
  EXPECT_TRUE(FilterSet::Compile(regexes).has_value());
  regexes.push_back(MakeFilterSpec("r5", "{ $.a = %x% }"));
  auto too_many_regexes = FilterSet::Compile(regexes);
  ASSERT_FALSE(too_many_regexes.has_value());
  EXPECT_EQ(0u, too_many_regexes.error().message.rfind("metric_filters[5] (r5): ", 0));

  std::vector<FilterSpec> filters;
  for (int i = 0; i < 100; ++i) filters.push_back(MakeFilterSpec("f" + std::to_string(i), "x"));
  EXPECT_TRUE(FilterSet::Compile(filters).has_value());
  filters.push_back(MakeFilterSpec("f100", "x"));
  EXPECT_FALSE(FilterSet::Compile(filters).has_value());
}

// A mix of every kind, with literals that overlap, repeat and contain bytes
// that are special to regex engines.
std::vector<FilterSpec> MixedSpecs() {
  return {
      MakeFilterSpec("error", "ERROR"),
      MakeFilterSpec("error_exception", "Error Exception"),
      MakeFilterSpec("any", "?fatal ?FATAL ?panic"),
      MakeFilterSpec("not_info", "-INFO -DEBUG"),
      MakeFilterSpec("mixed_q", "?ERROR ?WARN RAS"),
      MakeFilterSpec("phrase", "\"lm loss:\""),
      MakeFilterSpec("special", "\"a.b*c\" [x]"),
      MakeFilterSpec("nan_loss", "\"loss:nan\""),
      MakeFilterSpec("regex_iter", "%iteration +[0-9]+/%"),
      MakeFilterSpec("regex_anchor", "%^- [0-9]+ %"),
      MakeFilterSpec("regex_alt", "%KERNEL|APP FATAL%"),
      MakeFilterSpec("json", "{ $.key = \"eval_accuracy\" }", "$.value", 0.0),
      MakeFilterSpec("space", "[type, ts, date, node, time, node2, ras, comp, level=FATAL, ...]",
                     "1", std::nullopt, {{"Node", "$node"}}),
      MakeFilterSpec("all", ""),
      MakeFilterSpec("error_dup", "ERROR", "2", 1.0),
      MakeFilterSpec("nul", "\"a\\\\b\""),
  };
}

std::string RandomLine(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {"ERROR",
                                                   "Error",
                                                   "Exception",
                                                   "fatal",
                                                   "FATAL",
                                                   "panic",
                                                   "INFO",
                                                   "DEBUG",
                                                   "WARN",
                                                   "RAS",
                                                   "lm loss:",
                                                   "loss:nan",
                                                   "step_avg:nanms",
                                                   "a.b*c",
                                                   "[x]",
                                                   "iteration   12/",
                                                   "- 123 ",
                                                   "KERNEL",
                                                   "APP FATAL",
                                                   "a\\b",
                                                   " ",
                                                   "\t",
                                                   "{\"key\":\"eval_accuracy\",\"value\":1}",
                                                   "x",
                                                   "\xff",
                                                   std::string("\0", 1),
                                                   "ERR",
                                                   "OR",
                                                   "E"};
  std::uniform_int_distribution<size_t> count(0, 8), pick(0, kPieces.size() - 1);
  std::string line;
  const size_t n = count(rng);
  for (size_t i = 0; i < n; ++i) line += kPieces[pick(rng)];
  return line;
}

TEST(FilterSetTest, PrefilterNeverChangesResultsOnRandomLines) {
  const std::vector<FilterSpec> specs = MixedSpecs();
  auto set = FilterSet::Compile(specs);
  ASSERT_TRUE(set.has_value()) << set.error().ToString();
  std::mt19937 rng(1234);
  EventContext ctx;
  RecordingSink sink;
  for (int i = 0; i < 3000; ++i) {
    const std::string line = RandomLine(rng);
    set->Process(line, ctx, sink);
    ASSERT_EQ(Reference(specs, line), sink.Take()) << "line: " << line;
  }
}

std::vector<std::string> ReadLines(const std::filesystem::path& path, size_t limit) {
  std::vector<std::string> lines;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (lines.size() < limit && std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

TEST(FilterSetTest, PrefilterNeverChangesResultsOnCorpusLines) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(TAILWATCH_SOURCE_DIR "/tests/testdata/corpus_lines")) {
    files.push_back(entry.path());
  }
  const std::filesystem::path corpora = TAILWATCH_SOURCE_DIR "/../shared/corpora";
  for (const char* rel :
       {"loghub/BGL/BGL_2k.log", "loghub/HPC/HPC_2k.log",
        "training-runs/modded-nanogpt/t1_2024-10-09_SOAP.txt",
        "training-runs/bigscience-jean-zay/gpt2-meg__meg_gpt2_base_n4_dp1_tp4_pp4-1809579.out",
        "training-runs/mlperf-training-v3.1/NVIDIA__eos_n8_ngc23.04_pytorch__bert__result_0.txt"}) {
    if (std::filesystem::exists(corpora / rel)) files.push_back(corpora / rel);
  }
  const std::vector<FilterSpec> specs = MixedSpecs();
  auto set = FilterSet::Compile(specs);
  ASSERT_TRUE(set.has_value());
  EventContext ctx;
  RecordingSink sink;
  size_t lines = 0;
  for (const auto& file : files) {
    for (const std::string& line : ReadLines(file, 3000)) {
      set->Process(line, ctx, sink);
      ASSERT_EQ(Reference(specs, line), sink.Take()) << file << ": " << line;
      ++lines;
    }
  }
  EXPECT_GT(lines, 10u);
}

// A regex is run only where one of the literal atoms RE2 derives from it
// occurs (matched ignoring case: the atoms are lower-cased); a regex with no
// usable atom keeps its own prefilter entry. Neither may change a result:
// an atom found in another case, or found where the regex still fails, is
// only a candidate.
TEST(FilterSetTest, RegexAtomsOnlyMakeCandidates) {
  const std::vector<FilterSpec> specs = {
      MakeFilterSpec("loss", "%Loss: [0-9]+%"),                   // atom "loss: "
      MakeFilterSpec("two_words", "%timeout hit|deadline hit%"),  // atoms per branch
      MakeFilterSpec("millis", "%[0-9]+ms%"),                     // "ms" is too short
      MakeFilterSpec("digits_or_word", "%[0-9]{3}|stall%"),       // a branch without atoms
  };
  auto set = FilterSet::Compile(specs);
  ASSERT_TRUE(set.has_value()) << set.error().ToString();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"step 1 Loss: 3", "match 0;sample 0=1;"},
      {"step 1 LOSS: 3", ""},  // the atom in another case: RE2 decides
      {"step 1 loss: x", ""},  // the atom, but not the regex
      {"step 1 Loss 3", ""},
      {"rpc deadline hit", "match 1;sample 1=1;"},
      {"rpc TIMEOUT HIT", ""},
      {"rpc timeout", ""},
      {"took 12ms", "match 2;sample 2=1;"},
      {"took ms", ""},
      {"code 503", "match 3;sample 3=1;"},
      {"a STALL", ""},
      {"a stall and 12ms", "match 2;sample 2=1;match 3;sample 3=1;"},
  };
  EventContext ctx;
  RecordingSink sink;
  for (const auto& [line, expected] : cases) {
    set->Process(line, ctx, sink);
    const std::string got = sink.Take();
    EXPECT_EQ(expected, got) << line;
    EXPECT_EQ(Reference(specs, line), got) << line;
  }
}

TEST(FilterSetTest, CorpusCounts) {
  const std::filesystem::path dir = TAILWATCH_SOURCE_DIR "/tests/testdata/corpus_lines";
  auto set = FilterSet::Compile({
      MakeFilterSpec("bgl_fatal",
                     "[type, ts, date, node, time, node2, ras, comp, level=FATAL, ...]"),
      MakeFilterSpec("megatron_loss", "%lm loss: [0-9.E+-]+%"),
      MakeFilterSpec("nan_loss", "\"loss:nan\""),
      MakeFilterSpec("naive_nan", "nan"),
      MakeFilterSpec("eval_accuracy", "{ $.key = \"eval_accuracy\" }"),
  });
  ASSERT_TRUE(set.has_value()) << set.error().ToString();
  std::vector<size_t> matches(set->size());
  struct Sink : SampleSink {
    std::vector<size_t>* m;
    void OnFilterMatch(size_t i) override { ++(*m)[i]; }
    void OnSample(const MetricSample&) override {}
    void OnDrop(size_t, DropReason) override {}
  } sink;
  sink.m = &matches;
  EventContext ctx;
  for (const char* file : {"bgl.log", "megatron.log", "nanogpt.log", "mllog.log"}) {
    for (const std::string& line : ReadLines(dir / file, 1000)) set->Process(line, ctx, sink);
  }
  EXPECT_EQ(3u, matches[0]);  // the three FATAL lines of bgl.log
  EXPECT_EQ(5u, matches[1]);  // every Megatron iteration line
  EXPECT_EQ(0u, matches[2]);  // healthy run: no NaN loss...
  // ...although a naive `nan` fires 8 times: step_avg:nanms (3 nanogpt lines)
  // and "number of nan iterations: 0" (every Megatron line).
  EXPECT_EQ(8u, matches[3]);
  EXPECT_EQ(0u, matches[4]);  // :::MLLOG prefix: not a JSON object
}

TEST(FilterSetTest, WarmProcessDoesNotAllocate) {
  auto set = FilterSet::Compile(MixedSpecs());
  ASSERT_TRUE(set.has_value());
#ifdef TAILWATCH_HAVE_HYPERSCAN
  EXPECT_TRUE(set->uses_hyperscan());
#endif
  const std::vector<std::string> lines = {
      "ERROR Error Exception fatal RAS lm loss: 1.2 a.b*c [x] a\\b",
      " iteration        1/    1000 | lm loss: 1.279022E+01 |",
      "- 1117984246 2005.06.05 R30-M1-N3-C:J02-U01 2005-06-05-08.10.46.344235 "
      "R30-M1-N3-C:J02-U01 RAS KERNEL FATAL force load/store alignment",
      "{\"key\":\"eval_accuracy\",\"value\":0.5}", "INFO nothing to see"};
  EventContext ctx;
  CountingSink sink;
  for (const auto& line : lines) set->Process(line, ctx, sink);  // warm up
  counting = true;
  allocations = 0;
  for (int round = 0; round < 10; ++round) {
    for (const auto& line : lines) set->Process(line, ctx, sink);
  }
  counting = false;
  EXPECT_EQ(0u, allocations);
  EXPECT_GT(sink.matches, 0u);
}

TEST(FilterSetTest, SharedAcrossContextsAndReloads) {
  auto first = FilterSet::Compile({MakeFilterSpec("a", "alpha")});
  auto second = FilterSet::Compile({MakeFilterSpec("b", "beta"), MakeFilterSpec("a", "alpha")});
  ASSERT_TRUE(first && second);
  EventContext ctx;  // one context used with two sets (reload swaps the set)
  RecordingSink sink;
  first->Process("alpha beta", ctx, sink);
  EXPECT_EQ("match 0;sample 0=1;", sink.Take());
  second->Process("alpha beta", ctx, sink);
  EXPECT_EQ("match 0;sample 0=1;match 1;sample 1=1;", sink.Take());
  first->Process("beta", ctx, sink);
  EXPECT_EQ("", sink.Take());
}

}  // namespace
}  // namespace tailwatch::engine
