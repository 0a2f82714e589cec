// Definitions made over the API (state_dir/api_definitions.yaml) merged after
// the configuration file by the same loader.
#include <gtest/gtest.h>

#include "config/config.h"
#include "tests/config/config_test_util.h"

namespace tailwatch::config {
namespace {

using testing::TempDir;

std::string MainConfig(const TempDir& dir) {
  return "state_dir: " + dir.path() + "/state\n" +
         "log_groups:\n"
         "  - name: app\n"
         "    files: [/var/log/app.log]\n"
         "metric_filters:\n"
         "  - name: errors\n"
         "    log_group: app\n"
         "    pattern: ERROR\n"
         "    metric_transformation: {name: Errors, namespace: App, value: \"1\"}\n"
         "alarms:\n"
         "  - name: file-alarm\n"
         "    namespace: App\n"
         "    metric_name: Errors\n"
         "    statistic: Sum\n"
         "    period: 60\n"
         "    evaluation_periods: 1\n"
         "    threshold: 1\n"
         "    comparison_operator: GreaterThanOrEqualToThreshold\n";
}

ApiDefinitions SomeDefinitions() {
  ApiDefinitions d;
  LogGroupConfig pushed;
  pushed.name = "pushed";
  d.log_groups.push_back(pushed);
  engine::FilterSpec f;
  f.name = "api-warn";
  f.log_group = "pushed";
  f.pattern = "WARN";
  f.transformation.metric_name = "Warnings";
  f.transformation.metric_namespace = "App";
  f.transformation.metric_value = "1";
  d.metric_filters.push_back(f);
  engine::AlarmSpec a;
  a.name = "api-alarm";
  a.metric_namespace = "App";
  a.metric_name = "Warnings";
  a.statistic = engine::Statistic::kSum;
  a.period_seconds = 60;
  a.evaluation_periods = 2;
  a.threshold = 3;
  a.comparison_operator = engine::ComparisonOperator::kGreaterThanThreshold;
  d.alarms.push_back(a);
  return d;
}

LoadOptions WithApi() {
  LoadOptions o;
  o.api_definitions = true;
  return o;
}

TEST(ApiDefinitionsMerge, NoDocumentIsTheFileAlone) {
  TempDir dir;
  const LoadResult r = LoadConfigFile(dir.Write("tw.yaml", MainConfig(dir)), WithApi());
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  EXPECT_EQ(r.config->alarms.size(), 1u);
  EXPECT_TRUE(r.config->api_definitions.empty());
  EXPECT_TRUE(r.config->api_alarm_names.empty());
}

TEST(ApiDefinitionsMerge, RoundTripThroughTheDocument) {
  TempDir dir;
  dir.Write("state/api_definitions.yaml", ApiDefinitionsYaml(SomeDefinitions()));
  const LoadResult r = LoadConfigFile(dir.Write("tw.yaml", MainConfig(dir)), WithApi());
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  const Config& c = *r.config;
  ASSERT_EQ(c.log_groups.size(), 2u);
  EXPECT_EQ(c.log_groups[1].name, "pushed");
  EXPECT_TRUE(c.log_groups[1].files.empty());
  ASSERT_EQ(c.metric_filters.size(), 2u);
  EXPECT_EQ(c.metric_filters[1].name, "api-warn");
  EXPECT_EQ(c.metric_filters[1].log_group, "pushed");
  EXPECT_EQ(c.metric_filters[1].pattern, "WARN");
  EXPECT_EQ(c.metric_filters[1].transformation.metric_name, "Warnings");
  ASSERT_EQ(c.alarms.size(), 2u);
  EXPECT_EQ(c.alarms[1], SomeDefinitions().alarms[0]);
  EXPECT_EQ(c.api_filter_names, std::vector<std::string>{"api-warn"});
  EXPECT_EQ(c.api_alarm_names, std::vector<std::string>{"api-alarm"});
  EXPECT_EQ(c.api_shadowed, 0u);
  // The document as read writes back to the same text.
  EXPECT_EQ(ApiDefinitionsYaml(c.api_definitions), ApiDefinitionsYaml(SomeDefinitions()));
}

TEST(ApiDefinitionsMerge, CandidateTextIsCheckedLikeYaml) {
  TempDir dir;
  ApiDefinitions bad = SomeDefinitions();
  bad.alarms[0].period_seconds = 7;  // not 10, 20, 30 or a multiple of 60
  LoadOptions o = WithApi();
  o.api_definitions_text = ApiDefinitionsYaml(bad);
  const LoadResult r = LoadConfigFile(dir.Write("tw.yaml", MainConfig(dir)), o);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.api_definitions_failed);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].file, dir.path() + "/state/api_definitions.yaml");
  EXPECT_GT(r.errors[0].line, 0);
  EXPECT_NE(r.errors[0].message.find("period"), std::string::npos) << r.errors[0].message;
}

