// PushJournal: accepted push batches (POST /v1/logs, PutLogEvents), appended
// to `state_dir/journal/` before the client gets its 2xx, so an acknowledged
// event survives kill -9 (README, "Who owns what"; docs/ingestion.md).
//
// Records: each Append() becomes one record with a sequence number (1, 2, ...
// increasing by one, never reused, also across restarts). A checkpoint stores
// the highest sequence whose batch the engine had consumed when the sections
// were taken ("covered"); on start the daemon replays every record after it.
// Checkpoints are no longer what makes a push durable; the journal is.
//
// Group commit (leveldb's writer queue, PostgreSQL's commit_delay idea):
// Append() encodes the batch on the caller's thread and queues it; ONE writer
// thread takes everything queued, writes it with one write(2) and, under
// fsync: always, one fdatasync(2), then calls each batch's `done` in sequence
// order. Batches that arrive while an fsync runs share the next one, so the
// cost of an fsync is spread over every request waiting for it.
//
// Fsync policy (JournalFsync):
//   always   (default) `done` after fdatasync: a 2xx survives kill -9 and power loss.
//   interval `done` after write(2) (survives kill -9: the page cache outlives
//            the process); fdatasync at most every fsync_interval_ms, so power
//            loss may take the last interval's acknowledged batches.
//   never    `done` after write(2); the kernel writes back when it likes.
//
// Files: segments `journal/<first sequence, 20 digits>.twj`; a new segment
// is started at open and whenever the active one passes segment_bytes.
// Record = header {magic "TWJ1", body length u32, crc32 of body u32} + body
// {sequence u64, append time ms i64, log group, log stream, events
// (timestamp ms i64, message)}; integers little-endian, strings u32 length +
// bytes. Open() checks every record (magic, length, crc); the first bad one
// and everything after it in its segment (a write torn by a crash) is cut off
// (ftruncate) and reported in warnings().
//
// Retention: a sealed segment is deleted when (a) every record in it is
// covered by a durable checkpoint (SetCovered) and (b) it is beyond retention:
//   - journal-wide: its newest record is older than max_age_ms, or the kept
//     segments newer than it already hold max_bytes; or
//   - per group: every log group with records in it has a retention policy
//     (group_retention_days) and the group's newest event there is older
//     than that policy (JournalSegmentGroups). A group without a policy
//     leaves the segment to the journal-wide limits. A policy longer than
//     max_age_ms does not keep a segment: the journal-wide limits bound the
//     disk and always apply.
// Uncovered records are never deleted, whatever the limits (they are what
// recovery needs). The journal is kept past coverage so GetLogEvents and
// FilterLogEvents can read it (Read()).
//
// Thread safety: Append, SetCovered, counters and Read are thread-safe (any
// HTTP thread). Open/Replay happen before the first Append. `done` runs on
// the journal's writer thread, in sequence order, with no lock held: keep it
// short (post to a strand). The destructor flushes and syncs what is queued,
// calls the pending `done`s and joins the writer thread.
#ifndef TAILWATCH_DAEMON_INGEST_PUSH_JOURNAL_H_
#define TAILWATCH_DAEMON_INGEST_PUSH_JOURNAL_H_

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "daemon/ingest/ingest_sink.h"
#include "daemon/ingest/journal_segment_groups.h"
#include "engine/common/status.h"

namespace tailwatch::daemon {

enum class JournalFsync { kAlways, kInterval, kNever };

struct PushJournalOptions {
  std::string dir;  // created when missing (state_dir + "/journal")
  JournalFsync fsync = JournalFsync::kAlways;
  int64_t fsync_interval_ms = 200;          // for kInterval
  uint64_t segment_bytes = 64ull << 20;     // start a new segment beyond this
  uint64_t max_bytes = 1ull << 30;          // retention by size (sealed segments)
  int64_t max_age_ms = 24ll * 3600 * 1000;  // retention by age
  // Wall clock in epoch ms (record times, retention). Null: the system clock.
  std::function<int64_t()> now_ms;
  // A group's retention policy (PutRetentionPolicy), read at each deletion
  // pass, on SetCovered's thread with the journal's segment lock held (it
  // must not call back into the journal). Null: journal-wide limits only.
  GroupRetentionDays group_retention_days;
};

// One journal record, as Replay/Read hand it out.
struct JournalRecord {
  uint64_t sequence = 0;
  int64_t append_ms = 0;  // when it was journaled: the ingestion time of events
                          // whose timestamp_ms is -1
  IngestBatch batch;
};

struct JournalCounters {
  uint64_t records_appended = 0;
  uint64_t bytes_appended = 0;
  uint64_t syncs = 0;          // fdatasync calls (records/syncs = group size)
  uint64_t append_errors = 0;  // batches refused because write/fsync failed
  uint64_t segments_deleted = 0;
  // Of segments_deleted: those only a group retention policy made go.
  uint64_t segments_deleted_by_group_retention = 0;
  uint64_t bytes_cut = 0;  // torn/corrupt tail bytes cut off at open
};

class PushJournal {
 public:
  // Called once per Append: the sequence number once the record is as
  // durable as the policy promises, or an error (nothing was journaled: the
  // caller answers 503 and must not count the batch).
  using Done = std::function<void(Result<uint64_t> sequence)>;

