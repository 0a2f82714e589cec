// The config loader on good configs: DESIGN.md's example, the embedded
// default, includes, secrets, warnings and diagnostics formatting.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "config/config.h"
#include "config/config_writer.h"
#include "config/embedded_files.h"
#include "config/pipeline_spec.h"
#include "tests/config/config_test_util.h"

namespace tailwatch::config {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::Pair;

// The ```yaml block under "## Configuration" in DESIGN.md.
std::string DesignExample() {
  std::ifstream in(std::string(TAILWATCH_SOURCE_DIR) + "/../shared/DESIGN.md");
  std::string path = "/work/shared/DESIGN.md";
  if (!in) in.open(path);
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  const size_t section = doc.find("## Configuration");
  const size_t begin = doc.find("```yaml\n", section);
  const size_t end = doc.find("```", begin + 8);
  if (section == std::string::npos || begin == std::string::npos || end == std::string::npos) {
    return "";
  }
  return doc.substr(begin + 8, end - begin - 8);
}

class DesignExampleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    yaml_ = DesignExample();
    if (yaml_.empty()) GTEST_SKIP() << "DESIGN.md not found";
    // The secret files it names need not exist here; everything else is as written.
    testing::ReplaceAll(&yaml_, "/etc/tailwatch/token", dir_.Write("token", "tok-123\n"));
    testing::ReplaceAll(&yaml_, "/etc/tailwatch/hmac", dir_.Write("hmac", "hmac-456\n"));
  }

  testing::TempDir dir_;
  std::string yaml_;
};

// DESIGN.md's example loads as written: no errors, no warnings (it keeps
// `default_value` and `dimensions` on separate filters, as CloudWatch
// requires).
TEST_F(DesignExampleTest, LoadsAsWritten) {
  const LoadResult result = LoadConfigString(yaml_, "design.yaml");
  EXPECT_TRUE(testing::ErrorLines(result).empty()) << result.FormatDiagnostics();
  EXPECT_TRUE(result.ok());
}

