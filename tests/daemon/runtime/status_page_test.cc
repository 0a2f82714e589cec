// The status page and its JSON: the page's files with their security headers,
// GET /api/v1/status from a running daemon, POST /api/v1/test-pattern (the
// test-pattern engine with its limits), and protect_metrics applied to the
// JSON but not to the page itself.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "daemon/runtime/status_json.h"
#include "daemon/runtime/test_pattern_route.h"
#include "tests/daemon/http/raw_client.h"
#include "tests/daemon/runtime/in_process_daemon.h"

namespace tailwatch::daemon {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;
using tailwatch::testing::RawClient;
using tailwatch::testing::RawResponse;
using ::testing::HasSubstr;
using testing::InProcessDaemon;
using ::testing::Not;

TEST(TestPatternTest, MatchesWithExtractedValuesAndTheMetricValue) {
  const auto response = TestPattern(
      R"({"pattern":"[ip, user, status=5*]","lines":"1.2.3.4 bob 500\r\n\n1.2.3.4 al 200\n<b>x</b> eve 503","value":"$status"})",
      1024);
  EXPECT_EQ(200, response.status);
  EXPECT_EQ(
      R"({"matches":[{"eventNumber":1,"eventMessage":"1.2.3.4 bob 500","extractedValues":{"$ip":"1.2.3.4","$user":"bob","$status":"500"},"value":500},)"
      R"({"eventNumber":4,"eventMessage":"<b>x</b> eve 503","extractedValues":{"$ip":"<b>x</b>","$user":"eve","$status":"503"},"value":503}],"events":3})",
      response.body);
}

TEST(TestPatternTest, TermPatternsHaveNoExtractedValues) {
  const auto response = TestPattern(
      R"({"pattern":"\"Error Exception\"","lines":"an Error Exception here\nfine"})", 1024);
  EXPECT_EQ(
      R"({"matches":[{"eventNumber":1,"eventMessage":"an Error Exception here","extractedValues":{}}],"events":2})",
      response.body);
}

TEST(TestPatternTest, BadInputGetsAClearError) {
  EXPECT_EQ(400, TestPattern("not json", 1024).status);
  EXPECT_EQ(400, TestPattern(R"({"lines":"x"})", 1024).status);
  EXPECT_EQ(400, TestPattern(R"({"pattern":"x","lines":["x"]})", 1024).status);
  const auto bad_pattern = TestPattern(R"({"pattern":"[ip","lines":"x"})", 1024);
  EXPECT_EQ(400, bad_pattern.status);
  EXPECT_THAT(bad_pattern.body, HasSubstr("column 3"));
  const auto bad_value = TestPattern(R"({"pattern":"[a]","lines":"x","value":"$nope"})", 1024);
  EXPECT_EQ(400, bad_value.status);
  EXPECT_THAT(bad_value.body, HasSubstr("value"));
  const auto long_line = TestPattern(R"({"pattern":"","lines":"short\n0123456789abc"})", 10);
  EXPECT_EQ(400, long_line.status);
  EXPECT_THAT(long_line.body, HasSubstr("line 2"));
  std::string many = R"({"pattern":"","lines":")";
  for (size_t i = 0; i <= kMaxTestLines; ++i) many += "x\\n";
  many += "\"}";
  EXPECT_EQ(400, TestPattern(many, 1024).status);
}

