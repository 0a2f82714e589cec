#include "daemon/source/file_reader.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "engine/match/log_records.h"

namespace tailwatch::daemon {
namespace {

uint32_t Crc(const char* data, size_t size) {
  uLong crc = crc32(0L, Z_NULL, 0);
  crc = crc32(crc, reinterpret_cast<const Bytef*>(data), static_cast<uInt>(size));
  return static_cast<uint32_t>(crc);
}

// pread until `size` bytes or EOF; returns the count read.
Result<size_t> PreadFull(int fd, char* buf, size_t size, uint64_t offset) {
  size_t got = 0;
  while (got < size) {
    ssize_t n = ::pread(fd, buf + got, size - got, static_cast<off_t>(offset + got));
    if (n < 0) {
      if (errno == EINTR) continue;
      return MakeError(std::string("pread: ") + std::strerror(errno));
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  return got;
}

}  // namespace

Result<std::unique_ptr<FileReader>> FileReader::Open(const std::string& path,
                                                     const TailOptions& options) {
  // O_NONBLOCK: opening a FIFO that matched a glob must not hang the strand.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return MakeError("open " + path + ": " + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return MakeError("fstat " + path + ": " + std::strerror(err));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return MakeError(path + ": not a regular file");
  }
  auto identity = IdentifyFd(fd);
  if (!identity) {
    ::close(fd);
    return MakeError(path + ": " + identity.error().message);
  }
  std::unique_ptr<FileReader> reader(new FileReader(fd, *identity, options));
  reader->size_seen_ = static_cast<uint64_t>(st.st_size);
  return reader;
}

FileReader::FileReader(int fd, FileIdentity identity, const TailOptions& options)
    : fd_(fd), identity_(identity), options_(options) {
  options_.max_line_bytes = std::max<size_t>(options_.max_line_bytes, 1);
  options_.read_chunk_bytes = std::max<size_t>(options_.read_chunk_bytes, 1);
  if (options_.fd_budget != nullptr) ++options_.fd_budget->open;
}

FileReader::~FileReader() { (void)Park(); }

bool FileReader::Park() {
  if (fd_ < 0) return false;
  struct stat st {};
  // Unknown size: say "unread", a needless reopen is cheaper than a stall.
  const bool sized = ::fstat(fd_, &st) == 0;
  if (sized) size_seen_ = static_cast<uint64_t>(st.st_size);
  const bool unread = !sized || size_seen_ != read_pos_;
  ::close(fd_);
  fd_ = -1;
  if (options_.fd_budget != nullptr) --options_.fd_budget->open;
  return unread;
}

namespace {

// The fd of `path` when it is the file `known` (dev, inode and birth time;
// the first bytes too where birth times are unknown), else -1.
int OpenIfSame(const std::string& path, const FileIdentity& known) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return -1;
  auto id = IdentifyFd(fd);
  if (id && id->SameFile(known)) {
    // Birth times tell a reused inode apart; then a changed prefix is a
    // truncation, which Read() detects and restarts from 0. Without them
    // the prefix is all that tells our file from a newcomer on its inode.
    if (id->BirthKnown(known)) return fd;
    auto prefix = PrefixMatches(fd, known);
    if (prefix && *prefix) return fd;
  }
  ::close(fd);
  return -1;
}

}  // namespace

Result<bool> FileReader::Reopen(const std::string& path) {
  if (fd_ >= 0) return true;
  int fd = OpenIfSame(path, identity_);
  if (fd < 0) {
    // Rotated while parked: look for the inode beside the path.
    const size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "."
                            : slash == 0               ? "/"
                                                       : path.substr(0, slash);
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) return MakeError("opendir " + dir + ": " + std::strerror(errno));
    while (struct dirent* entry = ::readdir(d)) {
      if (entry->d_ino != identity_.inode) continue;
      fd = OpenIfSame(dir + "/" + entry->d_name, identity_);
      if (fd >= 0) break;
    }
    ::closedir(d);
  }
  if (fd < 0) return false;
  fd_ = fd;
  if (options_.fd_budget != nullptr) ++options_.fd_budget->open;
  return true;
}

Status FileReader::LoadMarker(uint64_t offset) {
  size_t want = static_cast<size_t>(std::min<uint64_t>(kMarkerMaxBytes, offset));
  auto got = PreadFull(fd_, marker_.data(), want, offset - want);
  if (!got) return tl::unexpected(got.error());
  if (*got != want) return MakeError("file shorter than offset " + std::to_string(offset));
  marker_size_ = want;
  return OkStatus();
}

Status FileReader::SeekToEnd() {
  struct stat st {};
  if (::fstat(fd_, &st) != 0) return MakeError(std::string("fstat: ") + std::strerror(errno));
  auto size = static_cast<uint64_t>(st.st_size);
  if (auto s = LoadMarker(size); !s) return s;
  read_pos_ = size;
  size_seen_ = size;
  partial_.clear();
  skipping_ = false;
  return OkStatus();
}

