#include "engine/alarm/alarm_engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "engine/alarm/evaluate.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kSecond = 1000;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kBase = 1700000000000 - 1700000000000 % (60 * kMinute);

AlarmSpec Spec(std::string name, std::string metric, int period, int n, std::optional<int> m,
               double threshold, ComparisonOperator op, TreatMissingData treat,
               std::optional<Statistic> statistic = Statistic::kSum, std::string extended = "") {
  AlarmSpec spec;
  spec.name = std::move(name);
  spec.metric_namespace = "ns";
  spec.metric_name = std::move(metric);
  spec.period_seconds = period;
  spec.evaluation_periods = n;
  spec.datapoints_to_alarm = m;
  spec.threshold = threshold;
  spec.comparison_operator = op;
  spec.treat_missing_data = treat;
  spec.statistic = statistic;
  spec.extended_statistic = extended;
  if (!extended.empty()) spec.percentile = *ParseExtendedStatistic(extended);
  return spec;
}

MetricKey Key(const std::string& metric) { return MetricKey{"ns", metric, {}}; }

TEST(AlarmEngineTest, StartsInsufficientDataWithInitialReason) {
  AlarmEngine engine({Spec("a", "m", 60, 1, std::nullopt, 0,
                           ComparisonOperator::kGreaterThanThreshold, TreatMissingData::kMissing)});
  const auto statuses = engine.Statuses();
  ASSERT_EQ(1u, statuses.size());
  EXPECT_EQ(AlarmState::kInsufficientData, statuses[0].state);
  EXPECT_EQ("Unchecked: Initial alarm creation", statuses[0].reason);
  EXPECT_EQ("a", statuses[0].spec->name);
}

TEST(AlarmEngineTest, SlidingFiveMinutePeriodEvaluatedEveryMinute) {
  MetricStore store;
  AlarmEngine engine({Spec("a", "m", 300, 1, std::nullopt, 0,
                           ComparisonOperator::kGreaterThanThreshold, TreatMissingData::kMissing)});
  engine.WatchMetrics(store);
  EXPECT_TRUE(engine.Tick(kBase + kMinute, store).empty());  // nothing yet: stays INSUFFICIENT
  store.Add(Key("m"), kBase + 90 * kSecond, 1);
  // The boundary at 2 min reads [-3 min, 2 min): the sample is in it.
  auto events = engine.Tick(kBase + 2 * kMinute + 5 * kSecond, store);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(kBase + 2 * kMinute, events[0].time_ms);
  EXPECT_EQ(AlarmState::kInsufficientData, events[0].old_state);
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
  EXPECT_EQ(32u, events[0].id.size());
  // The point is re-evaluated until it leaves the range R = 3 periods
  // (15 min): at 16 min [1 min, 16 min) still holds it, at 17 min not.
  events = engine.Tick(kBase + 16 * kMinute, store);
  EXPECT_TRUE(events.empty());
  events = engine.Tick(kBase + 30 * kMinute, store);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(kBase + 17 * kMinute, events[0].time_ms);
  EXPECT_EQ(AlarmState::kInsufficientData, events[0].new_state);
  EXPECT_EQ("Insufficient Data: 1 datapoint was unknown.", events[0].reason);
  const auto status = engine.Statuses()[0];
  EXPECT_EQ(kBase + 17 * kMinute, status.last_change_ms);
  EXPECT_EQ(kBase + 30 * kMinute, status.last_evaluated_ms);
  EXPECT_EQ(3u, status.recent.size());
}

