// All alarms of one configuration, evaluated at their cadence boundaries.
//
// Cadence (docs/cloudwatch-semantics.md §4.2): an alarm with period >= 60 s is evaluated at every
// minute boundary (epoch multiples of 60 s), one with a shorter period at
// every 10-s boundary. At boundary t it reads R = N + 2 periods
// [t-(j+1)P, t-jP), j = 0..R-1, from the MetricStore. Time is whatever the
// caller uses: event time in replay, wall time in the daemon.
//
// Band alarms (docs/cloudwatch-semantics.md §4.9) read each period's band
// from the engine's BandTracker (engine/anomaly/band_tracker.h), which holds
// one model per banded series (the band alarms' and the `anomaly_detectors`'
// series) and feeds it each closed period once, before the alarm judges it.
//
// Rolling alarms (`evaluation: rolling`, docs/cloudwatch-semantics.md §4.10)
// keep their own sliding sub-windows (engine/alarm/rolling_window.h), fed
// sample by sample (AddRollingSample) and judged at each sample's time and
// at every Tick (so that silence recovers), with the same rules, state
// machine and events as periodic alarms.
//
// Not thread-safe; owned by the engine strand. Statuses() returns pointers
// into this engine's specs, valid while the engine lives.
#ifndef TAILWATCH_ENGINE_ALARM_ALARM_ENGINE_H_
#define TAILWATCH_ENGINE_ALARM_ALARM_ENGINE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/aggregate/datapoint.h"
#include "engine/aggregate/metric_key.h"
#include "engine/aggregate/metric_store.h"
#include "engine/alarm/alarm_event.h"
#include "engine/alarm/alarm_spec.h"
#include "engine/alarm/evaluate.h"
#include "engine/alarm/evidence.h"
#include "engine/alarm/rolling_window.h"
#include "engine/alarm/sample_lines.h"
#include "engine/anomaly/band_tracker.h"
#include "engine/common/status.h"

namespace tailwatch::engine {

inline constexpr std::string_view kInitialAlarmReason = "Unchecked: Initial alarm creation";

// The metric an alarm reads.
MetricKey AlarmMetricKey(const AlarmSpec& spec);

class AlarmEngine {
 public:
  // All alarms start INSUFFICIENT_DATA with kInitialAlarmReason.
  // `detectors` are banded series without an alarm (anomaly_detectors).
  explicit AlarmEngine(std::vector<AlarmSpec> specs,
                       std::vector<anomaly::BandSeriesSpec> detectors = {});

  // Calls store.Watch for every alarm (period, R, percentiles).
  void WatchMetrics(MetricStore& store) const;

  // Evaluates every alarm at every evaluation boundary in (last_tick,
  // now_ms], in time order, and returns the state changes (time order, then
  // config order). The first call evaluates only the latest boundary at or
  // before now_ms. A call with now_ms <= the last tick does nothing.
  // Long stretches without data are skipped in O(1) (the outcome of an
  // all-missing range does not change) once every period of the range is
  // evidence. `sources` (empty, or one per alarm in config order) says which
  // periods are evidence (engine/alarm/evidence.h); empty = all of them.
  // Rolling alarms are judged once, at now_ms, over the sub-windows ending
  // there.
  std::vector<AlarmEvent> Tick(int64_t now_ms, const MetricStore& store,
                               std::span<const AlarmSources> sources = {});

  // Whether alarm `index` is rolling.
  bool IsRolling(size_t index) const { return runtime_[index].rolling.has_value(); }

  // A sample of rolling alarm `index`'s metric at `time_ms`: folds it into the
  // alarm's sub-windows and judges the alarm at that time (or at its last
  // evaluation, if later), appending a state change to `events`. O(1)
  // amortised; builds a reason only when the sub-windows' verdict pattern
  // (missing / not breaching / breaching per sub-window) changed. A sample
  // older than the window is ignored.
  void AddRollingSample(size_t index, int64_t time_ms, double value, const AlarmSources& sources,
                        std::vector<AlarmEvent>& events);

  struct AlarmStatus {
    const AlarmSpec* spec = nullptr;
    AlarmState state = AlarmState::kInsufficientData;
    std::string reason;
    std::string reason_data_json;
    int64_t last_change_ms = 0;     // 0 = never changed
    int64_t last_evaluated_ms = 0;  // 0 = never evaluated
    // The last evaluated range, oldest first (R entries), empty before the
    // first evaluation.
    std::vector<std::optional<Datapoint>> recent;
    // Band alarms: each recent period's band (aligned with `recent`), nullopt
    // where the model had none. Empty for threshold alarms.
    std::vector<std::optional<BandBounds>> recent_bands;
    // While in ALARM: the sample lines behind the latest breaching
    // datapoints (as an event to ALARM carries them). Else empty.
    std::vector<SampleLine> sample_lines;
  };
  std::vector<AlarmStatus> Statuses() const;