TEST_F(DesignExampleTest, HoldsWhatItSays) {
  const LoadResult result = LoadConfigString(yaml_, "design.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  EXPECT_TRUE(result.warnings.empty()) << result.FormatDiagnostics();
  const Config& c = *result.config;
  EXPECT_EQ(c.source_name, "design.yaml");
  EXPECT_EQ(c.server.listen, "127.0.0.1:9108");
  EXPECT_EQ(c.server.listen_host, "127.0.0.1");
  EXPECT_EQ(c.server.listen_port, 9108);
  EXPECT_TRUE(c.server.listen_is_loopback);
  EXPECT_EQ(c.server.auth_token, "tok-123");
  EXPECT_EQ(c.state_dir, "/var/lib/tailwatch");

  ASSERT_EQ(c.log_groups.size(), 1u);
  const LogGroupConfig& g = c.log_groups[0];
  EXPECT_EQ(g.name, "aiLogsGroup");
  EXPECT_THAT(g.files, ElementsAre("/var/log/training/*.log"));
  EXPECT_FALSE(g.start_at_beginning);
  EXPECT_EQ(g.timestamp.kind, TimestampConfig::Kind::kJsonField);
  EXPECT_EQ(g.timestamp.field, "$.ts");

  ASSERT_EQ(c.metric_filters.size(), 2u);
  const engine::FilterSpec& f = c.metric_filters[0];
  EXPECT_EQ(f.name, "anomalyMetricFilter");
  EXPECT_EQ(f.log_group, "aiLogsGroup");
  EXPECT_EQ(f.pattern, "Error Exception");
  EXPECT_EQ(f.transformation.metric_name, "AnomalyOccurrences");
  EXPECT_EQ(f.transformation.metric_namespace, "AIWorkloadLogs");
  EXPECT_EQ(f.transformation.metric_value, "1");
  EXPECT_EQ(f.transformation.unit, "Count");
  ASSERT_TRUE(f.transformation.default_value.has_value());
  EXPECT_EQ(*f.transformation.default_value, 0);
  const engine::FilterSpec& loss = c.metric_filters[1];
  EXPECT_EQ(loss.name, "lossByRank");
  EXPECT_EQ(loss.pattern, "{ $.loss = * }");
  EXPECT_EQ(loss.transformation.metric_value, "$.loss");
  ASSERT_EQ(loss.transformation.dimensions.size(), 1u);
  EXPECT_FALSE(loss.transformation.default_value.has_value());

  ASSERT_EQ(c.alarms.size(), 1u);
  const engine::AlarmSpec& a = c.alarms[0];
  EXPECT_EQ(a.name, "anomalyAlarm");
  EXPECT_EQ(a.metric_namespace, "AIWorkloadLogs");
  EXPECT_EQ(a.metric_name, "AnomalyOccurrences");
  EXPECT_EQ(a.statistic, engine::Statistic::kSum);
  EXPECT_EQ(a.period_seconds, 300);
  EXPECT_EQ(a.evaluation_periods, 1);
  EXPECT_EQ(a.datapoints_to_alarm, 1);
  EXPECT_EQ(a.threshold, 0);
  EXPECT_EQ(a.comparison_operator, engine::ComparisonOperator::kGreaterThanThreshold);
  EXPECT_EQ(a.treat_missing_data, engine::TreatMissingData::kMissing);
  EXPECT_THAT(a.alarm_actions, ElementsAre("arn:aws:sns:us-west-2:123456789012:NotifyMe"));
  EXPECT_TRUE(a.ok_actions.empty());
  EXPECT_TRUE(a.insufficient_data_actions.empty());

  ASSERT_EQ(c.targets.size(), 3u);
  EXPECT_EQ(c.targets[0].name, "oncall");
  EXPECT_EQ(c.targets[0].type, TargetConfig::Type::kWebhook);
  EXPECT_EQ(c.targets[0].url, "https://hooks.example/x");
  EXPECT_EQ(c.targets[0].hmac_secret, "hmac-456");
  EXPECT_EQ(c.targets[1].type, TargetConfig::Type::kAlertmanager);
  EXPECT_EQ(c.targets[1].url, "http://127.0.0.1:9093");
  EXPECT_EQ(c.targets[2].type, TargetConfig::Type::kSns);
  EXPECT_EQ(c.targets[2].topic_arn, "arn:aws:sns:us-west-2:123456789012:NotifyMe");
  EXPECT_EQ(c.targets[2].region, "us-west-2");
}

TEST_F(DesignExampleTest, MissingSecretFilesAreErrors) {
  std::string yaml = DesignExample();
  const LoadResult result = LoadConfigString(yaml, "design.yaml");
  EXPECT_THAT(result.FormatDiagnostics(),
              HasSubstr("design.yaml:1:53: error: auth_token_file: cannot read "
                        "'/etc/tailwatch/token'"));
  EXPECT_THAT(result.FormatDiagnostics(),
              HasSubstr("error: hmac_secret_file: cannot read '/etc/tailwatch/hmac'"));
}

TEST(EmbeddedDefaultTest, Loads) {
  const LoadResult result = LoadEmbeddedDefault();
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  EXPECT_TRUE(result.warnings.empty()) << result.FormatDiagnostics();
  const Config& c = *result.config;
  EXPECT_EQ(c.source_name, "<embedded default>");
  EXPECT_EQ(c.server.listen, "127.0.0.1:9108");
  ASSERT_GE(c.log_groups.size(), 1u);
  EXPECT_EQ(c.log_groups[0].name, "aiLogsGroup");
  EXPECT_THAT(c.log_groups[0].files, ElementsAre("./logs/*.log"));
  ASSERT_GE(c.metric_filters.size(), 1u);
  EXPECT_EQ(c.metric_filters[0].pattern, "Error Exception");
  EXPECT_EQ(c.metric_filters[0].transformation.metric_name, "AnomalyOccurrences");
  EXPECT_EQ(c.metric_filters[0].transformation.metric_namespace, "AIWorkloadLogs");
  ASSERT_GE(c.alarms.size(), 1u);
  EXPECT_EQ(c.alarms[0].name, "anomalyAlarm");
  EXPECT_EQ(c.alarms[0].period_seconds, 300);
  EXPECT_EQ(c.alarms[0].statistic, engine::Statistic::kSum);
  EXPECT_EQ(c.alarms[0].comparison_operator, engine::ComparisonOperator::kGreaterThanThreshold);
}

// Every shipped pack is valid as `include: [embedded:...]` sees it.
TEST(EmbeddedDefaultTest, EveryShippedPackLoads) {
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    if (!std::string_view(f.path).starts_with("packs/")) continue;
    const std::string yaml = "include: [\"embedded:" + std::string(f.path) + "\"]\n";
    const LoadResult result = LoadConfigString(yaml, "wrapper.yaml");
    EXPECT_TRUE(result.ok()) << f.path << "\n" << result.FormatDiagnostics();
  }
}

