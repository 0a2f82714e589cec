// Band alarms (docs/cloudwatch-semantics.md §4.9): the comparison, M of N,
// missing data, the learning state, and the reason texts checked against
// the CloudWatch User Guide's anomaly-detection alarm-state-change samples.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "engine/alarm/evaluate.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kMinute = 60000;
// 2019-10-03 16:00:00 UTC: the boundary of the guide's sample.
constexpr int64_t kSampleT = 1570118400000;

AlarmSpec BandSpecFor(ComparisonOperator op, int n, std::optional<int> m,
                      TreatMissingData treat = TreatMissingData::kMissing, double k = 2) {
  AlarmSpec spec;
  spec.name = "EC2 CPU Utilization Anomaly";
  spec.metric_namespace = "AWS/EC2";
  spec.metric_name = "CPUUtilization";
  spec.statistic = Statistic::kAverage;
  spec.period_seconds = 60;
  spec.evaluation_periods = n;
  spec.datapoints_to_alarm = m;
  spec.comparison_operator = op;
  spec.treat_missing_data = treat;
  spec.band = BandSpec{"m1", "ad1", k, "", true, true};
  return spec;
}

using Values = std::vector<std::optional<double>>;
using Bands = std::vector<std::optional<BandBounds>>;

constexpr auto kOutside = ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold;
constexpr auto kAbove = ComparisonOperator::kGreaterThanUpperThreshold;
constexpr auto kBelow = ComparisonOperator::kLessThanLowerThreshold;

// The guide's "State Change for an Anomaly Detection Alarm": OK -> ALARM on
// 0.0 at 15:58 below the band [0.0206, 0.3007] (1 out of 1).
TEST(BandEvaluateTest, GuideSampleToAlarm) {
  const AlarmSpec spec = BandSpecFor(kOutside, 1, 1);
  const Values values = {std::nullopt, 0.0, std::nullopt};  // 15:57, 15:58, 15:59
  const Bands bands = {std::nullopt, BandBounds{0.020599444741798756, 0.3006915352732461},
                       std::nullopt};
  const EvaluationResult r = EvaluateAlarmValues(spec, values, AlarmState::kOk, kSampleT, bands);
  EXPECT_EQ(AlarmState::kAlarm, r.state);
  EXPECT_EQ(
      "Thresholds Crossed: 1 out of the last 1 datapoints [0.0 (03/10/19 15:58:00)] was less than "
      "the lower thresholds [0.020599444741798756] or greater than the upper thresholds "
      "[0.3006915352732461] (minimum 1 datapoint for OK -> ALARM transition).",
      r.reason);
  EXPECT_NE(std::string::npos,
            r.reason_data_json.find("\"recentDatapoints\":[0.0],\"recentLowerThresholds\":[0."
                                    "020599444741798756],\"recentUpperThresholds\":[0."
                                    "3006915352732461]"))
      << r.reason_data_json;
  EXPECT_EQ(std::string::npos, r.reason_data_json.find("\"threshold\""));
}

// The same sample's previous state: ALARM -> OK on 0.1667 at 15:57 inside
// the band.
TEST(BandEvaluateTest, GuideSampleToOk) {
  const AlarmSpec spec = BandSpecFor(kOutside, 1, 1);
  const Values values = {std::nullopt, 0.166666666664241, std::nullopt};
  const Bands bands = {std::nullopt, BandBounds{0.0206719426210418, 0.30076870222143803},
                       std::nullopt};
  const EvaluationResult r =
      EvaluateAlarmValues(spec, values, AlarmState::kAlarm, kSampleT - kMinute, bands);
  EXPECT_EQ(AlarmState::kOk, r.state);
  EXPECT_EQ(
      "Thresholds Crossed: 1 out of the last 1 datapoints [0.166666666664241 (03/10/19 "
      "15:57:00)] was not less than the lower thresholds [0.0206719426210418] or not greater "
      "than the upper thresholds [0.30076870222143803] (minimum 1 datapoint for ALARM -> OK "
      "transition).",
      r.reason);
}

