// Cost per record of the JSON root-key scanner against simdjson's DOM parse,
// on the step records of the JSON-heavy corpus: the 200,000 first lines of
// `tailwatch-loggen --mix json-heavy --seed 1` that start with `{"` (per-rank
// step records of ~185 bytes), held in memory. Each benchmark reports ns per
// record (items) and MB/s.
//
// BM_Scan/scalar and BM_Scan/avx512 run JsonRootScanner's two scanners
// (ScanAvx512 hands everything to the scalar one where the CPU lacks AVX-512BW) for
// `grad_norm` and `loss`, the keys of the JSON filters of
// bench/rules/filters20_json.yaml; BM_DomParse parses
// the same records, padded, with simdjson's DOM parser, as EventContext's
// full-parser path does.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/match/json_root_scanner.h"

// The generator is standard-library-only; compiled into this program as
// matcher_bench.cc does.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsubobject-linkage"
#include "tools/loggen/training_log.cc"  // NOLINT(bugprone-suspicious-include)
#pragma GCC diagnostic pop

namespace tailwatch::bench {
namespace {

using engine::JsonRootScanner;
using engine::JsonScalar;

constexpr size_t kRecords = 200000;

struct StepRecords {
  // Each record followed by simdjson's padding, so that the DOM parse reads
  // it in place; `records` views into `text`.
  std::string text;
  std::vector<std::string_view> records;
  size_t bytes = 0;
};

const StepRecords& Records() {
  static const StepRecords* const records = [] {
    auto* r = new StepRecords;
    loggen::GeneratorOptions options;
    options.seed = 1;
    options.mix = loggen::Mix::kJsonHeavy;
    loggen::TrainingLogGenerator generator(options);
    std::vector<std::pair<size_t, size_t>> spans;
    std::string line(loggen::TrainingLogGenerator::kMaxLineBytes, '\0');
    while (spans.size() < kRecords) {
      size_t size = generator.NextLine(line.data());
      // Step records only: HF Trainer's Python dicts also start with '{'.
      if (size < 2 || line[0] != '{' || line[1] != '"') continue;
      --size;  // the '\n'
      spans.emplace_back(r->text.size(), size);
      r->text.append(line.data(), size);
      r->text.append(simdjson::SIMDJSON_PADDING, ' ');
      r->bytes += size;
    }
    for (const auto& [at, size] : spans) r->records.emplace_back(r->text.data() + at, size);
    return r;
  }();
  return *records;
}

template <bool (JsonRootScanner::*kScan)(std::string_view, JsonScalar*) const>
void BM_Scan(benchmark::State& state) {
  const StepRecords& records = Records();
  const JsonRootScanner scanner({"grad_norm", "loss"});
  JsonScalar out[2];
  size_t sure = 0;
  for (auto _ : state) {
    for (const std::string_view record : records.records) {
      sure += (scanner.*kScan)(record, out) ? 1 : 0;
      benchmark::DoNotOptimize(out);
    }
  }
  if (sure != state.iterations() * records.records.size()) state.SkipWithError("unsure record");
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * records.records.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * records.bytes));
}
BENCHMARK_TEMPLATE(BM_Scan, &JsonRootScanner::ScanScalar)->Name("BM_Scan/scalar");
BENCHMARK_TEMPLATE(BM_Scan, &JsonRootScanner::ScanAvx512)->Name("BM_Scan/avx512");

void BM_DomParse(benchmark::State& state) {
  const StepRecords& records = Records();
  simdjson::dom::parser parser;
  double loss = 0;
  for (auto _ : state) {
    for (const std::string_view record : records.records) {
      simdjson::dom::element root;
      if (parser.parse(record.data(), record.size(), false).get(root) != simdjson::SUCCESS) {
        state.SkipWithError("invalid record");
        return;
      }
      double value = 0;
      if (root["loss"].get_double().get(value) == simdjson::SUCCESS) loss += value;
      benchmark::DoNotOptimize(root["grad_norm"]);
    }
  }
  benchmark::DoNotOptimize(loss);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * records.records.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * records.bytes));
}
BENCHMARK(BM_DomParse);

}  // namespace
}  // namespace tailwatch::bench

BENCHMARK_MAIN();
