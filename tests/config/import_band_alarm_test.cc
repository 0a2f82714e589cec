// tailwatch import of anomaly-detection band alarms (Metrics with one
// MetricStat query and an ANOMALY_DETECTION_BAND expression): the alarm is the
// one a hand-written YAML band alarm loads as, and any other metric math is
// refused naming the JSON pointer of what is not carried.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "config/config_writer.h"
#include "config/importer.h"

namespace tailwatch::config {
namespace {

using ::testing::HasSubstr;

constexpr const char* kYaml = R"j(
alarms:
  - name: stepTimeAnomaly
    alarm_description: Step time above its learned range
    metrics:
      - id: m1
        metric_stat:
          metric: {namespace: Training, metric_name: StepTime, dimensions: {Rank: "0", Host: a}}
          period: 60
          stat: Average
        return_data: true
      - id: ad1
        expression: ANOMALY_DETECTION_BAND(m1, 3)
        label: StepTime (expected)
        return_data: false
    threshold_metric_id: ad1
    evaluation_periods: 5
    datapoints_to_alarm: 3
    comparison_operator: GreaterThanUpperThreshold
    treat_missing_data: ignore
    alarm_actions: ["arn:aws:sns:us-west-2:123456789012:page"]
)j";

// The same alarm as `aws cloudwatch describe-alarms` prints it.
constexpr const char* kDescribeAlarms = R"j({"MetricAlarms": [{
  "AlarmName": "stepTimeAnomaly",
  "AlarmArn": "arn:aws:cloudwatch:us-west-2:123456789012:alarm:stepTimeAnomaly",
  "AlarmDescription": "Step time above its learned range",
  "ActionsEnabled": true,
  "OKActions": [], "InsufficientDataActions": [],
  "AlarmActions": ["arn:aws:sns:us-west-2:123456789012:page"],
  "StateValue": "OK", "StateReason": "x",
  "Dimensions": [],
  "EvaluationPeriods": 5, "DatapointsToAlarm": 3,
  "ComparisonOperator": "GreaterThanUpperThreshold",
  "TreatMissingData": "ignore",
  "Metrics": [
    {"Id": "m1", "ReturnData": true,
     "MetricStat": {"Metric": {"Namespace": "Training", "MetricName": "StepTime",
                               "Dimensions": [{"Name": "Rank", "Value": "0"},
                                              {"Name": "Host", "Value": "a"}]},
                    "Period": 60, "Stat": "Average"}},
    {"Id": "ad1", "Expression": "ANOMALY_DETECTION_BAND(m1, 3)",
     "Label": "StepTime (expected)", "ReturnData": false}],
  "ThresholdMetricId": "ad1"}]})j";

// The config an import writes, loaded back.
Config Reloaded(const ImportResult& r) {
  ConfigWriteOptions options;
  options.settings = false;
  const LoadResult loaded = LoadConfigString(WriteConfigYaml(r.config, options), "imported.yaml");
  EXPECT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  return loaded.config.value_or(Config{});
}

// The one alarm `json` (a describe-alarms output) carries; none when refused,
// with the warnings joined into `*why`.
std::optional<engine::AlarmSpec> ImportOne(const std::string& json, std::string* why = nullptr) {
  const ImportResult r = ImportText(json, "in.json");
  if (why) {
    for (const Diagnostic& d : r.warnings) *why += d.message + "\n";
    for (const Diagnostic& d : r.errors) *why += d.message + "\n";
  }
  if (r.config.alarms.size() != 1) return std::nullopt;
  return r.config.alarms.front();
}

TEST(ImportBandAlarm, DescribeAlarmsLoadsAsTheHandWrittenYamlAlarm) {
  const LoadResult yaml = LoadConfigString(kYaml, "hand.yaml");
  ASSERT_TRUE(yaml.ok()) << yaml.FormatDiagnostics();
  const ImportResult imported = ImportText(kDescribeAlarms, "describe-alarms.json");
  ASSERT_TRUE(imported.ok());
  ASSERT_EQ(imported.config.alarms.size(), 1u);
  const engine::AlarmSpec& a = imported.config.alarms[0];
  ASSERT_TRUE(a.band.has_value());
  EXPECT_EQ(*a.band, (engine::BandSpec{"m1", "ad1", 3, "StepTime (expected)", true, false}));
  EXPECT_EQ(a.metric_namespace, "Training");
  EXPECT_EQ(a.period_seconds, 60);
  EXPECT_EQ(a.comparison_operator, engine::ComparisonOperator::kGreaterThanUpperThreshold);
  const Config reloaded = Reloaded(imported);
  ASSERT_EQ(reloaded.alarms.size(), 1u);
  EXPECT_TRUE(reloaded.alarms[0] == yaml.config->alarms[0]);
}

