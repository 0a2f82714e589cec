// export config and export cloudformation, and the round trips through
// import: export cloudformation -> import gives the same definitions;
// import of describe-* JSON -> export cloudformation -> import is stable.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "config/cloudformation_writer.h"
#include "config/config_writer.h"
#include "config/importer.h"

namespace tailwatch::config {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::string Source(const std::string& path) {
  return std::string(TAILWATCH_SOURCE_DIR) + "/" + path;
}

// The definitions only (log group names, filters, alarms), as text to compare.
std::string Definitions(Config config) {
  for (LogGroupConfig& g : config.log_groups) {
    LogGroupConfig bare;
    bare.name = g.name;
    g = bare;
  }
  ConfigWriteOptions options;
  options.settings = false;
  return WriteConfigYaml(config, options);
}

Config MustLoad(const std::string& path) {
  const LoadResult r = LoadConfigFile(path);
  EXPECT_TRUE(r.ok()) << r.FormatDiagnostics();
  return r.ok() ? *r.config : Config{};
}

constexpr char kEveryField[] = R"yaml(log_groups:
  - name: training
    files: [a.log]
  - name: /aws/inference/serving
    files: [b.log]
metric_filters:
  - name: errors
    log_group: training
    pattern: '?ERROR ?"Traceback (most recent call last)"'
    metric_transformation: {name: Errors, namespace: Training, value: "1", default_value: 0, unit: Count}
  - name: lossByRank
    log_group: training
    pattern: '{ $.loss = * }'
    metric_transformation: {name: Loss, namespace: Training, value: "$.loss", dimensions: {Rank: "$.rank", Host: "$.host"}}
  - name: latency
    log_group: /aws/inference/serving
    pattern: '[ts, model, latency_ms > 0]'
    metric_transformation: {name: LatencyMs, namespace: Inference, value: "$latency_ms", unit: Milliseconds, dimensions: {Model: "$model"}}
alarms:
  - name: errorsHigh
    alarm_description: "More than 3 errors in 2 of 3 minutes"
    namespace: Training
    metric_name: Errors
    statistic: Sum
    period: 60
    evaluation_periods: 3
    datapoints_to_alarm: 2
    threshold: 3
    comparison_operator: GreaterThanOrEqualToThreshold
    treat_missing_data: breaching
    alarm_actions: ["arn:aws:sns:us-west-2:123456789012:oncall"]
    ok_actions: ["arn:aws:sns:us-west-2:123456789012:oncall"]
    insufficient_data_actions: ["arn:aws:sns:eu-west-1:123456789012:audit"]
  - name: lossRank0
    namespace: Training
    metric_name: Loss
    dimensions: {Rank: "0", Host: "node-1"}
    statistic: Average
    period: 300
    evaluation_periods: 1
    threshold: 2.75
    comparison_operator: GreaterThanThreshold
  - name: p99Latency
    namespace: Inference
    metric_name: LatencyMs
    dimensions: {Model: llama}
    extended_statistic: p99.5
    evaluate_low_sample_count_percentile: ignore
    period: 10
    evaluation_periods: 6
    threshold: 2500
    comparison_operator: LessThanOrEqualToThreshold
    treat_missing_data: ignore
    unit: Milliseconds
    actions_enabled: false
)yaml";

TEST(ExportConfigTest, WritesWhatLoadsBackTheSame) {
  for (const std::string path :
       {"config/examples/ai-training.yaml", "config/examples/loghub-hdfs.yaml",
        "config/examples/rolling-oom.yaml"}) {
    const Config original = MustLoad(Source(path));
    const std::string yaml = WriteConfigYaml(original);
    const LoadResult again = LoadConfigString(yaml, "exported.yaml");
    ASSERT_TRUE(again.ok()) << path << "\n" << again.FormatDiagnostics() << yaml;
    EXPECT_EQ(WriteConfigYaml(*again.config), yaml) << path;
    EXPECT_EQ(again.config->alarms, original.alarms) << path;
    EXPECT_EQ(again.config->server.listen, original.server.listen);
    EXPECT_EQ(again.config->state_dir, original.state_dir);
    ASSERT_EQ(again.config->log_groups.size(), original.log_groups.size());
    for (size_t i = 0; i < original.log_groups.size(); ++i) {
      EXPECT_EQ(again.config->log_groups[i].files, original.log_groups[i].files);
    }
  }
}

