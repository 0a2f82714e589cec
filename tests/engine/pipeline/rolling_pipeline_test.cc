// Rolling alarms through the whole Pipeline: a breach is an event at the
// sample that makes it; silence recovers on Tick; M of N over sub-windows;
// checkpoints and reloads keep the window; per-event and per-buffer input
// give the same transitions.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/pipeline/pipeline.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

PipelineSpec OomSpec(int period, int n, std::optional<int> m = std::nullopt) {
  PipelineSpec spec;
  spec.log_groups.push_back(LogGroupSpec{"train", {}});
  FilterSpec filter;
  filter.name = "oom";
  filter.log_group = "train";
  filter.pattern = "\"out of memory\"";
  filter.transformation.metric_name = "OOM";
  filter.transformation.metric_namespace = "Train";
  filter.transformation.metric_value = "1";
  spec.filters.push_back(filter);
  AlarmSpec alarm;
  alarm.name = "oom";
  alarm.metric_namespace = "Train";
  alarm.metric_name = "OOM";
  alarm.statistic = Statistic::kSum;
  alarm.period_seconds = period;
  alarm.evaluation_periods = n;
  alarm.datapoints_to_alarm = m;
  alarm.threshold = 0;
  alarm.comparison_operator = ComparisonOperator::kGreaterThanThreshold;
  alarm.treat_missing_data = TreatMissingData::kNotBreaching;
  alarm.rolling = true;
  spec.alarms.push_back(alarm);
  return spec;
}

std::unique_ptr<Pipeline> Make(PipelineSpec spec) {
  auto created = Pipeline::Create(std::move(spec));
  EXPECT_TRUE(created) << created.error().message;
  return std::move(*created);
}

std::string States(const std::vector<AlarmEvent>& events) {
  std::string out;
  for (const AlarmEvent& e : events) {
    out += std::string(AlarmStateName(e.old_state)) + ">" +
           std::string(AlarmStateName(e.new_state)) + "@" + std::to_string(e.time_ms - kT0) + " ";
  }
  return out;
}

TEST(RollingPipelineTest, ABreachIsAnEventAtTheSampleThatMadeIt) {
  auto p = Make(OomSpec(300, 1));
  // Only observed time is evidence: a window reaching before kT0 is
  // INSUFFICIENT_DATA until something breaches.
  p->BeginObservingAll(kT0);
  EXPECT_EQ(States(p->Tick(kT0 + 1000)), "");
  EXPECT_NE(p->alarms().Statuses()[0].reason.find("0 periods of the 1 needed were evidence"),
            std::string::npos)
      << p->alarms().Statuses()[0].reason;
  EXPECT_EQ(States(p->Tick(kT0 + 300000)), "INSUFFICIENT_DATA>OK@300000 ");
  p->ProcessEvent(0, "step 1 ok", kT0 + 312345);
  EXPECT_FALSE(p->HasRollingEvents());
  p->ProcessEvent(0, "CUDA out of memory", kT0 + 312345);
  ASSERT_TRUE(p->HasRollingEvents());
  const std::vector<AlarmEvent> events = p->TakeRollingEvents();
  EXPECT_EQ(States(events), "OK>ALARM@312345 ");
  // The reason names the rolling window: 300 s ending with the 5-s bucket.
  EXPECT_NE(events[0].reason.find("Threshold Crossed: 1 datapoint [1.0"), std::string::npos)
      << events[0].reason;
  EXPECT_NE(
      events[0].reason.find("Rolling window 2026-01-01T00:00:15.000Z to 2026-01-01T00:05:15.000Z."),
      std::string::npos)
      << events[0].reason;
  EXPECT_FALSE(p->HasRollingEvents());
  // More breaching samples change nothing.
  p->ProcessEvent(0, "CUDA out of memory", kT0 + 320000);
  EXPECT_FALSE(p->HasRollingEvents());
  EXPECT_EQ(p->alarms().Statuses()[0].state, AlarmState::kAlarm);
}

