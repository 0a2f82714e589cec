#include "daemon/cloudwatch/alarm_definition_ops.h"

#include <gtest/gtest.h>

#include "daemon/cloudwatch/wire_codecs.h"

namespace tailwatch::daemon::cloudwatch {
namespace {

AwsValue Query(std::string_view form) {
  auto parsed = ParseQueryForm(form);
  EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().message);
  return parsed ? parsed->params : AwsValue::Map();
}

constexpr std::string_view kPut =
    "Action=PutMetricAlarm&Version=2010-08-01&AlarmName=api-high&Namespace=App&MetricName=Errors"
    "&Statistic=Sum&Period=60&EvaluationPeriods=3&DatapointsToAlarm=2&Threshold=5"
    "&ComparisonOperator=GreaterThanThreshold&TreatMissingData=notBreaching"
    "&Dimensions.member.1.Name=Host&Dimensions.member.1.Value=a"
    "&AlarmActions.member.1=arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3Apage";

config::Config RunningWithFileAlarm() {
  config::Config running;
  engine::AlarmSpec file_alarm;
  file_alarm.name = "file-alarm";
  running.alarms.push_back(file_alarm);
  engine::AlarmSpec api_alarm;
  api_alarm.name = "api-high";
  running.alarms.push_back(api_alarm);
  running.api_alarm_names = {"api-high"};
  return running;
}

TEST(PutMetricAlarm, ReadsTheRequestLikeImport) {
  auto alarm = ParsePutMetricAlarm(Query(kPut));
  ASSERT_TRUE(alarm) << alarm.error().message;
  EXPECT_EQ(alarm->name, "api-high");
  EXPECT_EQ(alarm->metric_namespace, "App");
  EXPECT_EQ(alarm->metric_name, "Errors");
  EXPECT_EQ(alarm->statistic, engine::Statistic::kSum);
  EXPECT_EQ(alarm->period_seconds, 60);
  EXPECT_EQ(alarm->evaluation_periods, 3);
  EXPECT_EQ(alarm->datapoints_to_alarm, 2);
  EXPECT_EQ(alarm->threshold, 5);
  EXPECT_EQ(alarm->comparison_operator, engine::ComparisonOperator::kGreaterThanThreshold);
  EXPECT_EQ(alarm->treat_missing_data, engine::TreatMissingData::kNotBreaching);
  EXPECT_EQ(alarm->dimensions, (std::vector<std::pair<std::string, std::string>>{{"Host", "a"}}));
  EXPECT_EQ(alarm->alarm_actions,
            std::vector<std::string>{"arn:aws:sns:us-east-1:000000000000:page"});
}

TEST(PutMetricAlarm, RefusesWhatImportWouldNotCarry) {
  auto no_name = ParsePutMetricAlarm(Query("Action=PutMetricAlarm&Namespace=App"));
  ASSERT_FALSE(no_name);
  EXPECT_EQ(no_name.error().code, "MissingParameter");
  auto metrics = ParsePutMetricAlarm(
      Query(std::string(kPut) + "&Metrics.member.1.Id=m1&Metrics.member.1.Expression=m1"));
  ASSERT_FALSE(metrics);
  EXPECT_EQ(metrics.error().code, "InvalidParameterValue");
  auto lambda = ParsePutMetricAlarm(
      Query(std::string(kPut) + "&OKActions.member.1=arn%3Aaws%3Alambda%3Aus-east-1%3A1%3Af"));
  ASSERT_FALSE(lambda);
  EXPECT_NE(lambda.error().message.find("not an SNS topic"), std::string::npos)
      << lambda.error().message;
  auto bad_operator = ParsePutMetricAlarm(
      Query("Action=PutMetricAlarm&AlarmName=x&Namespace=App&MetricName=E&Statistic=Sum&Period=60"
            "&EvaluationPeriods=1&Threshold=1&ComparisonOperator=Sideways"));
  ASSERT_FALSE(bad_operator);
  EXPECT_EQ(bad_operator.error().code, "InvalidParameterValue");
}

TEST(PutAlarmEdit, AddsReplacesAndLeavesTheFilesAlarmAlone) {
  const config::Config running = RunningWithFileAlarm();
  config::ApiDefinitions document;
  engine::AlarmSpec alarm = *ParsePutMetricAlarm(Query(kPut));
  EXPECT_TRUE(PutAlarmEdit(alarm, document, running).changed);
  ASSERT_EQ(document.alarms.size(), 1u);
  EXPECT_FALSE(PutAlarmEdit(alarm, document, running).changed);  // the same again
  alarm.threshold = 9;
  EXPECT_TRUE(PutAlarmEdit(alarm, document, running).changed);
  ASSERT_EQ(document.alarms.size(), 1u);
  EXPECT_EQ(document.alarms[0].threshold, 9);
  alarm.name = "file-alarm";
  const DefinitionsVerdict refused = PutAlarmEdit(alarm, document, running);
  EXPECT_EQ(refused.error_code, "InvalidParameterValue");
  EXPECT_NE(refused.error_message.find("configuration file"), std::string::npos);
}

TEST(DeleteAlarmsEdit, AllOrNone) {
  const config::Config running = RunningWithFileAlarm();
  config::ApiDefinitions document;
  document.alarms.resize(2);
  document.alarms[0].name = "api-high";
  document.alarms[1].name = "api-low";
  EXPECT_EQ(DeleteAlarmsEdit({"api-high", "nope"}, document, running).error_code,
            "ResourceNotFound");
  EXPECT_EQ(DeleteAlarmsEdit({"api-high", "file-alarm"}, document, running).error_code,
            "InvalidParameterValue");
  EXPECT_EQ(document.alarms.size(), 2u);
  EXPECT_TRUE(DeleteAlarmsEdit({"api-high", "api-low"}, document, running).changed);
  EXPECT_TRUE(document.alarms.empty());
}

TEST(SetActionsEnabledEdit, PersistsTheFlagAndIgnoresUnknownNames) {
  const config::Config running = RunningWithFileAlarm();
  config::ApiDefinitions document;
  document.alarms.resize(1);
  document.alarms[0].name = "api-high";
  EXPECT_TRUE(SetActionsEnabledEdit({"api-high", "nope"}, false, document, running).changed);
  EXPECT_FALSE(document.alarms[0].actions_enabled);
  EXPECT_FALSE(SetActionsEnabledEdit({"api-high"}, false, document, running).changed);
  EXPECT_EQ(SetActionsEnabledEdit({"file-alarm"}, true, document, running).error_code,
            "InvalidParameterValue");
}

TEST(DefinitionsAnswer, MapsOutcomesToCloudWatchErrors) {
  EXPECT_TRUE(DefinitionsAnswer({DefinitionsOutcome::Kind::kApplied, "", ""}));
  auto invalid = DefinitionsAnswer({DefinitionsOutcome::Kind::kInvalid, "", "period: bad"});
  ASSERT_FALSE(invalid);
  EXPECT_EQ(invalid.error().code, "InvalidParameterValue");
  EXPECT_EQ(invalid.error().message, "period: bad");
  auto gone = DefinitionsAnswer({DefinitionsOutcome::Kind::kUnavailable, "", "stopping"});
  ASSERT_FALSE(gone);
  EXPECT_EQ(gone.error().status, 503);
}

}  // namespace
}  // namespace tailwatch::daemon::cloudwatch