TEST(StatusJsonTest, ReportsIdentityGroupsAndFilters) {
  EngineSnapshot snapshot;
  TailGroupStats group;
  group.log_group = "app\"1";
  group.counters.lines_read = 7;
  group.counters.bytes_read = 70;
  group.counters.files_watched = 2;
  group.counters.rotations = 1;
  group.open_files = 2;
  group.last_line_ms = 1'099'250;
  group.bytes_behind = 512;
  snapshot.tail_groups.push_back(group);
  TailGroupStats idle;
  idle.log_group = "idle";
  snapshot.tail_groups.push_back(idle);
  snapshot.engine_families = std::make_shared<const std::vector<exporter::DynamicFamily>>(
      std::vector<exporter::DynamicFamily>{
          {"tailwatch_filter_matches_total",
           "",
           exporter::SeriesType::kCounter,
           {{{{"filter", "errors"}, {"log_group", "app\"1"}}, 3}}}});
  snapshot.action_destinations = {{"oncall", "oncall"}};
  snapshot.filter_recent_matches = std::make_shared<const std::vector<engine::FilterRecentMatches>>(
      std::vector<engine::FilterRecentMatches>{
          {"errors", "other", {{5, "elsewhere", false, ""}}},
          {"errors", "app\"1", {{1'099'000, "<b>\"x\"</b>", true, "a.log"}}}});
  snapshot.patterns_json = std::make_shared<const std::unordered_map<std::string, std::string>>(
      std::unordered_map<std::string, std::string>{{"b", "{}"}, {"app\"1", "{}"}});
  DaemonIdentity identity{"1.2.3", "/etc/tailwatch/tailwatch.yaml", 1'000'000, nullptr};
  identity.outbox_pending = [](const std::string& destination) {
    return destination == "oncall" ? size_t{4} : size_t{0};
  };
  EXPECT_EQ(
      R"({"version":"1.2.3","config_source":"/etc/tailwatch/tailwatch.yaml",)"
      R"("started_at":"1970-01-01T00:16:40.000Z","now":"1970-01-01T00:18:20.500Z","uptime_seconds":100,)"
      R"("log_groups":[{"name":"app\"1","lines_read":7,"bytes_read":70,"files_watched":2,"open_files":2,)"
      R"("rotations":1,"truncations":0,"read_errors":0,"lines_truncated":0,)"
      R"("last_line_time":"1970-01-01T00:18:19.250Z","bytes_behind":512},)"
      R"({"name":"idle","lines_read":0,"bytes_read":0,"files_watched":0,"open_files":0,)"
      R"("rotations":0,"truncations":0,"read_errors":0,"lines_truncated":0,)"
      R"("last_line_time":null,"bytes_behind":0}],)"
      R"("filters":[{"filter":"errors","log_group":"app\"1","matches":3,"recent_lines":[)"
      R"({"time":"1970-01-01T00:18:19.000Z","message":"<b>\"x\"</b>","truncated":true,"source":"a.log"}]}],)"
      R"("pattern_log_groups":["app\"1","b"],)"
      R"("outbox":[{"action":"oncall","destination":"oncall","pending":4}]})",
      StatusJson(&snapshot, identity, 1'100'500));
  EXPECT_THAT(StatusJson(nullptr, identity, 1'100'500),
              HasSubstr(R"("log_groups":[],"filters":[],"pattern_log_groups":[],"outbox":[]})"));
}

class StatusPageDaemonTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tw-status-page-XXXXXX";
    ASSERT_NE(nullptr, mkdtemp(tmpl));
    dir_ = tmpl;
    std::ofstream(dir_ + "/app.log");
  }
  void TearDown() override {
    daemon_.reset();
    fs::remove_all(dir_);
  }

  void Start(const std::string& server_extra, const std::string& extra = "") {
    std::ofstream out(dir_ + "/tailwatch.yaml");
    out << "server:\n  listen: \"127.0.0.1:0\"\n"
        << server_extra << "state_dir: " << dir_ << "/state\n"
        << "log_groups:\n"
        << "  - name: app\n    files: [\"" << dir_ << "/app.log\"]\n    start_at: beginning\n"
        << "    poll_interval_ms: 50\n"
        << "metric_filters:\n"
        << "  - name: jobs\n    log_group: app\n    pattern: \"[verb=JOB, name]\"\n"
        << "    metric_transformation: {name: Jobs, namespace: T, value: \"1\"}\n"
        << extra;
    out.close();
    DaemonOptions options;
    options.config_path = dir_ + "/tailwatch.yaml";
    daemon_->Start(options);
  }

  RawResponse Request(const std::string& request) {
    RawClient client(daemon_->port());
    EXPECT_TRUE(client.Send(request));
    return client.Read(milliseconds(5000));
  }

  std::string dir_;
  std::unique_ptr<InProcessDaemon> daemon_ = std::make_unique<InProcessDaemon>();
};

