#include <gtest/gtest.h>

#include "engine/aggregate/metric_store.h"
#include "engine/alarm/alarm_engine.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kT0 = 1764979200000;  // a minute boundary

AlarmSpec Threshold(std::string name, TreatMissingData treat) {
  AlarmSpec spec;
  spec.name = std::move(name);
  spec.metric_namespace = "App";
  spec.metric_name = "Errors";
  spec.statistic = Statistic::kSum;
  spec.period_seconds = 60;
  spec.threshold = 1;
  spec.comparison_operator = ComparisonOperator::kGreaterThanOrEqualToThreshold;
  spec.treat_missing_data = treat;
  return spec;
}

TEST(AlarmSetState, ChangesStateWithTheCallersReasonAndEmitsOneEvent) {
  AlarmEngine engine({Threshold("a", TreatMissingData::kIgnore)});
  std::vector<AlarmEvent> events;
  ASSERT_TRUE(engine.SetState("a", AlarmState::kAlarm, "by hand", R"({"k":1})", kT0 + 5, events));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].old_state, AlarmState::kInsufficientData);
  EXPECT_EQ(events[0].new_state, AlarmState::kAlarm);
  EXPECT_EQ(events[0].reason, "by hand");
  EXPECT_EQ(events[0].time_ms, kT0 + 5);
  const auto status = engine.Statuses()[0];
  EXPECT_EQ(status.state, AlarmState::kAlarm);
  EXPECT_EQ(status.reason, "by hand");
  EXPECT_EQ(status.reason_data_json, R"({"k":1})");
  EXPECT_EQ(status.last_change_ms, kT0 + 5);

  events.clear();
  ASSERT_TRUE(engine.SetState("a", AlarmState::kAlarm, "again", "", kT0 + 6, events));
  EXPECT_TRUE(events.empty());  // same state: a new reason, no transition
  EXPECT_EQ(engine.Statuses()[0].reason, "again");
  EXPECT_FALSE(engine.SetState("missing", AlarmState::kOk, "x", "", kT0, events));
}

TEST(AlarmSetState, TheNextEvaluationJudgesAgain) {
  AlarmEngine engine({Threshold("a", TreatMissingData::kNotBreaching)});
  MetricStore store;
  engine.WatchMetrics(store);
  std::vector<AlarmEvent> events;
  ASSERT_TRUE(engine.SetState("a", AlarmState::kAlarm, "by hand", "", kT0 + 1000, events));
  const auto evaluated = engine.Tick(kT0 + 60000, store);
  ASSERT_EQ(evaluated.size(), 1u);
  EXPECT_EQ(evaluated[0].old_state, AlarmState::kAlarm);
  EXPECT_EQ(evaluated[0].new_state, AlarmState::kOk);
}

TEST(AlarmSetState, AJudgementOfAnEarlierBoundaryIsRecordedAfterTheManualChange) {
  AlarmEngine engine({Threshold("a", TreatMissingData::kNotBreaching)});
  MetricStore store;
  engine.WatchMetrics(store);
  std::vector<AlarmEvent> events;
  ASSERT_EQ(engine.Tick(kT0, store).size(), 1u);  // INSUFFICIENT_DATA -> OK
  // Set by hand 101 ms after the next boundary, which is judged 846 ms after it.
  ASSERT_TRUE(engine.SetState("a", AlarmState::kAlarm, "by hand", "", kT0 + 60101, events));
  const auto evaluated = engine.Tick(kT0 + 60846, store);
  ASSERT_EQ(evaluated.size(), 1u);
  EXPECT_EQ(evaluated[0].new_state, AlarmState::kOk);
  EXPECT_EQ(evaluated[0].time_ms, kT0 + 60101);
  EXPECT_EQ(engine.Statuses()[0].last_change_ms, kT0 + 60101);
}

}  // namespace
}  // namespace tailwatch::engine
