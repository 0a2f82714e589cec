#include "tools/export/grafana_dashboard.h"

#include <gtest/gtest.h>
#include <simdjson.h>
#include <yaml-cpp/yaml.h>

#include <string>

#include "config/config.h"

namespace tailwatch::exporter {
namespace {

constexpr std::string_view kConfig = R"(
log_groups: [{name: "train/g-1", files: []}]
metric_filters:
  - {name: errors, log_group: "train/g-1", pattern: ERROR, metric_transformation: {name: Errors, namespace: T, value: "1"}}
alarms:
  - {name: errors, namespace: T, metric_name: Errors, statistic: Sum, period: 60, evaluation_periods: 1, threshold: 0, comparison_operator: GreaterThanThreshold}
  - {name: errorsMax, namespace: T, metric_name: Errors, statistic: Maximum, period: 60, evaluation_periods: 1, threshold: 0, comparison_operator: GreaterThanThreshold}
)";

TEST(GrafanaDashboardTest, ImportableJsonWithEveryQueryListed) {
  config::LoadResult loaded = config::LoadConfigString(kConfig, "test.yaml");
  ASSERT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  const GrafanaDashboard dashboard = BuildGrafanaDashboard(*loaded.config);

  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(dashboard.json).get(root), simdjson::SUCCESS) << dashboard.json;
  EXPECT_EQ(int64_t(root["schemaVersion"]), kGrafanaSchemaVersion);
  EXPECT_EQ(std::string_view(root["__inputs"].at(0)["name"]), "DS_PROMETHEUS");
  simdjson::dom::array panels = root["panels"];
  int rows = 0, series = 0, states = 0;
  size_t targets = 0;
  for (simdjson::dom::element panel : panels) {
    const std::string_view type = panel["type"];
    rows += type == "row";
    series += type == "timeseries";
    states += type == "state-timeline";
    simdjson::dom::array t;
    if (panel["targets"].get(t) == simdjson::SUCCESS) targets += t.size();
  }
  EXPECT_EQ(rows, 3);    // two alarms, one log group
  EXPECT_EQ(states, 2);  // every alarm has a state timeline...
  EXPECT_EQ(series, 4);  // ...the Sum alarm its series, the log group three panels
  EXPECT_EQ(targets, dashboard.expressions.size());
  ASSERT_EQ(dashboard.skipped.size(), 1u);
  EXPECT_NE(dashboard.skipped[0].find("errorsMax"), std::string::npos);

  const YAML::Node rules = YAML::Load(ExpressionsAsRules(dashboard.expressions));
  EXPECT_EQ(rules["groups"][0]["rules"].size(), dashboard.expressions.size());
}

}  // namespace
}  // namespace tailwatch::exporter
