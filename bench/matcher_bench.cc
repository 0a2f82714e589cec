// Throughput of the filter engine (tailwatch::engine::FilterSet::Process) on
// one core: 1, 20 and 100 metric filters over (a) the real training-run logs
// in shared/corpora/training-runs/ and (b) tailwatch-loggen's `--mix bench`
// stream with failures injected. Reports bytes/s and lines (items)/s.
//
// The filter mix is what a user of the AI pattern pack would run: literal
// terms for failure wordings, `?ERROR ?Error ?error` (CloudWatch has no
// case-insensitive match), two `%regex%` filters (the per-log-group quota is
// 5), a JSON condition and a JSON value extraction. The 100-filter set is the
// same mix with more, varied literals.
//
// Also measures the generator itself (BM_Generate), which must stay well
// above 300 MB/s so that it never limits load tests.
//
// The corpus is looked up in $TAILWATCH_CORPORA, then
// <source>/shared/corpora/training-runs, then <source>/../shared/corpora/...;
// the corpus benchmarks are skipped when none exists.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "engine/match/event_context.h"
#include "engine/match/filter_set.h"
#include "engine/match/filter_spec.h"

// The generator is standard-library-only; compiling it into this program
// avoids a library (and a CMake change) just for the benchmark. Its .cc keeps
// helper types in an anonymous namespace, which GCC flags once the file is
// included rather than compiled on its own.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsubobject-linkage"
#include "tools/loggen/training_log.cc"  // NOLINT(bugprone-suspicious-include)
#pragma GCC diagnostic pop

namespace tailwatch::bench {
namespace {

using engine::FilterSpec;

FilterSpec Filter(std::string name, std::string pattern, std::string value = "1") {
  FilterSpec spec;
  spec.name = std::move(name);
  spec.log_group = "training";
  spec.pattern = std::move(pattern);
  spec.transformation.metric_name = spec.name;
  spec.transformation.metric_namespace = "AIWorkloadLogs";
  spec.transformation.metric_value = std::move(value);
  spec.transformation.unit = "Count";
  return spec;
}

// The 20-filter mix (the first one alone is the 1-filter case: the seed
// example's `Error Exception`).
std::vector<FilterSpec> BaseMix() {
  return {
      Filter("anomaly", "Error Exception"),
      Filter("cuda_oom", "\"CUDA out of memory\""),
      Filter("cuda_oom_error", "\"CUDA error: out of memory\""),
      Filter("nccl_timeout", "\"Watchdog caught collective operation timeout\""),
      Filter("nccl_warn", "\"NCCL WARN\""),
      Filter("nccl_error", "\"NCCL error in:\""),
      Filter("xid", "\"NVRM: Xid\""),
      Filter("ecc", "\"uncorrectable ECC error\""),
      Filter("slurm_cancelled", "slurmstepd CANCELLED"),
      Filter("any_error", "?ERROR ?Error ?error"),
      Filter("any_warning", "?WARN ?WARNING ?Warning ?warning"),
      Filter("traceback", "\"Traceback (most recent call last)\""),
      Filter("dist_backend", "torch.distributed.DistBackendError"),
      Filter("segfault", "?\"Segmentation fault\" ?SIGSEGV ?\"Bus error\""),
      Filter("nccl_not_info", "NCCL -INFO"),
      Filter("nan_loss_regex", "%train_loss:nan |lm loss: nan%"),
      Filter("watchdog_ms_regex", "%ran for \\d+ milliseconds%"),
      Filter("json_error", "{ $.level = \"error\" }"),
      Filter("json_loss", "{ $.loss = * }", "$.loss"),
      Filter("oom_killed", "?OOMKilled ?\"Out of memory: Killed process\""),
  };
}

// 100 filters: the base mix plus 80 more term/JSON filters with varied
// literals (no more regexes: the quota is 5 per log group).
std::vector<FilterSpec> LargeMix() {
  std::vector<FilterSpec> specs = BaseMix();
  static constexpr std::string_view kWordings[] = {
      "\"CUDA error: an illegal memory access was encountered\"",
      "\"device-side assert triggered\"",
      "CUBLAS_STATUS_EXECUTION_FAILED",
      "CUBLAS_STATUS_NOT_INITIALIZED",
      "\"cuDNN error\"",
      "CUDNN_STATUS_INTERNAL_ERROR",
      "ncclInternalError",
      "ncclSystemError",
      "ncclRemoteError",
      "\"unhandled cuda error\"",
      "\"Gradient overflow\"",
      "\"Skipping step\"",
      "\"loss scale\" \"reducing\"",
      "\"DataLoader worker\" killed",
      "\"No space left on device\"",
      "\"Connection reset by peer\"",
      "\"Connection refused\"",
      "\"Broken pipe\"",
      "ChildFailedError",
      "\"exitcode: 1\"",
      "\"exitcode: -9\"",
      "\"Signal 9\"",
      "\"Signal 15\"",
      "\"GPU has fallen off the bus\"",
      "\"double bit error\"",
      "\"NVLink: fatal error\"",
      "\"Xid (PCI\" 79",
      "\"Xid (PCI\" 48",
      "\"Xid (PCI\" 74",
      "\"Xid (PCI\" 63",
      "\"Xid (PCI\" 94",
      "\"Xid (PCI\" 13",
      "\"ECC error\"",
      "\"page retirement\"",
      "\"row remapping\"",
      "\"thermal slowdown\"",
      "\"power brake\"",
      "\"PCIe link\" degraded",
      "\"timed out\"",
      "\"timeout\" -INFO",
      "\"heartbeat\" failed",
      "\"rendezvous\" closed",
      "\"RendezvousTimeoutError\"",
      "\"elastic agent\" failed",
      "\"Checkpoint\" failed",
      "\"saving checkpoint\"",
      "\"loading checkpoint\"",
      "\"resuming from\"",
      "\"OSError\"",
      "\"ValueError\"",
      "\"KeyError\"",
      "\"AssertionError\"",
      "\"ZeroDivisionError\"",
      "\"MemoryError\"",
      "\"Killed\"",
      "\"core dumped\"",
      "\"Aborted\"",
      "\"terminate called\"",
      "\"std::bad_alloc\"",
      "\"RuntimeError: NCCL\"",
      "\"NCCL WARN\" \"NET/IB\"",
      "\"NCCL WARN\" ibv_",
      "\"vendor err\"",
      "\"Got completion\" error",
      "\"CANCELLED AT\"",
      "\"DUE TO TIME LIMIT\"",
      "\"DUE TO PREEMPTION\"",
      "\"NODE_FAIL\"",
      "\"srun: error\"",
      "\"slurmstepd: error\"",
  };
  int i = 0;
  for (std::string_view w : kWordings) {
    specs.push_back(Filter("wording_" + std::to_string(i++), std::string(w)));
  }
  // Ten JSON conditions, as per-rank or per-level alarms would be.
  for (int rank = 0; specs.size() < 95; ++rank) {
    specs.push_back(Filter("json_rank_" + std::to_string(rank),
                           "{ $.rank = " + std::to_string(rank) + " && $.loss > 4 }"));
  }
  specs.push_back(Filter("json_warning", "{ $.level = \"warning\" }"));
  specs.push_back(Filter("json_nan", "{ $.loss IS NULL }"));
  specs.push_back(Filter("json_tokens", "{ $.tokens_per_s < 1000 }"));
  specs.push_back(Filter("json_grad", "{ $.grad_norm > 3 }", "$.grad_norm"));
  specs.push_back(Filter("mllog_stop", "\":::MLLOG\" run_stop"));
  return specs;
}

std::vector<FilterSpec> Mix(int filters) {
  std::vector<FilterSpec> specs = filters <= 20 ? BaseMix() : LargeMix();
  if (specs.size() > static_cast<size_t>(filters)) specs.resize(static_cast<size_t>(filters));
  return specs;
}

// Lines to feed the engine: one big buffer and views into it.
struct Lines {
  std::string text;
  std::vector<std::string_view> lines;
  size_t bytes = 0;
  std::string origin;

