// The S3 sink's compression on real training logs: how fast one batch of
// raw lines becomes a gzip object, per zlib level (the sink's catch-up
// throughput is bounded by this on one core), and the ratio it reaches.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "daemon/sink/gzip_encode.h"

namespace {

namespace fs = std::filesystem;

// 8 MiB (the default max_batch_bytes) of the training-run corpus, in path
// order, repeated if the corpus is smaller.
const std::string& Batch() {
  static const std::string batch = [] {
    std::string corpus;
    std::vector<fs::path> roots = {
        fs::path(TAILWATCH_SOURCE_DIR) / "shared/corpora/training-runs",
        fs::path(TAILWATCH_SOURCE_DIR) / "../shared/corpora/training-runs"};
    if (const char* env = std::getenv("TAILWATCH_CORPORA")) roots.insert(roots.begin(), env);
    for (const fs::path& root : roots) {
      if (!fs::is_directory(root)) continue;
      std::vector<fs::path> files;
      for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const std::string ext = entry.path().extension().string();
        if (entry.is_regular_file() && (ext == ".txt" || ext == ".log" || ext == ".out")) {
          files.push_back(entry.path());
        }
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        corpus += text.str();
      }
      break;
    }
    if (corpus.empty()) return std::string();
    std::string out;
    while (out.size() < (8u << 20)) out += corpus;
    out.resize(8u << 20);
    return out;
  }();
  return batch;
}

void BM_GzipBatch(benchmark::State& state) {
  const std::string& batch = Batch();
  if (batch.empty()) {
    state.SkipWithError("no corpus (set TAILWATCH_CORPORA)");
    return;
  }
  std::string out;
  for (auto _ : state) {
    if (!tailwatch::sink::GzipCompress(batch, static_cast<int>(state.range(0)), &out)) {
      state.SkipWithError("gzip failed");
      return;
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * batch.size()));
  state.counters["ratio"] = double(batch.size()) / double(out.size());
}
BENCHMARK(BM_GzipBatch)->ArgName("level")->Arg(1)->Arg(6)->Arg(9)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
