// The anomaly-detection models of a configuration: one BandModel per banded
// series (metric, statistic, period), fed from the MetricStore.
//
// Feeding: periods are epoch-aligned multiples of the series' period. Each
// closed period that holds a datapoint is given to its model exactly once,
// oldest first: Predict (recorded as that period's band) before Observe.
// A period is closed at the first Advance whose time is at or past its end;
// samples folded into it later (late data) are in the store but not learned.
// Periods without data are not learned (the model sees no value), and
// periods inside an excluded time range get a band but are not learned
// (CloudWatch's excluded_time_ranges). A band for an alarm's window that
// starts off the period grid (a 5-minute alarm evaluated every minute) is
// the band of the aligned period the window starts in: the prediction made
// before any of the window's data was learned.
//
// Bands never go below 0 for a series that has never been negative (counts,
// durations, rates: §4.9's non-negative statistics).
//
// Pure and single-threaded; state per series is the model (bounded by
// BandModel::kMaxStateBytes) plus a ring of `history_periods` recent
// datapoints with their predictions. Serialize/Restore and AdoptFrom match
// series by identity, so a restart or a reload keeps what was learned.
#ifndef TAILWATCH_ENGINE_ANOMALY_BAND_TRACKER_H_
#define TAILWATCH_ENGINE_ANOMALY_BAND_TRACKER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/aggregate/metric_key.h"
#include "engine/aggregate/metric_store.h"
#include "engine/alarm/alarm_spec.h"
#include "engine/anomaly/band_model.h"
#include "engine/anomaly/utc_offsets.h"
#include "engine/common/status.h"

namespace tailwatch::engine::anomaly {

// [start, end) in epoch milliseconds.
struct TimeRange {
  int64_t start_ms = 0;
  int64_t end_ms = 0;
  friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

// One banded series: what PutAnomalyDetector names, plus the period.
struct BandSeriesSpec {
  MetricKey key;  // normalized
  std::optional<Statistic> statistic;
  std::string extended_statistic;  // "p99" when statistic is unset
  int period_seconds = 300;
  std::vector<TimeRange> excluded_time_ranges;
  // CloudWatch's metric_timezone: the daily and weekly profiles follow this
  // zone's wall clock. Empty (or "UTC") with no offsets is UTC.
  std::string metric_timezone;
  std::shared_ptr<const UtcOffsets> local_time;  // null: UTC
  // Recent datapoints (and their bands) kept for alarms and the API; at
  // least the evaluation range of every alarm reading the series.
  int history_periods = 5;

  // "namespace/metric{dims} Statistic/period": the series' identity.
  std::string Identity() const;
  // The identity of what the model learned: the series, and the zone its
  // profiles are kept in. A model is kept across a reload or a restart only
  // when this is unchanged.
  std::string ModelIdentity() const;
  std::string StatisticText() const;
};

// One learned period: its value and the prediction made before learning it.
struct BandPoint {
  int64_t period_start_ms = 0;
  double value = 0;
  std::optional<Prediction> prediction;  // nullopt: the model was warming up
};

class BandTracker {
 public:
  BandTracker() = default;
  // Series with the same identity are merged (the largest history wins, and
  // a time zone given by any of them is kept).
  explicit BandTracker(std::vector<BandSeriesSpec> series);

  size_t size() const { return series_.size(); }
  const BandSeriesSpec& spec(size_t i) const { return series_[i].spec; }
  // The index of the series with `identity`, or nullopt.
  std::optional<size_t> Find(std::string_view identity) const;
  std::optional<size_t> FindModel(std::string_view model_identity) const;

  // Tells the store to keep enough history for feeding.
  void WatchMetrics(MetricStore& store) const;

  // Feeds series `i` every closed period ending at or before `t_ms` that it
  // has not seen, oldest first (see the file comment). The store keeps a
  // backlog of 64 periods for a banded series (only `history_periods` for a
  // percentile), and the first call learns all of it: a daemon started on
  // logs with history learns from them at once.
  void Advance(size_t i, int64_t t_ms, const MetricStore& store);
  void AdvanceAll(int64_t t_ms, const MetricStore& store);

  // The prediction the model made for the aligned period containing
  // `period_start_ms` (nullopt: not fed yet, warming up, or older than the
  // kept history).
  std::optional<Prediction> PredictionFor(size_t i, int64_t period_start_ms) const;

  // The recent learned periods of series `i`, oldest first.
  const std::vector<BandPoint>& recent(size_t i) const { return series_[i].recent; }
  // The band of width k around `prediction`, floored at 0 for a series that
  // has never been negative.
  std::pair<double, double> Bounds(size_t i, const Prediction& prediction, double k) const;
  uint64_t observed(size_t i) const { return series_[i].model.observed(); }

  // Keeps the models of series whose model identity `previous` also has.
  void AdoptFrom(const BandTracker& previous);

  // Versioned bytes of every series' model, position and recent points.
  // Restore applies saved series whose model identity this tracker has and ignores
  // the rest; on malformed input it changes nothing and returns an error.
  std::string Serialize() const;
  Status Restore(std::string_view bytes);

 private:
  struct Series {
    BandSeriesSpec spec;
    AlarmSpec stat;  // statistic fields only, for DatapointValue
    BandModel model;
    std::optional<int64_t> fed_until_ms;  // end of the last period fed
    bool seen_negative = false;
    std::vector<BandPoint> recent;  // oldest first, at most history_periods
  };
  void Feed(Series& s, int64_t period_start_ms, double value);

  std::vector<Series> series_;
};

}  // namespace tailwatch::engine::anomaly

#endif  // TAILWATCH_ENGINE_ANOMALY_BAND_TRACKER_H_
