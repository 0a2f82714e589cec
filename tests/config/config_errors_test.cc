// Bad configurations, each with the exact diagnostics the loader must give:
// position (1-based line:column) and message, every error of the file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "config/config.h"
#include "tests/config/config_test_util.h"

namespace tailwatch::config {
namespace {

using ::testing::ElementsAreArray;

// Lines 1-8: one log group, one filter. Cases append from line 9.
constexpr char kBase[] = R"(log_groups:
  - name: app
    files: [/tmp/app.log]
metric_filters:
  - name: errors
    log_group: app
    pattern: ERROR
    metric_transformation: {name: Errors, namespace: App, value: "1"}
)";

// Lines 9-17 after kBase.
constexpr char kAlarm[] = R"(alarms:
  - name: high
    namespace: App
    metric_name: Errors
    statistic: Sum
    period: 60
    evaluation_periods: 1
    threshold: 0
    comparison_operator: GreaterThanThreshold
)";

// Lines 9-22 after kBase: a band alarm.
constexpr char kBandAlarm[] = R"(alarms:
  - name: errors-anomaly
    metrics:
      - id: m1
        metric_stat:
          metric: {namespace: App, metric_name: Errors}
          period: 60
          stat: Sum
        return_data: true
      - id: ad1
        expression: ANOMALY_DETECTION_BAND(m1, 2)
    threshold_metric_id: ad1
    evaluation_periods: 1
    comparison_operator: GreaterThanUpperThreshold
)";

struct BadConfigCase {
  std::string name;
  std::string yaml;
  std::vector<std::string> errors;  // "LINE:COL: message", in file order
};

// Test names (and ctest names) show the case name, not the struct's bytes.
void PrintTo(const BadConfigCase& c, std::ostream* os) { *os << c.name; }

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  testing::ReplaceAll(&text, from, to);
  return text;
}

std::string BaseWithAlarm() { return std::string(kBase) + kAlarm; }

