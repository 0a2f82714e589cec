// The band model's cost per datapoint (Predict + Observe + Score, what the
// alarm and `tailwatch anomaly-score` do for each point) beside a trailing
// window Gaussian (the NAB "windowed Gaussian" baseline: mean and variance of
// the last 1000 values, score from the Gaussian tail), and the model's memory
// per series. bench/anomaly_nab.sh runs it with the full NAB scoring.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "engine/anomaly/band_model.h"

namespace {

using tailwatch::engine::anomaly::BandModel;

constexpr int64_t kFiveMinutesMs = 300'000;
constexpr size_t kPoints = 1 << 16;

// A daily-seasonal series with noise and rare spikes, like NAB's real data.
std::vector<double> MakeSeries() {
  std::mt19937 rng(1);
  std::normal_distribution<double> noise(0, 3);
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<double> values(kPoints);
  for (size_t i = 0; i < kPoints; ++i) {
    values[i] = 100 + 20 * std::sin(2 * M_PI * static_cast<double>(i % 288) / 288) + noise(rng) +
                (unit(rng) < 0.001 ? 80 : 0);
  }
  return values;
}

void BM_BandModel(benchmark::State& state) {
  const std::vector<double> values = MakeSeries();
  BandModel model;
  int64_t t = 1'700'000'000'000;
  double sum = 0;
  for (auto _ : state) {
    for (double v : values) {
      const auto p = model.Predict(t);
      if (p) sum += tailwatch::engine::anomaly::Score(*p, v);
      model.Observe(t, v);
      t += kFiveMinutesMs;
    }
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kPoints));
  std::string bytes;
  model.Serialize(&bytes);
  state.counters["bytes_per_series"] = sizeof(BandModel);
  state.counters["checkpoint_bytes"] = static_cast<double>(bytes.size());
}
BENCHMARK(BM_BandModel);

// The windowed-Gaussian baseline, as NAB and ../shared/tools/nab_baseline.py
// define it: a ring of the last 1000 values with running sums.
void BM_WindowedGaussian(benchmark::State& state) {
  const std::vector<double> values = MakeSeries();
  constexpr size_t kWindow = 1000;
  std::vector<double> ring(kWindow);
  size_t filled = 0;
  size_t next = 0;
  double total = 0;
  double total_sq = 0;
  double sum = 0;
  for (auto _ : state) {
    for (double v : values) {
      if (filled >= 2) {
        const double n = static_cast<double>(filled);
        const double mean = total / n;
        const double var = std::max(total_sq / n - mean * mean, 0.0);
        const double sd = std::max(std::sqrt(var), 1e-9 * std::max(1.0, std::fabs(mean)));
        const double p = std::erfc(std::fabs(v - mean) / sd / std::sqrt(2.0));
        sum += p <= 0 ? 1.0 : std::min(1.0, -std::log10(p) / 20);
      }
      if (filled == kWindow) {
        total -= ring[next];
        total_sq -= ring[next] * ring[next];
      } else {
        ++filled;
      }
      ring[next] = v;
      total += v;
      total_sq += v * v;
      next = (next + 1) % kWindow;
    }
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kPoints));
  state.counters["bytes_per_series"] = static_cast<double>(kWindow * sizeof(double));
}
BENCHMARK(BM_WindowedGaussian);

}  // namespace

BENCHMARK_MAIN();
