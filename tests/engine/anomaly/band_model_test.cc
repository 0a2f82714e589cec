#include "engine/anomaly/band_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace tailwatch::engine::anomaly {
namespace {

constexpr int64_t kMinuteMs = 60'000;
constexpr int64_t kFiveMinutesMs = 5 * kMinuteMs;
// 2024-01-01T00:00:00Z, a Monday.
constexpr int64_t kStartMs = 1'704'067'200'000;

// A series with optional daily shape, Gaussian noise and a fixed seed.
class Series {
 public:
  explicit Series(double level, double noise, double daily_amplitude = 0, uint32_t seed = 7)
      : level_(level), noise_(noise), daily_amplitude_(daily_amplitude), rng_(seed) {}
  double At(int64_t time_ms) {
    const double day_fraction =
        static_cast<double>(time_ms % (24 * 60 * kMinuteMs)) / (24.0 * 60 * kMinuteMs);
    return level_ + daily_amplitude_ * std::sin(2 * M_PI * day_fraction) + noise_ * normal_(rng_);
  }
  void set_level(double level) { level_ = level; }

 private:
  double level_;
  double noise_;
  double daily_amplitude_;
  std::mt19937 rng_;
  std::normal_distribution<double> normal_{0.0, 1.0};
};

// Feeds `count` datapoints every 5 minutes from *time_ms on.
void Feed(BandModel& model, Series& series, int64_t* time_ms, int count) {
  for (int i = 0; i < count; ++i) {
    model.Observe(*time_ms, series.At(*time_ms));
    *time_ms += kFiveMinutesMs;
  }
}

bool Breached(const Prediction& p, double k, double value) {
  return value < p.Lower(k) || value > p.Upper(k);
}

TEST(BandModelTest, WarmsUpBeforePredicting) {
  BandModel model;
  int64_t t = kStartMs;
  for (int i = 0; i < BandModel::kWarmupPoints; ++i) {
    EXPECT_FALSE(model.Predict(t).has_value()) << "datapoint " << i;
    model.Observe(t, 10 + (i % 3));
    t += kMinuteMs;
  }
  const auto p = model.Predict(t);
  ASSERT_TRUE(p.has_value());
  EXPECT_NEAR(p->center, 11, 1);
  EXPECT_GT(p->spread, 0);
  EXPECT_EQ(model.observed(), static_cast<uint64_t>(BandModel::kWarmupPoints));
}

TEST(BandModelTest, IgnoresNonFiniteValues) {
  BandModel model;
  for (int i = 0; i < 100; ++i) model.Observe(kStartMs + i * kMinuteMs, 5);
  model.Observe(kStartMs, NAN);
  model.Observe(kStartMs, INFINITY);
  EXPECT_EQ(model.observed(), 100u);
  const auto p = model.Predict(kStartMs);
  ASSERT_TRUE(p.has_value());
  EXPECT_TRUE(std::isfinite(p->center));
  EXPECT_EQ(Score(*p, INFINITY), 1.0);
}

TEST(BandModelTest, ValuesNearTheDoubleRangeNeverLeaveNonFiniteBands) {
  BandModel model;
  for (int i = 0; i < 200; ++i) {
    model.Observe(kStartMs + i * kMinuteMs, (i % 2 == 0 ? 1 : -1) * 1e308);
    const auto p = model.Predict(kStartMs + (i + 1) * kMinuteMs);
    if (p) {
      ASSERT_TRUE(std::isfinite(p->center)) << i;
      ASSERT_TRUE(std::isfinite(p->spread) && p->spread > 0) << i;
    }
  }
}

TEST(BandModelTest, LearnsDailySeasonality) {
  BandModel model;
  Series series(100, 1, 30);
  int64_t t = kStartMs;
  Feed(model, series, &t, 3 * 7 * 288);  // three weeks
  // Over the next day the band follows the daily swing of ±30: it is far
  // narrower than the swing and still holds almost every datapoint.
  int outside = 0;
  double max_spread = 0;
  for (int i = 0; i < 288; ++i) {
    const auto p = model.Predict(t);
    ASSERT_TRUE(p.has_value());
    const double value = series.At(t);
    if (Breached(*p, 3, value)) ++outside;
    max_spread = std::max(max_spread, p->spread);
    model.Observe(t, value);
    t += kFiveMinutesMs;
  }
  EXPECT_LT(outside, 15);
  EXPECT_LT(max_spread, 8.0);
  // A value at the daily mean is anomalous at the top of the daily swing.
  const int64_t six_am = kStartMs + 28 * 24 * 60 * kMinuteMs + 6 * 60 * kMinuteMs;
  const auto peak = model.Predict(six_am);
  ASSERT_TRUE(peak.has_value());
  EXPECT_GT(peak->center, 115);
  EXPECT_TRUE(Breached(*peak, 3, 100));
}

TEST(BandModelTest, AnOutlierDoesNotWidenTheBandForTheNext) {
  // Two models see the same noise; one also sees a 20-sigma outlier.
  BandModel with_outlier;
  BandModel without;
  Series series(50, 2);
  int64_t t = kStartMs;
  for (int i = 0; i < 2300; ++i) {
    const double value = series.At(t);
    if (i == 2000) {
      const auto before = with_outlier.Predict(t);
      ASSERT_TRUE(before.has_value());
      EXPECT_TRUE(Breached(*before, 3, 50 + 40));
      with_outlier.Observe(t, 50 + 40);
      const auto right_after = with_outlier.Predict(t + kFiveMinutesMs);
      // The level barely moves.
      EXPECT_NEAR(right_after->center, before->center, 0.5 * before->spread);
    } else {
      with_outlier.Observe(t, value);
    }
    without.Observe(t, value);
    t += kFiveMinutesMs;
  }
  // After the short cool-down the spread has grown only by the bounded step
  // of its tail quantile (×1.23 for 20 sigma, then decaying), not by the
  // outlier's size, and the next outlier of the same size is caught.
  const auto p = with_outlier.Predict(t);
  const auto q = without.Predict(t);
  ASSERT_TRUE(p && q);
  EXPECT_LT(p->spread, 1.25 * q->spread);
  EXPECT_TRUE(Breached(*p, 3, 50 + 40));
}

TEST(BandModelTest, AdaptsAfterALastingLevelShift) {
  BandModel model;
  Series series(100, 1);
  int64_t t = kStartMs;
  Feed(model, series, &t, 1000);
  series.set_level(200);
  const auto p = model.Predict(t);
  ASSERT_TRUE(p.has_value());
  EXPECT_TRUE(Breached(*p, 3, series.At(t)));  // the jump itself is caught
  Feed(model, series, &t, 50);
  // Afterwards the band sits on the new level and the new normal is quiet.
  int outside = 0;
  for (int i = 0; i < 200; ++i) {
    const auto q = model.Predict(t);
    ASSERT_TRUE(q.has_value());
    const double value = series.At(t);
    if (Breached(*q, 3, value)) ++outside;
    model.Observe(t, value);
    t += kFiveMinutesMs;
  }
  EXPECT_LT(outside, 10);
  EXPECT_NEAR(model.Predict(t)->center, 200, 2);
}

TEST(BandModelTest, ADailySpikeAtTheSameHourIsLearnedButAnotherHourStillAlarms) {
  // A quiet series with a nightly job: one 5-minute spike of +30 (15 sigma)
  // at 03:20 every day.
  constexpr int64_t kDayMs = 24 * 60 * kMinuteMs;
  constexpr int64_t kSpikeOffsetMs = (3 * 60 + 20) * kMinuteMs;
  BandModel model;
  Series series(10, 2);
  int64_t t = kStartMs;
  std::vector<bool> spike_breached;
  for (int day = 0; day < 6; ++day) {
    for (int i = 0; i < 288; ++i, t += kFiveMinutesMs) {
      double value = series.At(t);
      if ((t - kStartMs) % kDayMs == kSpikeOffsetMs) {
        value = 40;
        const auto p = model.Predict(t);
        ASSERT_TRUE(p.has_value());
        spike_breached.push_back(Breached(*p, 5, value));
      }
      model.Observe(t, value);
    }
  }
  // Days 1 and 2 alarm (day 2 makes it a daily pattern); from day 3 on the
  // spike is inside a k = 5 band.
  EXPECT_EQ(spike_breached, (std::vector<bool>{true, true, false, false, false, false}));
  // The same spike at 15:20 is still an anomaly, and at 03:20 a spike far
  // larger than the nightly one is too.
  const int64_t afternoon = t + kSpikeOffsetMs + 12 * 60 * kMinuteMs;
  ASSERT_TRUE(model.Predict(afternoon).has_value());
  EXPECT_TRUE(Breached(*model.Predict(afternoon), 5, 40));
  EXPECT_FALSE(Breached(*model.Predict(t + kSpikeOffsetMs), 5, 40));
  EXPECT_TRUE(Breached(*model.Predict(t + kSpikeOffsetMs), 5, 100));
}

TEST(BandModelTest, ASpikeOnlyOnceAtAnHourLeavesThatHoursBandAsItWas) {
  // Two spikes at the same hour of the same day are not a daily pattern, and
  // neither are two at the same hour a week apart.
  constexpr int64_t kDayMs = 24 * 60 * kMinuteMs;
  BandModel spiked;
  BandModel quiet;
  Series series(10, 2);
  int64_t t = kStartMs;
  for (int i = 0; i < 288 * 12; ++i, t += kFiveMinutesMs) {
    double value = series.At(t);
    quiet.Observe(t, value);
    const int64_t since_start = t - kStartMs;
    const bool spike = since_start == 3 * 60 * kMinuteMs ||
                       since_start == 3 * 60 * kMinuteMs + kFiveMinutesMs * 6 ||
                       since_start == 7 * kDayMs + 3 * 60 * kMinuteMs;
    spiked.Observe(t, spike ? 40 : value);
  }
  const int64_t next_night = t + 3 * 60 * kMinuteMs;
  const auto p = spiked.Predict(next_night);
  const auto q = quiet.Predict(next_night);
  ASSERT_TRUE(p && q);
  EXPECT_TRUE(Breached(*p, 5, 40));
  EXPECT_LT(p->spread, 1.25 * q->spread);
}

TEST(BandModelTest, IsDeterministicAndToleratesTimeGoingBack) {
  BandModel a;
  BandModel b;
  Series sa(10, 1, 3, 11);
  Series sb(10, 1, 3, 11);
  int64_t t = kStartMs;
  for (int i = 0; i < 3000; ++i) {
    // Every 100th datapoint repeats an hour-old timestamp.
    const int64_t when = i % 100 == 0 ? t - 3'600'000 : t;
    const double va = sa.At(when);
    const double vb = sb.At(when);
    const auto pa = a.Predict(when);
    const auto pb = b.Predict(when);
    ASSERT_EQ(pa.has_value(), pb.has_value());
    if (pa) {
      ASSERT_EQ(pa->center, pb->center);
      ASSERT_EQ(pa->spread, pb->spread);
    }
    a.Observe(when, va);
    b.Observe(when, vb);
    t += kFiveMinutesMs;
  }
}

TEST(BandModelTest, CheckpointRoundTripKeepsEveryPrediction) {
  BandModel original;
  Series series(20, 2, 5);
  int64_t t = kStartMs;
  Feed(original, series, &t, 5000);
  std::string bytes;
  original.Serialize(&bytes);
  BandModel restored;
  ASSERT_TRUE(restored.Restore(bytes));
  EXPECT_EQ(restored.observed(), original.observed());
  for (int i = 0; i < 2000; ++i) {
    const double value = i == 700 ? 500 : series.At(t);
    const auto p = original.Predict(t);
    const auto q = restored.Predict(t);
    ASSERT_TRUE(p && q);
    ASSERT_EQ(p->center, q->center) << i;
    ASSERT_EQ(p->spread, q->spread) << i;
    original.Observe(t, value);
    restored.Observe(t, value);
    t += kFiveMinutesMs;
  }
  // A model still warming up round-trips too.
  BandModel young;
  young.Observe(t, 1);
  std::string young_bytes;
  young.Serialize(&young_bytes);
  BandModel young_restored;
  ASSERT_TRUE(young_restored.Restore(young_bytes));
  EXPECT_EQ(young_restored.observed(), 1u);
}

TEST(BandModelTest, RejectsMalformedCheckpoints) {
  BandModel trained;
  Series series(20, 2, 5);
  int64_t t = kStartMs;
  Feed(trained, series, &t, 500);
  std::string good;
  trained.Serialize(&good);

  auto rejected = [](const std::string& bytes) {
    BandModel model;
    const bool ok = model.Restore(bytes);
    // A rejected restore leaves the model as constructed.
    return !ok && model.observed() == 0 && !model.Predict(kStartMs).has_value();
  };
  EXPECT_TRUE(rejected(""));
  for (size_t length = 0; length < good.size(); length += 7) {
    EXPECT_TRUE(rejected(good.substr(0, length))) << "truncated to " << length;
  }
  EXPECT_TRUE(rejected(good + "x"));
  std::string wrong_version = good;
  wrong_version[0] = static_cast<char>(wrong_version[0] + 1);
  EXPECT_TRUE(rejected(wrong_version));
  EXPECT_TRUE(rejected(std::string(BandModel::kMaxStateBytes + 1, '\0')));
  // A NaN anywhere among the doubles is corrupt state, not a model.
  const double nan = NAN;
  for (size_t offset = 12; offset + sizeof(double) <= good.size(); offset += 97) {
    std::string corrupt = good;
    corrupt.replace(offset, sizeof(double), reinterpret_cast<const char*>(&nan), sizeof(double));
    BandModel model;
    if (model.Restore(corrupt)) {
      // The NaN landed in a non-double field (counts); the model must still
      // predict finite bands or none at all.
      const auto p = model.Predict(t);
      if (p) {
        EXPECT_TRUE(std::isfinite(p->center) && std::isfinite(p->spread) && p->spread > 0);
      }
    }
  }
}

TEST(BandModelTest, SpikesAtTheEndsOfTimeAndOutOfRangeSpikeDaysAreSafe) {
  // Spikes at the first and last representable times are days apart by
  // about 2e11; nothing overflows (the sanitizer builds check).
  BandModel model;
  Series series(10, 2);
  int64_t t = kStartMs;
  Feed(model, series, &t, 300);
  for (int64_t time : {INT64_MIN, INT64_MAX, INT64_MIN + 1, kStartMs}) {
    model.Observe(time, 1000);
    ASSERT_TRUE(model.Predict(time).has_value());
  }
  // The checkpoint's first spike day follows the version, count, warm-up
  // values, level, trend, both quantiles, three errors, the season byte, the
  // cool-down, two evidence means, the shift run and sum, 24 recurring sizes
  // and the first spike's size. A day no int64 time can have is corrupt.
  std::string good;
  model.Serialize(&good);
  const size_t day_at = 4 + 8 + 30 * 8 + 4 * 8 + 3 * 8 + 1 + 3 * 8 + 4 + 8 + 24 * 8 + 8;
  ASSERT_LT(day_at + 8, good.size());
  for (int64_t day : {INT64_MAX, INT64_MIN, int64_t{-1}, int64_t{20'000}}) {
    std::string bytes = good;
    bytes.replace(day_at, sizeof(day), reinterpret_cast<const char*>(&day), sizeof(day));
    BandModel restored;
    EXPECT_EQ(day == -1 || day == 20'000, restored.Restore(bytes)) << day;
  }
}

TEST(BandModelTest, StateIsBounded) {
  BandModel model;
  Series series(1e6, 1e3, 1e5);
  int64_t t = kStartMs;
  Feed(model, series, &t, 20000);
  std::string bytes;
  model.Serialize(&bytes);
  EXPECT_LE(bytes.size(), BandModel::kMaxStateBytes);
  EXPECT_LE(sizeof(BandModel), BandModel::kMaxStateBytes);
}

TEST(BandModelTest, ScoreExceedsTheWidthsScoreExactlyOutsideTheBand) {
  std::mt19937 rng(3);
  std::uniform_real_distribution<double> unit(0, 1);
  for (int i = 0; i < 100000; ++i) {
    const Prediction p{(unit(rng) - 0.5) * 1e4, 1e-3 + unit(rng) * 100};
    const double k = 0.1 + unit(rng) * 6;
    const double value = p.center + (unit(rng) - 0.5) * 20 * p.spread;
    const double z = std::fabs(value - p.center) / p.spread;
    if (std::fabs(z - k) < 1e-9) continue;  // rounding decides at the edge itself
    const double score = Score(p, value);
    ASSERT_GE(score, 0);
    ASSERT_LE(score, 1);
    ASSERT_EQ(score > ScoreForWidth(k), Breached(p, k, value))
        << "center " << p.center << " spread " << p.spread << " k " << k << " value " << value;
  }
  // Strictly increasing in the deviation, on both sides of the center.
  const Prediction p{10, 2};
  double previous = -1;
  for (double deviation = 0; deviation < 1e6; deviation = deviation * 1.5 + 0.01) {
    const double up = Score(p, 10 + deviation);
    EXPECT_GT(up, previous);
    EXPECT_DOUBLE_EQ(up, Score(p, 10 - deviation));
    previous = up;
  }
  EXPECT_LT(ScoreForWidth(2), ScoreForWidth(3));
}

}  // namespace
}  // namespace tailwatch::engine::anomaly
