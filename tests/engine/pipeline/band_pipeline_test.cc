// Band models through the whole Pipeline: the checkpoint (Serialize /
// Restore, a restart) and a config reload (AdoptStateFrom) keep what the
// model learned; a detector without an alarm learns too.
#include <gtest/gtest.h>

#include <string>

#include "engine/pipeline/pipeline.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

PipelineSpec BandSpec(double k) {
  PipelineSpec spec;
  spec.log_groups.push_back(LogGroupSpec{"train", {}});
  FilterSpec filter;
  filter.name = "stepTime";
  filter.log_group = "train";
  filter.pattern = "[word, ms]";
  filter.transformation.metric_name = "StepTime";
  filter.transformation.metric_namespace = "Train";
  filter.transformation.metric_value = "$ms";
  spec.filters.push_back(filter);
  AlarmSpec alarm;
  alarm.name = "stepAnomaly";
  alarm.metric_namespace = "Train";
  alarm.metric_name = "StepTime";
  alarm.statistic = Statistic::kAverage;
  alarm.period_seconds = 60;
  alarm.evaluation_periods = 1;
  alarm.comparison_operator = ComparisonOperator::kGreaterThanUpperThreshold;
  alarm.band = engine::BandSpec{"m1", "ad1", k, "", true, true};
  spec.alarms.push_back(alarm);
  anomaly::BandSeriesSpec detector;
  detector.key = MetricKey{"Train", "StepTime", {}};
  detector.statistic = Statistic::kMaximum;
  detector.period_seconds = 60;
  spec.anomaly_detectors.push_back(detector);
  return spec;
}

void Feed(Pipeline& p, int from_minute, int to_minute) {
  for (int m = from_minute; m < to_minute; ++m) {
    const std::string line = "step " + std::to_string(100 + m % 3);
    p.ProcessEvent(0, line, kT0 + m * 60000 + 5000);
    p.Tick(kT0 + (m + 1) * 60000);
  }
}

TEST(BandPipelineTest, CheckpointAndReloadKeepTheModels) {
  auto created = Pipeline::Create(BandSpec(2));
  ASSERT_TRUE(created) << created.error().message;
  Pipeline& p = **created;
  Feed(p, 0, 40);
  const anomaly::BandTracker& bands = p.alarms().bands();
  ASSERT_EQ(2u, bands.size());  // the alarm's Average and the detector's Maximum
  EXPECT_EQ(40u, bands.observed(0));
  EXPECT_EQ(40u, bands.observed(1));
  const int64_t last = kT0 + 39 * 60000;
  ASSERT_TRUE(bands.PredictionFor(0, last));

  auto restored = Pipeline::Create(BandSpec(2));
  ASSERT_TRUE(restored);
  ASSERT_TRUE((*restored)->Restore(p.Serialize()));
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(bands.observed(i), (*restored)->alarms().bands().observed(i));
    EXPECT_EQ(bands.PredictionFor(i, last)->center,
              (*restored)->alarms().bands().PredictionFor(i, last)->center);
    EXPECT_EQ(bands.PredictionFor(i, last)->spread,
              (*restored)->alarms().bands().PredictionFor(i, last)->spread);
  }

  // A reload that changes the band width keeps the series' model.
  auto reloaded = Pipeline::Create(BandSpec(3));
  ASSERT_TRUE(reloaded);
  (*reloaded)->AdoptStateFrom(p);
  EXPECT_EQ(40u, (*reloaded)->alarms().bands().observed(0));
  EXPECT_EQ(40u, (*reloaded)->alarms().bands().observed(1));
  Feed(**reloaded, 40, 41);
  EXPECT_EQ(41u, (*reloaded)->alarms().bands().observed(0));
}

}  // namespace
}  // namespace tailwatch::engine
