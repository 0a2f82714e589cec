// EngineWorkers: every task runs once per round, tasks of a round run at
// once on the workers and the caller, a task's exception reaches the caller
// after the round, and rounds follow one another on one pool.
#include "daemon/runtime/engine_workers.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace tailwatch::daemon {
namespace {

TEST(EngineWorkersTest, RunsEveryTaskOncePerRound) {
  for (int threads : {1, 2, 4}) {
    EngineWorkers workers(threads);
    EXPECT_EQ(threads, workers.threads());
    // Workers that spin between rounds and workers that sleep.
    workers.ExpectNextRoundSoon(threads == 2);
    for (size_t count : {size_t{0}, size_t{1}, size_t{3}, size_t{17}}) {
      for (int round = 0; round < 20; ++round) {
        std::vector<std::atomic<int>> runs(count);
        workers.RunAll(count, [&](size_t i) { runs[i].fetch_add(1); });
        for (size_t i = 0; i < count; ++i) EXPECT_EQ(1, runs[i].load()) << threads << " " << i;
      }
    }
  }
}

// Two tasks that each wait for the other finish only if they run at once.
TEST(EngineWorkersTest, TasksOfARoundRunAtOnce) {
  EngineWorkers workers(2);
  std::mutex mu;
  std::condition_variable cv;
  int arrived = 0;
  bool both = true;
  workers.RunAll(2, [&](size_t) {
    std::unique_lock lock(mu);
    ++arrived;
    cv.notify_all();
    if (!cv.wait_for(lock, std::chrono::seconds(10), [&] { return arrived == 2; })) both = false;
  });
  EXPECT_TRUE(both);
}

TEST(EngineWorkersTest, AnExceptionReachesTheCallerAfterTheRound) {
  EngineWorkers workers(3);
  std::atomic<int> done{0};
  EXPECT_THROW(workers.RunAll(6,
                              [&](size_t i) {
                                if (i == 2) throw std::runtime_error("task 2");
                                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                                done.fetch_add(1);
                              }),
               std::runtime_error);
  EXPECT_EQ(5, done.load());
  // The pool still serves rounds.
  std::atomic<int> next{0};
  workers.RunAll(4, [&](size_t) { next.fetch_add(1); });
  EXPECT_EQ(4, next.load());
}

}  // namespace
}  // namespace tailwatch::daemon
