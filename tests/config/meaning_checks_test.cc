// Meaning checks: definitions valid one by one that do not fit together.
#include "config/meaning_checks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "config/config.h"

namespace tailwatch::config {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

engine::FilterSpec Filter(std::string name, std::string space, std::string metric,
                          std::string value = "1") {
  engine::FilterSpec f;
  f.name = std::move(name);
  f.log_group = "g";
  f.pattern = "{ $.x = * }";
  f.transformation.metric_namespace = std::move(space);
  f.transformation.metric_name = std::move(metric);
  f.transformation.metric_value = std::move(value);
  return f;
}

engine::AlarmSpec Alarm(std::string space, std::string metric,
                        engine::Statistic statistic = engine::Statistic::kSum) {
  engine::AlarmSpec a;
  a.name = "a";
  a.metric_namespace = std::move(space);
  a.metric_name = std::move(metric);
  a.statistic = statistic;
  return a;
}

std::vector<std::string> Messages(const std::vector<engine::FilterSpec>& filters,
                                  const std::vector<engine::AlarmSpec>& alarms) {
  std::vector<std::string> out;
  for (const MeaningFinding& f : CheckMeaning(filters, alarms)) out.push_back(f.message);
  return out;
}

TEST(MeaningChecksTest, MatchingDefinitionsAreQuiet) {
  engine::FilterSpec f = Filter("f", "N", "M");
  f.transformation.default_value = 0;
  EXPECT_THAT(Messages({f}, {Alarm("N", "M")}), IsEmpty());
}

TEST(MeaningChecksTest, DimensionTheFilterNeverEmits) {
  engine::AlarmSpec a = Alarm("AIWorkloadLogs", "AnomalyOccurrences");
  a.name = "anomalyAlarm";
  a.dimensions = {{"LogGroupName", "aiLogsGroup"}};
  EXPECT_THAT(
      Messages({Filter("anomalyMetricFilter", "AIWorkloadLogs", "AnomalyOccurrences")}, {a}),
      ElementsAre("alarm 'anomalyAlarm' watches AIWorkloadLogs/AnomalyOccurrences with "
                  "dimension LogGroupName, which metric filter 'anomalyMetricFilter' "
                  "never emits; CloudWatch keeps each dimension combination a metric of "
                  "its own, so the alarm would stay INSUFFICIENT_DATA"));
}

TEST(MeaningChecksTest, DimensionTheAlarmLeavesOut) {
  engine::FilterSpec f = Filter("loss", "Training", "Loss", "$.loss");
  f.transformation.dimensions = {{"Rank", "$.rank"}, {"Host", "$.host"}};
  engine::AlarmSpec a = Alarm("Training", "Loss", engine::Statistic::kAverage);
  a.dimensions = {{"Rank", "0"}};
  EXPECT_THAT(Messages({f}, {a}),
              ElementsAre(HasSubstr("watches Training/Loss without dimension Host, which metric "
                                    "filter 'loss' always emits")));
  a.dimensions = {{"Host", "h"}, {"Rank", "0"}};
  EXPECT_THAT(Messages({f}, {a}), IsEmpty());
}

TEST(MeaningChecksTest, NamespaceMismatchAndCase) {
  EXPECT_THAT(Messages({Filter("f", "Training", "GpuOom")}, {Alarm("AIWorkload", "GpuOom")}),
              ElementsAre("no metric filter emits AIWorkload/GpuOom, which alarm 'a' watches; "
                          "metric filter 'f' emits GpuOom in namespace Training (a namespace "
                          "mismatch)"));
  EXPECT_THAT(Messages({Filter("f", "Training", "GpuOom")}, {Alarm("training", "gpuoom")}),
              ElementsAre(HasSubstr("metric filter 'f' emits Training/GpuOom (names are "
                                    "case-sensitive)")));
  EXPECT_THAT(Messages({}, {Alarm("N", "M")}),
              ElementsAre("no metric filter emits N/M, which alarm 'a' watches"));
}

TEST(MeaningChecksTest, UnitTheFilterDoesNotPublish) {
  engine::AlarmSpec a = Alarm("N", "M");
  a.unit = "Seconds";
  EXPECT_THAT(Messages({Filter("f", "N", "M")}, {a}),
              ElementsAre("alarm 'a' asks for N/M in unit Seconds, but metric filter 'f' "
                          "publishes it in unit None; CloudWatch would give the alarm no data"));
}

TEST(MeaningChecksTest, StatisticsAConstantFilterCannotFeed) {
  engine::AlarmSpec a = Alarm("N", "M", engine::Statistic::kMaximum);
  a.threshold = 1;
  EXPECT_THAT(Messages({Filter("f", "N", "M")}, {a}),
              ElementsAre(HasSubstr("compares the Maximum of N/M GreaterThanThreshold 1, but "
                                    "metric filter 'f' only emits the value 1, so it can never "
                                    "go to ALARM")));
  a.threshold = 0.5;  // Maximum > 0.5 fires on any match
  EXPECT_THAT(Messages({Filter("f", "N", "M")}, {a}), IsEmpty());
  a.statistic.reset();
  a.extended_statistic = "p99";
  a.threshold = 2;
  engine::FilterSpec with_default = Filter("f", "N", "M");
  with_default.transformation.default_value = 0;
  EXPECT_THAT(Messages({with_default}, {a}),
              ElementsAre(HasSubstr("only emits values from 0 to 1")));
  // A value taken from the event can be anything.
  EXPECT_THAT(Messages({Filter("f", "N", "M", "$.x")}, {a}), IsEmpty());
}

TEST(MeaningChecksTest, SampleCountWithADefaultValueCountsEveryEvent) {
  engine::FilterSpec f = Filter("f", "N", "M");
  f.transformation.default_value = 0;
  EXPECT_THAT(Messages({f}, {Alarm("N", "M", engine::Statistic::kSampleCount)}),
              ElementsAre(HasSubstr("has a default_value, so every log event counts")));
}

TEST(MeaningChecksTest, CheckConfigReportsThemAtTheAlarm) {
  const LoadResult result = LoadConfigString(R"(log_groups:
  - {name: aiLogsGroup, files: [a.log]}
metric_filters:
  - name: anomalyMetricFilter
    log_group: aiLogsGroup
    pattern: "Error Exception"
    metric_transformation: {name: AnomalyOccurrences, namespace: AIWorkloadLogs, value: "1"}
alarms:
  - name: anomalyAlarm
    namespace: AIWorkloadLogs
    metric_name: AnomalyOccurrences
    dimensions: {LogGroupName: aiLogsGroup}
    statistic: Sum
    period: 300
    evaluation_periods: 1
    threshold: 0
    comparison_operator: GreaterThanThreshold
)",
                                             "seed.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_THAT(result.warnings[0].ToString(),
              HasSubstr("seed.yaml:9:11: warning: alarm 'anomalyAlarm' watches "
                        "AIWorkloadLogs/AnomalyOccurrences with dimension LogGroupName, which "
                        "metric filter 'anomalyMetricFilter' never emits"));
}

}  // namespace
}  // namespace tailwatch::config
