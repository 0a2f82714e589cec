#include "daemon/runtime/engine_workers.h"

#include <chrono>
#include <utility>

namespace tailwatch::daemon {

EngineWorkers::EngineWorkers(int threads) {
  for (int i = 1; i < threads; ++i) workers_.emplace_back([this] { WorkerLoop(); });
}

EngineWorkers::~EngineWorkers() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  work_cv_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void EngineWorkers::Drain(std::unique_lock<std::mutex>& lock) {
  while (task_ != nullptr && next_ < count_) {
    const size_t index = next_++;
    const std::function<void(size_t)>& task = *task_;
    ++running_;
    lock.unlock();
    std::exception_ptr error;
    try {
      task(index);
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    --running_;
    if (error && !error_) error_ = error;
  }
}

void EngineWorkers::WorkerLoop() {
  // How long a worker looks for the next round before it sleeps: longer than
  // the strand's work between two rounds, far shorter than a round.
  constexpr auto kSpin = std::chrono::microseconds(500);
  std::unique_lock<std::mutex> lock(mu_);
  uint64_t seen = rounds_.load(std::memory_order_relaxed);
  while (true) {
    if (!stop_ && !(task_ != nullptr && next_ < count_) && spin_.load(std::memory_order_relaxed)) {
      lock.unlock();
      const auto until = std::chrono::steady_clock::now() + kSpin;
      while (rounds_.load(std::memory_order_acquire) == seen &&
             std::chrono::steady_clock::now() < until) {
        std::this_thread::yield();
      }
      lock.lock();
    }
    work_cv_.wait(lock, [this] { return stop_ || (task_ != nullptr && next_ < count_); });
    if (stop_) return;
    seen = rounds_.load(std::memory_order_relaxed);
    Drain(lock);
    if (next_ >= count_ && running_ == 0) done_cv_.notify_one();
  }
}

void EngineWorkers::RunAll(size_t count, const std::function<void(size_t)>& task) {
  if (count == 0) return;
  std::unique_lock<std::mutex> lock(mu_);
  task_ = &task;
  count_ = count;
  next_ = 0;
  error_ = nullptr;
  rounds_.fetch_add(1, std::memory_order_release);
  if (!workers_.empty() && count > 1) work_cv_.notify_all();
  Drain(lock);
  done_cv_.wait(lock, [this] { return next_ >= count_ && running_ == 0; });
  task_ = nullptr;
  count_ = 0;
  next_ = 0;
  if (std::exception_ptr error = std::exchange(error_, nullptr)) {
    lock.unlock();
    std::rethrow_exception(error);
  }
}

}  // namespace tailwatch::daemon
