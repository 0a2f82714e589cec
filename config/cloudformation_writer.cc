#include "config/cloudformation_writer.h"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <map>
#include <set>

#include "config/config_writer.h"

namespace tailwatch::config {
namespace {

constexpr size_t kMaxStackResources = 500;  // CloudFormation quota per template

// Hands out logical IDs, unique within the template.
class IdPool {
 public:
  std::string Take(const std::string& prefix, const std::string& name) {
    const std::string base = LogicalId(prefix, name);
    std::string id = base;
    for (int n = 2; !used_.insert(id).second; ++n) id = base + std::to_string(n);
    return id;
  }
  size_t size() const { return used_.size(); }

 private:
  std::set<std::string> used_;
};

void Key(YAML::Emitter& out, const char* key) { out << YAML::Key << key << YAML::Value; }

void Str(YAML::Emitter& out, const char* key, const std::string& value) {
  Key(out, key);
  out << YAML::DoubleQuoted << value;
}

void Num(YAML::Emitter& out, const char* key, double value) {
  Key(out, key);
  out << FormatNumber(value);
}

// An action as CloudWatch takes it (an ARN), or empty when its target has none.
std::string ActionArn(const Config& config, const std::string& action) {
  if (action.starts_with("arn:")) return action;
  for (const TargetConfig& t : config.targets) {
    if (t.name == action && t.type == TargetConfig::Type::kSns) return t.topic_arn;
  }
  return "";
}

void Actions(YAML::Emitter& out, const char* key, const Config& config, const engine::AlarmSpec& a,
             const std::vector<std::string>& actions, std::vector<std::string>* notes) {
  std::vector<std::string> arns;
  for (const std::string& action : actions) {
    std::string arn = ActionArn(config, action);
    if (arn.empty()) {
      notes->push_back("alarm '" + a.name + "': action '" + action +
                       "' is a webhook or Alertmanager target, which CloudWatch cannot call; "
                       "left out of " +
                       key);
      continue;
    }
    arns.push_back(std::move(arn));
  }
  if (arns.empty()) return;
  Key(out, key);
  out << YAML::BeginSeq;
  for (const std::string& arn : arns) out << YAML::DoubleQuoted << arn;
  out << YAML::EndSeq;
}

}  // namespace

std::string LogicalId(const std::string& prefix, const std::string& name) {
  std::string id = prefix;
  bool word_start = true;
  for (const char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) > 127) {
      word_start = true;
      continue;
    }
    id += word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    word_start = false;
  }
  if (id.size() > 240) id.resize(240);  // room for a uniqueness suffix
  return id;
}

