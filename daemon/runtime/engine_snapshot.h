// What readers outside the engine strand see of the engine: an immutable
// EngineSnapshot that the strand (the one owner of the Pipeline and the
// TailSets) builds after each poll, push and tick and publishes through a
// SnapshotCell. HTTP handlers take the current snapshot without ever waiting
// for ingestion: the cell's mutex guards one pointer copy, nothing else.
//
// The builders turn the engine's state into the dynamic Prometheus families
// of README.md ("Prometheus metrics") and the JSON of GET /api/v1/alarms:
// pure functions over a Pipeline the caller keeps still (the strand calls
// them between two batches).
#ifndef TAILWATCH_DAEMON_RUNTIME_ENGINE_SNAPSHOT_H_
#define TAILWATCH_DAEMON_RUNTIME_ENGINE_SNAPSHOT_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "daemon/export/dynamic_series.h"
#include "daemon/notify/delivery_log.h"
#include "daemon/runtime/alarm_history.h"
#include "daemon/source/tail_types.h"
#include "engine/alarm/alarm_event.h"
#include "engine/pipeline/pipeline.h"

namespace tailwatch::daemon {

// tailwatch_metric_value_total, tailwatch_metric_samples_total,
// tailwatch_filter_matches_total, tailwatch_metric_values_dropped_total,
// tailwatch_alarm_state, tailwatch_events_total, engine counters, and for
// banded series tailwatch_anomaly_band_lower / _upper and
// tailwatch_anomaly_score.
std::vector<exporter::DynamicFamily> EngineFamilies(const engine::Pipeline& pipeline);

// {"alarms":[{"name":..,"state":..,"reason":..,"namespace":..,"metric":..,"threshold":..,
//   "comparison_operator":..,"period":..,"evaluation_periods":..,"datapoints_to_alarm":..,
//   "actions_enabled":..,"actions":{"ALARM":[..],"OK":[..],"INSUFFICIENT_DATA":[..]},
//   "last_change":..,"last_evaluated":..,
//   "recent_datapoints":[{"period_start":..,"value":..},..],
//   "sample_lines":[..] (while in ALARM: the log lines behind the breaching
//   datapoints, engine::AppendSampleLinesApiJson; else [])}],
//   band alarms add "band":{"metric_id","threshold_metric_id","width",
//   "comparison_operator"} and "band_lower"/"band_upper" on each datapoint}],
//  "transitions":[{"id":..,"alarm":..,"from":..,"to":..,"time":..,"reason":..
//   (,"sample_lines":[..] on a change to ALARM that has them)}]}
std::string AlarmsJson(const engine::Pipeline& pipeline,
                       const std::deque<engine::AlarmEvent>& recent_transitions);

// One alarm as readers see it: its definition and state at the last tick
// (the CloudWatch API's DescribeAlarms reads these).
struct AlarmStatusRecord {
  engine::AlarmSpec spec;
  engine::AlarmState state = engine::AlarmState::kInsufficientData;
  std::string reason;
  std::string reason_data_json;
  int64_t last_change_ms = 0;  // 0 = never changed
  int64_t last_evaluated_ms = 0;
};
std::vector<AlarmStatusRecord> AlarmStatusRecords(const engine::Pipeline& pipeline);

struct TailGroupStats {
  std::string log_group;
  TailCounters counters;        // cumulative over runs and TailSets; files_watched is current
  uint64_t open_files = 0;      // tailed-file fds open now
  uint64_t max_open_files = 0;  // the group's share of the fd budget
  // Watched paths, sorted: the Logs API's streams of a configured group.
  std::vector<std::string> paths;
  // Wall-clock time of the last poll that read a line of the group (tailed
  // files, journal or kernel records) since the daemon started; 0: none yet.
  int64_t last_line_ms = 0;
  // TailSet::bytes_behind(): unread bytes of the watched files.
  uint64_t bytes_behind = 0;
};

struct EngineSnapshot {
  uint64_t version = 0;  // grows with every publication
  // EngineFamilies() at publication.
  std::shared_ptr<const std::vector<exporter::DynamicFamily>> engine_families;
  // AlarmsJson() at the last tick (alarm state changes only there).
  std::shared_ptr<const std::string> alarms_json;
  // The same alarms, structured, at the last tick.
  std::shared_ptr<const std::vector<AlarmStatusRecord>> alarm_records;
  // The persisted per-alarm transitions (alarm_history.h).
  std::shared_ptr<const AlarmHistoryView> alarm_history;
  std::vector<TailGroupStats> tail_groups;
  std::vector<std::string> log_groups;  // configured names, sorted
  // The notifier's last deliveries per alarm (daemon/notify/delivery_log.h)
  // at publication; null without a notifier.
  std::shared_ptr<const notify::DeliveriesView> deliveries;
  // The running metric filters (the file's and the API's), changed only by
  // a reload or an API definition.
  std::shared_ptr<const std::vector<engine::FilterSpec>> metric_filters;
  // Every alarm action in the config with the notifier destination (target
  // name or ARN) it resolves to, sorted by action.
  std::vector<std::pair<std::string, std::string>> action_destinations;
  // Log-anomaly detectors (daemon/runtime/log_anomaly_runtime.h), rebuilt at
  // most once per tick or when an anomaly is raised.
  std::shared_ptr<const std::string> anomalies_json;
  // Pipeline::RecentMatches() at publication: the status page's recent lines
  // per filter.
  std::shared_ptr<const std::vector<engine::FilterRecentMatches>> filter_recent_matches;
  // GET /api/v1/patterns body by log group.
  std::shared_ptr<const std::unordered_map<std::string, std::string>> patterns_json;
  std::shared_ptr<const std::vector<std::pair<std::string, double>>> log_patterns;
};

// tailwatch_read_lines_total ... tailwatch_files_watched, the fd budget's
// families and tailwatch_tail_files_skipped_total{reason}, by log group.
std::vector<exporter::DynamicFamily> TailFamilies(const std::vector<TailGroupStats>& groups);

// One published value: Publish() from the owner, Get() from any thread.
template <class T>
class SnapshotCell {
 public:
  void Publish(std::shared_ptr<const T> next) {
    std::lock_guard<std::mutex> lock(mu_);
    current_.swap(next);
    // `next` (the old value) is released outside the lock.
  }
  std::shared_ptr<const T> Get() const {
    std::lock_guard<std::mutex> lock(mu_);
    return current_;
  }

 private:
  mutable std::mutex mu_;
  std::shared_ptr<const T> current_;  // GUARDED_BY(mu_)
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_ENGINE_SNAPSHOT_H_
