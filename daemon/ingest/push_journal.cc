#include "daemon/ingest/push_journal.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <utility>

#include "daemon/common/posix_file.h"

namespace tailwatch::daemon {
namespace {

constexpr char kMagic[4] = {'T', 'W', 'J', '1'};
constexpr size_t kHeaderBytes = 12;
// A body longer than this is garbage, not a record: a batch is bounded by the
// server's body limit (8 MiB decoded by default) far below it.
constexpr uint32_t kMaxBodyBytes = 256u << 20;
constexpr std::string_view kSuffix = ".twj";

uint32_t Crc(std::string_view data) {
  uLong crc = crc32(0L, Z_NULL, 0);
  crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
  return static_cast<uint32_t>(crc);
}

template <class T>
void PutLe(std::string& out, T value) {
  auto u = static_cast<std::make_unsigned_t<T>>(value);
  for (size_t i = 0; i < sizeof(T); ++i) out.push_back(static_cast<char>((u >> (8 * i)) & 0xff));
}

void PutString(std::string& out, std::string_view s) {
  PutLe<uint32_t>(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

template <class T>
bool GetLe(std::string_view& in, T& value) {
  if (in.size() < sizeof(T)) return false;
  std::make_unsigned_t<T> u = 0;
  for (size_t i = 0; i < sizeof(T); ++i) {
    u |= static_cast<std::make_unsigned_t<T>>(static_cast<unsigned char>(in[i])) << (8 * i);
  }
  value = static_cast<T>(u);
  in.remove_prefix(sizeof(T));
  return true;
}

bool GetString(std::string_view& in, std::string& out) {
  uint32_t n = 0;
  if (!GetLe(in, n) || in.size() < n) return false;
  out.assign(in.data(), n);
  in.remove_prefix(n);
  return true;
}

std::string Errno(std::string_view what, const std::string& path) {
  return std::string(what) + " " + path + ": " + std::strerror(errno);
}

Result<std::string> ReadWhole(const std::string& path) {
  auto data = ReadFileIfExists(path);
  if (!data) return tl::unexpected(data.error());
  if (!*data) return MakeError("open " + path + ": " + std::strerror(ENOENT));
  return std::move(**data);
}

// Walks the records of one segment's bytes; returns the length of the valid
// prefix. `fn` returns false to stop early.
size_t WalkRecords(std::string_view data, const std::function<bool(std::string_view)>& fn) {
  size_t pos = 0;
  while (data.size() - pos >= kHeaderBytes) {
    std::string_view header = data.substr(pos, kHeaderBytes);
    if (std::memcmp(header.data(), kMagic, 4) != 0) break;
    header.remove_prefix(4);
    uint32_t len = 0, crc = 0;
    GetLe(header, len);
    GetLe(header, crc);
    if (len > kMaxBodyBytes || data.size() - pos - kHeaderBytes < len) break;
    std::string_view body = data.substr(pos + kHeaderBytes, len);
    if (Crc(body) != crc) break;
    pos += kHeaderBytes + len;
    if (!fn(body)) break;
  }
  return pos;
}

std::string SegmentName(uint64_t first_sequence) {
  std::string digits = std::to_string(first_sequence);
  return std::string(20 - std::min<size_t>(20, digits.size()), '0') + digits + std::string(kSuffix);
}

}  // namespace

std::string_view ToString(JournalFsync fsync) {
  switch (fsync) {
    case JournalFsync::kAlways:
      return "always";
    case JournalFsync::kInterval:
      return "interval";
    case JournalFsync::kNever:
      return "never";
  }
  return "always";
}

bool ParseJournalFsync(std::string_view text, JournalFsync* out) {
  for (JournalFsync f : {JournalFsync::kAlways, JournalFsync::kInterval, JournalFsync::kNever}) {
    if (text == ToString(f)) {
      *out = f;
      return true;
    }
  }
  return false;
}

std::string PushJournal::EncodeCovered(uint64_t covered) {
  return "tailwatch-journal 1\ncovered " + std::to_string(covered) + "\n";
}

Result<uint64_t> PushJournal::DecodeCovered(std::string_view section) {
  constexpr std::string_view kPrefix = "tailwatch-journal 1\ncovered ";
  if (!section.starts_with(kPrefix) || !section.ends_with("\n")) {
    return MakeError("journal section: expected 'tailwatch-journal 1' and a covered sequence");
  }
  std::string_view digits = section.substr(kPrefix.size(), section.size() - kPrefix.size() - 1);
  uint64_t value = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || digits.empty()) {
    return MakeError("journal section: bad covered sequence");
  }
  return value;
}

void PushJournal::EncodeRecord(uint64_t sequence, int64_t append_ms, const IngestBatch& batch,
                               std::string& out) {
  const size_t start = out.size();
  out.append(kHeaderBytes, '\0');
  PutLe<uint64_t>(out, sequence);
  PutLe<int64_t>(out, append_ms);
  PutString(out, batch.log_group);
  PutString(out, batch.log_stream);
  PutLe<uint32_t>(out, static_cast<uint32_t>(batch.events.size()));
  for (const IngestEvent& e : batch.events) {
    PutLe<int64_t>(out, e.timestamp_ms);
    PutString(out, e.message);
  }
  std::string_view body(out.data() + start + kHeaderBytes, out.size() - start - kHeaderBytes);
  std::string header(kMagic, 4);
  PutLe<uint32_t>(header, static_cast<uint32_t>(body.size()));
  PutLe<uint32_t>(header, Crc(body));
  std::memcpy(out.data() + start, header.data(), kHeaderBytes);
}

bool PushJournal::DecodeBody(std::string_view body, JournalRecord& record) {
  uint32_t count = 0;
  if (!GetLe(body, record.sequence) || !GetLe(body, record.append_ms) ||
      !GetString(body, record.batch.log_group) || !GetString(body, record.batch.log_stream) ||
      !GetLe(body, count)) {
    return false;
  }
  // Each event takes at least 12 bytes: a count beyond that is corrupt and
  // must not reserve gigabytes.
  if (count > body.size() / 12) return false;
  record.batch.events.resize(count);
  record.batch.bytes = 0;
  for (IngestEvent& e : record.batch.events) {
    if (!GetLe(body, e.timestamp_ms) || !GetString(body, e.message)) return false;
    record.batch.bytes += e.message.size();
  }
  return body.empty();
}

PushJournal::PushJournal(PushJournalOptions options) : options_(std::move(options)) {}

int64_t PushJournal::Now() const {
  if (options_.now_ms) return options_.now_ms();
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Result<std::unique_ptr<PushJournal>> PushJournal::Open(PushJournalOptions options) {
  if (options.dir.empty()) return MakeError("journal: no directory");
  if (::mkdir(options.dir.c_str(), 0700) != 0 && errno != EEXIST) {
    return MakeError("journal: " + Errno("mkdir", options.dir));
  }
  std::unique_ptr<PushJournal> journal(new PushJournal(std::move(options)));
  if (Status s = journal->Recover(); !s) return tl::unexpected(s.error());
  return journal;
}

Status PushJournal::Recover() {
  DIR* d = ::opendir(options_.dir.c_str());
  if (d == nullptr) return MakeError("journal: " + Errno("opendir", options_.dir));
  std::vector<Segment> found;
  while (struct dirent* entry = ::readdir(d)) {
    std::string_view name = entry->d_name;
    if (name.size() != 20 + kSuffix.size() || !name.ends_with(kSuffix)) continue;
    Segment s;
    s.path = options_.dir + "/" + std::string(name);
    s.first_sequence = std::strtoull(std::string(name.substr(0, 20)).c_str(), nullptr, 10);
    found.push_back(std::move(s));
  }
  ::closedir(d);
  std::sort(found.begin(), found.end(),
            [](const Segment& a, const Segment& b) { return a.first_sequence < b.first_sequence; });

  uint64_t next = 1;
  for (Segment& s : found) {
    auto data = ReadWhole(s.path);
    if (!data) return tl::unexpected(data.error());
    JournalRecord r;
    size_t valid = WalkRecords(*data, [&](std::string_view body) {
      std::string_view in = body;
      if (!GetLe(in, r.sequence) || !GetLe(in, r.append_ms)) return false;
      s.last_sequence = r.sequence;
      s.newest_ms = std::max(s.newest_ms, r.append_ms);
      // The same per-group times Append gathered before the restart.
      if (DecodeBody(body, r)) {
        s.groups.Note(r.batch.log_group, JournalSegmentGroups::NewestEventMs(r.batch, r.append_ms));
      } else {
        s.groups.MarkUnknown();
      }
      return true;
    });
    if (valid < data->size()) {
      // A crash tore the last write (or the disk corrupted a record): what
      // follows the first bad record cannot be trusted; no client was told
      // those records were durable unless the policy is not `always`.
      warnings_.push_back("journal " + s.path + ": cut " + std::to_string(data->size() - valid) +
                          " bytes of torn or corrupt records at offset " + std::to_string(valid));
      counters_.bytes_cut += data->size() - valid;
      if (::truncate(s.path.c_str(), static_cast<off_t>(valid)) != 0) {
        return MakeError("journal: " + Errno("truncate", s.path));
      }
    }
    s.bytes = valid;
    if (s.newest_ms == 0) {
      struct stat st {};
      if (::stat(s.path.c_str(), &st) == 0) s.newest_ms = int64_t(st.st_mtime) * 1000;
    }
    next = std::max(next, std::max(s.first_sequence, s.last_sequence + 1));
  }
  segments_ = std::move(found);
  next_sequence_ = next;
  if (Status s = StartSegment(next); !s) return s;
  writer_ = std::thread([this] { WriterLoop(); });
  return OkStatus();
}

Status PushJournal::StartSegment(uint64_t first_sequence) {
  std::string path = options_.dir + "/" + SegmentName(first_sequence);
  {
    std::lock_guard<std::mutex> lock(segments_mu_);
    if (!segments_.empty() && segments_.back().path == path) {
      // The active segment is still empty: keep writing it.
      if (fd_ >= 0) return OkStatus();
    }
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) return MakeError("journal: " + Errno("open", path));
  // The new name must survive a crash, or its records would be lost with it.
  if (Status s = SyncDirectory(options_.dir); !s) {
    ::close(fd);
    return s;
  }
  if (fd_ >= 0) {
    ::fdatasync(fd_);  // seal: a rolled segment is complete on disk
    ::close(fd_);
  }
  fd_ = fd;
  std::lock_guard<std::mutex> lock(segments_mu_);
  if (segments_.empty() || segments_.back().path != path) {
    Segment s;
    s.path = path;
    s.first_sequence = first_sequence;
    s.newest_ms = Now();
    segments_.push_back(std::move(s));
  }
  return OkStatus();
}

PushJournal::~PushJournal() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (writer_.joinable()) writer_.join();
  if (fd_ >= 0) {
    ::fdatasync(fd_);
    ::close(fd_);
  }
}

void PushJournal::Append(const IngestBatch& batch, Done done) {
  // Encode outside the lock: only the copy into the queue is serialized.
  thread_local std::string encoded;
  encoded.clear();
  const int64_t now = Now();
  EncodeRecord(0, now, batch, encoded);
  const int64_t newest_event_ms = JournalSegmentGroups::NewestEventMs(batch, now);
  uint64_t sequence = 0;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_) {
      ++counters_.append_errors;
    } else {
      sequence = next_sequence_++;
      // Patch the sequence into the body and redo the crc: cheaper than
      // encoding under the lock.
      std::string seq;
      PutLe<uint64_t>(seq, sequence);
      std::memcpy(encoded.data() + kHeaderBytes, seq.data(), 8);
      std::string crc;
      PutLe<uint32_t>(crc, Crc(std::string_view(encoded).substr(kHeaderBytes)));
      std::memcpy(encoded.data() + 8, crc.data(), 4);
      queued_.append(encoded);
      queued_newest_ms_ = std::max(queued_newest_ms_, now);
      waiting_.push_back(Pending{std::move(done), sequence, batch.log_group, newest_event_ms});
    }
  }
  if (sequence == 0) {
    done(MakeError("journal: shutting down"));
    return;
  }
  wake_.notify_one();
}

