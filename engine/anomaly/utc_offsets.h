// A time zone's local clock as UTC offsets, each in force from a UTC instant
// on: what the band model needs to keep its daily and weekly profiles in a
// metric's local hours (CloudWatch's metric_timezone). With local hours a
// daylight-saving change moves the profile with the wall clock instead of
// blurring it for a week. config/time_zone builds this from the system's
// time zone database; here it is a plain value.
#ifndef TAILWATCH_ENGINE_ANOMALY_UTC_OFFSETS_H_
#define TAILWATCH_ENGINE_ANOMALY_UTC_OFFSETS_H_

#include <cstdint>
#include <vector>

namespace tailwatch::engine::anomaly {

class UtcOffsets {
 public:
  struct Change {
    int64_t from_utc_seconds = 0;
    int32_t offset_seconds = 0;  // local time minus UTC
    friend bool operator==(const Change&, const Change&) = default;
  };

  UtcOffsets() = default;  // UTC
  // `initial` holds before the first change; `changes` are sorted by time
  // (unsorted input is sorted, and a change to the offset already in force
  // is dropped).
  UtcOffsets(int32_t initial_offset_seconds, std::vector<Change> changes);

  int32_t OffsetAt(int64_t utc_ms) const;
  int64_t ToLocalMs(int64_t utc_ms) const { return utc_ms + int64_t{OffsetAt(utc_ms)} * 1000; }
  bool IsUtc() const { return initial_ == 0 && changes_.empty(); }
  const std::vector<Change>& changes() const { return changes_; }

  friend bool operator==(const UtcOffsets&, const UtcOffsets&) = default;

 private:
  int32_t initial_ = 0;
  std::vector<Change> changes_;
};

}  // namespace tailwatch::engine::anomaly

#endif  // TAILWATCH_ENGINE_ANOMALY_UTC_OFFSETS_H_
