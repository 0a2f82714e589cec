// tailwatch import: one real-shaped input per format (tests/testdata/import/,
// written from each format's documentation), what is carried over, what is
// reported with its place, and that the result loads as a config.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "config/config_writer.h"
#include "config/importer.h"

namespace tailwatch::config {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;

std::string Data(const std::string& name) {
  return std::string(TAILWATCH_SOURCE_DIR) + "/tests/testdata/import/" + name;
}

ImportResult Import(std::vector<std::string> names) {
  for (std::string& n : names) n = Data(n);
  return ImportFiles(names);
}

// Every warning as "LINE:COL: message" with the file name left out.
std::vector<std::string> Warnings(const ImportResult& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.warnings) {
    out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  }
  return out;
}

bool AnyWarning(const ImportResult& r, const std::string& text) {
  for (const Diagnostic& d : r.warnings) {
    if (d.ToString().find(text) != std::string::npos) return true;
  }
  return false;
}

// What import writes loads as a config with no error.
void ExpectLoads(const ImportResult& r) {
  ConfigWriteOptions options;
  options.settings = false;
  options.files_placeholder = true;
  const LoadResult loaded = LoadConfigString(WriteConfigYaml(r.config, options), "imported.yaml");
  EXPECT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
}

TEST(ImportTest, SeedPulumiStackExport) {
  const ImportResult r = Import({"seed-pulumi-stack.json"});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.formats.size(), 1u);
  EXPECT_THAT(r.formats[0], HasSubstr("Pulumi stack export"));
  const Config& c = r.config;
  ASSERT_EQ(c.log_groups.size(), 1u);
  EXPECT_EQ(c.log_groups[0].name, "aiLogsGroup-0a4b2c7");  // the deployed (physical) name
  EXPECT_TRUE(c.log_groups[0].files.empty());
  ASSERT_EQ(c.metric_filters.size(), 1u);
  const engine::FilterSpec& f = c.metric_filters[0];
  EXPECT_EQ(f.name, "anomalyMetricFilter-7f3e9b1");
  EXPECT_EQ(f.log_group, "aiLogsGroup-0a4b2c7");
  EXPECT_EQ(f.pattern, "Error Exception");
  EXPECT_EQ(f.transformation.metric_name, "AnomalyOccurrences");
  EXPECT_EQ(f.transformation.metric_namespace, "AIWorkloadLogs");
  EXPECT_EQ(f.transformation.metric_value, "1");
  EXPECT_FALSE(f.transformation.default_value.has_value());  // "" in the outputs: unset
  ASSERT_EQ(c.alarms.size(), 1u);
  const engine::AlarmSpec& a = c.alarms[0];
  EXPECT_EQ(a.name, "anomalyAlarm-5d1e2f3");
  EXPECT_EQ(a.statistic, engine::Statistic::kSum);
  EXPECT_EQ(a.period_seconds, 300);
  EXPECT_FALSE(a.datapoints_to_alarm.has_value());  // 0 in the outputs: unset
  EXPECT_THAT(a.dimensions, ElementsAre(Pair("LogGroupName", "aiLogsGroup-0a4b2c7")));
  EXPECT_THAT(
      Warnings(r),
      ElementsAre(
          "34:13: not carried: resource 'ai-workload-logs' (aws:s3/bucket:Bucket) is not a log "
          "group, metric filter or alarm (at /deployment/resources/2)",
          "65:40: not carried: log group 'aiLogsGroup': 'retentionInDays' has no tailwatch "
          "equivalent (at /deployment/resources/3/outputs/retentionInDays)",
          // The seed's own mistake: the filter emits no dimensions.
          "117:28: alarm 'anomalyAlarm-5d1e2f3' watches AIWorkloadLogs/AnomalyOccurrences with "
          "dimension LogGroupName, which metric filter 'anomalyMetricFilter-7f3e9b1' never emits; "
          "CloudWatch keeps each dimension combination a metric of its own, so the alarm would "
          "stay INSUFFICIENT_DATA (at /deployment/resources/5/outputs)"));
  ExpectLoads(r);
}