  void Index() {
    std::string_view rest = text;
    while (!rest.empty()) {
      const size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      lines.push_back(line);
      bytes += line.size();
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
  }
};

std::filesystem::path FindCorpus() {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("TAILWATCH_CORPORA")) candidates.emplace_back(env);
  candidates.emplace_back(fs::path(TAILWATCH_SOURCE_DIR) / "shared/corpora/training-runs");
  candidates.emplace_back(fs::path(TAILWATCH_SOURCE_DIR) / "../shared/corpora/training-runs");
  for (const fs::path& p : candidates) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) return p;
  }
  return {};
}

const Lines& CorpusLines() {
  static const Lines* lines = [] {
    auto* l = new Lines;
    const std::filesystem::path root = FindCorpus();
    if (root.empty()) return l;
    l->origin = root.string();
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root, ec)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".txt" || ext == ".log" || ext == ".out")) {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());  // a stable order across machines
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      l->text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      if (!l->text.empty() && l->text.back() != '\n') l->text.push_back('\n');
    }
    l->Index();
    return l;
  }();
  return *lines;
}

const Lines& GeneratorLines() {
  static const Lines* lines = [] {
    auto* l = new Lines;
    loggen::GeneratorOptions options;
    options.seed = 1;
    options.mix = loggen::Mix::kBench;
    options.failure_rates.fill(loggen::kDefaultFailureRate);
    loggen::TrainingLogGenerator generator(options);
    constexpr size_t kLines = 200000;
    l->text.resize(kLines * 200 + loggen::TrainingLogGenerator::kMaxLineBytes);
    size_t size = 0;
    for (size_t i = 0; i < kLines; ++i) {
      if (l->text.size() - size < loggen::TrainingLogGenerator::kMaxLineBytes) {
        l->text.resize(l->text.size() * 2);
      }
      size += generator.NextLine(l->text.data() + size);
    }
    l->text.resize(size);
    l->origin = "tailwatch-loggen --mix bench --failures some --seed 1";
    l->Index();
    return l;
  }();
  return *lines;
}

