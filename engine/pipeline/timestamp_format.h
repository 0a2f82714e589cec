// Parsing event timestamps out of log text, for event-time processing
// (`tailwatch replay`, and log groups with a `timestamp:` setting).
#ifndef TAILWATCH_ENGINE_PIPELINE_TIMESTAMP_FORMAT_H_
#define TAILWATCH_ENGINE_PIPELINE_TIMESTAMP_FORMAT_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace tailwatch::engine {

enum class TimestampFormat {
  kAuto,     // ISO-8601 if it looks like one, else epoch by magnitude (s, ms, us, ns)
  kIso8601,  // 2026-01-02T03:04:05.678Z, +hh:mm / +hhmm / Z / none (= UTC); ' ' for 'T' too
  kEpochS,   // seconds, fractions allowed
  kEpochMs,
  kEpochUs,
  kEpochNs,
};

std::optional<TimestampFormat> ParseTimestampFormat(
    std::string_view name);  // "iso8601", "epoch_ms", ...

// Milliseconds since the Unix epoch, or nullopt when `text` (trimmed) is not a
// timestamp of that format. Never allocates.
std::optional<int64_t> ParseTimestamp(std::string_view text, TimestampFormat format);

// Days since 1970-01-01 of a proleptic Gregorian date (no table, no locale).
int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_PIPELINE_TIMESTAMP_FORMAT_H_
