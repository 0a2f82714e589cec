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

struct AlarmEvent {
  std::string id;  // unique and deterministic (alarm name, time, sequence)
  std::string alarm_name;
  AlarmState old_state = AlarmState::kInsufficientData;
  AlarmState new_state = AlarmState::kInsufficientData;
  std::string reason;
  std::string reason_data_json;
  int64_t time_ms = 0;  // the evaluation boundary that changed the state
  // A change to ALARM: up to the alarm's sample_lines log lines that fed its
  // breaching datapoints, in time order (engine/alarm/alarm_engine.h).
  std::vector<SampleLine> sample_lines;
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
// An event that carries sample lines gets one member more, a tailwatch
// extension after Trigger: "SampleLogLines" (AppendSampleLogLinesJson).
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

// The SNS Subject: `ALARM: "name" in US West (Oregon)`, cut to 100 chars.
std::string AlarmEventSubject(const AlarmEvent& event, const NotificationContext& context);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_ALARM_EVENT_H_