TEST(LoadConfigFileTest, MissingFileIsAnErrorWithoutPosition) {
  const LoadResult result = LoadConfigFile("/nonexistent/tailwatch.yaml");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].ToString(),
            "/nonexistent/tailwatch.yaml: error: cannot read: No such file or directory");
  EXPECT_FALSE(result.ok());
}

TEST(LoadConfigFileTest, DefaultsForAnEmptyFile) {
  testing::TempDir dir;
  const LoadResult result = LoadConfigFile(dir.Write("empty.yaml", "# nothing yet\n"));
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  const Config& c = *result.config;
  EXPECT_EQ(c.server.listen, "127.0.0.1:9108");
  EXPECT_EQ(c.server.max_body_bytes, 2u << 20);
  EXPECT_EQ(c.region, "us-west-2");
  EXPECT_EQ(c.account_id, "123456789012");
  EXPECT_EQ(c.max_dimension_combinations, 1000u);
  EXPECT_EQ(c.checkpoint_interval_ms, 1000);
  EXPECT_TRUE(c.log_groups.empty());
}

TEST(LoadConfigFileTest, SampleLinesDefaultAndPerAlarm) {
  testing::TempDir dir;
  const std::string alarms = R"(log_groups: [{name: app, files: [/tmp/app.log]}]
alarms:
  - {name: a, namespace: App, metric_name: E, statistic: Sum, period: 60,
     evaluation_periods: 1, threshold: 0, comparison_operator: GreaterThanThreshold}
  - {name: b, namespace: App, metric_name: E, statistic: Sum, period: 60,
     evaluation_periods: 1, threshold: 0, comparison_operator: GreaterThanThreshold,
     sample_lines: 0}
)";
  const LoadResult defaults = LoadConfigFile(dir.Write("d.yaml", alarms));
  ASSERT_TRUE(defaults.ok()) << defaults.FormatDiagnostics();
  EXPECT_EQ(5, defaults.config->alarm_sample_lines);
  auto spec = ToPipelineSpec(*defaults.config);
  ASSERT_TRUE(spec);
  EXPECT_EQ(5, spec->alarms[0].sample_lines);
  EXPECT_EQ(0, spec->alarms[1].sample_lines);

  const LoadResult global =
      LoadConfigFile(dir.Write("g.yaml", "alarm_sample_lines: 12\n" + alarms));
  ASSERT_TRUE(global.ok()) << global.FormatDiagnostics();
  spec = ToPipelineSpec(*global.config);
  ASSERT_TRUE(spec);
  EXPECT_EQ(12, spec->alarms[0].sample_lines);
  EXPECT_EQ(0, spec->alarms[1].sample_lines);

  const LoadResult bad = LoadConfigFile(dir.Write("b.yaml", "alarm_sample_lines: -1\n"));
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(std::string::npos,
            bad.FormatDiagnostics().find(
                "1:21: error: alarm_sample_lines: must be between 0 and 20, got -1"))
      << bad.FormatDiagnostics();
}