Result<bool> FileReader::Resume(const ReaderCursor& cursor) {
  if (!identity_.SameFile(cursor.identity)) return false;
  struct stat st {};
  if (::fstat(fd_, &st) != 0) return MakeError(std::string("fstat: ") + std::strerror(errno));
  if (static_cast<uint64_t>(st.st_size) < cursor.offset) return false;
  auto prefix = PrefixMatches(fd_, cursor.identity);
  if (!prefix) return tl::unexpected(prefix.error());
  if (!*prefix) return false;
  if (auto s = LoadMarker(cursor.offset); !s) return tl::unexpected(s.error());
  if (marker_size_ != cursor.marker_bytes ||
      Crc(marker_.data(), marker_size_) != cursor.marker_crc) {
    marker_size_ = 0;
    return false;
  }
  read_pos_ = cursor.offset;
  skipping_ = cursor.skipping;
  partial_.clear();
  return true;
}

Result<bool> FileReader::ContentUnchanged(uint64_t file_size) {
  if (file_size < read_pos_) return false;
  // A short fingerprint is checked (and extended) by ExtendFingerprint; a full
  // one is re-checked here. Both are <= 1 KiB preads, done only when new data
  // arrived, so an idle file costs one fstat per poll.
  if (identity_.fingerprint_bytes < kFingerprintMaxBytes) {
    auto ok = ExtendFingerprint(fd_, file_size, identity_);
    if (!ok || !*ok) return ok;
  } else {
    auto ok = PrefixMatches(fd_, identity_);
    if (!ok || !*ok) return ok;
  }
  return MarkerUnchanged();
}

Result<bool> FileReader::MarkerUnchanged() {
  if (marker_size_ == 0) return true;
  std::array<char, kMarkerMaxBytes> now{};
  uint64_t offset = consumed_offset();
  auto got = PreadFull(fd_, now.data(), marker_size_, offset - marker_size_);
  if (!got) return tl::unexpected(got.error());
  return *got == marker_size_ && std::memcmp(now.data(), marker_.data(), marker_size_) == 0;
}

void FileReader::RestartAfterTruncation(std::string_view path, LineSink& sink, ReadBuffer& buffer,
                                        TailCounters& counters) {
  // The held bytes were really written before the truncation: deliver them
  // rather than lose them.
  FlushPartial(path, sink, buffer, counters);
  read_pos_ = 0;
  skipping_ = false;
  marker_size_ = 0;
  if (auto fresh = IdentifyFd(fd_)) identity_ = *fresh;
  ++counters.truncations;
}

void FileReader::AdvanceMarker(const char* data, size_t size) {
  if (size >= kMarkerMaxBytes) {
    std::memcpy(marker_.data(), data + size - kMarkerMaxBytes, kMarkerMaxBytes);
    marker_size_ = kMarkerMaxBytes;
    return;
  }
  size_t keep = std::min(marker_size_, kMarkerMaxBytes - size);
  std::memmove(marker_.data(), marker_.data() + marker_size_ - keep, keep);
  std::memcpy(marker_.data() + keep, data, size);
  marker_size_ = keep + size;
}

void FileReader::FlushPartial(std::string_view path, LineSink& sink, ReadBuffer& buffer,
                              TailCounters& counters) {
  if (partial_.empty()) return;
  buffer.lines.clear();
  buffer.lines.emplace_back(partial_);
  ++counters.lines_read;
  sink.OnLines(LineBatch{path, buffer.lines, {}});
  AdvanceMarker(partial_.data(), partial_.size());
  partial_.clear();
}

size_t FileReader::PassRecords(std::string_view path, LineSink& sink, const char* data,
                               size_t pending, size_t end, TailCounters& counters) {
  // Records up to the last terminator, whole; the rest waits for more.
  const size_t new_records =
      engine::WholeRecordsLength(std::string_view(data + pending, end - pending));
  const size_t records_end = new_records > 0 ? pending + new_records : 0;
  if (records_end > 0) {
    counters.lines_read += sink.OnRecords(path, std::string_view(data, records_end));
  }
  return records_end;
}

