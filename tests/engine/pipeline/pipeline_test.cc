#include "engine/pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <limits>
#include <map>
#include <vector>

#include "engine/common/byte_codec.h"
#include "tests/engine/aggregate/store_checkpoint_util.h"

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

// docs/cloudwatch-semantics.md §4.7: observation per log group.
PipelineSpec BreachingSeedSpec() {
  PipelineSpec spec = SeedSpec();
  spec.alarms[0].comparison_operator = ComparisonOperator::kLessThanThreshold;
  spec.alarms[0].threshold = 1;
  spec.alarms[0].treat_missing_data = TreatMissingData::kBreaching;
  return spec;
}

TEST(PipelineTest, AlarmsDoNotJudgeTimeBeforeObservationBegan) {
  auto pipeline = Pipeline::Create(BreachingSeedSpec());
  ASSERT_TRUE(pipeline) << pipeline.error().message;
  Pipeline& p = **pipeline;
  p.BeginObservingAll(kT0 + 1000);
  // The 5-minute range at 00:01 reaches back before 00:00:01: no evidence.
  EXPECT_TRUE(p.Tick(kT0 + 60000).empty());
  EXPECT_EQ(AlarmState::kInsufficientData, p.alarms().Statuses()[0].state);
  EXPECT_NE(std::string::npos,
            p.alarms().Statuses()[0].reason.find("began observing log group 'aiLogsGroup'"))
      << p.alarms().Statuses()[0].reason;
  // 00:06 is the first boundary whose 5-minute period was wholly observed.
  const auto events = p.Tick(kT0 + 10 * 60000);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
  EXPECT_EQ(kT0 + 6 * 60000, events[0].time_ms);
}

TEST(PipelineTest, BeginObservingKeepsTheFirstTime) {
  auto pipeline = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(pipeline);
  Pipeline& p = **pipeline;
  EXPECT_FALSE(p.ObservedSince(0));
  p.BeginObserving(0, kT0);
  p.BeginObserving(0, kT0 + 5000);
  p.BeginObservingAll(kT0 + 9000);
  EXPECT_EQ(kT0, p.ObservedSince(0));
}

TEST(PipelineTest, TheEarliestObservedSourceGroupCounts) {
  // Two groups feed the metric; a third feeds another one.
  PipelineSpec spec = BreachingSeedSpec();
  spec.log_groups.push_back({"second", {}});
  spec.log_groups.push_back({"other", {}});
  FilterSpec second = spec.filters[0];
  second.name = "second";
  second.log_group = "second";
  spec.filters.push_back(second);
  FilterSpec other = spec.filters[0];
  other.name = "other";
  other.log_group = "other";
  other.transformation.metric_name = "Other";
  spec.filters.push_back(other);
  auto pipeline = Pipeline::Create(spec);
  ASSERT_TRUE(pipeline) << pipeline.error().message;
  Pipeline& p = **pipeline;
  p.BeginObserving(2, kT0 - 3600000);  // "other": does not feed the metric
  p.BeginObserving(1, kT0);            // "second"
  p.BeginObserving(0, kT0 + 120000);
  const auto events = p.Tick(kT0 + 5 * 60000);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
}

TEST(PipelineTest, ObservationSurvivesCheckpointAndReload) {
  auto first = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(first);
  (*first)->BeginObserving(0, kT0);
  (*first)->ProcessEvent(0, "Error Exception", kT0 + 1000);
  auto restored = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(restored);
  ASSERT_TRUE((*restored)->Restore((*first)->Serialize()));
  EXPECT_EQ(kT0, (*restored)->ObservedSince(0));
  (*restored)->BeginObserving(0, kT0 + 50000);  // a restart: no change
  EXPECT_EQ(kT0, (*restored)->ObservedSince(0));
  std::vector<SeriesTotals> series;
  (*restored)->ForEachSeries([&](const SeriesTotals& s) { series.push_back(s); });
  ASSERT_EQ(1u, series.size());
  EXPECT_EQ(kT0 + 1000, series[0].first_time_ms);
  EXPECT_EQ(kT0 + 1000, series[0].last_time_ms);

  auto reloaded = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(reloaded);
  (*reloaded)->AdoptStateFrom(**restored);
  EXPECT_EQ(kT0, (*reloaded)->ObservedSince(0));
}

TEST(PipelineTest, CheckpointsWithoutObservationTimesStillRestore) {
  // A checkpoint written before observation times were kept ends after the
  // counters; this one's appended section is two empty lists (16 bytes).
  auto first = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(first);
  std::string bytes = (*first)->Serialize();
  ASSERT_GT(bytes.size(), 16u);
  bytes.resize(bytes.size() - 16);
  auto restored = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(restored);
  ASSERT_TRUE((*restored)->Restore(bytes));
  EXPECT_FALSE((*restored)->ObservedSince(0));
  (*restored)->BeginObserving(0, kT0);
  EXPECT_EQ(kT0, (*restored)->ObservedSince(0));
}

// A metric store checkpoint of version 1 (before the store kept sample
// times): the seed series with one sample of `value` at `time_ms`.
std::string Version1SeedStore(int64_t time_ms, double value) {
  return testing::Version1StoreCheckpoint("AIWorkloadLogs", "AnomalyOccurrences", time_ms, value);
}