TEST(AlarmEngineTest, ShortPeriodsEvaluateEveryTenSeconds) {
  MetricStore store;
  AlarmEngine engine(
      {Spec("fast", "f", 10, 1, std::nullopt, 0, ComparisonOperator::kGreaterThanThreshold,
            TreatMissingData::kNotBreaching)});
  engine.WatchMetrics(store);
  // First tick: only the latest boundary; no data and notBreaching -> OK.
  const auto first = engine.Tick(kBase, store);
  ASSERT_EQ(1u, first.size());
  EXPECT_EQ(AlarmState::kOk, first[0].new_state);
  store.Add(Key("f"), kBase + 12 * kSecond, 1);
  const auto events = engine.Tick(kBase + 60 * kSecond, store);
  ASSERT_EQ(2u, events.size());
  EXPECT_EQ(kBase + 20 * kSecond, events[0].time_ms);  // [10 s, 20 s) has the sample
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
  // R = 3 periods of 10 s: the sample leaves the range at 50 s; then
  // notBreaching gives OK.
  EXPECT_EQ(kBase + 50 * kSecond, events[1].time_ms);
  EXPECT_EQ(AlarmState::kOk, events[1].new_state);
}

TEST(AlarmEngineTest, EventsAcrossAlarmsAreInTimeOrder) {
  MetricStore store;
  AlarmEngine engine({Spec("late", "m", 60, 1, std::nullopt, 5,
                           ComparisonOperator::kGreaterThanThreshold, TreatMissingData::kMissing),
                      Spec("early", "m", 60, 1, std::nullopt, 0,
                           ComparisonOperator::kGreaterThanThreshold, TreatMissingData::kMissing)});
  engine.WatchMetrics(store);
  engine.Tick(kBase, store);
  store.Add(Key("m"), kBase + 1, 1);
  store.Add(Key("m"), kBase + kMinute + 1, 10);
  const auto events = engine.Tick(kBase + 5 * kMinute, store);
  ASSERT_GE(events.size(), 3u);
  for (size_t i = 1; i < events.size(); ++i) EXPECT_LE(events[i - 1].time_ms, events[i].time_ms);
  // Same time: config order.
  EXPECT_EQ("late", events[0].alarm_name);
  EXPECT_EQ("early", events[1].alarm_name);
}

TEST(AlarmEngineTest, LongSilenceIsSkippedQuickly) {
  MetricStore store;
  AlarmEngine engine({Spec("a", "m", 60, 1, std::nullopt, 0,
                           ComparisonOperator::kGreaterThanThreshold, TreatMissingData::kIgnore)});
  engine.WatchMetrics(store);
  engine.Tick(kBase, store);
  store.Add(Key("m"), kBase + 1, 1);
  // Ten years of minutes would take a while evaluated one by one.
  const int64_t later = kBase + 10LL * 365 * 24 * 60 * kMinute;
  store.Add(Key("m"), later + 1, 1);
  const auto events = engine.Tick(later + 2 * kMinute, store);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(kBase + kMinute, events[0].time_ms);
  EXPECT_EQ(AlarmState::kAlarm, engine.Statuses()[0].state);
  EXPECT_EQ(later + 2 * kMinute, engine.Statuses()[0].last_evaluated_ms);
}

