#include "daemon/cloudwatch/cloudwatch_ops.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "engine/alarm/band_expression.h"
#include "engine/alarm/format.h"
#include "engine/common/floor_div.h"

namespace tailwatch::daemon::cloudwatch {
namespace {

constexpr size_t kMaxAlarmNames = 100;
constexpr int64_t kDefaultAlarmPage = 50;
constexpr int64_t kDefaultHistoryPage = 100;
constexpr int64_t kMaxRecords = 100;
constexpr size_t kListMetricsPage = 500;
constexpr int64_t kMaxDatapoints = 1440;
constexpr size_t kMaxMetricData = 1000;
constexpr size_t kMaxDimensions = 30;
constexpr size_t kMaxValues = 150;
constexpr size_t kMaxMetricDataQueries = 500;
constexpr int64_t kMaxPastMs = 14LL * 24 * 3600 * 1000;
constexpr int64_t kMaxFutureMs = 2LL * 3600 * 1000;

template <class T>
tl::unexpected<CloudWatchError> Fail(CwResult<T>& result) {
  return tl::unexpected(result.error());
}
tl::unexpected<CloudWatchError> Invalid(std::string message) {
  return tl::unexpected(InvalidParameterValue(std::move(message)));
}

std::optional<size_t> ParseOffset(const std::optional<std::string>& token) {
  if (!token) return size_t{0};
  size_t value = 0;
  auto [ptr, ec] = std::from_chars(token->data(), token->data() + token->size(), value);
  if (ec != std::errc() || ptr != token->data() + token->size()) return std::nullopt;
  return value;
}

CloudWatchError InvalidNextToken() {
  return CloudWatchError{400, "InvalidNextToken", "The service cannot find the NextToken.", true};
}

CwResult<int64_t> MaxRecordsOf(const AwsValue& request, int64_t default_value) {
  auto max = GetInt(request, "MaxRecords");
  if (!max) return Fail(max);
  if (!*max) return default_value;
  if (**max < 1 || **max > kMaxRecords) {
    return Invalid("The parameter MaxRecords must be between 1 and 100.");
  }
  return **max;
}

AwsValue StringList(const std::vector<std::string>& values) {
  AwsValue list = AwsValue::List();
  for (const std::string& v : values) list.Push(AwsValue::String(v));
  return list;
}

AwsValue DimensionList(const std::vector<std::pair<std::string, std::string>>& dimensions) {
  AwsValue list = AwsValue::List();
  for (const auto& [name, value] : dimensions) {
    AwsValue& d = list.Push(AwsValue::Map());
    d.Set("Name", AwsValue::String(name));
    d.Set("Value", AwsValue::String(value));
  }
  return list;
}

AwsValue MetricOf(const engine::MetricKey& key) {
  AwsValue metric = AwsValue::Map();
  metric.Set("Namespace", AwsValue::String(key.metric_namespace));
  metric.Set("MetricName", AwsValue::String(key.metric_name));
  metric.Set("Dimensions", DimensionList(key.dimensions));
  return metric;
}

std::string StatName(const engine::AlarmSpec& spec) {
  if (spec.statistic) return std::string(engine::StatisticName(*spec.statistic));
  return spec.extended_statistic;
}

std::string JavaNumber(double value) { return engine::JavaDouble(value); }

AwsValue MetricAlarmOf(const AlarmStatusRecord& record, std::string_view region) {
  const engine::AlarmSpec& spec = record.spec;
  AwsValue alarm = AwsValue::Map();
  alarm.Set("AlarmName", AwsValue::String(spec.name));
  alarm.Set("AlarmArn", AwsValue::String(AlarmArn(region, spec.name)));
  if (!spec.description.empty()) alarm.Set("AlarmDescription", AwsValue::String(spec.description));
  alarm.Set("ActionsEnabled", AwsValue::Bool(spec.actions_enabled));
  alarm.Set("OKActions", StringList(spec.ok_actions));
  alarm.Set("AlarmActions", StringList(spec.alarm_actions));
  alarm.Set("InsufficientDataActions", StringList(spec.insufficient_data_actions));
  alarm.Set("StateValue", AwsValue::String(std::string(engine::AlarmStateName(record.state))));
  alarm.Set("StateReason", AwsValue::String(record.reason));
  if (!record.reason_data_json.empty()) {
    alarm.Set("StateReasonData", AwsValue::String(record.reason_data_json));
  }
  const int64_t updated = record.last_change_ms;
  if (updated > 0) {
    alarm.Set("StateUpdatedTimestamp", AwsValue::TimestampMs(updated));
    alarm.Set("StateTransitionedTimestamp", AwsValue::TimestampMs(updated));
  }
  if (!spec.band) {
    alarm.Set("MetricName", AwsValue::String(spec.metric_name));
    alarm.Set("Namespace", AwsValue::String(spec.metric_namespace));
    if (spec.statistic) {
      alarm.Set("Statistic", AwsValue::String(std::string(engine::StatisticName(*spec.statistic))));
    } else {
      alarm.Set("ExtendedStatistic", AwsValue::String(spec.extended_statistic));
    }
    alarm.Set("Dimensions", DimensionList(spec.dimensions));
    alarm.Set("Period", AwsValue::Int(spec.period_seconds));
    alarm.Set("Threshold", AwsValue::Double(spec.threshold));
  }
  if (!spec.unit.empty()) alarm.Set("Unit", AwsValue::String(spec.unit));
  alarm.Set("EvaluationPeriods", AwsValue::Int(spec.evaluation_periods));
  alarm.Set("DatapointsToAlarm", AwsValue::Int(spec.datapoints_to_alarm_or_n()));
  alarm.Set(
      "ComparisonOperator",
      AwsValue::String(std::string(engine::ComparisonOperatorName(spec.comparison_operator))));
  alarm.Set("TreatMissingData",
            AwsValue::String(std::string(engine::TreatMissingDataName(spec.treat_missing_data))));
  if (!spec.extended_statistic.empty()) {
    alarm.Set("EvaluateLowSampleCountPercentile",
              AwsValue::String(spec.ignore_low_sample_count_percentile ? "ignore" : "evaluate"));
  }
  if (spec.band) {
    AwsValue metrics = AwsValue::List();
    AwsValue& stat_query = metrics.Push(AwsValue::Map());
    stat_query.Set("Id", AwsValue::String(spec.band->metric_id));
    AwsValue& stat = stat_query.Set("MetricStat", AwsValue::Map());
    engine::MetricKey key{spec.metric_namespace, spec.metric_name, spec.dimensions};
    stat.Set("Metric", MetricOf(key));
    stat.Set("Period", AwsValue::Int(spec.period_seconds));
    stat.Set("Stat", AwsValue::String(StatName(spec)));
    stat_query.Set("ReturnData", AwsValue::Bool(spec.band->metric_return_data));
    AwsValue& band_query = metrics.Push(AwsValue::Map());
    band_query.Set("Id", AwsValue::String(spec.band->band_id));
    band_query.Set("Expression", AwsValue::String("ANOMALY_DETECTION_BAND(" + spec.band->metric_id +
                                                  ", " + JavaNumber(spec.band->width) + ")"));
    if (!spec.band->label.empty()) band_query.Set("Label", AwsValue::String(spec.band->label));
    band_query.Set("ReturnData", AwsValue::Bool(spec.band->band_return_data));
    alarm.Set("Metrics", std::move(metrics));
    alarm.Set("ThresholdMetricId", AwsValue::String(spec.band->band_id));
  }
  return alarm;
}

bool HasActionWithPrefix(const engine::AlarmSpec& spec, std::string_view prefix) {
  for (const auto* actions :
       {&spec.alarm_actions, &spec.ok_actions, &spec.insufficient_data_actions}) {
    for (const std::string& action : *actions) {
      if (action.compare(0, prefix.size(), prefix) == 0) return true;
    }
  }
  return false;
}

CwResult<std::vector<std::string>> StringsOf(const AwsValue& request, std::string_view key) {
  auto list = GetList(request, key);
  if (!list) return Fail(list);
  std::vector<std::string> out;
  for (const AwsValue* item : *list) {
    if (item->kind != AwsValue::Kind::kString) {
      return Invalid("The parameter " + std::string(key) + " must be a list of strings.");
    }
    out.push_back(item->text);
  }
  return out;
}

// Reads Dimensions [{Name, Value}] into sorted pairs; `value_required`
// false leaves a missing Value empty (ListMetrics filters).
CwResult<std::vector<std::pair<std::string, std::optional<std::string>>>> DimensionsOf(
    const AwsValue& parent, std::string_view member, bool value_required) {
  auto list = GetList(parent, "Dimensions");
  if (!list) return Fail(list);
  if (list->size() > kMaxDimensions) {
    return Invalid("The collection " + std::string(member) +
                   ".Dimensions must not have more than 30 members.");
  }
  std::vector<std::pair<std::string, std::optional<std::string>>> out;
  for (const AwsValue* item : *list) {
    auto name = GetString(*item, "Name");
    if (!name) return Fail(name);
    auto value = GetString(*item, "Value");
    if (!value) return Fail(value);
    if (!*name || (*name)->empty() || (*name)->size() > 255) {
      return Invalid("The parameter " + std::string(member) +
                     ".Dimensions.member.Name must have length between 1 and 255.");
    }
    if (value_required && !*value) {
      return tl::unexpected(MissingParameter(std::string(member) + ".Dimensions.member.Value"));
    }
    out.emplace_back(**name, *value);
  }
  std::sort(out.begin(), out.end());
  for (size_t i = 1; i < out.size(); ++i) {
    if (out[i].first == out[i - 1].first) {
      return Invalid("No Metric may specify the same dimension name twice (" + out[i].first + ").");
    }
  }
  return out;
}

CwResult<engine::MetricKey> MetricKeyOf(const AwsValue& metric, std::string_view member) {
  auto ns = GetString(metric, "Namespace");
  if (!ns) return Fail(ns);
  auto name = GetString(metric, "MetricName");
  if (!name) return Fail(name);
  if (!*ns || (*ns)->empty())
    return tl::unexpected(MissingParameter(std::string(member) + "Namespace"));
  if (!*name || (*name)->empty()) {
    return tl::unexpected(MissingParameter(std::string(member) + "MetricName"));
  }
  auto dims =
      DimensionsOf(metric, member.empty() ? "Metric" : member.substr(0, member.size() - 1), true);
  if (!dims) return Fail(dims);
  engine::MetricKey key;
  key.metric_namespace = **ns;
  key.metric_name = **name;
  for (auto& [n, v] : *dims) key.dimensions.emplace_back(std::move(n), std::move(*v));
  key.Normalize();
  return key;
}

// StartTime and EndTime, both required, start before end: [start, end) in ms.
CwResult<std::pair<int64_t, int64_t>> RequiredTimeRange(const AwsValue& request) {
  auto start = GetTimestampMs(request, "StartTime");
  if (!start) return Fail(start);
  if (!*start) return tl::unexpected(MissingParameter("StartTime"));
  auto end = GetTimestampMs(request, "EndTime");
  if (!end) return Fail(end);
  if (!*end) return tl::unexpected(MissingParameter("EndTime"));
  if (**start >= **end) {
    return Invalid("The parameter StartTime must be less than the parameter EndTime.");
  }
  return std::pair{**start, **end};
}

CwResult<int> PeriodOf(const AwsValue& request, std::string_view key) {
  auto period = GetInt(request, key);
  if (!period) return Fail(period);
  if (!*period) return tl::unexpected(MissingParameter(std::string(key)));
  const int64_t p = **period;
  if (p < 1 || p > 86400 * 455 ||
      (p >= 60 ? p % 60 != 0 : !(p == 1 || p == 5 || p == 10 || p == 20 || p == 30))) {
    return Invalid("The parameter " + std::string(key) +
                   " must be 1, 5, 10, 20, 30 or a multiple of 60.");
  }
  return static_cast<int>(p);
}

std::optional<double> StatisticOf(const engine::Datapoint& dp, engine::Statistic statistic) {
  switch (statistic) {
    case engine::Statistic::kSampleCount:
      return dp.sample_count;
    case engine::Statistic::kAverage:
      return dp.average();
    case engine::Statistic::kSum:
      return dp.sum;
    case engine::Statistic::kMinimum:
      return dp.minimum;
    case engine::Statistic::kMaximum:
      return dp.maximum;
  }
  return std::nullopt;
}

}  // namespace

std::string AlarmArn(std::string_view region, std::string_view name) {
  return "arn:aws:cloudwatch:" + std::string(region) + ":" + std::string(kAccountId) +
         ":alarm:" + std::string(name);
}

CwResult<AwsValue> DescribeAlarms(const AwsValue& request,
                                  const std::vector<AlarmStatusRecord>& alarms,
                                  std::string_view region) {
  auto names = StringsOf(request, "AlarmNames");
  if (!names) return Fail(names);
  if (names->size() > kMaxAlarmNames) {
    return Invalid("The collection AlarmNames must not have more than 100 members.");
  }
  auto prefix = GetString(request, "AlarmNamePrefix");
  if (!prefix) return Fail(prefix);
  if (!names->empty() && *prefix) {
    return tl::unexpected(InvalidParameterCombination(
        "AlarmNamePrefix and AlarmNames cannot be specified at the same time."));
  }
  auto state = GetString(request, "StateValue");
  if (!state) return Fail(state);
  std::optional<engine::AlarmState> wanted_state;
  if (*state) {
    wanted_state = engine::ParseAlarmState(**state);
    if (!wanted_state) {
      return Invalid("The parameter StateValue must be one of OK, ALARM, INSUFFICIENT_DATA.");
    }
  }
  auto action_prefix = GetString(request, "ActionPrefix");
  if (!action_prefix) return Fail(action_prefix);
  auto types = StringsOf(request, "AlarmTypes");
  if (!types) return Fail(types);
  const bool want_metric_alarms =
      types->empty() || std::find(types->begin(), types->end(), "MetricAlarm") != types->end();
  auto max = MaxRecordsOf(request, kDefaultAlarmPage);
  if (!max) return Fail(max);
  auto token = GetString(request, "NextToken");
  if (!token) return Fail(token);

  std::vector<const AlarmStatusRecord*> selected;
  const std::set<std::string> name_set(names->begin(), names->end());
  for (const AlarmStatusRecord& record : alarms) {
    const std::string& name = record.spec.name;
    if (!want_metric_alarms) break;
    if (!name_set.empty() && name_set.count(name) == 0) continue;
    if (*prefix && name.compare(0, (*prefix)->size(), **prefix) != 0) continue;
    if (wanted_state && record.state != *wanted_state) continue;
    if (*action_prefix && !HasActionWithPrefix(record.spec, **action_prefix)) continue;
    if (*token && name < **token) continue;
    selected.push_back(&record);
  }
  std::sort(selected.begin(), selected.end(),
            [](const AlarmStatusRecord* a, const AlarmStatusRecord* b) {
              return a->spec.name < b->spec.name;
            });
  AwsValue result = AwsValue::Map();
  AwsValue& list = result.Set("MetricAlarms", AwsValue::List());
  for (size_t i = 0; i < selected.size(); ++i) {
    if (static_cast<int64_t>(i) == *max) {
      result.Set("NextToken", AwsValue::String(selected[i]->spec.name));
      break;
    }
    list.Push(MetricAlarmOf(*selected[i], region));
  }
  result.Set("CompositeAlarms", AwsValue::List());
  return result;
}

CwResult<AwsValue> DescribeAlarmHistory(const AwsValue& request, const AlarmHistoryView* history) {
  auto name = GetString(request, "AlarmName");
  if (!name) return Fail(name);
  auto item_type = GetString(request, "HistoryItemType");
  if (!item_type) return Fail(item_type);
  if (*item_type && **item_type != "StateUpdate" && **item_type != "ConfigurationUpdate" &&
      **item_type != "Action" && **item_type != "AlarmContributorStateUpdate" &&
      **item_type != "AlarmContributorAction") {
    return Invalid("The parameter HistoryItemType is not a valid history item type.");
  }
  auto types = StringsOf(request, "AlarmTypes");
  if (!types) return Fail(types);
  auto start = GetTimestampMs(request, "StartDate");
  if (!start) return Fail(start);
  auto end = GetTimestampMs(request, "EndDate");
  if (!end) return Fail(end);
  auto max = MaxRecordsOf(request, kDefaultHistoryPage);
  if (!max) return Fail(max);
  auto token = GetString(request, "NextToken");
  if (!token) return Fail(token);
  const std::optional<size_t> offset = ParseOffset(*token);
  if (!offset) return tl::unexpected(InvalidNextToken());
  auto scan = GetString(request, "ScanBy");
  if (!scan) return Fail(scan);
  const bool ascending = *scan && **scan == "TimestampAscending";

  struct Item {
    int64_t time_ms;
    size_t recorded;  // order within the alarm's history: breaks ties of time_ms
    std::string alarm, from, to, reason;
  };
  std::vector<Item> items;
  const bool wants_state_updates = !*item_type || **item_type == "StateUpdate";
  const bool wants_metric_alarms =
      types->empty() || std::find(types->begin(), types->end(), "MetricAlarm") != types->end();
  if (history != nullptr && wants_state_updates && wants_metric_alarms) {
    simdjson::dom::parser parser;
    for (const auto& [alarm, lines] : *history) {
      if (*name && alarm != **name) continue;
      if (!lines) continue;
      size_t recorded = 0;
      for (const std::string& line : *lines) {
        ++recorded;
        simdjson::dom::object object;
        if (parser.parse(line).get(object) != simdjson::SUCCESS) continue;
        std::string_view from, to, time, reason;
        if (object["from"].get(from) || object["to"].get(to) || object["time"].get(time)) continue;
        if (object["reason"].get(reason)) reason = {};
        const std::optional<int64_t> ms = ParseIso8601Ms(time);
        if (!ms) continue;
        if (*start && *ms < **start) continue;
        if (*end && *ms > **end) continue;
        items.push_back(
            Item{*ms, recorded, alarm, std::string(from), std::string(to), std::string(reason)});
      }
    }
  }
  std::stable_sort(items.begin(), items.end(), [ascending](const Item& a, const Item& b) {
    const auto ka = std::tie(a.time_ms, a.recorded);
    const auto kb = std::tie(b.time_ms, b.recorded);
    return ascending ? ka < kb : ka > kb;
  });
  AwsValue result = AwsValue::Map();
  AwsValue& list = result.Set("AlarmHistoryItems", AwsValue::List());
  for (size_t i = *offset; i < items.size(); ++i) {
    if (static_cast<int64_t>(i - *offset) == *max) {
      result.Set("NextToken", AwsValue::String(std::to_string(i)));
      break;
    }
    const Item& item = items[i];
    AwsValue& entry = list.Push(AwsValue::Map());
    entry.Set("AlarmName", AwsValue::String(item.alarm));
    entry.Set("AlarmType", AwsValue::String("MetricAlarm"));
    entry.Set("Timestamp", AwsValue::TimestampMs(item.time_ms));
    entry.Set("HistoryItemType", AwsValue::String("StateUpdate"));
    entry.Set("HistorySummary",
              AwsValue::String("Alarm updated from " + item.from + " to " + item.to));
    std::string data = "{\"version\":\"1.0\",\"oldState\":{\"stateValue\":";
    engine::AppendJsonString(data, item.from);
    data += "},\"newState\":{\"stateValue\":";
    engine::AppendJsonString(data, item.to);
    data += ",\"stateReason\":";
    engine::AppendJsonString(data, item.reason);
    data += "}}";
    entry.Set("HistoryData", AwsValue::String(std::move(data)));
  }
  return result;
}

CwResult<ListMetricsQuery> ParseListMetrics(const AwsValue& request) {
  ListMetricsQuery query;
  auto ns = GetString(request, "Namespace");
  if (!ns) return Fail(ns);
  auto name = GetString(request, "MetricName");
  if (!name) return Fail(name);
  auto dims = DimensionsOf(request, "Dimensions", false);
  if (!dims) return Fail(dims);
  auto token = GetString(request, "NextToken");
  if (!token) return Fail(token);
  const std::optional<size_t> offset = ParseOffset(*token);
  if (!offset) return tl::unexpected(InvalidNextToken());
  query.metric_namespace = *ns;
  query.metric_name = *name;
  query.dimensions = std::move(*dims);
  query.offset = *offset;
  return query;
}

AwsValue RunListMetrics(const ListMetricsQuery& query, const engine::MetricStore& store) {
  std::vector<engine::MetricKey> keys;
  store.ForEachSeries([&](const engine::MetricKey& key, const engine::SeriesStats&) {
    if (query.metric_namespace && key.metric_namespace != *query.metric_namespace) return;
    if (query.metric_name && key.metric_name != *query.metric_name) return;
    for (const auto& [dim, value] : query.dimensions) {
      auto it = std::find_if(key.dimensions.begin(), key.dimensions.end(),
                             [&](const auto& pair) { return pair.first == dim; });
      if (it == key.dimensions.end() || (value && it->second != *value)) return;
    }
    keys.push_back(key);
  });
  std::sort(keys.begin(), keys.end());
  AwsValue result = AwsValue::Map();
  AwsValue& metrics = result.Set("Metrics", AwsValue::List());
  for (size_t i = query.offset; i < keys.size(); ++i) {
    if (i - query.offset == kListMetricsPage) {
      result.Set("NextToken", AwsValue::String(std::to_string(i)));
      break;
    }
    metrics.Push(MetricOf(keys[i]));
  }
  return result;
}

CwResult<MetricStatisticsQuery> ParseGetMetricStatistics(const AwsValue& request) {
  MetricStatisticsQuery query;
  auto key = MetricKeyOf(request, "");
  if (!key) return Fail(key);
  query.key = std::move(*key);
  auto range = RequiredTimeRange(request);
  if (!range) return Fail(range);
  auto period = PeriodOf(request, "Period");
  if (!period) return Fail(period);
  query.period_seconds = *period;
  const int64_t period_ms = int64_t{*period} * 1000;
  query.start_ms = AlignDown(range->first, period_ms);
  query.end_ms = range->second;
  auto statistics = StringsOf(request, "Statistics");
  if (!statistics) return Fail(statistics);
  auto extended = StringsOf(request, "ExtendedStatistics");
  if (!extended) return Fail(extended);
  if (statistics->empty() == extended->empty()) {
    return tl::unexpected(InvalidParameterCombination(
        "Must specify either Statistics or ExtendedStatistics, but not both."));
  }
  if (statistics->size() > 5 || extended->size() > 10) {
    return Invalid("Too many statistics: at most 5 Statistics and 10 ExtendedStatistics.");
  }
  for (const std::string& text : *statistics) {
    auto statistic = engine::ParseStatistic(text);
    if (!statistic) {
      return Invalid(
          "The parameter Statistics must be among SampleCount, Average, Sum, Minimum, "
          "Maximum (got " +
          text + ").");
    }
    query.statistics.push_back(*statistic);
  }
  for (const std::string& text : *extended) {
    auto p = engine::ParseExtendedStatistic(text);
    if (!p) return Invalid("The parameter ExtendedStatistics has an invalid value " + text + ".");
    query.percentiles.emplace_back(text, *p);
  }
  const int64_t points = (query.end_ms - query.start_ms + period_ms - 1) / period_ms;
  if (points > kMaxDatapoints) {
    return tl::unexpected(InvalidParameterCombination(
        "You have requested up to " + std::to_string(points) +
        " datapoints, which exceeds the limit of 1,440. You may reduce the datapoints requested "
        "by increasing Period, or decreasing the time range."));
  }
  auto unit = GetString(request, "Unit");
  if (!unit) return Fail(unit);
  query.unit = *unit;
  return query;
}

AwsValue RunGetMetricStatistics(const MetricStatisticsQuery& query,
                                const engine::MetricStore& store) {
  AwsValue result = AwsValue::Map();
  result.Set("Label", AwsValue::String(query.key.metric_name));
  AwsValue& datapoints = result.Set("Datapoints", AwsValue::List());
  const int64_t period_ms = int64_t{query.period_seconds} * 1000;
  for (int64_t t = query.start_ms; t < query.end_ms; t += period_ms) {
    const std::optional<engine::Datapoint> dp = store.Get(query.key, t, query.period_seconds);
    if (!dp || dp->sample_count <= 0) continue;
    AwsValue& point = datapoints.Push(AwsValue::Map());
    point.Set("Timestamp", AwsValue::TimestampMs(t));
    for (engine::Statistic statistic : query.statistics) {
      point.Set(std::string(engine::StatisticName(statistic)),
                AwsValue::Double(*StatisticOf(*dp, statistic)));
    }
    if (!query.percentiles.empty()) {
      AwsValue& extended = point.Set("ExtendedStatistics", AwsValue::Dictionary());
      for (const auto& [name, p] : query.percentiles) {
        if (auto value = dp->Percentile(p)) extended.Set(name, AwsValue::Double(*value));
      }
    }
    point.Set("Unit", AwsValue::String(query.unit.value_or("None")));
  }
  return result;
}

CwResult<MetricDataRequest> ParseGetMetricData(const AwsValue& request) {
  MetricDataRequest out;
  auto range = RequiredTimeRange(request);
  if (!range) return Fail(range);
  out.start_ms = range->first;
  out.end_ms = range->second;
  auto scan = GetString(request, "ScanBy");
  if (!scan) return Fail(scan);
  out.ascending = *scan && **scan == "TimestampAscending";
  auto queries = GetList(request, "MetricDataQueries");
  if (!queries) return Fail(queries);
  if (queries->empty()) return tl::unexpected(MissingParameter("MetricDataQueries"));
  if (queries->size() > kMaxMetricDataQueries) {
    return Invalid("The collection MetricDataQueries must not have more than 500 members.");
  }
  std::set<std::string> ids;
  for (const AwsValue* item : *queries) {
    MetricDataQuery query;
    auto id = GetString(*item, "Id");
    if (!id) return Fail(id);
    if (!*id || (*id)->empty())
      return tl::unexpected(MissingParameter("MetricDataQueries.member.Id"));
    const char first = (**id)[0];
    if (!(first >= 'a' && first <= 'z')) {
      return Invalid("The value " + **id +
                     " for parameter MetricDataQueries.member.Id is invalid: it must start with a "
                     "lowercase letter.");
    }
    if (!ids.insert(**id).second) {
      return Invalid("The value " + **id +
                     " for parameter MetricDataQueries.member.Id is duplicated.");
    }
    query.id = **id;
    auto expression = GetString(*item, "Expression");
    if (!expression) return Fail(expression);
    auto stat = GetStruct(*item, "MetricStat");
    if (!stat) return Fail(stat);
    auto label = GetString(*item, "Label");
    if (!label) return Fail(label);
    auto return_data = GetBool(*item, "ReturnData");
    if (!return_data) return Fail(return_data);
    query.return_data = return_data->value_or(true);
    if (*expression && *stat == nullptr) {
      const auto band = engine::ParseBandExpression(**expression);
      if (!band) {
        return Invalid(
            "Metric math expressions other than ANOMALY_DETECTION_BAND(id, width) on "
            "a MetricStat query are not supported by tailwatch (query " +
            query.id + ": " + band.error().message + ").");
      }
      query.is_band = true;
      query.band_metric_id = band->metric_id;
      query.band_width = band->width;
      query.label = label->value_or(query.id);
      out.queries.push_back(std::move(query));
      continue;
    }
    if (*stat == nullptr || *expression) {
      return tl::unexpected(InvalidParameterCombination(
          "Exactly one of MetricStat and Expression must be set in query " + query.id + "."));
    }
    auto metric = GetStruct(**stat, "Metric");
    if (!metric) return Fail(metric);
    if (*metric == nullptr) {
      return tl::unexpected(MissingParameter("MetricDataQueries.member.MetricStat.Metric"));
    }
    auto key = MetricKeyOf(**metric, "MetricDataQueries.member.MetricStat.Metric.");
    if (!key) return Fail(key);
    query.key = std::move(*key);
    auto period = PeriodOf(**stat, "Period");
    if (!period) return Fail(period);
    query.period_seconds = *period;
    auto stat_name = GetString(**stat, "Stat");
    if (!stat_name) return Fail(stat_name);
    if (!*stat_name)
      return tl::unexpected(MissingParameter("MetricDataQueries.member.MetricStat.Stat"));
    query.stat_name = **stat_name;
    query.statistic = engine::ParseStatistic(**stat_name);
    if (!query.statistic) {
      auto p = engine::ParseExtendedStatistic(**stat_name);
      if (!p)
        return Invalid("The value " + **stat_name +
                       " for parameter Stat is not a supported statistic.");
      query.percentile = *p;
    }
    query.label = label->value_or(query.key.metric_name);
    const int64_t period_ms = int64_t{query.period_seconds} * 1000;
    if ((out.end_ms - AlignDown(out.start_ms, period_ms)) / period_ms > 100800) {
      return Invalid("Too many datapoints requested in query " + query.id + ".");
    }
    out.queries.push_back(std::move(query));
  }
  // A band is built on a MetricStat query of the same request.
  for (MetricDataQuery& band : out.queries) {
    if (!band.is_band) continue;
    const auto metric = std::find_if(
        out.queries.begin(), out.queries.end(),
        [&band](const MetricDataQuery& q) { return !q.is_band && q.id == band.band_metric_id; });
    if (metric == out.queries.end()) {
      return Invalid("Error in expression " + band.id + ": ANOMALY_DETECTION_BAND needs the Id " +
                     "of a MetricStat query of this request, got '" + band.band_metric_id + "'.");
    }
    band.key = metric->key;
    band.period_seconds = metric->period_seconds;
    band.statistic = metric->statistic;
    band.percentile = metric->percentile;
    band.stat_name = metric->stat_name;
  }
  return out;
}

namespace {

// The two results of an ANOMALY_DETECTION_BAND query (cloudwatch_ops.h).
void AppendBandResults(const MetricDataQuery& query, const MetricDataRequest& request,
                       const engine::anomaly::BandTracker* bands, AwsValue& results) {
  std::vector<std::pair<int64_t, std::pair<double, double>>> points;
  engine::anomaly::BandSeriesSpec series;
  series.key = query.key;
  series.key.Normalize();
  series.statistic = query.statistic;
  if (!query.statistic) series.extended_statistic = query.stat_name;
  series.period_seconds = query.period_seconds;
  const std::optional<size_t> model = bands ? bands->Find(series.Identity()) : std::nullopt;
  if (model) {
    for (const engine::anomaly::BandPoint& point : bands->recent(*model)) {
      if (!point.prediction ||
          point.period_start_ms <
              AlignDown(request.start_ms, int64_t{query.period_seconds} * 1000) ||
          point.period_start_ms >= request.end_ms) {
        continue;
      }
      points.emplace_back(point.period_start_ms,
                          bands->Bounds(*model, *point.prediction, query.band_width));
    }
  }
  if (!request.ascending) std::reverse(points.begin(), points.end());
  for (const bool upper : {false, true}) {
    AwsValue& entry = results.Push(AwsValue::Map());
    entry.Set("Id", AwsValue::String(query.id));
    entry.Set("Label", AwsValue::String(query.label + (upper ? " Upper" : " Lower")));
    AwsValue& timestamps = entry.Set("Timestamps", AwsValue::List());
    AwsValue& values = entry.Set("Values", AwsValue::List());
    for (const auto& [t, bounds] : points) {
      timestamps.Push(AwsValue::TimestampMs(t));
      values.Push(AwsValue::Double(upper ? bounds.second : bounds.first));
    }
    entry.Set("StatusCode", AwsValue::String("Complete"));
  }
}

}  // namespace

AwsValue RunGetMetricData(const MetricDataRequest& request, const engine::MetricStore& store,
                          const engine::anomaly::BandTracker* bands) {
  AwsValue result = AwsValue::Map();
  AwsValue& results = result.Set("MetricDataResults", AwsValue::List());
  for (const MetricDataQuery& query : request.queries) {
    if (!query.return_data) continue;
    if (query.is_band) {
      AppendBandResults(query, request, bands, results);
      continue;
    }
    const int64_t period_ms = int64_t{query.period_seconds} * 1000;
    std::vector<std::pair<int64_t, double>> points;
    for (int64_t t = AlignDown(request.start_ms, period_ms); t < request.end_ms; t += period_ms) {
      const std::optional<engine::Datapoint> dp = store.Get(query.key, t, query.period_seconds);
      if (!dp || dp->sample_count <= 0) continue;
      const std::optional<double> value =
          query.statistic ? StatisticOf(*dp, *query.statistic) : dp->Percentile(query.percentile);
      if (value) points.emplace_back(t, *value);
    }
    if (!request.ascending) std::reverse(points.begin(), points.end());
    AwsValue& entry = results.Push(AwsValue::Map());
    entry.Set("Id", AwsValue::String(query.id));
    entry.Set("Label", AwsValue::String(query.label));
    AwsValue& timestamps = entry.Set("Timestamps", AwsValue::List());
    AwsValue& values = entry.Set("Values", AwsValue::List());
    for (const auto& [t, v] : points) {
      timestamps.Push(AwsValue::TimestampMs(t));
      values.Push(AwsValue::Double(v));
    }
    entry.Set("StatusCode", AwsValue::String("Complete"));
  }
  result.Set("Messages", AwsValue::List());
  return result;
}

CwResult<std::vector<MetricDatumPlan>> ParsePutMetricData(const AwsValue& request, int64_t now_ms) {
  auto ns = GetString(request, "Namespace");
  if (!ns) return Fail(ns);
  if (!*ns) return tl::unexpected(MissingParameter("Namespace"));
  if ((*ns)->empty() || (*ns)->size() > 255) {
    return Invalid("The parameter Namespace must have length between 1 and 255.");
  }
  if ((*ns)->compare(0, 4, "AWS/") == 0) {
    return Invalid("The value AWS/ for parameter Namespace is invalid.");
  }
  auto data = GetList(request, "MetricData");
  if (!data) return Fail(data);
  if (data->empty()) return tl::unexpected(MissingParameter("MetricData"));
  if (data->size() > kMaxMetricData) {
    return Invalid("The collection MetricData must not have more than 1000 members.");
  }
  std::vector<MetricDatumPlan> plans;
  plans.reserve(data->size());
  size_t index = 0;
  for (const AwsValue* datum : *data) {
    ++index;
    const std::string member = "MetricData.member." + std::to_string(index);
    MetricDatumPlan plan;
    auto name = GetString(*datum, "MetricName");
    if (!name) return Fail(name);
    if (!*name || (*name)->empty()) return tl::unexpected(MissingParameter(member + ".MetricName"));
    auto dims = DimensionsOf(*datum, member, true);
    if (!dims) return Fail(dims);
    plan.key.metric_namespace = **ns;
    plan.key.metric_name = **name;
    for (auto& [n, v] : *dims) plan.key.dimensions.emplace_back(std::move(n), std::move(*v));
    plan.key.Normalize();
    auto time = GetTimestampMs(*datum, "Timestamp");
    if (!time) return Fail(time);
    plan.time_ms = time->value_or(now_ms);
    if (plan.time_ms < now_ms - kMaxPastMs || plan.time_ms > now_ms + kMaxFutureMs) {
      return Invalid("The parameter " + member +
                     ".Timestamp must specify a time no more than two weeks in the past or two "
                     "hours in the future.");
    }
    auto value = GetDouble(*datum, "Value");
    if (!value) return Fail(value);
    auto statistic_values = GetStruct(*datum, "StatisticValues");
    if (!statistic_values) return Fail(statistic_values);
    auto values = GetList(*datum, "Values");
    if (!values) return Fail(values);
    auto counts = GetList(*datum, "Counts");
    if (!counts) return Fail(counts);
    const int given = (*value ? 1 : 0) + (*statistic_values ? 1 : 0) + (values->empty() ? 0 : 1);
    if (given != 1) {
      return tl::unexpected(InvalidParameterCombination(
          "The parameters " + member + ".Value, " + member + ".StatisticValues and " + member +
          ".Values are mutually exclusive and one of them must be specified."));
    }
    if (*value) {
      if (!std::isfinite(**value))
        return Invalid("The parameter " + member + ".Value must be a finite number.");
      plan.samples.push_back({1, **value, **value, **value, **value});
    } else if (*statistic_values) {
      const AwsValue& set = **statistic_values;
      double fields[4];
      const char* names[4] = {"SampleCount", "Sum", "Minimum", "Maximum"};
      for (int i = 0; i < 4; ++i) {
        auto field = GetDouble(set, names[i]);
        if (!field) return Fail(field);
        if (!*field) {
          return tl::unexpected(MissingParameter(member + ".StatisticValues." + names[i]));
        }
        if (!std::isfinite(**field)) {
          return Invalid("The parameter " + member + ".StatisticValues." + names[i] +
                         " must be a finite number.");
        }
        fields[i] = **field;
      }
      if (fields[0] <= 0) {
        return Invalid("The parameter " + member +
                       ".StatisticValues.SampleCount must be greater than 0.");
      }
      if (fields[2] > fields[3]) {
        return Invalid("The parameter " + member +
                       ".StatisticValues.Minimum must be less than or equal to Maximum.");
      }
      plan.samples.push_back({fields[0], fields[1], fields[2], fields[3], std::nullopt});
    } else {
      if (values->size() > kMaxValues) {
        return Invalid("The collection " + member + ".Values must not have more than 150 members.");
      }
      if (!counts->empty() && counts->size() != values->size()) {
        return tl::unexpected(InvalidParameterCombination("The parameters " + member +
                                                          ".Values and " + member +
                                                          ".Counts must be of the same size."));
      }
      for (size_t i = 0; i < values->size(); ++i) {
        AwsValue holder = AwsValue::Map();
        holder.Set("v", *(*values)[i]);
        if (!counts->empty()) holder.Set("c", *(*counts)[i]);
        auto v = GetDouble(holder, "v");
        if (!v || !*v || !std::isfinite(**v)) {
          return Invalid("The parameter " + member + ".Values must hold finite numbers.");
        }
        double count = 1;
        if (!counts->empty()) {
          auto c = GetDouble(holder, "c");
          if (!c || !*c || !std::isfinite(**c) || **c <= 0) {
            return Invalid("The parameter " + member + ".Counts must hold numbers greater than 0.");
          }
          count = **c;
        }
        plan.samples.push_back({count, **v * count, **v, **v, **v});
      }
    }
    plans.push_back(std::move(plan));
  }
  return plans;
}

size_t ApplyPutMetricData(const std::vector<MetricDatumPlan>& data, engine::MetricStore& store) {
  size_t refused = 0;
  for (const MetricDatumPlan& plan : data) {
    for (const engine::SampleAggregate& sample : plan.samples) {
      if (store.AddAggregate(plan.key, plan.time_ms, sample) !=
          engine::MetricStore::AddResult::kAdded) {
        ++refused;
      }
    }
  }
  return refused;
}

CwResult<SetAlarmStateRequest> ParseSetAlarmState(const AwsValue& request) {
  SetAlarmStateRequest out;
  auto name = GetString(request, "AlarmName");
  if (!name) return Fail(name);
  if (!*name) return tl::unexpected(MissingParameter("AlarmName"));
  if ((*name)->empty() || (*name)->size() > 255) {
    return Invalid("The parameter AlarmName must have length between 1 and 255.");
  }
  out.alarm_name = **name;
  auto state = GetString(request, "StateValue");
  if (!state) return Fail(state);
  if (!*state) return tl::unexpected(MissingParameter("StateValue"));
  const auto parsed = engine::ParseAlarmState(**state);
  if (!parsed) {
    return Invalid("The parameter StateValue must be one of OK, ALARM, INSUFFICIENT_DATA.");
  }
  out.state = *parsed;
  auto reason = GetString(request, "StateReason");
  if (!reason) return Fail(reason);
  if (!*reason) return tl::unexpected(MissingParameter("StateReason"));
  if ((*reason)->size() > 1023) {
    return Invalid("The parameter StateReason must not be longer than 1023 characters.");
  }
  out.reason = **reason;
  auto data = GetString(request, "StateReasonData");
  if (!data) return Fail(data);
  if (*data) {
    if ((*data)->size() > 4000) {
      return Invalid("The parameter StateReasonData must not be longer than 4000 characters.");
    }
    simdjson::dom::parser parser;
    simdjson::dom::element element;
    if (parser.parse(**data).get(element) != simdjson::SUCCESS) {
      return tl::unexpected(
          CloudWatchError{400, "InvalidFormat", "Unable to parse StateReasonData as JSON.", true});
    }
    out.reason_data_json = **data;
  }
  return out;
}

CwResult<std::vector<std::string>> ParseAlarmNames(const AwsValue& request) {
  auto names = StringsOf(request, "AlarmNames");
  if (!names) return Fail(names);
  if (names->empty()) return tl::unexpected(MissingParameter("AlarmNames"));
  if (names->size() > kMaxAlarmNames) {
    return Invalid("The collection AlarmNames must not have more than 100 members.");
  }
  return names;
}

CloudWatchError DefinedInConfig(std::string_view alarm_name) {
  return InvalidParameterValue("The alarm " + std::string(alarm_name) +
                               " is defined in the tailwatch configuration file; change it there.");
}

}  // namespace tailwatch::daemon::cloudwatch
