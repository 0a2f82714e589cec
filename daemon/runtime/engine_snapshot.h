// Turns the engine's state into what the outside sees: the dynamic Prometheus
// families of README.md ("Prometheus metrics") and the JSON of GET
// /api/v1/alarms. Pure functions over a Pipeline the caller keeps still
// (the daemon holds its engine lock while calling them).
#ifndef TAILWATCH_DAEMON_RUNTIME_ENGINE_SNAPSHOT_H_
#define TAILWATCH_DAEMON_RUNTIME_ENGINE_SNAPSHOT_H_

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "daemon/export/dynamic_series.h"
#include "engine/alarm/alarm_event.h"
#include "engine/pipeline/pipeline.h"

namespace tailwatch::daemon {

// tailwatch_metric_value_total, tailwatch_metric_samples_total,
// tailwatch_filter_matches_total, tailwatch_metric_values_dropped_total,
// tailwatch_alarm_state, tailwatch_events_total and engine counters.
std::vector<exporter::DynamicFamily> EngineFamilies(const engine::Pipeline& pipeline);

// {"alarms":[{"name":..,"state":..,"reason":..,"last_change":..,"last_evaluated":..,
//   "recent_datapoints":[{"period_start":..,"value":..},..]}],
//  "transitions":[{"id":..,"alarm":..,"from":..,"to":..,"time":..,"reason":..}]}
std::string AlarmsJson(const engine::Pipeline& pipeline,
                       const std::deque<engine::AlarmEvent>& recent_transitions);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_ENGINE_SNAPSHOT_H_
