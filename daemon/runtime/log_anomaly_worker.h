// The log-anomaly detectors on a thread of their own (docs/patterns.md "In
// the daemon"): the engine strand hands each read buffer and pushed event to
// it and goes on with the metric filters, so mining patterns no longer takes
// its time from them. The learned state stays a plain LogAnomalyRuntime,
// touched only by the worker thread.
//
// Order and consistency:
//   - work is handed over in batches and done in the order it was handed
//     over, so an Advance (a tick) judges every line read before it;
//   - Serialize, Restore and Replace run on the worker after everything
//     handed over before them: a checkpoint's learned state covers exactly
//     the lines its file offsets cover;
//   - raised anomalies wait in the worker until the strand takes them
//     (TakeRaised); `on_update` is called on the worker thread when there are
//     some, or when the views changed, and must only post to the strand.
// Memory is bounded: the strand waits while more than kMaxQueuedBytes are
// handed over and not yet mined (the detectors set the pace then, as they
// did on the strand).
#ifndef TAILWATCH_DAEMON_RUNTIME_LOG_ANOMALY_WORKER_H_
#define TAILWATCH_DAEMON_RUNTIME_LOG_ANOMALY_WORKER_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "daemon/runtime/log_anomaly_runtime.h"

namespace tailwatch::daemon {

// What HTTP readers see of the detectors, rebuilt on the worker at each
// Advance and whenever an anomaly is raised (learned patterns change with
// every line: the views are not rebuilt per line).
struct LogAnomalyViews {
  uint64_t version = 0;
  std::shared_ptr<const std::string> anomalies_json;
  std::shared_ptr<const std::unordered_map<std::string, std::string>> patterns_json;
  std::shared_ptr<const std::vector<std::pair<std::string, double>>> log_patterns;
};

class LogAnomalyWorker {
 public:
  static constexpr size_t kBatchBytes = 1 << 20;      // a batch is handed over at this size
  static constexpr size_t kMaxQueuedBytes = 8 << 20;  // the strand waits beyond this
  static constexpr size_t kTopPatterns = 50;          // per detector, in the patterns view

  LogAnomalyWorker(std::unique_ptr<LogAnomalyRuntime> runtime, std::function<void()> on_update);
  // Stops the thread; work still queued is dropped (Serialize first to keep it).
  ~LogAnomalyWorker();
  LogAnomalyWorker(const LogAnomalyWorker&) = delete;
  LogAnomalyWorker& operator=(const LogAnomalyWorker&) = delete;

  // ---- the strand's side ----
  bool empty() const { return watched_.empty(); }
  bool Watches(std::string_view log_group) const;
  // Copies the work into the pending batch (handed over at kBatchBytes).
  void ObserveRecords(std::string_view log_group, std::string_view records, int64_t time_ms);
  void ObserveEvent(std::string_view log_group, std::string_view message, int64_t time_ms);
  // Closes evaluation periods; hands the pending batch over.
  void Advance(int64_t now_ms);
  // Hands the pending batch over (the end of a poll or a push).
  void Flush();
  // Moves the anomalies raised so far into `out` (appended), in order.
  void TakeRaised(std::vector<RaisedLogAnomaly>& out);
  std::shared_ptr<const LogAnomalyViews> views() const;

  // Wait for everything handed over before them, then run on the worker.
  std::string Serialize();
  Status Restore(std::string_view bytes);
  // Detectors whose definition is unchanged keep what they learned.
  void Replace(const std::vector<config::LogAnomalyDetectorConfig>& detectors,
               std::string_view region, std::string_view account_id);
  // Everything handed over so far is mined (for tests and the final drain).
  void Drain();

 private:
  enum class ItemKind : uint8_t { kRecords, kEvent, kAdvance, kCall };
  struct Item {
    ItemKind kind;
    uint32_t group;  // index into Batch::groups
    size_t offset;   // into Batch::bytes
    size_t size;
    int64_t time_ms;
  };
  struct Batch {
    uint64_t sequence = 0;
    std::string bytes;
    std::vector<std::string> groups;
    std::vector<Item> items;
    std::function<void(LogAnomalyRuntime&)> call;  // for the one kCall item
    void Clear();
  };

  void Append(ItemKind kind, std::string_view group, std::string_view bytes, int64_t time_ms);
  void HandOver(std::unique_lock<std::mutex>& lock);
  void Call(std::function<void(LogAnomalyRuntime&)> call);
  void Run();
  void Process(Batch& batch);
  void RebuildViews();
  void SetWatched(const std::vector<config::LogAnomalyDetectorConfig>& detectors);

  // The strand's: the groups watched, the batch being filled.
  std::vector<std::string> watched_;
  Batch pending_;

  // The worker's: the detectors and its scratch.
  std::unique_ptr<LogAnomalyRuntime> runtime_;
  std::vector<RaisedLogAnomaly> mined_;
  std::function<void()> on_update_;

  mutable std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable work_done_;
  std::deque<Batch> queue_;
  std::vector<Batch> spare_;  // cleared batches, their capacity kept
  size_t queued_bytes_ = 0;
  uint64_t handed_over_ = 0;  // sequence of the last batch handed over
  uint64_t processed_ = 0;    // sequence of the last batch mined
  bool stop_ = false;
  std::vector<RaisedLogAnomaly> raised_;
  std::shared_ptr<const LogAnomalyViews> views_;

  std::thread thread_;  // last: starts after every member above exists
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_LOG_ANOMALY_WORKER_H_
