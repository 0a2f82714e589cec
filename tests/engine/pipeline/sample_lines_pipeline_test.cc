// The log lines behind an alarm, end to end through the pipeline: which
// lines an event to ALARM carries, for which series, and that they survive
// checkpoints and reloads of an unchanged alarm.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/pipeline/pipeline.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

// Latency of slow requests per host; alarm on host "a" when its maximum
// goes over 100 ms in a minute.
PipelineSpec LatencySpec(std::optional<int> sample_lines) {
  PipelineSpec spec;
  spec.log_groups.push_back({"api", {}});
  FilterSpec filter;
  filter.name = "latency";
  filter.log_group = "api";
  filter.pattern = "{ $.ms > 0 }";
  filter.transformation.metric_name = "LatencyMs";
  filter.transformation.metric_namespace = "Api";
  filter.transformation.metric_value = "$.ms";
  filter.transformation.dimensions = {{"Host", "$.host"}};
  spec.filters.push_back(filter);
  AlarmSpec alarm;
  alarm.name = "slowA";
  alarm.metric_namespace = "Api";
  alarm.metric_name = "LatencyMs";
  alarm.dimensions = {{"Host", "a"}};
  alarm.statistic = Statistic::kMaximum;
  alarm.period_seconds = 60;
  alarm.evaluation_periods = 1;
  alarm.threshold = 100;
  alarm.comparison_operator = ComparisonOperator::kGreaterThanThreshold;
  alarm.sample_lines = sample_lines;
  spec.alarms.push_back(alarm);
  return spec;
}

std::string Line(const std::string& host, int ms) {
  return R"({"host":")" + host + R"(","ms":)" + std::to_string(ms) + "}";
}

std::vector<std::string> Messages(const std::vector<SampleLine>& lines) {
  std::vector<std::string> out;
  for (const SampleLine& line : lines) out.push_back(line.message);
  return out;
}

std::unique_ptr<Pipeline> Make(PipelineSpec spec) {
  auto p = Pipeline::Create(std::move(spec));
  EXPECT_TRUE(p) << p.error().message;
  return std::move(*p);
}

// Minute 0 is quiet; minute 1 has host "a" breaching and host "b" slower.
void FeedBreachingMinute(Pipeline& p) {
  p.SetEventSource("/var/log/api.log");
  p.ProcessEvent(0, Line("a", 20), kT0 + 60000 + 1000);
  p.ProcessEvent(0, Line("a", 150), kT0 + 60000 + 2000);
  p.ProcessEvent(0, Line("b", 900), kT0 + 60000 + 3000);  // another series
  p.ProcessEvent(0, "not json at all", kT0 + 60000 + 3500);
  p.ProcessEvent(0, Line("a", 300), kT0 + 60000 + 4000);
  p.ProcessEvent(0, Line("a", 120), kT0 + 60000 + 5000);
}

TEST(SampleLinesPipelineTest, EventToAlarmCarriesTheMostTellingLinesOfItsSeries) {
  auto p = Make(LatencySpec(2));
  EXPECT_TRUE(p->Tick(kT0 + 60000).empty());
  FeedBreachingMinute(*p);
  const auto events = p->Tick(kT0 + 120000);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
  // The two highest values of host a's breaching minute, in time order.
  ASSERT_EQ((std::vector<std::string>{Line("a", 150), Line("a", 300)}),
            Messages(events[0].sample_lines));
  EXPECT_EQ(kT0 + 62000, events[0].sample_lines[0].time_ms);
  EXPECT_EQ(150, events[0].sample_lines[0].value);
  EXPECT_EQ("api", events[0].sample_lines[0].log_group);
  EXPECT_EQ("/var/log/api.log", events[0].sample_lines[0].source);

  const auto status = p->alarms().Statuses().at(0);
  EXPECT_EQ(events[0].sample_lines, status.sample_lines);

  // Back to OK: no lines, and the status drops them.
  p->ProcessEvent(0, Line("a", 10), kT0 + 120000 + 1000);
  const auto ok = p->Tick(kT0 + 180000);
  ASSERT_EQ(1u, ok.size());
  EXPECT_EQ(AlarmState::kOk, ok[0].new_state);
  EXPECT_TRUE(ok[0].sample_lines.empty());
  EXPECT_TRUE(p->alarms().Statuses().at(0).sample_lines.empty());
}

