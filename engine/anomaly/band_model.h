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
#ifndef TAILWATCH_ENGINE_ANOMALY_BAND_MODEL_H_
#define TAILWATCH_ENGINE_ANOMALY_BAND_MODEL_H_

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

  static constexpr size_t kMaxStateBytes = 16 * 1024;

 private:
  struct State;
  BandModelOptions options_;
  // Filled in by the implementation; kept opaque here so the model can
  // change without touching its users.
  double level_ = 0;
  double variance_ = 0;
  uint64_t count_ = 0;
};

// The anomaly score of `value` against `prediction`, in [0, 1].
double Score(const Prediction& prediction, double value);

// The score at which the band of width k is breached: Score > this.
double ScoreForWidth(double k);

}  // namespace tailwatch::engine::anomaly

#endif  // TAILWATCH_ENGINE_ANOMALY_BAND_MODEL_H_