TEST(LoadConfigFileTest, OwnKeysWithUnits) {
  testing::TempDir dir;
  const std::string path = dir.Write("c.yaml", R"(
server:
  listen: "[::1]:0"
  max_body_bytes: 2048
  max_connections: 8
  read_timeout_ms: 1500
  allow_unknown_log_groups: false
state_dir: /tmp/state
checkpoint_interval_ms: 250
region: eu-central-1
account_id: "000000000042"
max_dimension_combinations: 50
log_groups:
  - name: /aws/train
    files: [a.log, "b/*.log"]
    start_at: beginning
    timestamp: {regex: '^(\S+ \S+)', format: "%Y-%m-%d %H:%M:%S"}
    max_line_bytes: 1024
    partial_line_timeout_ms: 100
)");
  const LoadResult result = LoadConfigFile(path);
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  const Config& c = *result.config;
  EXPECT_EQ(c.server.listen_host, "::1");
  EXPECT_EQ(c.server.listen_port, 0);
  EXPECT_TRUE(c.server.listen_is_loopback);
  EXPECT_EQ(c.server.max_body_bytes, 2048u);
  EXPECT_EQ(c.server.max_connections, 8u);
  EXPECT_EQ(c.server.read_timeout_ms, 1500);
  EXPECT_FALSE(c.server.allow_unknown_log_groups);
  EXPECT_EQ(c.state_dir, "/tmp/state");
  EXPECT_EQ(c.checkpoint_interval_ms, 250);
  EXPECT_EQ(c.region, "eu-central-1");
  EXPECT_EQ(c.account_id, "000000000042");
  EXPECT_EQ(c.max_dimension_combinations, 50u);
  ASSERT_EQ(c.log_groups.size(), 1u);
  const LogGroupConfig& g = c.log_groups[0];
  EXPECT_TRUE(g.start_at_beginning);
  EXPECT_EQ(g.timestamp.kind, TimestampConfig::Kind::kRegex);
  EXPECT_EQ(g.timestamp.regex, "^(\\S+ \\S+)");
  EXPECT_EQ(g.timestamp.format, "%Y-%m-%d %H:%M:%S");
  EXPECT_EQ(g.max_line_bytes, 1024u);
  EXPECT_EQ(g.partial_line_timeout_ms, 100);
}

TEST(LoadConfigFileTest, IngestJournalSettings) {
  const LoadResult defaults = LoadConfigString("log_groups: [{name: g}]\n", "c.yaml");
  ASSERT_TRUE(defaults.ok()) << defaults.FormatDiagnostics();
  const JournalConfig& d = defaults.config->ingest.journal;
  EXPECT_EQ(d.fsync, JournalConfig::Fsync::kAlways);  // a 2xx is on disk
  EXPECT_EQ(d.max_age_hours, 24);
  const LoadResult result = LoadConfigString(R"(
ingest:
  journal: {fsync: interval, fsync_interval_ms: 50, segment_bytes: 1048576, max_bytes: 1073741824,
            max_age_hours: 72}
log_groups: [{name: g}]
)",
                                             "c.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  const JournalConfig& j = result.config->ingest.journal;
  EXPECT_EQ(j.fsync, JournalConfig::Fsync::kInterval);
  EXPECT_EQ(j.fsync_interval_ms, 50);
  EXPECT_EQ(j.segment_bytes, 1048576u);
  EXPECT_EQ(j.max_bytes, 1073741824u);
  EXPECT_EQ(j.max_age_hours, 72);
}

