#include "engine/alarm/alarm_event.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace tailwatch::engine {
namespace {

AlarmSpec SpecFromSection5() {
  AlarmSpec spec;
  spec.name = "anomalyAlarm";
  spec.metric_namespace = "AIWorkloadLogs";
  spec.metric_name = "AnomalyOccurrences";
  spec.dimensions = {{"Rank", "3"}};
  spec.statistic = Statistic::kSum;
  spec.period_seconds = 300;
  spec.evaluation_periods = 1;
  spec.datapoints_to_alarm = 1;
  spec.threshold = 0;
  spec.comparison_operator = ComparisonOperator::kGreaterThanThreshold;
  spec.treat_missing_data = TreatMissingData::kMissing;
  spec.alarm_actions = {"arn:aws:sns:us-west-2:123456789012:NotifyMe"};
  return spec;
}

AlarmEvent EventFromSection5() {
  AlarmEvent event;
  event.alarm_name = "anomalyAlarm";
  event.old_state = AlarmState::kInsufficientData;
  event.new_state = AlarmState::kAlarm;
  event.reason =
      "Threshold Crossed: 1 out of the last 1 datapoints [6.0 (25/09/22 18:49:00)] was greater "
      "than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition).";
  event.time_ms = 1664131837811;  // 2022-09-25T18:50:37.811Z
  return event;
}

// The example of spec section 5, joined into one line as CloudWatch sends it.
constexpr std::string_view kSpecExample =
    R"j({"AlarmName":"anomalyAlarm","AlarmDescription":null,"AWSAccountId":"123456789012",)j"
    R"j("AlarmConfigurationUpdatedTimestamp":"2022-09-25T18:48:56.505+0000","NewStateValue":"ALARM",)j"
    R"j("NewStateReason":"Threshold Crossed: 1 out of the last 1 datapoints [6.0 (25/09/22 18:49:00)] was greater than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition).",)j"
    R"j("StateChangeTime":"2022-09-25T18:50:37.811+0000","Region":"US West (Oregon)",)j"
    R"j("AlarmArn":"arn:aws:cloudwatch:us-west-2:123456789012:alarm:anomalyAlarm","OldStateValue":"INSUFFICIENT_DATA",)j"
    R"j("OKActions":[],"AlarmActions":["arn:aws:sns:us-west-2:123456789012:NotifyMe"],"InsufficientDataActions":[],)j"
    R"j("Trigger":{"MetricName":"AnomalyOccurrences","Namespace":"AIWorkloadLogs","StatisticType":"Statistic",)j"
    R"j("Statistic":"SUM","Unit":null,"Dimensions":[{"value":"3","name":"Rank"}],"Period":300,"EvaluationPeriods":1,)j"
    R"j("DatapointsToAlarm":1,"ComparisonOperator":"GreaterThanThreshold","Threshold":0.0,)j"
    R"j("TreatMissingData":"missing","EvaluateLowSampleCountPercentile":""}})j";

TEST(CloudWatchJsonTest, MatchesSpecExampleByteForByte) {
  NotificationContext context;
  context.configuration_updated_ms = 1664131736505;  // 2022-09-25T18:48:56.505Z
  EXPECT_EQ(kSpecExample,
            AlarmEventToCloudWatchJson(EventFromSection5(), SpecFromSection5(), context));
}

struct JsonVariantCase {
  std::string name;
  void (*mutate)(AlarmSpec&);
  std::vector<std::string> contains;
  std::vector<std::string> absent;
};

class CloudWatchJsonVariantTest : public ::testing::TestWithParam<JsonVariantCase> {};

TEST_P(CloudWatchJsonVariantTest, FieldsFollowTheSpec) {
  AlarmSpec spec = SpecFromSection5();
  GetParam().mutate(spec);
  NotificationContext context;
  const std::string json = AlarmEventToCloudWatchJson(EventFromSection5(), spec, context);
  for (const std::string& s : GetParam().contains) EXPECT_NE(std::string::npos, json.find(s)) << s;
  for (const std::string& s : GetParam().absent) EXPECT_EQ(std::string::npos, json.find(s)) << s;
}