TEST(ExportConfigTest, MergesIncludesOfTheEmbeddedDefault) {
  const LoadResult embedded = LoadEmbeddedDefault();
  ASSERT_TRUE(embedded.ok());
  const std::string yaml = WriteConfigYaml(*embedded.config);
  EXPECT_THAT(yaml, ::testing::Not(HasSubstr("include:")));
  const LoadResult again = LoadConfigString(yaml, "merged.yaml");
  ASSERT_TRUE(again.ok()) << again.FormatDiagnostics();
  EXPECT_EQ(again.config->metric_filters.size(), embedded.config->metric_filters.size());
  EXPECT_EQ(again.config->alarms, embedded.config->alarms);
  EXPECT_EQ(Definitions(*again.config), Definitions(*embedded.config));
}

TEST(ExportCloudFormationTest, TemplateShape) {
  const LoadResult loaded = LoadConfigString(kEveryField, "every.yaml");
  ASSERT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  const CloudFormationTemplate cfn = WriteCloudFormation(*loaded.config);
  EXPECT_THAT(cfn.notes, IsEmpty());
  const YAML::Node root = YAML::Load(cfn.text);
  EXPECT_EQ(root["AWSTemplateFormatVersion"].as<std::string>(), "2010-09-09");
  const YAML::Node resources = root["Resources"];
  EXPECT_EQ(resources["LogGroupTraining"]["Type"].as<std::string>(), "AWS::Logs::LogGroup");
  EXPECT_EQ(
      resources["LogGroupAwsInferenceServing"]["Properties"]["LogGroupName"].as<std::string>(),
      "/aws/inference/serving");
  const YAML::Node filter = resources["MetricFilterLossByRank"]["Properties"];
  EXPECT_EQ(filter["LogGroupName"]["Ref"].as<std::string>(), "LogGroupTraining");
  EXPECT_EQ(filter["MetricTransformations"][0]["Dimensions"][0]["Key"].as<std::string>(), "Rank");
  const YAML::Node alarm = resources["AlarmP99Latency"]["Properties"];
  EXPECT_EQ(alarm["ExtendedStatistic"].as<std::string>(), "p99.5");
  EXPECT_EQ(alarm["EvaluateLowSampleCountPercentile"].as<std::string>(), "ignore");
  EXPECT_EQ(alarm["ActionsEnabled"].as<std::string>(), "false");
  EXPECT_EQ(alarm["Dimensions"][0]["Name"].as<std::string>(), "Model");
}

TEST(ExportCloudFormationTest, LeavesOutWhatCloudWatchCannotDoAndSaysSo) {
  const LoadResult loaded = LoadConfigString(R"(log_groups: [{name: g, files: [a.log]}]
metric_filters:
  - {name: r, log_group: g, regex: 'x(?P<n>\d+)', metric_transformation: {name: M, namespace: N, value: "$n"}}
alarms:
  - {name: a, namespace: N, metric_name: M, statistic: Sum, period: 60, evaluation_periods: 1,
     threshold: 0, comparison_operator: GreaterThanThreshold, alarm_actions: [hook, sns]}
targets:
  - {name: hook, type: webhook, url: "http://127.0.0.1:9/x"}
  - {name: sns, type: sns, topic_arn: "arn:aws:sns:us-west-2:123456789012:T"}
)",
                                             "x.yaml");
  ASSERT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  const CloudFormationTemplate cfn = WriteCloudFormation(*loaded.config);
  ASSERT_EQ(cfn.notes.size(), 2u);
  EXPECT_THAT(cfn.notes[0], HasSubstr("metric filter 'r' uses regex:"));
  EXPECT_THAT(cfn.notes[1], HasSubstr("action 'hook' is a webhook or Alertmanager target"));
  const YAML::Node alarm = YAML::Load(cfn.text)["Resources"]["AlarmA"]["Properties"];
  ASSERT_EQ(alarm["AlarmActions"].size(), 1u);
  EXPECT_EQ(alarm["AlarmActions"][0].as<std::string>(), "arn:aws:sns:us-west-2:123456789012:T");
}

