// The sliding sub-windows a rolling alarm judges (docs/cloudwatch-semantics.md
// §4.10): N sub-windows of `period` each, oldest first, the newest ending at
// the end of the bucket that holds "now".
//
// Samples fold into a ring of N x S buckets (S = 60 for periods of a minute
// or more, else one per second), so a bucket is period/60 (at least 1 s)
// and memory is bounded by 60 N buckets whatever the rate. The sub-window
// aggregates are cached: a sample inside the window updates its bucket and
// its sub-window in O(1); moving the window's end recomputes them once
// (O(N S)), at most once per bucket of time. SampleCount, Sum, Minimum and
// Maximum are exact.
//
// Pure and deterministic: time is an argument; never moves backwards.
#ifndef TAILWATCH_ENGINE_ALARM_ROLLING_WINDOW_H_
#define TAILWATCH_ENGINE_ALARM_ROLLING_WINDOW_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/aggregate/datapoint.h"
#include "engine/common/status.h"

namespace tailwatch::engine {

class RollingWindow {
 public:
  RollingWindow(int period_seconds, int sub_windows);

  int64_t bucket_ms() const { return bucket_ms_; }
  int64_t period_ms() const { return period_ms_; }
  int sub_windows() const { return sub_windows_; }

  // Moves the window so that its newest bucket holds `now_ms`; a time inside
  // or before the newest bucket changes nothing. Before the first call or
  // sample the window is empty and ends nowhere.
  void AdvanceTo(int64_t now_ms);

  // Folds one sample at `time_ms`, first moving the window forward to it.
  // False (and nothing changes) when it is older than the window.
  bool Add(int64_t time_ms, double value);

  // True once the window has an end (after AdvanceTo or Add).
  bool started() const { return started_; }
  // Exclusive end of the newest sub-window (the end of the newest bucket).
  int64_t end_ms() const;
  // Start of sub-window `i` (0 = oldest).
  int64_t SubWindowStart(int i) const {
    return end_ms() - static_cast<int64_t>(sub_windows_ - i) * period_ms_;
  }

  // The aggregate of each sub-window, oldest first (nullopt = no sample),
  // with period_start_ms = SubWindowStart(i).
  const std::vector<std::optional<Datapoint>>& SubWindows();

  // The buckets and the window's end, versioned; Restore replaces them only
  // when the bytes are whole and the shape (period, N) is the same.
  std::string Serialize() const;
  Status Restore(std::string_view bytes);

 private:
  struct Bucket {
    double count = 0;
    double sum = 0;
    double minimum = 0;
    double maximum = 0;
  };
  static void Fold(Bucket& b, double value);
  static void FoldInto(std::optional<Datapoint>& d, const Bucket& b, int64_t start_ms);
  Bucket& At(int64_t bucket_index);
  void Recompute();

  int64_t period_ms_;
  int sub_windows_;
  int buckets_per_window_;
  int64_t bucket_ms_;
  std::vector<Bucket> ring_;  // bucket b lives at b mod ring size
  bool started_ = false;
  int64_t head_ = 0;  // index (time / bucket_ms) of the newest bucket
  bool cache_valid_ = false;
  std::vector<std::optional<Datapoint>> cache_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_ROLLING_WINDOW_H_
