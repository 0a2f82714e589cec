// The operations of the CloudWatch API over the one data model
// (aws_value.h): each takes the decoded request and answers the operation's
// output structure, or a CloudWatch error. Which wire protocol carried them
// is not their business (wire_codecs.h).
//
// Reads of alarms and history take what the engine published
// (engine_snapshot.h). Operations on the metric store come in two steps: a
// Parse* that validates the request anywhere (so a bad request never reaches
// the engine), and a Run*/Apply* that the caller runs on the engine strand,
// the store's one owner.
//
// Pure functions; thread-safe as long as the store is not shared.
#ifndef TAILWATCH_DAEMON_CLOUDWATCH_CLOUDWATCH_OPS_H_
#define TAILWATCH_DAEMON_CLOUDWATCH_CLOUDWATCH_OPS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "daemon/cloudwatch/aws_value.h"
#include "daemon/runtime/alarm_history.h"
#include "daemon/runtime/engine_snapshot.h"
#include "engine/aggregate/metric_key.h"
#include "engine/aggregate/metric_store.h"
#include "engine/alarm/alarm_spec.h"
#include "engine/anomaly/band_tracker.h"

namespace tailwatch::daemon::cloudwatch {

inline constexpr std::string_view kAccountId = "000000000000";

// "arn:aws:cloudwatch:<region>:000000000000:alarm:<name>"
std::string AlarmArn(std::string_view region, std::string_view name);

// DescribeAlarms: AlarmNames | AlarmNamePrefix, StateValue, ActionPrefix,
// AlarmTypes, MaxRecords (1-100, default 50), NextToken. Alarms sorted by
// name; NextToken is the name to resume at.
CwResult<AwsValue> DescribeAlarms(const AwsValue& request,
                                  const std::vector<AlarmStatusRecord>& alarms,
                                  std::string_view region);

// DescribeAlarmHistory: AlarmName, AlarmTypes, HistoryItemType, StartDate,
// EndDate, MaxRecords (1-100, default 100), NextToken, ScanBy. Items are the
// persisted StateUpdate transitions (alarm_history.h), newest first unless
// ScanBy is TimestampAscending; NextToken is an offset.
CwResult<AwsValue> DescribeAlarmHistory(const AwsValue& request, const AlarmHistoryView* history);

// ListMetrics: Namespace, MetricName, Dimensions (Name, optional Value),
// NextToken (an offset); 500 metrics a page, sorted.
struct ListMetricsQuery {
  std::optional<std::string> metric_namespace;
  std::optional<std::string> metric_name;
  std::vector<std::pair<std::string, std::optional<std::string>>> dimensions;
  size_t offset = 0;
};
CwResult<ListMetricsQuery> ParseListMetrics(const AwsValue& request);
AwsValue RunListMetrics(const ListMetricsQuery& query, const engine::MetricStore& store);

// GetMetricStatistics: the store's periods of [StartTime, EndTime), aligned
// to epoch multiples of Period, at most 1440.
struct MetricStatisticsQuery {
  engine::MetricKey key;
  int64_t start_ms = 0;
  int64_t end_ms = 0;
  int period_seconds = 60;
  std::vector<engine::Statistic> statistics;
  std::vector<std::pair<std::string, double>> percentiles;  // ("p99", 99)
  std::optional<std::string> unit;
};
CwResult<MetricStatisticsQuery> ParseGetMetricStatistics(const AwsValue& request);
AwsValue RunGetMetricStatistics(const MetricStatisticsQuery& query,
                                const engine::MetricStore& store);

// GetMetricData with MetricStat queries and, of metric math, only
// ANOMALY_DETECTION_BAND(id[, width]) on a MetricStat query of the same
// request: StartTime, EndTime, MetricDataQueries [{Id, MetricStat{Metric,
// Period, Stat, Unit} | Expression, Label, ReturnData}], ScanBy.
struct MetricDataQuery {
  std::string id;
  std::string label;
  bool return_data = true;
  engine::MetricKey key;
  int period_seconds = 60;
  std::optional<engine::Statistic> statistic;
  double percentile = 0;  // when no `statistic`
  std::string stat_name;  // as given ("Average", "p99"): the band model's identity
  // An ANOMALY_DETECTION_BAND query: the metric fields above are copied from
  // the MetricStat query `band_metric_id` names.
  bool is_band = false;
  std::string band_metric_id;
  double band_width = 2;
};
struct MetricDataRequest {
  std::vector<MetricDataQuery> queries;
  int64_t start_ms = 0;
  int64_t end_ms = 0;
  bool ascending = false;
};
CwResult<MetricDataRequest> ParseGetMetricData(const AwsValue& request);
// A band query answers two results with its Id, labelled "<label> Lower" and
// "<label> Upper": the band of each period of the range that the model of
// that metric, statistic and period (a band alarm's or an anomaly detector's,
// in `bands`) has recorded. Without such a model the two are empty, as on
// AWS while a new model trains. `bands` may be null (no models).
AwsValue RunGetMetricData(const MetricDataRequest& request, const engine::MetricStore& store,
                          const engine::anomaly::BandTracker* bands = nullptr);

// PutMetricData: Namespace (not "AWS/..."), 1-1000 MetricData each with
// MetricName, Dimensions (<= 30), Timestamp (default `now_ms`; more than two
// weeks old or two hours ahead refused), and exactly one of Value,
// StatisticValues or Values (+ Counts).
struct MetricDatumPlan {
  engine::MetricKey key;
  int64_t time_ms = 0;
  std::vector<engine::SampleAggregate> samples;
};
CwResult<std::vector<MetricDatumPlan>> ParsePutMetricData(const AwsValue& request, int64_t now_ms);
// Folds the data into the store; returns how many samples the store refused
// (too late for its horizon, or over the dimension cap).
size_t ApplyPutMetricData(const std::vector<MetricDatumPlan>& data, engine::MetricStore& store);

// SetAlarmState: AlarmName, StateValue, StateReason (<= 1023 characters),
// StateReasonData (<= 4000 characters of JSON, else InvalidFormat).
struct SetAlarmStateRequest {
  std::string alarm_name;
  engine::AlarmState state = engine::AlarmState::kOk;
  std::string reason;
  std::string reason_data_json;
};
CwResult<SetAlarmStateRequest> ParseSetAlarmState(const AwsValue& request);

// The AlarmNames of DeleteAlarms, EnableAlarmActions and DisableAlarmActions
// (1-100 names).
CwResult<std::vector<std::string>> ParseAlarmNames(const AwsValue& request);

// The error for a write to an alarm the configuration file defines.
CloudWatchError DefinedInConfig(std::string_view alarm_name);

}  // namespace tailwatch::daemon::cloudwatch

#endif  // TAILWATCH_DAEMON_CLOUDWATCH_CLOUDWATCH_OPS_H_