  // CloudWatch's SetAlarmState: puts alarm `name` in `state` at `now_ms`
  // with the caller's reason, until its next evaluation judges again (which
  // may change it back). Appends an event when the state changes; false
  // when no alarm has that name.
  bool SetState(std::string_view name, AlarmState state, std::string reason,
                std::string reason_data_json, int64_t now_ms, std::vector<AlarmEvent>& events);

  // Sample lines (engine/alarm/sample_lines.h): whether alarm `index` keeps
  // any (its spec's sample_lines > 0), and one log line that matched a filter
  // feeding its series, counted at `time_ms` with `value`. A ring per alarm
  // covers its evaluation range in at most kMaxSamplePeriods buckets of
  // sample_lines lines each (SampleLineRing::ForAlarm). An event to ALARM carries up to
  // sample_lines of the lines kept for its breaching datapoints: the most telling (highest values
  // for an upward alarm, lowest for a downward one), newer periods first among equals, listed in
  // time order. Offering never allocates.
  bool KeepsSampleLines(size_t index) const { return runtime_[index].samples.enabled(); }
  void OfferSampleLine(size_t index, int64_t time_ms, double value, std::string_view message,
                       std::string_view log_group, std::string_view source) {
    runtime_[index].samples.Offer(time_ms, value, message, log_group, source);
  }
  const SampleLineRing& sample_lines(size_t index) const { return runtime_[index].samples; }

  // The models of every banded series, and which one alarm `index` reads.
  const anomaly::BandTracker& bands() const { return bands_; }
  std::optional<size_t> BandSeriesOf(size_t index) const { return runtime_[index].band_series; }

  const std::vector<AlarmSpec>& specs() const { return specs_; }
  std::optional<int64_t> last_tick_ms() const { return last_tick_ms_; }

  // Keeps the state (and reason, times, sample lines) of alarms whose spec is
  // unchanged (same name and equal spec) across a config reload, and the tick
  // position.
  void AdoptStateFrom(const AlarmEngine& previous);

  // Checkpointing: versioned bytes of states, reasons, times, sample lines,
  // the tick position and the event sequence. Restore applies saved state to alarms
  // with the same name and an unchanged spec, and ignores the rest; on a
  // malformed input it changes nothing and returns an error.
  std::string Serialize() const;
  Status Restore(std::string_view bytes);

 private:
  struct Runtime {
    AlarmState state = AlarmState::kInsufficientData;
    std::string reason;
    std::string reason_data_json;
    int64_t last_change_ms = 0;
    int64_t last_evaluated_ms = 0;
    std::vector<std::optional<Datapoint>> recent;
    std::vector<std::optional<BandBounds>> recent_bands;
    MetricKey key;
    uint64_t spec_fingerprint = 0;
    std::optional<size_t> band_series;     // in bands_, for band alarms
    std::optional<RollingWindow> rolling;  // rolling alarms only
    // Per sub-window: 0 not evidence, 1 missing, 2 not breaching, 3
    // breaching, as last judged; `judged` false forces a full evaluation.
    std::vector<uint8_t> rolling_pattern;
    bool judged = false;
    SampleLineRing samples;
    std::vector<SampleLine> breaching_lines;  // while in ALARM
  };

  // Judges rolling alarm `index` at `t` (never before its last evaluation).
  void EvaluateRollingAt(size_t index, int64_t t, const AlarmSources& sources, bool keep_recent,
                         std::vector<AlarmEvent>& events);
  // Applies an evaluation at `t`: a state change becomes an event.
  void Apply(size_t index, int64_t t, EvaluationResult result, std::vector<AlarmEvent>& events);

  // The sample lines behind the breaching datapoints of alarm `index`'s
  // last evaluation at `t` (see OfferSampleLine).
  std::vector<SampleLine> BreachingLines(size_t index, int64_t t) const;

  // Evaluates alarm `index` at boundary `t`; appends an event on change.
  // Returns true when the range was entirely missing.
  bool EvaluateAt(size_t index, int64_t t, const MetricStore& store, const EvidenceRule& evidence,
                  std::vector<AlarmEvent>& events);

  std::vector<AlarmSpec> specs_;
  std::vector<Runtime> runtime_;
  anomaly::BandTracker bands_;
  std::optional<int64_t> last_tick_ms_;
  uint64_t sequence_ = 0;
};

// A stable fingerprint of everything in a spec that affects evaluation.
uint64_t AlarmSpecFingerprint(const AlarmSpec& spec);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_ALARM_ENGINE_H_