TEST(AlarmDecodingTest, EveryCloudWatchField) {
  const LoadResult result = LoadConfigString(R"(
log_groups: [{name: g}]
metric_filters:
  - name: lat
    log_group: g
    pattern: '{ $.latency_ms > 0 }'
    metric_transformation:
      name: Latency
      namespace: Svc
      value: $.latency_ms
      dimensions: {Model: $.model, Host: $.host}
      unit: Milliseconds
alarms:
  - name: slow
    alarm_description: p99 latency too high
    namespace: Svc
    metric_name: Latency
    dimensions: {Model: llama, Host: h1}
    extended_statistic: p99.5
    period: 60
    evaluation_periods: 5
    datapoints_to_alarm: 3
    threshold: 2.5e3
    comparison_operator: GreaterThanOrEqualToThreshold
    treat_missing_data: notBreaching
    evaluate_low_sample_count_percentile: ignore
    unit: Milliseconds
    actions_enabled: false
    alarm_actions: [page]
    ok_actions: [page]
    insufficient_data_actions: ["arn:aws:sns:eu-west-1:123456789012:Ops"]
targets:
  - {name: page, type: alertmanager, url: "http://127.0.0.1:9093", timeout_ms: 100}
)",
                                             "alarm.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  EXPECT_TRUE(result.warnings.empty()) << result.FormatDiagnostics();
  const engine::FilterSpec& f = result.config->metric_filters[0];
  EXPECT_THAT(f.transformation.dimensions,
              ElementsAre(Pair("Model", "$.model"), Pair("Host", "$.host")));  // config order
  EXPECT_FALSE(f.transformation.default_value.has_value());
  const engine::AlarmSpec& a = result.config->alarms[0];
  EXPECT_EQ(a.description, "p99 latency too high");
  EXPECT_THAT(a.dimensions, ElementsAre(Pair("Host", "h1"), Pair("Model", "llama")));  // sorted
  EXPECT_FALSE(a.statistic.has_value());
  EXPECT_EQ(a.extended_statistic, "p99.5");
  EXPECT_DOUBLE_EQ(a.percentile, 99.5);
  EXPECT_EQ(a.evaluation_periods, 5);
  EXPECT_EQ(a.datapoints_to_alarm, 3);
  EXPECT_DOUBLE_EQ(a.threshold, 2500);
  EXPECT_EQ(a.comparison_operator, engine::ComparisonOperator::kGreaterThanOrEqualToThreshold);
  EXPECT_EQ(a.treat_missing_data, engine::TreatMissingData::kNotBreaching);
  EXPECT_TRUE(a.ignore_low_sample_count_percentile);
  EXPECT_EQ(a.unit, "Milliseconds");
  EXPECT_FALSE(a.actions_enabled);
  EXPECT_EQ(result.config->targets[0].timeout_ms, 100);
}

TEST(WarningsTest, AlarmOnAMetricNoFilterEmits) {
  const LoadResult result = LoadConfigString(R"(alarms:
  - name: orphan
    namespace: Nowhere
    metric_name: Nothing
    statistic: Sum
    period: 60
    evaluation_periods: 1
    threshold: 1
    comparison_operator: GreaterThanThreshold
)",
                                             "w.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0].ToString(),
            "w.yaml:2:11: warning: no metric filter emits Nowhere/Nothing, which alarm 'orphan' "
            "watches");
}

TEST(DiagnosticTest, ToString) {
  EXPECT_EQ((Diagnostic{"a.yaml", 3, 7, "boom"}).ToString(), "a.yaml:3:7: error: boom");
  EXPECT_EQ((Diagnostic{"a.yaml", 0, 0, "gone"}).ToString(), "a.yaml: error: gone");
  EXPECT_EQ((Diagnostic{"a.yaml", 1, 2, "hm", Diagnostic::Severity::kWarning}).ToString(),
            "a.yaml:1:2: warning: hm");
}

// --- include -------------------------------------------------------------

constexpr char kPackGroup[] = R"(log_groups:
  - name: packGroup
    files: [p.log]
metric_filters:
  - name: packFilter
    log_group: mainGroup
    pattern: OOM
    metric_transformation: {name: Oom, namespace: Pack, value: "1"}
)";

