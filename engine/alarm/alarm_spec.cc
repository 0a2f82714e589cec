#include "engine/alarm/alarm_spec.h"

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

constexpr std::array<std::pair<ComparisonOperator, std::string_view>, 4> kOperators = {{
    {ComparisonOperator::kGreaterThanOrEqualToThreshold, "GreaterThanOrEqualToThreshold"},
    {ComparisonOperator::kGreaterThanThreshold, "GreaterThanThreshold"},
    {ComparisonOperator::kLessThanThreshold, "LessThanThreshold"},
    {ComparisonOperator::kLessThanOrEqualToThreshold, "LessThanOrEqualToThreshold"},
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

Status ValidateAlarmSpec(const AlarmSpec& spec) {
  if (spec.name.empty() || spec.name.size() > 255) {
    return MakeError("name: must be 1 to 255 characters");
  }
  if (spec.description.size() > 1024) {
    return MakeError("alarm_description: must be at most 1024 characters");
  }
  if (spec.metric_name.empty() || spec.metric_name.size() > 255) {
    return MakeError("metric_name: must be 1 to 255 characters");
  }
  if (spec.metric_namespace.empty() || spec.metric_namespace.size() > 255) {
    return MakeError("namespace: must be 1 to 255 characters");
  }
  if (spec.statistic.has_value() == !spec.extended_statistic.empty()) {
    return MakeError("statistic: give exactly one of statistic or extended_statistic");
  }
  if (!spec.extended_statistic.empty() && !ParseExtendedStatistic(spec.extended_statistic)) {
    return MakeError("extended_statistic: must look like p99 or p99.9 (0 < p < 100)");
  }
  const int period = spec.period_seconds;
  if (!(period == 10 || period == 20 || period == 30 || (period > 0 && period % 60 == 0))) {
    return MakeError("period: must be 10, 20, 30 or a multiple of 60 seconds");
  }
  if (spec.evaluation_periods < 1) {
    return MakeError("evaluation_periods: must be at least 1");
  }
  const long long span = static_cast<long long>(period) * spec.evaluation_periods;
  if (period < 3600 && span > 86400) {
    return MakeError(
        "evaluation_periods: period x evaluation_periods must be at most 86400 s "
        "(one day) when the period is under one hour");
  }
  if (period >= 3600 && span > 604800) {
    return MakeError(
        "evaluation_periods: period x evaluation_periods must be at most 604800 s "
        "(seven days)");
  }
  if (spec.datapoints_to_alarm &&
      (*spec.datapoints_to_alarm < 1 || *spec.datapoints_to_alarm > spec.evaluation_periods)) {
    return MakeError("datapoints_to_alarm: must be between 1 and evaluation_periods");
  }
  if (spec.dimensions.size() > 30) {
    return MakeError("dimensions: at most 30 dimensions");
  }
  if (!spec.end_metric_name.empty() && !spec.missing_data_live_only) {
    return MakeError("end_metric_name: needs missing_data_scope: live");
  }
  if (spec.end_metric_name.size() > 255) {
    return MakeError("end_metric_name: must be at most 255 characters");
  }
  if (!spec.unit.empty() && !IsStandardUnit(spec.unit)) {
    return MakeError("unit: '" + spec.unit + "' is not a CloudWatch standard unit");
  }
  for (const auto* actions :
       {&spec.alarm_actions, &spec.ok_actions, &spec.insufficient_data_actions}) {
    if (actions->size() > 5) {
      return MakeError("actions: at most 5 actions per state");
    }
  }
  return OkStatus();
}

}  // namespace tailwatch::engine
