// What keeping each filter's last matching lines costs on the engine strand:
// RecentMatchRing::Offer alone (one ~120-byte line), and the whole Pipeline
// over buffers of such lines with one filter that matches every line (the
// worst case: every line is offered), to compare Offer with a line's cost.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "engine/pipeline/pipeline.h"
#include "engine/pipeline/recent_matches.h"

namespace {

using tailwatch::engine::Pipeline;
using tailwatch::engine::PipelineSpec;
using tailwatch::engine::RecentMatchRing;

std::string Line(int i) {
  return "2026-12-06T12:00:00.000Z rank" + std::to_string(i % 8) + " iteration " +
         std::to_string(i) +
         " | lm loss: 2.3456E+00 | grad norm: 0.873 | elapsed (ms): 812.4 | ERROR none";
}

void BM_RecentMatchOffer(benchmark::State& state) {
  RecentMatchRing ring;
  const std::string line = Line(12345);
  int64_t t = 0;
  for (auto _ : state) {
    ring.Offer(++t, line, "/var/log/train/job.log");
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RecentMatchOffer);

void BM_PipelineEveryLineMatches(benchmark::State& state) {
  PipelineSpec spec;
  spec.log_groups.push_back({"app", {}});
  tailwatch::engine::FilterSpec f;
  f.name = "errors";
  f.log_group = "app";
  f.pattern = "ERROR";
  f.transformation.metric_namespace = "NS";
  f.transformation.metric_name = "Errors";
  f.transformation.metric_value = "1";
  spec.filters.push_back(f);
  auto pipeline = Pipeline::Create(spec);
  if (!pipeline) {
    state.SkipWithError("pipeline");
    return;
  }
  std::string buffer;
  for (int i = 0; i < 1000; ++i) buffer += Line(i) + "\n";
  (*pipeline)->SetEventSource("/var/log/train/job.log");
  int64_t t = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize((*pipeline)->ProcessBuffer(0, buffer, ++t));
  }
  state.SetItemsProcessed(state.iterations() * 1000);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(buffer.size()));
}
BENCHMARK(BM_PipelineEveryLineMatches);

}  // namespace

BENCHMARK_MAIN();
