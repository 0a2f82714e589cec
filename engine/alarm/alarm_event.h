// An alarm state change and the CloudWatch notification JSON for it
// (docs/cloudwatch-semantics.md §5).
#ifndef TAILWATCH_ENGINE_ALARM_ALARM_EVENT_H_
#define TAILWATCH_ENGINE_ALARM_ALARM_EVENT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/alarm/alarm_spec.h"

namespace tailwatch::engine {

struct AlarmEvent {
  std::string id;  // unique and deterministic (alarm name, time, sequence)
  std::string alarm_name;
  AlarmState old_state = AlarmState::kInsufficientData;
  AlarmState new_state = AlarmState::kInsufficientData;
  std::string reason;
  std::string reason_data_json;
  int64_t time_ms = 0;  // the evaluation boundary that changed the state
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
std::string AlarmEventToCloudWatchJson(const AlarmEvent& event, const AlarmSpec& spec,
                                       const NotificationContext& context);

// The SNS Subject: `ALARM: "name" in US West (Oregon)`, cut to 100 chars.
std::string AlarmEventSubject(const AlarmEvent& event, const NotificationContext& context);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_ALARM_EVENT_H_
