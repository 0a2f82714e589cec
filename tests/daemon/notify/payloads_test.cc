// Payload shapes of the three target types, the webhook signature string,
// topic ARN parsing and the backoff schedule.
#include "daemon/notify/payloads.h"

#include <gtest/gtest.h>

#include <set>

#include "daemon/notify/notifier.h"

namespace tailwatch::notify {
namespace {

engine::AlarmSpec Spec() {
  engine::AlarmSpec s;
  s.name = "anomalyAlarm";
  s.metric_namespace = "AIWorkloadLogs";
  s.metric_name = "AnomalyOccurrences";
  s.dimensions = {{"Rank", "3"}, {"namespace", "x"}, {"job-id", "j1"}};
  s.statistic = engine::Statistic::kSum;
  return s;
}

engine::AlarmEvent Event(engine::AlarmState from, engine::AlarmState to) {
  engine::AlarmEvent e;
  e.id = "0123456789abcdef0123456789abcdef";
  e.alarm_name = "anomalyAlarm";
  e.old_state = from;
  e.new_state = to;
  e.reason =
      "Threshold Crossed: 1 datapoint [2.0 (25/09/22 18:45:00)] was greater than the threshold "
      "(0.0).";
  e.time_ms = 1664131837811;  // 2022-09-25T18:50:37.811Z
  return e;
}

TEST(WebhookSignature, HmacOverTimestampDotBody) {
  // python3: hmac.new(b"s3cret", b'1700000000.{"a":1}', hashlib.sha256).hexdigest()
  EXPECT_EQ("sha256=1698a50bc74d1ff1db85c4e0a5297c2ad9fdba245d5737cdb789e4cc6e098940",
            WebhookSignature("s3cret", "1700000000", "{\"a\":1}"));
}

TEST(Alertmanager, FiringShape) {
  const std::string json = AlertmanagerAlertsJson(
      Event(engine::AlarmState::kOk, engine::AlarmState::kAlarm), Spec(), {}, 1664131900000);
  EXPECT_EQ(
      "[{\"labels\":{\"alertname\":\"anomalyAlarm\",\"namespace\":\"AIWorkloadLogs\","
      "\"metric_name\":\"AnomalyOccurrences\",\"Rank\":\"3\",\"dimension_namespace\":\"x\","
      "\"job_id\":\"j1\"},\"annotations\":{\"summary\":\"ALARM: \\\"anomalyAlarm\\\" in US West "
      "(Oregon)\",\"description\":\"Threshold Crossed: 1 datapoint [2.0 (25/09/22 18:45:00)] was "
      "greater than the threshold (0.0).\",\"new_state\":\"ALARM\",\"old_state\":\"OK\","
      "\"event_id\":\"0123456789abcdef0123456789abcdef\"},\"startsAt\":\"2022-09-25T18:50:37."
      "811Z\"}]",
      json);
}

TEST(Alertmanager, ResolvedHasEndsAtNowAndSameLabels) {
  const std::string firing = AlertmanagerAlertsJson(
      Event(engine::AlarmState::kOk, engine::AlarmState::kAlarm), Spec(), {}, 1664131900000);
  const std::string resolved = AlertmanagerAlertsJson(
      Event(engine::AlarmState::kAlarm, engine::AlarmState::kOk), Spec(), {}, 1664131900000);
  EXPECT_NE(std::string::npos, resolved.find(",\"endsAt\":\"2022-09-25T18:51:40.000Z\"}]"));
  EXPECT_EQ(std::string::npos, resolved.find("startsAt"));
  EXPECT_EQ(firing.substr(0, firing.find("\"annotations\"")),
            resolved.substr(0, resolved.find("\"annotations\"")));
}

TEST(Alertmanager, SampleLinesAnnotation) {
  engine::AlarmEvent event = Event(engine::AlarmState::kOk, engine::AlarmState::kAlarm);
  event.sample_lines = {
      engine::SampleLine{1664131745000, 6, "ERROR \"disk\" full", false, "app", "/var/log/a.log"},
      engine::SampleLine{1664131746000, 1, "cut", true, "app", ""}};
  const std::string json = AlertmanagerAlertsJson(event, Spec(), {}, 1664131900000);
  EXPECT_NE(std::string::npos,
            json.find(R"j("event_id":"0123456789abcdef0123456789abcdef","sample_lines":)j"
                      R"j("2022-09-25T18:49:05.000Z app /var/log/a.log: ERROR \"disk\" full\n)j"
                      R"j(2022-09-25T18:49:06.000Z app: cut [truncated]"},"startsAt")j"))
      << json;
}

TEST(Alertmanager, LogLocationsAnnotation) {
  engine::AlarmEvent event = Event(engine::AlarmState::kOk, engine::AlarmState::kAlarm);
  event.log_locations = {
      engine::LogLocation{"archive", "app", "twlogs", "n1/app/", 1664131500000, 1664131745000}};
  const std::string json = AlertmanagerAlertsJson(event, Spec(), {}, 1664131900000);
  EXPECT_NE(std::string::npos,
            json.find(R"j("log_locations":"s3://twlogs/n1/app/ 2022-09-25T18:45:00.000Z .. )j"
                      R"j(2022-09-25T18:49:05.000Z"},"startsAt")j"))
      << json;
}

TEST(Sns, MessageCarriesTheSampleLines) {
  engine::AlarmEvent event = Event(engine::AlarmState::kOk, engine::AlarmState::kAlarm);
  event.sample_lines = {engine::SampleLine{1664131745000, 6, "ERROR x", false, "app", ""}};
  const std::string message = engine::AlarmEventToCloudWatchJson(event, Spec(), {});
  const std::string body = SnsPublishBody("arn:aws:sns:us-west-2:123456789012:t", "s", message);
  EXPECT_NE(std::string::npos, body.find("SampleLogLines")) << body;
  EXPECT_NE(std::string::npos, body.find("ERROR+x")) << body;
}

TEST(Alertmanager, Url) {
  EXPECT_EQ("http://127.0.0.1:9093/api/v2/alerts", AlertmanagerAlertsUrl("http://127.0.0.1:9093"));
  EXPECT_EQ("http://127.0.0.1:9093/api/v2/alerts", AlertmanagerAlertsUrl("http://127.0.0.1:9093/"));
  EXPECT_EQ("http://am/x/api/v2/alerts", AlertmanagerAlertsUrl("http://am/x/api/v2/alerts"));
}

TEST(Sns, PublishBodyOrderAndEncoding) {
  EXPECT_EQ(
      "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%"
      "3Aalarms"
      "&Message=%7B%22a%22%3A1%7D&Subject=ALARM%3A+%22x%22+in+US+East+%28N.+Virginia%29",
      SnsPublishBody("arn:aws:sns:us-east-1:000000000000:alarms",
                     "ALARM: \"x\" in US East (N. Virginia)", "{\"a\":1}"));
  EXPECT_EQ("Action=Publish&Version=2010-03-31&TopicArn=t&Message=m", SnsPublishBody("t", "", "m"));
}

struct ArnCase {
  std::string name, arn;
  bool ok;
  std::string region, account, topic, endpoint;
};
class ArnTest : public ::testing::TestWithParam<ArnCase> {};
TEST_P(ArnTest, Parses) {
  const ArnCase& c = GetParam();
  auto arn = ParseSnsTopicArn(c.arn);
  ASSERT_EQ(c.ok, arn.has_value());
  if (!c.ok) return;
  EXPECT_EQ(c.region, arn->region);
  EXPECT_EQ(c.account, arn->account);
  EXPECT_EQ(c.topic, arn->name);
  EXPECT_EQ(c.endpoint, DefaultSnsEndpoint(*arn, ""));
}
INSTANTIATE_TEST_SUITE_P(
    Arns, ArnTest,
    ::testing::Values(ArnCase{"seed", "arn:aws:sns:us-west-2:123456789012:NotifyMe", true,
                              "us-west-2", "123456789012", "NotifyMe",
                              "https://sns.us-west-2.amazonaws.com/"},
                      ArnCase{"china", "arn:aws-cn:sns:cn-north-1:1:t", true, "cn-north-1", "1",
                              "t", "https://sns.cn-north-1.amazonaws.com.cn/"},
                      ArnCase{"not_sns", "arn:aws:sqs:us-east-1:1:q", false, "", "", "", ""},
                      ArnCase{"no_region", "arn:aws:sns::1:q", false, "", "", "", ""},
                      ArnCase{"target_name", "oncall", false, "", "", "", ""}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(Backoff, DoublesCapsAndJittersWithinHalf) {
  // random = 0 gives the lower bound d/2, random = d/2 the upper bound d.
  EXPECT_EQ(250, BackoffMs(1, 500, 60000, 0));
  EXPECT_EQ(500, BackoffMs(1, 500, 60000, 250));
  EXPECT_EQ(500, BackoffMs(2, 500, 60000, 0));
  EXPECT_EQ(2000, BackoffMs(4, 500, 60000, 0));
  EXPECT_EQ(30000, BackoffMs(20, 500, 60000, 0));
  EXPECT_EQ(60000, BackoffMs(200, 500, 60000, 30000));
  std::set<int64_t> seen;
  for (uint64_t r = 0; r < 1000; ++r) {
    const int64_t d = BackoffMs(3, 100, 1000, r * 7919);
    EXPECT_GE(d, 200);
    EXPECT_LE(d, 400);
    seen.insert(d);
  }
  EXPECT_GT(seen.size(), 50u);  // really jittered
}

TEST(ResolveAction, NamesArnsAndDefaults) {
  config::Config c;
  config::TargetConfig hook;
  hook.name = "oncall";
  config::TargetConfig sns;
  sns.name = "NotifyMe";
  sns.type = config::TargetConfig::Type::kSns;
  sns.topic_arn = "arn:aws:sns:us-west-2:123456789012:NotifyMe";
  sns.endpoint = "http://127.0.0.1:1/";
  c.targets = {hook, sns};
  auto by_name = ResolveAction("oncall", c);
  ASSERT_TRUE(by_name);
  EXPECT_EQ("oncall", by_name->name);
  auto by_arn = ResolveAction("arn:aws:sns:us-west-2:123456789012:NotifyMe", c);
  ASSERT_TRUE(by_arn);
  EXPECT_EQ("NotifyMe", by_arn->name);
  EXPECT_EQ("http://127.0.0.1:1/", by_arn->target.endpoint);
  EXPECT_EQ("arn:aws:sns:us-west-2:123456789012:NotifyMe", by_arn->topic_arn);
  auto implicit = ResolveAction("arn:aws:sns:eu-west-1:1:Other", c);
  ASSERT_TRUE(implicit);
  EXPECT_EQ("arn:aws:sns:eu-west-1:1:Other", implicit->name);
  EXPECT_EQ(config::TargetConfig::Type::kSns, implicit->target.type);
  EXPECT_TRUE(implicit->target.endpoint.empty());
  EXPECT_FALSE(ResolveAction("nobody", c));
}

}  // namespace
}  // namespace tailwatch::notify