TEST(RollingPipelineTest, SilenceRecoversOnTickWhenTheSampleLeavesTheWindow) {
  auto p = Make(OomSpec(60, 1));
  p->BeginObservingAll(kT0);
  p->ProcessEvent(0, "out of memory", kT0 + 500);
  EXPECT_EQ(States(p->Tick(kT0 + 1000)), "INSUFFICIENT_DATA>ALARM@500 ");
  EXPECT_EQ(States(p->Tick(kT0 + 59999)), "");
  EXPECT_EQ(States(p->Tick(kT0 + 60000)), "ALARM>OK@60000 ");
}

TEST(RollingPipelineTest, MOfNCountsBreachingSubWindows) {
  // 2 of 3 sub-windows of 60 s: the second sample a minute later breaches
  // its sub-window while the first is still in an older one.
  auto p = Make(OomSpec(60, 3, 2));
  p->BeginObservingAll(kT0 - 3600000);
  p->ProcessEvent(0, "out of memory", kT0);
  EXPECT_EQ(States(p->TakeRollingEvents()), "INSUFFICIENT_DATA>OK@0 ");
  p->ProcessEvent(0, "out of memory", kT0 + 30000);  // same sub-window
  EXPECT_FALSE(p->HasRollingEvents());
  p->ProcessEvent(0, "out of memory", kT0 + 60000);
  const std::vector<AlarmEvent> events = p->TakeRollingEvents();
  EXPECT_EQ(States(events), "OK>ALARM@60000 ");
  EXPECT_NE(events[0].reason.find("2 out of the last 2 datapoints"), std::string::npos)
      << events[0].reason;
  // Sub-window j is (end - (j+1) 60 s, end - j 60 s]: until 180 s the
  // oldest holds the samples at 0 and 30 s and the next the one at 60 s.
  EXPECT_EQ(States(p->Tick(kT0 + 179999)), "");
  // Then the sample at 0 s leaves, and the oldest sub-window holds 30 s and
  // 60 s: one breaching sub-window of three.
  EXPECT_EQ(States(p->Tick(kT0 + 180000)), "ALARM>OK@180000 ");
}

TEST(RollingPipelineTest, MissingDataFollowsTheAlarmsRule) {
  PipelineSpec spec = OomSpec(60, 1);
  spec.alarms[0].treat_missing_data = TreatMissingData::kMissing;
  auto p = Make(spec);
  p->BeginObservingAll(kT0);
  p->ProcessEvent(0, "out of memory", kT0 + 1000);
  EXPECT_EQ(States(p->Tick(kT0 + 2000)), "INSUFFICIENT_DATA>ALARM@1000 ");
  EXPECT_EQ(States(p->Tick(kT0 + 61000)), "ALARM>INSUFFICIENT_DATA@61000 ");
}

TEST(RollingPipelineTest, CheckpointAndReloadKeepTheWindow) {
  auto p = Make(OomSpec(60, 1));
  p->BeginObservingAll(kT0);
  p->ProcessEvent(0, "out of memory", kT0 + 10000);
  EXPECT_EQ(States(p->Tick(kT0 + 11000)), "INSUFFICIENT_DATA>ALARM@10000 ");

  auto restored = Make(OomSpec(60, 1));
  ASSERT_TRUE(restored->Restore(p->Serialize()));
  EXPECT_EQ(restored->alarms().Statuses()[0].state, AlarmState::kAlarm);
  EXPECT_EQ(States(restored->Tick(kT0 + 69000)), "");
  EXPECT_EQ(States(restored->Tick(kT0 + 70000)), "ALARM>OK@70000 ");

  auto reloaded = Make(OomSpec(60, 1));
  reloaded->AdoptStateFrom(*p);
  EXPECT_EQ(States(reloaded->Tick(kT0 + 69000)), "");
  EXPECT_EQ(States(reloaded->Tick(kT0 + 70000)), "ALARM>OK@70000 ");
}