TEST(AlarmEngineTest, AdoptAndCheckpointKeepUnchangedAlarms) {
  const AlarmSpec a = Spec("a", "m", 60, 1, std::nullopt, 0,
                           ComparisonOperator::kGreaterThanThreshold, TreatMissingData::kMissing);
  AlarmSpec b = a;
  b.name = "b";
  MetricStore store;
  AlarmEngine engine({a, b});
  engine.WatchMetrics(store);
  engine.Tick(kBase, store);
  store.Add(Key("m"), kBase + 1, 1);
  ASSERT_EQ(2u, engine.Tick(kBase + kMinute, store).size());

  AlarmSpec b_changed = b;
  b_changed.threshold = 100;
  AlarmSpec a_new_actions = a;
  a_new_actions.alarm_actions = {"arn:aws:sns:us-west-2:123456789012:Other"};
  AlarmEngine reloaded({a_new_actions, b_changed});
  reloaded.AdoptStateFrom(engine);
  EXPECT_EQ(AlarmState::kAlarm, reloaded.Statuses()[0].state);  // actions do not matter
  EXPECT_EQ(AlarmState::kInsufficientData, reloaded.Statuses()[1].state);
  EXPECT_EQ(engine.last_tick_ms(), reloaded.last_tick_ms());

  const std::string bytes = engine.Serialize();
  AlarmEngine restored({a, b_changed});
  ASSERT_TRUE(restored.Restore(bytes));
  EXPECT_EQ(AlarmState::kAlarm, restored.Statuses()[0].state);
  EXPECT_EQ(kBase + kMinute, restored.Statuses()[0].last_change_ms);
  EXPECT_EQ(AlarmState::kInsufficientData, restored.Statuses()[1].state);
  EXPECT_EQ(engine.last_tick_ms(), restored.last_tick_ms());
  EXPECT_FALSE(restored.Restore(bytes.substr(0, bytes.size() - 1)));
  EXPECT_FALSE(restored.Restore("nonsense"));
  // Restored engines continue without repeating old boundaries or ids.
  const auto next_original = engine.Tick(kBase + 5 * kMinute, store);
  AlarmEngine restored_same({a, b});
  ASSERT_TRUE(restored_same.Restore(bytes));
  const auto next_restored = restored_same.Tick(kBase + 5 * kMinute, store);
  ASSERT_EQ(next_original.size(), next_restored.size());
  for (size_t i = 0; i < next_original.size(); ++i) {
    EXPECT_EQ(next_original[i].id, next_restored[i].id);
    EXPECT_EQ(next_original[i].time_ms, next_restored[i].time_ms);
  }
}

// ---------------------------------------------------------------------------
// Property test: random sample streams; AlarmEngine::Tick, called
// incrementally at random times with the store expiring as it goes, yields
// exactly the transitions of a naive reference that recomputes every period
// from the raw samples at every boundary and applies docs/cloudwatch-semantics.md §4.4 directly.

struct Sample {
  int64_t time_ms;
  double value;
};

// Naive datapoint value of [start, end) for the spec, nullopt = missing.
std::optional<double> NaiveValue(const AlarmSpec& spec, const std::vector<Sample>& samples,
                                 int64_t start, int64_t end) {
  auto lo = std::lower_bound(samples.begin(), samples.end(), start,
                             [](const Sample& s, int64_t t) { return s.time_ms < t; });
  std::vector<double> values;
  for (auto it = lo; it != samples.end() && it->time_ms < end; ++it) values.push_back(it->value);
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  double sum = 0;
  for (double v : values) sum += v;
  if (!spec.statistic) {
    if (values.front() < 0) return std::nullopt;
    const double n = static_cast<double>(values.size());
    const auto rank =
        static_cast<size_t>(std::max(1.0, std::ceil(spec.percentile / 100 * n - 1e-9)));
    return values[rank - 1];
  }
  switch (*spec.statistic) {
    case Statistic::kSampleCount:
      return static_cast<double>(values.size());
    case Statistic::kSum:
      return sum;
    case Statistic::kAverage:
      return sum / static_cast<double>(values.size());
    case Statistic::kMinimum:
      return values.front();
    case Statistic::kMaximum:
      return values.back();
  }
  return std::nullopt;
}

bool NaiveBreach(const AlarmSpec& spec, double v) {
  switch (spec.comparison_operator) {
    case ComparisonOperator::kGreaterThanThreshold:
      return v > spec.threshold;
    case ComparisonOperator::kGreaterThanOrEqualToThreshold:
      return v >= spec.threshold;
    case ComparisonOperator::kLessThanThreshold:
      return v < spec.threshold;
    case ComparisonOperator::kLessThanOrEqualToThreshold:
      return v <= spec.threshold;
    case ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold:
    case ComparisonOperator::kLessThanLowerThreshold:
    case ComparisonOperator::kGreaterThanUpperThreshold:
      break;  // band alarms: band_evaluate_test.cc
  }
  return false;
}