TEST(ApiDefinitionsMerge, CorruptDocumentIsAPositionedErrorOfItsOwn) {
  TempDir dir;
  dir.Write("state/api_definitions.yaml", "alarms: [ {name: x\n");
  const std::string path = dir.Write("tw.yaml", MainConfig(dir));
  const LoadResult r = LoadConfigFile(path, WithApi());
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.api_definitions_failed);
  EXPECT_NE(r.FormatDiagnostics().find("api_definitions.yaml:"), std::string::npos)
      << r.FormatDiagnostics();
  // The configuration file alone still loads (what tailwatchd falls back to).
  EXPECT_TRUE(LoadConfigFile(path).ok());
}

TEST(ApiDefinitionsMerge, ErrorsOfTheFileAreNotBlamedOnTheDocument) {
  TempDir dir;
  const std::string path =
      dir.Write("tw.yaml", MainConfig(dir) + "  - name: broken\n    period: 60\n");
  const LoadResult r = LoadConfigFile(path, WithApi());
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(r.api_definitions_failed);
}

TEST(ApiDefinitionsMerge, TheConfigurationFileWinsANameItAlsoDefines) {
  TempDir dir;
  ApiDefinitions d = SomeDefinitions();
  d.alarms[0].name = "file-alarm";
  d.metric_filters[0].name = "errors";
  d.log_groups[0].name = "app";  // the file's group, with its files, stays
  d.metric_filters[0].log_group = "app";
  dir.Write("state/api_definitions.yaml", ApiDefinitionsYaml(d));
  const LoadResult r = LoadConfigFile(dir.Write("tw.yaml", MainConfig(dir)), WithApi());
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  const Config& c = *r.config;
  ASSERT_EQ(c.log_groups.size(), 1u);
  EXPECT_EQ(c.log_groups[0].files, std::vector<std::string>{"/var/log/app.log"});
  ASSERT_EQ(c.alarms.size(), 1u);
  EXPECT_EQ(c.alarms[0].threshold, 1);  // the file's
  ASSERT_EQ(c.metric_filters.size(), 1u);
  EXPECT_EQ(c.metric_filters[0].pattern, "ERROR");
  EXPECT_EQ(c.api_shadowed, 2u);
  EXPECT_TRUE(c.api_alarm_names.empty());
  // The shadowed entries stay in the document, so a later write keeps them.
  EXPECT_EQ(c.api_definitions.alarms.size(), 1u);
  size_t shadow_warnings = 0;
  for (const Diagnostic& w : r.warnings) {
    if (w.message.find("also defined in the configuration file") != std::string::npos) {
      ++shadow_warnings;
    }
  }
  EXPECT_EQ(shadow_warnings, 2u);
}

TEST(ApiDefinitionsMerge, StateDirOverrideChoosesTheDocument) {
  TempDir dir;
  dir.Write("other/api_definitions.yaml", ApiDefinitionsYaml(SomeDefinitions()));
  LoadOptions o = WithApi();
  o.state_dir = dir.path() + "/other";
  const LoadResult r = LoadConfigFile(dir.Write("tw.yaml", MainConfig(dir)), o);
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  EXPECT_EQ(r.config->alarms.size(), 2u);
}

TEST(ApiDefinitionsMerge, OnlyDefinitionsBelongInTheDocument) {
  TempDir dir;
  dir.Write("state/api_definitions.yaml", "server: {listen: 0.0.0.0:1}\n");
  const LoadResult r = LoadConfigFile(dir.Write("tw.yaml", MainConfig(dir)), WithApi());
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.api_definitions_failed);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1);
  EXPECT_NE(r.errors[0].message.find("unknown key 'server'"), std::string::npos)
      << r.errors[0].message;
}

}  // namespace
}  // namespace tailwatch::config
