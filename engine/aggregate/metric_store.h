// The metric store: per-series, per-period statistics in event time
// (docs/cloudwatch-semantics.md §2.3).
//
// Samples are folded into fixed buckets of 60 s (10 s for series an alarm
// watches with a period under 60 s), aligned to epoch multiples; any longer
// period an alarm or report asks for is built from those buckets, which is
// exact for SampleCount, Sum, Minimum and Maximum.
//
// Memory is bounded three ways:
//  * History: a series keeps only the buckets the alarms watching it can
//    still read (period x range, plus a period and two buckets of slack);
//    an unwatched series keeps `unwatched_history_ms`. Samples older than
//    that horizon (measured from the newest sample of the series or the
//    last Expire time, whichever is later) are refused and counted as late.
//    Within the horizon a late sample is folded into its period.
//  * Dimensions: at most `max_dimension_combinations_per_metric` live
//    series per (namespace, metric); a series dies after
//    `dimension_window_ms` without samples (and no undrained data), unless
//    it is kept (KeepSeries: a few keys the config names). Samples
//    for a new combination beyond the cap are refused and counted.
//  * Raw values (percentiles only, for watched series that need them): at
//    most `max_raw_values_per_bucket` per bucket (default 8192, i.e. 128 KiB
//    per busy minute). Past that the bucket is compacted KLL-style: samples
//    of equal weight are sorted and merged pairwise into one of double
//    weight, so percentiles of extremely busy buckets become approximate (a
//    rank error of a few per cent at most); SampleCount/Sum/Min/Max stay exact.
//
// Pure and single-threaded: no clocks (time is an argument), no locks; the
// owner (the engine strand) must serialize calls. The hot path (Add to an
// existing series) does not allocate except when a new bucket opens.
#ifndef TAILWATCH_ENGINE_AGGREGATE_METRIC_STORE_H_
#define TAILWATCH_ENGINE_AGGREGATE_METRIC_STORE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "engine/aggregate/datapoint.h"
#include "engine/aggregate/metric_key.h"
#include "engine/common/status.h"

namespace tailwatch::engine {

struct MetricStoreOptions {
  size_t max_dimension_combinations_per_metric = 1000;
  int64_t dimension_window_ms = 3600000;
  // History an unwatched series keeps (enough for DrainClosed and for a
  // little event-time disorder).
  int64_t unwatched_history_ms = 5 * 60000;
  // Raw values kept per bucket for percentile series before compaction.
  size_t max_raw_values_per_bucket = 8192;
};

struct MetricStoreCounters {
  uint64_t samples_added = 0;
  uint64_t late_samples = 0;            // refused: older than the series' horizon
  uint64_t dimension_cap_refusals = 0;  // refused: new combination over the cap
  size_t series = 0;                    // live series now
  size_t buckets = 0;                   // buckets held now
};

// What the store knows of one series besides its buckets: its totals since
// it was created and the event times of its earliest and latest samples
// (late samples included in both), for Prometheus counters and for
// `missing_data_scope: live` alarms (docs/cloudwatch-semantics.md §4.7).
// All of it goes with the series when it expires.
struct SeriesStats {
  uint64_t total_samples = 0;
  double total_sum = 0;
  // False until a sample was timed: a series restored from a checkpoint
  // written before the store kept times has totals but no times (and must
  // not look live) until its next sample.
  bool has_times = false;
  int64_t first_sample_ms = 0;
  int64_t last_sample_ms = 0;
};

// Samples folded at once: one value seen `count` times (value set, minimum =
// maximum = value, sum = value x count), or a statistic set of `count`
// samples whose values are unknown (PutMetricData's StatisticValues: no raw
// value, so percentile buckets get no sample from it).
struct SampleAggregate {
  double count = 1;
  double sum = 0;
  double minimum = 0;
  double maximum = 0;
  std::optional<double> value;
};

class MetricStore {
 public:
  explicit MetricStore(MetricStoreOptions options = {});
  ~MetricStore();
  MetricStore(MetricStore&&) noexcept;
  MetricStore& operator=(MetricStore&&) noexcept;
  MetricStore(const MetricStore&) = delete;
  MetricStore& operator=(const MetricStore&) = delete;

