#include "daemon/sink/s3_sink.h"

#include <dirent.h>
#include <fcntl.h>
#include <glob.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <set>

#include "daemon/common/log.h"
#include "daemon/ingest/push_journal.h"
#include "daemon/sink/gzip_encode.h"
#include "daemon/sink/object_key.h"

namespace tailwatch::sink {
namespace {

constexpr size_t kChunkBytes = 1 << 20;

int64_t SystemNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

using Identity = std::pair<uint64_t, uint64_t>;  // device, inode

// Reads [first, last) of `fd` into `*out`; false on a short read.
bool ReadRange(int fd, uint64_t first, uint64_t last, std::string* out) {
  out->resize(last - first);
  size_t done = 0;
  while (done < out->size()) {
    const ssize_t n =
        ::pread(fd, out->data() + done, out->size() - done, static_cast<off_t>(first + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// Opens the file with `id`: at `path`, or renamed within its directory
// (logrotate's app.log -> app.log.1). -1 when it is gone.
int OpenByIdentity(const std::string& path, Identity id) {
  struct stat st {};
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0 && ::fstat(fd, &st) == 0 && st.st_dev == id.first && st.st_ino == id.second) {
    return fd;
  }
  if (fd >= 0) ::close(fd);
  const std::string dir = std::filesystem::path(path).parent_path().string();
  DIR* d = ::opendir(dir.empty() ? "." : dir.c_str());
  if (d == nullptr) return -1;
  int found = -1;
  while (dirent* entry = ::readdir(d)) {
    if (entry->d_ino != id.second) continue;
    const std::string candidate = (dir.empty() ? "." : dir) + "/" + entry->d_name;
    fd = ::open(candidate.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0 && ::fstat(fd, &st) == 0 && st.st_dev == id.first && st.st_ino == id.second) {
      found = fd;
      break;
    }
    if (fd >= 0) ::close(fd);
  }
  ::closedir(d);
  return found;
}

}  // namespace

// A tailed file this run has open: how far the current (unrecorded) batch
// reaches. Bytes before the cursor's cut_through are in recorded batches.
struct S3Sink::OpenFile {
  int fd = -1;
  uint64_t scanned = 0;   // bytes examined so far
  uint64_t open_end = 0;  // just after the last '\n' examined
  int64_t opened_ms = 0;  // when the open batch got its first byte (0: empty)
  ~OpenFile() {
    if (fd >= 0) ::close(fd);
  }
};

// The open batch of one pushed stream: a sequence range of its records.
struct S3Sink::OpenStream {
  uint64_t first = 0;  // 0: empty
  uint64_t last = 0;
  uint64_t bytes = 0;
  int64_t opened_ms = 0;
};

Result<std::unique_ptr<S3Sink>> S3Sink::Open(S3SinkOptions options) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(options.state_path).parent_path(), ec);
  if (ec) return MakeError("sink '" + options.config.name + "': " + ec.message());
  auto state = ReadSinkState(options.state_path);
  if (!state) return MakeError("sink '" + options.config.name + "': " + state.error().message);
  std::unique_ptr<S3Sink> sink(new S3Sink(std::move(options)));
  if (state->has_value()) sink->state_ = std::move(**state);
  sink->pending_ = sink->state_.pending.size();
  sink->journal_read_ = sink->state_.journal_resume;
  sink->UpdateHold();
  return sink;
}

S3Sink::S3Sink(S3SinkOptions options)
    : options_(std::move(options)),
      client_(S3ClientOptions{options_.config.endpoint, options_.config.region,
                              options_.credentials, options_.config.ca_file,
                              options_.config.timeout_ms, 1 << 20, options_.wall_clock_ms}) {
  if (!options_.wall_clock_ms) options_.wall_clock_ms = SystemNowMs;
}

S3Sink::~S3Sink() { Stop(); }

void S3Sink::Start() {
  thread_ = std::thread([this] {
    for (;;) {
      RunRound(false);
      std::unique_lock lock(run_mu_);
      wake_.wait_for(lock, std::chrono::milliseconds(options_.poll_interval_ms),
                     [this] { return stop_; });
      if (stop_) return;
    }
  });
}

void S3Sink::Stop() {
  {
    std::lock_guard lock(run_mu_);
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

SinkCounters S3Sink::counters() const {
  return SinkCounters{objects_.load(), bytes_.load(),   raw_bytes_.load(),     failures_.load(),
                      lost_.load(),    pending_.load(), state_failures_.load()};
}

SinkState S3Sink::state() const {
  std::lock_guard lock(state_mu_);
  return state_;
}

void S3Sink::RunRound(bool cut_all) {
  const int64_t now = options_.wall_clock_ms();
  size_t budget = options_.read_budget_bytes;
  const size_t pending_before = state_.pending.size();
  {
    std::lock_guard lock(state_mu_);
    ScanFiles(cut_all, now, budget);
    ReadJournal(cut_all, now, budget);
  }
  // Exactly once: a cut is uploaded only after it is durable.
  const bool cut = state_.pending.size() != pending_before;
  if ((cut || dirty_) && !Persist()) return;
  UploadPending(now);
}

bool S3Sink::Persist() {
  SinkState copy;
  {
    std::lock_guard lock(state_mu_);
    copy = state_;
  }
  if (Status s = WriteSinkState(options_.state_path, copy); !s) {
    ++state_failures_;
    dirty_ = true;
    TW_LOG_ERROR("sink %s: state not saved, uploads wait: %s", name().c_str(),
                 s.error().message.c_str());
    return false;
  }
  dirty_ = false;
  pending_ = copy.pending.size();
  UpdateHold();
  return true;
}

void S3Sink::UpdateHold() {
  uint64_t hold = state_.journal_resume;
  for (const PendingBatch& p : state_.pending) {
    if (p.kind == SourceKind::kJournal) hold = std::min(hold, p.first > 0 ? p.first - 1 : 0);
  }
  journal_hold_ = hold;
}

void S3Sink::ScanFiles(bool cut_all, int64_t now, size_t& budget) {
  const uint64_t max_batch = options_.config.max_batch_bytes;
  const int64_t max_age_ms = int64_t{options_.config.max_batch_seconds} * 1000;
  std::set<Identity> seen;

  auto cut = [&](FileCursor& c, OpenFile& f, uint64_t end) {
    PendingBatch p;
    p.kind = SourceKind::kFile;
    p.log_group = c.log_group;
    p.log_stream = c.path;
    p.source_id = FileSourceId(c.dev, c.inode, c.generation);
    p.first = c.cut_through;
    p.last = end;
    p.hour_ms = f.opened_ms > 0 ? f.opened_ms : now;
    p.dev = c.dev;
    p.inode = c.inode;
    state_.pending.push_back(std::move(p));
    c.cut_through = end;
    f.opened_ms = f.scanned > end ? now : 0;
  };

  // Extends the open batch of `c` over the file's new bytes, cutting full
  // batches; `final` (the file left the globs) also takes an unterminated tail.
  auto extend = [&](FileCursor& c, OpenFile& f, uint64_t size, bool final) {
    while (f.scanned < size && budget > 0) {
      const uint64_t limit = c.cut_through + max_batch;
      const uint64_t chunk_end = std::min({size, f.scanned + kChunkBytes, limit});
      if (!ReadRange(f.fd, f.scanned, chunk_end, &buffer_)) break;
      budget -= std::min<size_t>(budget, buffer_.size());
      if (f.opened_ms == 0) f.opened_ms = now;
      if (const void* nl = ::memrchr(buffer_.data(), '\n', buffer_.size())) {
        f.open_end = f.scanned + (static_cast<const char*>(nl) - buffer_.data()) + 1;
      }
      f.scanned = chunk_end;
      if (f.scanned >= limit) {
        // A line longer than a whole batch is split at the batch's end.
        const uint64_t end = f.open_end > c.cut_through ? f.open_end : f.scanned;
        cut(c, f, end);
        f.open_end = end;
        f.scanned = end;
      }
    }
    if (final && f.scanned >= size) f.open_end = f.scanned;
    const bool old = f.opened_ms > 0 && now - f.opened_ms >= max_age_ms;
    if ((cut_all || final || old) && f.open_end > c.cut_through) cut(c, f, f.open_end);
  };

  for (const SinkGroup& group : options_.groups) {
    for (const std::string& pattern : group.globs) {
      glob_t matches{};
      if (::glob(pattern.c_str(), 0, nullptr, &matches) != 0) {
        ::globfree(&matches);
        continue;
      }
      for (size_t i = 0; i < matches.gl_pathc; ++i) {
        const std::string path = matches.gl_pathv[i];
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
        const Identity id{st.st_dev, st.st_ino};
        if (!seen.insert(id).second) continue;
        auto it = std::find_if(state_.files.begin(), state_.files.end(), [&](const FileCursor& c) {
          return c.dev == id.first && c.inode == id.second;
        });
        if (it == state_.files.end()) {
          FileCursor c;
          c.log_group = group.name;
          c.path = path;
          c.dev = id.first;
          c.inode = id.second;
          // start_at applies to the files of the first scan; a file that
          // appears later is read from its beginning.
          c.cut_through = (!state_.files_seen && !group.start_at_beginning)
                              ? static_cast<uint64_t>(st.st_size)
                              : 0;
          state_.files.push_back(std::move(c));
          it = state_.files.end() - 1;
          dirty_ = true;
        }
        FileCursor& c = *it;
        auto& f = open_files_[id];
        if (!f) {
          f = std::make_unique<OpenFile>();
          f->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
          f->scanned = f->open_end = c.cut_through;
        }
        if (f->fd < 0) continue;
        struct stat now_st {};
        if (::fstat(f->fd, &now_st) != 0) continue;
        const uint64_t size = static_cast<uint64_t>(now_st.st_size);
        if (size < c.cut_through) {
          // Truncated in place: a new generation, so its keys differ from
          // the ones the old content was shipped under.
          ++c.generation;
          c.cut_through = 0;
          f->scanned = f->open_end = 0;
          f->opened_ms = 0;
          dirty_ = true;
        }
        extend(c, *f, size, /*final=*/false);
      }
      ::globfree(&matches);
    }
  }
  if (!state_.files_seen) {
    state_.files_seen = true;
    dirty_ = true;
  }
  // Files that left the globs (rotated away, deleted): drain what the open
  // descriptor still reads, then forget them.
  for (auto it = state_.files.begin(); it != state_.files.end();) {
    const Identity id{it->dev, it->inode};
    if (seen.count(id) > 0) {
      ++it;
      continue;
    }
    auto f = open_files_.find(id);
    if (f == open_files_.end()) {
      // Not open in this run (a restart): find it by identity, renamed in
      // its directory, to ship the rest of it.
      auto opened = std::make_unique<OpenFile>();
      opened->fd = OpenByIdentity(it->path, id);
      opened->scanned = opened->open_end = it->cut_through;
      f = open_files_.emplace(id, std::move(opened)).first;
    }
    if (f->second->fd >= 0) {
      struct stat st {};
      if (::fstat(f->second->fd, &st) == 0) {
        extend(*it, *f->second, static_cast<uint64_t>(st.st_size), /*final=*/true);
        if (f->second->scanned < static_cast<uint64_t>(st.st_size)) {
          ++it;  // out of budget: the rest next round
          continue;
        }
      }
    }
    open_files_.erase(id);
    it = state_.files.erase(it);
    dirty_ = true;
  }
}

void S3Sink::ReadJournal(bool cut_all, int64_t now, size_t& budget) {
  if (options_.journal == nullptr) return;
  const uint64_t max_batch = options_.config.max_batch_bytes;
  const int64_t max_age_ms = int64_t{options_.config.max_batch_seconds} * 1000;
  auto cursor_for = [&](const std::string& group, const std::string& stream) -> StreamCursor& {
    for (StreamCursor& c : state_.streams) {
      if (c.log_group == group && c.log_stream == stream) return c;
    }
    state_.streams.push_back(StreamCursor{group, stream, 0});
    return state_.streams.back();
  };
  auto cut = [&](const std::pair<std::string, std::string>& key, OpenStream& s) {
    PendingBatch p;
    p.kind = SourceKind::kJournal;
    p.log_group = key.first;
    p.log_stream = key.second;
    p.source_id = std::string(kJournalSourceId);
    p.first = s.first;
    p.last = s.last;
    p.hour_ms = s.opened_ms;
    state_.pending.push_back(std::move(p));
    cursor_for(key.first, key.second).cut_through = s.last;
    s = OpenStream{};
  };
  // Read walks whole segments: skip it when nothing new was journaled.
  const bool news = options_.journal->last_sequence() > journal_read_;
  Status read = !news ? OkStatus()
                      : options_.journal->Read(journal_read_, [&](const daemon::JournalRecord& r) {
                          if (budget == 0) return false;
                          journal_read_ = r.sequence;
                          const std::string& group = r.batch.log_group;
                          if (std::none_of(options_.groups.begin(), options_.groups.end(),
                                           [&](const SinkGroup& g) { return g.name == group; })) {
                            return true;
                          }
                          if (r.sequence <= cursor_for(group, r.batch.log_stream).cut_through)
                            return true;
                          const auto key = std::make_pair(group, r.batch.log_stream);
                          OpenStream& s = open_streams_[key];
                          uint64_t bytes = 0;
                          for (const daemon::IngestEvent& e : r.batch.events)
                            bytes += e.message.size() + 1;
                          if (s.first == 0) {
                            s.first = r.sequence;
                            s.opened_ms = now;
                          }
                          s.last = r.sequence;
                          s.bytes += bytes;
                          budget -= std::min<size_t>(budget, bytes);
                          if (s.bytes >= max_batch) cut(key, s);
                          return true;
                        });
  if (!read) {
    TW_LOG_WARNING("sink %s: push journal: %s", name().c_str(), read.error().message.c_str());
  }
  uint64_t resume = journal_read_;
  for (auto& [key, s] : open_streams_) {
    if (s.first == 0) continue;
    if (cut_all || now - s.opened_ms >= max_age_ms) {
      cut(key, s);
      continue;
    }
    resume = std::min(resume, s.first - 1);
  }
  if (resume != state_.journal_resume) {
    state_.journal_resume = resume;
    dirty_ = true;
  }
}

bool S3Sink::Rebuild(const PendingBatch& batch, std::string* data, std::string* why) {
  if (batch.kind == SourceKind::kJournal) {
    data->clear();
    if (options_.journal == nullptr) {
      *why = "no push journal";
      return false;
    }
    bool reached_first = false;
    Status read = options_.journal->Read(batch.first - 1, [&](const daemon::JournalRecord& r) {
      if (r.sequence > batch.last) return false;
      if (r.sequence == batch.first) reached_first = true;
      if (r.batch.log_group != batch.log_group || r.batch.log_stream != batch.log_stream) {
        return true;
      }
      for (const daemon::IngestEvent& e : r.batch.events) {
        data->append(e.message);
        data->push_back('\n');
      }
      return true;
    });
    if (!read) {
      *why = read.error().message;
      return false;
    }
    if (!reached_first) {
      *why = "journal record " + std::to_string(batch.first) + " is gone";
      return false;
    }
    return true;
  }
  const Identity id{batch.dev, batch.inode};
  int fd = -1;
  bool owned = false;
  if (auto f = open_files_.find(id); f != open_files_.end() && f->second->fd >= 0) {
    fd = f->second->fd;
  } else {
    fd = OpenByIdentity(batch.log_stream, id);
    owned = true;
  }
  if (fd < 0) {
    *why = batch.log_stream + " (inode " + std::to_string(batch.inode) + ") is gone";
    return false;
  }
  const bool ok = ReadRange(fd, batch.first, batch.last, data);
  if (owned) ::close(fd);
  if (!ok) *why = batch.log_stream + " is shorter than the batch (truncated?)";
  return ok;
}

void S3Sink::UploadPending(int64_t now) {
  if (now < next_attempt_ms_) return;
  for (;;) {
    PendingBatch batch;
    {
      std::lock_guard lock(state_mu_);
      if (state_.pending.empty()) return;
      batch = state_.pending.front();
    }
    {
      std::lock_guard lock(run_mu_);
      if (stop_) return;
    }
    std::string why;
    if (!Rebuild(batch, &buffer_, &why)) {
      ++lost_;
      TW_LOG_ERROR(
          "sink %s: batch %s %llu-%llu of %s cannot be rebuilt, skipped: %s", name().c_str(),
          batch.source_id.c_str(), static_cast<unsigned long long>(batch.first),
          static_cast<unsigned long long>(batch.last), batch.log_stream.c_str(), why.c_str());
    } else {
      if (Status s = GzipCompress(buffer_, options_.config.compression_level, &compressed_); !s) {
        TW_LOG_ERROR("sink %s: %s", name().c_str(), s.error().message.c_str());
        return;
      }
      const std::string key =
          MakeObjectKey(ObjectKeyParts{options_.config.prefix, batch.log_group, batch.log_stream,
                                       batch.hour_ms, batch.source_id, batch.first, batch.last});
      bool retryable = true;
      const Status put =
          compressed_.size() > options_.config.multipart_threshold_bytes
              ? client_.PutObjectMultipart(options_.config.bucket, key, compressed_,
                                           options_.config.multipart_part_bytes, &retryable)
              : client_.PutObject(options_.config.bucket, key, compressed_, &retryable);
      if (!put) {
        ++failures_;
        backoff_ms_ = backoff_ms_ == 0 ? options_.config.initial_backoff_ms
                                       : std::min(backoff_ms_ * 2, options_.config.max_backoff_ms);
        next_attempt_ms_ = options_.wall_clock_ms() + backoff_ms_;
        TW_LOG_WARNING("sink %s: upload of %s failed (%s), retrying in %d ms", name().c_str(),
                       key.c_str(), put.error().message.c_str(), backoff_ms_);
        return;
      }
      backoff_ms_ = 0;
      ++objects_;
      bytes_ += compressed_.size();
      raw_bytes_ += buffer_.size();
    }
    {
      std::lock_guard lock(state_mu_);
      state_.pending.pop_front();
    }
    if (!Persist()) return;
  }
}

}  // namespace tailwatch::sink
