// Where an event's time comes from (the log group's `timestamp:` setting):
// ingestion time, a JSON field of the event, or the first capture group of a
// regex. Immutable and shareable; Extract() runs per event on the engine strand.
#ifndef TAILWATCH_ENGINE_PIPELINE_TIMESTAMP_EXTRACTOR_H_
#define TAILWATCH_ENGINE_PIPELINE_TIMESTAMP_EXTRACTOR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/common/status.h"
#include "engine/match/event_context.h"
#include "engine/pipeline/timestamp_format.h"

namespace tailwatch::engine {

struct TimestampSpec {
  enum class Kind { kIngestionTime, kJsonField, kRegex };
  Kind kind = Kind::kIngestionTime;
  std::string field;  // "$.ts" for kJsonField
  std::string regex;  // RE2 with one capture group (or a group named "ts") for kRegex
  TimestampFormat format = TimestampFormat::kAuto;
  // When not empty, a strptime(3) format (e.g. "%y%m%d %H%M%S", read as UTC)
  // used instead of `format`.
  std::string strptime_format;
};

class TimestampExtractor {
 public:
  static Result<TimestampExtractor> Create(const TimestampSpec& spec);

  bool uses_ingestion_time() const { return spec_.kind == TimestampSpec::Kind::kIngestionTime; }

  // The event's time in ms, or nullopt when the event carries none (the
  // caller then uses ingestion time and counts it). `ctx` must hold the event.
  std::optional<int64_t> Extract(EventContext& ctx) const;

  struct Impl;

 private:
  std::optional<int64_t> Parse(std::string_view text) const;

  TimestampSpec spec_;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_PIPELINE_TIMESTAMP_EXTRACTOR_H_