// docs/cloudwatch-semantics.md §4.4, literally. `range` oldest first.
AlarmState NaiveState(const AlarmSpec& spec, const std::vector<std::optional<double>>& range,
                      AlarmState s) {
  const int n = spec.evaluation_periods;
  const int m = spec.datapoints_to_alarm.value_or(n);
  std::vector<std::pair<int, bool>> real;  // (age, breaching), newest first
  const int r = static_cast<int>(range.size());
  for (int i = r - 1; i >= 0; --i) {
    if (range[static_cast<size_t>(i)]) {
      real.emplace_back(r - 1 - i, NaiveBreach(spec, *range[static_cast<size_t>(i)]));
    }
  }
  const int k = static_cast<int>(real.size());
  const TreatMissingData t = spec.treat_missing_data;
  if (k == 0) {
    if (t == TreatMissingData::kMissing) return AlarmState::kInsufficientData;
    if (t == TreatMissingData::kIgnore) return s;
    return t == TreatMissingData::kBreaching ? AlarmState::kAlarm : AlarmState::kOk;
  }
  int b = 0;
  for (int i = 0; i < std::min(k, n); ++i) b += real[static_cast<size_t>(i)].second ? 1 : 0;
  if (k >= n) return b >= m ? AlarmState::kAlarm : AlarmState::kOk;
  const int f = n - k;
  if (t == TreatMissingData::kBreaching) return b + f >= m ? AlarmState::kAlarm : AlarmState::kOk;
  if (t == TreatMissingData::kNotBreaching) return b >= m ? AlarmState::kAlarm : AlarmState::kOk;
  if (b >= m) return AlarmState::kAlarm;
  if (b == k) {
    if (real.back().first + 1 >= m) {
      return t == TreatMissingData::kMissing ? AlarmState::kAlarm : s;
    }
    return t == TreatMissingData::kMissing ? AlarmState::kInsufficientData : s;
  }
  return AlarmState::kOk;
}

struct Transition {
  std::string alarm;
  int64_t time_ms;
  AlarmState from, to;
  friend bool operator==(const Transition&, const Transition&) = default;
};

std::ostream& operator<<(std::ostream& os, const Transition& t) {
  return os << t.alarm << "@" << (t.time_ms - kBase) / 1000 << "s " << AlarmStateName(t.from)
            << "->" << AlarmStateName(t.to);
}

class AlarmEnginePropertyTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(AlarmEnginePropertyTest, IncrementalTickMatchesNaiveReevaluation) {
  using Op = ComparisonOperator;
  using Tm = TreatMissingData;
  const std::vector<AlarmSpec> specs = {
      Spec("sum", "m1", 60, 3, 2, 2, Op::kGreaterThanThreshold, Tm::kMissing),
      Spec("avg", "m1", 300, 2, std::nullopt, 5, Op::kGreaterThanOrEqualToThreshold, Tm::kIgnore,
           Statistic::kAverage),
      Spec("max", "m1", 120, 4, 1, 3, Op::kLessThanThreshold, Tm::kBreaching, Statistic::kMaximum),
      Spec("p90", "m2", 60, 3, 3, 6, Op::kGreaterThanThreshold, Tm::kNotBreaching, std::nullopt,
           "p90"),
      Spec("p50", "m2", 180, 2, 1, 4, Op::kLessThanOrEqualToThreshold, Tm::kMissing, std::nullopt,
           "p50"),
      Spec("count", "m3", 10, 3, 2, 1, Op::kGreaterThanThreshold, Tm::kMissing,
           Statistic::kSampleCount),
      Spec("min", "m3", 30, 2, 2, 1, Op::kLessThanOrEqualToThreshold, Tm::kIgnore,
           Statistic::kMinimum),
  };
  std::mt19937_64 rng(GetParam());
  std::map<std::string, std::vector<Sample>> samples;
  MetricStore store;
  AlarmEngine engine(specs);
  engine.WatchMetrics(store);

  std::vector<Transition> actual;
  std::vector<Transition> expected;
  std::vector<AlarmState> ref_state(specs.size(), AlarmState::kInsufficientData);
  std::optional<int64_t> last_tick;

