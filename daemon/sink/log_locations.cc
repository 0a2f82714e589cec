#include "daemon/sink/log_locations.h"

#include <algorithm>

#include "daemon/sink/object_key.h"

namespace tailwatch::sink {

std::vector<engine::LogLocation> LogLocationsFor(const config::Config& config,
                                                 const engine::AlarmSpec& alarm, int64_t time_ms) {
  std::vector<engine::LogLocation> out;
  auto feeds_alarm = [&](const std::string& group) {
    return std::any_of(config.metric_filters.begin(), config.metric_filters.end(),
                       [&](const engine::FilterSpec& f) {
                         return f.log_group == group &&
                                f.transformation.metric_namespace == alarm.metric_namespace &&
                                f.transformation.metric_name == alarm.metric_name;
                       });
  };
  const int64_t period_ms = int64_t{alarm.period_seconds} * 1000;
  const int64_t start_ms = time_ms - period_ms * (int64_t{alarm.evaluation_periods} + 1);
  for (const config::SinkConfig& sink : config.sinks) {
    for (const std::string& group : sink.log_groups) {
      if (!feeds_alarm(group)) continue;
      engine::LogLocation location;
      location.sink = sink.name;
      location.log_group = group;
      location.bucket = sink.bucket;
      location.key_prefix =
          (sink.prefix.empty() ? "" : sink.prefix + "/") + EscapeKeySegment(group) + "/";
      location.start_ms = start_ms;
      location.end_ms = time_ms;
      out.push_back(std::move(location));
    }
  }
  return out;
}

}  // namespace tailwatch::sink