TEST(ImportTest, InvalidUtf8IsRefusedWhereItIs) {
  // Found by fuzzing: a dimension name holding invalid bytes was carried,
  // then grew past 255 bytes when yaml-cpp replaced them on the way out.
  const ImportResult r = ImportText(
      "Resources:\n  F:\n    Type: AWS::Logs::MetricFilter\n    Properties:\n"
      "      FilterPattern: '{ $.a = 1 }'\n      LogGroupName: g\n"
      "      MetricTransformations:\n        - {MetricName: M, MetricNamespace: N, "
      "MetricValue: '1', Dimensions: [{Key: ab\xff, Value: $.a}]}\n",
      "t.yaml");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(1u, r.errors.size());
  EXPECT_EQ(8, r.errors[0].line);
  EXPECT_EQ("not valid UTF-8", r.errors[0].message);
}

TEST(ImportTest, PulumiSecretsAreReportedNotCarried) {
  const ImportResult r = ImportText(R"({"version": 3, "deployment": {"resources": [
    {"urn": "urn:pulumi:dev::p::aws:cloudwatch/logMetricFilter:LogMetricFilter::f",
     "type": "aws:cloudwatch/logMetricFilter:LogMetricFilter",
     "inputs": {"name": "f", "logGroupName": "g",
                "pattern": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                            "ciphertext": "v1:abc"},
                "metricTransformation": {"name": "M", "namespace": "N", "value": "1"}}}]}})",
                                    "secret.json");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(AnyWarning(r, "a Pulumi secret (export with --show-secrets to carry it)"));
}

TEST(ImportTest, DescribeMetricFiltersAndAlarms) {
  const ImportResult r = Import({"describe-metric-filters.json", "describe-alarms.json"});
  ASSERT_TRUE(r.ok());
  const Config& c = r.config;
  ASSERT_EQ(c.log_groups.size(), 2u);
  EXPECT_EQ(c.log_groups[0].name, "/aws/training/job-logs");
  EXPECT_EQ(c.log_groups[1].name, "/aws/inference/serving");
  ASSERT_EQ(c.metric_filters.size(), 4u);
  EXPECT_EQ(c.metric_filters[0].transformation.default_value, 0.0);
  EXPECT_EQ(c.metric_filters[0].transformation.unit, "Count");
  EXPECT_THAT(c.metric_filters[1].transformation.dimensions, ElementsAre(Pair("Rank", "$.rank")));
  EXPECT_EQ(c.metric_filters[2].pattern, "[ts, level = ERROR, msg = \"*CUDA out of memory*\"]");
  // Metric math (errorRatio) and the composite alarm are not carried.
  ASSERT_EQ(c.alarms.size(), 4u);
  const engine::AlarmSpec& loss = c.alarms[1];
  EXPECT_EQ(loss.name, "lossHighRank0");
  EXPECT_EQ(loss.description, "Loss of rank 0 above 5 in 3 of 5 minutes");
  EXPECT_EQ(loss.extended_statistic, "p99");
  EXPECT_DOUBLE_EQ(loss.percentile, 99);
  EXPECT_FALSE(loss.statistic.has_value());
  EXPECT_EQ(loss.datapoints_to_alarm, 3);
  EXPECT_EQ(loss.evaluation_periods, 5);
  EXPECT_TRUE(loss.ignore_low_sample_count_percentile);
  EXPECT_EQ(loss.treat_missing_data, engine::TreatMissingData::kNotBreaching);
  EXPECT_THAT(loss.ok_actions, ElementsAre("arn:aws:sns:us-west-2:123456789012:NotifyMe"));
  EXPECT_TRUE(c.alarms[2].alarm_actions.empty());  // the Auto Scaling action
  EXPECT_THAT(
      Warnings(r),
      ElementsAre(
          "64:39: not carried: metric filter 'latencyFromParsedLogs': 'applyOnTransformedLogs' "
          "has no tailwatch equivalent (at /metricFilters/3/applyOnTransformedLogs)",
          HasSubstr("59:9: not carried: alarm 'oomInWrongNamespace': action "
                    "'arn:aws:autoscaling:"),
          "105:24: not carried: alarm 'errorRatio': /Metrics: tailwatch alarms on Metrics are "
          "anomaly-detection band alarms: exactly one MetricStat query and one "
          "ANOMALY_DETECTION_BAND expression on it (got 2 MetricStat and 1 Expression in 3 "
          "queries) (at /MetricAlarms/4/Metrics)",
          "113:9: not carried: composite alarm 'trainingUnhealthy'; tailwatch alarms watch one "
          "metric (at /CompositeAlarms/0)",
          HasSubstr("3:9: alarm 'anomalyAlarm' watches AIWorkloadLogs/AnomalyOccurrences with "
                    "dimension LogGroupName, which metric filter 'anomalyMetricFilter' never "
                    "emits"),
          "59:9: no metric filter emits AIWorkload/GpuOom, which alarm 'oomInWrongNamespace' "
          "watches; metric filter 'gpuOom' emits GpuOom in namespace Training (a namespace "
          "mismatch) (at /MetricAlarms/2)",
          "78:9: alarm 'oomMaximum' compares the Maximum of Training/GpuOom GreaterThanThreshold "
          "1, but metric filter 'gpuOom' only emits the value 1, so it can never go to ALARM; "
          "Sum or SampleCount count occurrences (at /MetricAlarms/3)"));
  ExpectLoads(r);
}

