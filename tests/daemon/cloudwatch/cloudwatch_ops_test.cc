#include "daemon/cloudwatch/cloudwatch_ops.h"

#include <gtest/gtest.h>

#include "daemon/cloudwatch/wire_codecs.h"

namespace tailwatch::daemon::cloudwatch {
namespace {

constexpr int64_t kNow = 1796547600000;  // 2026-12-06T09:00:00Z

AlarmStatusRecord Alarm(std::string name, engine::AlarmState state, std::string action = "") {
  AlarmStatusRecord record;
  record.spec.name = std::move(name);
  record.spec.metric_namespace = "App";
  record.spec.metric_name = "Errors";
  record.spec.statistic = engine::Statistic::kSum;
  record.spec.period_seconds = 60;
  record.spec.threshold = 3;
  if (!action.empty()) record.spec.alarm_actions.push_back(action);
  record.state = state;
  record.reason = "because";
  return record;
}

AwsValue Query(std::string_view form) {
  auto parsed = ParseQueryForm(form);
  EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().message);
  return parsed ? parsed->params : AwsValue::Map();
}

std::vector<std::string> Names(const AwsValue& result) {
  std::vector<std::string> names;
  for (const AwsValue& alarm : result.Find("MetricAlarms")->items) {
    names.push_back(alarm.Find("AlarmName")->text);
  }
  return names;
}

TEST(DescribeAlarms, FiltersAndPaginates) {
  const std::vector<AlarmStatusRecord> alarms = {
      Alarm("web-5xx", engine::AlarmState::kAlarm, "arn:aws:sns:us-east-1:1:page"),
      Alarm("db-slow", engine::AlarmState::kOk),
      Alarm("web-latency", engine::AlarmState::kOk, "webhook:ops"),
  };
  auto all = DescribeAlarms(Query(""), alarms, "us-east-1");
  ASSERT_TRUE(all);
  EXPECT_EQ(Names(*all), (std::vector<std::string>{"db-slow", "web-5xx", "web-latency"}));
  EXPECT_EQ(Names(*DescribeAlarms(Query("AlarmNamePrefix=web-"), alarms, "us-east-1")),
            (std::vector<std::string>{"web-5xx", "web-latency"}));
  EXPECT_EQ(Names(*DescribeAlarms(Query("StateValue=ALARM"), alarms, "us-east-1")),
            (std::vector<std::string>{"web-5xx"}));
  EXPECT_EQ(Names(*DescribeAlarms(Query("ActionPrefix=webhook%3A"), alarms, "us-east-1")),
            (std::vector<std::string>{"web-latency"}));
  EXPECT_EQ(Names(*DescribeAlarms(Query("AlarmNames.member.1=db-slow&AlarmNames.member.2=nope"),
                                  alarms, "us-east-1")),
            (std::vector<std::string>{"db-slow"}));
  auto page = DescribeAlarms(Query("MaxRecords=2"), alarms, "us-east-1");
  ASSERT_TRUE(page);
  EXPECT_EQ(Names(*page).size(), 2u);
  const std::string token = page->Find("NextToken")->text;
  auto rest = DescribeAlarms(Query("MaxRecords=2&NextToken=" + token), alarms, "us-east-1");
  EXPECT_EQ(Names(*rest), (std::vector<std::string>{"web-latency"}));
  EXPECT_EQ(rest->Find("NextToken"), nullptr);

  const AwsValue& first = all->Find("MetricAlarms")->items[1];
  EXPECT_EQ(first.Find("AlarmArn")->text,
            "arn:aws:cloudwatch:us-east-1:000000000000:alarm:web-5xx");
  EXPECT_EQ(first.Find("StateValue")->text, "ALARM");
  EXPECT_EQ(first.Find("Statistic")->text, "Sum");
  EXPECT_DOUBLE_EQ(first.Find("Threshold")->number, 3);

  EXPECT_EQ(DescribeAlarms(Query("StateValue=RED"), alarms, "us-east-1").error().code,
            "InvalidParameterValue");
  EXPECT_EQ(DescribeAlarms(Query("MaxRecords=0"), alarms, "us-east-1").error().code,
            "InvalidParameterValue");
  EXPECT_EQ(DescribeAlarms(Query("AlarmNames.member.1=a&AlarmNamePrefix=b"), alarms, "us-east-1")
                .error()
                .code,
            "InvalidParameterCombination");
}

TEST(DescribeAlarmHistory, ReadsThePersistedTransitionsNewestFirst) {
  AlarmHistoryView view;
  view["web-5xx"] = std::make_shared<const std::vector<std::string>>(std::vector<std::string>{
      R"({"id":"1","alarm":"web-5xx","from":"INSUFFICIENT_DATA","to":"OK","time":"2026-12-06T08:00:00.000Z","reason":"r1"})",
      R"({"id":"2","alarm":"web-5xx","from":"OK","to":"ALARM","time":"2026-12-06T08:05:00.000Z","reason":"r2"})",
  });
  auto result = DescribeAlarmHistory(Query("AlarmName=web-5xx"), &view);
  ASSERT_TRUE(result);
  const auto& items = result->Find("AlarmHistoryItems")->items;
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].Find("HistorySummary")->text, "Alarm updated from OK to ALARM");
  EXPECT_EQ(items[0].Find("Timestamp")->integer, 1796544300000);
  EXPECT_EQ(items[0].Find("HistoryItemType")->text, "StateUpdate");
  auto ascending = DescribeAlarmHistory(
      Query("AlarmName=web-5xx&ScanBy=TimestampAscending&MaxRecords=1"), &view);
  ASSERT_TRUE(ascending);
  EXPECT_EQ(ascending->Find("AlarmHistoryItems")->items[0].Find("HistorySummary")->text,
            "Alarm updated from INSUFFICIENT_DATA to OK");
  EXPECT_EQ(ascending->Find("NextToken")->text, "1");
  EXPECT_TRUE(DescribeAlarmHistory(Query("AlarmName=other"), &view)
                  ->Find("AlarmHistoryItems")
                  ->items.empty());
  EXPECT_TRUE(DescribeAlarmHistory(Query("HistoryItemType=Action"), &view)
                  ->Find("AlarmHistoryItems")
                  ->items.empty());
}

