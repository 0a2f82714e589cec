#include "engine/alarm/alarm_event.h"

#include <array>
#include <cstdio>
#include <utility>

#include "engine/alarm/format.h"
#include "engine/common/fnv1a.h"

namespace tailwatch::engine {
namespace {

// AWS's long region names, as the console and SNS notifications show them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 33> kRegions = {{
    {"us-east-1", "US East (N. Virginia)"},
    {"us-east-2", "US East (Ohio)"},
    {"us-west-1", "US West (N. California)"},
    {"us-west-2", "US West (Oregon)"},
    {"af-south-1", "Africa (Cape Town)"},
    {"ap-east-1", "Asia Pacific (Hong Kong)"},
    {"ap-south-1", "Asia Pacific (Mumbai)"},
    {"ap-south-2", "Asia Pacific (Hyderabad)"},
    {"ap-southeast-1", "Asia Pacific (Singapore)"},
    {"ap-southeast-2", "Asia Pacific (Sydney)"},
    {"ap-southeast-3", "Asia Pacific (Jakarta)"},
    {"ap-southeast-4", "Asia Pacific (Melbourne)"},
    {"ap-northeast-1", "Asia Pacific (Tokyo)"},
    {"ap-northeast-2", "Asia Pacific (Seoul)"},
    {"ap-northeast-3", "Asia Pacific (Osaka)"},
    {"ca-central-1", "Canada (Central)"},
    {"ca-west-1", "Canada West (Calgary)"},
    {"eu-central-1", "EU (Frankfurt)"},
    {"eu-central-2", "EU (Zurich)"},
    {"eu-west-1", "EU (Ireland)"},
    {"eu-west-2", "EU (London)"},
    {"eu-west-3", "EU (Paris)"},
    {"eu-north-1", "EU (Stockholm)"},
    {"eu-south-1", "EU (Milan)"},
    {"eu-south-2", "EU (Spain)"},
    {"il-central-1", "Israel (Tel Aviv)"},
    {"me-south-1", "Middle East (Bahrain)"},
    {"me-central-1", "Middle East (UAE)"},
    {"sa-east-1", "South America (Sao Paulo)"},
    {"us-gov-east-1", "AWS GovCloud (US-East)"},
    {"us-gov-west-1", "AWS GovCloud (US-West)"},
    {"cn-north-1", "China (Beijing)"},
    {"cn-northwest-1", "China (Ningxia)"},
}};

uint64_t Avalanche(uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

void AppendStringArray(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    AppendJsonString(out, items[i]);
  }
  out += ']';
}

void AppendStringOrNull(std::string& out, std::string_view text) {
  if (text.empty()) {
    out += "null";
  } else {
    AppendJsonString(out, text);
  }
}

}  // namespace

std::string_view RegionLongName(std::string_view region_code) {
  for (const auto& [code, name] : kRegions) {
    if (code == region_code) return name;
  }
  return region_code;
}