TEST(IncludeTest, MergesListsOfRelativeIncludesInOrder) {
  testing::TempDir dir;
  dir.Write("packs/pack.yaml", std::string(kPackGroup) + "include: [more.yaml]\n");
  dir.Write("packs/more.yaml", "log_groups: [{name: moreGroup}]\n");
  const std::string main = dir.Write("conf/main.yaml", R"(include: [../packs/pack.yaml]
log_groups: [{name: mainGroup}]
)");
  const LoadResult result = LoadConfigFile(main);
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  std::vector<std::string> groups;
  for (const LogGroupConfig& g : result.config->log_groups) groups.push_back(g.name);
  EXPECT_THAT(groups, ElementsAre("mainGroup", "packGroup", "moreGroup"));
  ASSERT_EQ(result.config->metric_filters.size(), 1u);
  EXPECT_EQ(result.config->metric_filters[0].log_group, "mainGroup");  // across files
}

TEST(IncludeTest, ErrorsNameTheIncludedFile) {
  testing::TempDir dir;
  const std::string pack = dir.Write("pack.yaml", R"(log_groups:
  - name: g
    fils: [x]
server: {listen: "127.0.0.1:1"}
)");
  const std::string main =
      dir.Write("main.yaml", "include: [pack.yaml]\nlog_groups: [{name: g}]\n");
  const LoadResult result = LoadConfigFile(main);
  ASSERT_EQ(result.errors.size(), 3u) << result.FormatDiagnostics();
  EXPECT_EQ(
      result.errors[0].ToString(),
      pack + ":2:11: error: duplicate log group name 'g' (first defined at " + main + ":2:21)");
  EXPECT_EQ(result.errors[1].ToString(),
            pack + ":3:5: error: unknown key 'fils'; did you mean 'files'?");
  EXPECT_EQ(result.errors[2].ToString(),
            pack +
                ":4:1: error: 'server' may only be set in the main config file; an included "
                "file adds log_groups, metric_filters, alarms and targets");
}

TEST(IncludeTest, CycleIsAnError) {
  testing::TempDir dir;
  dir.Write("b.yaml", "include: [a.yaml]\n");
  const std::string a = dir.Write("a.yaml", "include: [b.yaml]\n");
  const LoadResult result = LoadConfigFile(a);
  ASSERT_EQ(result.errors.size(), 1u) << result.FormatDiagnostics();
  EXPECT_EQ(result.errors[0].file, dir.path() + "/b.yaml");
  EXPECT_EQ(result.errors[0].line, 1);
  EXPECT_EQ(result.errors[0].column, 11);
  EXPECT_THAT(result.errors[0].message, HasSubstr("includes itself (a cycle)"));
}

TEST(IncludeTest, SharedFileIsIncludedOnce) {
  testing::TempDir dir;
  dir.Write("base.yaml", "log_groups: [{name: base}]\n");
  dir.Write("a.yaml", "include: [base.yaml]\n");
  dir.Write("b.yaml", "include: [./base.yaml]\n");
  const LoadResult result = LoadConfigFile(dir.Write("main.yaml", "include: [a.yaml, b.yaml]\n"));
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  EXPECT_EQ(result.config->log_groups.size(), 1u);
}

TEST(IncludeTest, SyntaxErrorInIncludedFile) {
  testing::TempDir dir;
  const std::string pack = dir.Write("pack.yaml", "log_groups: [{name: g}\n");
  const std::string main = dir.Write("main.yaml", "include: [pack.yaml]\n");
  const LoadResult result = LoadConfigFile(main);
  ASSERT_EQ(result.errors.size(), 1u) << result.FormatDiagnostics();
  EXPECT_EQ(result.errors[0].file, pack);
  EXPECT_THAT(result.errors[0].message, HasSubstr("invalid YAML"));
}

TEST(IncludeTest, UnknownEmbeddedFileHasSuggestion) {
  const LoadResult missing =
      LoadConfigString("include: [\"embedded:packs/ai-trainin.yaml\"]\n", "main.yaml");
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_THAT(missing.errors[0].ToString(),
              HasSubstr("main.yaml:1:11: error: include: no embedded file "
                        "'packs/ai-trainin.yaml'"));
}