std::vector<BadConfigCase> Cases() {
  return {
      {"UnknownKeyWithSuggestion",
       Replace(BaseWithAlarm(), "    period: 60", "    period_sec: 60"),
       {"10:5: missing required key 'period'",
        "14:5: unknown key 'period_sec'; did you mean 'period'?"}},
      {"UnknownTopLevelKey",
       std::string(kBase) + "metric_filter: []\n",
       {"9:1: unknown key 'metric_filter'; did you mean 'metric_filters'?"}},
      {"UnknownKeyFarFromAnyName",
       std::string(kBase) + "colour: blue\n",
       {"9:1: unknown key 'colour'"}},
      {"NumberExpected",
       Replace(BaseWithAlarm(), "threshold: 0", "threshold: high"),
       {"16:16: threshold: expected a number, got 'high'"}},
      {"IntegerExpected",
       Replace(BaseWithAlarm(), "period: 60", "period: 1.5"),
       {"14:13: period: expected an integer, got '1.5'"}},
      {"BooleanExpected",
       BaseWithAlarm() + "    actions_enabled: maybe\n",
       {"18:22: actions_enabled: expected true or false, got 'maybe'"}},
      {"ListExpected",
       Replace(kBase, "files: [/tmp/app.log]", "files: /tmp/app.log"),
       {"3:12: files: expected a list of strings, got '/tmp/app.log'"}},
      {"MappingExpected",
       std::string(kBase) + "alarms:\n  - high\n",
       {"10:5: alarm: expected a mapping, got 'high'"}},
      {"MissingRequiredKeyAtParentMapping",
       Replace(kBase, "    log_group: app\n", ""),
       {"5:5: missing required key 'log_group'"}},
      {"MissingRequiredKeyInFlowMapping",
       Replace(kBase, ", value: \"1\"}", "}"),
       {"8:28: missing required key 'value'"}},
      {"BadPatternPlainScalar",
       Replace(kBase, "pattern: ERROR", "pattern: ERR*"),
       {"7:17: pattern: invalid character(s) in term: '*' is only allowed inside a quoted term"}},
      {"BadPatternSingleQuoted",
       Replace(kBase, "pattern: ERROR", "pattern: '{ $.level = }'"),
       {"7:27: pattern: expected a value after '='"}},
      {"BadPatternDoubleQuoted",
       Replace(kBase, "pattern: ERROR", "pattern: \"[ip, user\""),
       {"7:23: pattern: a space-delimited pattern must end with ']'"}},
      {"BadPatternBlockScalarAtItsStart",
       Replace(kBase, "pattern: ERROR", "pattern: |\n      { $.level = }"),
       {"7:14: pattern: expected a value after '='"}},
      {"UnquotedJsonPattern",
       Replace(kBase, "pattern: ERROR", "pattern: { $.level = 1 }"),
       {"7:14: pattern: expected a string, got a mapping; quote the pattern, e.g. pattern: "
        "'{ $.level = \"ERROR\" }'"}},
      {"DuplicateFilterName",
       std::string(kBase) + "  - name: errors\n    log_group: app\n    pattern: WARN\n"
                            "    metric_transformation: {name: W, namespace: App, value: \"1\"}\n",
       {"9:11: duplicate metric filter name 'errors' (first defined at test.yaml:5:11)"}},
      {"DuplicateLogGroupName",
       Replace(kBase, "metric_filters:", "  - name: app\nmetric_filters:"),
       {"4:11: duplicate log group name 'app' (first defined at test.yaml:2:11)"}},
      {"DuplicateKey", BaseWithAlarm() + "    period: 300\n", {"18:5: duplicate key 'period'"}},
      {"UnknownLogGroup",
       Replace(kBase, "log_group: app", "log_group: ap"),
       {"6:16: log_group: no log group named 'ap'; did you mean 'app'?"}},
      {"UnknownActionTarget",
       BaseWithAlarm() + "    alarm_actions: [pager]\n",
       {"18:21: alarm_actions: no target named 'pager' (an action is a target name or an SNS "
        "topic ARN)"}},
      {"ActionTargetTypo",
       BaseWithAlarm() + "    ok_actions: [pagr]\ntargets:\n"
                         "  - {name: pager, type: webhook, url: \"http://127.0.0.1:1/x\"}\n",
       {"18:18: ok_actions: no target named 'pagr'; did you mean 'pager'? (an action is a "
        "target name or an SNS topic ARN)"}},
      {"MalformedSnsArn",
       BaseWithAlarm() + "    ok_actions: [\"arn:aws:sns:us-west-2:123:x\"]\n",
       {"18:18: ok_actions: 'arn:aws:sns:us-west-2:123:x' is not an SNS topic ARN "
        "(arn:aws:sns:REGION:ACCOUNT:NAME)"}},
      {"AlarmPeriodRule",
       Replace(BaseWithAlarm(), "period: 60", "period: 45"),
       {"14:13: period: must be 10, 20, 30 or a multiple of 60 seconds"}},
      {"AlarmDatapointsRule",
       BaseWithAlarm() + "    datapoints_to_alarm: 2\n",
       {"18:26: datapoints_to_alarm: must be between 1 and evaluation_periods"}},
      {"AlarmEndMetricNeedsLiveScope",
       BaseWithAlarm() + "    end_metric_name: JobEnded\n",
       {"18:22: end_metric_name: needs missing_data_scope: live"}},
      {"AlarmMissingDataScopeValues",
       BaseWithAlarm() + "    missing_data_scope: alive\n",
       {"18:25: missing_data_scope: expected all or live, got 'alive'; did you mean 'live'?"}},
      {"AlarmSampleLinesBounded",
       BaseWithAlarm() + "    sample_lines: 21\n",
       {"18:19: sample_lines: must be between 0 and 20, got 21"}},
      {"AlarmStatisticAndExtendedStatistic",
       BaseWithAlarm() + "    extended_statistic: p99\n",
       {"13:16: statistic: give exactly one of statistic or extended_statistic"}},
      {"AlarmWithoutStatisticAtItsMapping",
       Replace(BaseWithAlarm(), "    statistic: Sum\n", ""),
       {"10:5: statistic: give exactly one of statistic or extended_statistic"}},
      {"AlarmRulesAllReported",
       Replace(Replace(BaseWithAlarm(), "period: 60", "period: 45"), "evaluation_periods: 1",
               "evaluation_periods: 2\n    datapoints_to_alarm: 3"),
       {"14:13: period: must be 10, 20, 30 or a multiple of 60 seconds",
        "16:26: datapoints_to_alarm: must be between 1 and evaluation_periods"}},
      {"UnknownStatistic",
       Replace(BaseWithAlarm(), "statistic: Sum", "statistic: Summ"),
       {"13:16: statistic: expected SampleCount, Average, Sum, Minimum or Maximum, got 'Summ'; "
        "did you mean 'Sum'?"}},
      {"BandOperatorNeedsBand",
       Replace(BaseWithAlarm(), "comparison_operator: GreaterThanThreshold",
               "comparison_operator: GreaterThanUpperThreshold"),
       {"17:26: comparison_operator: 'GreaterThanUpperThreshold' compares against an "
        "anomaly-detection band: give metrics with ANOMALY_DETECTION_BAND and "
        "threshold_metric_id"}},
      {"BandAlarmUnknownMetricId",
       Replace(std::string(kBase) + kBandAlarm, "ANOMALY_DETECTION_BAND(m1, 2)",
               "ANOMALY_DETECTION_BAND(m2, 2)"),
       {"19:21: expression: unknown metric id 'm2'; the metric_stat query's id is 'm1'"}},
      {"BandAlarmBadExpression",
       Replace(std::string(kBase) + kBandAlarm, "ANOMALY_DETECTION_BAND(m1, 2)",
               "ANOMALY_DETECTION_BAND(m1, -2)"),
       {"19:48: expression: the band width must be a positive number, got '-2'"}},
      {"BandAlarmOtherExpression",
       Replace(std::string(kBase) + kBandAlarm, "ANOMALY_DETECTION_BAND(m1, 2)", "m1 * 2"),
       {"19:21: expression: only ANOMALY_DETECTION_BAND(METRIC_ID, K) expressions are "
        "supported, got 'm1 * 2'"}},
      {"BandAlarmThresholdIdIsTheMetric",
       Replace(std::string(kBase) + kBandAlarm, "threshold_metric_id: ad1",
               "threshold_metric_id: m1"),
       {"20:26: threshold_metric_id: 'm1' is the metric, not its band; the "
        "ANOMALY_DETECTION_BAND expression's id is 'ad1'"}},
      {"BandAlarmWithThreshold",
       std::string(kBase) + kBandAlarm + "    threshold: 3\n",
       {"23:16: threshold: a band alarm has no threshold; it compares against the band that "
        "threshold_metric_id names"}},
      {"BandAlarmWithThresholdOperator",
       Replace(std::string(kBase) + kBandAlarm, "GreaterThanUpperThreshold",
               "GreaterThanThreshold"),
       {"22:26: comparison_operator: a band alarm (threshold_metric_id) needs "
        "LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold or "
        "GreaterThanUpperThreshold"}},
      {"BandAlarmBadPeriodPointsIntoMetricStat",
       Replace(std::string(kBase) + kBandAlarm, "period: 60", "period: 45"),
       {"15:19: metric_stat.period: must be 10, 20, 30 or a multiple of 60 seconds"}},
      {"ThresholdMetricIdWithoutMetrics",
       BaseWithAlarm() + "    threshold_metric_id: ad1\n",
       {"18:26: threshold_metric_id: needs metrics (an ANOMALY_DETECTION_BAND alarm)"}},
      {"AnomalyDetectorBadTimeRange",
       std::string(kBase) +
           "anomaly_detectors:\n  - metric: {namespace: App, metric_name: Errors}\n"
           "    stat: Sum\n    configuration:\n      metric_timezone: Mars/Olympus\n"
           "      excluded_time_ranges:\n        - {start_time: 2026-01-02T00:00:00Z, "
           "end_time: yesterday}\n",
       {"13:24: metric_timezone: unknown time zone 'Mars/Olympus' (expected an IANA name such "
        "as Europe/Paris)",
        "15:56: end_time: expected an ISO 8601 time such as 2026-01-02T03:04:05Z, got "
        "'yesterday'"}},
      {"DimensionsNeedStructuredPattern",
       Replace(kBase, "    metric_transformation: {name: Errors, namespace: App, value: \"1\"}\n",
               "    metric_transformation:\n      name: Errors\n      namespace: App\n"
               "      value: \"1\"\n      dimensions: {Host: \"$.host\"}\n"),
       {"12:19: metric_transformation.dimensions: need a JSON or space-delimited filter "
        "pattern"}},
      {"DefaultValueWithDimensions",
       Replace(Replace(kBase, "pattern: ERROR", "pattern: '{ $.level = \"ERROR\" }'"),
               "    metric_transformation: {name: Errors, namespace: App, value: \"1\"}\n",
               "    metric_transformation:\n      name: Errors\n      namespace: App\n"
               "      value: \"1\"\n      default_value: 0\n      dimensions: {Host: $.host}\n"),
       {"12:22: metric_transformation.default_value: is not allowed together with dimensions"}},
      {"TransformationChecksDespiteBadPattern",
       Replace(Replace(kBase, "pattern: ERROR", "pattern: '\"ERROR'"), "name: Errors",
               "name: \"Err:ors\""),
       {"7:15: pattern: unclosed quote in term",
        "8:35: metric_transformation.name: must not contain ':', '*' or '$'"}},
      {"InvalidYamlSyntax",
       Replace(kBase, "value: \"1\"}", "value: \"1\""),
       {"9:1: invalid YAML: end of map flow not found"}},
      {"TopLevelNotAMapping",
       "- a\n- b\n",
       {"1:1: expected a mapping of settings at the top level, got a list"}},
      {"ListenWithoutPort",
       std::string(kBase) + "server: {listen: \"localhost\"}\n",
       {"9:19: listen: expected HOST:PORT"}},
      {"ListenIpv6WithoutBrackets",
       std::string(kBase) + "server: {listen: \"::1:9108\"}\n",
       {"9:19: listen: an IPv6 address goes in brackets, e.g. [::1]:9108"}},
      {"ListenBadPort",
       std::string(kBase) + "server: {listen: \"[::1]:http\"}\n",
       {"9:25: listen: port must be a number from 0 to 65535"}},
      {"ListenBeyondLoopbackNeedsToken",
       std::string(kBase) + "server: {listen: \"0.0.0.0:9108\"}\n",
       {"9:18: listen: a listener beyond loopback needs auth_token_file"}},
      {"MissingSecretFile",
       std::string(kBase) + "server: {auth_token_file: /nonexistent/token}\n",
       {"9:27: auth_token_file: cannot read '/nonexistent/token': No such file or directory"}},
      {"TargetTypeTypo",
       std::string(kBase) + "targets:\n  - {name: pager, type: webhok, url: \"http://x\"}\n",
       {"10:25: type: expected webhook, alertmanager or sns, got 'webhok'; did you mean "
        "'webhook'?"}},
      {"TargetKeyOfAnotherType",
       std::string(kBase) +
           "targets:\n  - {name: am, type: alertmanager, url: \"http://x\", topic_arn: t}\n",
       {"10:53: 'topic_arn' does not apply to a target of type alertmanager"}},
      {"SnsTargetWithoutTopic",
       std::string(kBase) + "targets:\n  - {name: sns, type: sns}\n",
       {"10:5: missing required key 'topic_arn'"}},
      {"TimestampRegexWithoutGroup",
       Replace(kBase, "    files: [/tmp/app.log]\n",
               "    files: [/tmp/app.log]\n    timestamp: {regex: '^\\S+'}\n"),
       {"4:24: regex: needs a capture group around the time, e.g. '^(\\S+)'"}},
      {"TimestampFieldAndRegex",
       Replace(kBase, "    files: [/tmp/app.log]\n",
               "    files: [/tmp/app.log]\n    timestamp: {field: $.ts, regex: '^(\\S+)'}\n"),
       {"4:37: timestamp: give either field or regex, not both"}},
      {"IncludedFileMissing",
       std::string(kBase) + "include: [/nonexistent/pack.yaml]\n",
       {"9:11: include: '/nonexistent/pack.yaml': cannot read: No such file or directory"}},
      {"UnknownEmbeddedFile",
       std::string(kBase) + "include: [\"embedded:packs/nope.yaml\"]\n",
       {"9:11: include: no embedded file 'packs/nope.yaml'"}},
      {"TransformationRulesAllReported",
       Replace(kBase, "{name: Errors, namespace: App, value: \"1\"}",
               "{name: \"Err:ors\", namespace: App, value: two, unit: Parsecs}"),
       {"8:35: metric_transformation.name: must not contain ':', '*' or '$'",
        "8:69: metric_transformation.value: 'two' must be a number or a $ reference",
        "8:80: metric_transformation.unit: 'Parsecs' is not a CloudWatch standard unit"}},
      {"RemovedKeyWriteTimeout",
       std::string(kBase) + "server: {write_timeout_ms: 100}\n",
       {"9:28: write_timeout_ms: removed key: tailwatch never applied it; delete it "
        "(read_timeout_ms bounds a request's read)"}},
      {"RemovedKeyAllowUnknownLogGroups",
       std::string(kBase) + "server: {allow_unknown_log_groups: true}\n",
       {"9:36: allow_unknown_log_groups: removed key: events for a log group the config does "
        "not define are always refused, as they would be counted nowhere; define the log group "
        "instead"}},
      {"JournalFsyncUnknown",
       std::string(kBase) + "ingest:\n  journal: {fsync: sometimes}\n",
       {"10:20: fsync: expected always, interval or never, got 'sometimes'"}},
      {"JournalUnknownKey",
       std::string(kBase) + "ingest:\n  journal: {max_byte: 10}\n",
       {"10:13: unknown key 'max_byte'; did you mean 'max_bytes'?"}},
      {"JournalIntervalWithoutIntervalPolicy",
       std::string(kBase) + "ingest:\n  journal: {fsync: always, fsync_interval_ms: 50}\n",
       {"10:47: fsync_interval_ms: only used with fsync: interval"}},
      {"ManyErrorsInOneLoad",
       Replace(Replace(Replace(BaseWithAlarm(), "log_group: app", "log_group: apps"),
                       "pattern: ERROR", "pattern: '%a(%'"),
               "period: 60", "periods: 60"),
       {"6:16: log_group: no log group named 'apps'; did you mean 'app'?",
        "7:17: pattern: parentheses (groups) are not allowed in a regular expression",
        "10:5: missing required key 'period'",
        "14:5: unknown key 'periods'; did you mean 'period'?"}},
  };
}

