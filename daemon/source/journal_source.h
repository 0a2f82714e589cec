// One log group's `journal:` source: entries of the systemd journal read
// through libsystemd's sd-journal, on the engine strand like a TailSet.
//
// Poll() delivers up to a budget of entries and records each in the
// JournalPositions in the same step, so Serialize() between two Polls always
// matches what the engine consumed (exactly once across kill -9, as file
// offsets). Each pass runs from the journal's head and skips covered entries:
// the first Poll, and every Poll after sd-journal reports journal files added
// or removed (rotation, vacuuming, a copied journal arriving), start a pass;
// otherwise reading continues where it stopped (appended entries).
//
// start_at: end without a checkpoint: the first pass marks every entry read
// without delivering it (the history is not replayed). With a checkpoint, or
// start_at: beginning, every entry not covered is delivered.
//
// Vacuumed positions: when the last entry read of a seqnum_id is gone at the
// start of a pass, reading resumes at the oldest entry left; the sequence
// numbers skipped (journal entries of any unit, so an upper bound of the
// group's lost events) are counted in vacuumed_entries and logged. A
// seqnum_id none of whose entries is left at the end of a pass (its files
// deleted) is forgotten, so the positions do not grow with every journal
// file ever read; such a file copied back later is read again.
#ifndef TAILWATCH_DAEMON_SOURCE_JOURNAL_SOURCE_H_
#define TAILWATCH_DAEMON_SOURCE_JOURNAL_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/source/journal_positions.h"
#include "daemon/source/source_event.h"
#include "engine/common/status.h"

struct sd_journal;

namespace tailwatch::daemon {

struct JournalSourceOptions {
  std::vector<std::string> units;        // _SYSTEMD_UNIT values
  std::vector<std::string> identifiers;  // SYSLOG_IDENTIFIER values
  std::vector<std::string> match;        // FIELD=value
  int max_priority = 7;                  // 7: no PRIORITY match
  std::string directory;                 // empty: the local journal
  bool start_at_beginning = false;
  size_t max_message_bytes = 256 * 1024;  // longer MESSAGEs are cut
  // When not empty, each event is a JSON object of MESSAGE and these fields
  // (those the entry has), e.g. {"MESSAGE":"...","_SYSTEMD_UNIT":"a.service"}.
  std::vector<std::string> fields;
  bool operator==(const JournalSourceOptions&) const = default;
};

struct JournalSourceCounters {
  uint64_t entries_read = 0;      // delivered
  uint64_t entries_skipped = 0;   // already covered (re-seen by a pass)
  uint64_t passes = 0;            // passes from the head
  uint64_t vacuum_gaps = 0;       // positions found vacuumed
  uint64_t vacuumed_entries = 0;  // sequence numbers lost to them
  uint64_t read_errors = 0;
};

class JournalSource {
 public:
  [[nodiscard]] static Result<std::unique_ptr<JournalSource>> Open(JournalSourceOptions options);
  ~JournalSource();
  JournalSource(const JournalSource&) = delete;
  JournalSource& operator=(const JournalSource&) = delete;

  // Only before the first Poll.
  [[nodiscard]] Status Restore(std::string_view serialized);
  std::string Serialize() const { return positions_.Serialize(); }

  // Delivers up to max_entries entries; true when it stopped on the budget.
  bool Poll(SourceEventSink& sink, size_t max_entries);

  const JournalSourceCounters& counters() const { return counters_; }
  const JournalSourceOptions& options() const { return options_; }
  // Whether any entry matches (used to decide where kernel lines come from).
  bool HasEntries();

 private:
  explicit JournalSource(JournalSourceOptions options) : options_(std::move(options)) {}
  Status AddMatches();
  void StartPass();
  // The event text of the current entry: MESSAGE, or the JSON object of
  // MESSAGE and the chosen fields (built in json_, reused).
  std::string_view EventText(std::string_view message);

  JournalSourceOptions options_;
  sd_journal* journal_ = nullptr;
  JournalPositions positions_;
  JournalSourceCounters counters_;
  bool started_ = false;
  bool restored_ = false;
  bool skipping_history_ = false;  // start_at: end, first pass
  bool in_pass_ = false;           // walking from the head; not yet at the end
  // Per seqnum_id: the seqnum of the entry seen last in this pass.
  std::map<std::string, uint64_t, std::less<>> pass_last_;
  // Per seqnum_id whose position was vacuumed: the highest seqnum read.
  std::map<std::string, uint64_t, std::less<>> vacuumed_after_;
  std::string json_;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_JOURNAL_SOURCE_H_