  auto reference_tick = [&](int64_t now) {
    for (size_t a = 0; a < specs.size(); ++a) {
      const AlarmSpec& spec = specs[a];
      const int64_t cadence = spec.period_seconds >= 60 ? kMinute : 10 * kSecond;
      const int64_t last = now / cadence * cadence;
      int64_t t = last_tick ? *last_tick / cadence * cadence + cadence : last;
      const int64_t p = spec.period_seconds * kSecond;
      const int r = spec.evaluation_periods + 2;
      for (; t <= last; t += cadence) {
        std::vector<std::optional<double>> range;
        for (int j = r - 1; j >= 0; --j) {
          range.push_back(NaiveValue(spec, samples[spec.metric_name], t - (j + 1) * p, t - j * p));
        }
        const AlarmState next = NaiveState(spec, range, ref_state[a]);
        if (next != ref_state[a]) {
          expected.push_back({spec.name, t, ref_state[a], next});
          ref_state[a] = next;
        }
      }
    }
    last_tick = now;
  };

  int64_t now = kBase + static_cast<int64_t>(rng() % kMinute);
  std::uniform_real_distribution<double> unit(0, 1);
  const std::vector<std::string> metrics = {"m1", "m2", "m3"};
  for (int step = 0; step < 2500; ++step) {
    // Mostly short gaps, sometimes a silence of up to 40 minutes.
    const double u = unit(rng);
    now += u < 0.05 ? static_cast<int64_t>(unit(rng) * 40 * kMinute)
                    : static_cast<int64_t>(unit(rng) * 20 * kSecond);
    const std::string& metric = metrics[rng() % metrics.size()];
    double value = std::floor(unit(rng) * 10);
    if (metric == "m2" && unit(rng) < 0.03) value = -1;  // no percentile for that period
    samples[metric].push_back({now, value});
    ASSERT_EQ(MetricStore::AddResult::kAdded, store.Add(Key(metric), now, value));
    if (unit(rng) < 0.3) {
      const int64_t tick = now + static_cast<int64_t>(unit(rng) * 3 * kSecond);
      for (const AlarmEvent& e : engine.Tick(tick, store)) {
        actual.push_back({e.alarm_name, e.time_ms, e.old_state, e.new_state});
      }
      reference_tick(tick);
      store.Expire(tick);
      now = tick;
    }
  }
  // Events of one Tick come sorted by time; the reference lists them per
  // alarm. Compare per alarm, in order.
  for (const AlarmSpec& spec : specs) {
    std::vector<Transition> a, e;
    for (const auto& t : actual) {
      if (t.alarm == spec.name) a.push_back(t);
    }
    for (const auto& t : expected) {
      if (t.alarm == spec.name) e.push_back(t);
    }
    EXPECT_EQ(e, a) << spec.name;
    EXPECT_FALSE(e.empty()) << spec.name << ": the stream should exercise transitions";
  }
  for (size_t i = 0; i < specs.size(); ++i) {
    EXPECT_EQ(ref_state[i], engine.Statuses()[i].state) << specs[i].name;
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, AlarmEnginePropertyTest, ::testing::Values(1u, 2u, 3u, 42u, 2024u));

// docs/cloudwatch-semantics.md §4.7: the engine judges only periods its owner observed.
TEST(AlarmEngineTest, EmptyPeriodsBeforeObservationAreNoEvidence) {
  MetricStore store;
  AlarmEngine engine({Spec("stall", "progress", 60, 2, 2, 1, ComparisonOperator::kLessThanThreshold,
                           TreatMissingData::kBreaching, Statistic::kSampleCount)});
  engine.WatchMetrics(store);
  AlarmSources sources;
  sources.observed_since_ms = kBase;
  sources.observed_group = "g";
  std::vector<AlarmSources> all{sources};
  // One observed minute of the two needed: no verdict yet.
  EXPECT_TRUE(engine.Tick(kBase + kMinute, store, all).empty());
  EXPECT_EQ(AlarmState::kInsufficientData, engine.Statuses()[0].state);
  EXPECT_NE(std::string::npos, engine.Statuses()[0].reason.find("1 period of the 2 needed"))
      << engine.Statuses()[0].reason;
  // Two observed empty minutes: missing is breaching, as configured.
  const auto events = engine.Tick(kBase + 2 * kMinute, store, all);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
  EXPECT_EQ(kBase + 2 * kMinute, events[0].time_ms);
}

TEST(AlarmEngineTest, WithoutSourcesEveryPeriodCounts) {
  MetricStore store;
  AlarmEngine engine({Spec("stall", "progress", 60, 2, 2, 1, ComparisonOperator::kLessThanThreshold,
                           TreatMissingData::kBreaching, Statistic::kSampleCount)});
  engine.WatchMetrics(store);
  const auto events = engine.Tick(kBase + kMinute, store);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
}

TEST(AlarmEngineTest, LongQuietStretchStillReportsTheFirstObservedVerdictOnTime) {
  // The all-missing skip must not jump over the boundary where enough
  // periods became observed.
  MetricStore store;
  AlarmEngine engine(
      {Spec("quiet", "errors", 300, 1, std::nullopt, 0, ComparisonOperator::kGreaterThanThreshold,
            TreatMissingData::kNotBreaching)});
  engine.WatchMetrics(store);
  AlarmSources sources;
  sources.observed_since_ms = kBase + 30 * kSecond;
  sources.observed_group = "g";
  std::vector<AlarmSources> all{sources};
  EXPECT_TRUE(engine.Tick(kBase + kMinute, store, all).empty());
  const auto events = engine.Tick(kBase + 3 * 60 * kMinute, store, all);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kOk, events[0].new_state);
  // The first 5-minute period wholly observed is [1 min, 6 min).
  EXPECT_EQ(kBase + 6 * kMinute, events[0].time_ms);
}