// A pipeline checkpoint of an older format around Version1SeedStore: no
// filter counters, and either no appended section at all or one (as the
// pipeline's own series map wrote it) with the series' totals and its sample
// times by encoded key.
std::string OldSeedCheckpoint(const Pipeline& p, int64_t time_ms, bool with_times) {
  ByteWriter w;
  w.PutString("TWPIPE1");
  w.PutString(Version1SeedStore(time_ms, 0));
  w.PutString(p.alarms().Serialize());
  w.Put<uint64_t>(0);  // no filter counters
  if (!with_times) {
    w.Put<uint64_t>(0);                              // no series totals
    for (int i = 0; i < 4; ++i) w.Put<uint64_t>(0);  // pipeline counters
    return w.Take();
  }
  w.Put<uint64_t>(1);  // the series' totals, old style
  w.PutString("AIWorkloadLogs");
  w.PutString("AnomalyOccurrences");
  w.Put<uint64_t>(0);
  w.Put<double>(0);
  w.Put<uint64_t>(1);
  for (int i = 0; i < 4; ++i) w.Put<uint64_t>(0);  // pipeline counters
  w.Put<uint64_t>(0);                              // no observed group
  w.Put<uint64_t>(1);                              // one timed series
  w.PutString(std::string("AIWorkloadLogs") + '\x1f' + "AnomalyOccurrences" + '\x1f');
  w.Put<int64_t>(time_ms);
  w.Put<int64_t>(time_ms);
  return w.Take();
}

// A pipeline with a live-scoped alarm on the seed metric, restored from an
// older-format checkpoint; `series` gets its series totals.
std::unique_ptr<Pipeline> RestoreLiveSeed(bool with_times, std::vector<SeriesTotals>& series) {
  PipelineSpec spec = BreachingSeedSpec();
  spec.alarms[0].missing_data_live_only = true;
  auto first = Pipeline::Create(spec);
  auto restored = Pipeline::Create(spec);
  if (!first || !restored) return nullptr;
  if (!(*restored)->Restore(OldSeedCheckpoint(**first, kT0, with_times))) return nullptr;
  (*restored)->ForEachSeries([&](const SeriesTotals& s) { series.push_back(s); });
  return std::move(*restored);
}

TEST(PipelineTest, SeriesFromCheckpointsWithoutTimesDoNotLookLive) {
  // A live-scoped alarm on the seed metric; the checkpoint predates sample
  // times: the series has samples but no times, so it is not live until its
  // next sample.
  std::vector<SeriesTotals> series;
  auto live = RestoreLiveSeed(/*with_times=*/false, series);
  ASSERT_TRUE(live);
  ASSERT_EQ(1u, series.size());
  EXPECT_EQ(1u, series[0].samples);
  EXPECT_FALSE(series[0].has_times);
  live->BeginObservingAll(kT0 + 3600000);
  for (int64_t t = kT0 + 3600000; t <= kT0 + 3 * 3600000; t += 60000) {
    for (const AlarmEvent& e : live->Tick(t)) {
      EXPECT_NE(AlarmState::kAlarm, e.new_state) << e.reason;
    }
  }
}

TEST(PipelineTest, SampleTimesKeptOutsideTheStoreStillRestore) {
  // Checkpoints that kept the sample times in the pipeline's own section
  // (by encoded series key) give them to the store's series.
  std::vector<SeriesTotals> series;
  auto live = RestoreLiveSeed(/*with_times=*/true, series);
  ASSERT_TRUE(live);
  ASSERT_EQ(1u, series.size());
  EXPECT_EQ(1u, series[0].samples);  // the store's totals, not the old copy's
  EXPECT_TRUE(series[0].has_times);
  EXPECT_EQ(kT0, series[0].first_time_ms);
  EXPECT_EQ(kT0, series[0].last_time_ms);
  // Live since kT0 and silent since: the empty periods breach.
  live->BeginObservingAll(kT0 + 3600000);
  bool alarmed = false;
  for (int64_t t = kT0 + 3600000; t <= kT0 + 3 * 3600000; t += 60000) {
    for (const AlarmEvent& e : live->Tick(t)) {
      alarmed = alarmed || e.new_state == AlarmState::kAlarm;
    }
  }
  EXPECT_TRUE(alarmed);
}

// The times survive a checkpoint of the current format, with the store.
TEST(PipelineTest, SampleTimesTravelWithTheStore) {
  auto pipeline = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(pipeline);
  (*pipeline)->ProcessEvent(0, "all good", kT0 + 2000);
  (*pipeline)->ProcessEvent(0, "all good", kT0 + 1000);
  auto restored = Pipeline::Create(SeedSpec());
  ASSERT_TRUE(restored);
  ASSERT_TRUE((*restored)->Restore((*pipeline)->Serialize()));
  const SeriesStats* stats =
      (*restored)->store().FindSeries(MetricKey{"AIWorkloadLogs", "AnomalyOccurrences", {}});
  ASSERT_NE(nullptr, stats);
  EXPECT_TRUE(stats->has_times);
  EXPECT_EQ(kT0 + 1000, stats->first_sample_ms);
  EXPECT_EQ(kT0 + 2000, stats->last_sample_ms);
  EXPECT_EQ(2u, stats->total_samples);
}

}  // namespace
}  // namespace tailwatch::engine