  // Tells the store an alarm reads `key` with this period and range (in
  // periods), so it keeps enough history (and raw values when
  // `needs_percentiles`). Several watches on one key combine (max history,
  // finest buckets). A series that already exists with 60-s buckets and now
  // needs 10-s buckets is restarted empty (this happens only on reload).
  void Watch(const MetricKey& key, int period_seconds, int range_periods, bool needs_percentiles);
  // Keeps the series `key`, once it exists, past the dimension window: its
  // buckets still expire, but it stays with its SeriesStats. For alarms that
  // read its sample times however long it is silent (`missing_data_scope:
  // live`, docs/cloudwatch-semantics.md §4.8); bounded by the config (one
  // key per such alarm and per end metric).
  void KeepSeries(const MetricKey& key);
  // Forgets all watches and KeepSeries (before re-watching for a reloaded
  // config).
  void ClearWatches();

  enum class AddResult { kAdded, kLate, kDimensionCapExceeded };
  // One sample at event time `time_ms`. `dimension_values[i]` belongs to
  // `dimension_names[i]` (config order; at most 30); the store sorts them
  // itself and, for a known series, finds it without allocating.
  AddResult Add(std::string_view metric_namespace, std::string_view metric_name,
                std::span<const std::string_view> dimension_names,
                std::span<const std::string_view> dimension_values, int64_t time_ms, double value);
  // Convenience for tests and tools (same semantics).
  AddResult Add(const MetricKey& key, int64_t time_ms, double value);
  // `sample.count` samples at `time_ms` at once (count > 0, minimum <=
  // maximum: the caller validates), with the same horizon and cap rules.
  AddResult AddAggregate(const MetricKey& key, int64_t time_ms, const SampleAggregate& sample);

  // A series remembered between Adds of one metric without dimensions (a
  // filter without dimensions): Add with a handle skips the key's hashing and
  // lookup while the store has dropped no series since the handle was filled.
  // Same semantics as the Add above; a default handle is empty.
  struct SeriesHandle {
    void* series = nullptr;
    uint64_t generation = 0;
  };
  AddResult Add(SeriesHandle* handle, std::string_view metric_namespace,
                std::string_view metric_name, int64_t time_ms, double value);

  // The aggregate of [period_start_ms, period_start_ms + period_seconds), or
  // nullopt if the series has no samples there (or is unknown). The period
  // must be made of whole buckets of the series (period_start_ms and the
  // period multiples of 60 s, or of 10 s for a 10-s series); otherwise
  // nullopt. period_start_ms of the result is the argument.
  std::optional<Datapoint> Get(const MetricKey& key, int64_t period_start_ms,
                               int period_seconds) const;

  // Reports closed periods of `period_seconds` (aligned to epoch multiples)
  // for every series: each period that ended at or before `now_ms`, has
  // samples, and was not reported by an earlier call; in (time, key) order.
  // Once called, the store keeps undrained buckets until they are reported
  // (so call it regularly, as `tailwatch replay` does). Samples folded late
  // into an already reported period are not reported again. Use one
  // period_seconds for all calls.
  void DrainClosed(int64_t now_ms, int period_seconds,
                   const std::function<void(const MetricKey&, const Datapoint&)>& out);

  // Forgets buckets no watch/report can need any more and series idle for
  // longer than the dimension window. Call at each tick; `now_ms` (event or
  // wall time) also moves the late horizon forward.
  void Expire(int64_t now_ms);

  // The SeriesStats of every live series; they go with the series when it
  // expires. Series order is unspecified.
  void ForEachSeries(const std::function<void(const MetricKey&, const SeriesStats&)>& fn) const;

  // The SeriesStats of the series `key` (namespace, metric and dimensions, in
  // any order), or nullptr when the store holds no such series. Valid until
  // the next non-const call. Does not allocate when `key` is normalized.
  const SeriesStats* FindSeries(const MetricKey& key) const;

  // For checkpoints that kept sample times outside the store (the pipeline's
  // own section, before the store kept them): gives the series `key` these
  // times if it has none. False when the store holds no such series.
  bool SetSampleTimes(const MetricKey& key, int64_t first_sample_ms, int64_t last_sample_ms);

  // The start of the earliest bucket with samples at or after `from_ms`, if
  // any (lets AlarmEngine skip long silent stretches quickly).
  std::optional<int64_t> NextSampleTime(const MetricKey& key, int64_t from_ms) const;

  MetricStoreCounters counters() const;
  const MetricStoreOptions& options() const;

  // Checkpointing: a self-contained, versioned byte string of all series
  // (with their SeriesStats), buckets, drain positions and counters (not the
  // watches, which come from config), and its inverse. Restore replaces the
  // data; on error the store is left unchanged. A checkpoint written before
  // sample times were kept restores every series with has_times false.
  std::string Serialize() const;
  Status Restore(std::string_view bytes);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_AGGREGATE_METRIC_STORE_H_