INSTANTIATE_TEST_SUITE_P(
    Variants, CloudWatchJsonVariantTest,
    ::testing::Values(JsonVariantCase{"DatapointsToAlarmOmittedWhenUnset",
                                      [](AlarmSpec& s) { s.datapoints_to_alarm.reset(); },
                                      {"\"EvaluationPeriods\":1,\"ComparisonOperator\""},
                                      {"DatapointsToAlarm"}},
                      JsonVariantCase{
                          "Percentile",
                          [](AlarmSpec& s) {
                            s.statistic.reset();
                            s.extended_statistic = "p99";
                            s.percentile = 99;
                          },
                          {R"j("StatisticType":"ExtendedStatistic","ExtendedStatistic":"p99")j",
                           R"j("EvaluateLowSampleCountPercentile":"evaluate")j"},
                          {"\"Statistic\":"}},
                      JsonVariantCase{"SampleCountUpperCase",
                                      [](AlarmSpec& s) { s.statistic = Statistic::kSampleCount; },
                                      {R"j("Statistic":"SAMPLE_COUNT")j"},
                                      {}},
                      JsonVariantCase{"DescriptionUnitAndEscaping",
                                      [](AlarmSpec& s) {
                                        s.description = "say \"hi\"";
                                        s.unit = "Count";
                                        s.threshold = 2.5;
                                      },
                                      {R"j("AlarmDescription":"say \"hi\"")j",
                                       R"j("Unit":"Count")j", R"j("Threshold":2.5)j"},
                                      {"null"}},
                      JsonVariantCase{"NoDimensions",
                                      [](AlarmSpec& s) { s.dimensions.clear(); },
                                      {R"j("Dimensions":[])j"},
                                      {}}),
    [](const auto& test_info) { return test_info.param.name; });

// A band alarm's Trigger, shaped as in CloudWatch's notification for an
// anomaly-detection alarm: the metric data queries, ThresholdMetricId and
// no Threshold.
TEST(CloudWatchJsonTest, BandAlarmTriggerNamesItsQueries) {
  AlarmSpec spec = SpecFromSection5();
  spec.period_seconds = 60;
  spec.datapoints_to_alarm.reset();
  spec.statistic = Statistic::kAverage;
  spec.comparison_operator = ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold;
  spec.band = BandSpec{"m1", "ad1", 0.592, "pod_cpu_utilization (expected)", true, true};
  const std::string json = AlarmEventToCloudWatchJson(EventFromSection5(), spec, {});
  EXPECT_NE(
      std::string::npos,
      json.find(
          R"j("Trigger":{"Period":60,"EvaluationPeriods":1,"ComparisonOperator":"LessThanLowerOrGreaterThanUpperThreshold",)j"
          R"j("ThresholdMetricId":"ad1","TreatMissingData":"missing","EvaluateLowSampleCountPercentile":"",)j"
          R"j("Metrics":[{"Id":"m1","MetricStat":{"Metric":{"Dimensions":[{"value":"3","name":"Rank"}],)j"
          R"j("MetricName":"AnomalyOccurrences","Namespace":"AIWorkloadLogs"},"Period":60,"Stat":"Average"},)j"
          R"j("ReturnData":true},{"Expression":"ANOMALY_DETECTION_BAND(m1, 0.592)","Id":"ad1",)j"
          R"j("Label":"pod_cpu_utilization (expected)","ReturnData":true}]}})j"))
      << json;
  EXPECT_EQ(std::string::npos, json.find("\"Threshold\":"));
}

std::vector<SampleLine> TwoSampleLines() {
  return {SampleLine{1664131745000, 6, "ERROR <script>alert(1)</script> \"quoted\"", false, "app",
                     "/var/log/app.log"},
          SampleLine{1664131746500, 1.5, std::string(512, 'x'), true, "app", ""}};
}

TEST(CloudWatchJsonTest, SampleLinesFollowTriggerAndNothingElseChanges) {
  NotificationContext context;
  context.configuration_updated_ms = 1664131736505;
  AlarmEvent event = EventFromSection5();
  event.sample_lines = TwoSampleLines();
  const std::string json = AlarmEventToCloudWatchJson(event, SpecFromSection5(), context);
  const std::string without_last_brace(kSpecExample.substr(0, kSpecExample.size() - 1));
  ASSERT_EQ(without_last_brace, json.substr(0, without_last_brace.size()));
  EXPECT_EQ(
      R"j(,"SampleLogLines":[{"Timestamp":"2022-09-25T18:49:05.000+0000","LogGroup":"app",)j"
      R"j("Source":"/var/log/app.log","Message":"ERROR <script>alert(1)</script> \"quoted\"",)j"
      R"j("Truncated":false,"Value":6.0},{"Timestamp":"2022-09-25T18:49:06.500+0000",)j"
      R"j("LogGroup":"app","Source":null,"Message":")j" +
          std::string(512, 'x') + R"j(","Truncated":true,"Value":1.5}]})j",
      json.substr(without_last_brace.size()));

  // A band alarm's message gets them after its Trigger too.
  AlarmSpec band = SpecFromSection5();
  band.comparison_operator = ComparisonOperator::kGreaterThanUpperThreshold;
  band.band = BandSpec{"m1", "ad1", 2, "", true, true};
  const std::string band_json = AlarmEventToCloudWatchJson(event, band, context);
  EXPECT_NE(std::string::npos, band_json.find(R"j("ReturnData":true}]},"SampleLogLines":[{)j"))
      << band_json;
  EXPECT_EQ('}', band_json.back());
}