TEST(ImportBandAlarm, CloudFormationMetricsPropertyAndPercentiles) {
  const ImportResult r = ImportText(R"j(
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Tokens:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: tokensPerSecondAnomaly
      ComparisonOperator: LessThanLowerOrGreaterThanUpperThreshold
      EvaluationPeriods: 3
      DatapointsToAlarm: 2
      TreatMissingData: notBreaching
      ThresholdMetricId: band
      Metrics:
        - Id: tps
          MetricStat:
            Metric: {Namespace: Training, MetricName: TokensPerSecond}
            Period: 300
            Stat: p90
        - Id: band
          Expression: ANOMALY_DETECTION_BAND(tps)
)j",
                                    "template.yaml");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.config.alarms.size(), 1u) << (r.warnings.empty() ? "" : r.warnings[0].message);
  const engine::AlarmSpec& a = r.config.alarms[0];
  ASSERT_TRUE(a.band.has_value());
  EXPECT_EQ(a.band->width, 2);  // CloudWatch's default
  EXPECT_EQ(a.band->metric_id, "tps");
  EXPECT_EQ(a.extended_statistic, "p90");
  EXPECT_DOUBLE_EQ(a.percentile, 90);
  EXPECT_EQ(a.period_seconds, 300);
  EXPECT_EQ(a.comparison_operator,
            engine::ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold);
  EXPECT_EQ(Reloaded(r).alarms.at(0), a);
}

// A describe-alarms document of one alarm whose Metrics are `metrics`.
std::string WithMetrics(const std::string& metrics, const std::string& extra = "",
                        const std::string& op = "GreaterThanUpperThreshold",
                        const std::string& threshold_id = "ad1") {
  return R"j({"MetricAlarms": [{"AlarmName": "a", "EvaluationPeriods": 1,
    "ComparisonOperator": ")j" +
         op + R"j(", "ThresholdMetricId": ")j" + threshold_id + "\", " + extra +
         R"j("Metrics": )j" + metrics + "}]}";
}

constexpr const char* kStat =
    R"j({"Id": "m1", "MetricStat": {"Metric": {"Namespace": "N", "MetricName": "M"},
        "Period": 60, "Stat": "Sum"}})j";

TEST(ImportBandAlarm, OtherMetricMathIsRefusedNamingThePointer) {
  std::string why;
  EXPECT_FALSE(ImportOne(
      WithMetrics(std::string("[") + kStat + R"j(, {"Id": "ad1", "Expression": "m1 * 2"}])j"),
      &why));
  EXPECT_THAT(why, HasSubstr("alarm 'a': /Metrics/1/Expression: only ANOMALY_DETECTION_BAND"));
  EXPECT_THAT(why, HasSubstr("got 'm1 * 2'"));

  why.clear();
  EXPECT_FALSE(
      ImportOne(WithMetrics(std::string("[") + kStat + ", " + kStat +
                            R"j(, {"Id": "ad1", "Expression": "ANOMALY_DETECTION_BAND(m1)"}])j"),
                &why));
  EXPECT_THAT(why, HasSubstr("alarm 'a': /Metrics: tailwatch alarms on Metrics are "
                             "anomaly-detection band alarms"));
  EXPECT_THAT(why, HasSubstr("(got 2 MetricStat and 1 Expression in 3 queries)"));

  why.clear();
  EXPECT_FALSE(
      ImportOne(WithMetrics(std::string("[") + kStat +
                            R"j(, {"Id": "ad1", "Expression": "ANOMALY_DETECTION_BAND(m2, 2)"}])j"),
                &why));
  EXPECT_THAT(why, HasSubstr("/Metrics/1/Expression: unknown metric id 'm2'"));

  why.clear();
  EXPECT_FALSE(
      ImportOne(WithMetrics(std::string("[") + kStat +
                                R"j(, {"Id": "ad1", "Expression": "ANOMALY_DETECTION_BAND(m1)"}])j",
                            "", "GreaterThanUpperThreshold", "m1"),
                &why));
  EXPECT_THAT(why, HasSubstr("/ThresholdMetricId: 'm1' is the metric, not its band"));

  why.clear();
  EXPECT_FALSE(ImportOne(WithMetrics(std::string("[") + kStat +
                                     R"j(, {"Id": "ad1", "Expression": "ANOMALY_DETECTION_BAND(m1)",
                            "AccountId": "111122223333"}])j"),
                         &why));
  EXPECT_THAT(why, HasSubstr("/Metrics/1/AccountId: cross-account metrics are not supported"));
}

TEST(ImportBandAlarm, OperatorsAndThresholdFieldsMustFitTheKindOfAlarm) {
  const std::string band = std::string("[") + kStat +
                           R"j(, {"Id": "ad1", "Expression": "ANOMALY_DETECTION_BAND(m1, 2)"}])j";
  std::string why;
  EXPECT_TRUE(ImportOne(WithMetrics(band), &why)) << why;
  why.clear();
  EXPECT_FALSE(ImportOne(WithMetrics(band, "", "GreaterThanThreshold"), &why));
  EXPECT_THAT(why, HasSubstr("ComparisonOperator 'GreaterThanThreshold' compares against a "
                             "number, but Metrics make a band alarm"));
  why.clear();
  EXPECT_FALSE(ImportOne(WithMetrics(band, R"j("Threshold": 5, )j"), &why));
  EXPECT_THAT(why, HasSubstr("Threshold cannot be given with Metrics"));
  why.clear();
  EXPECT_FALSE(ImportOne(R"j({"MetricAlarms": [{"AlarmName": "b", "Namespace": "N",
      "MetricName": "M", "Statistic": "Sum", "Period": 60, "EvaluationPeriods": 1,
      "Threshold": 1, "ComparisonOperator": "LessThanLowerThreshold"}]})j",
                         &why));
  EXPECT_THAT(why, HasSubstr("ComparisonOperator 'LessThanLowerThreshold' compares against an "
                             "anomaly-detection band: give Metrics"));
}

}  // namespace
}  // namespace tailwatch::config