std::string MakeAlarmEventId(std::string_view alarm_name, int64_t time_ms, uint64_t sequence) {
  const std::string salt = std::to_string(time_ms) + "/" + std::to_string(sequence);
  const uint64_t a = Avalanche(Fnv1a(salt, Fnv1a(alarm_name)));
  const uint64_t b = Avalanche(a ^ Fnv1a(alarm_name, Fnv1a(salt, 0x84222325cbf29ce4ULL)));
  char buffer[40];
  std::snprintf(buffer, sizeof(buffer), "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buffer;
}

namespace {

// A band alarm's Trigger names its metric data queries, as CloudWatch's
// notifications for anomaly-detection alarms do (no Threshold, the band's
// id in ThresholdMetricId).
void AppendBandTrigger(std::string& out, const AlarmSpec& spec) {
  out += ",\"Trigger\":{\"Period\":" + std::to_string(spec.period_seconds);
  out += ",\"EvaluationPeriods\":" + std::to_string(spec.evaluation_periods);
  if (spec.datapoints_to_alarm) {
    out += ",\"DatapointsToAlarm\":" + std::to_string(*spec.datapoints_to_alarm);
  }
  out += ",\"ComparisonOperator\":";
  AppendJsonString(out, ComparisonOperatorName(spec.comparison_operator));
  out += ",\"ThresholdMetricId\":";
  AppendJsonString(out, spec.band->band_id);
  out += ",\"TreatMissingData\":";
  AppendJsonString(out, TreatMissingDataName(spec.treat_missing_data));
  out += ",\"EvaluateLowSampleCountPercentile\":\"\",\"Metrics\":[{\"Id\":";
  AppendJsonString(out, spec.band->metric_id);
  out += ",\"MetricStat\":{\"Metric\":{\"Dimensions\":[";
  for (size_t i = 0; i < spec.dimensions.size(); ++i) {
    if (i > 0) out += ',';
    out += "{\"value\":";
    AppendJsonString(out, spec.dimensions[i].second);
    out += ",\"name\":";
    AppendJsonString(out, spec.dimensions[i].first);
    out += '}';
  }
  out += "],\"MetricName\":";
  AppendJsonString(out, spec.metric_name);
  out += ",\"Namespace\":";
  AppendJsonString(out, spec.metric_namespace);
  out += "},\"Period\":" + std::to_string(spec.period_seconds) + ",\"Stat\":";
  AppendJsonString(out, spec.statistic ? StatisticName(*spec.statistic)
                                       : std::string_view(spec.extended_statistic));
  out += "},\"ReturnData\":";
  out += spec.band->metric_return_data ? "true" : "false";
  out += "},{\"Expression\":";
  AppendJsonString(out, "ANOMALY_DETECTION_BAND(" + spec.band->metric_id + ", " +
                            JavaDouble(spec.band->width) + ")");
  out += ",\"Id\":";
  AppendJsonString(out, spec.band->band_id);
  if (!spec.band->label.empty()) {
    out += ",\"Label\":";
    AppendJsonString(out, spec.band->label);
  }
  out += ",\"ReturnData\":";
  out += spec.band->band_return_data ? "true" : "false";
  out += "}]}";
}

// The Trigger of a threshold alarm (defined below).
void AppendThresholdTrigger(std::string& out, const AlarmSpec& spec);

}  // namespace

std::string AlarmEventToCloudWatchJson(const AlarmEvent& event, const AlarmSpec& spec,
                                       const NotificationContext& context) {
  const std::string_view region_name = RegionLongName(context.region);
  std::string out;
  out.reserve(1024 + event.reason.size());
  out += "{\"AlarmName\":";
  AppendJsonString(out, spec.name);
  out += ",\"AlarmDescription\":";
  AppendStringOrNull(out, spec.description);
  out += ",\"AWSAccountId\":";
  AppendJsonString(out, context.account_id);
  out += ",\"AlarmConfigurationUpdatedTimestamp\":";
  AppendJsonString(out, FormatCloudWatchTime(context.configuration_updated_ms >= 0
                                                 ? context.configuration_updated_ms
                                                 : event.time_ms));
  out += ",\"NewStateValue\":";
  AppendJsonString(out, AlarmStateName(event.new_state));
  out += ",\"NewStateReason\":";
  AppendJsonString(out, event.reason);
  out += ",\"StateChangeTime\":";
  AppendJsonString(out, FormatCloudWatchTime(event.time_ms));
  out += ",\"Region\":";
  AppendJsonString(out, region_name);
  out += ",\"AlarmArn\":";
  AppendJsonString(out, "arn:aws:cloudwatch:" + context.region + ":" + context.account_id +
                            ":alarm:" + spec.name);
  out += ",\"OldStateValue\":";
  AppendJsonString(out, AlarmStateName(event.old_state));
  out += ",\"OKActions\":";
  AppendStringArray(out, spec.ok_actions);
  out += ",\"AlarmActions\":";
  AppendStringArray(out, spec.alarm_actions);
  out += ",\"InsufficientDataActions\":";
  AppendStringArray(out, spec.insufficient_data_actions);

  if (spec.band) {
    AppendBandTrigger(out, spec);
  } else {
    AppendThresholdTrigger(out, spec);
  }
  if (!event.sample_lines.empty()) {
    out += ",\"SampleLogLines\":";
    AppendSampleLogLinesJson(out, event.sample_lines);
  }
  if (!event.log_locations.empty()) {
    out += ",\"LogLocations\":";
    AppendLogLocationsJson(out, event.log_locations);
  }
  out += '}';
  return out;
}

namespace {

void AppendThresholdTrigger(std::string& out, const AlarmSpec& spec) {
  out += ",\"Trigger\":{\"MetricName\":";
  AppendJsonString(out, spec.metric_name);
  out += ",\"Namespace\":";
  AppendJsonString(out, spec.metric_namespace);
  if (spec.statistic) {
    out += ",\"StatisticType\":\"Statistic\",\"Statistic\":";
    AppendJsonString(out, StatisticNotificationName(*spec.statistic));
  } else {
    out += ",\"StatisticType\":\"ExtendedStatistic\",\"ExtendedStatistic\":";
    AppendJsonString(out, spec.extended_statistic);
  }
  out += ",\"Unit\":";
  AppendStringOrNull(out, spec.unit);
  out += ",\"Dimensions\":[";
  for (size_t i = 0; i < spec.dimensions.size(); ++i) {
    if (i > 0) out += ',';
    out += "{\"value\":";
    AppendJsonString(out, spec.dimensions[i].second);
    out += ",\"name\":";
    AppendJsonString(out, spec.dimensions[i].first);
    out += '}';
  }
  out += "],\"Period\":" + std::to_string(spec.period_seconds);
  out += ",\"EvaluationPeriods\":" + std::to_string(spec.evaluation_periods);
  if (spec.datapoints_to_alarm) {
    out += ",\"DatapointsToAlarm\":" + std::to_string(*spec.datapoints_to_alarm);
  }
  out += ",\"ComparisonOperator\":";
  AppendJsonString(out, ComparisonOperatorName(spec.comparison_operator));
  out += ",\"Threshold\":" + JavaDouble(spec.threshold);
  out += ",\"TreatMissingData\":";
  AppendJsonString(out, TreatMissingDataName(spec.treat_missing_data));
  out += ",\"EvaluateLowSampleCountPercentile\":";
  if (spec.extended_statistic.empty()) {
    out += "\"\"";
  } else {
    out += spec.ignore_low_sample_count_percentile ? "\"ignore\"" : "\"evaluate\"";
  }
  out += '}';
}

}  // namespace

namespace {

// `{"name":` for an object's first member, `,"name":` for the next ones.
void AppendMemberKey(std::string& out, std::string_view name, bool first) {
  out += first ? '{' : ',';
  AppendJsonString(out, name);
  out += ':';
}

// The field names and time format of one of the two sample-line shapes.
struct SampleLineJsonShape {
  std::string_view time, log_group, source, message, truncated, value;
  std::string (*format_time)(int64_t time_ms);
};

void AppendSampleLines(std::string& out, std::span<const SampleLine> lines,
                       const SampleLineJsonShape& shape) {
  out += '[';
  for (size_t i = 0; i < lines.size(); ++i) {
    const SampleLine& line = lines[i];
    if (i > 0) out += ',';
    AppendMemberKey(out, shape.time, true);
    AppendJsonString(out, shape.format_time(line.time_ms));
    AppendMemberKey(out, shape.log_group, false);
    AppendJsonString(out, line.log_group);
    AppendMemberKey(out, shape.source, false);
    AppendStringOrNull(out, line.source);
    AppendMemberKey(out, shape.message, false);
    AppendJsonString(out, line.message);
    AppendMemberKey(out, shape.truncated, false);
    out += line.truncated ? "true" : "false";
    AppendMemberKey(out, shape.value, false);
    out += JavaDouble(line.value);
    out += '}';
  }
  out += ']';
}

// The field names and time format of one of the two log-location shapes.
struct LogLocationJsonShape {
  std::string_view sink, log_group, bucket, key_prefix, url, start, end;
  std::string (*format_time)(int64_t time_ms);
};

void AppendLogLocations(std::string& out, std::span<const LogLocation> locations,
                        const LogLocationJsonShape& shape) {
  out += '[';
  for (size_t i = 0; i < locations.size(); ++i) {
    const LogLocation& l = locations[i];
    if (i > 0) out += ',';
    AppendMemberKey(out, shape.sink, true);
    AppendJsonString(out, l.sink);
    AppendMemberKey(out, shape.log_group, false);
    AppendJsonString(out, l.log_group);
    AppendMemberKey(out, shape.bucket, false);
    AppendJsonString(out, l.bucket);
    AppendMemberKey(out, shape.key_prefix, false);
    AppendJsonString(out, l.key_prefix);
    AppendMemberKey(out, shape.url, false);
    AppendJsonString(out, "s3://" + l.bucket + "/" + l.key_prefix);
    AppendMemberKey(out, shape.start, false);
    AppendJsonString(out, shape.format_time(l.start_ms));
    AppendMemberKey(out, shape.end, false);
    AppendJsonString(out, shape.format_time(l.end_ms));
    out += '}';
  }
  out += ']';
}

}  // namespace

void AppendLogLocationsJson(std::string& out, std::span<const LogLocation> locations) {
  static constexpr LogLocationJsonShape kCloudWatch{
      "Sink", "LogGroup",  "Bucket",  "KeyPrefix",
      "Url",  "StartTime", "EndTime", FormatCloudWatchTime};
  AppendLogLocations(out, locations, kCloudWatch);
}

void AppendLogLocationsApiJson(std::string& out, std::span<const LogLocation> locations) {
  static constexpr LogLocationJsonShape kApi{"sink", "log_group", "bucket", "key_prefix",
                                             "url",  "start",     "end",    FormatIso8601};
  AppendLogLocations(out, locations, kApi);
}

void AppendSampleLogLinesJson(std::string& out, std::span<const SampleLine> lines) {
  static constexpr SampleLineJsonShape kCloudWatch{
      "Timestamp", "LogGroup", "Source", "Message", "Truncated", "Value", FormatCloudWatchTime};
  AppendSampleLines(out, lines, kCloudWatch);
}

void AppendSampleLinesApiJson(std::string& out, std::span<const SampleLine> lines) {
  static constexpr SampleLineJsonShape kApi{"time",      "log_group", "source",     "message",
                                            "truncated", "value",     FormatIso8601};
  AppendSampleLines(out, lines, kApi);
}

std::string AlarmEventSubject(const AlarmEvent& event, const NotificationContext& context) {
  std::string subject = std::string(AlarmStateName(event.new_state)) + ": \"" + event.alarm_name +
                        "\" in " + std::string(RegionLongName(context.region));
  if (subject.size() > 100) {
    // Cut on a UTF-8 character boundary (never inside a multi-byte one).
    size_t cut = 100;
    while (cut > 0 && (static_cast<unsigned char>(subject[cut]) & 0xc0) == 0x80) --cut;
    subject.resize(cut);
  }
  return subject;
}

}  // namespace tailwatch::engine