// export cloudformation -> import gives the same config.
TEST(RoundTripTest, ExportCloudFormationThenImportGivesTheSameDefinitions) {
  const LoadResult loaded = LoadConfigString(kEveryField, "every.yaml");
  ASSERT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  const CloudFormationTemplate cfn = WriteCloudFormation(*loaded.config);
  const ImportResult back = ImportText(cfn.text, "exported.yaml");
  ASSERT_TRUE(back.ok());
  EXPECT_THAT(back.warnings, IsEmpty()) << back.warnings.front().ToString();
  EXPECT_EQ(back.config.alarms, loaded.config->alarms);
  EXPECT_EQ(Definitions(back.config), Definitions(*loaded.config));
}

TEST(RoundTripTest, ShippedExamplesSurviveCloudFormation) {
  const Config original = MustLoad(Source("config/examples/ai-training.yaml"));
  const ImportResult back = ImportText(WriteCloudFormation(original).text, "ai.cfn.yaml");
  ASSERT_TRUE(back.ok());
  // Its alarms' Alertmanager actions cannot go to CloudWatch; the rest is equal.
  Config expected = original;
  for (engine::AlarmSpec& a : expected.alarms) {
    for (auto* list : {&a.alarm_actions, &a.ok_actions, &a.insufficient_data_actions}) {
      std::erase_if(*list, [](const std::string& action) { return !action.starts_with("arn:"); });
    }
  }
  EXPECT_EQ(Definitions(back.config), Definitions(expected));
}

// import of describe-* JSON -> export cloudformation -> import is stable.
TEST(RoundTripTest, ImportOfDescribeJsonThroughCloudFormationIsStable) {
  const std::vector<std::string> inputs = {
      Source("tests/testdata/import/describe-metric-filters.json"),
      Source("tests/testdata/import/describe-alarms.json")};
  const ImportResult first = ImportFiles(inputs);
  ASSERT_TRUE(first.ok());
  const CloudFormationTemplate cfn = WriteCloudFormation(first.config);
  EXPECT_THAT(cfn.notes, IsEmpty());
  const ImportResult second = ImportText(cfn.text, "exported.yaml");
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second.config.alarms, first.config.alarms);
  EXPECT_EQ(Definitions(second.config), Definitions(first.config));
  // And once more: a fixed point.
  const ImportResult third = ImportText(WriteCloudFormation(second.config).text, "again.yaml");
  EXPECT_EQ(Definitions(third.config), Definitions(second.config));
}

TEST(RoundTripTest, EveryFormatThroughCloudFormationIsStable) {
  for (const std::string name :
       {"seed-pulumi-stack.json", "cloudformation-template.yaml", "cloudformation-template.json",
        "sam-template.yaml", "terraform-state.json", "terraform-plan.json"}) {
    const ImportResult first =
        ImportFiles(std::vector<std::string>{Source("tests/testdata/import/" + name)});
    ASSERT_TRUE(first.ok()) << name;
    const ImportResult second = ImportText(WriteCloudFormation(first.config).text, "x.yaml");
    ASSERT_TRUE(second.ok()) << name;
    EXPECT_EQ(Definitions(second.config), Definitions(first.config)) << name;
  }
}

}  // namespace
}  // namespace tailwatch::config