TEST(DescribeAlarmHistory, TransitionsAtTheSameMillisecondKeepTheOrderTheyWereRecordedIn) {
  AlarmHistoryView view;
  view["q"] = std::make_shared<const std::vector<std::string>>(std::vector<std::string>{
      R"({"id":"1","alarm":"q","from":"ALARM","to":"OK","time":"2026-12-06T08:00:00.101Z","reason":"by hand"})",
      R"({"id":"2","alarm":"q","from":"OK","to":"ALARM","time":"2026-12-06T08:00:00.101Z","reason":"r"})",
  });
  auto newest = DescribeAlarmHistory(Query("AlarmName=q"), &view);
  ASSERT_TRUE(newest);
  EXPECT_EQ(newest->Find("AlarmHistoryItems")->items[0].Find("HistorySummary")->text,
            "Alarm updated from OK to ALARM");
  auto oldest = DescribeAlarmHistory(Query("AlarmName=q&ScanBy=TimestampAscending"), &view);
  ASSERT_TRUE(oldest);
  EXPECT_EQ(oldest->Find("AlarmHistoryItems")->items[0].Find("HistorySummary")->text,
            "Alarm updated from ALARM to OK");
}

TEST(PutMetricData, ValuesCountsAndStatisticSetsReachGetMetricStatistics) {
  auto plan = ParsePutMetricData(
      Query("Namespace=App&MetricData.member.1.MetricName=Latency"
            "&MetricData.member.1.Values.member.1=10&MetricData.member.1.Values.member.2=20"
            "&MetricData.member.1.Counts.member.1=1&MetricData.member.1.Counts.member.2=3"
            "&MetricData.member.2.MetricName=Latency"
            "&MetricData.member.2.StatisticValues.SampleCount=4"
            "&MetricData.member.2.StatisticValues.Sum=8"
            "&MetricData.member.2.StatisticValues.Minimum=1"
            "&MetricData.member.2.StatisticValues.Maximum=3"
            "&MetricData.member.3.MetricName=Latency&MetricData.member.3.Value=0.5"),
      kNow);
  ASSERT_TRUE(plan) << plan.error().message;
  engine::MetricStore store;
  EXPECT_EQ(ApplyPutMetricData(*plan, store), 0u);

  auto query = ParseGetMetricStatistics(
      Query("Namespace=App&MetricName=Latency&StartTime=2026-12-06T08:59:00Z"
            "&EndTime=2026-12-06T09:01:00Z&Period=60&Statistics.member.1=Sum"
            "&Statistics.member.2=SampleCount&Statistics.member.3=Minimum"
            "&Statistics.member.4=Maximum&Statistics.member.5=Average"));
  ASSERT_TRUE(query) << query.error().message;
  const AwsValue result = RunGetMetricStatistics(*query, store);
  const auto& points = result.Find("Datapoints")->items;
  ASSERT_EQ(points.size(), 1u);
  EXPECT_EQ(points[0].Find("Timestamp")->integer, kNow);
  EXPECT_DOUBLE_EQ(points[0].Find("SampleCount")->number, 9);
  EXPECT_DOUBLE_EQ(points[0].Find("Sum")->number, 10 + 60 + 8 + 0.5);
  EXPECT_DOUBLE_EQ(points[0].Find("Minimum")->number, 0.5);
  EXPECT_DOUBLE_EQ(points[0].Find("Maximum")->number, 20);
  EXPECT_DOUBLE_EQ(points[0].Find("Average")->number, 78.5 / 9);

  auto listed = RunListMetrics(*ParseListMetrics(Query("Namespace=App")), store);
  ASSERT_EQ(listed.Find("Metrics")->items.size(), 1u);
  EXPECT_EQ(listed.Find("Metrics")->items[0].Find("MetricName")->text, "Latency");

  auto data =
      ParseGetMetricData(Query("StartTime=2026-12-06T08:59:00Z&EndTime=2026-12-06T09:01:00Z"
                               "&MetricDataQueries.member.1.Id=m1"
                               "&MetricDataQueries.member.1.MetricStat.Metric.Namespace=App"
                               "&MetricDataQueries.member.1.MetricStat.Metric.MetricName=Latency"
                               "&MetricDataQueries.member.1.MetricStat.Period=60"
                               "&MetricDataQueries.member.1.MetricStat.Stat=Maximum"));
  ASSERT_TRUE(data) << data.error().message;
  const AwsValue answer = RunGetMetricData(*data, store);
  const AwsValue& m1 = answer.Find("MetricDataResults")->items.at(0);
  ASSERT_EQ(m1.Find("Values")->items.size(), 1u);
  EXPECT_DOUBLE_EQ(m1.Find("Values")->items[0].number, 20);
}