void PushJournal::WriterLoop() {
  std::string writing;
  std::vector<Pending> callbacks;
  bool unsynced = false;
  while (true) {
    int64_t newest_ms = 0;
    bool stop = false;
    {
      std::unique_lock<std::mutex> lock(mu_);
      auto ready = [&] { return stopping_ || !queued_.empty(); };
      if (unsynced && options_.fsync == JournalFsync::kInterval) {
        wake_.wait_for(lock, std::chrono::milliseconds(options_.fsync_interval_ms), ready);
      } else {
        wake_.wait(lock, ready);
      }
      writing.swap(queued_);
      callbacks.swap(waiting_);
      newest_ms = queued_newest_ms_;
      stop = stopping_;
    }
    Status status = OkStatus();
    if (!writing.empty()) {
      struct stat st {};
      const off_t before = ::fstat(fd_, &st) == 0 ? st.st_size : -1;
      status = WriteAll(fd_, writing);
      if (status && options_.fsync == JournalFsync::kAlways) {
        if (::fdatasync(fd_) != 0) {
          status = MakeError(std::string("fdatasync: ") + std::strerror(errno));
        }
      } else if (status) {
        unsynced = true;
      }
      if (!status && before >= 0) {
        // Nothing of this group may stay half-written: later records appended
        // after garbage would be cut off at the next open.
        (void)::ftruncate(fd_, before);
      }
    }
    const int64_t now = Now();
    if (unsynced && options_.fsync == JournalFsync::kInterval &&
        (now - last_sync_ms_ >= options_.fsync_interval_ms || stop)) {
      ::fdatasync(fd_);
      last_sync_ms_ = now;
      unsynced = false;
      std::lock_guard<std::mutex> lock(mu_);
      ++counters_.syncs;
    }
    uint64_t last_seq = callbacks.empty() ? 0 : callbacks.back().sequence;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (status && !writing.empty()) {
        counters_.records_appended += callbacks.size();
        counters_.bytes_appended += writing.size();
        if (options_.fsync == JournalFsync::kAlways) ++counters_.syncs;
      } else if (!status) {
        counters_.append_errors += callbacks.size();
      }
    }
    uint64_t active_bytes = 0;
    if (status && !writing.empty()) {
      std::lock_guard<std::mutex> lock(segments_mu_);
      Segment& active = segments_.back();
      active.bytes += writing.size();
      active.last_sequence = last_seq;
      active.newest_ms = std::max(active.newest_ms, newest_ms);
      for (const Pending& p : callbacks) active.groups.Note(p.log_group, p.newest_event_ms);
      active_bytes = active.bytes;
    }
    // No lock held: `done` may post, log or even Append again.
    for (Pending& p : callbacks) {
      if (status) {
        p.done(p.sequence);
      } else {
        p.done(MakeError("journal: " + status.error().message));
      }
    }
    callbacks.clear();
    writing.clear();
    if (stop) break;
    if (active_bytes >= options_.segment_bytes) {
      // Records queued meanwhile have higher sequences: the new segment's
      // name is its first record's. A failed roll keeps writing the old
      // segment: nothing is lost, retention just waits.
      (void)StartSegment(last_seq + 1);
    }
  }
}

