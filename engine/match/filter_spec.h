// The definition of one metric filter, as configuration gives it (the
// CloudWatch PutMetricFilter shape). Plain data; FilterSet compiles it.
#ifndef TAILWATCH_ENGINE_MATCH_FILTER_SPEC_H_
#define TAILWATCH_ENGINE_MATCH_FILTER_SPEC_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tailwatch::engine {

struct MetricTransformationSpec {
  std::string metric_name;
  std::string metric_namespace;
  // "1", "2.5", "$.selector" (JSON), "$name" / "$3" (space-delimited).
  std::string metric_value = "1";
  std::optional<double> default_value;
  // (dimension name, "$.selector" or "$name"), at most 3, in config order.
  std::vector<std::pair<std::string, std::string>> dimensions;
  std::string unit = "None";  // a CloudWatch StandardUnit
  // tailwatch extension: the values are never negative; a negative one is
  // dropped (counted as a dropped value). Lets a Sum alarm be rolling.
  bool non_negative = false;
};

struct FilterSpec {
  std::string name;
  std::string log_group;
  // Exactly one of the two is set. `pattern` is CloudWatch filter pattern
  // text (all kinds); `regex` is tailwatch's own extension, a full RE2
  // regex whose named groups feed `$name` values and dimensions
  // (engine/match/extended_regex.h). A spec with both empty is the empty
  // (match-all) pattern.
  std::string pattern;
  std::string regex;
  MetricTransformationSpec transformation;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_FILTER_SPEC_H_
