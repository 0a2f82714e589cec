#include "daemon/cloudwatch/alarm_definition_ops.h"

#include <algorithm>

#include "config/importer.h"
#include "daemon/cloudwatch/cloudwatch_ops.h"
#include "daemon/cloudwatch/wire_codecs.h"

namespace tailwatch::daemon::cloudwatch {
namespace {

size_t ActionCount(const AwsValue& request) {
  size_t count = 0;
  for (const char* key : {"AlarmActions", "OKActions", "InsufficientDataActions"}) {
    if (auto items = GetList(request, key)) count += items->size();
  }
  return count;
}

DefinitionsVerdict Refuse(const CloudWatchError& error) {
  return DefinitionsVerdict{false, error.code, error.message};
}

auto FindAlarm(std::vector<engine::AlarmSpec>& alarms, const std::string& name) {
  return std::find_if(alarms.begin(), alarms.end(),
                      [&name](const engine::AlarmSpec& a) { return a.name == name; });
}

}  // namespace

CwResult<engine::AlarmSpec> ParsePutMetricAlarm(const AwsValue& request) {
  auto name = GetString(request, "AlarmName");
  if (!name) return tl::unexpected(name.error());
  if (!*name || (*name)->empty()) return tl::unexpected(MissingParameter("AlarmName"));
  if ((*name)->size() > 255) {
    return tl::unexpected(InvalidParameterValue("AlarmName must be 1-255 characters."));
  }
  for (const char* key : {"EvaluationPeriods", "ComparisonOperator"}) {
    if (request.Find(key) == nullptr) return tl::unexpected(MissingParameter(key));
  }
  // Tags describe the resource, not the alarm: not kept (docs/aws-api.md).
  AwsValue shape = AwsValue::Map();
  for (const auto& [key, value] : request.members) {
    if (key != "Tags") shape.Set(key, value);
  }
  const std::string text = "{\"MetricAlarms\":[" + Json10Body(shape) + "]}";
  config::ImportResult imported = config::ImportText(text, "PutMetricAlarm");
  // Meaning checks (no filter emits the metric) do not stop CloudWatch either.
  const std::string why = config::ImportMessagesForApi(imported, "no metric filter emits");
  if (imported.config.alarms.size() != 1) {
    return tl::unexpected(InvalidParameterValue(why.empty() ? "The alarm is not valid." : why));
  }
  engine::AlarmSpec alarm = std::move(imported.config.alarms.front());
  const size_t kept =
      alarm.alarm_actions.size() + alarm.ok_actions.size() + alarm.insufficient_data_actions.size();
  if (kept != ActionCount(request)) return tl::unexpected(InvalidParameterValue(why));
  if (alarm.name != **name) {
    return tl::unexpected(InvalidParameterValue("AlarmName '" + **name + "' is not valid."));
  }
  return alarm;
}

DefinitionsVerdict PutAlarmEdit(const engine::AlarmSpec& alarm, config::ApiDefinitions& document,
                                const config::Config& running) {
  if (FileDefinesAlarm(running, alarm.name)) return Refuse(DefinedInConfig(alarm.name));
  auto it = FindAlarm(document.alarms, alarm.name);
  if (it == document.alarms.end()) {
    document.alarms.push_back(alarm);
  } else if (*it == alarm) {
    return DefinitionsVerdict{};
  } else {
    *it = alarm;
  }
  return DefinitionsVerdict{true, "", ""};
}

DefinitionsVerdict DeleteAlarmsEdit(const std::vector<std::string>& names,
                                    config::ApiDefinitions& document,
                                    const config::Config& running) {
  for (const std::string& name : names) {
    if (FileDefinesAlarm(running, name)) return Refuse(DefinedInConfig(name));
    if (FindAlarm(document.alarms, name) == document.alarms.end()) {
      return Refuse(ResourceNotFound("Alarm " + name + " not found"));
    }
  }
  for (const std::string& name : names) {
    auto it = FindAlarm(document.alarms, name);
    if (it != document.alarms.end()) document.alarms.erase(it);
  }
  return DefinitionsVerdict{true, "", ""};
}

DefinitionsVerdict SetActionsEnabledEdit(const std::vector<std::string>& names, bool enabled,
                                         config::ApiDefinitions& document,
                                         const config::Config& running) {
  for (const std::string& name : names) {
    if (FileDefinesAlarm(running, name)) return Refuse(DefinedInConfig(name));
  }
  bool changed = false;
  for (const std::string& name : names) {
    auto it = FindAlarm(document.alarms, name);
    if (it == document.alarms.end() || it->actions_enabled == enabled) continue;
    it->actions_enabled = enabled;
    changed = true;
  }
  return DefinitionsVerdict{changed, "", ""};
}

CwResult<AwsValue> DefinitionsAnswer(const DefinitionsOutcome& outcome) {
  switch (outcome.kind) {
    case DefinitionsOutcome::Kind::kApplied:
      return AwsValue::Map();
    case DefinitionsOutcome::Kind::kRefused:
      return tl::unexpected(CloudWatchError{outcome.code == "ResourceNotFound" ? 404 : 400,
                                            outcome.code, outcome.message, true});
    case DefinitionsOutcome::Kind::kInvalid:
      return tl::unexpected(InvalidParameterValue(outcome.message));
    case DefinitionsOutcome::Kind::kUnavailable:
      break;
  }
  return tl::unexpected(CloudWatchError{503, "ServiceUnavailable", outcome.message, false});
}

}  // namespace tailwatch::daemon::cloudwatch
