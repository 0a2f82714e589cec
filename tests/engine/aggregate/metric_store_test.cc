#include "engine/aggregate/metric_store.h"

#include <gtest/gtest.h>
#include <malloc.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/byte_codec.h"
#include "tests/engine/aggregate/store_checkpoint_util.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kMinute = 60000;
constexpr int64_t kBase = 1700000000000 - 1700000000000 % (60 * kMinute);  // an hour boundary

MetricKey Key(std::string name, std::vector<std::pair<std::string, std::string>> dims = {}) {
  MetricKey key{"ns", std::move(name), std::move(dims)};
  key.Normalize();
  return key;
}

TEST(MetricKeyTest, DimensionOrderDoesNotMatter) {
  MetricKey a{"ns", "m", {{"b", "2"}, {"a", "1"}}};
  MetricKey b{"ns", "m", {{"a", "1"}, {"b", "2"}}};
  a.Normalize();
  EXPECT_EQ(a, b);
  EXPECT_EQ(HashMetricKey(a), HashMetricKey(b));
  EXPECT_EQ("ns/m{a=1,b=2}", a.ToString());
  EXPECT_NE(HashMetricKey(MetricKey{"ab", "c", {}}), HashMetricKey(MetricKey{"a", "bc", {}}));
}

TEST(MetricStoreTest, AggregatesOneMinute) {
  MetricStore store;
  for (double v : {3.0, 1.0, 2.0}) {
    EXPECT_EQ(MetricStore::AddResult::kAdded, store.Add(Key("m"), kBase + 1000, v));
  }
  const auto dp = store.Get(Key("m"), kBase, 60);
  ASSERT_TRUE(dp);
  EXPECT_EQ(kBase, dp->period_start_ms);
  EXPECT_EQ(3, dp->sample_count);
  EXPECT_EQ(6, dp->sum);
  EXPECT_EQ(1, dp->minimum);
  EXPECT_EQ(3, dp->maximum);
  EXPECT_EQ(2, dp->average());
  EXPECT_FALSE(dp->has_percentile_samples);
  EXPECT_FALSE(store.Get(Key("m"), kBase + kMinute, 60));
  EXPECT_FALSE(store.Get(Key("other"), kBase, 60));
}

TEST(MetricStoreTest, DimensionsInConfigOrderFindTheSortedSeries) {
  MetricStore store;
  const std::array<std::string_view, 2> names = {"Rank", "Host"};
  const std::array<std::string_view, 2> values = {"3", "h1"};
  EXPECT_EQ(MetricStore::AddResult::kAdded, store.Add("ns", "m", names, values, kBase, 1));
  EXPECT_EQ(MetricStore::AddResult::kAdded, store.Add("ns", "m", names, values, kBase + 5, 2));
  const auto dp = store.Get(Key("m", {{"Rank", "3"}, {"Host", "h1"}}), kBase, 60);
  ASSERT_TRUE(dp);
  EXPECT_EQ(2, dp->sample_count);
  EXPECT_EQ(1u, store.counters().series);
}

// Long periods are built from 1-minute buckets: any minute-aligned start.
struct PeriodCase {
  std::string name;
  int period_seconds;
  int64_t start_offset_ms;
  double count, sum, minimum, maximum;
};

class LongPeriodTest : public ::testing::TestWithParam<PeriodCase> {};

TEST_P(LongPeriodTest, ExactFromMinuteBuckets) {
  MetricStore store;
  // One sample per minute for 10 minutes: value = minute index (0..9).
  for (int i = 0; i < 10; ++i) store.Add(Key("m"), kBase + i * kMinute + 30000, i);
  const PeriodCase& c = GetParam();
  const auto dp = store.Get(Key("m"), kBase + c.start_offset_ms, c.period_seconds);
  ASSERT_TRUE(dp);
  EXPECT_EQ(c.count, dp->sample_count);
  EXPECT_EQ(c.sum, dp->sum);
  EXPECT_EQ(c.minimum, dp->minimum);
  EXPECT_EQ(c.maximum, dp->maximum);
}

