#include "engine/alarm/alarm_spec.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace tailwatch::engine {
namespace {

struct StatisticNames {
  Statistic statistic;
  std::string_view name;
  std::string_view notification_name;
};
constexpr std::array<StatisticNames, 5> kStatistics = {{
    {Statistic::kSampleCount, "SampleCount", "SAMPLE_COUNT"},
    {Statistic::kAverage, "Average", "AVERAGE"},
    {Statistic::kSum, "Sum", "SUM"},
    {Statistic::kMinimum, "Minimum", "MINIMUM"},
    {Statistic::kMaximum, "Maximum", "MAXIMUM"},
}};

constexpr std::array<std::pair<ComparisonOperator, std::string_view>, 7> kOperators = {{
    {ComparisonOperator::kGreaterThanOrEqualToThreshold, "GreaterThanOrEqualToThreshold"},
    {ComparisonOperator::kGreaterThanThreshold, "GreaterThanThreshold"},
    {ComparisonOperator::kLessThanThreshold, "LessThanThreshold"},
    {ComparisonOperator::kLessThanOrEqualToThreshold, "LessThanOrEqualToThreshold"},
    {ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold,
     "LessThanLowerOrGreaterThanUpperThreshold"},
    {ComparisonOperator::kLessThanLowerThreshold, "LessThanLowerThreshold"},
    {ComparisonOperator::kGreaterThanUpperThreshold, "GreaterThanUpperThreshold"},
}};

constexpr std::array<std::pair<TreatMissingData, std::string_view>, 4> kTreatMissing = {{
    {TreatMissingData::kMissing, "missing"},
    {TreatMissingData::kIgnore, "ignore"},
    {TreatMissingData::kBreaching, "breaching"},
    {TreatMissingData::kNotBreaching, "notBreaching"},
}};

constexpr std::array<std::pair<AlarmState, std::string_view>, 3> kStates = {{
    {AlarmState::kOk, "OK"},
    {AlarmState::kAlarm, "ALARM"},
    {AlarmState::kInsufficientData, "INSUFFICIENT_DATA"},
}};

constexpr std::array<std::string_view, 27> kUnits = {
    "Seconds",
    "Microseconds",
    "Milliseconds",
    "Bytes",
    "Kilobytes",
    "Megabytes",
    "Gigabytes",
    "Terabytes",
    "Bits",
    "Kilobits",
    "Megabits",
    "Gigabits",
    "Terabits",
    "Percent",
    "Count",
    "Bytes/Second",
    "Kilobytes/Second",
    "Megabytes/Second",
    "Gigabytes/Second",
    "Terabytes/Second",
    "Bits/Second",
    "Kilobits/Second",
    "Megabits/Second",
    "Gigabits/Second",
    "Terabits/Second",
    "Count/Second",
    "None",
};

template <class Table, class Key>
auto FindByName(const Table& table, Key name) -> std::optional<decltype(table[0].first)> {
  for (const auto& [value, text] : table) {
    if (text == name) return value;
  }
  return std::nullopt;
}

template <class Table, class Value>
std::string_view NameOf(const Table& table, Value value) {
  for (const auto& [v, text] : table) {
    if (v == value) return text;
  }
  return "?";
}

}  // namespace

std::optional<Statistic> ParseStatistic(std::string_view text) {
  for (const auto& s : kStatistics) {
    if (s.name == text) return s.statistic;
  }
  return std::nullopt;
}

std::string_view StatisticName(Statistic statistic) {
  for (const auto& s : kStatistics) {
    if (s.statistic == statistic) return s.name;
  }
  return "?";
}

std::string_view StatisticNotificationName(Statistic statistic) {
  for (const auto& s : kStatistics) {
    if (s.statistic == statistic) return s.notification_name;
  }
  return "?";
}

std::optional<ComparisonOperator> ParseComparisonOperator(std::string_view text) {
  return FindByName(kOperators, text);
}
std::string_view ComparisonOperatorName(ComparisonOperator op) { return NameOf(kOperators, op); }

bool IsBandOperator(ComparisonOperator op) {
  return op == ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold ||
         op == ComparisonOperator::kLessThanLowerThreshold ||
         op == ComparisonOperator::kGreaterThanUpperThreshold;
}

std::optional<TreatMissingData> ParseTreatMissingData(std::string_view text) {
  return FindByName(kTreatMissing, text);
}
std::string_view TreatMissingDataName(TreatMissingData treat) {
  return NameOf(kTreatMissing, treat);
}

std::optional<AlarmState> ParseAlarmState(std::string_view text) {
  return FindByName(kStates, text);
}
std::string_view AlarmStateName(AlarmState state) { return NameOf(kStates, state); }

