// What an S3 sink has cut and not yet uploaded, and how far it has read:
// the state that makes shipping exactly once (docs/s3.md).
//
// A batch is cut by recording its bounds here, durably (WriteSinkState:
// write a temporary file, fsync it, rename it over the old one, fsync the
// directory), BEFORE its upload starts. After kill -9 the state read back
// names the same batches with the same bounds; each is rebuilt from its
// source (the byte range of the file, or the push-journal records of its
// stream) and uploaded again under the same key, which overwrites an object
// that may already be there with the same bytes. A line is in exactly one
// batch, because cursors only move past what a recorded batch holds.
#ifndef TAILWATCH_DAEMON_SINK_SINK_STATE_H_
#define TAILWATCH_DAEMON_SINK_SINK_STATE_H_

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::sink {

enum class SourceKind { kFile, kJournal };

struct PendingBatch {
  SourceKind kind = SourceKind::kFile;
  std::string log_group;
  std::string log_stream;  // the file's path, or the pushed events' stream
  std::string source_id;   // object_key.h
  uint64_t first = 0;      // file: [first, last) bytes; journal: [first, last] sequences
  uint64_t last = 0;
  int64_t hour_ms = 0;  // when the batch was opened (its key's hour)
  uint64_t dev = 0;     // file: the identity whose bytes these are
  uint64_t inode = 0;

  friend bool operator==(const PendingBatch&, const PendingBatch&) = default;
};

// One tailed file (an identity: device and inode), under the path it was
// first seen at.
struct FileCursor {
  std::string log_group;
  std::string path;
  uint64_t dev = 0;
  uint64_t inode = 0;
  uint64_t generation = 0;   // +1 each time the file was found truncated
  uint64_t cut_through = 0;  // every byte before it is in a recorded batch

  friend bool operator==(const FileCursor&, const FileCursor&) = default;
};

// One stream of pushed events.
struct StreamCursor {
  std::string log_group;
  std::string log_stream;
  uint64_t cut_through = 0;  // its records up to this sequence are in recorded batches

  friend bool operator==(const StreamCursor&, const StreamCursor&) = default;
};

struct SinkState {
  std::vector<FileCursor> files;
  std::vector<StreamCursor> streams;
  // Every journal record up to this sequence is in a recorded batch, or is
  // not shipped by this sink: reading resumes after it.
  uint64_t journal_resume = 0;
  bool files_seen = false;           // the first scan happened (start_at applies to it only)
  std::deque<PendingBatch> pending;  // cut, not yet uploaded, in cut order

  friend bool operator==(const SinkState&, const SinkState&) = default;
};

std::string EncodeSinkState(const SinkState& state);
Result<SinkState> DecodeSinkState(std::string_view text);

// Durable replace of `path` (see above).
Status WriteSinkState(const std::string& path, const SinkState& state);
// nullopt when `path` does not exist.
Result<std::optional<SinkState>> ReadSinkState(const std::string& path);

}  // namespace tailwatch::sink

#endif  // TAILWATCH_DAEMON_SINK_SINK_STATE_H_
