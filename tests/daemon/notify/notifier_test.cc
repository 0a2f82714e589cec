// The Notifier end to end over real sockets: a local HttpServer stands in for
// the webhook / Alertmanager / SNS receivers and answers scripted statuses.
// Checks signatures (HMAC, SigV4 re-computed from what was received), order
// under failures, retries and drops counted, and restart recovery from the
// outbox.
#include "daemon/notify/notifier.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <chrono>
#include <deque>
#include <filesystem>
#include <thread>

#include "daemon/http/http_server.h"
#include "daemon/notify/outbox.h"
#include "daemon/notify/payloads.h"
#include "daemon/notify/sigv4.h"

namespace tailwatch::notify {
namespace {

namespace fs = std::filesystem;
using engine::AlarmState;

std::string Header(const http::HttpRequest& r, std::string_view name) {
  for (const auto& [k, v] : r.headers) {
    if (k.size() == name.size() && strncasecmp(k.c_str(), name.data(), name.size()) == 0) return v;
  }
  return "";
}

// A receiver on 127.0.0.1:0 recording every request; answers the scripted
// statuses in order, then 200.
class Receiver {
 public:
  Receiver() {
    http::HttpServerOptions o;
    o.listen = "127.0.0.1:0";
    server_ = std::make_unique<http::HttpServer>(ioc_, o);
    for (const char* path : {"/hook", "/api/v2/alerts", "/"}) {
      server_->Route("POST", path, [this](http::HttpRequest&& request, http::Responder respond) {
        http::HttpResponse response;
        {
          std::lock_guard<std::mutex> lock(mu_);
          if (!script_.empty()) {
            response.status = script_.front();
            script_.pop_front();
          }
          if (response.status / 100 == 2) received_.push_back(request);
          ++attempts_;
        }
        respond(std::move(response));
      });
    }
    EXPECT_TRUE(server_->Start().has_value());
    thread_ = std::thread([this] { ioc_.run(); });
  }
  ~Receiver() {
    server_->Stop();
    ioc_.stop();
    thread_.join();
  }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(server_->port()) + path;
  }
  void Script(std::deque<int> statuses) {
    std::lock_guard<std::mutex> lock(mu_);
    script_ = std::move(statuses);
  }
  std::vector<http::HttpRequest> received() const {
    std::lock_guard<std::mutex> lock(mu_);
    return received_;
  }
  int attempts() const {
    std::lock_guard<std::mutex> lock(mu_);
    return attempts_;
  }

