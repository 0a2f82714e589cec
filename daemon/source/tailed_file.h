// TailedFile: one watched path and the files it has named over time.
//
// The path is followed, not the file: each Refresh() stats the path (following
// symlinks) and compares dev/inode with the file being read.
//   - same inode: nothing to do here (truncation is the FileReader's check);
//   - another inode (rename+create rotation, recreate, symlink swapped): the old
//     reader becomes "draining" and the new file is opened from offset 0;
//   - path gone (deleted, or renamed away and not recreated yet): the reader
//     becomes draining.
// Draining readers are read first, oldest first, so lines come out in write
// order; one is closed when it is at EOF and no data arrived on it for
// rotate_wait_ms (writers that still hold the old fd get to finish), and its
// held partial line is delivered then.
//
// Not thread-safe: one strand.
#ifndef TAILWATCH_DAEMON_SOURCE_TAILED_FILE_H_
#define TAILWATCH_DAEMON_SOURCE_TAILED_FILE_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "daemon/source/file_reader.h"
#include "daemon/source/line_sink.h"
#include "daemon/source/tail_types.h"

namespace tailwatch::daemon {

class TailedFile;

// Lets a TailedFile see the files its sibling paths read, so one file is never
// read twice (a symlink and its target both matched; app.log rotated to
// app.log.1 which the glob also matches: the reader moves with the file).
class InodeOwners {
 public:
  virtual ~InodeOwners() = default;
  // True when another path reads this inode as its current file.
  virtual bool IsCurrentElsewhere(const TailedFile& self, const FileIdentity& identity) = 0;
  // Takes the reader of this inode that another path is draining, or nullptr.
  virtual std::unique_ptr<FileReader> TakeDrainingElsewhere(const TailedFile& self,
                                                            const FileIdentity& identity) = 0;
};

class TailedFile {
 public:
  // `open_at_end`: the first file opened at this path starts at its end
  // (start_at: end for a file seen at start-up); later ones start at 0.
  TailedFile(std::string path, const TailOptions& options, bool open_at_end);

  const std::string& path() const { return path_; }

  // Follows the path: detects rotation, deletion, recreation. Open failures
  // are counted in read_errors and retried on the next call. `owners` may be
  // null (no siblings).
  void Refresh(int64_t now_ms, TailCounters& counters, InodeOwners* owners);
  // The dev/inode this path's current file has, if one is open.
  const FileReader* current() const { return current_.get(); }

  struct ReadOutcome {
    size_t bytes = 0;
    bool more_pending = false;  // stopped on the budget, not at EOF
  };
  // Reads draining readers first, then the current one, up to byte_budget.
  ReadOutcome Read(LineSink& sink, size_t byte_budget, int64_t now_ms, ReadBuffer& buffer,
                   TailCounters& counters);

  // fd cap: closes the current file's fd (not a draining one: a rotated file
  // may be deleted, and only its open fd keeps it readable). false when there
  // is nothing to park or it holds a partial line (which must time out).
  bool ParkCurrent();
  // The current file is parked but has data to read: Read() reopens it.
  bool needs_reopen() const { return current_ && current_->parked() && reopen_wanted_; }

  // Readers in read order (draining oldest first, the current one last).
  std::vector<const FileReader*> readers() const;
  size_t open_files() const { return draining_.size() + (current_ ? 1 : 0); }
  // Unread bytes of every file open at this path (FileReader::bytes_behind).
  uint64_t bytes_behind() const;
  bool has_current() const { return current_ != nullptr; }
  // No file open at all: the TailSet may forget this path.
  bool empty() const { return open_files() == 0; }

  // Restore and hand-over hooks for TailSet.
  void AdoptCurrent(std::unique_ptr<FileReader> reader);
  void AdoptDraining(std::unique_ptr<FileReader> reader, int64_t now_ms);
  // Removes and returns a draining reader of this dev/inode, if any (the file
  // was rotated to a name the TailSet also watches: it moves there).
  std::unique_ptr<FileReader> TakeDraining(const FileIdentity& identity);

 private:
  struct Draining {
    std::unique_ptr<FileReader> reader;
    int64_t last_data_ms;
  };

  std::string path_;
  TailOptions options_;
  bool open_at_end_;
  bool ReopenCurrent(TailCounters& counters);

  std::deque<Draining> draining_;
  std::unique_ptr<FileReader> current_;
  bool reopen_wanted_ = false;  // parked current grew (seen by Refresh's stat)
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_TAILED_FILE_H_
