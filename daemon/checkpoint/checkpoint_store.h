// CheckpointStore: the daemon's state, written atomically as one file.
//
// A checkpoint is a set of named sections ("tail", "metrics", "alarms",
// "counters", ...): opaque byte strings produced by their owners from ONE
// consistent moment (the engine strand), written together so offsets and
// engine state never disagree after a crash.
//
// Write (leveldb SetCurrentFile / vector checkpointer.rs): encode, write
// `state_dir/checkpoint.tmp`, fsync it, hard-link the current `checkpoint` to
// `checkpoint.prev`, rename the temp file over `checkpoint`, fsync the
// directory. At every instant `checkpoint` is a complete old or new file. A
// failed step removes the temp file and leaves `checkpoint` as it was.
//
// File format (version 1):
//   "tailwatch-checkpoint 1\n"
//   "<body length> <crc32 of body, 8 hex digits>\n"
//   body: per section "<name> <length>\n<bytes>\n"
// A torn or corrupt file is detected by the length and the zlib crc32.
//
// Read policy (decided here): `checkpoint` is used when intact. When it is
// corrupt or missing while `checkpoint.prev` is intact, the previous one is
// used and Checkpoint::warning says why; since offsets and engine state come
// from the same older moment, lines after it are re-read and counted once.
// When no intact file exists but some checkpoint file does, Read refuses with
// a message naming the files (starting empty would break exactly-once
// silently); the operator moves them away to start fresh. No files: nullopt.
//
// Blocking I/O with fsync: call it off the engine strand (STYLE.md §5), with
// sections serialized on the strand. Not thread-safe: one caller at a time.
#ifndef TAILWATCH_DAEMON_CHECKPOINT_CHECKPOINT_STORE_H_
#define TAILWATCH_DAEMON_CHECKPOINT_CHECKPOINT_STORE_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "engine/common/status.h"

namespace tailwatch::daemon {

// The file-system calls the store makes: a seam so tests can make any of them
// fail (ENOSPC on write/fsync, EXDEV on rename, ...). Errors are values.
class CheckpointFs {
 public:
  virtual ~CheckpointFs() = default;
  virtual Result<int> Create(const std::string& path) = 0;  // write-only, truncating, 0600
  virtual Status WriteAll(int fd, std::string_view data) = 0;
  virtual Status Sync(int fd) = 0;
  virtual Status Close(int fd) = 0;
  virtual Status Rename(const std::string& from, const std::string& to) = 0;
  virtual Status Link(const std::string& from, const std::string& to) = 0;
  // Removing a missing file is not an error.
  virtual Status Unlink(const std::string& path) = 0;
  virtual Status SyncDir(const std::string& dir) = 0;
  // nullopt when the file does not exist.
  virtual Result<std::optional<std::string>> ReadFile(const std::string& path) = 0;
};

// The real thing: POSIX calls, EINTR retried, errno text in the error.
class PosixCheckpointFs : public CheckpointFs {
 public:
  Result<int> Create(const std::string& path) override;
  Status WriteAll(int fd, std::string_view data) override;
  Status Sync(int fd) override;
  Status Close(int fd) override;
  Status Rename(const std::string& from, const std::string& to) override;
  Status Link(const std::string& from, const std::string& to) override;
  Status Unlink(const std::string& path) override;
  Status SyncDir(const std::string& dir) override;
  Result<std::optional<std::string>> ReadFile(const std::string& path) override;
};

using CheckpointSections = std::map<std::string, std::string, std::less<>>;

struct Checkpoint {
  CheckpointSections sections;
  bool from_previous = false;  // `checkpoint` was unusable; this is checkpoint.prev
  std::string warning;         // why `checkpoint` was not used (log it)
  // The file these sections were read from (`checkpoint` or
  // `checkpoint.prev`): the start-up line names it, so an operator sees a
  // fall-back without reading the warning.
  std::string source_path;
};

class CheckpointStore {
 public:
  // `fs` (not owned, must outlive the store) defaults to a PosixCheckpointFs.
  explicit CheckpointStore(std::string state_dir, CheckpointFs* fs = nullptr);

  // Section names: 1..64 of [A-Za-z0-9_.-]. Data: any bytes.
  [[nodiscard]] Status Write(const CheckpointSections& sections);
  // nullopt: no checkpoint was ever written (first start).
  [[nodiscard]] Result<std::optional<Checkpoint>> Read();

  std::string checkpoint_path() const { return state_dir_ + "/checkpoint"; }
  std::string previous_path() const { return state_dir_ + "/checkpoint.prev"; }
  std::string temp_path() const { return state_dir_ + "/checkpoint.tmp"; }

  // The file format, exposed for tests and fuzzing.
  [[nodiscard]] static Result<std::string> Encode(const CheckpointSections& sections);
  [[nodiscard]] static Result<CheckpointSections> Decode(std::string_view bytes);

 private:
  std::string state_dir_;
  PosixCheckpointFs posix_fs_;
  CheckpointFs* fs_;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_CHECKPOINT_CHECKPOINT_STORE_H_