Status PushJournal::Replay(uint64_t after_sequence,
                           const std::function<void(const JournalRecord&)>& fn) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (next_sequence_ <= after_sequence) {
      // The checkpoint knows sequences this directory no longer holds (the
      // journal was removed): never hand them out again.
      next_sequence_ = after_sequence + 1;
    }
  }
  return Read(after_sequence, [&](const JournalRecord& r) {
    fn(r);
    return true;
  });
}

Status PushJournal::Read(uint64_t after_sequence,
                         const std::function<bool(const JournalRecord&)>& fn) const {
  std::vector<Segment> segments;
  {
    std::lock_guard<std::mutex> lock(segments_mu_);
    segments = segments_;
  }
  for (size_t i = 0; i < segments.size(); ++i) {
    const Segment& s = segments[i];
    if (s.bytes == 0) continue;
    if (s.last_sequence != 0 && s.last_sequence <= after_sequence) continue;
    auto data = ReadWhole(s.path);
    if (!data) {
      if (errno == ENOENT) continue;  // deleted by retention meanwhile
      return tl::unexpected(data.error());
    }
    bool keep_going = true;
    JournalRecord record;
    WalkRecords(std::string_view(*data).substr(0, s.bytes), [&](std::string_view body) {
      if (!DecodeBody(body, record)) return false;
      if (record.sequence <= after_sequence) return true;
      keep_going = fn(record);
      return keep_going;
    });
    if (!keep_going) break;
  }
  return OkStatus();
}