TEST(ImportTest, CloudFormationYamlWithShortTags) {
  const ImportResult r = Import({"cloudformation-template.yaml"});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.formats[0], HasSubstr("CloudFormation template"));
  const Config& c = r.config;
  ASSERT_EQ(c.log_groups.size(), 1u);
  EXPECT_EQ(c.log_groups[0].name, "/aws/training/prod");  // !Sub of a parameter's Default
  ASSERT_EQ(c.metric_filters.size(), 2u);
  EXPECT_EQ(c.metric_filters[0].log_group, "/aws/training/prod");  // !Ref of the group
  EXPECT_EQ(c.metric_filters[1].name, "LossMetricFilter");         // no FilterName: logical ID
  EXPECT_EQ(c.metric_filters[1].transformation.metric_namespace, "Training/prod");  // !Join
  ASSERT_EQ(c.alarms.size(), 3u);
  const engine::AlarmSpec& anomaly = c.alarms[0];
  EXPECT_EQ(anomaly.description, "Errors with exceptions in /aws/training/prod");
  // !Ref and !GetAtt of an SNS topic give its ARN (default region and account).
  EXPECT_THAT(anomaly.alarm_actions,
              ElementsAre("arn:aws:sns:us-west-2:123456789012:training-alarms-prod"));
  EXPECT_THAT(anomaly.ok_actions,
              ElementsAre("arn:aws:sns:us-west-2:123456789012:training-alarms-prod"));
  const engine::AlarmSpec& loss = c.alarms[1];
  EXPECT_EQ(loss.name, "lossHigh-prod");
  EXPECT_DOUBLE_EQ(loss.threshold, 5);  // !Ref of a Number parameter
  EXPECT_THAT(loss.alarm_actions,
              ElementsAre("arn:aws:sns:us-west-2:123456789012:training-alarms-prod"));
  EXPECT_EQ(c.alarms[2].name, "StackAlarm");  // its AlarmName needs AWS::StackName
  EXPECT_THAT(
      Warnings(r),
      ElementsAre(
          "19:24: not carried: log group 'TrainingLogGroup': 'RetentionInDays' has no tailwatch "
          "equivalent (at /Resources/TrainingLogGroup/Properties/RetentionInDays)",
          "21:5: not carried: resource 'AlarmTopic' (AWS::SNS::Topic) is not a log group, metric "
          "filter or alarm (at /Resources/AlarmTopic)",
          "68:16: resource 'LossAlarm' exists only when condition IsProd holds; imported as if it "
          "does (at /Resources/LossAlarm/Condition)",
          "88:18: not carried: AlarmName: Ref AWS::StackName is only known once the stack is "
          "deployed (at /Resources/StackAlarm/Properties/AlarmName)",
          "97:11: not carried: alarm 'StackAlarm': Fn::ImportValue is only known once the stack "
          "is deployed (at /Resources/StackAlarm/Properties/AlarmActions/0)"));
  ExpectLoads(r);
}