TEST_F(StatusPageDaemonTest, ServesThePageWithItsSecurityHeadersAndTheStatus) {
  Start("");
  const RawResponse page = Request(tailwatch::testing::Get("/"));
  EXPECT_EQ(200, page.status);
  EXPECT_EQ("text/html; charset=utf-8", page.Header("content-type"));
  EXPECT_EQ("default-src 'self'; script-src 'self'", page.Header("content-security-policy"));
  EXPECT_EQ("nosniff", page.Header("x-content-type-options"));
  EXPECT_THAT(page.body, HasSubstr(R"(<script src="/status.js" defer></script>)"));
  // No inline script: every <script> element loads a file.
  EXPECT_THAT(page.body, Not(HasSubstr("<script>")));
  const RawResponse script = Request(tailwatch::testing::Get("/status.js"));
  EXPECT_EQ(200, script.status);
  EXPECT_EQ("text/javascript; charset=utf-8", script.Header("content-type"));
  EXPECT_THAT(script.body, Not(HasSubstr("innerHTML")));
  EXPECT_EQ("text/css; charset=utf-8",
            Request(tailwatch::testing::Get("/status.css")).Header("content-type"));

  EXPECT_THAT(Request(tailwatch::testing::Get("/api/v1/status")).body,
              HasSubstr(R"("last_line_time":null,"bytes_behind":0})"));
  std::ofstream(dir_ + "/app.log", std::ios::app) << "JOB a\nJOB b\nother\n";
  std::string status;
  for (int i = 0; i < 200; ++i) {
    status = Request(tailwatch::testing::Get("/api/v1/status")).body;
    if (status.find(R"("lines_read":3)") != std::string::npos) break;
    std::this_thread::sleep_for(milliseconds(50));
  }
  EXPECT_THAT(status, HasSubstr(R"("log_groups":[{"name":"app","lines_read":3,"bytes_read":18,)"
                                R"("files_watched":1,)"));
  EXPECT_THAT(status, HasSubstr(R"("filters":[{"filter":"jobs","log_group":"app","matches":2,)"
                                R"("recent_lines":[{"time":")"));
  EXPECT_THAT(status, HasSubstr(R"("message":"JOB b","truncated":false,"source":")" + dir_ +
                                R"(/app.log"},{"time":")"));
  EXPECT_THAT(status, HasSubstr(R"("message":"JOB a","truncated":false,"source":")" + dir_ +
                                R"(/app.log"}]}])"));
  // The last line's time is the poll's, ISO-8601 with milliseconds; the file is read to its end.
  EXPECT_THAT(status,
              ::testing::MatchesRegex(
                  R"(.*"lines_truncated":0,"last_line_time":"20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]T)"
                  R"([0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9][0-9][0-9]Z","bytes_behind":0}.*)"));
  EXPECT_THAT(status, HasSubstr(R"("config_source":")" + dir_ + "/tailwatch.yaml\""));

  const RawResponse tested = Request(tailwatch::testing::Post(
      "/api/v1/test-pattern", R"({"pattern":"[verb=JOB, name]","lines":"JOB x\nno"})"));
  EXPECT_EQ(200, tested.status);
  EXPECT_THAT(tested.body,
              HasSubstr(R"("extractedValues":{"$verb":"JOB","$name":"x"}}],"events":2})"));
  const RawResponse alarms = Request(tailwatch::testing::Get("/api/v1/alarms"));
  EXPECT_EQ(200, alarms.status);
  EXPECT_EQ(0, daemon_->Stop());
}

TEST_F(StatusPageDaemonTest, ListsEachAlarmsActionsWithItsOutbox) {
  Start("",
        "targets:\n  - {name: oncall, type: webhook, url: \"http://127.0.0.1:1/hook\"}\n"
        "alarms:\n  - {name: jobs-high, namespace: T, metric_name: Jobs, statistic: Sum,\n"
        "     period: 60, evaluation_periods: 1, threshold: 5,\n"
        "     comparison_operator: GreaterThanThreshold, alarm_actions: [oncall],\n"
        "     ok_actions: [\"arn:aws:sns:us-west-2:123456789012:Ops\"]}\n");
  EXPECT_THAT(
      Request(tailwatch::testing::Get("/api/v1/alarms")).body,
      HasSubstr(R"("threshold":5,"comparison_operator":"GreaterThanThreshold","period":60,)"
                R"("evaluation_periods":1,"datapoints_to_alarm":1,"actions_enabled":true,)"
                R"("actions":{"ALARM":["oncall"],)"
                R"("OK":["arn:aws:sns:us-west-2:123456789012:Ops"],"INSUFFICIENT_DATA":[]})"));
  EXPECT_THAT(Request(tailwatch::testing::Get("/api/v1/status")).body,
              HasSubstr(R"("outbox":[{"action":"arn:aws:sns:us-west-2:123456789012:Ops",)"
                        R"("destination":"arn:aws:sns:us-west-2:123456789012:Ops","pending":0},)"
                        R"({"action":"oncall","destination":"oncall","pending":0}]})"));
  const RawResponse history =
      Request(tailwatch::testing::Get("/api/v1/alarm-history?alarm=jobs-high"));
  EXPECT_EQ(200, history.status);
  EXPECT_EQ(R"({"alarm":"jobs-high","transitions":[]})", history.body);
  EXPECT_EQ(400, Request(tailwatch::testing::Get("/api/v1/alarm-history")).status);
  EXPECT_EQ(0, daemon_->Stop());
}

