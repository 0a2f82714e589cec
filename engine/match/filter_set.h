// All metric filters of one log group, compiled together.
//
// Process() runs every filter on one event and reports, synchronously, what
// the event produces (docs/cloudwatch-semantics.md §2.2): a matching event gives OnFilterMatch and
// then one sample (its value, or a drop with a reason); a non-matching event
// gives its default_value as a sample when one is set, nothing otherwise.
//
// Many filters over one line cost far less than N separate searches: Compile
// builds one shared prefilter (Hyperscan block mode, else an RE2::Set) over
// every literal the term patterns need and every whole-pattern regex; one
// scan of the line says which literals occur, term patterns are decided from
// that alone, regex filters are confirmed with RE2 only when the prefilter
// hits, and only JSON / space-delimited / match-all filters always run. The
// prefilter never changes results.
//
// Immutable after Compile; share it as shared_ptr<const FilterSet> across
// reloads and threads. All mutable per-event state is in the EventContext.
#ifndef TAILWATCH_ENGINE_MATCH_FILTER_SET_H_
#define TAILWATCH_ENGINE_MATCH_FILTER_SET_H_

#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "engine/common/status.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"
#include "engine/match/filter_spec.h"
#include "engine/match/metric_transformation.h"  // DropReason

namespace tailwatch::engine {

inline constexpr size_t kMaxFiltersPerLogGroup = 100;
inline constexpr size_t kMaxRegexFiltersPerLogGroup = 5;

struct MetricSample {
  size_t filter_index;  // index into the specs given to Compile
  double value;
  // Same order as the spec's dimensions; valid during the call only.
  std::span<const std::string_view> dimension_values;
};

// Receives what one event produces; called synchronously from Process().
class SampleSink {
 public:
  virtual ~SampleSink() = default;
  virtual void OnFilterMatch(size_t filter_index) = 0;    // the pattern matched the event
  virtual void OnSample(const MetricSample& sample) = 0;  // a value was emitted (match or default)
  virtual void OnDrop(size_t filter_index, DropReason reason) = 0;
};

class FilterSet {
 public:
  // Compiles every pattern and transformation. Errors say which filter: the
  // message starts with "metric_filters[<i>] (<name>): " (then "pattern: ..."
  // with Error::column the 1-based column in that filter's pattern text, or
  // "metric_transformation.<key>: ..."). Also enforces the
  // per-log-group quotas (at most 100 filters, at most 5 with a CloudWatch
  // `%regex%`; tailwatch's own `regex:` filters are not CloudWatch's and do
  // not count). A `regex:` filter's errors say "regex: ..." instead.
  static Result<FilterSet> Compile(std::vector<FilterSpec> specs);

  size_t size() const;
  const FilterSpec& spec(size_t i) const;
  const FilterPattern& pattern(size_t i) const;

  // Runs every filter on one event; never throws, never allocates once warm.
  void Process(std::string_view message, EventContext& ctx, SampleSink& sink) const;

  // Runs every filter on each record of `text`, a buffer of whole log records
  // (engine/match/log_records.h: one read buffer of a file), in order, with
  // exactly the calls Process() on each record would make; returns the number
  // of records. Where it can, one prefilter scan covers the whole buffer and
  // only records a match lies in are looked at (the rest are counted, not
  // split); filters that must see every record (JSON patterns run only on
  // records that start with '{', which the scan finds too) make it fall back
  // to Process() per record.
  size_t ProcessBuffer(std::string_view text, EventContext& ctx, SampleSink& sink) const;
  // Whether ProcessBuffer takes the whole-buffer path for this set.
  bool scans_whole_buffers() const;

  // Whether the shared prefilter runs on Hyperscan (else RE2::Set).
  bool uses_hyperscan() const;

  struct Impl;

  // ProcessBuffer's unit of work (bytes): small enough to stay in a core's
  // L2 cache while several passes run over it.
  static constexpr size_t kBufferSliceBytes = 64 * 1024;

 private:
  // Process() on each record of `text`; returns how many there were.
  size_t ProcessRecords(std::string_view text, EventContext& ctx, SampleSink& sink) const;
  size_t ProcessSlice(std::string_view text, EventContext& ctx, SampleSink& sink) const;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_FILTER_SET_H_