TEST(SampleLinesPipelineTest, StatusKeepsTheLatestBreachingLinesWhileInAlarm) {
  PipelineSpec spec = LatencySpec(2);
  spec.alarms[0].treat_missing_data = TreatMissingData::kIgnore;
  auto p = Make(std::move(spec));
  p->Tick(kT0 + 60000);
  FeedBreachingMinute(*p);
  ASSERT_EQ(1u, p->Tick(kT0 + 120000).size());
  // A later breaching minute joins them (the two highest of the range);
  // once minute 1 leaves the range, minute 2's line is the latest, and
  // silent minutes keep it.
  p->ProcessEvent(0, Line("a", 999), kT0 + 120000 + 1000);
  EXPECT_TRUE(p->Tick(kT0 + 180000).empty());
  const std::vector<std::string> latest = {Line("a", 300), Line("a", 999)};
  EXPECT_EQ(latest, Messages(p->alarms().Statuses().at(0).sample_lines));
  EXPECT_TRUE(p->Tick(kT0 + 600000).empty());
  EXPECT_EQ(AlarmState::kAlarm, p->alarms().Statuses().at(0).state);
  EXPECT_EQ((std::vector<std::string>{Line("a", 999)}),
            Messages(p->alarms().Statuses().at(0).sample_lines));
}

TEST(SampleLinesPipelineTest, OnlyLinesOfBreachingDatapointsAreCarried) {
  auto p = Make(LatencySpec(5));
  // The alarm reads 3 periods; minute 0's datapoint (50) does not breach.
  p->ProcessEvent(0, Line("a", 50), kT0 + 1000);
  EXPECT_TRUE(p->Tick(kT0 + 60000).size() == 1);  // OK
  p->ProcessEvent(0, Line("a", 500), kT0 + 60000 + 1000);
  const auto events = p->Tick(kT0 + 120000);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ((std::vector<std::string>{Line("a", 500)}), Messages(events[0].sample_lines));
}

TEST(SampleLinesPipelineTest, OffByDefaultInTheEngine) {
  auto p = Make(LatencySpec(std::nullopt));
  EXPECT_FALSE(p->alarms().KeepsSampleLines(0));
  p->Tick(kT0 + 60000);
  FeedBreachingMinute(*p);
  const auto events = p->Tick(kT0 + 120000);
  ASSERT_EQ(1u, events.size());
  EXPECT_TRUE(events[0].sample_lines.empty());
}

TEST(SampleLinesPipelineTest, DefaultValuesAreNotSampleLines) {
  PipelineSpec spec;
  spec.log_groups.push_back({"app", {}});
  FilterSpec filter;
  filter.name = "errors";
  filter.log_group = "app";
  filter.pattern = "ERROR";
  filter.transformation.metric_name = "Errors";
  filter.transformation.metric_namespace = "App";
  filter.transformation.metric_value = "1";
  filter.transformation.default_value = 0;
  spec.filters.push_back(filter);
  AlarmSpec alarm;
  alarm.name = "errors";
  alarm.metric_namespace = "App";
  alarm.metric_name = "Errors";
  alarm.statistic = Statistic::kSum;
  alarm.period_seconds = 60;
  alarm.evaluation_periods = 1;
  alarm.threshold = 1;
  alarm.comparison_operator = ComparisonOperator::kGreaterThanOrEqualToThreshold;
  alarm.sample_lines = 3;
  spec.alarms.push_back(alarm);
  auto p = Make(std::move(spec));
  p->Tick(kT0);
  for (int i = 0; i < 5; ++i) p->ProcessEvent(0, "all fine " + std::to_string(i), kT0 + i);
  p->ProcessEvent(0, "ERROR disk full", kT0 + 10);
  p->ProcessEvent(0, "all fine again", kT0 + 11);
  const auto events = p->Tick(kT0 + 60000);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ((std::vector<std::string>{"ERROR disk full"}), Messages(events[0].sample_lines));
  EXPECT_EQ("", events[0].sample_lines[0].source);
}

