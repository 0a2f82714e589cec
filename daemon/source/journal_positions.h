// Which systemd journal entries a journal source has already delivered: a
// set of sequence-number ranges per seqnum_id, not a single cursor.
//
// Every journal file carries a seqnum_id (one per writer's file series: the
// local journald's, or one per file systemd-journal-remote wrote) and numbers
// its entries with increasing sequence numbers within that id. sd-journal
// interleaves all files by time, so a journal file that appears later (a
// copied or remote journal) may hold entries sorting before the last one
// read: with one cursor they would be skipped. Here an entry counts as read
// when its (seqnum_id, seqnum) lies in a covered range; a later pass from the
// journal's head skips exactly those.
//
// Ranges grow per pass: two entries of one id seen one after the other in a
// pass (the journal's order within an id is seqnum order) cover everything
// between them, so entries the source's matches leave out do not fragment the
// set. Limit: a file of an id already read whose entries fall between two
// entries read earlier (an archived file copied in after its successor) is
// taken as read.
//
// Pure: no sd-journal calls; the source feeds it ids and numbers.
#ifndef TAILWATCH_DAEMON_SOURCE_JOURNAL_POSITIONS_H_
#define TAILWATCH_DAEMON_SOURCE_JOURNAL_POSITIONS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::daemon {

// What a journal cursor says about its entry: "s=<seqnum_id>;i=<seqnum hex>;...".
struct JournalEntryId {
  std::string_view seqnum_id;  // 32 hex digits
  uint64_t seqnum = 0;
};
// nullopt when the cursor lacks a well-formed s= or i= field.
std::optional<JournalEntryId> ParseJournalCursor(std::string_view cursor);

class JournalPositions {
 public:
  struct Range {
    uint64_t first = 0;
    uint64_t last = 0;
  };
  struct Series {
    std::vector<Range> ranges;  // sorted, disjoint, not adjacent
    std::string last_cursor;    // the cursor of the highest seqnum read
  };

  bool Covered(std::string_view seqnum_id, uint64_t seqnum) const;
  // Marks `seqnum` read; `previous_in_pass`, the seqnum of the entry of this
  // id seen just before it in the same pass, extends the cover back to it.
  void Mark(std::string_view seqnum_id, uint64_t seqnum, std::optional<uint64_t> previous_in_pass,
            std::string_view cursor);
  // Forgets an id (its journal files are all gone).
  void Erase(std::string_view seqnum_id) {
    if (auto it = series_.find(seqnum_id); it != series_.end()) series_.erase(it);
  }
  // The highest seqnum read of the id, if any.
  std::optional<uint64_t> Highest(std::string_view seqnum_id) const;

  const std::map<std::string, Series, std::less<>>& series() const { return series_; }
  bool empty() const { return series_.empty(); }

  // Text, versioned: "tailwatch-journal-positions 1\n", then per id
  // "<id> <last cursor> <n> <first>-<last> ...\n" (decimal).
  std::string Serialize() const;
  [[nodiscard]] static Result<JournalPositions> Parse(std::string_view text);

 private:
  std::map<std::string, Series, std::less<>> series_;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_JOURNAL_POSITIONS_H_