std::optional<double> ParseExtendedStatistic(std::string_view text) {
  if (text.size() < 2 || text[0] != 'p') return std::nullopt;
  std::string_view digits = text.substr(1);
  const size_t dot = digits.find('.');
  if (dot != std::string_view::npos &&
      (dot == 0 || digits.size() - dot - 1 > 2 || digits.size() - dot - 1 == 0)) {
    return std::nullopt;
  }
  for (char c : digits) {
    if (c != '.' && (c < '0' || c > '9')) return std::nullopt;
  }
  double p = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), p);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) return std::nullopt;
  if (!(p > 0 && p < 100)) return std::nullopt;
  return p;
}

bool IsStandardUnit(std::string_view unit) {
  for (std::string_view u : kUnits) {
    if (u == unit) return true;
  }
  return false;
}

namespace {

// Collects the errors of ValidateAlarmSpec, skipping the fields the caller
// could not read.
class AlarmErrors {
 public:
  explicit AlarmErrors(std::span<const std::string> unknown_fields) : unknown_(unknown_fields) {}

  bool Known(std::string_view field) const {
    return std::find(unknown_.begin(), unknown_.end(), field) == unknown_.end();
  }
  // Adds "field: message" about `field`.
  void Add(std::string_view field, std::string message) {
    errors_.push_back(Error{std::string(field) + ": " + message,
                            0,
                            0,
                            ErrorCode::kInvalidArgument,
                            {std::string(field)}});
  }
  std::vector<Error> Take() { return std::move(errors_); }

 private:
  std::span<const std::string> unknown_;
  std::vector<Error> errors_;
};

bool IsValidPeriod(int period) {
  return period == 10 || period == 20 || period == 30 || (period > 0 && period % 60 == 0);
}

void CheckLength(AlarmErrors& errors, std::string_view field, const std::string& value, size_t min,
                 size_t max, std::string_view rule) {
  if (errors.Known(field) && (value.size() < min || value.size() > max)) {
    errors.Add(field, std::string(rule));
  }
}

void CheckStatistic(AlarmErrors& errors, const AlarmSpec& spec) {
  if (!errors.Known("statistic") || !errors.Known("extended_statistic")) return;
  if (spec.statistic.has_value() == !spec.extended_statistic.empty()) {
    errors.Add("statistic", "give exactly one of statistic or extended_statistic");
  } else if (!spec.extended_statistic.empty() && !ParseExtendedStatistic(spec.extended_statistic)) {
    errors.Add("extended_statistic", "must look like p99 or p99.9 (0 < p < 100)");
  }
}

// period, evaluation_periods (N), their product and datapoints_to_alarm (M).
void CheckPeriods(AlarmErrors& errors, const AlarmSpec& spec) {
  const int period = spec.period_seconds;
  const bool period_ok = errors.Known("period") && IsValidPeriod(period);
  if (errors.Known("period") && !period_ok) {
    errors.Add("period", "must be 10, 20, 30 or a multiple of 60 seconds");
  }
  if (!errors.Known("evaluation_periods")) return;
  bool n_ok = spec.evaluation_periods >= 1;
  if (!n_ok) errors.Add("evaluation_periods", "must be at least 1");
  const long long span = static_cast<long long>(period) * spec.evaluation_periods;
  if (n_ok && period_ok && period < 3600 && span > 86400) {
    n_ok = false;
    errors.Add("evaluation_periods",
               "period x evaluation_periods must be at most 86400 s "
               "(one day) when the period is under one hour");
  }
  if (n_ok && period_ok && period >= 3600 && span > 604800) {
    n_ok = false;
    errors.Add("evaluation_periods",
               "period x evaluation_periods must be at most 604800 s "
               "(seven days)");
  }
  // M is checked against a valid N only.
  if (n_ok && errors.Known("datapoints_to_alarm") && spec.datapoints_to_alarm &&
      (*spec.datapoints_to_alarm < 1 || *spec.datapoints_to_alarm > spec.evaluation_periods)) {
    errors.Add("datapoints_to_alarm", "must be between 1 and evaluation_periods");
  }
}

// A band operator needs a band and a threshold operator needs none
// (docs/cloudwatch-semantics.md §4.9).
void CheckBand(AlarmErrors& errors, const AlarmSpec& spec) {
  if (!errors.Known("comparison_operator") || !errors.Known("metrics")) return;
  const bool band_op = IsBandOperator(spec.comparison_operator);
  if (spec.band && !band_op) {
    errors.Add("comparison_operator",
               "a band alarm (threshold_metric_id) needs LessThanLowerOrGreaterThanUpperThreshold, "
               "LessThanLowerThreshold or GreaterThanUpperThreshold");
  } else if (!spec.band && band_op) {
    errors.Add("comparison_operator",
               "'" + std::string(ComparisonOperatorName(spec.comparison_operator)) +
                   "' compares against an anomaly-detection band: give "
                   "metrics with ANOMALY_DETECTION_BAND and "
                   "threshold_metric_id");
  }
  if (spec.band && !(spec.band->width > 0 && spec.band->width <= 100)) {
    errors.Add("metrics", "ANOMALY_DETECTION_BAND width must be greater than 0 and at most 100");
  }
}

bool IsGreaterThan(ComparisonOperator op) {
  return op == ComparisonOperator::kGreaterThanThreshold ||
         op == ComparisonOperator::kGreaterThanOrEqualToThreshold;
}

bool IsLessThan(ComparisonOperator op) {
  return op == ComparisonOperator::kLessThanThreshold ||
         op == ComparisonOperator::kLessThanOrEqualToThreshold;
}

}  // namespace

