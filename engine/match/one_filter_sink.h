// The sink of a FilterSet compiled from one filter, for testing a pattern
// on sample events (`tailwatch test-pattern`, the daemon's test-pattern
// route): whether the current event matched, and the value it emitted.
#ifndef TAILWATCH_ENGINE_MATCH_ONE_FILTER_SINK_H_
#define TAILWATCH_ENGINE_MATCH_ONE_FILTER_SINK_H_

#include <cstddef>
#include <optional>

#include "engine/match/filter_set.h"

namespace tailwatch::engine {

class OneFilterSink : public SampleSink {
 public:
  // Before each event.
  void Reset() {
    matched = false;
    value.reset();
  }
  void OnFilterMatch(size_t) override { matched = true; }
  void OnSample(const MetricSample& sample) override { value = sample.value; }
  // A dropped value (not a number, out of range) is no value.
  void OnDrop(size_t, DropReason) override { value.reset(); }

  bool matched = false;
  std::optional<double> value;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_ONE_FILTER_SINK_H_