INSTANTIATE_TEST_SUITE_P(Periods, LongPeriodTest,
                         ::testing::Values(PeriodCase{"FiveMinutesAligned", 300, 0, 5, 10, 0, 4},
                                           PeriodCase{"FiveMinutesSliding", 300, 3 * kMinute, 5, 25,
                                                      3, 7},
                                           PeriodCase{"TenMinutes", 600, 0, 10, 45, 0, 9},
                                           PeriodCase{"OneHourPartlyEmpty", 3600, 0, 10, 45, 0, 9},
                                           PeriodCase{"OneMinute", 60, 9 * kMinute, 1, 9, 9, 9}),
                         [](const auto& test_info) { return test_info.param.name; });

TEST(MetricStoreTest, ShortPeriodsNeedTenSecondBuckets) {
  MetricStore store;
  store.Watch(Key("fast"), 10, 3, false);
  store.Add(Key("fast"), kBase + 5000, 1);
  store.Add(Key("fast"), kBase + 15000, 2);
  store.Add(Key("slow"), kBase + 5000, 1);
  ASSERT_TRUE(store.Get(Key("fast"), kBase, 10));
  EXPECT_EQ(1, store.Get(Key("fast"), kBase, 10)->sum);
  EXPECT_EQ(2, store.Get(Key("fast"), kBase + 10000, 10)->sum);
  EXPECT_EQ(3, store.Get(Key("fast"), kBase, 60)->sum);
  // An unwatched series has minute buckets: a 10-s period cannot be cut.
  EXPECT_FALSE(store.Get(Key("slow"), kBase, 10));
  EXPECT_TRUE(store.Get(Key("slow"), kBase, 60));
}

TEST(MetricStoreTest, PercentilesOnlyForWatchedSeries) {
  MetricStore store;
  store.Watch(Key("p"), 60, 3, true);
  for (int v = 1; v <= 100; ++v) {
    store.Add(Key("p"), kBase + v, v);
    store.Add(Key("plain"), kBase + v, v);
  }
  const auto dp = store.Get(Key("p"), kBase, 60);
  ASSERT_TRUE(dp);
  ASSERT_TRUE(dp->has_percentile_samples);
  EXPECT_EQ(99, dp->Percentile(99));
  EXPECT_EQ(50, dp->Percentile(50));
  EXPECT_EQ(100, dp->Percentile(99.5));
  EXPECT_EQ(1, dp->Percentile(0.5));
  EXPECT_FALSE(store.Get(Key("plain"), kBase, 60)->Percentile(50));
  store.Add(Key("p"), kBase + 200, -1);
  EXPECT_FALSE(store.Get(Key("p"), kBase, 60)->Percentile(50));
}

TEST(MetricStoreTest, RawValuesAreBoundedPerBucket) {
  MetricStoreOptions options;
  options.max_raw_values_per_bucket = 64;
  MetricStore store(options);
  store.Watch(Key("p"), 60, 3, true);
  for (int v = 1; v <= 10000; ++v) store.Add(Key("p"), kBase + v % 60000, v);
  const auto dp = store.Get(Key("p"), kBase, 60);
  ASSERT_TRUE(dp);
  EXPECT_EQ(10000, dp->sample_count);
  EXPECT_LE(dp->percentile_samples.size(), 64u);
  double weight = 0;
  for (const auto& s : dp->percentile_samples) weight += s.weight;
  EXPECT_EQ(10000, weight);
  // Compacted, the median stays close to the exact 5000.
  EXPECT_NEAR(5000, *dp->Percentile(50), 400);
}

TEST(MetricStoreTest, LateSamplesFoldWithinWatchedRangeOnly) {
  MetricStore store;
  store.Watch(Key("w"), 300, 3, false);  // keeps >= (3 + 1) * 5 min
  store.Add(Key("w"), kBase + 60 * kMinute, 1);
  store.Add(Key("u"), kBase + 60 * kMinute, 1);
  // 15 minutes late: inside the watched range, outside the unwatched default (5 min).
  EXPECT_EQ(MetricStore::AddResult::kAdded, store.Add(Key("w"), kBase + 45 * kMinute, 7));
  EXPECT_EQ(MetricStore::AddResult::kLate, store.Add(Key("u"), kBase + 45 * kMinute, 7));
  EXPECT_EQ(7, store.Get(Key("w"), kBase + 45 * kMinute, 60)->sum);
  // Two hours late: outside every range.
  EXPECT_EQ(MetricStore::AddResult::kLate, store.Add(Key("w"), kBase - 60 * kMinute, 7));
  EXPECT_EQ(2u, store.counters().late_samples);
  // Expire's time also moves the horizon, even for a new series.
  store.Expire(kBase + 120 * kMinute);
  EXPECT_EQ(MetricStore::AddResult::kLate, store.Add(Key("new"), kBase + 60 * kMinute, 1));
}

