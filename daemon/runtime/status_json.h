// The JSON of GET /api/v1/status: what the status page shows besides the
// alarms (the daemon, its log groups, its filters), built from a published
// EngineSnapshot on the HTTP thread that asks.
#ifndef TAILWATCH_DAEMON_RUNTIME_STATUS_JSON_H_
#define TAILWATCH_DAEMON_RUNTIME_STATUS_JSON_H_

#include <cstdint>
#include <functional>
#include <string>

#include "daemon/runtime/engine_snapshot.h"

namespace tailwatch::daemon {

struct DaemonIdentity {
  std::string version;
  std::string config_source;  // the config file's path, or "embedded default"
  int64_t started_ms = 0;     // wall clock at start
  // Events waiting in the notification outbox of a destination; null: none.
  std::function<size_t(const std::string& destination)> outbox_pending;
};

// {"version":..,"config_source":..,"started_at":..,"now":..,"uptime_seconds":..,
//  "log_groups":[{"name":..,"lines_read":..,"bytes_read":..,"files_watched":..,
//    "open_files":..,"rotations":..,"truncations":..,"read_errors":..,"lines_truncated":..,
//    "last_line_time":ISO-8601 or null (no line read since start),"bytes_behind":..}],
//  "filters":[{"filter":..,"log_group":..,"matches":..,"recent_lines":[{"time":..,
//    "message":..,"truncated":..,"source":..}] (the last 5 matches, newest first)}],
//  "pattern_log_groups":[..] (sorted: the groups a log-anomaly detector watches),
//  "outbox":[{"action":..,"destination":..,"pending":..}]}
// Counters are cumulative; readers take rates from two answers (`now`).
// `snapshot` may be null (before the first publication).
std::string StatusJson(const EngineSnapshot* snapshot, const DaemonIdentity& identity,
                       int64_t now_ms);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_STATUS_JSON_H_
