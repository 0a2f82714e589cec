// Anomaly-detection bands over the CloudWatch API: a band alarm made with
// PutMetricAlarm's Metrics comes back the same from DescribeAlarms, and
// GetMetricData's ANOMALY_DETECTION_BAND answers the band the model recorded.
#include <gtest/gtest.h>

#include "config/importer.h"
#include "daemon/cloudwatch/alarm_definition_ops.h"
#include "daemon/cloudwatch/cloudwatch_ops.h"
#include "daemon/cloudwatch/wire_codecs.h"
#include "engine/alarm/format.h"

namespace tailwatch::daemon::cloudwatch {
namespace {

constexpr int64_t kStart = 1796547600000;  // 2026-12-06T09:00:00Z

AwsValue Query(std::string_view form) {
  auto parsed = ParseQueryForm(form);
  EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().message);
  return parsed ? parsed->params : AwsValue::Map();
}

constexpr std::string_view kPutBand =
    "Action=PutMetricAlarm&Version=2010-08-01&AlarmName=latency-band&EvaluationPeriods=3"
    "&DatapointsToAlarm=2&ComparisonOperator=LessThanLowerOrGreaterThanUpperThreshold"
    "&TreatMissingData=ignore&ThresholdMetricId=ad1"
    "&Metrics.member.1.Id=m1&Metrics.member.1.ReturnData=true"
    "&Metrics.member.1.MetricStat.Metric.Namespace=App"
    "&Metrics.member.1.MetricStat.Metric.MetricName=Latency"
    "&Metrics.member.1.MetricStat.Metric.Dimensions.member.1.Name=Host"
    "&Metrics.member.1.MetricStat.Metric.Dimensions.member.1.Value=a"
    "&Metrics.member.1.MetricStat.Period=60&Metrics.member.1.MetricStat.Stat=Average"
    "&Metrics.member.2.Id=ad1&Metrics.member.2.Expression=ANOMALY_DETECTION_BAND(m1%2C%202.5)"
    "&Metrics.member.2.Label=expected";

TEST(PutMetricAlarmBand, MakesTheBandAlarmThatDescribeAlarmsGivesBack) {
  auto alarm = ParsePutMetricAlarm(Query(kPutBand));
  ASSERT_TRUE(alarm) << alarm.error().message;
  ASSERT_TRUE(alarm->band.has_value());
  EXPECT_EQ(*alarm->band, (engine::BandSpec{"m1", "ad1", 2.5, "expected", true, true}));
  EXPECT_EQ(alarm->metric_name, "Latency");
  EXPECT_EQ(alarm->period_seconds, 60);
  EXPECT_EQ(alarm->statistic, engine::Statistic::kAverage);
  EXPECT_EQ(alarm->comparison_operator,
            engine::ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold);

  AlarmStatusRecord record;
  record.spec = *alarm;
  auto described = DescribeAlarms(Query(""), {record}, "us-east-1");
  ASSERT_TRUE(described);
  // What DescribeAlarms says reads back (as `tailwatch import` reads it) as
  // the same alarm.
  AwsValue document = AwsValue::Map();
  document.Set("MetricAlarms", *described->Find("MetricAlarms"));
  const config::ImportResult back = config::ImportText(Json10Body(document), "described.json");
  ASSERT_EQ(back.config.alarms.size(), 1u);
  EXPECT_EQ(back.config.alarms[0], *alarm);
}

TEST(PutMetricAlarmBand, OtherMetricMathIsRefusedWithThePlace) {
  std::string form(kPutBand);
  form.replace(form.find("ANOMALY_DETECTION_BAND(m1%2C%202.5)"),
               std::string("ANOMALY_DETECTION_BAND(m1%2C%202.5)").size(), "m1*2");
  auto refused = ParsePutMetricAlarm(Query(form));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "InvalidParameterValue");
  EXPECT_NE(refused.error().message.find("/Metrics/1/Expression: only ANOMALY_DETECTION_BAND"),
            std::string::npos)
      << refused.error().message;
}

MetricDataRequest BandRequest(int64_t start_ms, int64_t end_ms, const std::string& stat,
                              bool ascending = true) {
  auto request = ParseGetMetricData(Query(
      "StartTime=" + engine::FormatIso8601(start_ms) + "&EndTime=" + engine::FormatIso8601(end_ms) +
      (ascending ? "&ScanBy=TimestampAscending" : "") +
      "&MetricDataQueries.member.1.Id=m1"
      "&MetricDataQueries.member.1.MetricStat.Metric.Namespace=App"
      "&MetricDataQueries.member.1.MetricStat.Metric.MetricName=Latency"
      "&MetricDataQueries.member.1.MetricStat.Period=60"
      "&MetricDataQueries.member.1.MetricStat.Stat=" +
      stat +
      "&MetricDataQueries.member.1.ReturnData=false"
      "&MetricDataQueries.member.2.Id=ad1"
      "&MetricDataQueries.member.2.Expression=ANOMALY_DETECTION_BAND(m1%2C3)"
      "&MetricDataQueries.member.2.Label=band"));
  EXPECT_TRUE(request) << request.error().message;
  return request ? *request : MetricDataRequest{};
}

