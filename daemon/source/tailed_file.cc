#include "daemon/source/tailed_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <utility>

namespace tailwatch::daemon {

TailedFile::TailedFile(std::string path, const TailOptions& options, bool open_at_end)
    : path_(std::move(path)), options_(options), open_at_end_(open_at_end) {}

void TailedFile::AdoptCurrent(std::unique_ptr<FileReader> reader) {
  if (current_) draining_.push_back(Draining{std::move(current_), 0});
  current_ = std::move(reader);
  open_at_end_ = false;
}

void TailedFile::AdoptDraining(std::unique_ptr<FileReader> reader, int64_t now_ms) {
  draining_.push_back(Draining{std::move(reader), now_ms});
}

std::unique_ptr<FileReader> TailedFile::TakeDraining(const FileIdentity& identity) {
  for (auto it = draining_.begin(); it != draining_.end(); ++it) {
    if (it->reader->identity().SameInode(identity)) {
      auto reader = std::move(it->reader);
      draining_.erase(it);
      return reader;
    }
  }
  return nullptr;
}

void TailedFile::Refresh(int64_t now_ms, TailCounters& counters, InodeOwners* owners) {
  struct stat st {};
  bool present = false;
  if (::stat(path_.c_str(), &st) == 0) {
    present = S_ISREG(st.st_mode);
  } else if (errno != ENOENT && errno != ENOTDIR) {
    // EACCES, EIO, ...: we cannot tell what the path names now. Keep reading
    // the open file; treating it as gone would re-read it from 0 later.
    ++counters.read_errors;
    return;
  }
  // A parked current file (closed for the fd cap) that the path no longer
  // names was rotated or deleted while parked: it needs its fd back to be
  // drained like any rotated file.
  if (current_ && current_->parked() &&
      !(present && current_->identity().device == static_cast<uint64_t>(st.st_dev) &&
        current_->identity().inode == static_cast<uint64_t>(st.st_ino))) {
    ReopenCurrent(counters);
  }
  if (!present) {
    if (current_) {
      draining_.push_back(Draining{std::move(current_), now_ms});
      open_at_end_ = false;
    }
    return;
  }
  FileIdentity at_path;
  at_path.device = static_cast<uint64_t>(st.st_dev);
  at_path.inode = static_cast<uint64_t>(st.st_ino);
  if (current_ && current_->identity().SameInode(at_path)) {
    // The size for bytes_behind even when this poll's budget runs out first.
    current_->NoteSize(static_cast<uint64_t>(st.st_size));
    // Parked: the stat above is how growth (or truncation) is noticed.
    if (current_->parked() && static_cast<uint64_t>(st.st_size) != current_->read_position()) {
      reopen_wanted_ = true;
    }
    return;
  }

  // The path names a file we are not reading as current. It may be one we are
  // draining (renamed away and back): make it current again, no re-read.
  if (auto back = TakeDraining(at_path)) {
    if (current_) draining_.push_back(Draining{std::move(current_), now_ms});
    current_ = std::move(back);
    return;
  }
  if (owners != nullptr) {
    if (owners->IsCurrentElsewhere(*this, at_path)) {
      // Another path reads this file already; this path reads nothing.
      if (current_) draining_.push_back(Draining{std::move(current_), now_ms});
      open_at_end_ = false;
      return;
    }
    if (auto moved = owners->TakeDrainingElsewhere(*this, at_path)) {
      if (current_) {
        ++counters.rotations;
        draining_.push_back(Draining{std::move(current_), now_ms});
      }
      current_ = std::move(moved);
      open_at_end_ = false;
      return;
    }
  }
  auto opened = FileReader::Open(path_, options_);
  if (!opened) {
    ++counters.read_errors;
    return;
  }
  if (open_at_end_) {
    if (!(*opened)->SeekToEnd()) {
      ++counters.read_errors;
      return;
    }
  }
  open_at_end_ = false;
  if (current_) {
    ++counters.rotations;
    draining_.push_back(Draining{std::move(current_), now_ms});
  }
  current_ = std::move(*opened);
}

TailedFile::ReadOutcome TailedFile::Read(LineSink& sink, size_t byte_budget, int64_t now_ms,
                                         ReadBuffer& buffer, TailCounters& counters) {
  ReadOutcome out;
  // Oldest first: the old file's unread tail precedes the new file's lines.
  while (!draining_.empty()) {
    Draining& d = draining_.front();
    auto r = d.reader->Read(path_, sink, byte_budget - out.bytes, now_ms, buffer, counters);
    out.bytes += r.bytes;
    if (r.bytes > 0) d.last_data_ms = now_ms;
    if (!r.eof) {
      out.more_pending = true;
      return out;
    }
    if (now_ms - d.last_data_ms < options_.rotate_wait_ms) break;  // keep it open a while
    d.reader->FlushPartial(path_, sink, buffer, counters);
    draining_.pop_front();
  }
  // Files still in their rotate_wait window are at EOF: move on to the rest
  // (a reader later in the queue is read only after earlier ones hit EOF).
  for (size_t i = 1; i < draining_.size() && out.bytes < byte_budget; ++i) {
    Draining& d = draining_[i];
    auto r = d.reader->Read(path_, sink, byte_budget - out.bytes, now_ms, buffer, counters);
    out.bytes += r.bytes;
    if (r.bytes > 0) d.last_data_ms = now_ms;
    if (!r.eof) {
      out.more_pending = true;
      return out;
    }
  }
  if (current_ && current_->parked()) {
    if (!reopen_wanted_) return out;  // idle since it was parked
    if (!ReopenCurrent(counters)) {
      // The path's stat showed the parked file's inode, but the file there
      // is another one (deleted while parked, inode reused): read the
      // newcomer from 0 now, as Refresh would have had the inode differed.
      auto opened = FileReader::Open(path_, options_);
      if (!opened) return out;
      current_ = std::move(*opened);
    }
  }
  if (current_ && out.bytes < byte_budget) {
    auto r = current_->Read(path_, sink, byte_budget - out.bytes, now_ms, buffer, counters);
    out.bytes += r.bytes;
    if (!r.eof) out.more_pending = true;
  } else if (current_) {
    out.more_pending = true;
  }
  return out;
}

bool TailedFile::ReopenCurrent(TailCounters& counters) {
  reopen_wanted_ = false;
  auto reopened = current_->Reopen(path_);
  if (reopened && *reopened) {
    ++counters.files_reopened;
    return true;
  }
  // Deleted or moved out of the directory while parked: what it got after it
  // was parked is lost (an open fd would have kept it readable). The cost of
  // the fd cap, documented in docs/ingestion.md.
  if (!reopened) ++counters.read_errors;
  ++counters.files_lost;
  current_.reset();
  open_at_end_ = false;
  return false;
}

bool TailedFile::ParkCurrent() {
  if (!current_ || current_->parked() || current_->partial_bytes() > 0) return false;
  // Unread data left (it grew since its last read): reopen at the next read
  // rather than when it grows again.
  reopen_wanted_ = current_->Park();
  return true;
}

std::vector<const FileReader*> TailedFile::readers() const {
  std::vector<const FileReader*> out;
  for (const auto& d : draining_) out.push_back(d.reader.get());
  if (current_) out.push_back(current_.get());
  return out;
}

uint64_t TailedFile::bytes_behind() const {
  uint64_t behind = current_ ? current_->bytes_behind() : 0;
  for (const Draining& d : draining_) behind += d.reader->bytes_behind();
  return behind;
}

}  // namespace tailwatch::daemon