class BadConfigTest : public ::testing::TestWithParam<BadConfigCase> {};

TEST_P(BadConfigTest, ReportsExactlyTheseErrors) {
  const BadConfigCase& c = GetParam();
  const LoadResult result = LoadConfigString(c.yaml, "test.yaml");
  EXPECT_FALSE(result.ok());
  EXPECT_FALSE(result.config.has_value());
  EXPECT_THAT(testing::ErrorLines(result), ElementsAreArray(c.errors)) << c.yaml;
  for (const Diagnostic& d : result.errors) {
    EXPECT_EQ(d.file, "test.yaml");
    EXPECT_EQ(d.ToString().rfind("test.yaml:" + std::to_string(d.line) + ":" +
                                     std::to_string(d.column) + ": error: ",
                                 0),
              0u);
  }
}

INSTANTIATE_TEST_SUITE_P(Config, BadConfigTest, ::testing::ValuesIn(Cases()),
                         [](const auto& test_info) { return test_info.param.name; });

TEST(BadConfigBaseTest, BaseAndAlarmAreValid) {
  const LoadResult result = LoadConfigString(BaseWithAlarm(), "test.yaml");
  EXPECT_TRUE(result.ok()) << result.FormatDiagnostics();
}

}  // namespace
}  // namespace tailwatch::config
