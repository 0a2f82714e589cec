// Pattern anomalies of one log-anomaly detector, the local counterpart of a
// CloudWatch Logs LogAnomalyDetector (docs/patterns.md "Anomalies"):
//   * new_pattern: a line starts a pattern after the learning period (a
//     line that only generalizes a known pattern, a merge, is not new);
//   * frequency: at the end of each evaluation period, a pattern's count in
//     that period leaves its own learned band (engine/anomaly/band_model.h,
//     width band_width); a pattern that stops appearing while the detector
//     still sees lines counts 0 and can fall below its band.
// Each anomaly carries ListAnomalies' fields where they apply. Suppressing a
// pattern (by its id or an alias) keeps its anomalies from being raised
// (they are counted). An anomaly stays listed until anomaly_visibility_time
// after it was last seen.
//
// Each pattern also keeps its count in each of the last count_history
// evaluation periods (the same per-period count the frequency anomalies
// judge, not a second counter), for the status page's sparklines.
//
// Pure and single-threaded: time is an argument, no I/O; memory is bounded
// by the miner's pattern cap (one band model, counter and count history per
// pattern; the history is one vector of count_history 4-byte counts, 144
// bytes at 30 with its header, so under 300 kB at 2000 patterns) and
// max_anomalies.
#ifndef TAILWATCH_ENGINE_PATTERNS_PATTERN_ANOMALIES_H_
#define TAILWATCH_ENGINE_PATTERNS_PATTERN_ANOMALIES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/anomaly/band_model.h"
#include "engine/common/status.h"
#include "engine/patterns/pattern_miner.h"

namespace tailwatch::engine::patterns {

struct PatternAnomalyOptions {
  int64_t learning_period_ms = 0;  // from the detector's first event (Begin or Observe)
  int64_t evaluation_frequency_ms = 300'000;
  int64_t anomaly_visibility_time_ms = 21LL * 24 * 3600 * 1000;
  double band_width = 3.0;
  size_t max_anomalies = 1000;  // listed at once; the oldest go first
  size_t count_history = 30;    // closed periods whose count each pattern keeps
  PatternMinerOptions miner;
};

enum class AnomalyKind { kNewPattern, kFrequency };

std::string_view AnomalyKindName(AnomalyKind kind);  // "new_pattern", "frequency"

struct PatternAnomaly {
  std::string id;  // 16 hex digits: hash of kind, pattern id and first-seen time
  AnomalyKind kind = AnomalyKind::kNewPattern;
  std::string pattern_id;
  std::string pattern;
  int64_t first_seen_ms = 0;
  int64_t last_seen_ms = 0;
  std::string description;
  std::string priority;          // HIGH (error wording), MEDIUM (new), LOW (frequency)
  std::string state = "Active";  // ListAnomalies' state
  std::vector<std::string> log_samples;
};

// A pattern's line count in one evaluation period.
struct PeriodCount {
  int64_t start_ms = 0;
  uint64_t count = 0;
  bool open = false;  // the period still counting

  friend bool operator==(const PeriodCount&, const PeriodCount&) = default;
};

struct PatternAnomalyCounters {
  uint64_t raised_new_pattern = 0;
  uint64_t raised_frequency = 0;
  uint64_t suppressed = 0;
};

class PatternAnomalyDetector {
 public:
  explicit PatternAnomalyDetector(PatternAnomalyOptions options = {});

  // Learns `line` and appends the anomalies it raises to `raised`. Closes
  // the evaluation periods that ended before `time_ms` first.
  void Observe(std::string_view line, int64_t time_ms, std::vector<PatternAnomaly>& raised);
  // Starts the learning clock at `time_ms` unless an event already did. For
  // the events of the detector's log groups that its filter_pattern leaves
  // out: the learning period counts from the groups' first event, since with
  // a filter that picks failure wordings the first match may be the failure.
  void Begin(int64_t time_ms);
  // Closes the evaluation periods that ended by `now_ms` (frequency
  // anomalies) and drops anomalies past their visibility time.
  void Advance(int64_t now_ms, std::vector<PatternAnomaly>& raised);

  // Suppresses (or lifts) anomalies of a pattern, by id or alias.
  void Suppress(std::string_view pattern_id);
  void Unsuppress(std::string_view pattern_id);

  const std::vector<PatternAnomaly>& anomalies() const { return anomalies_; }
  const PatternMiner& miner() const { return miner_; }
  const PatternAnomalyCounters& counters() const { return counters_; }
  bool learning(int64_t time_ms) const;
  // The counts of the live pattern `index` in its last closed periods (at
  // most count_history, oldest first; a period skipped after a long silence
  // leaves a gap in the starts), then the open period. Empty before the
  // first line.
  std::vector<PeriodCount> CountHistory(uint32_t index) const;

  std::string Serialize() const;
  Status Restore(std::string_view bytes);

 private:
  struct PatternSeries {
    uint64_t count = 0;  // lines in the open period
    anomaly::BandModel model;
    // Counts of the last closed periods, newest last: the i-th from the end
    // belongs to closed_starts_'s i-th from the end (a pattern created
    // later has fewer). Saturates at UINT32_MAX.
    std::vector<uint32_t> history;
  };

  bool IsSuppressed(const Pattern& pattern) const;
  void ClosePeriods(int64_t until_ms, std::vector<PatternAnomaly>& raised);
  void Raise(PatternAnomaly anomaly, uint32_t index, std::vector<PatternAnomaly>& raised);
  PatternSeries& SeriesOf(uint32_t index);

  PatternAnomalyOptions options_;
  PatternMiner miner_;
  PatternAnomalyCounters counters_;
  bool started_ = false;
  int64_t first_line_ms_ = 0;
  int64_t period_start_ms_ = 0;  // start of the open evaluation period
  uint64_t lines_in_period_ = 0;
  std::deque<int64_t> closed_starts_;  // starts of the last count_history closed periods
  std::unordered_map<uint32_t, PatternSeries> series_;  // by live pattern index
  std::unordered_set<std::string> suppressed_;
  std::vector<PatternAnomaly> anomalies_;           // oldest first
  std::unordered_map<std::string, size_t> active_;  // pattern id -> index in anomalies_
};

}  // namespace tailwatch::engine::patterns

#endif  // TAILWATCH_ENGINE_PATTERNS_PATTERN_ANOMALIES_H_
