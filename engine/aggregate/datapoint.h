// One period's aggregate of a metric: CloudWatch's SampleCount, Sum, Minimum,
// Maximum (Average derived), plus, for series a percentile alarm watches, the
// raw values needed for pNN (docs/cloudwatch-semantics.md §2.3, §4.5).
#ifndef TAILWATCH_ENGINE_AGGREGATE_DATAPOINT_H_
#define TAILWATCH_ENGINE_AGGREGATE_DATAPOINT_H_

#include <cstdint>
#include <optional>
#include <vector>

namespace tailwatch::engine {

// A raw value standing for `weight` samples. Weight is 1 unless the store had
// to compact a very busy bucket (see MetricStoreOptions::max_raw_values_per_bucket).
struct PercentileSample {
  double value = 0;
  double weight = 1;
  friend bool operator==(const PercentileSample&, const PercentileSample&) = default;
};

struct Datapoint {
  int64_t period_start_ms = 0;
  double sample_count = 0;
  double sum = 0;
  double minimum = 0;
  double maximum = 0;
  // Filled only for series watched with needs_percentiles; sorted by value.
  bool has_percentile_samples = false;
  std::vector<PercentileSample> percentile_samples;

  double average() const { return sample_count > 0 ? sum / sample_count : 0; }

  // Nearest-rank percentile `p` (0 < p < 100): the smallest sample v such that
  // at least p % of the samples are <= v (docs/cloudwatch-semantics.md §2.3). nullopt when
  // no raw values were kept, the period is empty, or any value is negative
  // (CloudWatch gives no percentile then; tailwatch counts it as missing).
  std::optional<double> Percentile(double p) const;

  // Folds `other` (a later or earlier bucket of the same series) into this
  // one; keeps percentile samples sorted when both have them.
  void Merge(const Datapoint& other);

  friend bool operator==(const Datapoint&, const Datapoint&) = default;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_AGGREGATE_DATAPOINT_H_
