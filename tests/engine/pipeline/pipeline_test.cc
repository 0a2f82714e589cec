#include "engine/pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <map>

#include "engine/common/byte_codec.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

PipelineSpec SeedSpec() {
  PipelineSpec spec;
  spec.log_groups.push_back({"aiLogsGroup", {}});
  FilterSpec filter;
  filter.name = "anomalyMetricFilter";
  filter.log_group = "aiLogsGroup";
  filter.pattern = "Error Exception";
  filter.transformation.metric_name = "AnomalyOccurrences";
  filter.transformation.metric_namespace = "AIWorkloadLogs";
  filter.transformation.metric_value = "1";
  filter.transformation.default_value = 0;
  spec.filters.push_back(filter);
  AlarmSpec alarm;
  alarm.name = "anomalyAlarm";
  alarm.metric_namespace = "AIWorkloadLogs";
  alarm.metric_name = "AnomalyOccurrences";
  alarm.statistic = Statistic::kSum;
  alarm.period_seconds = 300;
  alarm.evaluation_periods = 1;
  alarm.datapoints_to_alarm = 1;
  alarm.threshold = 0;
  alarm.comparison_operator = ComparisonOperator::kGreaterThanThreshold;
  spec.alarms.push_back(alarm);
  return spec;
}

std::map<std::string, std::pair<double, uint64_t>> Totals(const Pipeline& p) {
  std::map<std::string, std::pair<double, uint64_t>> out;
  p.ForEachSeries([&](const SeriesTotals& s) { out[s.key.ToString()] = {s.sum, s.samples}; });
  return out;
}

TEST(PipelineTest, SeedExampleCountsAndAlarms) {
  auto pipeline = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(pipeline) << pipeline.error().message;
  Pipeline& p = **pipeline;
  EXPECT_TRUE(p.Tick(kT0).empty());  // first evaluation: all missing -> stays INSUFFICIENT_DATA
  p.ProcessEvent(0, "all good", kT0 + 1000);
  p.ProcessEvent(0, "Error: java.lang.Exception at x", kT0 + 2000);
  p.ProcessEvent(0, "Exception without the other word", kT0 + 3000);
  auto events = p.Tick(kT0 + 300000);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kInsufficientData, events[0].old_state);
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
  EXPECT_EQ("anomalyAlarm", events[0].alarm_name);

  auto filters = p.Filters();
  ASSERT_EQ(1u, filters.size());
  EXPECT_EQ(1u, filters[0].matches);
  auto totals = Totals(p);
  ASSERT_EQ(1u, totals.size());
  EXPECT_EQ(1.0, totals.begin()->second.first);  // sum: one match, two defaults of 0
  EXPECT_EQ(3u, totals.begin()->second.second);  // samples: every event (default value)
  EXPECT_EQ(3u, p.counters().events);
}

// Train/Loss from `$.loss`, by the dimension Rank from `$.rank`.
PipelineSpec LossByRankSpec() {
  PipelineSpec spec;
  spec.log_groups.push_back({"g", {}});
  FilterSpec filter;
  filter.name = "loss";
  filter.log_group = "g";
  filter.pattern = "{ $.loss = * }";
  filter.transformation.metric_name = "Loss";
  filter.transformation.metric_namespace = "Train";
  filter.transformation.metric_value = "$.loss";
  filter.transformation.dimensions = {{"Rank", "$.rank"}};
  spec.filters.push_back(filter);
  return spec;
}

TEST(PipelineTest, DimensionsMakeSeparateSeries) {
  auto pipeline = Pipeline::Create(LossByRankSpec());
  ASSERT_TRUE(pipeline) << pipeline.error().message;
  Pipeline& p = **pipeline;
  p.ProcessEvent(0, R"({"loss": 2.5, "rank": 0})", kT0);
  p.ProcessEvent(0, R"({"loss": 1.5, "rank": 0})", kT0);
  p.ProcessEvent(0, R"({"loss": 3.0, "rank": 1})", kT0);
  p.ProcessEvent(0, R"({"loss": "nan?", "rank": 1})", kT0);  // not a number: dropped
  p.ProcessEvent(0, R"({"loss": 1.0})", kT0);                // no rank: dropped
  auto totals = Totals(p);
  ASSERT_EQ(2u, totals.size());
  EXPECT_EQ(4.0, totals["Train/Loss{Rank=0}"].first);
  EXPECT_EQ(2u, totals["Train/Loss{Rank=0}"].second);
  EXPECT_EQ(3.0, totals["Train/Loss{Rank=1}"].first);
  auto filters = p.Filters();
  EXPECT_EQ(5u, filters[0].matches);
  EXPECT_EQ(1u, filters[0].dropped_value);
  EXPECT_EQ(1u, filters[0].dropped_dimension);
}

