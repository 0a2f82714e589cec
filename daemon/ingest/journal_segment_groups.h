// JournalSegmentGroups: which log groups one push-journal segment holds and,
// for each, the newest event time among its records there. It lets the
// journal delete a segment whose groups are all past their retention policy
// (PutRetentionPolicy) before the journal-wide limits would.
//
// Event time is what readers filter retention by: the event's timestamp, or
// the time the record was journaled for an event without one. So a segment
// that is past every group's policy holds nothing GetLogEvents or
// FilterLogEvents would still show.
//
// Bounded: a segment tracks at most kMaxGroups groups. Beyond that (or for a
// record whose body cannot be decoded) the groups are "unknown" and the
// segment follows the journal-wide limits only: when in doubt, keep.
#ifndef TAILWATCH_DAEMON_INGEST_JOURNAL_SEGMENT_GROUPS_H_
#define TAILWATCH_DAEMON_INGEST_JOURNAL_SEGMENT_GROUPS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/ingest/ingest_sink.h"

namespace tailwatch::daemon {

// A group's retention policy in days; nullopt when it has none.
using GroupRetentionDays = std::function<std::optional<int>(std::string_view group)>;

struct SegmentGroupNewest {
  std::string group;
  int64_t newest_ms = 0;
};

class JournalSegmentGroups {
 public:
  static constexpr size_t kMaxGroups = 64;
  static constexpr int64_t kDayMs = 24LL * 3600 * 1000;

  // The newest event time of one record: the largest event timestamp, with
  // `append_ms` standing in for events that have none (timestamp -1) and for
  // a record without events.
  static int64_t NewestEventMs(const IngestBatch& batch, int64_t append_ms);

  // A record of `group` whose newest event time is `newest_ms`.
  void Note(std::string_view group, int64_t newest_ms);
  // A record whose group cannot be told: only the journal-wide limits apply.
  void MarkUnknown() { unknown_ = true; }

  bool unknown() const { return unknown_; }
  const std::vector<SegmentGroupNewest>& groups() const { return groups_; }

  // True when the groups are known, there is at least one, and each has a
  // policy that its newest event is older than (now - newest > days).
  bool AllPastRetention(const GroupRetentionDays& retention_days, int64_t now_ms) const;

 private:
  std::vector<SegmentGroupNewest> groups_;  // in first-seen order
  bool unknown_ = false;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_JOURNAL_SEGMENT_GROUPS_H_