TEST(MetricStoreTest, DimensionCombinationsAreCapped) {
  MetricStoreOptions options;
  options.max_dimension_combinations_per_metric = 3;
  options.dimension_window_ms = 10 * kMinute;
  MetricStore store(options);
  store.Watch(Key("m", {{"d", "watched"}}), 60, 3, false);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(MetricStore::AddResult::kAdded,
              store.Add(Key("m", {{"d", std::to_string(i)}}), kBase, 1));
  }
  EXPECT_EQ(MetricStore::AddResult::kDimensionCapExceeded,
            store.Add(Key("m", {{"d", "x"}}), kBase, 1));
  // Known combinations keep working, other metrics have their own cap, and
  // a configured (watched) combination is always accepted.
  EXPECT_EQ(MetricStore::AddResult::kAdded, store.Add(Key("m", {{"d", "0"}}), kBase, 1));
  EXPECT_EQ(MetricStore::AddResult::kAdded, store.Add(Key("other", {{"d", "x"}}), kBase, 1));
  EXPECT_EQ(MetricStore::AddResult::kAdded, store.Add(Key("m", {{"d", "watched"}}), kBase, 1));
  EXPECT_EQ(1u, store.counters().dimension_cap_refusals);
  // After the window without samples, the old combinations die.
  store.Expire(kBase + 30 * kMinute);
  EXPECT_EQ(MetricStore::AddResult::kAdded,
            store.Add(Key("m", {{"d", "x"}}), kBase + 30 * kMinute, 1));
}

TEST(MetricStoreTest, DrainClosedReportsEachPeriodOnceInTimeThenKeyOrder) {
  MetricStore store;
  store.Add(Key("b"), kBase + 10, 1);
  store.Add(Key("a"), kBase + 20, 2);
  store.Add(Key("a"), kBase + kMinute + 5, 3);
  std::vector<std::string> seen;
  auto collect = [&](const MetricKey& key, const Datapoint& dp) {
    seen.push_back(key.metric_name + "@" + std::to_string((dp.period_start_ms - kBase) / kMinute) +
                   "=" + std::to_string(static_cast<int>(dp.sum)));
  };
  store.DrainClosed(kBase + kMinute - 1, 60, collect);
  EXPECT_TRUE(seen.empty());
  store.DrainClosed(kBase + kMinute, 60, collect);
  EXPECT_EQ((std::vector<std::string>{"a@0=2", "b@0=1"}), seen);
  store.DrainClosed(kBase + 10 * kMinute, 60, collect);
  EXPECT_EQ((std::vector<std::string>{"a@0=2", "b@0=1", "a@1=3"}), seen);
  store.DrainClosed(kBase + 20 * kMinute, 60, collect);
  EXPECT_EQ(3u, seen.size());
}

TEST(MetricStoreTest, DrainKeepsUnreportedBucketsThroughExpire) {
  MetricStore store;
  std::vector<int64_t> starts;
  auto collect = [&](const MetricKey&, const Datapoint& dp) {
    starts.push_back(dp.period_start_ms);
  };
  store.DrainClosed(kBase, 60, collect);  // enables draining
  store.Add(Key("m"), kBase + 10, 1);
  store.Add(Key("m"), kBase + 30 * kMinute, 1);  // far ahead: the old bucket is past history
  store.Expire(kBase + 30 * kMinute);
  store.DrainClosed(kBase + 31 * kMinute, 60, collect);
  EXPECT_EQ((std::vector<int64_t>{kBase, kBase + 30 * kMinute}), starts);
}

TEST(MetricStoreTest, ExpireDropsOldBucketsAndIdleSeries) {
  MetricStoreOptions options;
  options.dimension_window_ms = 60 * kMinute;
  MetricStore store(options);
  for (int i = 0; i < 60; ++i) store.Add(Key("m"), kBase + i * kMinute, 1);
  EXPECT_EQ(60u, store.counters().buckets);
  store.Expire(kBase + 60 * kMinute);
  EXPECT_LE(store.counters().buckets, 6u);
  EXPECT_EQ(1u, store.counters().series);
  store.Expire(kBase + 200 * kMinute);
  EXPECT_EQ(0u, store.counters().buckets);
  EXPECT_EQ(0u, store.counters().series);
}