CloudFormationTemplate WriteCloudFormation(const Config& config) {
  CloudFormationTemplate result;
  IdPool ids;
  std::map<std::string, std::string> group_ids;  // log group name -> logical ID

  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::BeginMap;
  Str(out, "AWSTemplateFormatVersion", "2010-09-09");
  Str(out, "Description", "CloudWatch log groups, metric filters and alarms exported by tailwatch");
  Key(out, "Resources");
  out << YAML::BeginMap;

  for (const LogGroupConfig& g : config.log_groups) {
    const std::string id = ids.Take("LogGroup", g.name);
    group_ids[g.name] = id;
    out << YAML::Key << id << YAML::Value << YAML::BeginMap;
    Str(out, "Type", "AWS::Logs::LogGroup");
    Key(out, "Properties");
    out << YAML::BeginMap;
    Str(out, "LogGroupName", g.name);
    out << YAML::EndMap << YAML::EndMap;
  }

  for (const engine::FilterSpec& f : config.metric_filters) {
    if (!f.regex.empty()) {
      result.notes.push_back("metric filter '" + f.name +
                             "' uses regex:, tailwatch's own pattern kind that CloudWatch does "
                             "not have; left out");
      continue;
    }
    const engine::MetricTransformationSpec& t = f.transformation;
    out << YAML::Key << ids.Take("MetricFilter", f.name) << YAML::Value << YAML::BeginMap;
    Str(out, "Type", "AWS::Logs::MetricFilter");
    Key(out, "Properties");
    out << YAML::BeginMap;
    Str(out, "FilterName", f.name);
    Key(out, "LogGroupName");
    if (const auto it = group_ids.find(f.log_group); it != group_ids.end()) {
      out << YAML::BeginMap << YAML::Key << "Ref" << YAML::Value << it->second << YAML::EndMap;
    } else {
      out << YAML::DoubleQuoted << f.log_group;
    }
    Str(out, "FilterPattern", f.pattern);
    Key(out, "MetricTransformations");
    out << YAML::BeginSeq << YAML::BeginMap;
    Str(out, "MetricName", t.metric_name);
    Str(out, "MetricNamespace", t.metric_namespace);
    Str(out, "MetricValue", t.metric_value);
    if (t.default_value) Num(out, "DefaultValue", *t.default_value);
    if (!t.dimensions.empty()) {
      Key(out, "Dimensions");
      out << YAML::BeginSeq;
      for (const auto& [name, value] : t.dimensions) {
        out << YAML::Flow << YAML::BeginMap;
        Str(out, "Key", name);
        Str(out, "Value", value);
        out << YAML::EndMap;
      }
      out << YAML::EndSeq;
    }
    if (t.unit != "None") Str(out, "Unit", t.unit);
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::EndMap << YAML::EndMap;
  }

  for (const engine::AlarmSpec& a : config.alarms) {
    out << YAML::Key << ids.Take("Alarm", a.name) << YAML::Value << YAML::BeginMap;
    Str(out, "Type", "AWS::CloudWatch::Alarm");
    Key(out, "Properties");
    out << YAML::BeginMap;
    Str(out, "AlarmName", a.name);
    if (!a.description.empty()) Str(out, "AlarmDescription", a.description);
    Str(out, "Namespace", a.metric_namespace);
    Str(out, "MetricName", a.metric_name);
    if (!a.dimensions.empty()) {
      Key(out, "Dimensions");
      out << YAML::BeginSeq;
      for (const auto& [name, value] : a.dimensions) {
        out << YAML::Flow << YAML::BeginMap;
        Str(out, "Name", name);
        Str(out, "Value", value);
        out << YAML::EndMap;
      }
      out << YAML::EndSeq;
    }
    if (a.statistic) {
      Str(out, "Statistic", std::string(engine::StatisticName(*a.statistic)));
    } else {
      Str(out, "ExtendedStatistic", a.extended_statistic);
      Str(out, "EvaluateLowSampleCountPercentile",
          a.ignore_low_sample_count_percentile ? "ignore" : "evaluate");
    }
    Num(out, "Period", a.period_seconds);
    Num(out, "EvaluationPeriods", a.evaluation_periods);
    if (a.datapoints_to_alarm) Num(out, "DatapointsToAlarm", *a.datapoints_to_alarm);
    Num(out, "Threshold", a.threshold);
    Str(out, "ComparisonOperator",
        std::string(engine::ComparisonOperatorName(a.comparison_operator)));
    Str(out, "TreatMissingData", std::string(engine::TreatMissingDataName(a.treat_missing_data)));
    if (!a.unit.empty()) Str(out, "Unit", a.unit);
    Key(out, "ActionsEnabled");
    out << a.actions_enabled;
    Actions(out, "AlarmActions", config, a, a.alarm_actions, &result.notes);
    Actions(out, "OKActions", config, a, a.ok_actions, &result.notes);
    Actions(out, "InsufficientDataActions", config, a, a.insufficient_data_actions, &result.notes);
    out << YAML::EndMap << YAML::EndMap;
    if (a.missing_data_live_only) {
      result.notes.push_back("alarm '" + a.name +
                             "': missing_data_scope: live is tailwatch's own; CloudWatch treats "
                             "every missing period by treat_missing_data");
    }
    if (a.rolling) {
      result.notes.push_back("alarm '" + a.name +
                             "': evaluation: rolling is tailwatch's own; CloudWatch evaluates "
                             "whole periods at minute boundaries");
    }
  }
  out << YAML::EndMap << YAML::EndMap;
  result.text = std::string(out.c_str()) + "\n";
  if (const size_t count = ids.size(); count > kMaxStackResources) {
    result.notes.push_back("the template has " + std::to_string(count) +
                           " resources; CloudFormation takes at most " +
                           std::to_string(kMaxStackResources) +
                           " per stack, so split the config (e.g. one stack per include)");
  }
  return result;
}

}  // namespace tailwatch::config