TEST(ImportTest, CloudFormationJsonWithLongFormIntrinsics) {
  const ImportResult r = Import({"cloudformation-template.json"});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.config.alarms.size(), 1u);
  EXPECT_THAT(r.config.alarms[0].dimensions, ElementsAre(Pair("LogGroupName", "aiLogsGroup")));
  EXPECT_THAT(r.config.alarms[0].alarm_actions,
              ElementsAre("arn:aws:sns:us-west-2:123456789012:NotifyMe"));
  EXPECT_EQ(r.config.metric_filters[0].log_group, "aiLogsGroup");
  EXPECT_TRUE(AnyWarning(r,
                         "cloudformation-template.json:35:21: warning: not carried: resource "
                         "'NotifyBucket' (AWS::S3::Bucket)"));
  EXPECT_TRUE(AnyWarning(r,
                         "with dimension LogGroupName, which metric filter "
                         "'anomalyMetricFilter' never emits"));
}

TEST(ImportTest, SamTemplate) {
  const ImportResult r = Import({"sam-template.yaml"});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.formats[0], HasSubstr("SAM template"));
  ASSERT_EQ(r.config.log_groups.size(), 1u);
  // !Sub /aws/lambda/${InferenceFunction}: Ref of a function is its name.
  EXPECT_EQ(r.config.log_groups[0].name, "/aws/lambda/inference-api");
  ASSERT_EQ(r.config.alarms.size(), 1u);
  EXPECT_EQ(r.config.alarms[0].name, "TimeoutAlarm");
  EXPECT_TRUE(AnyWarning(r,
                         "takes the SampleCount of Inference/Timeouts, but metric filter "
                         "'TimeoutFilter' has a default_value"));
}

TEST(ImportTest, TerraformState) {
  const ImportResult r = Import({"terraform-state.json"});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.formats[0], HasSubstr("Terraform state"));
  const Config& c = r.config;
  ASSERT_EQ(c.metric_filters.size(), 2u);                            // one from module.inference
  EXPECT_EQ(c.metric_filters[0].transformation.default_value, 0.0);  // "0" (a string in TF)
  EXPECT_FALSE(c.metric_filters[1].transformation.default_value.has_value());  // ""
  EXPECT_THAT(c.metric_filters[1].transformation.dimensions, ElementsAre(Pair("Model", "$.model")));
  ASSERT_EQ(c.alarms.size(), 2u);
  EXPECT_FALSE(c.alarms[0].datapoints_to_alarm.has_value());
  EXPECT_EQ(c.alarms[0].statistic, engine::Statistic::kSum);
  EXPECT_EQ(c.alarms[1].extended_statistic, "p99");
  EXPECT_EQ(c.alarms[1].unit, "Milliseconds");
  EXPECT_TRUE(c.alarms[1].ignore_low_sample_count_percentile);
  EXPECT_THAT(
      Warnings(r),
      ElementsAre(HasSubstr("1:511: not carried: log group 'aws_cloudwatch_log_group.training': "
                            "'retention_in_days'"),
                  HasSubstr("1:542: not carried: log group 'aws_cloudwatch_log_group.training': "
                            "'tags'"),
                  HasSubstr("not carried: resource 'aws_sns_topic.notify' (aws_sns_topic)"),
                  HasSubstr("not carried: data source "
                            "'module.inference.data.aws_caller_identity.current'")));
  ExpectLoads(r);
}