TEST(MetricStoreTest, NextSampleTime) {
  MetricStore store;
  store.Add(Key("m"), kBase + 5 * kMinute + 7, 1);
  EXPECT_EQ(kBase + 5 * kMinute, store.NextSampleTime(Key("m"), kBase));
  EXPECT_EQ(kBase + 5 * kMinute, store.NextSampleTime(Key("m"), kBase + 5 * kMinute + 30000));
  EXPECT_FALSE(store.NextSampleTime(Key("m"), kBase + 6 * kMinute));
  EXPECT_FALSE(store.NextSampleTime(Key("none"), kBase));
}

TEST(MetricStoreTest, SerializeRestoreRoundTrip) {
  MetricStore store;
  store.Watch(Key("p", {{"d", "1"}}), 60, 3, true);
  for (int i = 0; i < 500; ++i) {
    store.Add(Key("p", {{"d", "1"}}), kBase + i * 1000, i % 17);
    store.Add(Key("q"), kBase + i * 1000, 0.5);
  }
  store.Add(Key("q"), kBase - 100 * kMinute, 1);  // late, counted
  const std::string bytes = store.Serialize();
  MetricStore restored;
  restored.Watch(Key("p", {{"d", "1"}}), 60, 3, true);
  ASSERT_TRUE(restored.Restore(bytes));
  EXPECT_EQ(bytes, restored.Serialize());
  EXPECT_EQ(store.Get(Key("p", {{"d", "1"}}), kBase, 60),
            restored.Get(Key("p", {{"d", "1"}}), kBase, 60));
  EXPECT_EQ(1u, restored.counters().late_samples);
  // Continues seamlessly: a new sample lands in the restored bucket.
  const int64_t last_minute = kBase + 8 * kMinute;
  EXPECT_EQ(MetricStore::AddResult::kAdded, restored.Add(Key("q"), last_minute + 1, 0.5));
  EXPECT_EQ(store.Get(Key("q"), last_minute, 60)->sample_count + 1,
            restored.Get(Key("q"), last_minute, 60)->sample_count);
}

TEST(MetricStoreTest, RestoreRejectsCorruptInputAndKeepsData) {
  MetricStore store;
  store.Add(Key("m"), kBase, 1);
  const std::string bytes = store.Serialize();
  MetricStore other;
  other.Add(Key("keep"), kBase, 1);
  EXPECT_FALSE(other.Restore(bytes.substr(0, bytes.size() - 3)));
  EXPECT_FALSE(other.Restore("garbage"));
  EXPECT_FALSE(other.Restore(bytes + "x"));
  std::string bad_version = bytes;
  bad_version[4] = 99;
  EXPECT_FALSE(other.Restore(bad_version));
  EXPECT_TRUE(other.Get(Key("keep"), kBase, 60));
  // Every truncation fails cleanly (no crash, no huge allocation).
  for (size_t n = 0; n < bytes.size(); ++n) EXPECT_FALSE(other.Restore(bytes.substr(0, n)));
}

// A version-1 checkpoint (written before the store kept sample times) of
// one series `m` without dimensions, with one sample of 1 at `time_ms`.
std::string Version1Checkpoint(int64_t time_ms) {
  return testing::Version1StoreCheckpoint("ns", "m", time_ms, 1);
}

