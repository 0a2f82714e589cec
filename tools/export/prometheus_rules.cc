#include "tools/export/prometheus_rules.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "daemon/export/dynamic_series.h"

namespace tailwatch::exporter {
namespace {

std::string Number(double v) {
  char buffer[64];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return std::string(buffer, ptr);
}

std::string_view OperatorSymbol(engine::ComparisonOperator op) {
  switch (op) {
    case engine::ComparisonOperator::kGreaterThanOrEqualToThreshold:
      return ">=";
    case engine::ComparisonOperator::kGreaterThanThreshold:
      return ">";
    case engine::ComparisonOperator::kLessThanThreshold:
      return "<";
    case engine::ComparisonOperator::kLessThanOrEqualToThreshold:
      return "<=";
    // Band alarms are refused (RefusalReason) before any rule is written.
    case engine::ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold:
    case engine::ComparisonOperator::kLessThanLowerThreshold:
    case engine::ComparisonOperator::kGreaterThanUpperThreshold:
      break;
  }
  return ">";
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// The text after an aggregation operator: "by (a, b) " or "" for none.
std::string ByClause(const std::vector<std::string>& labels) {
  if (labels.empty()) return "";
  return "by (" + Join(labels, ", ") + ") ";
}

// The `on(...)` of a set or arithmetic operator matching on the grouping labels.
std::string OnClause(const std::vector<std::string>& labels) {
  return "on(" + Join(labels, ", ") + ")";
}

// Builds the PromQL of one alarm's rules.
class AlarmRuleBuilder {
 public:
  AlarmRuleBuilder(const config::Config& config, const engine::AlarmSpec& spec,
                   const RulesOptions& options)
      : spec_(spec),
        group_by_(options.group_by()),
        period_(Seconds(spec.period_seconds)),
        selector_(AlarmSeriesSelector(config, spec)),
        own_("{alarm=" + PromQlString(spec.name) + ",scope=" + PromQlString(options.scope()) +
             "}") {}

  // The increase of `counter` over the last period, per scraped series. A
  // series younger than the period (or reset inside it) counts from 0,
  // which `increase()` would not: it needs two samples and extrapolates.
  std::string Delta(std::string_view counter) const {
    const std::string now = std::string(counter) + selector_;
    return "((" + now + " - " + now + " offset " + period_ + ") >= 0 or " + now + ")";
  }

  std::string Samples() const {
    return "sum " + ByClause(group_by_) + "(" + Delta("tailwatch_metric_samples_total") + ")\nor " +
           OnClause(group_by_) + "\n(group " + ByClause(group_by_) +
           "(tailwatch_events_total) * 0)";
  }

  std::string Datapoint() const {
    const std::string samples = "tailwatch_alarm:samples" + own_;
    const std::string value_sum =
        "sum " + ByClause(group_by_) + "(" + Delta("tailwatch_metric_value_total") + ")";
    switch (*spec_.statistic) {
      case engine::Statistic::kSampleCount:
        return samples + " > 0";
      case engine::Statistic::kSum:
        return value_sum + "\nand " + OnClause(group_by_) + " (" + samples + " > 0)";
      case engine::Statistic::kAverage:
        return value_sum + "\n/ " + OnClause(group_by_) + " (" + samples + " > 0)";
      default:
        return "";
    }
  }

  // The datapoint straight from the counters, without recorded series.
  std::string StandaloneDatapoint() const {
    const std::string samples =
        "sum " + ByClause(group_by_) + "(" + Delta("tailwatch_metric_samples_total") + ")";
    const std::string value_sum =
        "sum " + ByClause(group_by_) + "(" + Delta("tailwatch_metric_value_total") + ")";
    switch (*spec_.statistic) {
      case engine::Statistic::kSampleCount:
        return samples + " > 0";
      case engine::Statistic::kSum:
        return value_sum + " and " + OnClause(group_by_) + " (" + samples + " > 0)";
      case engine::Statistic::kAverage:
        return value_sum + " / " + OnClause(group_by_) + " (" + samples + " > 0)";
      default:
        return "";
    }
  }

  std::string Breaching() const {
    return "(tailwatch_alarm:datapoint" + own_ + " " +
           std::string(OperatorSymbol(spec_.comparison_operator)) + " bool " +
           Number(spec_.threshold) + ")\nor " + OnClause(group_by_) + " (tailwatch_alarm:samples" +
           own_ + " * 0)";
  }

  std::string Real() const { return "tailwatch_alarm:samples" + own_ + " > bool 0"; }

  // The alerting expression: docs/cloudwatch-semantics.md §4.4 with the
  // evidence rule of §4.7, over the R = N + 2 most recent periods, period j
  // read with `offset j*P`. A period is real when it holds samples.
  std::string Alert() const {
    const int n = spec_.evaluation_periods;
    const int m = spec_.datapoints_to_alarm_or_n();
    const int range = n + 2;
    const std::string zero = "tailwatch_alarm:real" + own_ + " * 0";
    auto at = [&](std::string_view record, int j) {
      std::string s = std::string(record) + own_;
      if (j > 0) s += " offset " + Seconds(static_cast<long long>(j) * spec_.period_seconds);
      return s;
    };
    auto real = [&](int j) {
      return "(" + at("tailwatch_alarm:real", j) + " or " + OnClause(group_by_) + " " + zero + ")";
    };
    auto breaching = [&](int j) {
      return "(" + at("tailwatch_alarm:breaching", j) + " or " + OnClause(group_by_) + " " + zero +
             ")";
    };
    // Evidence: the node was scraped at the period's start (it was
    // observing then), or the period holds data.
    auto evidence = [&](int j) {
      return "clamp_max((" + at("tailwatch_alarm:real", j + 1) + " * 0 + 1 or " +
             OnClause(group_by_) + " " + zero + ") + " + real(j) + ", 1)";
    };
    auto sum = [&](int from, int to, auto term) {
      std::string out;
      for (int j = from; j < to; ++j) {
        if (!out.empty()) out += "\n  + ";
        out += term(j);
      }
      return out.empty() ? std::string("(" + zero + ")") : "(" + out + ")";
    };
    const std::string k = sum(0, range, real);
    const std::string real_newest_n = sum(0, n, real);
    // Breaching datapoints among the N most recent real ones (Rule 2; with
    // fewer than N real ones, all of them).
    const std::string breaching_selected = "(" + sum(0, n, breaching) + "\n  + " + breaching(n) +
                                           " * (" + real_newest_n + " < bool " + std::to_string(n) +
                                           ")\n  + " + breaching(n + 1) + " * ((" + real_newest_n +
                                           " + " + real(n) + ") < bool " + std::to_string(n) + "))";
    std::string alarm = "(" + breaching_selected + " >= bool " + std::to_string(m) + ")";
    const std::string enough_evidence =
        "(" + sum(0, range, evidence) + " >= bool " + std::to_string(n) + ")";
    switch (spec_.treat_missing_data) {
      case engine::TreatMissingData::kBreaching:
        alarm += "\n+ (" + k + " < bool " + std::to_string(n) + ")\n  * " + enough_evidence +
                 "\n  * ((" + sum(0, range, breaching) + " + " + std::to_string(n) + " - " + k +
                 ") >= bool " + std::to_string(m) + ")";
        break;
      case engine::TreatMissingData::kMissing:
        alarm += "\n+ (" + k + " > bool 0)\n  * (" + k + " < bool " + std::to_string(n) +
                 ")\n  * " + enough_evidence + "\n  * (" + sum(0, range, breaching) + " == bool " +
                 k + ")\n  * (" + sum(m - 1, range, real) + " >= bool 1)";
        break;
      case engine::TreatMissingData::kNotBreaching:
      case engine::TreatMissingData::kIgnore:
        break;
    }
    return "(\n" + alarm + "\n) > 0";
  }

 private:
  const engine::AlarmSpec& spec_;
  std::vector<std::string> group_by_;
  std::string period_;
  std::string selector_;
  std::string own_;  // selects this alarm's recorded series
};

// Prometheus expands an alert's labels and annotations as Go templates: a
// literal "{{" (in a name or description) must come out of a template action.
std::string TemplateLiteral(std::string_view text) {
  std::string out;
  size_t at = 0;
  for (size_t found; (found = text.find("{{", at)) != std::string_view::npos; at = found + 2) {
    out.append(text.substr(at, found - at));
    out += "{{ \"{{\" }}";
  }
  out.append(text.substr(at));
  return out;
}

std::string AlertName(std::string_view alarm) {
  return "TailwatchAlarm_" + SanitizeMetricName(alarm);
}

std::string Summary(const engine::AlarmSpec& spec) {
  return std::string(engine::StatisticName(*spec.statistic)) + " of " + spec.metric_namespace +
         "/" + spec.metric_name + " over " + std::to_string(spec.period_seconds) + " s " +
         std::string(OperatorSymbol(spec.comparison_operator)) + " " + Number(spec.threshold) +
         " in " + std::to_string(spec.datapoints_to_alarm_or_n()) + " of the last " +
         std::to_string(spec.evaluation_periods) + " periods (treat_missing_data: " +
         std::string(engine::TreatMissingDataName(spec.treat_missing_data)) + ")";
}

// Where this alarm's rule and tailwatch's own evaluation can disagree.
std::string Differences(const engine::AlarmSpec& spec) {
  std::string out =
      "Differences from tailwatch (docs/fleet.md): Prometheus evaluates at its own times, "
      "not on minute boundaries, and a period holds the samples scraped in it (up to one "
      "scrape interval late); an empty period is evidence when the node was scraped at its "
      "start, not from when tailwatch began observing the log group; a node that stops reporting "
      "has no series, so its alert resolves.";
  switch (spec.treat_missing_data) {
    case engine::TreatMissingData::kIgnore:
      out +=
          " treat_missing_data ignore: an alert has no state to keep, so where tailwatch keeps "
          "ALARM for lack of data the alert resolves.";
      break;
    case engine::TreatMissingData::kMissing:
      out += " treat_missing_data missing: INSUFFICIENT_DATA and OK both mean 'not firing'.";
      break;
    case engine::TreatMissingData::kBreaching:
      out +=
          " treat_missing_data breaching: a node that stops reporting is not breaching, its "
          "alert resolves (alert on `up == 0` for that).";
      break;
    case engine::TreatMissingData::kNotBreaching:
      break;
  }
  return out;
}

void EmitRecord(YAML::Emitter& out, std::string_view name, const std::string& expr,
                const std::string& alarm, std::string_view scope) {
  out << YAML::BeginMap;
  out << YAML::Key << "record" << YAML::Value << std::string(name);
  out << YAML::Key << "expr" << YAML::Value << YAML::Literal << expr;
  out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "alarm" << YAML::Value << YAML::DoubleQuoted << alarm;
  out << YAML::Key << "scope" << YAML::Value << std::string(scope);
  out << YAML::EndMap;
  out << YAML::EndMap;
}

}  // namespace

std::string PromQlString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

std::string Seconds(long long seconds) { return std::to_string(seconds) + "s"; }

std::string AlarmSeriesSelector(const config::Config& config, const engine::AlarmSpec& spec) {
  // Label names as /metrics writes them: namespace, metric, then the series'
  // dimensions in order, each sanitised and made unique.
  std::vector<std::string> used = {"namespace", "metric"};
  std::string out = "{namespace=" + PromQlString(spec.metric_namespace) +
                    ",metric=" + PromQlString(spec.metric_name);
  for (const auto& [name, value] : spec.dimensions) {
    std::string label = SanitizeLabelName(name);
    while (std::find(used.begin(), used.end(), label) != used.end()) label.push_back('_');
    used.push_back(label);
    out += "," + label + "=" + PromQlString(value);
  }
  std::set<std::string> others;
  for (const engine::FilterSpec& filter : config.metric_filters) {
    const auto& t = filter.transformation;
    if (t.metric_namespace != spec.metric_namespace || t.metric_name != spec.metric_name) continue;
    for (const auto& dimension : t.dimensions) {
      if (std::any_of(spec.dimensions.begin(), spec.dimensions.end(),
                      [&](const auto& own) { return own.first == dimension.first; })) {
        continue;
      }
      // Renamed past the labels before it, as /metrics does ("namespace_").
      std::string label = SanitizeLabelName(dimension.first);
      while (std::find(used.begin(), used.end(), label) != used.end()) label.push_back('_');
      others.insert(label);
    }
  }
  for (const std::string& label : others) out += "," + label + "=\"\"";
  out += "}";
  return out;
}

std::string DatapointExpression(const config::Config& config, const engine::AlarmSpec& spec,
                                const RulesOptions& options) {
  if (!RefusalReason(spec).empty()) return "";
  return AlarmRuleBuilder(config, spec, options).StandaloneDatapoint();
}

std::string RefusalReason(const engine::AlarmSpec& spec) {
  if (spec.band || engine::IsBandOperator(spec.comparison_operator)) {
    return "anomaly-detection band: the band is the state of tailwatch's model, which /metrics "
           "exposes only for the latest period, so PromQL cannot evaluate past periods";
  }
  if (!spec.statistic) {
    return "extended_statistic " + spec.extended_statistic +
           ": /metrics exposes each series' value sum and sample count, not its samples, so a "
           "percentile cannot be computed in PromQL";
  }
  if (*spec.statistic == engine::Statistic::kMinimum ||
      *spec.statistic == engine::Statistic::kMaximum) {
    return "statistic " + std::string(engine::StatisticName(*spec.statistic)) +
           ": /metrics exposes each series' value sum and sample count, from which PromQL "
           "gets Sum, SampleCount and Average but no per-period " +
           std::string(engine::StatisticName(*spec.statistic));
  }
  if (spec.rolling) {
    return "evaluation: rolling: the window ends at every sample, between the scrapes a rule "
           "sees, so a rule would judge later and on other datapoints than tailwatch";
  }
  if (spec.missing_data_live_only) {
    return "missing_data_scope: live: whether a series is live (first datapoint seen, no "
           "newer end_metric_name datapoint) is tailwatch state that /metrics does not expose";
  }
  return "";
}

RulesExport ExportRules(const config::Config& config, const RulesOptions& options) {
  RulesExport result;
  for (const engine::AlarmSpec& spec : config.alarms) {
    const std::string why = RefusalReason(spec);
    if (!why.empty()) {
      result.refusals.push_back("alarm '" + spec.name + "': " + why);
      continue;
    }
    ExportedAlarm alarm;
    alarm.spec = &spec;
    alarm.alert_name = AlertName(spec.name);
    alarm.labels["alarm"] = spec.name;
    alarm.labels["scope"] = std::string(options.scope());
    if (!spec.alarm_actions.empty()) alarm.labels["alarm_actions"] = Join(spec.alarm_actions, ",");
    alarm.annotations["summary"] = Summary(spec);
    if (!spec.description.empty()) alarm.annotations["description"] = spec.description;
    if (!spec.ok_actions.empty()) alarm.annotations["ok_actions"] = Join(spec.ok_actions, ",");
    if (!spec.insufficient_data_actions.empty()) {
      alarm.annotations["insufficient_data_actions"] = Join(spec.insufficient_data_actions, ",");
    }
    alarm.evaluation_interval_seconds = spec.period_seconds < 60 ? 10 : 60;
    result.alarms.push_back(std::move(alarm));
  }

  YAML::Emitter out;
  out.SetIndent(2);
  std::string header = "Generated by `tailwatch export prometheus-rules` from " +
                       config.source_name + " (" +
                       (options.mode == RulesOptions::Mode::kPerNode
                            ? "per node, by label " + options.node_label
                            : "fleet, by (" + Join(options.fleet_by, ", ") + ")") +
                       "). See docs/fleet.md.";
  out << YAML::Comment(header);
  for (const std::string& refusal : result.refusals) {
    out << YAML::Newline << YAML::Comment("not exported: " + refusal);
  }
  out << YAML::BeginMap << YAML::Key << "groups" << YAML::Value << YAML::BeginSeq;
  const std::string_view scope = options.scope();
  for (const ExportedAlarm& alarm : result.alarms) {
    const engine::AlarmSpec& spec = *alarm.spec;
    AlarmRuleBuilder rules(config, spec, options);
    out << YAML::Comment(spec.name + ": " + Summary(spec) + ". " + Differences(spec));
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted
        << "tailwatch " + std::string(scope) + ": " + spec.name;
    out << YAML::Key << "interval" << YAML::Value << Seconds(alarm.evaluation_interval_seconds);
    out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
    EmitRecord(out, "tailwatch_alarm:samples", rules.Samples(), spec.name, scope);
    EmitRecord(out, "tailwatch_alarm:datapoint", rules.Datapoint(), spec.name, scope);
    EmitRecord(out, "tailwatch_alarm:breaching", rules.Breaching(), spec.name, scope);
    EmitRecord(out, "tailwatch_alarm:real", rules.Real(), spec.name, scope);
    out << YAML::BeginMap;
    out << YAML::Key << "alert" << YAML::Value << alarm.alert_name;
    out << YAML::Key << "expr" << YAML::Value << YAML::Literal << rules.Alert();
    out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
    for (const auto& [key, value] : alarm.labels) {
      out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << TemplateLiteral(value);
    }
    out << YAML::EndMap;
    out << YAML::Key << "annotations" << YAML::Value << YAML::BeginMap;
    for (const auto& [key, value] : alarm.annotations) {
      out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << TemplateLiteral(value);
    }
    out << YAML::EndMap;
    out << YAML::EndMap;
    out << YAML::EndSeq;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  result.yaml = std::string(out.c_str()) + "\n";
  return result;
}

}  // namespace tailwatch::exporter
