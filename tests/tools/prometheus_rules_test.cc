#include "tools/export/prometheus_rules.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>

#include "config/config.h"

namespace tailwatch::exporter {
namespace {

constexpr std::string_view kConfig = R"(
log_groups: [{name: g, files: []}]
metric_filters:
  - name: byRank
    log_group: g
    pattern: '{ $.loss = * }'
    metric_transformation: {name: Loss, namespace: T, value: $.loss, dimensions: {Rank: $.rank, namespace: $.ns}}
  - name: errors
    log_group: g
    pattern: ERROR
    metric_transformation: {name: Errors, namespace: T, value: "1", default_value: 0}
alarms:
  - {name: errors, alarm_description: "Errors \"seen\"", namespace: T, metric_name: Errors, statistic: Sum, period: 60, evaluation_periods: 3, datapoints_to_alarm: 2, threshold: 0, comparison_operator: GreaterThanThreshold, treat_missing_data: breaching, alarm_actions: ["arn:aws:sns:us-west-2:123456789012:A", "arn:aws:sns:us-west-2:123456789012:B"]}
  - {name: rank0Loss, namespace: T, metric_name: Loss, dimensions: {Rank: "0"}, statistic: Average, period: 10, evaluation_periods: 1, threshold: 5, comparison_operator: GreaterThanOrEqualToThreshold}
  - {name: lossMin, namespace: T, metric_name: Loss, statistic: Minimum, period: 60, evaluation_periods: 1, threshold: 1, comparison_operator: LessThanThreshold}
  - {name: lossP99, namespace: T, metric_name: Loss, extended_statistic: p99, period: 60, evaluation_periods: 1, threshold: 1, comparison_operator: LessThanThreshold}
)";

config::Config Load(std::string_view yaml = kConfig) {
  config::LoadResult loaded = config::LoadConfigString(yaml, "test.yaml");
  EXPECT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  return *loaded.config;
}

TEST(PrometheusRulesTest, SelectorNamesTheExactSeriesAsMetricsLabelsIt) {
  const config::Config config = Load();
  // The alarm's own dimension, and every other dimension of the metric's
  // filters required absent; "namespace" collides with the family's label
  // and becomes "namespace_", as /metrics writes it.
  EXPECT_EQ(AlarmSeriesSelector(config, config.alarms[1]),
            "{namespace=\"T\",metric=\"Loss\",Rank=\"0\",namespace_=\"\"}");
  EXPECT_EQ(AlarmSeriesSelector(config, config.alarms[0]), "{namespace=\"T\",metric=\"Errors\"}");
}

TEST(PrometheusRulesTest, RefusesWhatTheCountersCannotFeed) {
  const config::Config config = Load();
  const RulesExport rules = ExportRules(config, {});
  ASSERT_EQ(rules.alarms.size(), 2u);
  ASSERT_EQ(rules.refusals.size(), 2u);
  EXPECT_NE(rules.refusals[0].find("alarm 'lossMin': statistic Minimum"), std::string::npos);
  EXPECT_NE(rules.refusals[1].find("alarm 'lossP99': extended_statistic p99"), std::string::npos);
  EXPECT_NE(rules.yaml.find("# not exported: alarm 'lossMin'"), std::string::npos);
}

TEST(PrometheusRulesTest, RefusesLiveScopeAndRollingEvaluation) {
  engine::AlarmSpec spec;
  spec.statistic = engine::Statistic::kSampleCount;
  spec.missing_data_live_only = true;
  EXPECT_NE(RefusalReason(spec).find("missing_data_scope: live"), std::string::npos);
  spec.missing_data_live_only = false;
  spec.rolling = true;
  EXPECT_NE(RefusalReason(spec).find("evaluation: rolling"), std::string::npos);
  spec.rolling = false;
  EXPECT_EQ(RefusalReason(spec), "");
}

TEST(PrometheusRulesTest, OneGroupPerAlarmAtTailwatchsCadence) {
  const config::Config config = Load();
  const RulesExport rules = ExportRules(config, {});
  const YAML::Node doc = YAML::Load(rules.yaml);
  ASSERT_EQ(doc["groups"].size(), 2u);
  const YAML::Node errors = doc["groups"][0];
  EXPECT_EQ(errors["name"].as<std::string>(), "tailwatch node: errors");
  EXPECT_EQ(errors["interval"].as<std::string>(), "60s");
  EXPECT_EQ(doc["groups"][1]["interval"].as<std::string>(), "10s");  // period 10 s
  const YAML::Node rules_of_errors = errors["rules"];
  ASSERT_EQ(rules_of_errors.size(), 5u);
  EXPECT_EQ(rules_of_errors[0]["record"].as<std::string>(), "tailwatch_alarm:samples");
  EXPECT_EQ(rules_of_errors[1]["record"].as<std::string>(), "tailwatch_alarm:datapoint");
  EXPECT_EQ(rules_of_errors[1]["labels"]["alarm"].as<std::string>(), "errors");
  EXPECT_EQ(rules_of_errors[1]["labels"]["scope"].as<std::string>(), "node");
  const YAML::Node alert = rules_of_errors[4];
  EXPECT_EQ(alert["alert"].as<std::string>(), "TailwatchAlarm_errors");
  EXPECT_EQ(alert["labels"]["alarm_actions"].as<std::string>(),
            "arn:aws:sns:us-west-2:123456789012:A,arn:aws:sns:us-west-2:123456789012:B");
  EXPECT_EQ(alert["annotations"]["description"].as<std::string>(), "Errors \"seen\"");
  const std::string expr = alert["expr"].as<std::string>();
  // R = N + 2 = 5 periods, the oldest read 4 periods back; evidence looks
  // at the start of the oldest one.
  EXPECT_NE(expr.find("offset 240s"), std::string::npos);
  EXPECT_NE(expr.find("offset 300s"), std::string::npos);
  EXPECT_EQ(expr.find("offset 360s"), std::string::npos);
  EXPECT_NE(expr.find(">= bool 2"), std::string::npos);  // M = 2
  EXPECT_NE(expr.find("on(instance)"), std::string::npos);
}

TEST(PrometheusRulesTest, FleetModeGroupsByTheGivenLabels) {
  const config::Config config = Load();
  RulesOptions options;
  options.mode = RulesOptions::Mode::kFleet;
  options.fleet_by = {"job", "cluster"};
  const RulesExport rules = ExportRules(config, options);
  EXPECT_EQ(rules.alarms[0].labels.at("scope"), "fleet");
  EXPECT_NE(rules.yaml.find("sum by (job, cluster) ("), std::string::npos);
  EXPECT_NE(rules.yaml.find("on(job, cluster)"), std::string::npos);
  EXPECT_EQ(rules.yaml.find("instance"), std::string::npos);

  options.fleet_by.clear();  // the whole fleet is one alert
  const RulesExport whole = ExportRules(config, options);
  EXPECT_NE(whole.yaml.find("or on()"), std::string::npos);
  EXPECT_EQ(whole.yaml.find("sum by"), std::string::npos);
}

TEST(PrometheusRulesTest, StatisticsFromTheCounters) {
  const config::Config config = Load();
  RulesOptions options;
  // Average: the value sum over the sample count, both summed first.
  const std::string average = DatapointExpression(config, config.alarms[1], options);
  EXPECT_NE(average.find("sum by (instance) (((tailwatch_metric_value_total{"), std::string::npos);
  EXPECT_NE(average.find(" / on(instance) (sum by (instance) (((tailwatch_metric_samples_total{"),
            std::string::npos);
  // Minimum: nothing.
  EXPECT_EQ(DatapointExpression(config, config.alarms[2], options), "");
}

TEST(PrometheusRulesTest, TemplateBracesInNamesAndDescriptionsStayLiteral) {
  config::Config config = Load();
  config.alarms[0].description = "see {{ $value }}";
  const YAML::Node doc = YAML::Load(ExportRules(config, {}).yaml);
  const YAML::Node alert = doc["groups"][0]["rules"][4];
  // Prometheus expands `{{ "{{" }}` back to "{{".
  EXPECT_EQ(alert["annotations"]["description"].as<std::string>(), "see {{ \"{{\" }} $value }}");
}

TEST(PrometheusRulesTest, PromQlStringsEscape) {
  EXPECT_EQ(PromQlString("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
  EXPECT_EQ(Seconds(600), "600s");
}

}  // namespace
}  // namespace tailwatch::exporter
