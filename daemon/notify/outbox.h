// The durable notification outbox of one destination (a target, or an SNS
// topic ARN used without a target): one file per event under
// `state_dir/outbox/<destination dir>/<seq, 20 digits>.ev`.
//
// Durability: Append writes `<name>.tmp`, fsyncs it, renames it into place and
// fsyncs the directory before returning, so an event that Append accepted
// survives kill -9 and power loss; Remove unlinks the file after a 2xx.
// Stage instead keeps the record in memory only, deliverable at once; it
// becomes durable when its owner writes it (Staged, WriteRecord, then
// MarkDurable, which need not hold the owner's lock for the write), and a
// staged record delivered first is never written at all. The daemon writes
// staged records before each checkpoint: an event whose state change a
// checkpoint holds is on disk, and one whose change no checkpoint holds is
// produced again from the lines read after restart.
// Delivery is therefore at-least-once (a crash between the 2xx and the
// unlink resends; receivers deduplicate on the event id). Files that do not
// decode (a bug, or disk corruption) are renamed to `*.corrupt` and counted,
// never delivered.
//
// Bounds: at most `max_events` files. Appending to a full outbox first drops
// the oldest event that is not an ALARM transition (OK and INSUFFICIENT_DATA
// matter less than an alarm going off), or the oldest one when all are ALARM;
// the dropped records are returned so the caller counts them.
//
// Ordering: records are kept and delivered in `seq` order; seq continues
// after the highest one found on disk.
//
// Thread safety: none; the owner (a notifier target worker) serialises access.
#ifndef TAILWATCH_DAEMON_NOTIFY_OUTBOX_H_
#define TAILWATCH_DAEMON_NOTIFY_OUTBOX_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/alarm/alarm_spec.h"
#include "engine/common/status.h"

namespace tailwatch::notify {

struct OutboxRecord {
  uint64_t seq = 0;         // assigned by Append
  std::string destination;  // target name or SNS topic ARN
  std::string event_id;
  std::string alarm_name;
  engine::AlarmState new_state = engine::AlarmState::kAlarm;
  int64_t created_ms = 0;  // when the event was written (wall clock)
  std::string body;        // webhook/sns: CloudWatch JSON; alertmanager: v2 alerts JSON
  std::string subject;     // sns Subject
  std::string topic_arn;   // sns: the topic to publish to

  friend bool operator==(const OutboxRecord&, const OutboxRecord&) = default;
};

std::string EncodeOutboxRecord(const OutboxRecord& record);
Result<OutboxRecord> DecodeOutboxRecord(std::string_view bytes);

// A directory name for `destination`: its safe characters plus a hash, so
// ARNs and odd target names map to distinct, portable names.
std::string OutboxDirName(std::string_view destination);

class Outbox {
 public:
  // Creates `dir` when missing and loads the records already there.
  static Result<std::unique_ptr<Outbox>> Open(std::string dir, size_t max_events);

  // Makes `record` durable (see above). `dropped` receives the records that
  // made room. An error (disk full, EACCES) leaves the outbox unchanged.
  Status Append(OutboxRecord record, std::vector<OutboxRecord>* dropped);
  // Accepts `record` in memory (see above); never fails.
  void Stage(OutboxRecord record, std::vector<OutboxRecord>* dropped);
  // Copies of the staged records, oldest first.
  std::vector<OutboxRecord> Staged() const;
  // Writes `record`'s file durably; touches no member but the directory name,
  // so it may run without the owner's lock.
  Status WriteRecord(const OutboxRecord& record) const;
  // After WriteRecord: the record is durable, or, when it was delivered or
  // dropped meanwhile, its file is removed.
  void MarkDurable(uint64_t seq);
  size_t staged() const { return staged_.size(); }

  bool empty() const { return records_.empty(); }
  size_t size() const { return records_.size(); }
  const OutboxRecord& Front() const { return records_.front(); }
  // Every record, in seq order.
  const std::deque<OutboxRecord>& records() const { return records_; }
  // Removes the record with `seq` (normally the front) and its file.
  Status Remove(uint64_t seq);
  // created_ms of the oldest record; 0 when empty.
  int64_t OldestCreatedMs() const;
  size_t corrupt_files() const { return corrupt_files_; }
  const std::string& dir() const { return dir_; }
  void set_max_events(size_t max_events) { max_events_ = max_events == 0 ? 1 : max_events; }

 private:
  Outbox(std::string dir, size_t max_events) : dir_(std::move(dir)), max_events_(max_events) {}
  std::string PathFor(uint64_t seq) const;

  std::string dir_;
  size_t max_events_;
  // Drops records beyond max_events_ (never the newest), unlinking durable ones.
  void DropForRoom(std::vector<OutboxRecord>* dropped);

  std::deque<OutboxRecord> records_;
  std::set<uint64_t> staged_;  // seqs of records_ not written yet
  uint64_t next_seq_ = 1;
  size_t corrupt_files_ = 0;
};

}  // namespace tailwatch::notify

#endif  // TAILWATCH_DAEMON_NOTIFY_OUTBOX_H_
