// FileReader: one open file descriptor of a tailed file and its read state.
//
// It owns the fd, the read position, the held partial last line and the
// "skip the rest of an over-long line" state. Read() reads bounded chunks with
// pread into a caller-provided ReadBuffer (shared by all files of a TailSet),
// splits them into lines ('\n', "\r\n" and a lone '\r' all end a record; empty
// records are dropped, as CloudWatch has no empty events) and hands each
// chunk's lines to the sink in one batch before advancing.
//
// Offsets: consumed_offset() is the end of the last line delivered or skipped;
// a held partial line is not consumed, so a checkpoint of cursor() re-reads it
// after a restart: never lost, never doubled.
//
// Truncation: before reading, the file is checked: smaller than the read
// position, or its first bytes (the identity fingerprint, checked when it has
// grown) or the bytes just before the consumed offset (the marker, as
// fluent-bit's offset marker; checked on every read) differ => the content was
// replaced (truncate, copytruncate): the held partial line is delivered and
// reading restarts at 0. A truncation racing with a read in
// the same instant cannot be seen (inherent to tailing by path).
//
// Not thread-safe: one strand. The path is only a label here; following the
// path (rotation, deletion) is TailedFile's job.
#ifndef TAILWATCH_DAEMON_SOURCE_FILE_READER_H_
#define TAILWATCH_DAEMON_SOURCE_FILE_READER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/source/file_identity.h"
#include "daemon/source/line_sink.h"
#include "daemon/source/tail_types.h"
#include "engine/common/status.h"

namespace tailwatch::daemon {

// Scratch memory reused across reads of every file of a TailSet, so the hot
// path allocates nothing once warm.
struct ReadBuffer {
  std::vector<char> bytes;
  std::vector<std::string_view> lines;
};

class FileReader {
 public:
  // Opens `path` (following symlinks) for reading at offset 0. Fails on
  // open/fstat errors and when the path is not a regular file.
  [[nodiscard]] static Result<std::unique_ptr<FileReader>> Open(const std::string& path,
                                                                const TailOptions& options);
  ~FileReader();
  FileReader(const FileReader&) = delete;
  FileReader& operator=(const FileReader&) = delete;

  // Moves the position to the current end of the file (start_at: end).
  [[nodiscard]] Status SeekToEnd();

  // Resumes at a checkpointed cursor. Returns false (position unchanged, 0)
  // when this file is not the checkpointed content: another file (dev, inode,
  // birth time), shorter than the offset, different first bytes or marker.
  [[nodiscard]] Result<bool> Resume(const ReaderCursor& cursor);

  struct ReadResult {
    size_t bytes = 0;  // bytes read from the file
    bool eof = false;  // reached the end of the file as it is now
  };
  // Checks for truncation, then reads up to `byte_budget` bytes (at least one
  // chunk's worth is attempted when byte_budget > 0) and delivers complete
  // lines to `sink` under the label `path`. Flushes a partial line held for
  // partial_line_timeout_ms. I/O errors are counted and end the read (eof).
  ReadResult Read(std::string_view path, LineSink& sink, size_t byte_budget, int64_t now_ms,
                  ReadBuffer& buffer, TailCounters& counters);

  // Delivers a held partial line now (file closed after draining).
  // The two ways one read's bytes [0, end) reach the sink (bytes before
  // `pending` hold no terminator); each returns how many bytes it consumed.
  // PassRecords: up to the last terminator, uncut (sink.OnRecords); the caller
  // guarantees no over-long line fits. CutLines: lines cut and truncated to
  // max_line_bytes (sink.OnLines).
  size_t PassRecords(std::string_view path, LineSink& sink, const char* data, size_t pending,
                     size_t end, TailCounters& counters);
  size_t CutLines(std::string_view path, LineSink& sink, const char* data, size_t pending,
                  size_t end, ReadBuffer& buffer, TailCounters& counters);
  void FlushPartial(std::string_view path, LineSink& sink, ReadBuffer& buffer,
                    TailCounters& counters);

  // fd budget (TailSetOptions::max_open_files): Park() closes the fd of an
  // idle file and keeps everything else (identity, offset, marker, held
  // partial line); Reopen() opens it again by identity: `path` when it still
  // names this file (same dev/inode/birth time, same first bytes), else a file
  // in path's directory with this inode (rotated while parked). false: the
  // file is gone (deleted or moved out of the directory while parked).
  // Returns whether the file holds bytes not read yet (checked with fstat
  // before closing), so the caller knows to reopen it without waiting for
  // more growth.
  bool Park();
  [[nodiscard]] Result<bool> Reopen(const std::string& path);
  bool parked() const { return fd_ < 0; }
  // When Read() last got bytes (0: never), and whether it ended at EOF: the
  // TailSet parks the least recently changed idle files first.
  int64_t last_data_ms() const { return last_data_ms_; }
  bool at_eof() const { return at_eof_; }
  uint64_t read_position() const { return read_pos_; }
  // The file's size at the last fstat (each Read, open, park) or stat of its
  // path (NoteSize, each poll), less what was read: 0 when caught up.
  uint64_t bytes_behind() const { return size_seen_ > read_pos_ ? size_seen_ - read_pos_ : 0; }
  void NoteSize(uint64_t size) { size_seen_ = size; }

  ReaderCursor cursor() const;
  const FileIdentity& identity() const { return identity_; }
  uint64_t consumed_offset() const { return read_pos_ - partial_.size(); }
  size_t partial_bytes() const { return partial_.size(); }
  int fd() const { return fd_; }

 private:
  static constexpr size_t kMarkerMaxBytes = 64;

  FileReader(int fd, FileIdentity identity, const TailOptions& options);

  // Whether the content at the consumed offset is still what we read.
  Result<bool> ContentUnchanged(uint64_t file_size);
  // Whether the bytes just before consumed_offset() are still the ones read.
  Result<bool> MarkerUnchanged();
  void RestartAfterTruncation(std::string_view path, LineSink& sink, ReadBuffer& buffer,
                              TailCounters& counters);
  // Appends consumed bytes to the marker (keeps the last kMarkerMaxBytes).
  void AdvanceMarker(const char* data, size_t size);
  // Loads the marker for `offset` from the file.
  Status LoadMarker(uint64_t offset);

  int fd_;
  FileIdentity identity_;
  TailOptions options_;
  uint64_t read_pos_ = 0;  // next byte to read
  std::string partial_;    // read but not yet ended line (<= max_line_bytes)
  int64_t partial_since_ms_ = 0;
  bool skipping_ = false;
  std::array<char, kMarkerMaxBytes> marker_{};  // bytes just before consumed_offset()
  size_t marker_size_ = 0;
  int64_t last_data_ms_ = 0;
  uint64_t size_seen_ = 0;  // see bytes_behind()
  bool at_eof_ = false;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_FILE_READER_H_
