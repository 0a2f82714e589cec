#include <gtest/gtest.h>

#include "engine/aggregate/metric_store.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kT0 = 1764979200000;  // a minute boundary

MetricKey Key() {
  MetricKey key{"App", "Latency", {{"Host", "a"}}};
  key.Normalize();
  return key;
}

TEST(MetricStoreAggregate, StatisticSetsAndWeightedValuesFoldExactly) {
  MetricStore store;
  // A statistic set of 10 samples, then the value 4 seen 3 times, then one 1.
  EXPECT_EQ(store.AddAggregate(Key(), kT0 + 1000, SampleAggregate{10, 50, 2, 9, std::nullopt}),
            MetricStore::AddResult::kAdded);
  EXPECT_EQ(store.AddAggregate(Key(), kT0 + 2000, SampleAggregate{3, 12, 4, 4, 4}),
            MetricStore::AddResult::kAdded);
  EXPECT_EQ(store.Add(Key(), kT0 + 3000, 1), MetricStore::AddResult::kAdded);
  const auto dp = store.Get(Key(), kT0, 60);
  ASSERT_TRUE(dp);
  EXPECT_DOUBLE_EQ(dp->sample_count, 14);
  EXPECT_DOUBLE_EQ(dp->sum, 63);
  EXPECT_DOUBLE_EQ(dp->minimum, 1);
  EXPECT_DOUBLE_EQ(dp->maximum, 9);
  const SeriesStats* stats = store.FindSeries(Key());
  ASSERT_NE(stats, nullptr);
  EXPECT_EQ(stats->total_samples, 14u);
  EXPECT_DOUBLE_EQ(stats->total_sum, 63);
  EXPECT_EQ(stats->first_sample_ms, kT0 + 1000);
  EXPECT_EQ(stats->last_sample_ms, kT0 + 3000);
}

TEST(MetricStoreAggregate, WeightedValuesCountInPercentiles) {
  MetricStore store;
  store.Watch(Key(), 60, 3, /*needs_percentiles=*/true);
  store.AddAggregate(Key(), kT0, SampleAggregate{9, 9, 1, 1, 1});
  store.AddAggregate(Key(), kT0, SampleAggregate{1, 100, 100, 100, 100});
  const auto dp = store.Get(Key(), kT0, 60);
  ASSERT_TRUE(dp);
  EXPECT_EQ(dp->Percentile(90), 1);
  EXPECT_EQ(dp->Percentile(95), 100);
}

TEST(MetricStoreAggregate, LateAggregatesAreRefusedLikeSamples) {
  MetricStore store;
  store.Add(Key(), kT0 + 3600000, 1);
  store.Expire(kT0 + 3600000);
  EXPECT_EQ(store.AddAggregate(Key(), kT0, SampleAggregate{2, 2, 1, 1, 1}),
            MetricStore::AddResult::kLate);
}

}  // namespace
}  // namespace tailwatch::engine
