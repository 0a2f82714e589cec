// libFuzzer target for filter patterns: the first line of the input is a
// CloudWatch filter pattern, every further line an event. The pattern is
// compiled (all kinds: terms, %regex%, JSON, space-delimited), then run as a
// FilterSet -- prefilter included -- on each event and cross-checked against
// FilterPattern::Matches alone: the prefilter must never change a result.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"
#include "engine/match/filter_set.h"

namespace {

using namespace tailwatch::engine;

class MatchSink : public SampleSink {
 public:
  void OnFilterMatch(size_t) override { matched = true; }
  void OnSample(const MetricSample& sample) override {
    // Touch every dimension byte so ASan sees a dangling view.
    for (std::string_view d : sample.dimension_values) {
      for (char c : d) checksum += static_cast<unsigned char>(c);
    }
  }
  void OnDrop(size_t, DropReason) override {}
  bool matched = false;
  size_t checksum = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t newline = input.find('\n');
  const std::string_view pattern_text = input.substr(0, newline);
  std::string_view events =
      newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  auto pattern = FilterPattern::Compile(pattern_text);
  if (!pattern) return 0;
  FilterSpec spec;
  spec.name = "fuzz";
  spec.pattern = std::string(pattern_text);
  spec.transformation.metric_name = "m";
  spec.transformation.metric_namespace = "n";
  // A value reference exercises resolution when the kind allows one.
  if (pattern->kind() == PatternKind::kJson) {
    spec.transformation.metric_value = "$.a";
    spec.transformation.dimensions = {{"D", "$.b"}};
  } else if (pattern->kind() == PatternKind::kSpaceDelimited) {
    spec.transformation.metric_value = "$1";
  }
  auto set = FilterSet::Compile({spec});
  if (!set) {
    spec.transformation.metric_value = "1";
    spec.transformation.dimensions.clear();
    set = FilterSet::Compile({spec});
    if (!set) abort();  // a pattern that compiles alone must compile in a set
  }

  EventContext set_ctx;
  EventContext plain_ctx;
  while (true) {
    const size_t end = events.find('\n');
    const std::string_view event = events.substr(0, end);
    MatchSink sink;
    set->Process(event, set_ctx, sink);
    plain_ctx.Reset(event);
    if (sink.matched != pattern->Matches(plain_ctx)) abort();
    if (end == std::string_view::npos) break;
    events.remove_prefix(end + 1);
  }
  return 0;
}
