// A log group's kernel source where no journal holds the kernel's lines:
// records of /dev/kmsg, read non-blocking on the engine strand.
//
// Position: the boot id and the sequence number of the last record
// delivered, checkpointed like a file offset. On restore within the same
// boot, records up to it are skipped; records the ring buffer overwrote in
// the meantime are counted as lost. After a reboot (another boot id) the
// buffer is read from its oldest record.
//
// Overrun: a reader slower than the kernel gets EPIPE from read(2) and
// continues at the oldest record left; the records skipped (the gap in
// sequence numbers) are counted in overrun_records, never hidden.
#ifndef TAILWATCH_DAEMON_SOURCE_KMSG_SOURCE_H_
#define TAILWATCH_DAEMON_SOURCE_KMSG_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/source/source_event.h"
#include "engine/common/status.h"

namespace tailwatch::daemon {

struct KmsgSourceOptions {
  std::string path = "/dev/kmsg";
  bool start_at_beginning = false;
  std::string boot_id;        // this boot's id (/proc/sys/kernel/random/boot_id)
  int64_t boot_epoch_ms = 0;  // wall-clock time of the kernel's timestamp 0
  bool operator==(const KmsgSourceOptions&) const = default;
};

struct KmsgCounters {
  uint64_t records_read = 0;
  uint64_t overruns = 0;         // EPIPE, or records overwritten while stopped
  uint64_t overrun_records = 0;  // records lost to them
  uint64_t malformed = 0;
  uint64_t read_errors = 0;
};

class KmsgSource {
 public:
  [[nodiscard]] static Result<std::unique_ptr<KmsgSource>> Open(KmsgSourceOptions options);
  // Reads records from `fd` (owned; non-blocking, one record per read, as
  // /dev/kmsg gives them): tests feed recorded records through a
  // SOCK_SEQPACKET socket pair.
  static std::unique_ptr<KmsgSource> FromFd(int fd, KmsgSourceOptions options);
  ~KmsgSource();
  KmsgSource(const KmsgSource&) = delete;
  KmsgSource& operator=(const KmsgSource&) = delete;

  // Only before the first Poll. "tailwatch-kmsg 1 <boot id> <seqnum>".
  [[nodiscard]] Status Restore(std::string_view serialized);
  std::string Serialize() const;

  // Delivers up to max_records records; true when it stopped on the budget.
  bool Poll(SourceEventSink& sink, size_t max_records);

  const KmsgCounters& counters() const { return counters_; }

  // This boot's id, or empty.
  static std::string ReadBootId();

 private:
  explicit KmsgSource(KmsgSourceOptions options) : options_(std::move(options)) {}
  void Deliver(std::string_view record, SourceEventSink& sink);

  KmsgSourceOptions options_;
  int fd_ = -1;
  bool started_ = false;
  std::optional<uint64_t> last_seqnum_;  // of this boot
  bool gap_pending_ = false;             // after EPIPE or a restore: measure the gap
  std::vector<char> buffer_;
  KmsgCounters counters_;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_KMSG_SOURCE_H_
