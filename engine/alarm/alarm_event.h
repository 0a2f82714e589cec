// An alarm state change and the CloudWatch notification JSON for it
// (docs/cloudwatch-semantics.md §5).
#ifndef TAILWATCH_ENGINE_ALARM_ALARM_EVENT_H_
#define TAILWATCH_ENGINE_ALARM_ALARM_EVENT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/alarm/alarm_spec.h"
#include "engine/alarm/sample_lines.h"

namespace tailwatch::engine {

// Where a log sink keeps the lines of an alarm's window (docs/s3.md): the
// objects under s3://bucket/key_prefix whose UTC hour lies in
// [start_ms, end_ms]. Set by the daemon, which knows the sinks.
struct LogLocation {
  std::string sink;
  std::string log_group;
  std::string bucket;
  std::string key_prefix;  // "PREFIX/GROUP/", GROUP escaped as in the object keys
  int64_t start_ms = 0;
  int64_t end_ms = 0;

  friend bool operator==(const LogLocation&, const LogLocation&) = default;
};

struct AlarmEvent {
  std::string id;  // unique and deterministic (alarm name, time, sequence)
  std::string alarm_name;
  AlarmState old_state = AlarmState::kInsufficientData;
  AlarmState new_state = AlarmState::kInsufficientData;
  std::string reason;
  std::string reason_data_json;
  // The evaluation boundary that changed the state, or the time of a state
  // set by hand since, when that is later (the history stays in order).
  int64_t time_ms = 0;
  // A change to ALARM: up to the alarm's sample_lines log lines that fed its
  // breaching datapoints, in time order (engine/alarm/alarm_engine.h).
  std::vector<SampleLine> sample_lines;
  // A change to ALARM: where the sinks that ship the log groups feeding the
  // alarm's metric keep the window's lines.
  std::vector<LogLocation> log_locations;
};

// Where the notification claims to come from.
struct NotificationContext {
  std::string account_id = "123456789012";
  std::string region = "us-west-2";
  // AlarmConfigurationUpdatedTimestamp; negative = use the event time.
  int64_t configuration_updated_ms = -1;
};

// "US West (Oregon)" for "us-west-2"; the code itself when unknown.
std::string_view RegionLongName(std::string_view region_code);

// A 32-hex-digit id from the alarm name, time and a sequence number.
std::string MakeAlarmEventId(std::string_view alarm_name, int64_t time_ms, uint64_t sequence);

// CloudWatch's SNS message JSON for `event` (§5): field order as AWS
// sends it, no whitespace, StateChangeTime with ms and +0000, Statistic in
// upper case (or ExtendedStatistic), DatapointsToAlarm only when configured,
// null description/unit when unset, Dimensions as [{"value":..,"name":..}].
// An event that carries sample lines or log locations gets tailwatch
// extensions after Trigger: "SampleLogLines" (AppendSampleLogLinesJson),
// then "LogLocations" (AppendLogLocationsJson).
std::string AlarmEventToCloudWatchJson(const AlarmEvent& event, const AlarmSpec& spec,
                                       const NotificationContext& context);

// [{"Timestamp":"2026-01-01T00:01:02.000+0000","LogGroup":"api","Source":
// "/var/log/api.log" (null when unknown),"Message":"...","Truncated":false,
// "Value":150.0}, ...]: sample lines as the CloudWatch-shaped message holds them.
void AppendSampleLogLinesJson(std::string& out, std::span<const SampleLine> lines);

// The same lines as the HTTP API and `tailwatch replay` print them:
// [{"time":"2026-01-01T00:01:02.000Z","log_group":"api","source":"..." (null
// when unknown),"message":"...","truncated":false,"value":150}, ...].
void AppendSampleLinesApiJson(std::string& out, std::span<const SampleLine> lines);

// [{"Sink":"logs","LogGroup":"api","Bucket":"b","KeyPrefix":"nodes/api/",
// "Url":"s3://b/nodes/api/","StartTime":"2026-01-01T00:00:00.000+0000",
// "EndTime":"..."}, ...]: log locations as the CloudWatch-shaped message holds them.
void AppendLogLocationsJson(std::string& out, std::span<const LogLocation> locations);

// The same as the HTTP API prints them: [{"sink":..,"log_group":..,"bucket":..,
// "key_prefix":..,"url":..,"start":"2026-01-01T00:00:00.000Z","end":..}, ...].
void AppendLogLocationsApiJson(std::string& out, std::span<const LogLocation> locations);

// The SNS Subject: `ALARM: "name" in US West (Oregon)`, cut to 100 chars.
std::string AlarmEventSubject(const AlarmEvent& event, const NotificationContext& context);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_ALARM_EVENT_H_
