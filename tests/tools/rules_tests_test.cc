#include "tools/export/rules_tests.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>

#include "config/config.h"

namespace tailwatch::exporter {
namespace {

constexpr std::string_view kConfig = R"(
log_groups: [{name: g, files: []}]
metric_filters:
  - name: errors
    log_group: g
    pattern: ERROR
    metric_transformation: {name: Errors, namespace: T, value: "1", default_value: 0}
alarms:
  - {name: errors, namespace: T, metric_name: Errors, statistic: Sum, period: 60, evaluation_periods: 1, threshold: 0, comparison_operator: GreaterThanThreshold, treat_missing_data: notBreaching}
  - {name: twoOfThree, namespace: T, metric_name: Errors, statistic: Sum, period: 60, evaluation_periods: 3, datapoints_to_alarm: 2, threshold: 0, comparison_operator: GreaterThanThreshold, treat_missing_data: missing}
)";

config::Config Load() {
  config::LoadResult loaded = config::LoadConfigString(kConfig, "test.yaml");
  EXPECT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  return *loaded.config;
}

TEST(RulesTestsTest, ReplayExpectsTailwatchsTransitions) {
  const config::Config config = Load();
  const RulesExport rules = ExportRules(config, {});
  // 2026-01-01T00:00:05Z, one line every 10 s for 10 minutes, errors in minute 3.
  const int64_t start = 1767225605000;
  std::vector<ReplayEvent> events;
  for (int i = 0; i < 60; ++i) {
    events.push_back({i / 6 == 3 ? "ERROR disk" : "ok", start + int64_t{i} * 10000});
  }
  auto c = ReplayCase(config, rules, "", events, "replay");
  ASSERT_TRUE(c.has_value()) << c.error().message;
  EXPECT_EQ(c->step_seconds, 60);
  EXPECT_EQ(c->reporting_from_step, 1u);  // the first event is 5 s into minute 0
  ASSERT_EQ(c->series.size(), 1u);
  const auto& cumulative = c->series.begin()->second;
  ASSERT_GT(cumulative.size(), 5u);
  EXPECT_FALSE(cumulative[0].has_value());
  EXPECT_EQ(cumulative[1], std::make_pair(0.0, 6.0));   // minute 0: 6 samples of 0
  EXPECT_EQ(cumulative[4], std::make_pair(6.0, 24.0));  // minute 3: 6 errors
  // errors: OK at minute 1, ALARM when minute 3 closes (t = 240 s), OK after.
  std::vector<std::pair<int64_t, bool>> errors;
  for (const AlertCheck& check : c->checks) {
    if (check.alarm == 0) errors.emplace_back(check.time_seconds, check.firing);
  }
  ASSERT_GE(errors.size(), 3u);
  EXPECT_EQ(errors[0], std::make_pair(int64_t{60}, false));
  EXPECT_EQ(errors[1], std::make_pair(int64_t{240}, true));
  EXPECT_EQ(errors[2], std::make_pair(int64_t{300}, false));
}

TEST(RulesTestsTest, EdgeCasesCoverMOfNSilenceAndANodeThatStops) {
  const config::Config config = Load();
  const RulesExport rules = ExportRules(config, {});
  const std::vector<RulesTestCase> cases = EdgeCases(rules);
  // Both alarms read the same series, so they need separate cases.
  ASSERT_EQ(cases.size(), 2u);
  for (const RulesTestCase& c : cases) {
    ASSERT_TRUE(c.stops_at_step.has_value());
    bool fired = false, stopped = false;
    for (const AlertCheck& check : c.checks) {
      fired |= check.firing;
      stopped |= check.why.find("stopped reporting") != std::string::npos;
      if (check.why.find("stopped reporting") != std::string::npos) {
        EXPECT_FALSE(check.firing);
        EXPECT_GT(check.time_seconds, static_cast<int64_t>(*c.stops_at_step) * c.step_seconds);
      }
    }
    EXPECT_TRUE(fired) << c.name;
    EXPECT_TRUE(stopped) << c.name;
  }
}

TEST(RulesTestsTest, WritesAPromtoolTestFile) {
  const config::Config config = Load();
  const RulesExport rules = ExportRules(config, {});
  const std::string text = WriteRulesTests(rules, {}, "rules.yml", EdgeCases(rules));
  const YAML::Node doc = YAML::Load(text);
  EXPECT_EQ(doc["rule_files"][0].as<std::string>(), "rules.yml");
  EXPECT_EQ(doc["evaluation_interval"].as<std::string>(), "60s");
  const YAML::Node test = doc["tests"][0];
  EXPECT_EQ(test["interval"].as<std::string>(), "60s");
  EXPECT_EQ(test["input_series"][0]["series"].as<std::string>(),
            "tailwatch_events_total{instance=\"node-1\",job=\"tailwatch\"}");
  EXPECT_NE(test["input_series"][0]["values"].as<std::string>().find("stale"), std::string::npos);
  bool firing_with_labels = false;
  for (const YAML::Node& check : test["alert_rule_test"]) {
    if (check["exp_alerts"].size() == 0) continue;
    const YAML::Node labels = check["exp_alerts"][0]["exp_labels"];
    firing_with_labels = labels["instance"].as<std::string>() == "node-1" &&
                         labels["alarm"].as<std::string>() == "errors" &&
                         labels["scope"].as<std::string>() == "node";
  }
  EXPECT_TRUE(firing_with_labels);
}

}  // namespace
}  // namespace tailwatch::exporter