TEST(PutMetricData, RefusesWhatCloudWatchRefuses) {
  EXPECT_EQ(ParsePutMetricData(Query("Namespace=AWS/EC2&MetricData.member.1.MetricName=A"
                                     "&MetricData.member.1.Value=1"),
                               kNow)
                .error()
                .code,
            "InvalidParameterValue");
  EXPECT_EQ(ParsePutMetricData(Query("Namespace=A&MetricData.member.1.MetricName=A"
                                     "&MetricData.member.1.Value=1"
                                     "&MetricData.member.1.Values.member.1=1"),
                               kNow)
                .error()
                .code,
            "InvalidParameterCombination");
  EXPECT_EQ(ParsePutMetricData(Query("Namespace=A&MetricData.member.1.MetricName=A"
                                     "&MetricData.member.1.Value=1"
                                     "&MetricData.member.1.Timestamp=2026-11-01T00:00:00Z"),
                               kNow)
                .error()
                .code,
            "InvalidParameterValue");
  EXPECT_EQ(ParsePutMetricData(Query("Namespace=A"), kNow).error().code, "MissingParameter");
  EXPECT_EQ(ParseGetMetricStatistics(Query("Namespace=A&MetricName=B&StartTime=2026-12-01T00:00:00Z"
                                           "&EndTime=2026-12-06T00:00:00Z&Period=60"
                                           "&Statistics.member.1=Sum"))
                .error()
                .code,
            "InvalidParameterCombination");
  EXPECT_EQ(ParseGetMetricStatistics(Query("Namespace=A&MetricName=B&StartTime=2026-12-01T00:00:00Z"
                                           "&EndTime=2026-12-01T01:00:00Z&Period=7"
                                           "&Statistics.member.1=Sum"))
                .error()
                .code,
            "InvalidParameterValue");
}

}  // namespace
}  // namespace tailwatch::daemon::cloudwatch
