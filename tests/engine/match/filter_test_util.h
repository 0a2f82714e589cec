// Helpers shared by the filter-engine tests and the fuzz target that compares
// FilterSet's two paths: a FilterSpec builder and a SampleSink that records
// every call (no GoogleTest here, so libFuzzer targets can include it).
#ifndef TAILWATCH_TESTS_ENGINE_MATCH_FILTER_TEST_UTIL_H_
#define TAILWATCH_TESTS_ENGINE_MATCH_FILTER_TEST_UTIL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "engine/match/filter_set.h"
#include "engine/match/filter_spec.h"

namespace tailwatch::engine::test_support {

// A filter of log group "g" counting into metric N/M.
inline FilterSpec MakeFilterSpec(std::string name, std::string pattern, std::string value = "1",
                                 std::optional<double> default_value = std::nullopt,
                                 std::vector<std::pair<std::string, std::string>> dimensions = {}) {
  FilterSpec spec;
  spec.name = std::move(name);
  spec.log_group = "g";
  spec.pattern = std::move(pattern);
  spec.transformation.metric_name = "M";
  spec.transformation.metric_namespace = "N";
  spec.transformation.metric_value = std::move(value);
  spec.transformation.default_value = default_value;
  spec.transformation.dimensions = std::move(dimensions);
  return spec;
}

// Every call a FilterSet makes, in order: ('m', filter) for a match,
// ('s', filter, value, dimension texts joined by '|') for a sample, ('d',
// filter) for a drop.
class RecordingSampleSink : public SampleSink {
 public:
  void OnFilterMatch(size_t i) override { calls.emplace_back('m', i, 0.0, std::string()); }
  void OnSample(const MetricSample& s) override {
    std::string dims;
    for (const std::string_view d : s.dimension_values) (dims += d) += '|';
    calls.emplace_back('s', s.filter_index, s.value, std::move(dims));
  }
  void OnDrop(size_t i, DropReason) override { calls.emplace_back('d', i, 0.0, std::string()); }
  std::vector<std::tuple<char, size_t, double, std::string>> calls;
};

}  // namespace tailwatch::engine::test_support

#endif  // TAILWATCH_TESTS_ENGINE_MATCH_FILTER_TEST_UTIL_H_
