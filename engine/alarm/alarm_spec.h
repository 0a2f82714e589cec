// The definition of one metric alarm (the CloudWatch PutMetricAlarm shape:
// threshold alarms and anomaly-detection band alarms), plus the names
// CloudWatch uses for its enums.
// Plain data; ValidateAlarmSpec applies CloudWatch's rules
// (docs/cloudwatch-semantics.md §4.1).
#ifndef TAILWATCH_ENGINE_ALARM_ALARM_SPEC_H_
#define TAILWATCH_ENGINE_ALARM_ALARM_SPEC_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::engine {

enum class Statistic { kSampleCount, kAverage, kSum, kMinimum, kMaximum };

enum class ComparisonOperator {
  kGreaterThanOrEqualToThreshold,
  kGreaterThanThreshold,
  kLessThanThreshold,
  kLessThanOrEqualToThreshold,
  // Band operators (docs/cloudwatch-semantics.md §4.9): the threshold is an
  // anomaly-detection band, not a number.
  kLessThanLowerOrGreaterThanUpperThreshold,
  kLessThanLowerThreshold,
  kGreaterThanUpperThreshold,
};

// True for the three operators that compare against a band.
bool IsBandOperator(ComparisonOperator op);

// The ANOMALY_DETECTION_BAND(metric_id, width) query of a band alarm's
// `metrics:`; the watched metric itself stays in AlarmSpec's metric fields.
struct BandSpec {
  std::string metric_id;  // id of the metric_stat query the band is built on
  std::string band_id;    // id of the band query (= threshold_metric_id)
  double width = 2;       // k: the band is prediction ± k × spread
  std::string label;      // the band query's label (empty = none)
  bool metric_return_data = true;
  bool band_return_data = true;
  friend bool operator==(const BandSpec&, const BandSpec&) = default;
};

enum class TreatMissingData { kMissing, kIgnore, kBreaching, kNotBreaching };

enum class AlarmState { kOk, kAlarm, kInsufficientData };

struct AlarmSpec {
  std::string name;
  std::string description;  // empty = none (JSON null)
  std::string metric_namespace;
  std::string metric_name;
  // Exact dimension set of the metric the alarm watches, sorted by name.
  std::vector<std::pair<std::string, std::string>> dimensions;

  // Exactly one of `statistic` or `extended_statistic` ("p99", "p99.9").
  std::optional<Statistic> statistic;
  std::string extended_statistic;
  double percentile = 0;  // 0..100, parsed from extended_statistic

  int period_seconds = 300;
  int evaluation_periods = 1;
  std::optional<int> datapoints_to_alarm;  // M; unset means N
  double threshold = 0;                    // threshold alarms only
  // Set for a band alarm (one given as `metrics:` with threshold_metric_id);
  // then comparison_operator is a band operator and `threshold` is unused.
  std::optional<BandSpec> band;
  ComparisonOperator comparison_operator = ComparisonOperator::kGreaterThanThreshold;
  TreatMissingData treat_missing_data = TreatMissingData::kMissing;
  // evaluate_low_sample_count_percentile: "evaluate" (default) or "ignore".
  bool ignore_low_sample_count_percentile = false;
  std::string unit;  // empty = none

  // tailwatch extension, not CloudWatch (docs/cloudwatch-semantics.md §4.8,
  // engine/alarm/evidence.h):
  // `missing_data_scope: live` makes a period without data evidence only
  // while the metric's series is live, from its first datapoint until a
  // datapoint of `end_metric_name` (same namespace, no dimensions) newer than
  // its last one. `missing_data_scope: all` (false) is CloudWatch's rule.
  bool missing_data_live_only = false;
  std::string end_metric_name;  // empty = the series never ends
  // tailwatch extension: how many matching log lines per period to keep and
  // show with the alarm's events and status (engine/alarm/sample_lines.h);
  // nullopt = the config's `alarm_sample_lines`, which the config resolves
  // (the engine reads nullopt as 0: none). Changes no evaluation.
  std::optional<int> sample_lines;

  // tailwatch extension, not CloudWatch (docs/cloudwatch-semantics.md §4.10):
  // `evaluation: rolling` judges sub-windows of `period` that end at each
  // event and at each tick instead of whole periods at minute boundaries.
  // Only for monotone conditions (RollingEvaluationRefusal).
  bool rolling = false;

  bool actions_enabled = true;
  std::vector<std::string> alarm_actions;
  std::vector<std::string> ok_actions;
  std::vector<std::string> insufficient_data_actions;

  int datapoints_to_alarm_or_n() const { return datapoints_to_alarm.value_or(evaluation_periods); }

  friend bool operator==(const AlarmSpec&, const AlarmSpec&) = default;
};

// CloudWatch names <-> enums. Parse* return nullopt for unknown text.
std::optional<Statistic> ParseStatistic(std::string_view text);   // "Sum"
std::string_view StatisticName(Statistic statistic);              // "Sum"
std::string_view StatisticNotificationName(Statistic statistic);  // "SUM"
std::optional<ComparisonOperator> ParseComparisonOperator(std::string_view text);
std::string_view ComparisonOperatorName(ComparisonOperator op);
std::optional<TreatMissingData> ParseTreatMissingData(std::string_view text);  // "notBreaching"
std::string_view TreatMissingDataName(TreatMissingData treat);
std::string_view AlarmStateName(AlarmState state);  // "INSUFFICIENT_DATA"
std::optional<AlarmState> ParseAlarmState(std::string_view text);
// "p99" / "p99.5" -> 99 / 99.5; nullopt unless 0 < p < 100 with at most 2 decimals.
std::optional<double> ParseExtendedStatistic(std::string_view text);
// True for the CloudWatch StandardUnit names ("Seconds", "Count/Second", "None", ...).
bool IsStandardUnit(std::string_view unit);

// Why `evaluation: rolling` cannot apply to this spec (empty = it can), as
// far as the spec alone tells: the condition must only move toward breaching
// as samples arrive (SampleCount, Maximum or Sum with GreaterThan*, Minimum
// with LessThan*; no band, percentile or Average, no `missing_data_scope:
// live`). A Sum also needs values that cannot be negative, which only the
// metric filters feeding it tell (config/rolling_checks.h).
std::string RollingEvaluationRefusal(const AlarmSpec& spec);

// CloudWatch's rules for an alarm definition: every error found, each about
// one field (Error::field, in config spelling) with the message "field:
// reason" (e.g. "period: must be 10, 20, 30 or a multiple of 60 seconds");
// line and column are left 0 for the caller to fill. Fields named in
// `unknown_fields` (config keys whose value could not be read) are not
// checked, nor used by another field's rule; a rule that needs a field found
// invalid (M against an invalid N) is skipped. Empty when the spec is valid.
std::vector<Error> ValidateAlarmSpec(const AlarmSpec& spec,
                                     std::span<const std::string> unknown_fields = {});

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_ALARM_SPEC_H_
