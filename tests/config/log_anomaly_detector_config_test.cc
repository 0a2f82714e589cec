// log_anomaly_detectors: what loads, and the file:line:column errors of
// what does not.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "config/config.h"
#include "config/config_writer.h"
#include "tests/config/config_test_util.h"

namespace tailwatch::config {
namespace {

using ::testing::ElementsAre;

// Lines 1-6: a group and a webhook target; detectors start on line 7.
constexpr char kBase[] = R"(log_groups:
  - name: train
    files: [/tmp/train.log]
targets:
  - name: hook
    type: webhook
    url: http://127.0.0.1:9/
)";

TEST(LogAnomalyDetectorConfigTest, LoadsEveryField) {
  const LoadResult result = LoadConfigString(std::string(kBase) + R"(log_anomaly_detectors:
  - name: train-patterns
    log_groups: [train]
    evaluation_frequency: 60
    anomaly_visibility_time: 86400
    filter_pattern: '-DEBUG'
    learning_period: 120
    actions: [hook]
)",
                                             "t.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  ASSERT_EQ(result.config->log_anomaly_detectors.size(), 1u);
  const LogAnomalyDetectorConfig& d = result.config->log_anomaly_detectors[0];
  EXPECT_EQ(d.name, "train-patterns");
  EXPECT_THAT(d.log_groups, ElementsAre("train"));
  EXPECT_EQ(d.evaluation_frequency_seconds, 60);
  EXPECT_EQ(d.anomaly_visibility_time_seconds, 86400);
  EXPECT_EQ(d.filter_pattern, "-DEBUG");
  EXPECT_EQ(d.learning_period_seconds, 120);
  EXPECT_THAT(d.actions, ElementsAre("hook"));
}

TEST(LogAnomalyDetectorConfigTest, ExportWritesWhatLoads) {
  const LoadResult result = LoadConfigString(std::string(kBase) + R"(log_anomaly_detectors:
  - name: d
    log_groups: [train]
    evaluation_frequency: 60
    filter_pattern: '{ $.level = "ERROR" }'
    learning_period: 0
    actions: [hook]
  - name: e
    log_groups: [train]
)",
                                             "t.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  const std::string written = WriteConfigYaml(*result.config, {});
  const LoadResult again = LoadConfigString(written, "written.yaml");
  ASSERT_TRUE(again.ok()) << again.FormatDiagnostics() << written;
  EXPECT_EQ(again.config->log_anomaly_detectors, result.config->log_anomaly_detectors) << written;
}

TEST(LogAnomalyDetectorConfigTest, DefaultsFollowCloudWatch) {
  const LoadResult result = LoadConfigString(std::string(kBase) + R"(log_anomaly_detectors:
  - name: d
    log_groups: [train]
)",
                                             "t.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  const LogAnomalyDetectorConfig& d = result.config->log_anomaly_detectors[0];
  EXPECT_EQ(d.evaluation_frequency_seconds, 300);
  EXPECT_EQ(d.anomaly_visibility_time_seconds, 21 * 86400);
  EXPECT_TRUE(d.filter_pattern.empty());
  EXPECT_TRUE(d.actions.empty());
}

TEST(LogAnomalyDetectorConfigTest, ReportsEachErrorWhereItIs) {
  const LoadResult result = LoadConfigString(std::string(kBase) + R"(log_anomaly_detectors:
  - name: d
    log_groups: [trian]
    evaluation_frequency: 0
    anomaly_visibility_time: 99999999
    filter_pattern: '{ $.a = '
    learning_period: -1
    actions: [hok]
  - name: d
    log_groups: [train]
)",
                                             "t.yaml");
  EXPECT_FALSE(result.ok());
  const std::vector<std::string> lines = testing::ErrorLines(result);
  ASSERT_EQ(lines.size(), 7u) << result.FormatDiagnostics();
  EXPECT_THAT(lines[0], ::testing::StartsWith("10:18: log_groups: no log group named 'trian'"));
  EXPECT_THAT(lines[1], ::testing::StartsWith("11:27: evaluation_frequency:"));
  EXPECT_THAT(lines[2], ::testing::StartsWith("12:30: anomaly_visibility_time:"));
  EXPECT_THAT(lines[3], ::testing::StartsWith("13:"));
  EXPECT_THAT(lines[3], ::testing::HasSubstr("filter_pattern:"));
  EXPECT_THAT(lines[4], ::testing::StartsWith("14:22: learning_period:"));
  EXPECT_THAT(lines[5], ::testing::StartsWith("15:15: actions: no target named 'hok'"));
  EXPECT_THAT(lines[6], ::testing::StartsWith("16:11: duplicate log anomaly detector name 'd'"));
}

}  // namespace
}  // namespace tailwatch::config
