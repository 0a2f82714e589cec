#include "engine/anomaly/band_tracker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <utility>
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

  // A model written by another version of the band model (a checkpoint
  // from before an upgrade) is not misread and does not stop the restart:
  // that series learns afresh and the rest of the checkpoint is restored.
  std::string other_version = before.Serialize();
  // Magic, version and series count, then the identity and the model, each
  // behind its 8-byte length; the model starts with its own version.
  uint64_t identity_size = 0;
  std::memcpy(&identity_size, other_version.data() + 16, sizeof(identity_size));
  const size_t model_at = 16 + 8 + identity_size + 8;
  ASSERT_LT(model_at + 4, other_version.size());
  uint32_t model_version = 0;
  std::memcpy(&model_version, other_version.data() + model_at, sizeof(model_version));
  --model_version;
  std::memcpy(other_version.data() + model_at, &model_version, sizeof(model_version));
  anomaly::BandTracker upgraded({before.spec(0)});
  ASSERT_TRUE(upgraded.Restore(other_version));
  EXPECT_EQ(0u, upgraded.observed(0));
  ASSERT_TRUE(upgraded.Restore(before.Serialize()));
  EXPECT_EQ(before.observed(0), upgraded.observed(0));

  // A model of this version whose bytes are damaged is refused as corrupt.
  std::string damaged = before.Serialize();
  uint64_t model_size = 0;
  std::memcpy(&model_size, damaged.data() + model_at - 8, sizeof(model_size));
  ASSERT_LE(model_at + model_size, damaged.size());
  damaged.replace(model_at + model_size - 8, 8, std::string(8, '\xff'));  // a NaN profile slot
  anomaly::BandTracker fresh({before.spec(0)});
  const Status refused = fresh.Restore(damaged);
  ASSERT_FALSE(refused);
  EXPECT_NE(std::string::npos, refused.error().message.find("corrupt")) << refused.error().message;
  EXPECT_EQ(0u, fresh.observed(0));
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

// Paris around 2026-03-29, when its clocks went forward at 01:00 UTC.
constexpr int64_t kParisSpringForward = 1774746000;
std::shared_ptr<const anomaly::UtcOffsets> ParisOffsets() {
  return std::make_shared<const anomaly::UtcOffsets>(
      3600, std::vector<anomaly::UtcOffsets::Change>{{kParisSpringForward, 7200}});
}

// An hourly series busy from 09:00 to 17:00 Paris time, learned for 70 days
// before the clocks change: how many hours of the 7 days after it fall
// outside a k = 3 band, and the largest deviation in spreads.
struct AfterTheChange {
  int breaches = 0;
  double max_z = 0;
};
AfterTheChange RunAcrossTheClockChange(const anomaly::BandSeriesSpec& spec) {
  anomaly::BandTracker tracker({spec});
  MetricStore store;
  tracker.WatchMetrics(store);
  const anomaly::UtcOffsets paris = *ParisOffsets();
  const int64_t start = (kParisSpringForward - 70 * 86400) / 3600 * 3600 * kSecond;
  const int64_t end = (kParisSpringForward + 7 * 86400) * kSecond;
  AfterTheChange after;
  int n = 0;
  for (int64_t t = start; t < end; t += 3600 * kSecond, ++n) {
    const int64_t local_hour = paris.ToLocalMs(t) / (3600 * kSecond) % 24;
    const double value = (local_hour >= 9 && local_hour < 17 ? 100 : 10) + (n % 2 == 0 ? 1 : -1);
    store.Add(spec.key, t + kSecond, value);
    tracker.Advance(0, t + 3600 * kSecond, store);
    const anomaly::BandPoint& point = tracker.recent(0).back();
    if (t >= kParisSpringForward * kSecond && point.prediction) {
      const double z = std::abs(point.value - point.prediction->center) / point.prediction->spread;
      after.breaches += z > 3 ? 1 : 0;
      after.max_z = std::max(after.max_z, z);
    }
  }
  return after;
}

TEST(BandTrackerTest, ProfilesFollowTheMetricTimezoneAcrossAClockChange) {
  anomaly::BandSeriesSpec utc;
  utc.key = kKey;
  utc.statistic = Statistic::kSum;
  utc.period_seconds = 3600;
  anomaly::BandSeriesSpec paris = utc;
  paris.metric_timezone = "Europe/Paris";
  paris.local_time = ParisOffsets();
  // In UTC the busy hours move by one at the change, and the band misses
  // the edges of the working day (the cool-down then widens it, so fewer
  // than all of them alarm); in local hours nothing moved.
  const AfterTheChange in_utc = RunAcrossTheClockChange(utc);
  const AfterTheChange in_paris = RunAcrossTheClockChange(paris);
  EXPECT_GE(in_utc.breaches, 2);
  EXPECT_GT(in_utc.max_z, 3.5);
  EXPECT_EQ(in_paris.breaches, 0);
  EXPECT_LT(in_paris.max_z, 1);
}

TEST(BandTrackerTest, AModelIsKeptOnlyInTheZoneItWasLearnedIn) {
  anomaly::BandSeriesSpec spec;
  spec.key = kKey;
  spec.statistic = Statistic::kSum;
  spec.period_seconds = 60;
  anomaly::BandSeriesSpec paris = spec;
  paris.metric_timezone = "Europe/Paris";
  paris.local_time = ParisOffsets();
  anomaly::BandSeriesSpec utc_named = spec;
  utc_named.metric_timezone = "UTC";
  utc_named.local_time = std::make_shared<const anomaly::UtcOffsets>();
  EXPECT_EQ(spec.Identity(), paris.Identity());
  EXPECT_NE(spec.ModelIdentity(), paris.ModelIdentity());

  anomaly::BandTracker learned({paris});
  EXPECT_EQ("Europe/Paris", learned.spec(0).metric_timezone);
  MetricStore store;
  learned.WatchMetrics(store);
  for (int p = 0; p < 20; ++p) {
    store.Add(kKey, kBase + p * 60 * kSecond, 7);
    learned.Advance(0, kBase + (p + 1) * 60 * kSecond, store);
  }
  ASSERT_EQ(20u, learned.observed(0));
  const std::string bytes = learned.Serialize();
  for (const auto& [next, kept] :
       {std::pair{paris, true}, std::pair{spec, false}, std::pair{utc_named, false}}) {
    anomaly::BandTracker reloaded({next});
    reloaded.AdoptFrom(learned);
    EXPECT_EQ(kept ? 20u : 0u, reloaded.observed(0)) << next.ModelIdentity();
    anomaly::BandTracker restarted({next});
    ASSERT_TRUE(restarted.Restore(bytes));
    EXPECT_EQ(kept ? 20u : 0u, restarted.observed(0)) << next.ModelIdentity();
  }
  // A zone named by a detector is kept when a band alarm bands the same series.
  anomaly::BandTracker merged({paris, spec});
  ASSERT_EQ(1u, merged.size());
  EXPECT_EQ(paris.ModelIdentity(), merged.spec(0).ModelIdentity());
  // "UTC" is the same model as no zone.
  EXPECT_EQ(spec.ModelIdentity(), anomaly::BandTracker({utc_named}).spec(0).ModelIdentity());
}

}  // namespace
}  // namespace tailwatch::engine
