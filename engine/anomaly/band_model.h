// One online anomaly-detection model per (series, statistic, period): the
// learned normal range behind CloudWatch's ANOMALY_DETECTION_BAND(m, k).
//
// The contract every user of the model relies on (alarms, replay, /metrics,
// `tailwatch anomaly-score`):
//   * Predict(t) is asked BEFORE Observe(t, v) for the same datapoint; it
//     says what the model expected, learned only from earlier datapoints.
//   * The band for width k is center ± k × spread. While the model is
//     warming up Predict returns nullopt (no band; band alarms are
//     INSUFFICIENT_DATA).
//   * The anomaly score of a value is a strictly increasing function of its
//     deviation |v − center| / spread, in [0, 1]: the band of width k is
//     breached exactly where Score(...) > ScoreForWidth(k).
// Pure and deterministic: no clocks, I/O or threads. State is bounded
// (kMaxStateBytes) and serializable for the checkpoint.
//
// How the model works (docs/anomaly.md has the reasons for each constant):
// a robust level with a damped trend, additive hour-of-day and hour-of-week
// profiles used only while they predict better than the level alone, and a
// spread from two streaming quantiles of the absolute residual whose every
// step is bounded, so one outlier cannot widen the band that must catch the
// next. A run of same-side outliers is taken as a lasting level shift and
// the level jumps to it. Two short-lived factors live in the state too, so
// the alarm and the score see the same band: a cool-down after a detection
// (one incident is reported once) and a narrowing while recent residuals run
// larger than usual (a developing incident is caught early).
#ifndef TAILWATCH_ENGINE_ANOMALY_BAND_MODEL_H_
#define TAILWATCH_ENGINE_ANOMALY_BAND_MODEL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tailwatch::engine::anomaly {

struct BandModelOptions {
  // The datapoints' period; seasonal profiles are kept per hour-of-week (or
  // coarser) whatever the period.
  int64_t period_ms = 60'000;
};

struct Prediction {
  double center = 0;
  double spread = 0;  // > 0
  double Lower(double k) const { return center - k * spread; }
  double Upper(double k) const { return center + k * spread; }
};

class BandModel {
 public:
  explicit BandModel(const BandModelOptions& options = {});

  // What the model expects at `time_ms`; nullopt while warming up.
  std::optional<Prediction> Predict(int64_t time_ms) const;

  // Learns from one datapoint. Times need not increase (replayed data may
  // repeat or go backwards); such points still update the level.
  void Observe(int64_t time_ms, double value);

  // Number of datapoints observed so far (saturating).
  uint64_t observed() const;

  // Checkpoint state: Serialize appends a versioned byte string; Restore
  // returns false (leaving the model as constructed) on any malformed input.
  void Serialize(std::string* out) const;
  bool Restore(std::string_view bytes);
  // Whether `bytes` were written by this version of the model. A model of
  // another version is learned afresh (after an upgrade), never misread.
  static bool WrittenByThisVersion(std::string_view bytes);

  static constexpr size_t kMaxStateBytes = 16 * 1024;

  // Datapoints the model needs before it predicts.
  static constexpr int kWarmupPoints = 30;
  static constexpr int kDaySlots = 24;
  static constexpr int kWeekSlots = 7 * 24;

 private:
  // Which seasonal profile the center uses.
  enum Season : uint8_t { kNone = 0, kDaily = 1, kWeekly = 2, kSeasons = 3 };
  struct Candidates {
    std::array<double, kSeasons> center;
    int day_slot;
    int week_slot;
  };
  Candidates CandidatesAt(int64_t time_ms) const;
  double LearnedSpread() const;
  double Spread() const;
  // `spread` widened by the hour of day's recurring spike, if any.
  double WidenedForSpike(double spread, int day_slot) const;
  void LearnSpike(int64_t time_ms, int day_slot, double abs_residual);
  void FinishWarmup();
  bool Valid() const;

  BandModelOptions options_;
  uint64_t count_ = 0;
  // The first datapoints, kept until the warm-up ends so that level and
  // scale start from their median rather than from the first value.
  std::array<double, kWarmupPoints> warmup_{};
  double level_ = 0;
  double trend_ = 0;
  // Streaming quantiles of |residual|: the median and the 99th percentile.
  double abs_median_ = 0;
  double abs_tail_ = 0;
  // Smoothed absolute error of each candidate center; the smallest wins.
  std::array<double, kSeasons> error_{};
  Season season_ = kNone;
  // Spread multiplier after an extreme datapoint, decaying back to 1.
  double alert_ = 1;
  // Consecutive same-side outliers (sign = side) and their deseasonalised sum.
  int32_t shift_run_ = 0;
  double shift_sum_ = 0;
  // Means of log(|residual| / learned spread), short- and long-run.
  double evidence_short_ = 0;
  double evidence_long_ = 0;
  std::array<double, kDaySlots> day_{};
  std::array<double, kWeekSlots> week_{};
  // Per hour of day: the size of a spike seen there on two different days
  // (decaying), and the last spike seen there (|residual|, day number of the
  // model's time, which is local time under `metric_timezone`).
  struct Spike {
    double size = 0;  // 0: none yet
    int64_t day = 0;
  };
  std::array<double, kDaySlots> recurring_{};
  std::array<Spike, kDaySlots> last_spike_{};
};

// The anomaly score of `value` against `prediction`, in [0, 1].
double Score(const Prediction& prediction, double value);

// The score at which the band of width k is breached: Score > this.
double ScoreForWidth(double k);

}  // namespace tailwatch::engine::anomaly

#endif  // TAILWATCH_ENGINE_ANOMALY_BAND_MODEL_H_
