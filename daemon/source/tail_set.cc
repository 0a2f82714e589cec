#include "daemon/source/tail_set.h"

#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <optional>
#include <utility>

#include "daemon/common/log.h"
#include "daemon/source/fd_limits.h"

namespace tailwatch::daemon {
namespace {

constexpr std::string_view kOffsetsHeader = "tailwatch-tail 1";

bool HasGlobChars(std::string_view s) { return s.find_first_of("*?[") != std::string_view::npos; }

std::string DirName(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Paths may hold any byte but NUL: escape the separators of the text format.
void AppendEscaped(std::string& out, std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : path) {
    if (c <= ' ' || c == '%' || c == 0x7f) {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xf]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool Unescape(std::string_view in, std::string& out) {
  out.clear();
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out.push_back(in[i]);
      continue;
    }
    if (i + 2 >= in.size()) return false;
    int hi = HexValue(in[i + 1]);
    int lo = HexValue(in[i + 2]);
    if (hi < 0 || lo < 0) return false;
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return !out.empty();
}

template <class T>
bool ParseNumber(std::string_view text, T& value) {
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && ptr == text.data() + text.size();
}

// Lines of a file never read (an unseen rotation), for the dropped counter:
// terminators plus an unterminated last line.
uint64_t CountLines(int fd) {
  char buf[64 * 1024];
  uint64_t lines = 0;
  off_t pos = 0;
  char last = '\n';
  while (true) {
    ssize_t n = ::pread(fd, buf, sizeof buf, pos);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    lines += static_cast<uint64_t>(std::count(buf, buf + n, '\n'));
    last = buf[n - 1];
    pos += n;
  }
  return lines + (last != '\n' ? 1 : 0);
}

const char* DescribeSkip(SkipReason reason) {
  switch (reason) {
    case SkipReason::kDirectory:
      return "a directory";
    case SkipReason::kFifo:
      return "a FIFO (a pipe has no offsets to resume from)";
    case SkipReason::kDanglingSymlink:
      return "a symlink to nothing";
    case SkipReason::kSymlinkLoop:
      return "a symlink loop";
    case SkipReason::kUnreadable:
      return "not readable by tailwatch (permission denied)";
    case SkipReason::kNotRegular:
      return "not a regular file (socket or device)";
  }
  return "not tailable";
}

struct RestoredEntry {
  std::string path;
  ReaderCursor cursor;
};

Result<std::vector<RestoredEntry>> ParseOffsets(std::string_view text) {
  std::vector<RestoredEntry> entries;
  int line_number = 0;
  bool saw_header = false;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_number;
    if (!saw_header) {
      if (line != kOffsetsHeader) {
        return MakeError("tail offsets: expected header '" + std::string(kOffsetsHeader) + "'", 0,
                         line_number);
      }
      saw_header = true;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string_view> fields;
    while (true) {
      size_t sp = line.find(' ');
      fields.push_back(line.substr(0, sp));
      if (sp == std::string_view::npos) break;
      line = line.substr(sp + 1);
    }
    RestoredEntry e;
    uint32_t skipping = 0;
    if (fields.size() != 10 || !Unescape(fields[0], e.path) ||
        !ParseNumber(fields[1], e.cursor.identity.device) ||
        !ParseNumber(fields[2], e.cursor.identity.inode) ||
        !ParseNumber(fields[3], e.cursor.identity.fingerprint) ||
        !ParseNumber(fields[4], e.cursor.identity.fingerprint_bytes) ||
        !ParseNumber(fields[5], e.cursor.offset) || !ParseNumber(fields[6], skipping) ||
        skipping > 1 || !ParseNumber(fields[7], e.cursor.marker_crc) ||
        !ParseNumber(fields[8], e.cursor.marker_bytes) ||
        !ParseNumber(fields[9], e.cursor.identity.birth_ns) ||
        e.cursor.identity.fingerprint_bytes > kFingerprintMaxBytes) {
      return MakeError("tail offsets: malformed file entry", 0, line_number);
    }
    e.cursor.skipping = skipping == 1;
    entries.push_back(std::move(e));
  }
  if (!saw_header) return MakeError("tail offsets: empty");
  return entries;
}

// Opens the file with this dev/inode in `dir`, if there is one.
std::unique_ptr<FileReader> FindInDirectory(const std::string& dir, const FileIdentity& identity,
                                            const TailOptions& options, std::string& found_name) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return nullptr;
  std::unique_ptr<FileReader> found;
  while (struct dirent* entry = ::readdir(d)) {
    if (entry->d_ino != identity.inode) continue;  // cheap filter before stat
    std::string candidate =
        dir == "/" ? "/" + std::string(entry->d_name) : dir + "/" + entry->d_name;
    struct stat st {};
    if (::stat(candidate.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    if (static_cast<uint64_t>(st.st_dev) != identity.device) continue;
    auto opened = FileReader::Open(candidate, options);
    if (opened && (*opened)->identity().SameFile(identity)) {
      found = std::move(*opened);
      found_name = entry->d_name;
      break;
    }
  }
  ::closedir(d);
  return found;
}

}  // namespace

const char* SkipReasonName(SkipReason reason) {
  switch (reason) {
    case SkipReason::kDirectory:
      return "directory";
    case SkipReason::kFifo:
      return "fifo";
    case SkipReason::kDanglingSymlink:
      return "dangling_symlink";
    case SkipReason::kSymlinkLoop:
      return "symlink_loop";
    case SkipReason::kUnreadable:
      return "unreadable";
    case SkipReason::kNotRegular:
      return "not_regular";
  }
  return "not_regular";
}

struct TailSet::RestoredFile {
  std::string path;
  FileIdentity identity;
};

TailSet::TailSet(TailSetOptions options, Clock& clock)
    : options_(std::move(options)), clock_(clock) {
  if (options_.max_open_files == kMaxOpenFilesAuto) {
    options_.max_open_files = DefaultMaxOpenFiles(NoFileLimit(), kDefaultHttpConnections, 1);
  }
  budget_.limit = options_.max_open_files;
  options_.file.fd_budget = &budget_;
  if (options_.use_inotify) {
    inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);  // -1: polling alone
    AddInotifyWatches();
  }
}

TailSet::~TailSet() {
  if (inotify_fd_ >= 0) ::close(inotify_fd_);
}

void TailSet::AddInotifyWatches() {
  if (inotify_fd_ < 0) return;
  for (const std::string& pattern : options_.globs) {
    std::string dir = DirName(pattern);
    // A wildcard in the directory part cannot be watched by name; the periodic
    // rescan covers it.
    if (HasGlobChars(dir) || watched_dirs_.count(dir) != 0) continue;
    int wd = ::inotify_add_watch(inotify_fd_, dir.c_str(),
                                 IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_MODIFY |
                                     IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF);
    if (wd >= 0) watched_dirs_.insert(dir);  // else: the dir may appear later; retried
  }
}

void TailSet::OnInotifyReadable() {
  if (inotify_fd_ < 0) return;
  alignas(struct inotify_event) char buf[16 * 1024];
  while (true) {
    ssize_t n = ::read(inotify_fd_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // EAGAIN: drained
    for (ssize_t pos = 0; pos < n;) {
      const auto* event = reinterpret_cast<const struct inotify_event*>(buf + pos);
      if (event->mask & (IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_Q_OVERFLOW |
                         IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) {
        rescan_requested_ = true;
      }
      if (event->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) watched_dirs_.clear();
      pos += static_cast<ssize_t>(sizeof(struct inotify_event) + event->len);
    }
  }
}

bool TailSet::MatchesGlobs(const std::string& path) const {
  for (const std::string& pattern : options_.globs) {
    if (::fnmatch(pattern.c_str(), path.c_str(), FNM_PATHNAME) == 0) return true;
  }
  return false;
}

bool TailSet::IsCurrentElsewhere(const TailedFile& self, const FileIdentity& identity) {
  for (const auto& [path, file] : files_) {
    if (file.get() == &self) continue;
    if (file->current() != nullptr && file->current()->identity().SameInode(identity)) return true;
  }
  return false;
}

std::unique_ptr<FileReader> TailSet::TakeDrainingElsewhere(const TailedFile& self,
                                                           const FileIdentity& identity) {
  for (auto& [path, file] : files_) {
    if (file.get() == &self) continue;
    if (auto reader = file->TakeDraining(identity)) return reader;
  }
  return nullptr;
}

void TailSet::Rescan(int64_t now_ms) {
  AddInotifyWatches();
  // Forget skipped paths that are gone, so the map stays as small as what
  // the globs match now (and a path reborn untailable is reported again).
  for (auto it = skipped_.begin(); it != skipped_.end();) {
    struct stat link {};
    it = ::lstat(it->first.c_str(), &link) != 0 && errno == ENOENT ? skipped_.erase(it)
                                                                   : std::next(it);
  }
  const bool initial = !started_ && !restored_;
  for (const std::string& pattern : options_.globs) {
    glob_t matches{};
    int rc = ::glob(pattern.c_str(), 0, nullptr, &matches);
    if (rc == 0) {
      for (size_t i = 0; i < matches.gl_pathc; ++i) {
        std::string path = matches.gl_pathv[i];
        if (files_.count(path) != 0) continue;
        if (SkipIfUntailable(path)) continue;
        bool at_end = initial && options_.start_at == StartAt::kEnd;
        MakeRoom(nullptr);
        auto file = std::make_unique<TailedFile>(path, options_.file, at_end);
        TailedFile* raw = file.get();
        files_.emplace(path, std::move(file));
        raw->Refresh(now_ms, counters_, this);
        if (raw->has_current()) identities_changed_ = true;
      }
    }
    ::globfree(&matches);
  }
}

bool TailSet::Poll(LineSink& sink, size_t byte_budget) {
  const int64_t now_ms = clock_.NowMs();
  // Existing paths first, so a rotated file is already draining when the
  // rescan meets it under its new name.
  for (auto& [path, file] : files_) {
    const FileReader* before = file->current();
    file->Refresh(now_ms, counters_, this);
    if (file->current() != nullptr && file->current() != before) identities_changed_ = true;
  }
  MakeRoom(nullptr);  // a parked file reopened to drain it after a rotation
  if (!started_ || rescan_requested_ || now_ms >= next_rescan_ms_) {
    Rescan(now_ms);
    rescan_requested_ = false;
    next_rescan_ms_ = now_ms + options_.rescan_interval_ms;
    started_ = true;
  }

  std::vector<TailedFile*>& order = order_scratch_;
  order.clear();
  for (auto& [path, file] : files_) order.push_back(file.get());
  bool more_pending = false;
  size_t used = 0;
  if (!order.empty()) {
    // Rotate the starting file so one busy file cannot starve the others.
    size_t start = round_robin_++ % order.size();
    for (size_t k = 0; k < order.size(); ++k) {
      TailedFile* file = order[(start + k) % order.size()];
      if (used >= byte_budget) {
        more_pending = true;
        break;
      }
      if (file->needs_reopen()) MakeRoom(file);
      auto out = file->Read(sink, byte_budget - used, now_ms, buffer_, counters_);
      used += out.bytes;
      more_pending = more_pending || out.more_pending;
    }
  }

  counters_.files_watched = 0;
  for (auto it = files_.begin(); it != files_.end();) {
    if (it->second->empty()) {
      it = files_.erase(it);
    } else {
      counters_.files_watched += it->second->open_files();
      ++it;
    }
  }
  return more_pending;
}

std::string TailSet::SerializeOffsets() const {
  std::string out(kOffsetsHeader);
  out.push_back('\n');
  for (const auto& [path, file] : files_) {
    for (const FileReader* reader : file->readers()) {
      ReaderCursor c = reader->cursor();
      AppendEscaped(out, path);
      out += ' ' + std::to_string(c.identity.device) + ' ' + std::to_string(c.identity.inode) +
             ' ' + std::to_string(c.identity.fingerprint) + ' ' +
             std::to_string(c.identity.fingerprint_bytes) + ' ' + std::to_string(c.offset) + ' ' +
             (c.skipping ? "1" : "0") + ' ' + std::to_string(c.marker_crc) + ' ' +
             std::to_string(c.marker_bytes) + ' ' + std::to_string(c.identity.birth_ns) + '\n';
    }
  }
  return out;
}

Status TailSet::RestoreOffsets(std::string_view serialized) {
  if (started_) return MakeError("tail offsets must be restored before the first poll");
  auto entries = ParseOffsets(serialized);
  if (!entries) return tl::unexpected(entries.error());
  const int64_t now_ms = clock_.NowMs();
  std::vector<RestoredFile> restored;
  for (const RestoredEntry& e : *entries) {
    if (!MatchesGlobs(e.path)) continue;  // the config no longer watches it
    restored.push_back(RestoredFile{e.path, e.cursor.identity});
    MakeRoom(nullptr);
    auto& slot = files_[e.path];
    if (!slot) slot = std::make_unique<TailedFile>(e.path, options_.file, /*open_at_end=*/false);

    // 1. The path still names this file.
    auto at_path = FileReader::Open(e.path, options_.file);
    if (at_path && (*at_path)->identity().SameFile(e.cursor.identity)) {
      auto resumed = (*at_path)->Resume(e.cursor);
      if (!resumed || !*resumed) ++counters_.truncations;  // copytruncated or reused: from 0
      slot->AdoptCurrent(std::move(*at_path));
      continue;
    }
    // 2. Rotated while down: find the inode in the same directory and drain
    //    its unread tail before the path's new file.
    std::string found_name;
    auto moved = FindInDirectory(DirName(e.path), e.cursor.identity, options_.file, found_name);
    if (moved) {
      auto resumed = moved->Resume(e.cursor);
      if (resumed && *resumed) {
        slot->AdoptDraining(std::move(moved), now_ms);
        continue;
      }
      // Our file with other content: truncated (copytruncate) before it was
      // rotated away: read it from 0. Without birth times a reused inode
      // looks the same; then only a rotated name of this path ("app.log" ->
      // "app.log.1", "app.log-2024") is taken as ours.
      if (moved->identity().BirthKnown(e.cursor.identity) ||
          found_name.rfind(BaseName(e.path), 0) == 0) {
        ++counters_.truncations;
        slot->AdoptDraining(std::move(moved), now_ms);
        continue;
      }
    }
    ++counters_.files_lost;  // deleted (or replaced) while down
  }
  for (auto it = files_.begin(); it != files_.end();) {
    it = it->second->empty() ? files_.erase(it) : std::next(it);
  }
  CountUnseenRotations(restored);
  restored_ = true;
  return OkStatus();
}

void TailSet::CountUnseenRotations(const std::vector<RestoredFile>& restored) {
  // Newest checkpointed birth per path: a rotated sibling born after it was
  // created after the checkpoint, and is not at the path: it came and went
  // unseen. Without birth times nothing can be said.
  std::map<std::string, uint64_t> newest;
  for (const RestoredFile& r : restored) {
    if (r.identity.birth_ns == 0) continue;
    uint64_t& b = newest[r.path];
    b = std::max(b, r.identity.birth_ns);
  }
  std::set<std::pair<uint64_t, uint64_t>> counted;
  for (const auto& [path, birth] : newest) {
    const std::string dir = DirName(path);
    const std::string base = BaseName(path);
    struct stat at_path {};
    const bool present = ::stat(path.c_str(), &at_path) == 0;
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) continue;
    while (struct dirent* entry = ::readdir(d)) {
      std::string_view name = entry->d_name;
      if (name.size() <= base.size() || name.substr(0, base.size()) != base) continue;
      std::string candidate = dir == "/" ? "/" + std::string(name) : dir + "/" + std::string(name);
      if (MatchesGlobs(candidate)) continue;  // still watched: read as a new file
      if (present && entry->d_ino == at_path.st_ino) continue;
      int fd = ::open(candidate.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
      if (fd < 0) continue;
      struct stat st {};
      auto id = IdentifyFd(fd);
      // An empty file lost nothing: not worth a warning.
      bool unseen = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && id &&
                    id->birth_ns > birth && counted.count({id->device, id->inode}) == 0;
      for (const RestoredFile& r : restored) {
        if (unseen && id->SameFile(r.identity)) unseen = false;
      }
      if (unseen) {
        counted.insert({id->device, id->inode});
        const uint64_t lines = CountLines(fd);
        ++counters_.unseen_rotations;
        counters_.unseen_rotation_lines += lines;
        TW_LOG_WARNING(
            "tail: %s was created after the last checkpoint of %s and rotated out of the globs "
            "while tailwatch was down: its %llu lines were never read",
            candidate.c_str(), path.c_str(), static_cast<unsigned long long>(lines));
      }
      ::close(fd);
    }
    ::closedir(d);
  }
}

bool TailSet::SkipIfUntailable(const std::string& path) {
  std::optional<SkipReason> reason;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    struct stat link {};
    if (err == ELOOP) {
      reason = SkipReason::kSymlinkLoop;
    } else if (err == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      reason = SkipReason::kDanglingSymlink;
    } else if (err == EACCES) {
      reason = SkipReason::kUnreadable;
    } else {
      return true;  // gone between glob and stat: nothing to report
    }
  } else if (S_ISDIR(st.st_mode)) {
    reason = SkipReason::kDirectory;
  } else if (S_ISFIFO(st.st_mode)) {
    reason = SkipReason::kFifo;
  } else if (!S_ISREG(st.st_mode)) {
    reason = SkipReason::kNotRegular;
  } else if (::faccessat(AT_FDCWD, path.c_str(), R_OK, AT_EACCESS) != 0) {
    reason = SkipReason::kUnreadable;
  }
  if (!reason) {
    skipped_.erase(path);  // fixed (permissions, a link target appeared)
    return false;
  }
  auto [it, inserted] = skipped_.try_emplace(path, *reason);
  if (inserted || it->second != *reason) {
    it->second = *reason;
    ++counters_.skipped_files[static_cast<size_t>(*reason)];
    TW_LOG_WARNING("tail: skipping %s: %s", path.c_str(), DescribeSkip(*reason));
  }
  return true;
}

void TailSet::MakeRoom(const TailedFile* keep) {
  const size_t limit = budget_.limit;
  if (limit == 0 || budget_.open < limit) return;
  ++counters_.fd_cap_hits;
  if (!cap_logged_) {
    cap_logged_ = true;
    TW_LOG_WARNING(
        "tail: %zu files open, the cap (max_open_files): idle files are closed and reopened "
        "when they grow (logged once; see tailwatch_tail_fd_cap_hits_total)",
        limit);
  }
  // Free an eighth of the cap at once: sorting the candidates is paid per
  // batch, not per file.
  const size_t target = limit - std::max<size_t>(1, limit / 8);
  std::vector<TailedFile*>& candidates = park_scratch_;
  candidates.clear();
  for (auto& [path, file] : files_) {
    const FileReader* r = file->current();
    if (file.get() == keep || r == nullptr || r->parked() || r->partial_bytes() > 0) continue;
    candidates.push_back(file.get());
  }
  // Idle (at EOF) before those with unread data, least recently changed first.
  std::sort(candidates.begin(), candidates.end(), [](TailedFile* a, TailedFile* b) {
    const FileReader* x = a->current();
    const FileReader* y = b->current();
    if (x->at_eof() != y->at_eof()) return x->at_eof();
    return x->last_data_ms() < y->last_data_ms();
  });
  for (TailedFile* file : candidates) {
    if (budget_.open <= target) break;
    if (file->ParkCurrent()) ++counters_.files_parked;
  }
}

uint64_t TailSet::bytes_behind() const {
  uint64_t behind = 0;
  for (const auto& [path, file] : files_) behind += file->bytes_behind();
  return behind;
}

std::vector<std::string> TailSet::paths() const {
  std::vector<std::string> out;
  for (const auto& [path, file] : files_) out.push_back(path);
  return out;
}

}  // namespace tailwatch::daemon