 private:
  boost::asio::io_context ioc_;
  std::unique_ptr<http::HttpServer> server_;
  std::thread thread_;
  mutable std::mutex mu_;
  std::deque<int> script_;
  std::vector<http::HttpRequest> received_;
  int attempts_ = 0;
};

engine::AlarmSpec Spec(std::vector<std::string> alarm_actions,
                       std::vector<std::string> ok_actions = {}) {
  engine::AlarmSpec s;
  s.name = "anomalyAlarm";
  s.metric_namespace = "AIWorkloadLogs";
  s.metric_name = "AnomalyOccurrences";
  s.statistic = engine::Statistic::kSum;
  s.alarm_actions = std::move(alarm_actions);
  s.ok_actions = std::move(ok_actions);
  return s;
}

engine::AlarmEvent Event(int n, AlarmState to) {
  engine::AlarmEvent e;
  e.id = "event-" + std::to_string(n);
  e.alarm_name = "anomalyAlarm";
  e.old_state = to == AlarmState::kAlarm ? AlarmState::kOk : AlarmState::kAlarm;
  e.new_state = to;
  e.reason = "reason " + std::to_string(n);
  e.time_ms = 1664131837811 + n * 60000;
  return e;
}

config::TargetConfig Target(std::string name, config::TargetConfig::Type type, std::string url) {
  config::TargetConfig t;
  t.name = std::move(name);
  t.type = type;
  t.url = std::move(url);
  t.timeout_ms = 2000;
  t.initial_backoff_ms = 5;
  t.max_backoff_ms = 20;
  t.max_attempts = 0;
  return t;
}

class NotifierTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "/tw_notifier_" + std::to_string(::getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  NotifierOptions Options() {
    NotifierOptions o;
    o.outbox_dir = dir_;
    o.jitter_seed = 42;
    return o;
  }
  std::string dir_;
  exporter::MetricsRegistry metrics_;
};

TEST_F(NotifierTest, WebhookSignedWithHmacAndEventId) {
  Receiver receiver;
  config::Config c;
  auto t = Target("oncall", config::TargetConfig::Type::kWebhook, receiver.Url("/hook"));
  t.hmac_secret = "s3cret";
  c.targets = {t};
  Notifier n(Options(), &metrics_);
  ASSERT_TRUE(n.Start(c).has_value());
  const engine::AlarmSpec spec = Spec({"oncall"});
  n.Enqueue(Event(1, AlarmState::kAlarm), spec);
  ASSERT_TRUE(n.WaitIdle(10000));
  auto got = receiver.received();
  ASSERT_EQ(1u, got.size());
  const http::HttpRequest& r = got[0];
  EXPECT_EQ("event-1", Header(r, "X-Tailwatch-Event-Id"));
  EXPECT_EQ("application/json", Header(r, "Content-Type"));
  EXPECT_EQ(engine::AlarmEventToCloudWatchJson(Event(1, AlarmState::kAlarm), spec, {}), r.body);
  const std::string ts = Header(r, "X-Tailwatch-Timestamp");
  ASSERT_FALSE(ts.empty());
  EXPECT_EQ(WebhookSignature("s3cret", ts, r.body), Header(r, "X-Tailwatch-Signature"));
  EXPECT_NE(std::string::npos, metrics_.SerializeText().find("result=\"delivered\""));
}

TEST_F(NotifierTest, OrderKeptThroughFailuresAndRetriesCounted) {
  Receiver receiver;
  receiver.Script({503, 503, 500, 200, 429, 200});
  config::Config c;
  c.targets = {Target("oncall", config::TargetConfig::Type::kWebhook, receiver.Url("/hook"))};
  Notifier n(Options(), &metrics_);
  ASSERT_TRUE(n.Start(c).has_value());
  const engine::AlarmSpec spec = Spec({"oncall"}, {"oncall"});
  for (int i = 1; i <= 6; ++i)
    n.Enqueue(Event(i, i % 2 ? AlarmState::kAlarm : AlarmState::kOk), spec);
  ASSERT_TRUE(n.WaitIdle(10000));
  auto got = receiver.received();
  ASSERT_EQ(6u, got.size());
  for (int i = 1; i <= 6; ++i)
    EXPECT_EQ("event-" + std::to_string(i), Header(got[i - 1], "X-Tailwatch-Event-Id"));
  EXPECT_EQ(10, receiver.attempts());
  const std::string text = metrics_.SerializeText();
  EXPECT_NE(std::string::npos,
            text.find("tailwatch_notification_retries_total{target=\"oncall\"} 4"));
  EXPECT_NE(std::string::npos,
            text.find("tailwatch_notification_outbox_events{target=\"oncall\"} 0"));
}

TEST_F(NotifierTest, RejectedAndExhaustedEventsAreDroppedAndCounted) {
  Receiver receiver;
  receiver.Script({400, 503, 503});
  config::Config c;
  auto t = Target("oncall", config::TargetConfig::Type::kWebhook, receiver.Url("/hook"));
  t.max_attempts = 2;
  c.targets = {t};
  Notifier n(Options(), &metrics_);
  ASSERT_TRUE(n.Start(c).has_value());
  const engine::AlarmSpec spec = Spec({"oncall"});
  for (int i = 1; i <= 3; ++i) n.Enqueue(Event(i, AlarmState::kAlarm), spec);
  ASSERT_TRUE(n.WaitIdle(10000));
  auto got = receiver.received();
  ASSERT_EQ(1u, got.size());
  EXPECT_EQ("event-3", Header(got[0], "X-Tailwatch-Event-Id"));
  const std::string text = metrics_.SerializeText();
  EXPECT_NE(std::string::npos, text.find("reason=\"rejected\""));
  EXPECT_NE(std::string::npos, text.find("reason=\"max_attempts\""));
  // What became of each, as the status page shows it.
  const auto deliveries = n.Deliveries()->at("anomalyAlarm");
  ASSERT_EQ(3u, deliveries->size());
  EXPECT_EQ(DeliveryState::kFailed, deliveries->at(0).state);
  EXPECT_EQ(1, deliveries->at(0).attempts);
  EXPECT_EQ(0u, deliveries->at(0).error.find("rejected: HTTP 400"));
  EXPECT_EQ(DeliveryState::kFailed, deliveries->at(1).state);
  EXPECT_EQ(2, deliveries->at(1).attempts);
  EXPECT_EQ(0u, deliveries->at(1).error.find("gave up after max_attempts"));
  EXPECT_EQ(DeliveryState::kDelivered, deliveries->at(2).state);
  EXPECT_EQ(1, deliveries->at(2).attempts);
  EXPECT_EQ("oncall", deliveries->at(2).destination);
}

TEST_F(NotifierTest, DeliveriesShowRetryingUntilTheTargetAnswers) {
  Receiver receiver;
  config::Config c;
  // A port nothing listens on: every attempt is refused.
  auto dead = Target("dead", config::TargetConfig::Type::kWebhook, "http://127.0.0.1:1/hook");
  c.targets = {Target("oncall", config::TargetConfig::Type::kWebhook, receiver.Url("/hook")), dead};
  Notifier n(Options(), &metrics_);
  ASSERT_TRUE(n.Start(c).has_value());
  n.Enqueue(Event(1, AlarmState::kAlarm), Spec({"oncall", "dead"}));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  std::shared_ptr<const std::vector<DeliveryRecord>> records;
  while (std::chrono::steady_clock::now() < deadline) {
    records = n.Deliveries()->at("anomalyAlarm");
    if (records->size() == 2 && records->at(0).state == DeliveryState::kDelivered &&
        records->at(1).attempts >= 2) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_EQ(2u, records->size());
  EXPECT_EQ("oncall", records->at(0).destination);
  EXPECT_EQ(DeliveryState::kDelivered, records->at(0).state);
  EXPECT_EQ("dead", records->at(1).destination);
  EXPECT_EQ(DeliveryState::kRetrying, records->at(1).state);
  EXPECT_GE(records->at(1).attempts, 2);
  EXPECT_GT(records->at(1).last_attempt_ms, 0);
  EXPECT_EQ(0u, records->at(1).error.find("connect_error"));
  EXPECT_EQ(1u, n.Pending("dead"));
}

TEST_F(NotifierTest, RestartDeliversWhatTheOutboxHeld) {
  config::Config down;
  // A port nothing listens on: every attempt is a connect error.
  auto t = Target("oncall", config::TargetConfig::Type::kWebhook, "http://127.0.0.1:1/hook");
  down.targets = {t};
  const engine::AlarmSpec spec = Spec({"oncall"}, {"oncall"});
  {
    Notifier n(Options(), &metrics_);
    ASSERT_TRUE(n.Start(down).has_value());
    for (int i = 1; i <= 4; ++i)
      n.Enqueue(Event(i, i % 2 ? AlarmState::kAlarm : AlarmState::kOk), spec);
    EXPECT_FALSE(n.WaitIdle(300));
    EXPECT_EQ(4u, n.Pending("oncall"));
    EXPECT_NE(std::string::npos, metrics_.SerializeText().find("result=\"connect_error\""));
  }
  Receiver receiver;
  config::Config up;
  up.targets = {Target("oncall", config::TargetConfig::Type::kWebhook, receiver.Url("/hook"))};
  Notifier n(Options(), &metrics_);
  ASSERT_TRUE(n.Start(up).has_value());
  n.Enqueue(Event(5, AlarmState::kAlarm), spec);
  ASSERT_TRUE(n.WaitIdle(10000));
  auto got = receiver.received();
  ASSERT_EQ(5u, got.size());
  for (int i = 1; i <= 5; ++i)
    EXPECT_EQ("event-" + std::to_string(i), Header(got[i - 1], "X-Tailwatch-Event-Id"));
}

TEST_F(NotifierTest, PersistWritesWhatIsUndeliveredSoAKilledProcessKeepsIt) {
  config::Config down;
  down.targets = {
      Target("oncall", config::TargetConfig::Type::kWebhook, "http://127.0.0.1:1/hook")};
  const engine::AlarmSpec spec = Spec({"oncall"});
  Notifier n(Options(), &metrics_);
  ASSERT_TRUE(n.Start(down).has_value());
  n.Enqueue(Event(1, AlarmState::kAlarm), spec);
  n.Enqueue(Event(2, AlarmState::kAlarm), spec);
  const std::string box_dir = dir_ + "/" + OutboxDirName("oncall");
  // What a kill -9 now would leave: nothing yet.
  EXPECT_EQ(0u, Outbox::Open(box_dir, 10).value()->size());
  ASSERT_TRUE(n.Persist().has_value());
  auto left = Outbox::Open(box_dir, 10);
  ASSERT_TRUE(left.has_value());
  ASSERT_EQ(2u, (*left)->size());
  EXPECT_EQ("event-1", (*left)->Front().event_id);
  EXPECT_EQ(2u, n.Pending("oncall"));  // still being retried
}

TEST_F(NotifierTest, ReloadRedirectsAPendingTarget) {
  Receiver receiver;
  config::Config down;
  down.targets = {
      Target("oncall", config::TargetConfig::Type::kWebhook, "http://127.0.0.1:1/hook")};
  Notifier n(Options(), &metrics_);
  ASSERT_TRUE(n.Start(down).has_value());
  n.Enqueue(Event(1, AlarmState::kAlarm), Spec({"oncall"}));
  EXPECT_FALSE(n.WaitIdle(100));
  config::Config up;
  up.targets = {Target("oncall", config::TargetConfig::Type::kWebhook, receiver.Url("/hook"))};
  n.Reload(up);
  ASSERT_TRUE(n.WaitIdle(10000));
  EXPECT_EQ(1u, receiver.received().size());
}

TEST_F(NotifierTest, AlertmanagerFiringThenResolved) {
  Receiver receiver;
  config::Config c;
  c.targets = {Target("am", config::TargetConfig::Type::kAlertmanager, receiver.Url(""))};
  Notifier n(Options(), &metrics_);
  ASSERT_TRUE(n.Start(c).has_value());
  const engine::AlarmSpec spec = Spec({"am"}, {"am"});
  n.Enqueue(Event(1, AlarmState::kAlarm), spec);
  n.Enqueue(Event(2, AlarmState::kOk), spec);
  ASSERT_TRUE(n.WaitIdle(10000));
  auto got = receiver.received();
  ASSERT_EQ(2u, got.size());
  EXPECT_EQ("/api/v2/alerts", got[0].path);
  EXPECT_NE(std::string::npos, got[0].body.find("\"startsAt\""));
  EXPECT_EQ(std::string::npos, got[0].body.find("\"endsAt\""));
  EXPECT_NE(std::string::npos, got[1].body.find("\"endsAt\""));
}

TEST_F(NotifierTest, SnsPublishSignedAndVerifiable) {
  Receiver receiver;
  config::Config c;
  auto t = Target("NotifyMe", config::TargetConfig::Type::kSns, "");
  t.topic_arn = "arn:aws:sns:us-west-2:123456789012:NotifyMe";
  t.endpoint = receiver.Url("/");
  t.aws_access_key_id = "AKIDTEST";
  t.aws_secret_access_key = "secret";
  t.aws_session_token = "tok";
  c.targets = {t};
  Notifier n(Options(), &metrics_);
  ASSERT_TRUE(n.Start(c).has_value());
  const engine::AlarmSpec spec = Spec({"arn:aws:sns:us-west-2:123456789012:NotifyMe"});
  n.Enqueue(Event(1, AlarmState::kAlarm), spec);
  ASSERT_TRUE(n.WaitIdle(10000));
  auto got = receiver.received();
  ASSERT_EQ(1u, got.size());
  const http::HttpRequest& r = got[0];
  const engine::AlarmEvent e = Event(1, AlarmState::kAlarm);
  EXPECT_EQ(SnsPublishBody(t.topic_arn, engine::AlarmEventSubject(e, {}),
                           engine::AlarmEventToCloudWatchJson(e, spec, {})),
            r.body);
  EXPECT_EQ("tok", Header(r, "X-Amz-Security-Token"));
  // Re-sign what was received at its X-Amz-Date: the signatures must agree.
  const std::string amz_date = Header(r, "X-Amz-Date");
  std::tm tm{};
  ASSERT_NE(nullptr, strptime(amz_date.c_str(), "%Y%m%dT%H%M%SZ", &tm));
  SigV4Input input;
  input.body = r.body;
  input.headers = {{"Content-Type", Header(r, "Content-Type")}, {"Host", Header(r, "Host")}};
  SigV4Result expected =
      SignV4(input, {"AKIDTEST", "secret", "tok"}, "us-west-2", "sns", int64_t(timegm(&tm)) * 1000);
  EXPECT_EQ(expected.authorization, Header(r, "Authorization"));
}

}  // namespace
}  // namespace tailwatch::notify