struct OperatorCase {
  ComparisonOperator op;
  double value;
  AlarmState expected;
};

TEST(BandEvaluateTest, OperatorsCompareWithTheirSideOfTheBand) {
  const BandBounds band{10, 20};
  const std::vector<OperatorCase> cases = {
      {kOutside, 25, AlarmState::kAlarm}, {kOutside, 5, AlarmState::kAlarm},
      {kOutside, 15, AlarmState::kOk},    {kOutside, 20, AlarmState::kOk},
      {kOutside, 10, AlarmState::kOk},    {kAbove, 25, AlarmState::kAlarm},
      {kAbove, 5, AlarmState::kOk},       {kAbove, 20, AlarmState::kOk},
      {kBelow, 5, AlarmState::kAlarm},    {kBelow, 25, AlarmState::kOk},
      {kBelow, 10, AlarmState::kOk},
  };
  for (const OperatorCase& c : cases) {
    const AlarmSpec spec = BandSpecFor(c.op, 1, std::nullopt);
    const Values values = {std::nullopt, std::nullopt, c.value};
    const Bands bands = {std::nullopt, std::nullopt, band};
    const EvaluationResult r =
        EvaluateAlarmValues(spec, values, AlarmState::kInsufficientData, kSampleT, bands);
    EXPECT_EQ(c.expected, r.state) << ComparisonOperatorName(c.op) << " " << c.value;
    EXPECT_TRUE(BreachesBand(c.op, c.value, band) == (c.expected == AlarmState::kAlarm));
  }
}

TEST(BandEvaluateTest, OneSidedReasonsNameOnlyTheirBound) {
  const Values values = {std::nullopt, std::nullopt, 25.0};
  const Bands bands = {std::nullopt, std::nullopt, BandBounds{10, 20}};
  const EvaluationResult above = EvaluateAlarmValues(BandSpecFor(kAbove, 1, std::nullopt), values,
                                                     AlarmState::kOk, kSampleT, bands);
  EXPECT_EQ(
      "Thresholds Crossed: 1 datapoint [25.0 (03/10/19 15:59:00)] was greater than the upper "
      "thresholds [20.0].",
      above.reason);
  const EvaluationResult below = EvaluateAlarmValues(BandSpecFor(kBelow, 1, std::nullopt), values,
                                                     AlarmState::kAlarm, kSampleT, bands);
  EXPECT_EQ(
      "Thresholds Crossed: 1 datapoint [25.0 (03/10/19 15:59:00)] was not less than the lower "
      "thresholds [10.0].",
      below.reason);
}

// M of N with per-period bands: each datapoint is judged against its own band.
TEST(BandEvaluateTest, MOfNUsesEachPeriodsBand) {
  const AlarmSpec spec = BandSpecFor(kOutside, 3, 2);
  // Values 30, 30, 30 against bands that move: only the first and last breach.
  const Values values = {std::nullopt, std::nullopt, 30.0, 30.0, 30.0};
  const Bands bands = {std::nullopt, std::nullopt, BandBounds{0, 20}, BandBounds{25, 35},
                       BandBounds{0, 20}};
  const EvaluationResult r = EvaluateAlarmValues(spec, values, AlarmState::kOk, kSampleT, bands);
  EXPECT_EQ(AlarmState::kAlarm, r.state);
  EXPECT_EQ(
      "Thresholds Crossed: 2 out of the last 3 datapoints [30.0 (03/10/19 15:59:00), 30.0 "
      "(03/10/19 15:57:00)] were less than the lower thresholds [0.0, 0.0] or greater than the "
      "upper thresholds [20.0, 20.0] (minimum 2 datapoints for OK -> ALARM transition).",
      r.reason);
  // One breach of three is not enough.
  const Bands one = {std::nullopt, std::nullopt, BandBounds{25, 35}, BandBounds{25, 35},
                     BandBounds{0, 20}};
  EXPECT_EQ(AlarmState::kOk,
            EvaluateAlarmValues(spec, values, AlarmState::kAlarm, kSampleT, one).state);
}

