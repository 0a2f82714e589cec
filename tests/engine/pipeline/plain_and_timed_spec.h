// A pipeline spec the buffer tests share: log group "plain" (ingestion time)
// and "timed" (each record's `$.ts`), each with an errors filter, a JSON loss
// filter by rank and a `%regex%` filter.
#ifndef TAILWATCH_TESTS_ENGINE_PIPELINE_PLAIN_AND_TIMED_SPEC_H_
#define TAILWATCH_TESTS_ENGINE_PIPELINE_PLAIN_AND_TIMED_SPEC_H_

#include <string>
#include <utility>
#include <vector>

#include "engine/pipeline/pipeline.h"

namespace tailwatch::engine::testing {

inline FilterSpec MakeFilter(std::string name, std::string group, std::string pattern,
                             std::string value,
                             std::vector<std::pair<std::string, std::string>> dimensions = {}) {
  FilterSpec f;
  f.name = std::move(name);
  f.log_group = std::move(group);
  f.pattern = std::move(pattern);
  f.transformation.metric_namespace = "NS";
  f.transformation.metric_name = f.name;
  f.transformation.metric_value = std::move(value);
  f.transformation.dimensions = std::move(dimensions);
  return f;
}

// Filters in order: plain_errors, plain_loss, plain_nan, then timed_*.
inline PipelineSpec PlainAndTimedSpec() {
  PipelineSpec spec;
  spec.log_groups.push_back({"plain", {}});
  LogGroupSpec timed{"timed", {}};
  timed.timestamp.kind = TimestampSpec::Kind::kJsonField;
  timed.timestamp.field = "$.ts";
  spec.log_groups.push_back(timed);
  for (const std::string group : {"plain", "timed"}) {
    spec.filters.push_back(MakeFilter(group + "_errors", group, "?ERROR ?Error", "1"));
    spec.filters.push_back(
        MakeFilter(group + "_loss", group, "{ $.loss = * }", "$.loss", {{"rank", "$.rank"}}));
    spec.filters.push_back(MakeFilter(group + "_nan", group, "%loss: ?nan%", "1"));
  }
  return spec;
}

// The shared spec, plus an "out of memory" filter per group feeding one
// series, a rolling alarm on it (Sum > 2 in 60 s) and an alarm on
// plain_errors keeping sample lines: what the two-halves tests compare.
inline PipelineSpec PlainAndTimedSpecWithAlarms() {
  PipelineSpec spec = PlainAndTimedSpec();
  for (const std::string group : {"plain", "timed"}) {
    FilterSpec oom = MakeFilter(group + "_oom", group, "\"out of memory\"", "1");
    oom.transformation.metric_name = "OOM";  // both groups feed one series
    spec.filters.push_back(oom);
  }
  AlarmSpec rolling;
  rolling.name = "oom";
  rolling.metric_namespace = "NS";
  rolling.metric_name = "OOM";
  rolling.statistic = Statistic::kSum;
  rolling.period_seconds = 60;
  rolling.evaluation_periods = 1;
  rolling.threshold = 2;
  rolling.comparison_operator = ComparisonOperator::kGreaterThanThreshold;
  rolling.treat_missing_data = TreatMissingData::kNotBreaching;
  rolling.rolling = true;
  spec.alarms.push_back(rolling);
  AlarmSpec errors = rolling;
  errors.name = "errors";
  errors.metric_name = "plain_errors";
  errors.rolling = false;
  errors.sample_lines = 3;
  spec.alarms.push_back(errors);
  return spec;
}

}  // namespace tailwatch::engine::testing

#endif  // TAILWATCH_TESTS_ENGINE_PIPELINE_PLAIN_AND_TIMED_SPEC_H_
