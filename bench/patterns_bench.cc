// Throughput of the log-pattern miner (engine/patterns/pattern_miner.h) on
// one core: PatternMiner::Observe over the raw lines of the 16 Loghub-2k
// samples (32,000 real lines of 16 systems), concatenated and replayed in a
// loop, so the miner holds the patterns of all 16 logs at once. Reports
// lines (items)/s and bytes/s from CPU time. `bench/patterns_speed.sh`
// measures the whole `tailwatch patterns` command on a large file.
//
// The corpus is looked up in $TAILWATCH_LOGHUB, then
// <source>/../shared/corpora/loghub; the benchmark is skipped without it.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "engine/patterns/pattern_miner.h"

namespace {

namespace fs = std::filesystem;
using tailwatch::engine::patterns::PatternMiner;

fs::path LoghubDir() {
  if (const char* env = std::getenv("TAILWATCH_LOGHUB")) return env;
  return fs::path(TAILWATCH_SOURCE_DIR) / ".." / "shared" / "corpora" / "loghub";
}

std::vector<std::string> LoadLines() {
  std::vector<std::string> lines;
  std::error_code ec;
  if (!fs::is_directory(LoghubDir(), ec)) return lines;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(LoghubDir(), ec)) {
    if (entry.path().filename().string().ends_with("_2k.log")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) lines.push_back(std::move(line));
    }
  }
  return lines;
}

void BM_Observe(benchmark::State& state) {
  static const std::vector<std::string> lines = LoadLines();
  if (lines.empty()) {
    state.SkipWithError("no Loghub corpus (set TAILWATCH_LOGHUB)");
    return;
  }
  PatternMiner miner;
  for (const std::string& line : lines) miner.Observe(line, 0);  // learn once
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& line = lines[i];
    benchmark::DoNotOptimize(miner.Observe(line, 0));
    bytes += static_cast<int64_t>(line.size());
    if (++i == lines.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
  state.counters["patterns"] = static_cast<double>(miner.live_count());
}
BENCHMARK(BM_Observe);

// Learning from scratch: a fresh miner per pass over the corpus.
void BM_Learn(benchmark::State& state) {
  static const std::vector<std::string> lines = LoadLines();
  if (lines.empty()) {
    state.SkipWithError("no Loghub corpus (set TAILWATCH_LOGHUB)");
    return;
  }
  for (auto _ : state) {
    PatternMiner miner;
    for (const std::string& line : lines) miner.Observe(line, 0);
    benchmark::DoNotOptimize(miner.live_count());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(lines.size()));
}
BENCHMARK(BM_Learn)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