// The series' totals and first/last sample times (late samples included)
// live with the series: found by key, kept by a checkpoint, gone when the
// series expires.
TEST(MetricStoreTest, SeriesStatsKeepSampleTimes) {
  MetricStore store;
  EXPECT_EQ(nullptr, store.FindSeries(Key("m", {{"d", "1"}})));
  store.Add(MetricKey{"ns", "m", {{"e", "2"}, {"d", "1"}}}, kBase + 30 * kMinute, 2);
  store.Add(Key("m", {{"d", "1"}, {"e", "2"}}), kBase + 31 * kMinute, 3);
  store.Expire(kBase + 40 * kMinute);
  EXPECT_EQ(MetricStore::AddResult::kLate, store.Add(Key("m", {{"d", "1"}, {"e", "2"}}), kBase, 4));
  const SeriesStats* stats = store.FindSeries(MetricKey{"ns", "m", {{"e", "2"}, {"d", "1"}}});
  ASSERT_NE(nullptr, stats);
  EXPECT_EQ(3u, stats->total_samples);
  EXPECT_EQ(9.0, stats->total_sum);
  EXPECT_TRUE(stats->has_times);
  EXPECT_EQ(kBase, stats->first_sample_ms);
  EXPECT_EQ(kBase + 31 * kMinute, stats->last_sample_ms);

  MetricStore restored;
  ASSERT_TRUE(restored.Restore(store.Serialize()));
  const SeriesStats* again = restored.FindSeries(Key("m", {{"d", "1"}, {"e", "2"}}));
  ASSERT_NE(nullptr, again);
  EXPECT_TRUE(again->has_times);
  EXPECT_EQ(kBase, again->first_sample_ms);
  EXPECT_EQ(kBase + 31 * kMinute, again->last_sample_ms);

  store.Expire(kBase + 31 * kMinute + store.options().dimension_window_ms + 10 * kMinute);
  EXPECT_EQ(nullptr, store.FindSeries(Key("m", {{"d", "1"}, {"e", "2"}})));
}

// A kept series outlives the dimension window with its stats (its buckets
// still expire); ClearWatches lets it go.
TEST(MetricStoreTest, KeptSeriesStayPastTheDimensionWindow) {
  MetricStore store;
  store.KeepSeries(MetricKey{"ns", "m", {{"b", "2"}, {"a", "1"}}});
  store.Add(Key("m", {{"a", "1"}, {"b", "2"}}), kBase, 1);
  store.Add(Key("other"), kBase, 1);
  const int64_t later = kBase + 3 * store.options().dimension_window_ms;
  store.Expire(later);
  EXPECT_EQ(nullptr, store.FindSeries(Key("other")));
  const SeriesStats* stats = store.FindSeries(Key("m", {{"a", "1"}, {"b", "2"}}));
  ASSERT_NE(nullptr, stats);
  EXPECT_EQ(kBase, stats->last_sample_ms);
  EXPECT_EQ(0u, store.counters().buckets);
  MetricStore restored;
  restored.KeepSeries(Key("m", {{"a", "1"}, {"b", "2"}}));
  ASSERT_TRUE(restored.Restore(store.Serialize()));
  restored.Expire(later + 1);
  EXPECT_NE(nullptr, restored.FindSeries(Key("m", {{"a", "1"}, {"b", "2"}})));
  store.ClearWatches();
  store.Expire(later + 1);
  EXPECT_EQ(nullptr, store.FindSeries(Key("m", {{"a", "1"}, {"b", "2"}})));
}

TEST(MetricStoreTest, Version1CheckpointsRestoreWithoutSampleTimes) {
  MetricStore store;
  ASSERT_TRUE(store.Restore(Version1Checkpoint(kBase + 5000)));
  const SeriesStats* stats = store.FindSeries(Key("m"));
  ASSERT_NE(nullptr, stats);
  EXPECT_EQ(1u, stats->total_samples);
  EXPECT_FALSE(stats->has_times);
  EXPECT_EQ(1, store.Get(Key("m"), kBase, 60)->sample_count);
  // Times from elsewhere (an older pipeline section) fill the gap once.
  EXPECT_TRUE(store.SetSampleTimes(Key("m"), kBase + 1000, kBase + 5000));
  EXPECT_FALSE(store.SetSampleTimes(Key("other"), kBase, kBase));
  EXPECT_EQ(kBase + 1000, store.FindSeries(Key("m"))->first_sample_ms);
  // The next sample times a series that had none.
  MetricStore fresh;
  ASSERT_TRUE(fresh.Restore(Version1Checkpoint(kBase + 5000)));
  fresh.Add(Key("m"), kBase + 7000, 1);
  EXPECT_TRUE(fresh.FindSeries(Key("m"))->has_times);
  EXPECT_EQ(kBase + 7000, fresh.FindSeries(Key("m"))->first_sample_ms);
  EXPECT_EQ(2u, fresh.FindSeries(Key("m"))->total_samples);
}

size_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages_total = 0, pages_resident = 0;
  statm >> pages_total >> pages_resident;
  return pages_resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// 10 million samples across 100 metrics (some with dimensions, some watched,
