#include "config/pipeline_spec.h"

namespace tailwatch::config {

Result<engine::PipelineSpec> ToPipelineSpec(const Config& config) {
  engine::PipelineSpec spec;
  for (const LogGroupConfig& group : config.log_groups) {
    engine::TimestampSpec ts;
    const TimestampConfig& tc = group.timestamp;
    if (tc.kind == TimestampConfig::Kind::kJsonField) {
      ts.kind = engine::TimestampSpec::Kind::kJsonField;
      ts.field = tc.field;
    } else if (tc.kind == TimestampConfig::Kind::kRegex) {
      ts.kind = engine::TimestampSpec::Kind::kRegex;
      ts.regex = tc.regex;
    }
    if (tc.format.find('%') != std::string::npos) {
      ts.strptime_format = tc.format;
    } else if (auto format = engine::ParseTimestampFormat(tc.format)) {
      ts.format = *format;
    } else {
      return MakeError("log group '" + group.name + "': unknown timestamp format '" + tc.format +
                       "'");
    }
    engine::LogGroupSpec g{group.name, std::move(ts)};
    spec.log_groups.push_back(std::move(g));
  }
  spec.filters = config.metric_filters;
  spec.alarms = config.alarms;
  for (engine::AlarmSpec& alarm : spec.alarms) {
    alarm.sample_lines = alarm.sample_lines.value_or(config.alarm_sample_lines);
  }
  spec.anomaly_detectors = config.anomaly_detectors;
  spec.store.max_dimension_combinations_per_metric = config.max_dimension_combinations;
  spec.store.dimension_window_ms = config.dimension_idle_timeout_ms;
  return spec;
}

}  // namespace tailwatch::config
