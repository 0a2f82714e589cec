// Options, self-counters and the resumable position shared by the tail stage.
#ifndef TAILWATCH_DAEMON_SOURCE_TAIL_TYPES_H_
#define TAILWATCH_DAEMON_SOURCE_TAIL_TYPES_H_

#include <cstddef>
#include <cstdint>

#include "daemon/source/file_identity.h"

namespace tailwatch::daemon {

// Open tailed-file descriptors of one TailSet against its cap. Every
// FileReader counts its own fd here (open, close, park, reopen), so the
// TailSet knows the count without walking its files. One strand, like the
// rest of the tail stage.
struct FdBudget {
  size_t limit = 0;  // 0: no cap
  size_t open = 0;
};

struct TailOptions {
  // Bytes per read(2); one buffer of read_chunk_bytes + max_line_bytes is
  // reused for every file of a TailSet.
  size_t read_chunk_bytes = 256 * 1024;
  // Longer lines are cut to this many bytes; the rest of the line is skipped
  // and counted in lines_truncated. Must be >= 1.
  size_t max_line_bytes = 256 * 1024;
  // A last line without its terminator is held this long after it last grew,
  // then delivered as a line of its own (a writer that never ends its line
  // must not hide it forever). Bytes that complete it later form a new line.
  int64_t partial_line_timeout_ms = 5000;
  // After a rotation or deletion the old file is kept open and drained until
  // no data arrived on it for this long (writers finish on their old fd).
  int64_t rotate_wait_ms = 5000;
  // Set by the TailSet (not a user option): where readers count their fds.
  FdBudget* fd_budget = nullptr;
};

// Why a path the globs matched is not tailed (each path logged once).
enum class SkipReason {
  kDirectory,
  kFifo,
  kDanglingSymlink,
  kSymlinkLoop,
  kUnreadable,
  kNotRegular,  // socket, device
};
inline constexpr size_t kSkipReasonCount = 6;
// "directory", "fifo", "dangling_symlink", "symlink_loop", "unreadable",
// "not_regular": the `reason` label of the skipped-files metric.
const char* SkipReasonName(SkipReason reason);

// Self-counters of one TailSet (read by the daemon for /metrics). Monotonic
// except files_watched, which is the number of files open right now.
struct TailCounters {
  uint64_t lines_read = 0;
  uint64_t bytes_read = 0;
  uint64_t lines_truncated = 0;
  uint64_t rotations = 0;    // the path now names another file
  uint64_t truncations = 0;  // a file shrank or its content was replaced (copytruncate)
  uint64_t files_watched = 0;
  uint64_t read_errors = 0;  // open/stat/read failures (retried on the next poll)
  uint64_t files_lost = 0;   // checkpointed files that could not be found on restore
  // Files created and rotated out of the globs while the daemon was down
  // (found on restore: a rotated name of a checkpointed path, born after the
  // checkpointed file, never checkpointed), and their lines, never read:
  // tailwatch_lines_dropped_total{reason="unseen_rotation"}. Needs birth
  // times (statx btime); elsewhere such a file cannot be told from an old one.
  uint64_t unseen_rotations = 0;
  uint64_t unseen_rotation_lines = 0;
  // Open-file cap (TailSetOptions::max_open_files): how often it was reached,
  // idle files closed for it and files reopened by identity afterwards.
  uint64_t fd_cap_hits = 0;
  uint64_t files_parked = 0;
  uint64_t files_reopened = 0;
  // Distinct paths matched by the globs but not tailable, by SkipReason.
  uint64_t skipped_files[kSkipReasonCount] = {};

  bool operator==(const TailCounters&) const = default;
};

// Where reading of one file resumes: what a checkpoint stores per file.
struct ReaderCursor {
  FileIdentity identity;
  uint64_t offset = 0;      // end of the last delivered (or skipped) line
  bool skipping = false;    // inside an over-long line whose head was delivered
  uint32_t marker_crc = 0;  // crc32 of the marker_bytes bytes just before offset
  uint32_t marker_bytes = 0;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_TAIL_TYPES_H_