void PushJournal::SetCovered(uint64_t sequence) {
  std::lock_guard<std::mutex> lock(segments_mu_);
  covered_ = std::max(covered_, sequence);
  DeleteSegments();
}

void PushJournal::DeleteSegments() {
  const int64_t now = Now();
  // Bytes held by segments newer than the one looked at, newest first; a
  // segment a group policy removes no longer takes space from older ones.
  uint64_t newer_bytes = 0;
  enum class Reason { kKeep, kLimits, kGroupRetention };
  std::vector<Reason> remove(segments_.size(), Reason::kKeep);
  for (size_t k = segments_.size(); k-- > 0;) {
    const Segment& s = segments_[k];
    const bool active = k + 1 == segments_.size();
    // An empty segment covers nothing; it is covered once the sequences it
    // could have held are (first_sequence - 1).
    const uint64_t last = s.last_sequence != 0 ? s.last_sequence : s.first_sequence - 1;
    const bool covered = last <= covered_;
    if (!active && covered) {
      if (now - s.newest_ms > options_.max_age_ms || newer_bytes >= options_.max_bytes) {
        remove[k] = Reason::kLimits;
      } else if (s.groups.AllPastRetention(options_.group_retention_days, now)) {
        remove[k] = Reason::kGroupRetention;
      }
    }
    if (remove[k] != Reason::kGroupRetention) newer_bytes += s.bytes;
  }
  std::vector<Segment> kept;
  for (size_t k = 0; k < segments_.size(); ++k) {
    if (remove[k] == Reason::kKeep) {
      kept.push_back(std::move(segments_[k]));
      continue;
    }
    if (::unlink(segments_[k].path.c_str()) == 0 || errno == ENOENT) {
      std::lock_guard<std::mutex> counters_lock(mu_);
      ++counters_.segments_deleted;
      if (remove[k] == Reason::kGroupRetention) ++counters_.segments_deleted_by_group_retention;
    } else {
      kept.push_back(std::move(segments_[k]));
    }
  }
  segments_ = std::move(kept);
}

std::vector<JournalSegmentGroups> PushJournal::SegmentGroups() const {
  std::lock_guard<std::mutex> lock(segments_mu_);
  std::vector<JournalSegmentGroups> out;
  out.reserve(segments_.size());
  for (const Segment& s : segments_) out.push_back(s.groups);
  return out;
}

uint64_t PushJournal::last_sequence() const {
  std::lock_guard<std::mutex> lock(mu_);
  return next_sequence_ - 1;
}

JournalCounters PushJournal::counters() const {
  std::lock_guard<std::mutex> lock(mu_);
  return counters_;
}

}  // namespace tailwatch::daemon