// a few with percentiles), time moving forward: memory must stay flat once
// the history windows are full.
TEST(MetricStoreMemoryTest, FlatOverTenMillionSamples) {
  MetricStore store;
  std::vector<std::string> names;
  for (int m = 0; m < 100; ++m) names.push_back("metric" + std::to_string(m));
  for (int m = 0; m < 10; ++m) store.Watch(Key(names[m]), 300, 5, m < 3);
  const std::array<std::string_view, 1> dim_names = {"Rank"};
  const std::array<std::string_view, 4> ranks = {"0", "1", "2", "3"};

  constexpr int64_t kSamples = 10'000'000;
  constexpr int64_t kStepMs = 3;  // 30,000 s of event time: 500 minutes
  size_t heap_at_warm = 0;
  size_t rss_at_warm = 0;
  size_t buckets_at_warm = 0;
  for (int64_t i = 0; i < kSamples; ++i) {
    const int64_t t = kBase + i * kStepMs;
    const size_t m = static_cast<size_t>(i % 100);
    if (m >= 50) {
      const std::array<std::string_view, 1> value = {ranks[static_cast<size_t>(i / 100) % 4]};
      store.Add("ns", names[m], dim_names, value, t, static_cast<double>(i % 1000));
    } else {
      store.Add("ns", names[m], {}, {}, t, static_cast<double>(i % 1000));
    }
    if (i % 100'000 == 0) store.Expire(t);
    if (i == 2'000'000) {  // 100 minutes in: every history window is full
      heap_at_warm = mallinfo2().uordblks;
      rss_at_warm = ResidentBytes();
      buckets_at_warm = store.counters().buckets;
    }
  }
  store.Expire(kBase + kSamples * kStepMs);
  const size_t heap_end = mallinfo2().uordblks;
  const size_t rss_end = ResidentBytes();
  const MetricStoreCounters c = store.counters();
  std::printf(
      "[ memory ] heap %zu -> %zu bytes, rss %zu -> %zu bytes, buckets %zu -> %zu, "
      "series %zu\n",
      heap_at_warm, heap_end, rss_at_warm, rss_end, buckets_at_warm, c.buckets, c.series);
  EXPECT_EQ(static_cast<uint64_t>(kSamples), c.samples_added);
  EXPECT_EQ(250u, c.series);  // 50 plain + 50 x 4 ranks
  EXPECT_LE(c.buckets, buckets_at_warm + 250);
  // mallinfo2 reports 0 under sanitizers' allocators; check it when it works.
  if (heap_at_warm > 0) {
    EXPECT_LT(heap_end, heap_at_warm + 4 * 1024 * 1024);
  }
  EXPECT_LT(rss_end, rss_at_warm + 512 * 1024 * 1024);
}

}  // namespace
}  // namespace tailwatch::engine

namespace tailwatch::engine {
namespace {

// Adds through a SeriesHandle land where plain Adds do, also after the store
// dropped the series (idle past the dimension window) and after a Restore.
TEST(MetricStoreHandleTest, SameAsPlainAddAcrossExpiryAndRestore) {
  MetricStoreOptions options;
  options.dimension_window_ms = 60'000;
  MetricStore by_handle(options), plain(options);
  MetricStore::SeriesHandle handle;
  const int64_t base = 1'700'000'000'000;
  auto add = [&](int64_t t, double v) {
    EXPECT_EQ(plain.Add(MetricKey{"NS", "m", {}}, t, v), by_handle.Add(&handle, "NS", "m", t, v));
  };
  for (int i = 0; i < 5; ++i) add(base + i * 1000, i);
  EXPECT_NE(nullptr, handle.series);
  plain.Expire(base + 10 * 60'000);  // idle: the series is dropped
  by_handle.Expire(base + 10 * 60'000);
  add(base + 10 * 60'000 + 5, 7);
  add(base + 1000, 1);  // late now
  const std::string bytes = by_handle.Serialize();
  ASSERT_TRUE(by_handle.Restore(bytes).has_value());
  add(base + 10 * 60'000 + 6, 8);
  EXPECT_EQ(plain.Serialize(), by_handle.Serialize());
  EXPECT_EQ(plain.counters().samples_added, by_handle.counters().samples_added);
  EXPECT_EQ(plain.counters().late_samples, by_handle.counters().late_samples);
}

}  // namespace
}  // namespace tailwatch::engine