TEST(ImportTest, TerraformPlanTakesUnknownGroupNamesFromTheConfiguration) {
  const ImportResult r = Import({"terraform-plan.json"});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r.formats[0], HasSubstr("Terraform plan"));
  ASSERT_EQ(r.config.metric_filters.size(), 1u);
  EXPECT_EQ(r.config.metric_filters[0].log_group, "aiLogsGroup");
  EXPECT_TRUE(AnyWarning(r,
                         "dimension LogGroupName, which metric filter 'anomalyMetricFilter' "
                         "never emits"));
  ExpectLoads(r);
}

TEST(ImportTest, DefinitionsCloudWatchWouldRefuseAreReported) {
  const ImportResult r = ImportText(R"({"metricFilters": [
  {"filterName": "bad", "filterPattern": "{ $.x = ", "logGroupName": "g",
   "metricTransformations": [{"metricName": "M", "metricNamespace": "N", "metricValue": "1"}]},
  {"filterName": "a:b", "filterPattern": "ERROR", "logGroupName": "g",
   "metricTransformations": [{"metricName": "M", "metricNamespace": "N", "metricValue": "1"}]}]})",
                                    "f.json");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.config.metric_filters.size(), 1u);
  EXPECT_EQ(r.config.metric_filters[0].name, "a-b");  // ':' is not allowed in tailwatch names
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_THAT(r.warnings[0].ToString(), HasSubstr("f.json:2:3: warning: not carried: metric "
                                                  "filter 'bad': pattern:"));
}

TEST(ImportTest, NamesStayWithinTheLimitTheLoaderChecks) {
  // A name over 512 bytes is refused where it is; a renamed or made-up name
  // is cut so that its suffix fits.
  auto filter = [](const std::string& name, const std::string& group) {
    return R"({"filterName": ")" + name + R"(", "filterPattern": "ERROR", "logGroupName": ")" +
           group +
           R"(", "metricTransformations": [{"metricName": "M", "metricNamespace": "N", "metricValue": "1"}]})";
  };
  const std::string long_group(512, 'g');
  const ImportResult r =
      ImportText(R"({"metricFilters": [)" + filter(std::string(513, 'x'), "g") + "," +
                     filter(std::string(512, 'y'), "g") + "," + filter(std::string(512, 'y'), "h") +
                     "," + filter("", long_group) + "]}",
                 "f.json");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.config.metric_filters.size(), 3u);
  EXPECT_EQ(r.config.metric_filters[0].name, std::string(512, 'y'));
  EXPECT_EQ(r.config.metric_filters[1].name, std::string(510, 'y') + "-2");
  EXPECT_EQ(r.config.metric_filters[2].name, std::string(505, 'g') + "-filter");
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_THAT(r.warnings[0].ToString(), HasSubstr("a filter name is 1-512 characters"));
  ExpectLoads(r);
}

TEST(ImportTest, HostileTemplatesAreReportedNeverTrusted) {
  const ImportResult r = ImportText(R"(Resources:
  A: {Type: AWS::Logs::LogGroup, Properties: {LogGroupName: !Ref A}}
  E:
    Type: AWS::CloudWatch::Alarm
    Properties: {Namespace: N, MetricName: M, Period: 60, EvaluationPeriods: 1e99, Threshold: 1,
                 ComparisonOperator: GreaterThanThreshold}
  F:
    Type: AWS::CloudWatch::Alarm
    Properties: {Namespace: N, MetricName: M, Period: 60, EvaluationPeriods: 1,
                 ComparisonOperator: LessThanLowerOrGreaterThanUpperThreshold, ThresholdMetricId: ad}
)",
                                    "hostile.yaml");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.config.log_groups.empty());
  EXPECT_TRUE(r.config.alarms.empty());
  EXPECT_TRUE(AnyWarning(r,
                         "hostile.yaml:2:61: warning: not carried: log group 'A': references "
                         "nest too deep (a cycle?)"));
  EXPECT_TRUE(AnyWarning(r, "EvaluationPeriods: expected a whole number, got 1e99"));
  EXPECT_TRUE(AnyWarning(r,
                         "ComparisonOperator 'LessThanLowerOrGreaterThanUpperThreshold' compares "
                         "against an anomaly-detection band: give Metrics"));
}

