#include "engine/anomaly/band_tracker.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "engine/alarm/alarm_engine.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kSecond = 1000;
constexpr int64_t kBase = 1700000000000 - 1700000000000 % (3600 * kSecond);

AlarmSpec BandAlarm(std::string name, double k = 3) {
  AlarmSpec spec;
  spec.name = std::move(name);
  spec.metric_namespace = "ns";
  spec.metric_name = "step_ms";
  spec.statistic = Statistic::kAverage;
  spec.period_seconds = 10;
  spec.evaluation_periods = 1;
  spec.comparison_operator = ComparisonOperator::kGreaterThanUpperThreshold;
  spec.band = BandSpec{"m1", "ad1", k, "", true, true};
  return spec;
}

const MetricKey kKey{"ns", "step_ms", {}};

// One sample per 10-s period: 100 ± 1 (alternating), then `jump` from
// period `jump_at` on. Ticks the engine at every boundary; returns events.
std::vector<AlarmEvent> RunPeriods(AlarmEngine& engine, MetricStore& store, int from, int to,
                                   int jump_at, double jump) {
  std::vector<AlarmEvent> events;
  for (int p = from; p < to; ++p) {
    const double value = p >= jump_at ? jump : 100.0 + (p % 2 == 0 ? 1.0 : -1.0);
    store.Add(kKey, kBase + p * 10 * kSecond + 5 * kSecond, value);
    for (AlarmEvent& e : engine.Tick(kBase + (p + 1) * 10 * kSecond, store)) {
      events.push_back(std::move(e));
    }
  }
  return events;
}

TEST(BandTrackerTest, LearnsEachClosedPeriodOnceAndRecordsThePredictionFirst) {
  anomaly::BandSeriesSpec spec;
  spec.key = kKey;
  spec.statistic = Statistic::kAverage;
  spec.period_seconds = 10;
  spec.history_periods = 4;
  anomaly::BandTracker tracker({spec});
  MetricStore store;
  tracker.WatchMetrics(store);
  // Past the model's warm-up by a few periods.
  const int periods = static_cast<int>(anomaly::BandModel::kWarmupPoints) + 5;
  for (int p = 0; p < periods; ++p) {
    store.Add(kKey, kBase + p * 10 * kSecond + kSecond, 50);
    tracker.Advance(0, kBase + (p + 1) * 10 * kSecond, store);
    tracker.Advance(0, kBase + (p + 1) * 10 * kSecond + 3 * kSecond, store);  // no double feed
  }
  const int64_t last = kBase + (periods - 1) * 10 * kSecond;
  EXPECT_EQ(uint64_t(periods), tracker.observed(0));
  ASSERT_EQ(4u, tracker.recent(0).size());
  EXPECT_EQ(last, tracker.recent(0).back().period_start_ms);
  ASSERT_TRUE(tracker.PredictionFor(0, last));
  EXPECT_NEAR(50, tracker.PredictionFor(0, last)->center, 1e-9);
  // A window starting off the grid reads the band of the period it starts in.
  EXPECT_EQ(tracker.PredictionFor(0, last - 10 * kSecond)->center,
            tracker.PredictionFor(0, last - 5 * kSecond)->center);
  // The first periods have no band (the model is warming up).
  anomaly::BandTracker fresh({spec});
  MetricStore empty;
  fresh.WatchMetrics(empty);
  empty.Add(kKey, kBase + 300 * kSecond, 50);
  fresh.Advance(0, kBase + 310 * kSecond, empty);
  ASSERT_EQ(1u, fresh.recent(0).size());
  EXPECT_FALSE(fresh.recent(0).back().prediction.has_value());

  // A tracker started on a store that already holds history (a daemon
  // started on old logs) learns the backlog at its first Advance.
  anomaly::BandTracker late({spec});
  late.Advance(0, last + 10 * kSecond, store);
  EXPECT_EQ(uint64_t(periods), late.observed(0));
  EXPECT_TRUE(late.PredictionFor(0, last).has_value());
}