TEST(RollingPipelineTest, DimensionsMustMatchTheAlarmsSeries) {
  PipelineSpec spec = OomSpec(60, 1);
  spec.filters[0].pattern = "[word, gpu, ...]";
  spec.filters[0].transformation.dimensions = {{"Gpu", "$gpu"}};
  spec.alarms[0].dimensions = {{"Gpu", "3"}};
  auto p = Make(spec);
  p->BeginObservingAll(kT0);
  p->ProcessEvent(0, "oom 1 x", kT0 + 1000);
  EXPECT_FALSE(p->HasRollingEvents());  // another series
  p->ProcessEvent(0, "oom 3 x", kT0 + 2000);
  EXPECT_EQ(States(p->TakeRollingEvents()), "INSUFFICIENT_DATA>ALARM@2000 ");
}

TEST(RollingPipelineTest, NonNegativeDropsNegativeValues) {
  PipelineSpec spec = OomSpec(60, 1);
  spec.filters[0].pattern = "[word, n]";
  spec.filters[0].transformation.metric_value = "$n";
  spec.filters[0].transformation.non_negative = true;
  auto p = Make(spec);
  p->BeginObservingAll(kT0);
  p->ProcessEvent(0, "x -5", kT0 + 1000);
  EXPECT_FALSE(p->HasRollingEvents());
  EXPECT_EQ(p->Filters()[0].dropped_value, 1u);
  p->ProcessEvent(0, "x 2", kT0 + 2000);
  EXPECT_EQ(States(p->TakeRollingEvents()), "INSUFFICIENT_DATA>ALARM@2000 ");
}

TEST(RollingPipelineTest, BuffersGiveTheSameTransitionsAsEvents) {
  const std::vector<std::pair<int64_t, std::string>> input = {
      {1000, "ok\nok\n"},
      {5000, "out of memory\nok\n"},
      {70000, "ok\n"},
      {90000, "out of memory\nout of memory\n"}};
  std::string by_event, by_buffer;
  for (const bool buffers : {false, true}) {
    auto p = Make(OomSpec(60, 1));
    p->BeginObservingAll(kT0 - 60000);
    std::string& out = buffers ? by_buffer : by_event;
    for (const auto& [at, text] : input) {
      if (buffers) {
        p->ProcessBuffer(0, text, kT0 + at);
      } else {
        size_t start = 0;
        for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
          p->ProcessEvent(0, std::string_view(text).substr(start, nl - start), kT0 + at);
          start = nl + 1;
        }
      }
      out += States(p->Tick(kT0 + at));
    }
    out += States(p->Tick(kT0 + 200000));
  }
  EXPECT_EQ(by_event, by_buffer);
  EXPECT_EQ(by_event,
            "INSUFFICIENT_DATA>OK@1000 OK>ALARM@5000 ALARM>OK@70000 OK>ALARM@90000 "
            "ALARM>OK@200000 ");
}

// The event to ALARM carries the line that breached: the rolling window's
// sub-windows end with its newest bucket, after the breaching sample.
TEST(RollingPipelineTest, TheBreachCarriesItsSampleLine) {
  PipelineSpec spec = OomSpec(300, 1);
  spec.alarms[0].sample_lines = 3;
  auto p = Make(std::move(spec));
  p->BeginObservingAll(kT0);
  p->Tick(kT0 + 300000);
  p->ProcessEvent(0, "step 1 ok", kT0 + 312345);
  p->ProcessEvent(0, "RuntimeError: CUDA out of memory", kT0 + 312345);
  const std::vector<AlarmEvent> events = p->TakeRollingEvents();
  ASSERT_EQ(States(events), "OK>ALARM@312345 ");
  ASSERT_EQ(events[0].sample_lines.size(), 1u);
  EXPECT_EQ(events[0].sample_lines[0].message, "RuntimeError: CUDA out of memory");
  EXPECT_EQ(events[0].sample_lines[0].time_ms, kT0 + 312345);
}

}  // namespace
}  // namespace tailwatch::engine