TEST(ImportTest, DescribeLogGroupsAndPulumiInputs) {
  const ImportResult groups = ImportText(R"({"logGroups": [
    {"logGroupName": "/aws/training/job-logs", "creationTime": 1764493862114,
     "retentionInDays": 30, "metricFilterCount": 2, "storedBytes": 0,
     "arn": "arn:aws:logs:us-west-2:123456789012:log-group:/aws/training/job-logs:*",
     "logGroupClass": "STANDARD",
     "logGroupArn": "arn:aws:logs:us-west-2:123456789012:log-group:/aws/training/job-logs"}]})",
                                         "groups.json");
  ASSERT_TRUE(groups.ok());
  ASSERT_EQ(groups.config.log_groups.size(), 1u);
  EXPECT_EQ(groups.config.log_groups[0].name, "/aws/training/job-logs");
  EXPECT_THAT(Warnings(groups),
              ElementsAre(HasSubstr("'retentionInDays' has no tailwatch "
                                    "equivalent (at /logGroups/0/retentionInDays)")));
  // Before `pulumi up` a resource has inputs only.
  const ImportResult stack = ImportText(R"({"version": 3, "deployment": {"resources": [
    {"urn": "urn:pulumi:dev::p::aws:cloudwatch/metricAlarm:MetricAlarm::slow",
     "type": "aws:cloudwatch/metricAlarm:MetricAlarm",
     "inputs": {"name": "slow", "namespace": "N", "metricName": "M", "statistic": "Average",
                "period": 60, "evaluationPeriods": 2, "datapointsToAlarm": 1, "threshold": 1.5,
                "comparisonOperator": "GreaterThanThreshold", "treatMissingData": "breaching",
                "okActions": ["arn:aws:sns:us-west-2:123456789012:T"]}}]}})",
                                        "stack.json");
  ASSERT_TRUE(stack.ok());
  ASSERT_EQ(stack.config.alarms.size(), 1u);
  const engine::AlarmSpec& a = stack.config.alarms[0];
  EXPECT_EQ(a.statistic, engine::Statistic::kAverage);
  EXPECT_EQ(a.evaluation_periods, 2);
  EXPECT_EQ(a.datapoints_to_alarm, 1);
  EXPECT_DOUBLE_EQ(a.threshold, 1.5);
  EXPECT_EQ(a.treat_missing_data, engine::TreatMissingData::kBreaching);
  EXPECT_THAT(a.ok_actions, ElementsAre("arn:aws:sns:us-west-2:123456789012:T"));
}

TEST(ImportTest, UnknownShapesAndBrokenFilesAreErrors) {
  const ImportResult unknown = ImportText(R"({"hello": "world"})", "x.json");
  EXPECT_FALSE(unknown.ok());
  ASSERT_EQ(unknown.errors.size(), 1u);
  EXPECT_THAT(unknown.errors[0].ToString(), HasSubstr("x.json:1:1: error: not a format"));
  const ImportResult broken = ImportText("{\"Resources\": {\n  \"A\": [}\n", "b.json");
  EXPECT_FALSE(broken.ok());
  EXPECT_THAT(broken.errors[0].ToString(), HasSubstr("b.json:2:"));
  const ImportResult missing = ImportFiles(std::vector<std::string>{"/nonexistent/x.json"});
  EXPECT_FALSE(missing.ok());
}

TEST(ImportTest, TheSameDefinitionFromTwoFilesIsImportedOnce) {
  const ImportResult r = Import({"cloudformation-template.json", "terraform-plan.json"});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.config.log_groups.size(), 1u);
  EXPECT_EQ(r.config.metric_filters.size(), 1u);
  EXPECT_TRUE(AnyWarning(r, "metric filter 'anomalyMetricFilter' is the same as the one from"));
  // The plan's alarm has no actions: a different definition under the same name.
  ASSERT_EQ(r.config.alarms.size(), 1u);
  EXPECT_TRUE(AnyWarning(r,
                         "not carried: alarm 'anomalyAlarm' differs from the alarm of the same "
                         "name imported from"));
}

}  // namespace
}  // namespace tailwatch::config