// Missing data follows treat_missing_data exactly as for threshold alarms.
TEST(BandEvaluateTest, MissingDataAsForThresholdAlarms) {
  const Values none = {std::nullopt, std::nullopt, std::nullopt};
  const Bands no_bands(3);
  EXPECT_EQ(AlarmState::kInsufficientData,
            EvaluateAlarmValues(BandSpecFor(kOutside, 1, std::nullopt), none, AlarmState::kOk,
                                kSampleT, no_bands)
                .state);
  const EvaluationResult breaching =
      EvaluateAlarmValues(BandSpecFor(kOutside, 1, std::nullopt, TreatMissingData::kBreaching),
                          none, AlarmState::kOk, kSampleT, no_bands);
  EXPECT_EQ(AlarmState::kAlarm, breaching.state);
  EXPECT_EQ(
      "Thresholds Crossed: no datapoints were received for 1 period and 1 missing datapoint was "
      "treated as [Breaching].",
      breaching.reason);
  EXPECT_EQ(AlarmState::kOk, EvaluateAlarmValues(BandSpecFor(kOutside, 1, std::nullopt,
                                                             TreatMissingData::kNotBreaching),
                                                 none, AlarmState::kAlarm, kSampleT, no_bands)
                                 .state);
  const EvaluationResult ignored =
      EvaluateAlarmValues(BandSpecFor(kOutside, 1, std::nullopt, TreatMissingData::kIgnore), none,
                          AlarmState::kAlarm, kSampleT, no_bands);
  EXPECT_EQ(AlarmState::kAlarm, ignored.state);
  EXPECT_TRUE(ignored.kept_state);

  // N = 3, M = 3, breaching fill: one real breaching point and two filled.
  const Values one = {std::nullopt, std::nullopt, std::nullopt, std::nullopt, 50.0};
  const Bands band_last = {std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                           BandBounds{0, 20}};
  EXPECT_EQ(AlarmState::kAlarm,
            EvaluateAlarmValues(BandSpecFor(kOutside, 3, 3, TreatMissingData::kBreaching), one,
                                AlarmState::kOk, kSampleT, band_last)
                .state);
  EXPECT_EQ(AlarmState::kInsufficientData,
            EvaluateAlarmValues(BandSpecFor(kOutside, 3, 3, TreatMissingData::kMissing), one,
                                AlarmState::kOk, kSampleT, band_last)
                .state);
}

// No band (the model still learns): INSUFFICIENT_DATA with a reason, even
// for a value that would be far outside any band.
TEST(BandEvaluateTest, NoBandWhileLearningIsInsufficientData) {
  const AlarmSpec spec = BandSpecFor(kOutside, 1, std::nullopt);
  const Values values = {std::nullopt, std::nullopt, 1e9};
  const Bands bands(3);
  const EvaluationResult r = EvaluateAlarmValues(spec, values, AlarmState::kOk, kSampleT, bands);
  EXPECT_EQ(AlarmState::kInsufficientData, r.state);
  EXPECT_TRUE(r.band_learning);
  EXPECT_EQ(
      "Insufficient Data: the anomaly detection band is not available yet for 1 of the last 1 "
      "datapoint (the model is still learning the metric's normal range).",
      r.reason);
  EXPECT_NE(std::string::npos, r.reason_data_json.find("\"recentLowerThresholds\":[null]"));
}

TEST(BandEvaluateTest, ThresholdOperatorsNeverBreachABand) {
  EXPECT_FALSE(BreachesBand(ComparisonOperator::kGreaterThanThreshold, 100, BandBounds{0, 1}));
  AlarmSpec spec = BandSpecFor(kOutside, 1, std::nullopt);
  EXPECT_FALSE(Breaches(spec, 1e9));
}

}  // namespace
}  // namespace tailwatch::engine