size_t FileReader::CutLines(std::string_view path, LineSink& sink, const char* data, size_t pending,
                            size_t end, ReadBuffer& buffer, TailCounters& counters) {
  const size_t max_line = options_.max_line_bytes;
  buffer.lines.clear();
  bool whole = !skipping_;  // the lines are exactly the records of [0, line_start)
  size_t line_start = 0;
  engine::ForEachTerminator(std::string_view(data + pending, end - pending), [&](size_t at) {
    const size_t term = pending + at;
    if (skipping_) {
      skipping_ = false;  // the tail of an over-long line ends here
    } else if (size_t len = term - line_start; len > 0) {
      if (len > max_line) {
        len = max_line;
        ++counters.lines_truncated;
        whole = false;
      }
      buffer.lines.emplace_back(data + line_start, len);
    }
    line_start = term + 1;
  });
  size_t consumed = line_start;
  const std::string_view records(data, line_start);
  if (skipping_) {
    consumed = end;
  } else if (end - line_start > max_line) {
    // No terminator within max_line bytes: deliver the head now (never a
    // stall) and skip the rest of this line.
    buffer.lines.emplace_back(data + line_start, max_line);
    ++counters.lines_truncated;
    skipping_ = true;
    whole = false;
    consumed = end;
  }
  if (!buffer.lines.empty()) {
    counters.lines_read += buffer.lines.size();
    sink.OnLines(LineBatch{path, buffer.lines, whole ? records : std::string_view()});
  }
  return consumed;
}

FileReader::ReadResult FileReader::Read(std::string_view path, LineSink& sink, size_t byte_budget,
                                        int64_t now_ms, ReadBuffer& buffer,
                                        TailCounters& counters) {
  ReadResult result;
  if (fd_ < 0) {  // parked: the TailedFile reopens it first when it grew
    result.eof = true;
    return result;
  }
  struct stat st {};
  if (::fstat(fd_, &st) != 0) {
    ++counters.read_errors;
    result.eof = true;
    return result;
  }
  auto size = static_cast<uint64_t>(st.st_size);
  size_seen_ = size;
  if (size < read_pos_) {
    RestartAfterTruncation(path, sink, buffer, counters);
  } else {
    // No new data is checked too: a file truncated and rewritten to exactly
    // its old size (within one mtime tick, so timestamps cannot tell) must not
    // hide. It costs one 64-byte pread per idle file per poll.
    auto unchanged = size > read_pos_ ? ContentUnchanged(size) : MarkerUnchanged();
    if (!unchanged) {
      ++counters.read_errors;
      result.eof = true;
      return result;
    }
    if (!*unchanged) RestartAfterTruncation(path, sink, buffer, counters);
  }

  const size_t chunk = options_.read_chunk_bytes;
  const size_t max_line = options_.max_line_bytes;
  if (buffer.bytes.size() < chunk + max_line) buffer.bytes.resize(chunk + max_line);
  char* data = buffer.bytes.data();
  // The held partial line goes first so a line that spans reads is contiguous.
  size_t pending = partial_.size();
  std::memcpy(data, partial_.data(), pending);
  bool partial_grew = false;

  const bool whole_buffers = sink.TakesWholeBuffers();
  while (result.bytes < byte_budget) {
    size_t want = std::min(chunk, byte_budget - result.bytes);
    // A sink that takes whole buffers gets them uncut when the buffer cannot
    // hold an over-long line: at most max_line bytes in all.
    const bool uncut = whole_buffers && !skipping_ && pending < max_line;
    if (uncut) want = std::min(want, max_line - pending);
    ssize_t n = ::pread(fd_, data + pending, want, static_cast<off_t>(read_pos_));
    if (n < 0) {
      if (errno == EINTR) continue;
      ++counters.read_errors;
      result.eof = true;
      break;
    }
    if (n == 0) {
      result.eof = true;
      break;
    }
    auto got = static_cast<size_t>(n);
    read_pos_ += got;
    result.bytes += got;
    counters.bytes_read += got;
    const size_t end = pending + got;

    // Bytes before `pending` hold no terminator.
    const size_t consumed = uncut ? PassRecords(path, sink, data, pending, end, counters)
                                  : CutLines(path, sink, data, pending, end, buffer, counters);
    AdvanceMarker(data, consumed);
    pending = end - consumed;
    if (pending > 0) {
      std::memmove(data, data + consumed, pending);
      partial_grew = true;
    }
    if (got < want) {
      result.eof = true;
      break;
    }
  }
  partial_.assign(data, pending);
  if (partial_grew) partial_since_ms_ = now_ms;
  if (result.eof && !partial_.empty() &&
      now_ms - partial_since_ms_ >= options_.partial_line_timeout_ms) {
    FlushPartial(path, sink, buffer, counters);
  }
  if (result.bytes > 0) last_data_ms_ = now_ms;
  at_eof_ = result.eof;
  return result;
}

ReaderCursor FileReader::cursor() const {
  ReaderCursor c;
  c.identity = identity_;
  c.offset = consumed_offset();
  c.skipping = skipping_;
  c.marker_crc = Crc(marker_.data(), marker_size_);
  c.marker_bytes = static_cast<uint32_t>(marker_size_);
  return c;
}

}  // namespace tailwatch::daemon