// --- secrets -------------------------------------------------------------

constexpr char kSecret[] = "hunter2-very-secret";

TEST(SecretsTest, LoadedAndTrimmed) {
  testing::TempDir dir;
  const std::string token = dir.Write("token", std::string(kSecret) + "\n");
  const std::string hmac = dir.Write("hmac", std::string(kSecret) + "-hmac\r\n");
  const std::string creds = dir.Write("credentials", R"([default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = default-secret
[profile ops]
aws_access_key_id=AKIDOPS
aws_secret_access_key=ops-secret
aws_session_token=ops-token
)");
  const LoadResult result = LoadConfigString("server: {auth_token_file: " + token + R"(}
targets:
  - {name: hook, type: webhook, url: "https://h.example/x", hmac_secret_file: )" +
                                                 hmac + R"(}
  - name: sns
    type: sns
    topic_arn: "arn:aws:sns:us-east-1:123456789012:Ops"
    endpoint: "http://127.0.0.1:9911"
    credentials_file: )" + creds + R"(
    profile: ops
)",
                                             "s.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  const Config& c = *result.config;
  EXPECT_EQ(c.server.auth_token, kSecret);
  EXPECT_EQ(c.server.auth_token_file, token);
  EXPECT_EQ(c.targets[0].hmac_secret, std::string(kSecret) + "-hmac");
  EXPECT_EQ(c.targets[1].aws_access_key_id, "AKIDOPS");
  EXPECT_EQ(c.targets[1].aws_secret_access_key, "ops-secret");
  EXPECT_EQ(c.targets[1].aws_session_token, "ops-token");
  EXPECT_EQ(c.targets[1].region, "us-east-1");
  EXPECT_EQ(c.targets[1].endpoint, "http://127.0.0.1:9911");
}

TEST(SecretsTest, NeverEchoedInDiagnostics) {
  testing::TempDir dir;
  const std::string secret = dir.Write("secret", std::string(kSecret) + "\n");
  const std::string empty = dir.Write("empty", "\n\n");
  const std::string creds = dir.Write(
      "creds", std::string("[default]\n") + kSecret + "\n" + "aws_access_key_id=" + kSecret + "\n");
  // A secret file misused as an include, secrets that are not usable as
  // such, and errors next to valid secrets: no message may carry a secret.
  const LoadResult result = LoadConfigString("include: [" + secret + R"(]
server: {auth_token_file: )" + secret + R"(, listen: "0.0.0.0:1", protect_metrics: maybe}
targets:
  - {name: a, type: webhook, url: "http://x", hmac_secret_file: )" +
                                                 empty + R"(}
  - {name: b, type: sns, topic_arn: "arn:aws:sns:us-east-1:123456789012:T", credentials_file: )" +
                                                 creds + R"(}
)",
                                             "s.yaml");
  EXPECT_FALSE(result.ok());
  const std::string all = result.FormatDiagnostics();
  EXPECT_THAT(all, Not(HasSubstr("hunter2")));
  EXPECT_THAT(all,
              HasSubstr("expected a mapping of settings at the top level, got a single value"));
  EXPECT_THAT(all, HasSubstr("hmac_secret_file: '" + empty + "' is empty"));
  EXPECT_THAT(all, HasSubstr("credentials_file: profile 'default' in '" + creds +
                             "' lacks aws_access_key_id or aws_secret_access_key"));
  EXPECT_THAT(all, HasSubstr("protect_metrics: expected true or false, got 'maybe'"));
}

}  // namespace
}  // namespace tailwatch::config