TEST(GetMetricDataBand, AnswersTheBandTheModelPredicted) {
  const engine::MetricKey key{"App", "Latency", {}};
  engine::anomaly::BandSeriesSpec series;
  series.key = key;
  series.statistic = engine::Statistic::kAverage;
  series.period_seconds = 60;
  series.history_periods = 10;
  engine::anomaly::BandTracker bands({series});
  engine::MetricStore store;
  bands.WatchMetrics(store);
  constexpr int kPeriods = 60;
  for (int i = 0; i < kPeriods; ++i) {
    store.Add(key, kStart + i * 60000 + 5000, 100 + (i % 7));
  }
  bands.AdvanceAll(kStart + kPeriods * 60000, store);
  const std::vector<engine::anomaly::BandPoint>& recent = bands.recent(0);
  ASSERT_EQ(recent.size(), 10u);
  ASSERT_TRUE(recent.back().prediction.has_value());

  // The last 5 periods, ascending.
  const int64_t from = kStart + (kPeriods - 5) * 60000;
  const AwsValue answer =
      RunGetMetricData(BandRequest(from, kStart + kPeriods * 60000, "Average"), store, &bands);
  const auto& results = answer.Find("MetricDataResults")->items;
  ASSERT_EQ(results.size(), 2u);  // m1 has ReturnData false; the band is two series
  EXPECT_EQ(results[0].Find("Id")->text, "ad1");
  EXPECT_EQ(results[0].Find("Label")->text, "band Lower");
  EXPECT_EQ(results[1].Find("Label")->text, "band Upper");
  const auto& times = results[0].Find("Timestamps")->items;
  ASSERT_EQ(times.size(), 5u);
  for (size_t j = 0; j < 5; ++j) {
    const engine::anomaly::BandPoint& point = recent[5 + j];
    ASSERT_TRUE(point.prediction.has_value());
    const auto [lower, upper] = bands.Bounds(0, *point.prediction, 3);
    EXPECT_EQ(times[j].integer, point.period_start_ms);
    EXPECT_DOUBLE_EQ(results[0].Find("Values")->items[j].number, lower);
    EXPECT_DOUBLE_EQ(results[1].Find("Values")->items[j].number, upper);
    EXPECT_EQ(results[1].Find("Timestamps")->items[j].integer, point.period_start_ms);
    EXPECT_LT(lower, upper);
  }

  // Newest first by default.
  const AwsValue descending = RunGetMetricData(
      BandRequest(from, kStart + kPeriods * 60000, "Average", false), store, &bands);
  EXPECT_EQ(descending.Find("MetricDataResults")->items[0].Find("Timestamps")->items[0].integer,
            recent.back().period_start_ms);

  // No model for Maximum of that metric: the band is empty, as while a new
  // model trains on AWS.
  const AwsValue none =
      RunGetMetricData(BandRequest(from, kStart + kPeriods * 60000, "Maximum"), store, &bands);
  ASSERT_EQ(none.Find("MetricDataResults")->items.size(), 2u);
  EXPECT_TRUE(none.Find("MetricDataResults")->items[0].Find("Values")->items.empty());
  EXPECT_EQ(none.Find("MetricDataResults")->items[0].Find("StatusCode")->text, "Complete");
}

TEST(GetMetricDataBand, OtherExpressionsAndUnknownIdsAreRefused) {
  const std::string head =
      "StartTime=2026-12-06T08:00:00Z&EndTime=2026-12-06T09:00:00Z"
      "&MetricDataQueries.member.1.Id=m1"
      "&MetricDataQueries.member.1.MetricStat.Metric.Namespace=App"
      "&MetricDataQueries.member.1.MetricStat.Metric.MetricName=Latency"
      "&MetricDataQueries.member.1.MetricStat.Period=60"
      "&MetricDataQueries.member.1.MetricStat.Stat=Sum"
      "&MetricDataQueries.member.2.Id=e1&MetricDataQueries.member.2.Expression=";
  auto math = ParseGetMetricData(Query(head + "m1%2A2"));
  ASSERT_FALSE(math);
  EXPECT_EQ(math.error().code, "InvalidParameterValue");
  EXPECT_NE(math.error().message.find("other than ANOMALY_DETECTION_BAND"), std::string::npos);
  auto unknown = ParseGetMetricData(Query(head + "ANOMALY_DETECTION_BAND(m9)"));
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, "InvalidParameterValue");
  EXPECT_NE(unknown.error().message.find("'m9'"), std::string::npos);
}

}  // namespace
}  // namespace tailwatch::daemon::cloudwatch
