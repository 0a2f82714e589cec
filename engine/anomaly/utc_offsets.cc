#include "engine/anomaly/utc_offsets.h"

#include <algorithm>
#include <iterator>

#include "engine/common/floor_div.h"

namespace tailwatch::engine::anomaly {

UtcOffsets::UtcOffsets(int32_t initial_offset_seconds, std::vector<Change> changes)
    : initial_(initial_offset_seconds) {
  std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
    return a.from_utc_seconds < b.from_utc_seconds;
  });
  int32_t in_force = initial_;
  for (size_t i = 0; i < changes.size(); ++i) {
    // Of several entries for one instant the last wins.
    if (i + 1 < changes.size() && changes[i + 1].from_utc_seconds == changes[i].from_utc_seconds) {
      continue;
    }
    if (changes[i].offset_seconds == in_force) continue;
    changes_.push_back(changes[i]);
    in_force = changes[i].offset_seconds;
  }
}

int32_t UtcOffsets::OffsetAt(int64_t utc_ms) const {
  // Floor to whole seconds so that an instant just before a change (a
  // negative millisecond remainder) stays on its side of it.
  const int64_t seconds = FloorDiv(utc_ms, 1000);
  const auto after =
      std::upper_bound(changes_.begin(), changes_.end(), seconds,
                       [](int64_t t, const Change& c) { return t < c.from_utc_seconds; });
  return after == changes_.begin() ? initial_ : std::prev(after)->offset_seconds;
}

}  // namespace tailwatch::engine::anomaly