namespace tailwatch::config {
namespace {

TEST(ConfigLoaderBandTest, BandAlarmAndDetectorLoad) {
  const LoadResult r = LoadConfigString(R"yaml(log_groups:
  - name: train
    files: [/tmp/train.log]
metric_filters:
  - name: step
    log_group: train
    pattern: '{ $.step_ms = * }'
    metric_transformation: {name: StepTime, namespace: Train, value: $.step_ms}
alarms:
  - name: step-time-anomaly
    metrics:
      - id: m1
        metric_stat:
          metric: {namespace: Train, metric_name: StepTime}
          period: 10
          stat: Average
        return_data: true
      - id: ad1
        expression: "ANOMALY_DETECTION_BAND(m1, 2.5)"
        label: StepTime (expected)
    threshold_metric_id: ad1
    evaluation_periods: 3
    datapoints_to_alarm: 2
    comparison_operator: LessThanLowerOrGreaterThanUpperThreshold
    treat_missing_data: notBreaching
anomaly_detectors:
  - metric: {namespace: Train, metric_name: StepTime}
    stat: p90
    period: 60
    configuration:
      metric_timezone: UTC
      excluded_time_ranges:
        - {start_time: "2026-01-02T00:00:00Z", end_time: "2026-01-02T06:00:00Z"}
)yaml",
                                        "band.yaml");
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  ASSERT_EQ(1u, r.config->alarms.size());
  const engine::AlarmSpec& a = r.config->alarms[0];
  ASSERT_TRUE(a.band.has_value());
  EXPECT_EQ("m1", a.band->metric_id);
  EXPECT_EQ("ad1", a.band->band_id);
  EXPECT_EQ(2.5, a.band->width);
  EXPECT_EQ("StepTime (expected)", a.band->label);
  EXPECT_EQ("Train", a.metric_namespace);
  EXPECT_EQ("StepTime", a.metric_name);
  EXPECT_EQ(10, a.period_seconds);
  EXPECT_EQ(engine::Statistic::kAverage, a.statistic);
  EXPECT_EQ(engine::ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold,
            a.comparison_operator);
  ASSERT_EQ(1u, r.config->anomaly_detectors.size());
  const auto& d = r.config->anomaly_detectors[0];
  EXPECT_EQ("p90", d.extended_statistic);
  EXPECT_EQ(60, d.period_seconds);
  ASSERT_EQ(1u, d.excluded_time_ranges.size());
  EXPECT_EQ(6 * 3600 * 1000LL,
            d.excluded_time_ranges[0].end_ms - d.excluded_time_ranges[0].start_ms);
}

TEST(ConfigLoaderTest, AnomalyDetectorMetricTimezoneKeepsProfilesInLocalHours) {
  if (!std::filesystem::exists("/usr/share/zoneinfo/America/New_York")) GTEST_SKIP() << "no tzdata";
  const LoadResult r = LoadConfigString(R"yaml(
anomaly_detectors:
  - metric: {namespace: Train, metric_name: TokensPerSecond}
    stat: Average
    period: 3600
    configuration: {metric_timezone: America/New_York}
  - metric: {namespace: Train, metric_name: StepTime}
    stat: Average
    configuration: {metric_timezone: UTC}
)yaml",
                                        "tz.yaml");
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  ASSERT_EQ(2u, r.config->anomaly_detectors.size());
  const auto& ny = r.config->anomaly_detectors[0];
  EXPECT_EQ("America/New_York", ny.metric_timezone);
  ASSERT_TRUE(ny.local_time);
  EXPECT_EQ(-4 * 3600, ny.local_time->OffsetAt(1782864000000));  // 2026-07-01: EDT
  EXPECT_EQ(-5 * 3600, ny.local_time->OffsetAt(1796083200000));  // 2026-12-01: EST
  EXPECT_FALSE(r.config->anomaly_detectors[1].local_time);       // UTC needs no table
  // The zone is written back, so an exported config keeps it.
  const std::string yaml = WriteConfigYaml(*r.config);
  EXPECT_NE(yaml.find("metric_timezone: \"America/New_York\""), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("metric_timezone: \"UTC\""), std::string::npos) << yaml;
}

}  // namespace
}  // namespace tailwatch::config
