// The identity of one metric series: namespace, metric name and dimension set.
//
// CloudWatch treats every distinct dimension combination as its own metric, so
// the key holds the dimensions sorted by name (then value): two keys built from
// the same pairs in a different order compare equal and hash alike. Plain
// value type; not thread-safe to mutate concurrently (like any value).
#ifndef TAILWATCH_ENGINE_AGGREGATE_METRIC_KEY_H_
#define TAILWATCH_ENGINE_AGGREGATE_METRIC_KEY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tailwatch::engine {

struct MetricKey {
  std::string metric_namespace;
  std::string metric_name;
  // Sorted by name (then value). Use Normalize() after filling it by hand.
  std::vector<std::pair<std::string, std::string>> dimensions;

  // Sorts `dimensions` into the canonical order.
  void Normalize();

  // "AIWorkloadLogs/AnomalyOccurrences{Rank=3}" (for logs and errors).
  std::string ToString() const;

  friend bool operator==(const MetricKey&, const MetricKey&) = default;
  friend auto operator<=>(const MetricKey&, const MetricKey&) = default;
};

// A stable 64-bit hash of a key's contents (identical across runs and
// machines, so it can name things in checkpoints). Keys that compare equal
// hash equal. The streaming form lets MetricStore hash a not-yet-built key.
class MetricKeyHasher {
 public:
  void AddNamespace(std::string_view metric_namespace);
  void AddMetricName(std::string_view metric_name);
  void AddDimension(std::string_view name, std::string_view value);
  uint64_t Finish() const;

 private:
  void Mix(std::string_view text, uint8_t tag);
  uint64_t state_ = 0xcbf29ce484222325ULL;
};

uint64_t HashMetricKey(const MetricKey& key);

struct MetricKeyHash {
  size_t operator()(const MetricKey& key) const { return static_cast<size_t>(HashMetricKey(key)); }
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_AGGREGATE_METRIC_KEY_H_