// One set of totals, the store's: they count late samples of a known series,
// survive a checkpoint, and go with their series when it expires (idle for
// the dimension window), so they are bounded as the store is.
TEST(PipelineTest, SeriesTotalsAreTheStoresAndExpireWithTheirSeries) {
  PipelineSpec spec = LossByRankSpec();
  spec.store.dimension_window_ms = 3600000;
  auto pipeline = Pipeline::Create(spec);
  ASSERT_TRUE(pipeline) << pipeline.error().message;
  Pipeline& p = **pipeline;
  p.ProcessEvent(0, R"({"loss": 2.0, "rank": 0})", kT0 + 3600000);
  p.Tick(kT0 + 3600000);
  p.ProcessEvent(0, R"({"loss": 1.0, "rank": 0})", kT0);  // late for its period, still emitted
  EXPECT_EQ(1u, p.counters().late_samples);
  auto totals = Totals(p);
  ASSERT_EQ(1u, totals.size());
  EXPECT_EQ(3.0, totals["Train/Loss{Rank=0}"].first);
  EXPECT_EQ(2u, totals["Train/Loss{Rank=0}"].second);

  auto restored = Pipeline::Create(spec);
  ASSERT_TRUE(restored);
  ASSERT_TRUE((*restored)->Restore(p.Serialize()));
  EXPECT_EQ(totals, Totals(**restored));

  p.Tick(kT0 + 3 * 3600000);
  EXPECT_TRUE(Totals(p).empty());
  EXPECT_EQ(0u, p.store().counters().series);
}

// Checkpoints of the previous format carried a second copy of the totals
// after the filter counters: it is read past, and the store's totals stand.
TEST(PipelineTest, RestoresCheckpointsWithTheOldTotalsSection) {
  auto pipeline = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(pipeline);
  Pipeline& p = **pipeline;
  p.ProcessEvent(0, "Error: java.lang.Exception at x", kT0 + 1000);
  ByteWriter w;
  w.PutString("TWPIPE1");
  w.PutString(p.store().Serialize());
  w.PutString(p.alarms().Serialize());
  w.Put<uint64_t>(0);  // no filter counters
  w.Put<uint64_t>(1);  // one series total, old style
  w.PutString("AIWorkloadLogs");
  w.PutString("AnomalyOccurrences");
  w.Put<uint64_t>(1);
  w.PutString("Rank");
  w.PutString("0");
  w.Put<double>(7);
  w.Put<uint64_t>(7);
  for (int i = 0; i < 4; ++i) w.Put<uint64_t>(0);  // pipeline counters
  auto restored = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(restored);
  ASSERT_TRUE((*restored)->Restore(w.Take()));
  EXPECT_EQ(Totals(p), Totals(**restored));
}

TEST(PipelineTest, JsonTimestampGivesEventTime) {
  PipelineSpec spec = SeedSpec();
  spec.log_groups[0].timestamp.kind = TimestampSpec::Kind::kJsonField;
  spec.log_groups[0].timestamp.field = "$.ts";
  auto pipeline = Pipeline::Create(spec);
  ASSERT_TRUE(pipeline);
  EXPECT_EQ(kT0 + 5000,
            (*pipeline)->ProcessEvent(0, R"({"ts":"2026-01-01T00:00:05Z","m":"x"})", 42));
  EXPECT_EQ(42, (*pipeline)->ProcessEvent(0, "no json here", 42));
  EXPECT_EQ(1u, (*pipeline)->counters().timestamp_missing);
}

TEST(PipelineTest, SerializeRestoreKeepsCountersAndAlarmState) {
  auto a = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(a);
  (*a)->Tick(kT0);
  (*a)->ProcessEvent(0, "Error Exception", kT0 + 1000);
  ASSERT_EQ(1u, (*a)->Tick(kT0 + 300000).size());
  const std::string bytes = (*a)->Serialize();

  auto b = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(b);
  ASSERT_TRUE((*b)->Restore(bytes));
  EXPECT_EQ(1u, (*b)->Filters()[0].matches);
  EXPECT_EQ(Totals(**a), Totals(**b));
  EXPECT_EQ(AlarmState::kAlarm, (*b)->alarms().Statuses()[0].state);
  // Continuing after restore: the same tick does not re-fire.
  EXPECT_TRUE((*b)->Tick(kT0 + 300000).empty());

  EXPECT_FALSE((*b)->Restore(bytes.substr(0, bytes.size() / 2)));
  EXPECT_FALSE((*b)->Restore("garbage"));
}

TEST(PipelineTest, ReloadKeepsUnchangedFilterCounts) {
  auto a = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(a);
  (*a)->ProcessEvent(0, "Error Exception", kT0);
  PipelineSpec changed = SeedSpec();
  FilterSpec extra = changed.filters[0];
  extra.name = "other";
  extra.pattern = "WARN";
  changed.filters.push_back(extra);
  changed.filters[0].pattern = "Error Exception";  // unchanged
  auto b = Pipeline::Create(changed);
  ASSERT_TRUE(b);
  (*b)->AdoptStateFrom(**a);
  (*b)->ProcessEvent(0, "Error Exception WARN", kT0 + 1);
  auto filters = (*b)->Filters();
  EXPECT_EQ(2u, filters[0].matches);
  EXPECT_EQ(1u, filters[1].matches);
}

}  // namespace
}  // namespace tailwatch::engine