// missing_data_scope: live (engine/alarm/evidence.h).
TEST(AlarmEngineTest, LiveScopedMissingDataCountsOnlyWhileTheSeriesIsLive) {
  MetricStore store;
  AlarmSpec spec =
      Spec("stall", "progress", 60, 1, std::nullopt, 1, ComparisonOperator::kLessThanThreshold,
           TreatMissingData::kBreaching, Statistic::kSampleCount);
  spec.missing_data_live_only = true;
  spec.end_metric_name = "ended";
  AlarmEngine engine({spec});
  engine.WatchMetrics(store);
  AlarmSources sources;
  sources.observed_since_ms = kBase;
  sources.observed_group = "g";
  std::vector<AlarmSources> all{sources};
  // An hour without any progress line: no job, no verdict.
  EXPECT_TRUE(engine.Tick(kBase + 60 * kMinute, store, all).empty());
  EXPECT_NE(std::string::npos, engine.Statuses()[0].reason.find("no datapoint yet"))
      << engine.Statuses()[0].reason;
  // Progress at 60:10; then silence: live, so the empty minutes breach once
  // the range (R = 3 minutes) holds no progress.
  const int64_t progress = kBase + 60 * kMinute + 10 * kSecond;
  store.Add(Key("progress"), progress, 1);
  all[0].first_sample_ms = all[0].last_sample_ms = progress;
  auto events = engine.Tick(kBase + 61 * kMinute, store, all);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kOk, events[0].new_state);
  events = engine.Tick(kBase + 70 * kMinute, store, all);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kAlarm, events[0].new_state);
  EXPECT_EQ(kBase + 64 * kMinute, events[0].time_ms);
  // The end line at 70:30 ends the series: its empty minutes are no evidence.
  all[0].end_sample_ms = kBase + 70 * kMinute + 30 * kSecond;
  events = engine.Tick(kBase + 72 * kMinute, store, all);
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(AlarmState::kInsufficientData, events[0].new_state);
  EXPECT_NE(std::string::npos, events[0].reason.find("ended it at")) << events[0].reason;
}

}  // namespace
}  // namespace tailwatch::engine
