// LogAnomalyRuntime: which events a detector learns, the checkpoint round
// trip, and what a reload keeps.
#include "daemon/runtime/log_anomaly_runtime.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

namespace tailwatch::daemon {
namespace {

using ::testing::HasSubstr;

config::LogAnomalyDetectorConfig Detector(std::string name, std::string filter = "") {
  config::LogAnomalyDetectorConfig d;
  d.name = std::move(name);
  d.log_groups = {"app"};
  d.learning_period_seconds = 10;
  d.filter_pattern = std::move(filter);
  return d;
}

// 20 s of two learned templates, one record every 100 ms, as one buffer per second.
void Learn(LogAnomalyRuntime& runtime, std::vector<RaisedLogAnomaly>& raised) {
  for (int second = 0; second < 20; ++second) {
    std::string buffer;
    for (int i = 0; i < 10; ++i) {
      buffer += "worker " + std::to_string(i) + " finished batch " +
                std::to_string(second * 10 + i) + "\r\n";
      buffer += "loaded shard /data/s-" + std::to_string(i) + ".bin\n";
    }
    runtime.ObserveRecords("app", buffer, second * 1000, raised);
  }
}

TEST(LogAnomalyRuntimeTest, RaisesANewWordingAfterLearningOnlyInItsGroups) {
  LogAnomalyRuntime runtime({Detector("d")}, "us-west-2", "123456789012");
  std::vector<RaisedLogAnomaly> raised;
  Learn(runtime, raised);
  EXPECT_TRUE(raised.empty());
  EXPECT_TRUE(runtime.Watches("app"));
  EXPECT_FALSE(runtime.Watches("other"));
  runtime.ObserveEvent("other", "kernel panic on node 4", 21000, raised);
  EXPECT_TRUE(raised.empty());
  runtime.ObserveEvent("app", "kernel panic on node 4", 21000, raised);
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].detector, "d");
  EXPECT_EQ(raised[0].anomaly.kind, engine::patterns::AnomalyKind::kNewPattern);
  const std::string json = runtime.AnomaliesJson();
  EXPECT_THAT(json, HasSubstr("\"patternString\":\"kernel panic on node <*>\""));
  EXPECT_THAT(json, HasSubstr("arn:aws:logs:us-west-2:123456789012:anomaly-detector:d"));
  EXPECT_THAT(runtime.PatternsJsonByGroup(10).at("app"), HasSubstr("\"count\":200"));
  EXPECT_EQ(runtime.PatternCounts().at(0).second, 3.0);
  // The wording first seen after learning is marked new; the learned ones are not.
  const std::string patterns = runtime.PatternsJsonByGroup(10).at("app");
  EXPECT_THAT(patterns, HasSubstr("\"pattern\":\"kernel panic on node <*>\",\"count\":1,"
                                  "\"first_seen\":21000,\"last_seen\":21000,\"new\":true"));
  EXPECT_THAT(patterns, HasSubstr("\"first_seen\":0,\"last_seen\":19000,\"new\":false"));
}

TEST(LogAnomalyRuntimeTest, FilterPatternChoosesTheEventsLearned) {
  LogAnomalyRuntime runtime({Detector("d", "-DEBUG")}, "us-west-2", "123456789012");
  std::vector<RaisedLogAnomaly> raised;
  Learn(runtime, raised);
  runtime.ObserveEvent("app", "DEBUG cache warm 17", 21000, raised);
  EXPECT_TRUE(raised.empty());
  runtime.ObserveEvent("app", "ERROR cache cold 17", 21000, raised);
  EXPECT_EQ(raised.size(), 1u);
}

// Events the filter leaves out still start the learning clock: a failure
// that is the first matching line, after the learning period, is new.
TEST(LogAnomalyRuntimeTest, LearningRunsFromTheGroupsFirstEventNotTheFirstMatch) {
  LogAnomalyRuntime runtime({Detector("d", "%Error%")}, "us-west-2", "123456789012");
  std::vector<RaisedLogAnomaly> raised;
  Learn(runtime, raised);
  runtime.ObserveEvent("app", "RuntimeError: NCCL communicator was aborted", 21000, raised);
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].anomaly.priority, "HIGH");
}

TEST(LogAnomalyRuntimeTest, CheckpointAndReloadKeepWhatWasLearned) {
  LogAnomalyRuntime runtime({Detector("d"), Detector("e")}, "us-west-2", "123456789012");
  std::vector<RaisedLogAnomaly> raised;
  Learn(runtime, raised);

  LogAnomalyRuntime restored({Detector("d")}, "us-west-2", "123456789012");
  ASSERT_TRUE(restored.Restore(runtime.Serialize()));  // "e" is gone: ignored
  restored.ObserveEvent("app", "worker 99 finished batch 123456", 22000, raised);
  EXPECT_TRUE(raised.empty());
  EXPECT_FALSE(restored.Restore("garbage"));

  // Unchanged "d" keeps its state; changed "e" learns afresh.
  config::LogAnomalyDetectorConfig changed = Detector("e");
  changed.learning_period_seconds = 0;
  LogAnomalyRuntime reloaded({Detector("d"), changed}, "us-west-2", "123456789012", &runtime);
  reloaded.ObserveEvent("app", "loaded shard /data/s-77.bin", 23000, raised);
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].detector, "e");
}

// Each listed pattern carries its count per evaluation period, oldest first,
// the open period last.
TEST(LogAnomalyRuntimeTest, PatternsJsonCarriesTheCountPerEvaluationPeriod) {
  config::LogAnomalyDetectorConfig d = Detector("d");
  d.evaluation_frequency_seconds = 10;
  LogAnomalyRuntime runtime({d}, "us-west-2", "123456789012");
  std::vector<RaisedLogAnomaly> raised;
  Learn(runtime, raised);  // 10 records of each template per second over [0, 20 s)
  runtime.Advance(25000, raised);
  simdjson::dom::parser parser;
  const std::string json = runtime.PatternsJsonByGroup(10).at("app");
  simdjson::dom::element doc;
  ASSERT_EQ(simdjson::SUCCESS, parser.parse(json).get(doc)) << json;
  simdjson::dom::array patterns = doc["detectors"].at(0)["patterns"].get_array();
  ASSERT_EQ(2u, patterns.size());
  for (simdjson::dom::element p : patterns) {
    simdjson::dom::array counts = p["counts"].get_array();
    ASSERT_EQ(3u, counts.size()) << json;
    std::vector<std::string> starts;
    std::vector<uint64_t> values;
    for (simdjson::dom::element c : counts) {
      starts.emplace_back(std::string_view(c["start"].get_string()));
      values.push_back(uint64_t(c["count"].get_uint64()));
    }
    EXPECT_EQ(starts,
              (std::vector<std::string>{"1970-01-01T00:00:00.000Z", "1970-01-01T00:00:10.000Z",
                                        "1970-01-01T00:00:20.000Z"}));
    EXPECT_EQ(values, (std::vector<uint64_t>{100, 100, 0}));
    EXPECT_TRUE(counts.at(2)["open"].get_bool().value());
    EXPECT_EQ(simdjson::NO_SUCH_FIELD, counts.at(0)["open"].error());
  }
}

}  // namespace
}  // namespace tailwatch::daemon
