// Where the sinks keep the lines behind an alarm (docs/s3.md, "The lines
// behind an alarm"): for each sink that ships a log group whose metric
// filters emit the alarm's metric, the key prefix of that group's objects and
// the window that holds the breaching lines.
#ifndef TAILWATCH_DAEMON_SINK_LOG_LOCATIONS_H_
#define TAILWATCH_DAEMON_SINK_LOG_LOCATIONS_H_

#include <cstdint>
#include <vector>

#include "config/config.h"
#include "engine/alarm/alarm_event.h"
#include "engine/alarm/alarm_spec.h"

namespace tailwatch::sink {

// The window is the alarm's evaluation range, period × evaluation_periods
// seconds, plus one period for the lines of a datapoint judged late (the
// evaluation delay), ending at `time_ms`. Ordered by sink, then group, as
// configured; empty when no sink ships a feeding group.
std::vector<engine::LogLocation> LogLocationsFor(const config::Config& config,
                                                 const engine::AlarmSpec& alarm, int64_t time_ms);

}  // namespace tailwatch::sink

#endif  // TAILWATCH_DAEMON_SINK_LOG_LOCATIONS_H_
