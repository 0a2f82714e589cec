#include "daemon/ingest/journal_segment_groups.h"

#include <algorithm>

namespace tailwatch::daemon {

int64_t JournalSegmentGroups::NewestEventMs(const IngestBatch& batch, int64_t append_ms) {
  if (batch.events.empty()) return append_ms;
  int64_t newest = INT64_MIN;
  for (const IngestEvent& e : batch.events) {
    newest = std::max(newest, e.timestamp_ms >= 0 ? e.timestamp_ms : append_ms);
  }
  return newest;
}

void JournalSegmentGroups::Note(std::string_view group, int64_t newest_ms) {
  if (unknown_) return;
  for (SegmentGroupNewest& g : groups_) {
    if (g.group == group) {
      g.newest_ms = std::max(g.newest_ms, newest_ms);
      return;
    }
  }
  if (groups_.size() >= kMaxGroups) {
    // Tracking stops here; what is tracked no longer says all the segment
    // holds, so it must not decide a deletion.
    unknown_ = true;
    groups_.clear();
    groups_.shrink_to_fit();
    return;
  }
  groups_.push_back(SegmentGroupNewest{std::string(group), newest_ms});
}

bool JournalSegmentGroups::AllPastRetention(const GroupRetentionDays& retention_days,
                                            int64_t now_ms) const {
  if (unknown_ || groups_.empty() || !retention_days) return false;
  for (const SegmentGroupNewest& g : groups_) {
    const std::optional<int> days = retention_days(g.group);
    if (!days || *days <= 0) return false;
    if (now_ms - g.newest_ms <= int64_t{*days} * kDayMs) return false;
  }
  return true;
}

}  // namespace tailwatch::daemon
