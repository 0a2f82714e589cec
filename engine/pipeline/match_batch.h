// What one log group's filters made of a buffer of events, recorded by
// Pipeline::MatchBuffer without touching anything another group or the
// metric store owns, for Pipeline::ApplyMatches to apply later, in order.
//
// This is the seam that lets an owner run the filter stage of several log
// groups at once (each on its own thread, each group's EventContext its own)
// while one stage alone owns the store and the alarms: the entries are
// exactly the SampleSink calls FilterSet made, with the event time each was
// made at. Messages are views into the buffer given to MatchBuffer, which
// must outlive ApplyMatches; dimension values are copied, since they may
// point into the group's per-event scratch.
//
// Reused across buffers: Clear() keeps the capacity, so a warm batch does
// not allocate.
#ifndef TAILWATCH_ENGINE_PIPELINE_MATCH_BATCH_H_
#define TAILWATCH_ENGINE_PIPELINE_MATCH_BATCH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/match/metric_transformation.h"  // DropReason

namespace tailwatch::engine {

class MatchBatch {
 public:
  enum class Kind : uint8_t { kMatch, kSample, kDrop };
  struct Entry {
    Kind kind = Kind::kMatch;
    DropReason reason = DropReason::kValue;  // kDrop
    uint32_t filter = 0;                     // index into the group's FilterSet
    uint32_t dimensions_begin = 0;           // kSample: into dimensions_
    uint32_t dimensions_count = 0;
    double value = 0;  // kSample
    int64_t time_ms = 0;
    std::string_view message;  // the event's text
  };

  void Clear() {
    entries_.clear();
    dimensions_.clear();
    dimension_text_.clear();
    records_ = 0;
    timestamp_missing_ = 0;
  }
  bool empty() const { return records_ == 0; }
  size_t records() const { return records_; }
  size_t entries() const { return entries_.size(); }

 private:
  friend class Pipeline;
  std::vector<Entry> entries_;
  std::vector<std::pair<uint32_t, uint32_t>> dimensions_;  // offset, size in dimension_text_
  std::string dimension_text_;
  size_t records_ = 0;
  uint64_t timestamp_missing_ = 0;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_PIPELINE_MATCH_BATCH_H_
