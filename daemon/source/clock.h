// Time for the tailer, injected so tests drive it by hand.
//
// The tail stage never reads a clock itself: partial-line flushes, rescans and
// the grace period after a rotation all ask a Clock. The daemon passes a
// SteadyClock; tests pass a ManualClock and advance it explicitly (STYLE.md §6).
// Implementations are used from one strand only and need no locking.
#ifndef TAILWATCH_DAEMON_SOURCE_CLOCK_H_
#define TAILWATCH_DAEMON_SOURCE_CLOCK_H_

#include <chrono>
#include <cstdint>

namespace tailwatch::daemon {

class Clock {
 public:
  virtual ~Clock() = default;
  // Milliseconds on a monotonic scale; only differences are meaningful.
  virtual int64_t NowMs() = 0;
};

// std::chrono::steady_clock in milliseconds.
class SteadyClock final : public Clock {
 public:
  int64_t NowMs() override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
};

// A clock that moves only when told to.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(int64_t start_ms = 0) : now_ms_(start_ms) {}
  int64_t NowMs() override { return now_ms_; }
  void Advance(int64_t ms) { now_ms_ += ms; }
  void Set(int64_t ms) { now_ms_ = ms; }

 private:
  int64_t now_ms_;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_CLOCK_H_