// A transition's notification to a target nothing listens on: GET
// /api/v1/deliveries shows it retrying, with the transition's event id, from
// the published snapshot.
TEST_F(StatusPageDaemonTest, ListsEachTransitionsNotificationsWithTheirDeliveryState) {
  Start("",
        "targets:\n  - {name: dead, type: webhook, url: \"http://127.0.0.1:1/hook\",\n"
        "     initial_backoff_ms: 1000, max_backoff_ms: 1000}\n"
        "alarms:\n  - {name: jobs-high, namespace: T, metric_name: Jobs, statistic: Sum,\n"
        "     period: 60, evaluation_periods: 1, threshold: 5,\n"
        "     comparison_operator: GreaterThanThreshold, alarm_actions: [dead]}\n");
  EXPECT_EQ(R"({"alarm":"jobs-high","deliveries":[]})",
            Request(tailwatch::testing::Get("/api/v1/deliveries?alarm=jobs-high")).body);
  EXPECT_EQ(400, Request(tailwatch::testing::Get("/api/v1/deliveries")).status);
  const RawResponse set = Request(tailwatch::testing::Post(
      "/",
      "Action=SetAlarmState&Version=2010-08-01&AlarmName=jobs-high&StateValue=ALARM&"
      "StateReason=paging+test",
      "Content-Type: application/x-www-form-urlencoded\r\n"));
  ASSERT_EQ(200, set.status) << set.body;
  std::string deliveries;
  for (int i = 0; i < 100; ++i) {
    deliveries = Request(tailwatch::testing::Get("/api/v1/deliveries?alarm=jobs-high")).body;
    if (deliveries.find(R"("state":"retrying")") != std::string::npos) break;
    std::this_thread::sleep_for(milliseconds(50));
  }
  const std::string history =
      Request(tailwatch::testing::Get("/api/v1/alarm-history?alarm=jobs-high")).body;
  // The transition to ALARM (the next evaluation may have moved on since).
  const size_t to_alarm = history.find(R"("to":"ALARM")");
  ASSERT_NE(std::string::npos, to_alarm) << history;
  const size_t id_at = history.rfind(R"({"id":")", to_alarm) + 1;
  const std::string id = history.substr(id_at + 6, history.find('"', id_at + 6) - id_at - 6);
  EXPECT_THAT(deliveries, HasSubstr(R"({"alarm":"jobs-high","deliveries":[{"event_id":")" + id +
                                    R"(","target":"dead","to":"ALARM","state":"retrying",)"
                                    R"("attempts":)"));
  EXPECT_THAT(deliveries, HasSubstr(R"(","error":"connect_error: )"));
  EXPECT_EQ(0, daemon_->Stop());
}

TEST_F(StatusPageDaemonTest, ProtectMetricsGuardsTheJsonNotThePage) {
  const std::string token_file = dir_ + "/token";
  std::ofstream(token_file) << "s3cret-token-value\n";
  ::chmod(token_file.c_str(), 0600);
  Start("  auth_token_file: " + token_file + "\n  protect_metrics: true\n");
  EXPECT_EQ(200, Request(tailwatch::testing::Get("/")).status);
  EXPECT_EQ(200, Request(tailwatch::testing::Get("/status.js")).status);
  EXPECT_EQ(401, Request(tailwatch::testing::Get("/api/v1/status")).status);
  EXPECT_EQ(401, Request(tailwatch::testing::Post("/api/v1/test-pattern",
                                                  R"({"pattern":"","lines":"x"})"))
                     .status);
  const std::string bearer = "Authorization: Bearer s3cret-token-value\r\n";
  EXPECT_EQ(200, Request(tailwatch::testing::Get("/api/v1/status", bearer)).status);
  EXPECT_EQ(200, Request(tailwatch::testing::Post("/api/v1/test-pattern",
                                                  R"({"pattern":"","lines":"x"})", bearer))
                     .status);
  EXPECT_EQ(0, daemon_->Stop());
}

}  // namespace
}  // namespace tailwatch::daemon