TEST(CloudWatchJsonTest, LogLocationsFollowTheSampleLines) {
  NotificationContext context;
  context.configuration_updated_ms = 1664131736505;
  AlarmEvent event = EventFromSection5();
  event.log_locations = {
      LogLocation{"archive", "app", "twlogs", "nodes/n1/app/", 1664131500000, 1664131745000}};
  std::string json = AlarmEventToCloudWatchJson(event, SpecFromSection5(), context);
  const std::string without_last_brace(kSpecExample.substr(0, kSpecExample.size() - 1));
  ASSERT_EQ(without_last_brace, json.substr(0, without_last_brace.size()));
  EXPECT_EQ(
      R"j(,"LogLocations":[{"Sink":"archive","LogGroup":"app","Bucket":"twlogs",)j"
      R"j("KeyPrefix":"nodes/n1/app/","Url":"s3://twlogs/nodes/n1/app/",)j"
      R"j("StartTime":"2022-09-25T18:45:00.000+0000","EndTime":"2022-09-25T18:49:05.000+0000"}]})j",
      json.substr(without_last_brace.size()));
  event.sample_lines = TwoSampleLines();
  json = AlarmEventToCloudWatchJson(event, SpecFromSection5(), context);
  EXPECT_LT(json.find("\"SampleLogLines\""), json.find("\"LogLocations\""));

  std::string api;
  AppendLogLocationsApiJson(api, event.log_locations);
  EXPECT_EQ(
      R"j([{"sink":"archive","log_group":"app","bucket":"twlogs","key_prefix":"nodes/n1/app/",)j"
      R"j("url":"s3://twlogs/nodes/n1/app/","start":"2022-09-25T18:45:00.000Z",)j"
      R"j("end":"2022-09-25T18:49:05.000Z"}])j",
      api);
}

TEST(SampleLinesApiJsonTest, SnakeCaseWithIsoTimes) {
  std::string out;
  AppendSampleLinesApiJson(out, TwoSampleLines());
  EXPECT_EQ(
      R"j([{"time":"2022-09-25T18:49:05.000Z","log_group":"app","source":"/var/log/app.log",)j"
      R"j("message":"ERROR <script>alert(1)</script> \"quoted\"","truncated":false,"value":6.0},)j"
      R"j({"time":"2022-09-25T18:49:06.500Z","log_group":"app","source":null,"message":")j" +
          std::string(512, 'x') + R"j(","truncated":true,"value":1.5}])j",
      out);
}

TEST(CloudWatchJsonTest, RegionLongNames) {
  EXPECT_EQ("US West (Oregon)", RegionLongName("us-west-2"));
  EXPECT_EQ("US East (N. Virginia)", RegionLongName("us-east-1"));
  EXPECT_EQ("EU (Frankfurt)", RegionLongName("eu-central-1"));
  EXPECT_EQ("xx-nowhere-9", RegionLongName("xx-nowhere-9"));
  NotificationContext context;
  context.region = "eu-west-1";
  context.account_id = "000000000000";
  const std::string json =
      AlarmEventToCloudWatchJson(EventFromSection5(), SpecFromSection5(), context);
  EXPECT_NE(std::string::npos, json.find(R"j("Region":"EU (Ireland)")j"));
  EXPECT_NE(
      std::string::npos,
      json.find(R"j("AlarmArn":"arn:aws:cloudwatch:eu-west-1:000000000000:alarm:anomalyAlarm")j"));
  // Without a configuration timestamp, the event time stands in.
  EXPECT_NE(std::string::npos,
            json.find(R"j("AlarmConfigurationUpdatedTimestamp":"2022-09-25T18:50:37.811+0000")j"));
}

TEST(AlarmEventTest, SubjectNamesStateAlarmAndRegion) {
  EXPECT_EQ("ALARM: \"anomalyAlarm\" in US West (Oregon)",
            AlarmEventSubject(EventFromSection5(), NotificationContext{}));
  AlarmEvent long_event = EventFromSection5();
  long_event.alarm_name = std::string(200, 'a');
  EXPECT_EQ(100u, AlarmEventSubject(long_event, NotificationContext{}).size());
  // "ALARM: \"" is 8 bytes; 46 two-byte characters end at byte 100 exactly,
  // 47 would straddle it and are cut before the straddling one.
  long_event.alarm_name.clear();
  for (int i = 0; i < 47; ++i) long_event.alarm_name += "\xc3\xa9";
  const std::string subject = AlarmEventSubject(long_event, NotificationContext{});
  EXPECT_EQ(8u + 46 * 2, subject.size());
}

TEST(AlarmEventTest, IdsAreDeterministicAndDistinct) {
  std::set<std::string> ids;
  for (uint64_t seq = 0; seq < 100; ++seq) {
    ids.insert(MakeAlarmEventId("a", 60000, seq));
    ids.insert(MakeAlarmEventId("b", 60000, seq));
    ids.insert(MakeAlarmEventId("a", 120000, seq));
  }
  EXPECT_EQ(300u, ids.size());
  EXPECT_EQ(MakeAlarmEventId("a", 1, 2), MakeAlarmEventId("a", 1, 2));
  EXPECT_EQ(32u, MakeAlarmEventId("a", 1, 2).size());
}

}  // namespace
}  // namespace tailwatch::engine
