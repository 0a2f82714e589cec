// Cost of the AI-training pack (config/packs/ai-training.yaml, loaded through
// the config loader as `tailwatch replay --config` does) on one core: the
// whole-buffer path replay and the tailer take (BM_PackReplay) and the
// per-record path of pushed events (BM_PackRecord), over the real training
// logs of shared/corpora/training-runs/. Reports bytes/s, records/s, the
// pack's filter count and samples per record.
//
// $TAILWATCH_PACK replaces the pack (e.g. an older revision, to compare);
// the corpus is looked up in $TAILWATCH_CORPORA, then
// <source>/../shared/corpora/training-runs.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_set.h"

namespace tailwatch::bench {
namespace {

std::string PackPath() {
  if (const char* env = std::getenv("TAILWATCH_PACK")) return env;
  return std::string(TAILWATCH_SOURCE_DIR) + "/config/packs/ai-training.yaml";
}

std::filesystem::path FindCorpus() {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("TAILWATCH_CORPORA")) candidates.emplace_back(env);
  candidates.emplace_back(fs::path(TAILWATCH_SOURCE_DIR) / "../shared/corpora/training-runs");
  for (const fs::path& p : candidates) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) return p;
  }
  return {};
}

// Every corpus log concatenated in path order.
const std::string& CorpusText() {
  static const std::string* text = [] {
    auto* t = new std::string;
    const std::filesystem::path root = FindCorpus();
    if (root.empty()) return t;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root, ec)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".txt" || ext == ".log" || ext == ".out")) {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      t->append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      if (!t->empty() && t->back() != '\n') t->push_back('\n');
    }
    return t;
  }();
  return *text;
}

std::optional<engine::FilterSet> CompilePack(benchmark::State& state) {
  config::LoadResult loaded = config::LoadConfigFile(PackPath());
  if (!loaded.ok()) {
    state.SkipWithError(("pack: " + loaded.FormatDiagnostics()).c_str());
    return std::nullopt;
  }
  auto set = engine::FilterSet::Compile(loaded.config->metric_filters);
  if (!set) {
    state.SkipWithError(("FilterSet::Compile: " + set.error().message).c_str());
    return std::nullopt;
  }
  state.counters["filters"] = static_cast<double>(loaded.config->metric_filters.size());
  return std::move(*set);
}

class CountingSink : public engine::SampleSink {
 public:
  void OnFilterMatch(size_t) override {}
  void OnSample(const engine::MetricSample& sample) override {
    ++samples;
    sum += sample.value;
  }
  void OnDrop(size_t, engine::DropReason) override {}
  uint64_t samples = 0;
  double sum = 0;
};

void BM_PackReplay(benchmark::State& state) {
  const std::string& text = CorpusText();
  if (text.empty()) {
    state.SkipWithError("corpus not found (set TAILWATCH_CORPORA)");
    return;
  }
  std::optional<engine::FilterSet> set = CompilePack(state);
  if (!set) return;
  std::vector<std::string_view> buffers;
  for (std::string_view rest = text; !rest.empty();) {
    size_t cut = std::min<size_t>(rest.size(), 256 * 1024);
    if (cut < rest.size()) cut = rest.rfind('\n', cut - 1) + 1;
    if (cut == 0) cut = rest.size();
    buffers.push_back(rest.substr(0, cut));
    rest.remove_prefix(cut);
  }
  engine::EventContext ctx;
  CountingSink sink;
  size_t i = 0;
  int64_t bytes = 0, records = 0;
  for (auto _ : state) {
    records += static_cast<int64_t>(set->ProcessBuffer(buffers[i], ctx, sink));
    bytes += static_cast<int64_t>(buffers[i].size());
    if (++i == buffers.size()) i = 0;
  }
  benchmark::DoNotOptimize(sink.sum);
  state.SetItemsProcessed(records);
  state.SetBytesProcessed(bytes);
  state.counters["samples_per_record"] =
      static_cast<double>(sink.samples) / static_cast<double>(std::max<int64_t>(records, 1));
}
BENCHMARK(BM_PackReplay)->Unit(benchmark::kMillisecond);

void BM_PackRecord(benchmark::State& state) {
  const std::string& text = CorpusText();
  if (text.empty()) {
    state.SkipWithError("corpus not found (set TAILWATCH_CORPORA)");
    return;
  }
  std::optional<engine::FilterSet> set = CompilePack(state);
  if (!set) return;
  std::vector<std::string_view> records;
  for (std::string_view rest = text; !rest.empty();) {
    const size_t end = rest.find_first_of("\r\n");
    if (end != 0) records.push_back(rest.substr(0, end));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  engine::EventContext ctx;
  CountingSink sink;
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    set->Process(records[i], ctx, sink);
    bytes += static_cast<int64_t>(records[i].size());
    if (++i == records.size()) i = 0;
  }
  benchmark::DoNotOptimize(sink.sum);
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_PackRecord);

}  // namespace
}  // namespace tailwatch::bench

BENCHMARK_MAIN();
