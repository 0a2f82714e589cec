#include "engine/aggregate/datapoint.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace tailwatch::engine {

std::optional<double> Datapoint::Percentile(double p) const {
  if (!has_percentile_samples || percentile_samples.empty() || sample_count <= 0) {
    return std::nullopt;
  }
  if (minimum < 0) return std::nullopt;
  double total = 0;
  for (const PercentileSample& s : percentile_samples) total += s.weight;
  // Nearest rank: the ceil(p/100 * n)-th smallest sample (1-based), at least
  // 1. p has at most two decimals, so the rank is computed in integers
  // (p in hundredths of a percent) to avoid 0.99 * 100 = 99.00000000000001.
  const auto hundredths = static_cast<unsigned long long>(std::llround(p * 100.0));
  const auto n = static_cast<unsigned long long>(std::llround(total));
  double rank = static_cast<double>((hundredths * n + 9999) / 10000);
  if (rank < 1) rank = 1;
  double seen = 0;
  for (const PercentileSample& s : percentile_samples) {
    seen += s.weight;
    if (seen >= rank) return s.value;
  }
  return percentile_samples.back().value;
}

void Datapoint::Merge(const Datapoint& other) {
  if (other.sample_count <= 0) return;
  if (sample_count <= 0) {
    const int64_t start = period_start_ms;
    *this = other;
    period_start_ms = start;
    return;
  }
  sample_count += other.sample_count;
  sum += other.sum;
  minimum = std::min(minimum, other.minimum);
  maximum = std::max(maximum, other.maximum);
  if (has_percentile_samples && other.has_percentile_samples) {
    const size_t middle = percentile_samples.size();
    percentile_samples.insert(percentile_samples.end(), other.percentile_samples.begin(),
                              other.percentile_samples.end());
    std::inplace_merge(
        percentile_samples.begin(),
        percentile_samples.begin() + static_cast<std::ptrdiff_t>(middle), percentile_samples.end(),
        [](const PercentileSample& a, const PercentileSample& b) { return a.value < b.value; });
  } else {
    // One side kept no raw values: a percentile over part of the period
    // would be wrong, so the merged period has none.
    has_percentile_samples = false;
    percentile_samples.clear();
  }
}

}  // namespace tailwatch::engine