class CountingSink : public engine::SampleSink {
 public:
  void OnFilterMatch(size_t) override { ++matches; }
  void OnSample(const engine::MetricSample& sample) override {
    ++samples;
    sum += sample.value;
  }
  void OnDrop(size_t, engine::DropReason) override { ++drops; }
  uint64_t matches = 0, samples = 0, drops = 0;
  double sum = 0;
};

void BM_Match(benchmark::State& state, const Lines& (*source)(), int filters) {
  const Lines& input = source();
  if (input.lines.empty()) {
    state.SkipWithError("corpus not found (set TAILWATCH_CORPORA)");
    return;
  }
  std::vector<FilterSpec> specs = Mix(filters);
  if (specs.size() != static_cast<size_t>(filters)) {
    state.SkipWithError("filter mix has the wrong size");
    return;
  }
  auto set = engine::FilterSet::Compile(std::move(specs));
  if (!set) {
    state.SkipWithError(("FilterSet::Compile: " + set.error().message).c_str());
    return;
  }
  engine::EventContext ctx;
  CountingSink sink;
  size_t i = 0;
  int64_t bytes = 0;
  const size_t n = input.lines.size();
  for (auto _ : state) {
    const std::string_view line = input.lines[i];
    set->Process(line, ctx, sink);
    bytes += static_cast<int64_t>(line.size());
    if (++i == n) i = 0;
  }
  benchmark::DoNotOptimize(sink.sum);
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
  state.counters["matches_per_line"] = benchmark::Counter(static_cast<double>(sink.matches) /
                                                          static_cast<double>(state.iterations()));
  state.SetLabel(set->uses_hyperscan() ? "hyperscan" : "re2-set");
}

// The same through the whole-buffer path (FilterSet::ProcessBuffer, what
// replay and the tailer use): the text in 256 KiB buffers cut after a '\n'.
void BM_MatchBuffer(benchmark::State& state, const Lines& (*source)(), int filters) {
  const Lines& input = source();
  if (input.lines.empty()) {
    state.SkipWithError("corpus not found (set TAILWATCH_CORPORA)");
    return;
  }
  auto set = engine::FilterSet::Compile(Mix(filters));
  if (!set) {
    state.SkipWithError(("FilterSet::Compile: " + set.error().message).c_str());
    return;
  }
  std::vector<std::string_view> buffers;
  for (std::string_view rest = input.text; !rest.empty();) {
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
  state.SetLabel(set->scans_whole_buffers() ? "whole-buffer" : "per-record");
}

void BM_Generate(benchmark::State& state) {
  loggen::GeneratorOptions options;
  options.mix = state.range(0) == 0 ? loggen::Mix::kDefault : loggen::Mix::kBench;
  options.failure_rates.fill(loggen::kDefaultFailureRate);
  loggen::TrainingLogGenerator generator(options);
  std::vector<char> buffer(1 << 20);
  size_t used = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    if (buffer.size() - used < loggen::TrainingLogGenerator::kMaxLineBytes) used = 0;
    const size_t n = generator.NextLine(buffer.data() + used);
    used += n;
    bytes += static_cast<int64_t>(n);
  }
  benchmark::DoNotOptimize(buffer.data());
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Generate)->Arg(0)->Arg(1)->ArgName("bench_mix");

void RegisterMatchers() {
  for (int filters : {1, 20, 100}) {
    benchmark::RegisterBenchmark(("BM_Match/corpus/filters:" + std::to_string(filters)).c_str(),
                                 BM_Match, &CorpusLines, filters);
    benchmark::RegisterBenchmark(("BM_Match/generator/filters:" + std::to_string(filters)).c_str(),
                                 BM_Match, &GeneratorLines, filters);
    benchmark::RegisterBenchmark(
        ("BM_MatchBuffer/corpus/filters:" + std::to_string(filters)).c_str(), BM_MatchBuffer,
        &CorpusLines, filters);
    benchmark::RegisterBenchmark(
        ("BM_MatchBuffer/generator/filters:" + std::to_string(filters)).c_str(), BM_MatchBuffer,
        &GeneratorLines, filters);
  }
}

}  // namespace
}  // namespace tailwatch::bench

int main(int argc, char** argv) {
  tailwatch::bench::RegisterMatchers();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  const auto& corpus = tailwatch::bench::CorpusLines();
  const auto& gen = tailwatch::bench::GeneratorLines();
  std::fprintf(stderr,
               "corpus: %zu lines, %zu bytes from %s\ngenerator: %zu lines, %zu bytes (%s)\n",
               corpus.lines.size(), corpus.bytes,
               corpus.origin.empty() ? "(not found)" : corpus.origin.c_str(), gen.lines.size(),
               gen.bytes, gen.origin.c_str());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
