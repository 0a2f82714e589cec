#include "daemon/notify/payloads.h"

#include <utility>
#include <vector>

#include "daemon/export/dynamic_series.h"
#include "daemon/notify/sigv4.h"
#include "engine/alarm/format.h"

namespace tailwatch::notify {
namespace {

void AppendMember(std::string& out, std::string_view name, std::string_view value, bool& first) {
  if (!first) out += ',';
  first = false;
  engine::AppendJsonString(out, name);
  out += ':';
  engine::AppendJsonString(out, value);
}

}  // namespace

std::optional<SnsTopicArn> ParseSnsTopicArn(std::string_view arn) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (int i = 0; i < 5; ++i) {
    const size_t colon = arn.find(':', start);
    if (colon == std::string_view::npos) return std::nullopt;
    parts.push_back(arn.substr(start, colon - start));
    start = colon + 1;
  }
  parts.push_back(arn.substr(start));
  if (parts[0] != "arn" || parts[1].empty() || parts[2] != "sns" || parts[3].empty() ||
      parts[4].empty() || parts[5].empty() || parts[5].find(':') != std::string_view::npos) {
    return std::nullopt;
  }
  return SnsTopicArn{std::string(parts[1]), std::string(parts[3]), std::string(parts[4]),
                     std::string(parts[5])};
}

std::string DefaultSnsEndpoint(const SnsTopicArn& arn, std::string_view region) {
  const std::string r = region.empty() ? arn.region : std::string(region);
  return "https://sns." + r +
         (arn.partition == "aws-cn" ? ".amazonaws.com.cn/" : ".amazonaws.com/");
}

std::string WebhookSignature(std::string_view secret, std::string_view timestamp,
                             std::string_view body) {
  std::string message;
  message.reserve(timestamp.size() + 1 + body.size());
  message.append(timestamp).append(".").append(body);
  return "sha256=" + HexEncode(HmacSha256(secret, message));
}

std::string SampleLinesAnnotation(std::span<const engine::SampleLine> lines) {
  std::string text;
  for (const engine::SampleLine& line : lines) {
    if (!text.empty()) text += '\n';
    text += engine::FormatIso8601(line.time_ms);
    text += ' ';
    text += line.log_group;
    if (!line.source.empty()) text += " " + line.source;
    text += ": ";
    text += line.message;
    if (line.truncated) text += " [truncated]";
  }
  return text;
}

std::string AlertmanagerAlertsJson(const engine::AlarmEvent& event, const engine::AlarmSpec& spec,
                                   const engine::NotificationContext& context, int64_t now_ms) {
  std::vector<std::pair<std::string, std::string>> labels = {
      {"alertname", event.alarm_name},
      {"namespace", spec.metric_namespace},
      {"metric_name", spec.metric_name},
  };
  for (const auto& [name, value] : spec.dimensions) {
    std::string label = exporter::SanitizeLabelName(name);
    bool clash = false;
    for (const auto& existing : labels) clash |= existing.first == label;
    if (clash) label = "dimension_" + label;
    labels.emplace_back(std::move(label), value);
  }

  std::string out = "[{\"labels\":{";
  bool first = true;
  for (const auto& [name, value] : labels) {
    if (value.empty()) continue;  // Alertmanager drops empty labels anyway
    AppendMember(out, name, value, first);
  }
  out += "},\"annotations\":{";
  first = true;
  AppendMember(out, "summary", engine::AlarmEventSubject(event, context), first);
  AppendMember(out, "description", event.reason, first);
  if (!spec.description.empty()) AppendMember(out, "alarm_description", spec.description, first);
  AppendMember(out, "new_state", engine::AlarmStateName(event.new_state), first);
  AppendMember(out, "old_state", engine::AlarmStateName(event.old_state), first);
  AppendMember(out, "event_id", event.id, first);
  if (!event.reason_data_json.empty())
    AppendMember(out, "reason_data", event.reason_data_json, first);
  if (!event.sample_lines.empty()) {
    AppendMember(out, "sample_lines", SampleLinesAnnotation(event.sample_lines), first);
  }
  if (!event.log_locations.empty()) {
    std::string where;
    for (const engine::LogLocation& l : event.log_locations) {
      if (!where.empty()) where += '\n';
      where += "s3://" + l.bucket + "/" + l.key_prefix + " " + engine::FormatIso8601(l.start_ms) +
               " .. " + engine::FormatIso8601(l.end_ms);
    }
    AppendMember(out, "log_locations", where, first);
  }
  out += '}';
  if (event.new_state == engine::AlarmState::kAlarm) {
    out += ",\"startsAt\":";
    engine::AppendJsonString(out, engine::FormatIso8601(event.time_ms));
  } else {
    out += ",\"endsAt\":";
    engine::AppendJsonString(out, engine::FormatIso8601(now_ms));
  }
  out += "}]";
  return out;
}

std::string AlertmanagerAlertsUrl(std::string_view base_url) {
  constexpr std::string_view kPath = "/api/v2/alerts";
  std::string url(base_url);
  if (url.size() >= kPath.size() &&
      url.compare(url.size() - kPath.size(), kPath.size(), kPath) == 0) {
    return url;
  }
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + std::string(kPath);
}

std::string SnsPublishBody(std::string_view topic_arn, std::string_view subject,
                           std::string_view message) {
  std::string body = "Action=Publish&Version=2010-03-31&TopicArn=" + FormEncode(topic_arn) +
                     "&Message=" + FormEncode(message);
  if (!subject.empty()) body += "&Subject=" + FormEncode(subject);
  return body;
}

}  // namespace tailwatch::notify
