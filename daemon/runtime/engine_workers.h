// The threads that run log groups' filter stages at once (tailwatchd
// --engine-threads N): a fork-join pool of N - 1 threads plus the caller.
//
// The engine strand calls RunAll with one task per log group that has work;
// each task reads its group's files, matches them into that group's own batch
// (engine/pipeline/match_batch.h) and applies each batch to the store and
// alarms under one mutex. RunAll returns when every task is done, and the
// strand waits for it: checkpoints, snapshots and reloads never see a task in
// flight.
#ifndef TAILWATCH_DAEMON_RUNTIME_ENGINE_WORKERS_H_
#define TAILWATCH_DAEMON_RUNTIME_ENGINE_WORKERS_H_

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tailwatch::daemon {

class EngineWorkers {
 public:
  // `threads` >= 1 counts the caller: 1 runs every task on the caller.
  explicit EngineWorkers(int threads);
  ~EngineWorkers();
  EngineWorkers(const EngineWorkers&) = delete;
  EngineWorkers& operator=(const EngineWorkers&) = delete;

  int threads() const { return static_cast<int>(workers_.size()) + 1; }

  // Runs task(0) .. task(count - 1), each once, on the workers and the
  // caller; returns when all are done. One call at a time. An exception
  // thrown by a task is rethrown here once every task has finished.
  void RunAll(size_t count, const std::function<void(size_t)>& task);

  // Whether the caller will start the next round right away (a backlog is
  // being read): only then do idle workers spin for it instead of sleeping.
  void ExpectNextRoundSoon(bool soon) { spin_.store(soon, std::memory_order_relaxed); }

 private:
  void WorkerLoop();
  // Takes and runs tasks until none is left (unlocks while one runs).
  void Drain(std::unique_lock<std::mutex>& lock);

  // Counts rounds: a worker that finished its task watches it for a moment
  // before it sleeps (when the caller expects the next round soon), so
  // back-to-back rounds (a backlog read at full speed) do not each pay a
  // thread wake-up, which on a VM can outlast a whole task.
  std::atomic<uint64_t> rounds_{0};
  std::atomic<bool> spin_{false};
  std::mutex mu_;
  std::condition_variable work_cv_;  // workers wait for a round or stop
  std::condition_variable done_cv_;  // the caller waits for the round's end
  const std::function<void(size_t)>* task_ = nullptr;
  size_t count_ = 0;
  size_t next_ = 0;
  size_t running_ = 0;
  std::exception_ptr error_;
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_ENGINE_WORKERS_H_