  // Creates the directory, scans and repairs the segments, starts a new
  // active segment and the writer thread.
  [[nodiscard]] static Result<std::unique_ptr<PushJournal>> Open(PushJournalOptions options);
  ~PushJournal();
  PushJournal(const PushJournal&) = delete;
  PushJournal& operator=(const PushJournal&) = delete;

  // Calls `fn` for every record with sequence > after_sequence, in order.
  // Before the first Append. Also makes sure new sequences are above
  // after_sequence (a journal deleted under a checkpoint must not reuse them).
  [[nodiscard]] Status Replay(uint64_t after_sequence,
                              const std::function<void(const JournalRecord&)>& fn);
  // Same walk for readers (GetLogEvents later); thread-safe, any time; sees
  // records already written (not necessarily synced).
  [[nodiscard]] Status Read(uint64_t after_sequence,
                            const std::function<bool(const JournalRecord&)>& fn) const;

  // Thread-safe. Encodes `batch` now (the caller may drop it on return).
  void Append(const IngestBatch& batch, Done done);

  // A checkpoint covering every record up to `sequence` is durable: sealed
  // segments beyond retention and covered by it are deleted (here, on the
  // caller's thread: call it off the engine strand, after the write).
  void SetCovered(uint64_t sequence);

  // The groups each segment holds with their newest event time, oldest
  // segment first (the active one last); for tests and diagnostics.
  std::vector<JournalSegmentGroups> SegmentGroups() const;

  // The last sequence handed out (0: none ever).
  uint64_t last_sequence() const;
  JournalCounters counters() const;
  // Repairs made by Open() (torn tails cut): log each as a warning.
  const std::vector<std::string>& warnings() const { return warnings_; }

  // The checkpoint section holding the covered sequence (section name
  // kCheckpointSection): "tailwatch-journal 1\ncovered <n>\n".
  static constexpr const char* kCheckpointSection = "journal";
  static std::string EncodeCovered(uint64_t covered);
  [[nodiscard]] static Result<uint64_t> DecodeCovered(std::string_view section);

  // The record format, exposed for tests and fuzzing: one encoded record
  // (header + body), and the decoder of one body.
  static void EncodeRecord(uint64_t sequence, int64_t append_ms, const IngestBatch& batch,
                           std::string& out);
  [[nodiscard]] static bool DecodeBody(std::string_view body, JournalRecord& record);

 private:
  struct Segment {
    std::string path;
    uint64_t first_sequence = 0;
    uint64_t last_sequence = 0;  // 0: no record
    uint64_t bytes = 0;
    int64_t newest_ms = 0;
    JournalSegmentGroups groups;
  };
  struct Pending {
    Done done;
    uint64_t sequence;
    std::string log_group;
    int64_t newest_event_ms;
  };

  explicit PushJournal(PushJournalOptions options);
  Status Recover();
  Status StartSegment(uint64_t first_sequence);  // writer side, or Open
  void WriterLoop();
  int64_t Now() const;
  void DeleteSegments();  // needs segments_mu_

  PushJournalOptions options_;
  std::vector<std::string> warnings_;

  // Appenders -> writer.
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::string queued_;            // GUARDED_BY(mu_): encoded records
  std::vector<Pending> waiting_;  // GUARDED_BY(mu_)
  uint64_t next_sequence_ = 1;    // GUARDED_BY(mu_)
  int64_t queued_newest_ms_ = 0;  // GUARDED_BY(mu_)
  bool stopping_ = false;         // GUARDED_BY(mu_)
  JournalCounters counters_;      // GUARDED_BY(mu_)

  // Segment list: the writer appends/extends, SetCovered deletes, Read walks.
  mutable std::mutex segments_mu_;
  std::vector<Segment> segments_;  // GUARDED_BY(segments_mu_); last = active
  uint64_t covered_ = 0;           // GUARDED_BY(segments_mu_)

  int fd_ = -1;  // active segment; writer thread only (and Open)
  int64_t last_sync_ms_ = 0;
  std::thread writer_;
};

// "always" | "interval" | "never".
std::string_view ToString(JournalFsync fsync);
bool ParseJournalFsync(std::string_view text, JournalFsync* out);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_PUSH_JOURNAL_H_