std::string RollingEvaluationRefusal(const AlarmSpec& spec) {
  // Rolling sub-windows lose samples as they slide, so only a verdict that
  // new samples can move toward breaching, never away from it, is certain
  // the moment it is reached.
  if (spec.band) {
    return "an anomaly-detection band alarm cannot be rolling: its band is predicted per whole "
           "period";
  }
  if (!spec.extended_statistic.empty()) {
    return "a percentile (" + spec.extended_statistic +
           ") cannot be rolling: a new sample can move it either way";
  }
  if (!spec.statistic) return {};  // reported by the statistic rule
  const ComparisonOperator op = spec.comparison_operator;
  const std::string name(ComparisonOperatorName(op));
  switch (*spec.statistic) {
    case Statistic::kAverage:
      return "Average cannot be rolling: a new sample can move it either way";
    case Statistic::kSampleCount:
    case Statistic::kMaximum:
    case Statistic::kSum:
      if (!IsGreaterThan(op)) {
        return std::string(StatisticName(*spec.statistic)) + " with " + name +
               " cannot be rolling: new samples only raise it, so only "
               "GreaterThanThreshold or GreaterThanOrEqualToThreshold can be rolling";
      }
      break;
    case Statistic::kMinimum:
      if (!IsLessThan(op)) {
        return "Minimum with " + name +
               " cannot be rolling: new samples only lower it, so only LessThanThreshold or "
               "LessThanOrEqualToThreshold can be rolling";
      }
      break;
  }
  if (spec.missing_data_live_only) {
    return "missing_data_scope: live cannot be rolling: liveness is judged per whole period";
  }
  return {};
}

std::vector<Error> ValidateAlarmSpec(const AlarmSpec& spec,
                                     std::span<const std::string> unknown_fields) {
  AlarmErrors errors(unknown_fields);
  CheckLength(errors, "name", spec.name, 1, 255, "must be 1 to 255 characters");
  CheckLength(errors, "alarm_description", spec.description, 0, 1024,
              "must be at most 1024 characters");
  CheckLength(errors, "metric_name", spec.metric_name, 1, 255, "must be 1 to 255 characters");
  CheckLength(errors, "namespace", spec.metric_namespace, 1, 255, "must be 1 to 255 characters");
  CheckStatistic(errors, spec);
  CheckPeriods(errors, spec);
  CheckBand(errors, spec);
  if (errors.Known("dimensions") && spec.dimensions.size() > 30) {
    errors.Add("dimensions", "at most 30 dimensions");
  }
  if (errors.Known("end_metric_name")) {
    if (!spec.end_metric_name.empty() && errors.Known("missing_data_scope") &&
        !spec.missing_data_live_only) {
      errors.Add("end_metric_name", "needs missing_data_scope: live");
    } else if (spec.end_metric_name.size() > 255) {
      errors.Add("end_metric_name", "must be at most 255 characters");
    }
  }
  if (spec.rolling && errors.Known("evaluation") && errors.Known("statistic") &&
      errors.Known("extended_statistic") && errors.Known("comparison_operator") &&
      errors.Known("metrics")) {
    if (std::string why = RollingEvaluationRefusal(spec); !why.empty()) {
      errors.Add("evaluation", std::move(why));
    }
  }
  if (errors.Known("unit") && !spec.unit.empty() && !IsStandardUnit(spec.unit)) {
    errors.Add("unit", "'" + spec.unit + "' is not a CloudWatch standard unit");
  }
  for (const auto& [field, actions] :
       {std::pair{"alarm_actions", &spec.alarm_actions}, std::pair{"ok_actions", &spec.ok_actions},
        std::pair{"insufficient_data_actions", &spec.insufficient_data_actions}}) {
    if (errors.Known(field) && actions->size() > 5) {
      errors.Add(field, "at most 5 actions per state");
    }
  }
  return errors.Take();
}

}  // namespace tailwatch::engine