TEST(BandTrackerTest, BandAlarmLearnsThenAlarmsOnAJump) {
  MetricStore store;
  AlarmEngine engine({BandAlarm("step")});
  engine.WatchMetrics(store);
  const auto warm = RunPeriods(engine, store, 0, 5, 1000, 0);
  EXPECT_TRUE(warm.empty());
  auto statuses = engine.Statuses();
  EXPECT_EQ(AlarmState::kInsufficientData, statuses[0].state);
  EXPECT_NE(std::string::npos, statuses[0].reason.find("still learning")) << statuses[0].reason;

  const auto quiet = RunPeriods(engine, store, 5, 60, 1000, 0);
  ASSERT_EQ(1u, quiet.size());
  EXPECT_EQ(AlarmState::kOk, quiet[0].new_state);
  const auto jump = RunPeriods(engine, store, 60, 61, 60, 200);
  ASSERT_EQ(1u, jump.size());
  EXPECT_EQ(AlarmState::kAlarm, jump[0].new_state);
  EXPECT_NE(std::string::npos, jump[0].reason.find("was greater than the upper thresholds"))
      << jump[0].reason;
  statuses = engine.Statuses();
  ASSERT_EQ(statuses[0].recent.size(), statuses[0].recent_bands.size());
  ASSERT_TRUE(statuses[0].recent_bands.back());
  EXPECT_LT(statuses[0].recent_bands.back()->upper, 200);
  EXPECT_GE(statuses[0].recent_bands.back()->lower, 0);
}

TEST(BandTrackerTest, CheckpointAndReloadKeepTheModel) {
  MetricStore store;
  AlarmEngine engine({BandAlarm("step")});
  engine.WatchMetrics(store);
  RunPeriods(engine, store, 0, 40, 1000, 0);
  const anomaly::BandTracker& before = engine.bands();
  const auto next = before.spec(0).period_seconds;
  ASSERT_EQ(10, next);

  // Restart: a new engine restored from the checkpoint has the same band.
  AlarmEngine restored({BandAlarm("step")});
  ASSERT_TRUE(restored.Restore(engine.Serialize()));
  EXPECT_EQ(before.observed(0), restored.bands().observed(0));
  const int64_t last = before.recent(0).back().period_start_ms;
  ASSERT_TRUE(restored.bands().PredictionFor(0, last));
  EXPECT_EQ(before.PredictionFor(0, last)->center, restored.bands().PredictionFor(0, last)->center);
  EXPECT_EQ(before.PredictionFor(0, last)->spread, restored.bands().PredictionFor(0, last)->spread);

  // Reload with another k on the same series: the model is the series', kept.
  AlarmEngine reloaded({BandAlarm("step", 4)});
  reloaded.AdoptStateFrom(engine);
  EXPECT_EQ(before.observed(0), reloaded.bands().observed(0));

  // A detector without an alarm learns on its own.
  anomaly::BandSeriesSpec detector;
  detector.key = MetricKey{"ns", "tokens", {}};
  detector.statistic = Statistic::kSum;
  detector.period_seconds = 60;
  AlarmEngine with_detector({}, {detector});
  MetricStore s2;
  with_detector.WatchMetrics(s2);
  for (int p = 0; p < 20; ++p) {
    s2.Add(detector.key, kBase + p * 60 * kSecond, 7);
    with_detector.Tick(kBase + (p + 1) * 60 * kSecond, s2);
  }
  EXPECT_EQ(20u, with_detector.bands().observed(0));

  // A truncated or corrupt band checkpoint changes nothing.
  const std::string bytes = engine.Serialize();
  AlarmEngine broken({BandAlarm("step")});
  EXPECT_FALSE(broken.Restore(bytes.substr(0, bytes.size() - 9)));
  EXPECT_EQ(0u, broken.bands().observed(0));
  anomaly::BandTracker tracker({before.spec(0)});
  std::string band_bytes = before.Serialize();
  EXPECT_FALSE(tracker.Restore(band_bytes.substr(0, band_bytes.size() / 2)));
  band_bytes[0] ^= 0x5a;
  EXPECT_FALSE(tracker.Restore(band_bytes));
  EXPECT_EQ(0u, tracker.observed(0));
}

TEST(BandTrackerTest, ExcludedTimeRangesGetABandButAreNotLearned) {
  anomaly::BandSeriesSpec spec;
  spec.key = kKey;
  spec.statistic = Statistic::kMaximum;
  spec.period_seconds = 10;
  spec.excluded_time_ranges = {{kBase + 100 * kSecond, kBase + 200 * kSecond}};
  anomaly::BandTracker tracker({spec});
  MetricStore store;
  tracker.WatchMetrics(store);
  for (int p = 0; p < 30; ++p) {
    store.Add(kKey, kBase + p * 10 * kSecond, 5);
    tracker.Advance(0, kBase + (p + 1) * 10 * kSecond, store);
  }
  EXPECT_EQ(20u, tracker.observed(0));
}

}  // namespace
}  // namespace tailwatch::engine
