#include "config/pipeline_spec.h"

namespace tailwatch::config {

Result<engine::PipelineSpec> ToPipelineSpec(const Config& config) {
  engine::PipelineSpec spec;
  for (const LogGroupConfig& group : config.log_groups) {
    engine::LogGroupSpec g;
    g.name = group.name;
    switch (group.timestamp.kind) {
      case TimestampConfig::Kind::kIngestionTime:
        g.timestamp.kind = engine::TimestampSpec::Kind::kIngestionTime;
        break;
      case TimestampConfig::Kind::kJsonField:
        g.timestamp.kind = engine::TimestampSpec::Kind::kJsonField;
        g.timestamp.field = group.timestamp.field;
        break;
      case TimestampConfig::Kind::kRegex:
        g.timestamp.kind = engine::TimestampSpec::Kind::kRegex;
        g.timestamp.regex = group.timestamp.regex;
        break;
    }
    if (group.timestamp.format.find('%') != std::string::npos) {
      g.timestamp.strptime_format = group.timestamp.format;
    } else if (auto format = engine::ParseTimestampFormat(group.timestamp.format)) {
      g.timestamp.format = *format;
    } else {
      return MakeError("log group '" + group.name + "': unknown timestamp format '" +
                       group.timestamp.format + "'");
    }
    spec.log_groups.push_back(std::move(g));
  }
  spec.filters = config.metric_filters;
  spec.alarms = config.alarms;
  spec.store.max_dimension_combinations_per_metric = config.max_dimension_combinations;
  return spec;
}

}  // namespace tailwatch::config
