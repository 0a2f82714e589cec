// `evaluation: rolling` is accepted only for conditions that new samples can
// only move toward breaching, and refused elsewhere with the position of the
// `evaluation` key and the reason.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "config/config.h"
#include "tests/config/config_test_util.h"

namespace tailwatch::config {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Lines 1-14: one log group, a counting filter and a filter whose value
// comes from the event.
constexpr char kBase[] = R"(log_groups:
  - name: app
    files: [/tmp/app.log]
metric_filters:
  - name: oom
    log_group: app
    pattern: '"CUDA out of memory"'
    metric_transformation: {name: OOM, namespace: App, value: "1"}
  - name: latency
    log_group: app
    pattern: '[word, ms]'
    metric_transformation: {name: Latency, namespace: App, value: "$ms"}
alarms:
  - name: a
)";

// An alarm body (lines 15-22), the `evaluation` value on line 22 at column 17.
std::string Alarm(const std::string& metric, const std::string& statistic, const std::string& op) {
  return "    namespace: App\n    metric_name: " + metric + "\n    " + statistic +
         "\n    period: 300\n    evaluation_periods: 1\n    threshold: 5\n"
         "    comparison_operator: " +
         op + "\n    evaluation: rolling\n";
}

LoadResult Load(const std::string& yaml) { return LoadConfigString(yaml, "test.yaml"); }

TEST(RollingEvaluationConfigTest, AcceptsMonotoneConditions) {
  for (const std::string& alarm :
       {Alarm("OOM", "statistic: Sum", "GreaterThanThreshold"),
        Alarm("OOM", "statistic: SampleCount", "GreaterThanOrEqualToThreshold"),
        Alarm("Latency", "statistic: Maximum", "GreaterThanThreshold"),
        Alarm("Latency", "statistic: Minimum", "LessThanThreshold"),
        Alarm("Latency", "statistic: Minimum", "LessThanOrEqualToThreshold")}) {
    const LoadResult result = Load(std::string(kBase) + alarm);
    ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
    EXPECT_TRUE(result.config->alarms[0].rolling);
  }
}

TEST(RollingEvaluationConfigTest, PeriodicIsTheDefault) {
  std::string alarm = Alarm("OOM", "statistic: Sum", "GreaterThanThreshold");
  testing::ReplaceAll(&alarm, "evaluation: rolling", "evaluation: periodic");
  const LoadResult result = Load(std::string(kBase) + alarm);
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  EXPECT_FALSE(result.config->alarms[0].rolling);
}

TEST(RollingEvaluationConfigTest, RefusesConditionsANewSampleCanMoveBothWays) {
  struct Case {
    std::string alarm;
    std::string why;
  };
  const std::vector<Case> cases = {
      {Alarm("Latency", "statistic: Average", "GreaterThanThreshold"), "Average cannot be rolling"},
      {Alarm("Latency", "extended_statistic: p99", "GreaterThanThreshold"),
       "a percentile (p99) cannot be rolling"},
      {Alarm("OOM", "statistic: Sum", "LessThanThreshold"),
       "Sum with LessThanThreshold cannot be rolling"},
      {Alarm("OOM", "statistic: SampleCount", "LessThanOrEqualToThreshold"),
       "SampleCount with LessThanOrEqualToThreshold cannot be rolling"},
      {Alarm("Latency", "statistic: Maximum", "LessThanThreshold"),
       "Maximum with LessThanThreshold cannot be rolling"},
      {Alarm("Latency", "statistic: Minimum", "GreaterThanThreshold"),
       "Minimum with GreaterThanThreshold cannot be rolling"},
      {Alarm("Latency", "statistic: Sum", "GreaterThanThreshold"),
       "a rolling Sum needs values that cannot be negative: metric filter 'latency' takes its "
       "value from the event ($ms), which may be negative; declare non_negative: true"},
  };
  for (const Case& c : cases) {
    const LoadResult result = Load(std::string(kBase) + c.alarm);
    EXPECT_FALSE(result.ok()) << c.alarm;
    const std::vector<std::string> errors = testing::ErrorLines(result);
    ASSERT_EQ(errors.size(), 1u) << result.FormatDiagnostics();
    EXPECT_THAT(errors[0], HasSubstr("22:17: evaluation: " + c.why)) << c.alarm;
  }
}

TEST(RollingEvaluationConfigTest, ANonNegativeTransformationLetsASumRoll) {
  std::string yaml =
      std::string(kBase) + Alarm("Latency", "statistic: Sum", "GreaterThanThreshold");
  testing::ReplaceAll(&yaml, "value: \"$ms\"}", "value: \"$ms\", non_negative: true}");
  const LoadResult result = Load(yaml);
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  EXPECT_TRUE(result.config->metric_filters[1].transformation.non_negative);
}

TEST(RollingEvaluationConfigTest, RefusesANegativeLiteralDeclaredNonNegative) {
  std::string yaml = std::string(kBase);
  testing::ReplaceAll(&yaml, "value: \"1\"}", "value: \"-1\", non_negative: true}");
  const LoadResult result = Load(yaml +
                                 "    namespace: App\n    metric_name: OOM\n"
                                 "    statistic: Sum\n    period: 60\n"
                                 "    evaluation_periods: 1\n    threshold: 0\n"
                                 "    comparison_operator: GreaterThanThreshold\n");
  EXPECT_THAT(testing::ErrorLines(result),
              ElementsAre(HasSubstr("non_negative: the value -1 is negative")));
}

TEST(RollingEvaluationConfigTest, RefusesLiveScopeAndUnknownModes) {
  std::string live =
      Alarm("OOM", "statistic: Sum", "GreaterThanThreshold") + "    missing_data_scope: live\n";
  EXPECT_THAT(testing::ErrorLines(Load(std::string(kBase) + live)),
              ElementsAre("22:17: evaluation: missing_data_scope: live cannot be rolling: "
                          "liveness is judged per whole period"));
  std::string sliding = Alarm("OOM", "statistic: Sum", "GreaterThanThreshold");
  testing::ReplaceAll(&sliding, "evaluation: rolling", "evaluation: sliding");
  EXPECT_THAT(testing::ErrorLines(Load(std::string(kBase) + sliding)),
              ElementsAre(HasSubstr("22:17: evaluation: expected periodic or rolling")));
}

}  // namespace
}  // namespace tailwatch::config