TEST(SampleLinesPipelineTest, ADroppedMatchLeavesNoLineForTheNextDefault) {
  PipelineSpec spec;
  spec.log_groups.push_back({"app", {}});
  FilterSpec filter;
  filter.name = "latency";
  filter.log_group = "app";
  filter.pattern = "[host, ms]";
  filter.transformation.metric_name = "Ms";
  filter.transformation.metric_namespace = "App";
  filter.transformation.metric_value = "$ms";
  filter.transformation.default_value = 0;
  spec.filters.push_back(filter);
  AlarmSpec alarm;
  alarm.name = "any";
  alarm.metric_namespace = "App";
  alarm.metric_name = "Ms";
  alarm.statistic = Statistic::kSum;
  alarm.period_seconds = 60;
  alarm.evaluation_periods = 1;
  alarm.threshold = 0;
  alarm.comparison_operator = ComparisonOperator::kGreaterThanOrEqualToThreshold;
  alarm.sample_lines = 3;
  spec.alarms.push_back(alarm);
  auto p = Make(std::move(spec));
  p->Tick(kT0);
  p->ProcessEvent(0, "a notanumber", kT0 + 1);  // matches; its value is dropped
  p->ProcessEvent(0, "single", kT0 + 2);        // no match: the default value
  const auto events = p->Tick(kT0 + 60000);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
  EXPECT_TRUE(events[0].sample_lines.empty()) << events[0].sample_lines[0].message;
}

TEST(SampleLinesPipelineTest, WholeBuffersGiveTheSameLines) {
  auto p = Make(LatencySpec(2));
  p->Tick(kT0 + 60000);
  const std::string buffer = Line("a", 20) + "\n" + Line("a", 150) + "\n" + Line("b", 900) + "\n" +
                             Line("a", 300) + "\n" + Line("a", 120) + "\n";
  p->SetEventSource("/var/log/api.log");
  EXPECT_EQ(5u, p->ProcessBuffer(0, buffer, kT0 + 61000));
  const auto events = p->Tick(kT0 + 120000);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ((std::vector<std::string>{Line("a", 150), Line("a", 300)}),
            Messages(events[0].sample_lines));
  EXPECT_EQ("/var/log/api.log", events[0].sample_lines[1].source);
}

TEST(SampleLinesPipelineTest, CheckpointKeepsTheLinesAndTheRing) {
  auto p = Make(LatencySpec(2));
  p->Tick(kT0 + 60000);
  FeedBreachingMinute(*p);
  const auto events = p->Tick(kT0 + 120000);
  ASSERT_EQ(1u, events.size());
  p->ProcessEvent(0, Line("a", 700), kT0 + 120000 + 500);  // the current minute
  const std::string bytes = p->Serialize();

  auto restored = Make(LatencySpec(2));
  ASSERT_TRUE(restored->Restore(bytes));
  EXPECT_EQ(events[0].sample_lines, restored->alarms().Statuses().at(0).sample_lines);
  EXPECT_EQ(p->alarms().sample_lines(0).AllLines(), restored->alarms().sample_lines(0).AllLines());
  EXPECT_EQ(3u, restored->alarms().sample_lines(0).size());

  // A checkpoint cut short changes nothing.
  auto untouched = Make(LatencySpec(2));
  EXPECT_FALSE(untouched->Restore(bytes.substr(0, bytes.size() - 10)));
  EXPECT_EQ(0u, untouched->alarms().sample_lines(0).size());
}

TEST(SampleLinesPipelineTest, ReloadKeepsLinesOfUnchangedAlarmsOnly) {
  auto p = Make(LatencySpec(2));
  p->Tick(kT0 + 60000);
  FeedBreachingMinute(*p);
  ASSERT_EQ(1u, p->Tick(kT0 + 120000).size());

  auto same = Make(LatencySpec(2));
  same->AdoptStateFrom(*p);
  EXPECT_EQ(2u, same->alarms().Statuses().at(0).sample_lines.size());
  EXPECT_EQ(2u, same->alarms().sample_lines(0).size());

  auto p2 = Make(LatencySpec(2));
  p2->Tick(kT0 + 60000);
  FeedBreachingMinute(*p2);
  ASSERT_EQ(1u, p2->Tick(kT0 + 120000).size());
  PipelineSpec changed = LatencySpec(2);
  changed.alarms[0].threshold = 200;
  auto other = Make(std::move(changed));
  other->AdoptStateFrom(*p2);
  EXPECT_TRUE(other->alarms().Statuses().at(0).sample_lines.empty());
  EXPECT_EQ(0u, other->alarms().sample_lines(0).size());
}

}  // namespace
}  // namespace tailwatch::engine
