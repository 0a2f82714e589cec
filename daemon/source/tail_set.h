// TailSet: the files of one log group, read on the engine strand.
//
// Owns every fd of the group. The daemon drives it from ONE strand: Poll()
// reads a bounded amount, hands complete lines to the sink and advances the
// offsets in the same step, so SerializeOffsets() taken between two Polls is
// always consistent with what the sink (the engine) has consumed. No threads,
// no clock reads of its own (a Clock is injected), no blocking beyond file I/O.
//
// Discovery: the globs are expanded with glob(3) at the first Poll and again
// every rescan_interval_ms (always works, also on NFS/overlayfs). An inotify fd
// on the globs' directories (inotify_fd(), -1 when unavailable) lets the
// daemon wake early: when it is readable call OnInotifyReadable(), then Poll().
//
// start_at applies to files seen at the first scan of a TailSet that was not
// restored from a checkpoint. Every file seen later (appeared after start-up,
// or, after a restore, appeared while the daemon was down) is read from 0.
//
// Offsets: SerializeOffsets() records per open file (rotated files still
// being drained included) its path, identity (dev, inode, birth time,
// first-bytes fingerprint), the end of the last delivered line, whether it is
// inside an over-long line, and a crc of the bytes just before the offset.
// Text, one file per line, versioned header. RestoreOffsets() (before the
// first Poll):
//   - the path holds that file, unchanged up to the offset: resume there;
//   - the path holds that inode with other content (copytruncate; or inode
//     reuse where birth times are unknown): read it from 0;
//   - the path holds another file or nothing (rotated while down, app.log ->
//     app.log.1): the checkpointed file is searched by identity in the same
//     directory; found, its unread tail is drained FIRST (from 0 if it was
//     truncated before it was rotated), then the new file at the path is read
//     from 0; not found (deleted while down), files_lost++.
//
// Losses that no tailer can avoid (documented, and kept out of the model test
// by its preconditions): lines truncated away (truncate, copytruncate) before
// they were read; a file created and then deleted or rotated out of the globs
// before any poll saw it (e.g. created and rotated away while the daemon was
// down: never checkpointed); a deleted file's unread tail when the daemon dies
// before draining it through its open fd; a checkpointed file moved to
// another directory or deleted while down; writes to a rotated file after
// rotate_wait_ms. Not detected: a file truncated and rewritten to exactly its
// old size with the same 64 bytes before the offset.
#ifndef TAILWATCH_DAEMON_SOURCE_TAIL_SET_H_
#define TAILWATCH_DAEMON_SOURCE_TAIL_SET_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "daemon/source/clock.h"
#include "daemon/source/file_reader.h"
#include "daemon/source/line_sink.h"
#include "daemon/source/tail_types.h"
#include "daemon/source/tailed_file.h"
#include "engine/common/status.h"

namespace tailwatch::daemon {

enum class StartAt { kEnd, kBeginning };

inline constexpr size_t kMaxOpenFilesAuto = static_cast<size_t>(-1);

struct TailSetOptions {
  std::vector<std::string> globs;
  StartAt start_at = StartAt::kEnd;
  TailOptions file;
  int64_t rescan_interval_ms = 1000;
  bool use_inotify = true;
  // Cap on open tailed-file fds (draining rotated files included); 0: none.
  // The daemon derives it from RLIMIT_NOFILE (DefaultMaxOpenFiles in
  // fd_budget.h). At the cap the least recently changed idle current files
  // are closed ("parked", an eighth of the cap at a time so the cost is not
  // paid per file) and reopened by identity when their path's stat shows
  // growth. Costs: an open + statx + 1 KiB pread per reopen; lines written to
  // a parked file that is then deleted or moved out of its directory before
  // the next poll are lost (an open fd would have kept them readable).
  // kMaxOpenFilesAuto: DefaultMaxOpenFiles(NoFileLimit(), the default
  // max_connections, 1 group), for a daemon that does not set it.
  size_t max_open_files = kMaxOpenFilesAuto;
};

class TailSet final : private InodeOwners {
 public:
  // `clock` must outlive the TailSet.
  TailSet(TailSetOptions options, Clock& clock);
  ~TailSet() override;
  TailSet(const TailSet&) = delete;
  TailSet& operator=(const TailSet&) = delete;

