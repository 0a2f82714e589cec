// LogAnomalyWorker: the detectors on their own thread give what the same
// detectors give inline, in order, with the checkpoint covering exactly what
// was handed over, and bounded memory.
#include "daemon/runtime/log_anomaly_worker.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <vector>

namespace tailwatch::daemon {
namespace {

using ::testing::HasSubstr;

config::LogAnomalyDetectorConfig Detector(std::string name, std::string group = "app") {
  config::LogAnomalyDetectorConfig d;
  d.name = std::move(name);
  d.log_groups = {std::move(group)};
  d.learning_period_seconds = 10;
  d.evaluation_frequency_seconds = 5;
  return d;
}

// Second `second`'s records: two templates, ten of each.
std::string Records(int second) {
  std::string buffer;
  for (int i = 0; i < 10; ++i) {
    buffer +=
        "worker " + std::to_string(i) + " finished batch " + std::to_string(second * 10 + i) + "\n";
    buffer += "loaded shard /data/s-" + std::to_string(i) + ".bin\n";
  }
  return buffer;
}

std::unique_ptr<LogAnomalyRuntime> Runtime() {
  return std::make_unique<LogAnomalyRuntime>(
      std::vector<config::LogAnomalyDetectorConfig>{Detector("d")}, "us-east-1", "000000000000");
}

TEST(LogAnomalyWorkerTest, RaisesWhatTheDetectorsRaiseInlineWithTheirEntries) {
  std::atomic<int> updates{0};
  LogAnomalyWorker worker(Runtime(), [&] { ++updates; });
  LogAnomalyRuntime inline_runtime({Detector("d")}, "us-east-1", "000000000000");
  std::vector<RaisedLogAnomaly> inline_raised;
  for (int second = 0; second < 20; ++second) {
    worker.ObserveRecords("app", Records(second), second * 1000);
    worker.Advance(second * 1000);
    inline_runtime.ObserveRecords("app", Records(second), second * 1000, inline_raised);
    inline_runtime.Advance(second * 1000, inline_raised);
  }
  worker.ObserveEvent("other", "kernel panic on node 4", 21000);  // not watched
  worker.ObserveEvent("app", "kernel panic on node 4", 21000);
  worker.Flush();
  inline_runtime.ObserveEvent("app", "kernel panic on node 4", 21000, inline_raised);
  worker.Drain();

  std::vector<RaisedLogAnomaly> raised;
  worker.TakeRaised(raised);
  ASSERT_EQ(raised.size(), inline_raised.size());
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].anomaly.pattern, inline_raised[0].anomaly.pattern);
  EXPECT_EQ(raised[0].entry, inline_runtime.AnomalyJson("d", inline_raised[0].anomaly));
  EXPECT_THAT(raised[0].entry, HasSubstr("\"patternString\":\"kernel panic on node <*>\""));
  raised.clear();
  worker.TakeRaised(raised);
  EXPECT_TRUE(raised.empty()) << "taken once";

  EXPECT_EQ(worker.Serialize(), inline_runtime.Serialize());
  const auto views = worker.views();
  EXPECT_EQ(*views->anomalies_json, inline_runtime.AnomaliesJson());
  EXPECT_EQ(views->patterns_json->at("app"), inline_runtime.PatternsJsonByGroup(50).at("app"));
  EXPECT_GT(updates.load(), 0);
}

TEST(LogAnomalyWorkerTest, ACheckpointCoversEverythingHandedOverBeforeIt) {
  LogAnomalyWorker worker(Runtime(), nullptr);
  LogAnomalyRuntime inline_runtime({Detector("d")}, "us-east-1", "000000000000");
  std::vector<RaisedLogAnomaly> ignored;
  // Not flushed: Serialize hands the pending batch over itself.
  for (int second = 0; second < 5; ++second) {
    worker.ObserveRecords("app", Records(second), second * 1000);
    inline_runtime.ObserveRecords("app", Records(second), second * 1000, ignored);
  }
  const std::string bytes = worker.Serialize();
  EXPECT_EQ(bytes, inline_runtime.Serialize());

  LogAnomalyWorker restored(Runtime(), nullptr);
  ASSERT_TRUE(restored.Restore(bytes));
  EXPECT_EQ(restored.Serialize(), bytes);
  EXPECT_FALSE(restored.Restore("not a checkpoint"));
}

TEST(LogAnomalyWorkerTest, MoreThanTheQueueHoldsWaitsInsteadOfGrowing) {
  LogAnomalyWorker worker(Runtime(), nullptr);
  // 3x the queue's bound in 64 KiB buffers: the producer waits for the worker.
  const std::string buffer = [] {
    std::string b;
    while (b.size() < (64 << 10)) b += Records(1);
    return b;
  }();
  const size_t buffers = 3 * LogAnomalyWorker::kMaxQueuedBytes / buffer.size();
  for (size_t i = 0; i < buffers; ++i) worker.ObserveRecords("app", buffer, 1000);
  worker.Drain();
  EXPECT_THAT(worker.views()->patterns_json->at("app"), HasSubstr("\"pattern_count\":2"));
}

TEST(LogAnomalyWorkerTest, AReloadKeepsAnUnchangedDetectorAndFollowsTheNewGroups) {
  LogAnomalyWorker worker(Runtime(), nullptr);
  for (int second = 0; second < 20; ++second) {
    worker.ObserveRecords("app", Records(second), second * 1000);
  }
  EXPECT_TRUE(worker.Watches("app"));
  worker.Replace({Detector("d"), Detector("e", "jobs")}, "us-east-1", "000000000000");
  EXPECT_TRUE(worker.Watches("jobs"));
  // "d" learned before the reload: its known templates raise nothing now.
  worker.ObserveRecords("app", Records(21), 21000);
  worker.ObserveEvent("jobs", "job 7 started", 21000);
  worker.Drain();
  std::vector<RaisedLogAnomaly> raised;
  worker.TakeRaised(raised);
  EXPECT_TRUE(raised.empty());
  EXPECT_THAT(worker.views()->patterns_json->at("app"), HasSubstr("\"count\":210"));

  worker.Replace({}, "us-east-1", "000000000000");
  EXPECT_TRUE(worker.empty());
  EXPECT_FALSE(worker.Watches("app"));
}

TEST(LogAnomalyWorkerTest, StopsWithWorkStillQueued) {
  auto worker = std::make_unique<LogAnomalyWorker>(Runtime(), nullptr);
  for (int second = 0; second < 200; ++second) {
    worker->ObserveRecords("app", Records(second), second * 1000);
    worker->Flush();
  }
  worker.reset();  // joins without waiting for the queue
}

}  // namespace
}  // namespace tailwatch::daemon
