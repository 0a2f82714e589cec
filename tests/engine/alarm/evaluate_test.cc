#include "engine/alarm/evaluate.h"

#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace tailwatch::engine {
namespace {

constexpr int64_t kMinute = 60000;
// 2023-10-26 16:42:00 UTC, a minute boundary.
constexpr int64_t kT0 = 1698338520000;

AlarmSpec MakeSpec(int n, std::optional<int> m, TreatMissingData treat) {
  AlarmSpec spec;
  spec.name = "a";
  spec.metric_namespace = "ns";
  spec.metric_name = "m";
  spec.statistic = Statistic::kMaximum;
  spec.period_seconds = 60;
  spec.evaluation_periods = n;
  spec.datapoints_to_alarm = m;
  spec.threshold = 1;
  spec.comparison_operator = ComparisonOperator::kGreaterThanThreshold;
  spec.treat_missing_data = treat;
  return spec;
}

// "0 - X" -> {0.0, missing, 2.0}: X breaches a "> 1" threshold, 0 does not.
std::vector<std::optional<double>> ParseRow(const std::string& row) {
  std::vector<std::optional<double>> values;
  std::istringstream in(row);
  std::string cell;
  while (in >> cell) {
    if (cell == "-") {
      values.push_back(std::nullopt);
    } else if (cell == "X") {
      values.push_back(2.0);
    } else {
      values.push_back(0.0);
    }
  }
  return values;
}

// Datapoints (SampleCount 1, value v for every statistic) for a row of
// values, oldest first, the newest period ending at `t`.
std::vector<std::optional<Datapoint>> Datapoints(const std::vector<std::optional<double>>& values,
                                                 int64_t t, int period_seconds = 60) {
  std::vector<std::optional<Datapoint>> out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (!values[i]) {
      out.push_back(std::nullopt);
      continue;
    }
    Datapoint dp;
    dp.period_start_ms = t - static_cast<int64_t>(values.size() - i) * period_seconds * 1000LL;
    dp.sample_count = 1;
    dp.sum = dp.minimum = dp.maximum = *values[i];
    out.push_back(dp);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The two missing-data tables of the AWS user guide ("Configuring how
// CloudWatch alarms treat missing data"): table 1 has N = 3, M = 3, table 2
// N = 3, M = 2, both with the evaluation range R = 5, oldest first.
//
// The rows below are reconstructed from memory of the current guide; where
// memory was not certain, the expected cells were derived from rules a-d of
// docs/cloudwatch-semantics.md §4.4 (which reproduce all 40 cells) and cross-checked
// against the worked examples and the history of AWS's tables. Extra rows
// from the 2019 tables (AWS's earlier tables) are included. "S" = the current state is
// kept (tested from two different current states).
struct TableRow {
  std::string name;
  int m;
  std::string row;
  // Expected for missing, ignore, breaching, notBreaching.
  std::string missing, ignore, breaching, not_breaching;
};

class MissingDataTableTest : public ::testing::TestWithParam<TableRow> {};

void ExpectCell(const TableRow& r, TreatMissingData treat, const std::string& expected) {
  const AlarmSpec spec = MakeSpec(3, r.m, treat);
  const auto values = ParseRow(r.row);
  ASSERT_EQ(5u, values.size());
  const auto range = Datapoints(values, kT0);
  for (AlarmState current : {AlarmState::kOk, AlarmState::kAlarm, AlarmState::kInsufficientData}) {
    const EvaluationResult result = EvaluateAlarm(spec, range, current, kT0);
    if (expected == "S") {
      EXPECT_EQ(current, result.state) << r.row << " " << TreatMissingDataName(treat);
      EXPECT_TRUE(result.kept_state);
    } else {
      EXPECT_EQ(expected, AlarmStateName(result.state))
          << r.row << " treat=" << TreatMissingDataName(treat) << " reason=" << result.reason;
    }
    // The value-based entry point (test-alarm) agrees.
    EXPECT_EQ(result.state, EvaluateAlarmValues(spec, values, current, kT0).state);
  }
}

TEST_P(MissingDataTableTest, EveryTreatment) {
  const TableRow& r = GetParam();
  ExpectCell(r, TreatMissingData::kMissing, r.missing);
  ExpectCell(r, TreatMissingData::kIgnore, r.ignore);
  ExpectCell(r, TreatMissingData::kBreaching, r.breaching);
  ExpectCell(r, TreatMissingData::kNotBreaching, r.not_breaching);
}

INSTANTIATE_TEST_SUITE_P(
    AwsTables, MissingDataTableTest,
    ::testing::Values(
        // Table 1: N = 3, M = 3.
        TableRow{"T1_0mXmX", 3, "0 - X - X", "OK", "OK", "OK", "OK"},
        TableRow{"T1_AllMissing", 3, "- - - - -", "INSUFFICIENT_DATA", "S", "ALARM", "OK"},
        TableRow{"T1_0XXmX", 3, "0 X X - X", "ALARM", "ALARM", "ALARM", "ALARM"},
        TableRow{"T1_0mXmm", 3, "0 - X - -", "OK", "OK", "OK", "OK"},
        TableRow{"T1_mmXmm", 3, "- - X - -", "ALARM", "S", "ALARM", "OK"},
        // Table 2: N = 3, M = 2.
        TableRow{"T2_0mXmX", 2, "0 - X - X", "ALARM", "ALARM", "ALARM", "ALARM"},
        TableRow{"T2_AllMissing", 2, "- - - - -", "INSUFFICIENT_DATA", "S", "ALARM", "OK"},
        TableRow{"T2_00X0X", 2, "0 0 X 0 X", "ALARM", "ALARM", "ALARM", "ALARM"},
        TableRow{"T2_0mXmm", 2, "0 - X - -", "OK", "OK", "ALARM", "OK"},
        TableRow{"T2_mmXmm", 2, "- - X - -", "ALARM", "S", "ALARM", "OK"},
        // Rows of the 2019 tables (AWS's earlier tables), evaluated with today's rules.
        TableRow{"T1_mmmmX", 3, "- - - - X", "INSUFFICIENT_DATA", "S", "ALARM", "OK"},
        TableRow{"T1_Xmmmm", 3, "X - - - -", "ALARM", "S", "ALARM", "OK"},
        TableRow{"T2_mmmmX", 2, "- - - - X", "INSUFFICIENT_DATA", "S", "ALARM", "OK"},
        TableRow{"T2_mmmXm", 2, "- - - X -", "ALARM", "S", "ALARM", "OK"},
        TableRow{"T1_000mm", 3, "0 0 0 - -", "OK", "OK", "OK", "OK"},
        TableRow{"T1_XXXXX", 3, "X X X X X", "ALARM", "ALARM", "ALARM", "ALARM"},
        TableRow{"T1_XX0XX", 3, "X X 0 X X", "OK", "OK", "OK", "OK"}),
    [](const auto& test_info) { return test_info.param.name; });

// ---------------------------------------------------------------------------
// Worked examples of docs/cloudwatch-semantics.md §4.4: N = 4, M = 2, R = 6.
struct WorkedCase {
  std::string name;
  std::string row;
  TreatMissingData treat;
  std::string expected;  // or "S"
};

class WorkedExampleTest : public ::testing::TestWithParam<WorkedCase> {};

TEST_P(WorkedExampleTest, MatchesSpec) {
  const WorkedCase& c = GetParam();
  const AlarmSpec spec = MakeSpec(4, 2, c.treat);
  const auto range = Datapoints(ParseRow(c.row), kT0);
  ASSERT_EQ(6u, range.size());
  const EvaluationResult result = EvaluateAlarm(spec, range, AlarmState::kOk, kT0);
  if (c.expected == "S") {
    EXPECT_TRUE(result.kept_state);
    EXPECT_EQ(AlarmState::kOk, result.state);
  } else {
    EXPECT_EQ(c.expected, AlarmStateName(result.state)) << result.reason;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Spec44, WorkedExampleTest,
    ::testing::Values(
        WorkedCase{"OXmXmm_Breaching", "0 X - X - -", TreatMissingData::kBreaching, "ALARM"},
        WorkedCase{"OXmXmm_NotBreaching", "0 X - X - -", TreatMissingData::kNotBreaching, "ALARM"},
        WorkedCase{"OXmXmm_Missing", "0 X - X - -", TreatMissingData::kMissing, "ALARM"},
        WorkedCase{"OXmXmm_Ignore", "0 X - X - -", TreatMissingData::kIgnore, "ALARM"},
        WorkedCase{"mmmmOm_Breaching", "- - - - 0 -", TreatMissingData::kBreaching, "ALARM"},
        WorkedCase{"mmmmOm_NotBreaching", "- - - - 0 -", TreatMissingData::kNotBreaching, "OK"},
        WorkedCase{"mmmmOm_Missing", "- - - - 0 -", TreatMissingData::kMissing, "OK"},
        WorkedCase{"mmmmOm_Ignore", "- - - - 0 -", TreatMissingData::kIgnore, "OK"},
        WorkedCase{"mmmmXm_Missing", "- - - - X -", TreatMissingData::kMissing, "ALARM"},
        WorkedCase{"mmmmXm_Ignore", "- - - - X -", TreatMissingData::kIgnore, "S"},
        WorkedCase{"mmmmXm_Breaching", "- - - - X -", TreatMissingData::kBreaching, "ALARM"},
        WorkedCase{"mmmmXm_NotBreaching", "- - - - X -", TreatMissingData::kNotBreaching, "OK"}),
    [](const auto& test_info) { return test_info.param.name; });

// ---------------------------------------------------------------------------
// M of N with enough data (rule 2): the N most recent real points, reaching
// back past missing periods.
struct MofNCase {
  std::string name;
  int n;
  int m;
  std::string row;  // R = N + 2 cells
  std::string expected;
};

class MofNTest : public ::testing::TestWithParam<MofNCase> {};

TEST_P(MofNTest, CountsBreachesAmongNewestRealPoints) {
  const MofNCase& c = GetParam();
  for (TreatMissingData treat : {TreatMissingData::kMissing, TreatMissingData::kIgnore,
                                 TreatMissingData::kBreaching, TreatMissingData::kNotBreaching}) {
    const AlarmSpec spec = MakeSpec(c.n, c.m, treat);
    const auto range = Datapoints(ParseRow(c.row), kT0);
    EXPECT_EQ(c.expected, AlarmStateName(EvaluateAlarm(spec, range, AlarmState::kOk, kT0).state))
        << TreatMissingDataName(treat);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Rule2, MofNTest,
    ::testing::Values(MofNCase{"TwoOfThreeNotConsecutive", 3, 2, "0 0 X 0 X", "ALARM"},
                      MofNCase{"OneOfThreeTooFew", 3, 2, "X X 0 0 X", "OK"},
                      MofNCase{"ReachesBackPastMissing", 3, 3, "X X - X -", "ALARM"},
                      MofNCase{"OldPointOutsideNewestN", 2, 2, "X 0 X - 0", "OK"},
                      MofNCase{"OneOfOne", 1, 1, "- 0 X", "ALARM"},
                      MofNCase{"FiveOfFive", 5, 5, "X X X X X X X", "ALARM"},
                      MofNCase{"FourOfFive", 5, 4, "0 X 0 X X X X", "ALARM"}),
    [](const auto& test_info) { return test_info.param.name; });

// ---------------------------------------------------------------------------
// Every statistic and operator reads the right value.
struct StatCase {
  std::string name;
  std::optional<Statistic> statistic;
  std::string extended;
  ComparisonOperator op;
  double threshold;
  bool breaches;
};

class StatisticTest : public ::testing::TestWithParam<StatCase> {};

TEST_P(StatisticTest, ComparesTheChosenStatistic) {
  const StatCase& c = GetParam();
  AlarmSpec spec = MakeSpec(1, std::nullopt, TreatMissingData::kMissing);
  spec.statistic = c.statistic;
  spec.extended_statistic = c.extended;
  spec.percentile = c.extended.empty() ? 0 : *ParseExtendedStatistic(c.extended);
  spec.comparison_operator = c.op;
  spec.threshold = c.threshold;
  // Samples 1..10 in one period: count 10, sum 55, min 1, max 10, avg 5.5.
  Datapoint dp;
  dp.period_start_ms = kT0 - kMinute;
  dp.has_percentile_samples = true;
  for (int v = 1; v <= 10; ++v) {
    Datapoint one;
    one.sample_count = 1;
    one.sum = one.minimum = one.maximum = v;
    one.has_percentile_samples = true;
    one.percentile_samples = {{static_cast<double>(v), 1}};
    if (v == 1) {
      dp = one;
      dp.period_start_ms = kT0 - kMinute;
    } else {
      dp.Merge(one);
    }
  }
  std::vector<std::optional<Datapoint>> range = {std::nullopt, std::nullopt, dp};
  const EvaluationResult result = EvaluateAlarm(spec, range, AlarmState::kOk, kT0);
  EXPECT_EQ(c.breaches ? AlarmState::kAlarm : AlarmState::kOk, result.state) << result.reason;
}

INSTANTIATE_TEST_SUITE_P(
    Statistics, StatisticTest,
    ::testing::Values(StatCase{"SampleCountGt", Statistic::kSampleCount, "",
                               ComparisonOperator::kGreaterThanThreshold, 9.5, true},
                      StatCase{"SumGe", Statistic::kSum, "",
                               ComparisonOperator::kGreaterThanOrEqualToThreshold, 55, true},
                      StatCase{"SumGtEqual", Statistic::kSum, "",
                               ComparisonOperator::kGreaterThanThreshold, 55, false},
                      StatCase{"AverageLt", Statistic::kAverage, "",
                               ComparisonOperator::kLessThanThreshold, 5.6, true},
                      StatCase{"AverageLtEqual", Statistic::kAverage, "",
                               ComparisonOperator::kLessThanThreshold, 5.5, false},
                      StatCase{"MinimumLe", Statistic::kMinimum, "",
                               ComparisonOperator::kLessThanOrEqualToThreshold, 1, true},
                      StatCase{"MaximumGt", Statistic::kMaximum, "",
                               ComparisonOperator::kGreaterThanThreshold, 9.99, true},
                      StatCase{"P50IsFive", std::nullopt, "p50",
                               ComparisonOperator::kGreaterThanOrEqualToThreshold, 5, true},
                      StatCase{"P50NotSix", std::nullopt, "p50",
                               ComparisonOperator::kGreaterThanOrEqualToThreshold, 5.5, false},
                      StatCase{"P90IsNine", std::nullopt, "p90",
                               ComparisonOperator::kGreaterThanThreshold, 8.99, true},
                      StatCase{"P90NotTen", std::nullopt, "p90",
                               ComparisonOperator::kGreaterThanThreshold, 9, false},
                      StatCase{"P99IsTen", std::nullopt, "p99",
                               ComparisonOperator::kGreaterThanThreshold, 9.5, true},
                      StatCase{"P10p5IsTwo", std::nullopt, "p10.5",
                               ComparisonOperator::kGreaterThanThreshold, 1.5, true}),
    [](const auto& test_info) { return test_info.param.name; });

TEST(PercentileTest, NegativeValueMakesThePeriodMissing) {
  AlarmSpec spec = MakeSpec(1, std::nullopt, TreatMissingData::kMissing);
  spec.statistic.reset();
  spec.extended_statistic = "p90";
  spec.percentile = 90;
  Datapoint dp;
  dp.period_start_ms = kT0 - kMinute;
  dp.sample_count = 2;
  dp.sum = 4;
  dp.minimum = -1;
  dp.maximum = 5;
  dp.has_percentile_samples = true;
  dp.percentile_samples = {{-1, 1}, {5, 1}};
  EXPECT_FALSE(DatapointValue(spec, dp).has_value());
  std::vector<std::optional<Datapoint>> range = {std::nullopt, std::nullopt, dp};
  const EvaluationResult result = EvaluateAlarm(spec, range, AlarmState::kOk, kT0);
  EXPECT_EQ(AlarmState::kInsufficientData, result.state);
  EXPECT_EQ("Insufficient Data: 1 datapoint was unknown.", result.reason);
}

TEST(PercentileTest, LowSampleCountIgnoreKeepsState) {
  AlarmSpec spec = MakeSpec(1, std::nullopt, TreatMissingData::kMissing);
  spec.statistic.reset();
  spec.extended_statistic = "p90";
  spec.percentile = 90;
  spec.threshold = 1;
  Datapoint dp;
  dp.period_start_ms = kT0 - kMinute;
  dp.has_percentile_samples = true;
  // p90 needs 10 / (1 - 0.9) = 100 samples; 99 is too few, 100 enough.
  for (int i = 0; i < 99; ++i) dp.percentile_samples.push_back({5, 1});
  dp.sample_count = 99;
  dp.sum = 495;
  dp.minimum = dp.maximum = 5;
  std::vector<std::optional<Datapoint>> range = {std::nullopt, std::nullopt, dp};
  EXPECT_EQ(AlarmState::kAlarm, EvaluateAlarm(spec, range, AlarmState::kOk, kT0).state);
  spec.ignore_low_sample_count_percentile = true;
  EvaluationResult kept = EvaluateAlarm(spec, range, AlarmState::kOk, kT0);
  EXPECT_TRUE(kept.kept_state);
  EXPECT_EQ(AlarmState::kOk, kept.state);
  range[2]->percentile_samples.push_back({5, 1});
  range[2]->sample_count = 100;
  EXPECT_EQ(AlarmState::kAlarm, EvaluateAlarm(spec, range, AlarmState::kOk, kT0).state);
  // p25 needs 10 / 0.25 = 40 samples.
  spec.extended_statistic = "p25";
  spec.percentile = 25;
  range[2]->sample_count = 39;
  range[2]->percentile_samples.resize(39);
  EXPECT_TRUE(EvaluateAlarm(spec, range, AlarmState::kOk, kT0).kept_state);
  range[2]->sample_count = 40;
  range[2]->percentile_samples.resize(40, {5, 1});
  EXPECT_FALSE(EvaluateAlarm(spec, range, AlarmState::kOk, kT0).kept_state);
}

// ---------------------------------------------------------------------------
// Reason texts, exactly as docs/cloudwatch-semantics.md §4.6 shows them.
struct ReasonCase {
  std::string name;
  AlarmSpec spec;
  std::vector<std::optional<double>> values;  // oldest first
  int64_t t;
  std::string expected_state;
  std::string expected_reason;
};

AlarmSpec ReasonSpec(int n, std::optional<int> m, double threshold, ComparisonOperator op,
                     TreatMissingData treat = TreatMissingData::kMissing) {
  AlarmSpec spec = MakeSpec(n, m, treat);
  spec.statistic = Statistic::kAverage;
  spec.threshold = threshold;
  spec.comparison_operator = op;
  return spec;
}

class ReasonTest : public ::testing::TestWithParam<ReasonCase> {};

TEST_P(ReasonTest, MatchesCloudWatchText) {
  const ReasonCase& c = GetParam();
  const auto range = Datapoints(c.values, c.t);
  const EvaluationResult result = EvaluateAlarm(c.spec, range, AlarmState::kInsufficientData, c.t);
  EXPECT_EQ(c.expected_state, AlarmStateName(result.state));
  EXPECT_EQ(c.expected_reason, result.reason);
}

constexpr auto kGt = ComparisonOperator::kGreaterThanThreshold;
constexpr auto kLt = ComparisonOperator::kLessThanThreshold;
// Period starts: the newest period of a range ending at kT0 + 1 min starts at kT0.
constexpr int64_t kT1 = kT0 + kMinute;

INSTANTIATE_TEST_SUITE_P(
    Spec46, ReasonTest,
    ::testing::Values(
        ReasonCase{"PlainOneDatapoint", ReasonSpec(1, std::nullopt, 2, kGt),
                   {std::nullopt, std::nullopt, 21.5}, kT1, "ALARM",
                   "Threshold Crossed: 1 datapoint [21.5 (26/10/23 16:42:00)] was greater than the "
                   "threshold (2.0)."},
        ReasonCase{"PlainThreeDatapoints", ReasonSpec(3, std::nullopt, 2, kGt),
                   {std::nullopt, std::nullopt, 3.0, 4.0, 5.0}, kT1, "ALARM",
                   "Threshold Crossed: 3 datapoints [5.0 (26/10/23 16:42:00), 4.0 (26/10/23 "
                   "16:41:00), 3.0 (26/10/23 16:40:00)] were greater than the threshold (2.0)."},
        ReasonCase{"PlainTowardOk", ReasonSpec(1, std::nullopt, 2, kGt),
                   {std::nullopt, std::nullopt, 1.0}, kT1, "OK",
                   "Threshold Crossed: 1 datapoint [1.0 (26/10/23 16:42:00)] was not greater than "
                   "the threshold (2.0)."},
        ReasonCase{"TwoOutOfThree", ReasonSpec(3, 2, 3, kGt),
                   {std::nullopt, std::nullopt, 1.0, 4.0, 5.0}, kT1, "ALARM",
                   "Threshold Crossed: 2 out of the last 3 datapoints [5.0 (26/10/23 16:42:00), 4.0 "
                   "(26/10/23 16:41:00)] were greater than the threshold (3.0) (minimum 2 "
                   "datapoints for OK -> ALARM transition)."},
        ReasonCase{"TowardOkMinimumOne", ReasonSpec(3, 3, 0.005, kGt),
                   {std::nullopt, std::nullopt, 0.002, 0.006, 0.002}, kT1, "OK",
                   "Threshold Crossed: 2 out of the last 3 datapoints [0.002 (26/10/23 16:42:00), "
                   "0.002 (26/10/23 16:40:00)] were not greater than the threshold (0.005) (minimum "
                   "1 datapoint for ALARM -> OK transition)."},
        ReasonCase{"OneOutOfOne", ReasonSpec(1, 1, 5, kGt), {std::nullopt, std::nullopt, 6.0},
                   kT1, "ALARM",
                   "Threshold Crossed: 1 out of the last 1 datapoints [6.0 (26/10/23 16:42:00)] was "
                   "greater than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM "
                   "transition)."},
        ReasonCase{"NoDataBreaching",
                   ReasonSpec(2, std::nullopt, 1, kGt, TreatMissingData::kBreaching),
                   {std::nullopt, std::nullopt, std::nullopt, std::nullopt}, kT1, "ALARM",
                   "Threshold Crossed: no datapoints were received for 2 periods and 2 missing "
                   "datapoints were treated as [Breaching]."},
        ReasonCase{"NoDataNotBreaching",
                   ReasonSpec(1, std::nullopt, 1, kGt, TreatMissingData::kNotBreaching),
                   {std::nullopt, std::nullopt, std::nullopt}, kT1, "OK",
                   "Threshold Crossed: no datapoints were received for 1 period and 1 missing "
                   "datapoint was treated as [NonBreaching]."},
        ReasonCase{"NoDataMissing", ReasonSpec(1, std::nullopt, 1, kGt),
                   {std::nullopt, std::nullopt, std::nullopt}, kT1, "INSUFFICIENT_DATA",
                   "Insufficient Data: 1 datapoint was unknown."},
        ReasonCase{"NoDataMissingSeveral", ReasonSpec(3, std::nullopt, 1, kGt),
                   {std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}, kT1,
                   "INSUFFICIENT_DATA", "Insufficient Data: 3 datapoints were unknown."},
        ReasonCase{"PartialBreachingFill",
                   ReasonSpec(2, std::nullopt, 1, kLt, TreatMissingData::kBreaching),
                   {std::nullopt, std::nullopt, std::nullopt, 0.0}, kT1, "ALARM",
                   "Threshold Crossed: 1 datapoint [0.0 (26/10/23 16:42:00)] was less than the "
                   "threshold (1.0) and 1 missing datapoint was treated as [Breaching]."},
        ReasonCase{"PrematureRuleListsBreachingPoint", ReasonSpec(4, 2, 1, kGt),
                   {std::nullopt, std::nullopt, std::nullopt, std::nullopt, 2.0, std::nullopt},
                   kT1, "ALARM",
                   "Threshold Crossed: 1 out of the last 1 datapoints [2.0 (26/10/23 16:41:00)] was "
                   "greater than the threshold (1.0) (minimum 2 datapoints for OK -> ALARM "
                   "transition)."},
        ReasonCase{"GreaterOrEqualPhrase",
                   [] {
                     AlarmSpec s = ReasonSpec(1, std::nullopt, 2, kGt);
                     s.comparison_operator = ComparisonOperator::kGreaterThanOrEqualToThreshold;
                     return s;
                   }(),
                   {std::nullopt, std::nullopt, 2.0}, kT1, "ALARM",
                   "Threshold Crossed: 1 datapoint [2.0 (26/10/23 16:42:00)] was greater than or "
                   "equal to the threshold (2.0)."},
        ReasonCase{"LessOrEqualTowardOk",
                   [] {
                     AlarmSpec s = ReasonSpec(1, std::nullopt, 1e7, kGt);
                     s.comparison_operator = ComparisonOperator::kLessThanOrEqualToThreshold;
                     return s;
                   }(),
                   {std::nullopt, std::nullopt, 2e7}, kT1, "OK",
                   "Threshold Crossed: 1 datapoint [2.0E7 (26/10/23 16:42:00)] was not less than "
                   "or equal to the threshold (1.0E7)."}),
    [](const auto& test_info) { return test_info.param.name; });

TEST(ReasonDataTest, MatchesCloudWatchShape) {
  AlarmSpec spec = ReasonSpec(1, std::nullopt, 2, kGt);
  Datapoint dp;
  dp.period_start_ms = kT0;
  dp.sample_count = 2;
  dp.sum = 43;
  dp.minimum = 21;
  dp.maximum = 22;
  std::vector<std::optional<Datapoint>> range = {std::nullopt, std::nullopt, dp};
  const EvaluationResult result =
      EvaluateAlarm(spec, range, AlarmState::kInsufficientData, kT1 + 37811);
  EXPECT_EQ(
      "{\"version\":\"1.0\",\"queryDate\":\"2023-10-26T16:43:37.811+0000\","
      "\"startDate\":\"2023-10-26T16:40:00.000+0000\",\"statistic\":\"Average\",\"period\":60,"
      "\"recentDatapoints\":[21.5],\"threshold\":2.0,\"evaluatedDatapoints\":[{\"timestamp\":"
      "\"2023-10-26T16:42:00.000+0000\",\"sampleCount\":2.0,\"value\":21.5}]}",
      result.reason_data_json);
}

TEST(ReasonTest, LongRangesStayWithinCloudWatchLimits) {
  AlarmSpec spec = ReasonSpec(1000, std::nullopt, 0, kGt);
  std::vector<std::optional<double>> values(1002, 1.0);
  const EvaluationResult result = EvaluateAlarmValues(spec, values, AlarmState::kOk, kT0);
  EXPECT_EQ(AlarmState::kAlarm, result.state);
  EXPECT_LE(result.reason.size(), 1023u);
  EXPECT_LE(result.reason_data_json.size(), 4000u);
}

// ---------------------------------------------------------------------------
// docs/cloudwatch-semantics.md §4.7: periods before the evidence start are not evidence.
namespace evidence {

// Evidence starts `periods_before` whole periods before `kT0` (the range of
// N + 2 periods ends at kT0).
EvidenceRule StartingPeriodsBefore(int periods_before) {
  EvidenceRule rule;
  rule.missing_since_ms = kT0 - periods_before * kMinute;
  rule.why = "tailwatch began observing log group 'g' at 26/10/23 16:40:00";
  return rule;
}

TEST(EvidenceTest, UnobservedEmptyPeriodsAreNotTreatedAsBreaching) {
  // N = 2, M = 2, breaching: all missing would be ALARM in CloudWatch.
  const AlarmSpec spec = MakeSpec(2, 2, TreatMissingData::kBreaching);
  const auto range = Datapoints(ParseRow("- - - -"), kT0);
  EXPECT_EQ(AlarmState::kAlarm,
            EvaluateAlarm(spec, range, AlarmState::kInsufficientData, kT0).state);
  // Observed for one period only: 1 of the 2 needed.
  const EvaluationResult result =
      EvaluateAlarm(spec, range, AlarmState::kInsufficientData, kT0, StartingPeriodsBefore(1));
  EXPECT_EQ(AlarmState::kInsufficientData, result.state);
  EXPECT_EQ(
      "Insufficient Data: 1 period of the 2 needed was evidence (tailwatch began observing log "
      "group 'g' at 26/10/23 16:40:00).",
      result.reason);
  // Observed for two periods: CloudWatch's verdict again.
  EXPECT_EQ(AlarmState::kAlarm,
            EvaluateAlarm(spec, range, AlarmState::kInsufficientData, kT0, StartingPeriodsBefore(2))
                .state);
}

TEST(EvidenceTest, UnobservedEmptyPeriodsAreNotTreatedAsNotBreaching) {
  const AlarmSpec spec = MakeSpec(1, std::nullopt, TreatMissingData::kNotBreaching);
  const auto range = Datapoints(ParseRow("- - -"), kT0);
  EXPECT_EQ(AlarmState::kInsufficientData,
            EvaluateAlarm(spec, range, AlarmState::kInsufficientData, kT0, StartingPeriodsBefore(0))
                .state);
  EXPECT_EQ(AlarmState::kOk,
            EvaluateAlarm(spec, range, AlarmState::kInsufficientData, kT0, StartingPeriodsBefore(1))
                .state);
}

TEST(EvidenceTest, PeriodsWithDataAreEvidenceEvenBeforeTheStart) {
  // The partly observed period holds a breaching sample: that is evidence.
  const AlarmSpec spec = MakeSpec(1, std::nullopt, TreatMissingData::kNotBreaching);
  const auto range = Datapoints(ParseRow("- - X"), kT0);
  EXPECT_EQ(AlarmState::kAlarm,
            EvaluateAlarm(spec, range, AlarmState::kInsufficientData, kT0, StartingPeriodsBefore(0))
                .state);
}

TEST(EvidenceTest, RealBreachesDecideAlarmWithTooFewEvidencePeriods) {
  // N = 3, M = 1: one real breaching point is enough whatever else was there.
  const AlarmSpec spec = MakeSpec(3, 1, TreatMissingData::kMissing);
  const auto breach = Datapoints(ParseRow("- - - - X"), kT0);
  EXPECT_EQ(AlarmState::kAlarm,
            EvaluateAlarm(spec, breach, AlarmState::kOk, kT0, StartingPeriodsBefore(1)).state);
  // A non-breaching point alone does not decide OK on too few periods.
  const auto fine = Datapoints(ParseRow("- - - - 0"), kT0);
  EXPECT_EQ(AlarmState::kInsufficientData,
            EvaluateAlarm(spec, fine, AlarmState::kOk, kT0, StartingPeriodsBefore(1)).state);
}

TEST(EvidenceTest, IgnoreKeepsTheStateOnTooFewEvidencePeriods) {
  const AlarmSpec spec = MakeSpec(2, 2, TreatMissingData::kIgnore);
  const auto range = Datapoints(ParseRow("- - - -"), kT0);
  const EvaluationResult result =
      EvaluateAlarm(spec, range, AlarmState::kOk, kT0, StartingPeriodsBefore(1));
  EXPECT_TRUE(result.kept_state);
  EXPECT_EQ(AlarmState::kOk, result.state);
}

}  // namespace evidence

}  // namespace
}  // namespace tailwatch::engine