  // Reads up to about byte_budget bytes over all files (draining rotated files
  // first), delivering lines to `sink`. Returns true when it stopped on the
  // budget with data left, so the daemon should Poll again soon.
  bool Poll(LineSink& sink, size_t byte_budget);

  // -1 when inotify is off or unavailable (then polling alone finds files).
  int inotify_fd() const { return inotify_fd_; }
  // Drains the inotify events; a create/move/delete makes the next Poll rescan.
  void OnInotifyReadable();

  std::string SerializeOffsets() const;
  // Only before the first Poll. A malformed text is an error and nothing is
  // restored; files that cannot be found are counted in files_lost.
  [[nodiscard]] Status RestoreOffsets(std::string_view serialized);

  const TailCounters& counters() const { return counters_; }

  // Set when a Poll (or RestoreOffsets) saw a file the checkpoint does not
  // know yet: a new path, a new file at a watched path (rotation, recreate).
  // The daemon checks it after each Poll and, when true, writes a checkpoint
  // at once instead of at the next interval, so a file's identity is durable
  // from first sight (a crash loop with rotations then loses no generation).
  // Reading it clears it.
  bool TakeIdentitiesChanged() { return std::exchange(identities_changed_, false); }
  // Open tailed-file fds now (<= max_open_files, draining files aside).
  size_t open_fds() const { return budget_.open; }
  size_t max_open_files() const { return budget_.limit; }
  // Watched paths (those with an open file), sorted.
  std::vector<std::string> paths() const;
  // Bytes of the watched files not read yet: per open file, its size at the
  // last Poll (the path's stat, or the read's fstat) less the read position.
  uint64_t bytes_behind() const;

 private:
  bool IsCurrentElsewhere(const TailedFile& self, const FileIdentity& identity) override;
  std::unique_ptr<FileReader> TakeDrainingElsewhere(const TailedFile& self,
                                                    const FileIdentity& identity) override;
  void Rescan(int64_t now_ms);
  // At the cap: parks idle current files (never `keep`) until an eighth of
  // the cap is free.
  void MakeRoom(const TailedFile* keep);
  // Logs and counts (once per path) a glob match that cannot be tailed;
  // false when `path` is a regular readable file.
  bool SkipIfUntailable(const std::string& path);
  // On restore: rotated names of checkpointed paths born after the
  // checkpointed file and never checkpointed (created and rotated away while
  // down): counted in unseen_rotations, their lines in unseen_rotation_lines.
  struct RestoredFile;
  void CountUnseenRotations(const std::vector<RestoredFile>& restored);
  void AddInotifyWatches();
  bool MatchesGlobs(const std::string& path) const;

  TailSetOptions options_;
  Clock& clock_;
  std::map<std::string, std::unique_ptr<TailedFile>> files_;  // by watched path
  ReadBuffer buffer_;
  std::vector<TailedFile*> order_scratch_;  // reused by Poll
  TailCounters counters_;
  bool started_ = false;
  bool restored_ = false;
  bool rescan_requested_ = false;
  int64_t next_rescan_ms_ = 0;
  size_t round_robin_ = 0;
  int inotify_fd_ = -1;
  std::set<std::string> watched_dirs_;
  FdBudget budget_;                        // options_.file.fd_budget points here
  std::vector<TailedFile*> park_scratch_;  // reused by MakeRoom
  bool cap_logged_ = false;
  bool identities_changed_ = false;
  std::map<std::string, SkipReason> skipped_;  // logged once per path
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_TAIL_SET_H_
