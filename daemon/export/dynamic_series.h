// Dynamic Prometheus series: families whose label sets are only known at
// scrape time (the engine's `tailwatch_metric_value_total{namespace,metric,
// <dimensions>}`, where every CloudWatch metric brings its own dimension names).
//
// prometheus-cpp's Family<T> fixes one label set per series and keeps every
// series forever, which suits neither. Instead the daemon registers collect
// hooks: each returns a snapshot (plain values, copied) when /metrics is
// scraped, and DynamicCollectable turns the snapshots into MetricFamily objects.
// Names are sanitised here, so a snapshot may carry any CloudWatch dimension
// name; label values may be any bytes (invalid UTF-8 is replaced, the text
// serializer escapes quotes, backslashes and newlines).
#ifndef TAILWATCH_DAEMON_EXPORT_DYNAMIC_SERIES_H_
#define TAILWATCH_DAEMON_EXPORT_DYNAMIC_SERIES_H_

#include <prometheus/collectable.h>
#include <prometheus/metric_family.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tailwatch::exporter {

// Maps any text to a valid label name `[a-zA-Z_][a-zA-Z0-9_]*`: every other
// character (one UTF-8 sequence counts as one character) becomes '_', a
// leading digit gets a '_' prefix, and since names starting with "__" are
// reserved by Prometheus such names get a "x" prefix. Empty -> "_".
std::string SanitizeLabelName(std::string_view name);

// Same for metric names, which may also hold ':' (`[a-zA-Z_:][a-zA-Z0-9_:]*`).
std::string SanitizeMetricName(std::string_view name);

// Returns `text` with every invalid UTF-8 sequence (bad lead byte, truncated
// or overlong sequence, surrogate, > U+10FFFF) replaced by U+FFFD, since the
// exposition format requires UTF-8.
std::string SanitizeUtf8(std::string_view text);

enum class SeriesType { kCounter, kGauge };

struct DynamicSeries {
  // Label names before sanitising, in the order they should appear.
  std::vector<std::pair<std::string, std::string>> labels;
  double value = 0;
};

struct DynamicFamily {
  std::string name;  // counters must end in "_total" (appended when missing)
  std::string help;  // non-empty; promtool flags families without help
  SeriesType type = SeriesType::kCounter;
  std::vector<DynamicSeries> series;
};

// Called at scrape time, from the thread serving /metrics; must be
// thread-safe, return quickly and not call back into the registry. Return a
// copy of a snapshot (e.g. the one the engine published at the last period
// boundary), never references into live engine state.
using CollectHook = std::function<std::vector<DynamicFamily>()>;

// Converts snapshots into prometheus-cpp families: sanitises family and label
// names, renames a label that collides with an earlier one of the same series
// (a dimension named "namespace", or "a-b" next to "a_b") by appending '_'
// until unique, sanitises values to UTF-8, drops empty families, merges
// families of the same name (a later family with another type is dropped and
// counted in `*conflicts` when given).
std::vector<prometheus::MetricFamily> BuildFamilies(std::vector<DynamicFamily> families,
                                                    uint64_t* conflicts = nullptr);

// A prometheus::Collectable whose Collect() calls every registered hook and
// returns BuildFamilies() of the result. Thread-safe. A hook that throws is
// skipped for that scrape and counted in hook_failures().
class DynamicCollectable : public prometheus::Collectable {
 public:
  void AddHook(CollectHook hook);
  std::vector<prometheus::MetricFamily> Collect() const override;

  uint64_t hook_failures() const { return hook_failures_.load(std::memory_order_relaxed); }
  uint64_t conflicts() const { return conflicts_.load(std::memory_order_relaxed); }

 private:
  mutable std::mutex mu_;
  std::vector<CollectHook> hooks_;  // GUARDED_BY(mu_); hooks run without holding mu_
  mutable std::atomic<uint64_t> hook_failures_{0};
  mutable std::atomic<uint64_t> conflicts_{0};
};

}  // namespace tailwatch::exporter

#endif  // TAILWATCH_DAEMON_EXPORT_DYNAMIC_SERIES_H_
