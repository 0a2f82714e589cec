#include "daemon/checkpoint/checkpoint_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <utility>

#include "daemon/common/posix_file.h"

namespace tailwatch::daemon {
namespace {

constexpr std::string_view kMagicLine = "tailwatch-checkpoint ";
constexpr int kVersion = 1;
constexpr size_t kMaxNameBytes = 64;

tl::unexpected<Error> ErrnoError(const std::string& what, const std::string& path, int err) {
  return MakeError(what + " " + path + ": " + std::strerror(err));
}

bool ValidName(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameBytes) return false;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

uint32_t Crc(std::string_view data) {
  uLong crc = crc32(0L, Z_NULL, 0);
  // zlib takes uInt lengths: feed large bodies in pieces.
  while (!data.empty()) {
    auto piece = static_cast<uInt>(std::min<size_t>(data.size(), 1u << 30));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), piece);
    data.remove_prefix(piece);
  }
  return static_cast<uint32_t>(crc);
}

// Splits off the text up to the next '\n'; false when there is none.
bool TakeLine(std::string_view& in, std::string_view& line) {
  size_t nl = in.find('\n');
  if (nl == std::string_view::npos) return false;
  line = in.substr(0, nl);
  in.remove_prefix(nl + 1);
  return true;
}

template <class T>
bool ParseNumber(std::string_view text, T& value, int base = 10) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

// ---- PosixCheckpointFs ----

Result<int> PosixCheckpointFs::Create(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return ErrnoError("create", path, errno);
  return fd;
}

Status PosixCheckpointFs::WriteAll(int fd, std::string_view data) {
  return daemon::WriteAll(fd, data);
}

Status PosixCheckpointFs::Sync(int fd) {
  if (::fsync(fd) != 0) return MakeError(std::string("fsync: ") + std::strerror(errno));
  return OkStatus();
}

Status PosixCheckpointFs::Close(int fd) {
  // No retry on EINTR: the fd is released either way on Linux.
  if (::close(fd) != 0) return MakeError(std::string("close: ") + std::strerror(errno));
  return OkStatus();
}

Status PosixCheckpointFs::Rename(const std::string& from, const std::string& to) {
  if (::rename(from.c_str(), to.c_str()) != 0)
    return ErrnoError("rename", from + " -> " + to, errno);
  return OkStatus();
}

Status PosixCheckpointFs::Link(const std::string& from, const std::string& to) {
  if (::link(from.c_str(), to.c_str()) != 0) return ErrnoError("link", from + " -> " + to, errno);
  return OkStatus();
}

Status PosixCheckpointFs::Unlink(const std::string& path) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) return ErrnoError("unlink", path, errno);
  return OkStatus();
}

Status PosixCheckpointFs::SyncDir(const std::string& dir) { return SyncDirectory(dir); }

Result<std::optional<std::string>> PosixCheckpointFs::ReadFile(const std::string& path) {
  return ReadFileIfExists(path);
}

// ---- format ----

Result<std::string> CheckpointStore::Encode(const CheckpointSections& sections) {
  std::string body;
  for (const auto& [name, data] : sections) {
    if (!ValidName(name)) return MakeError("checkpoint: invalid section name '" + name + "'");
    body += name;
    body += ' ';
    body += std::to_string(data.size());
    body += '\n';
    body += data;
    body += '\n';
  }
  char crc_hex[9];
  std::snprintf(crc_hex, sizeof crc_hex, "%08x", Crc(body));
  std::string out(kMagicLine);
  out += std::to_string(kVersion);
  out += '\n';
  out += std::to_string(body.size());
  out += ' ';
  out += crc_hex;
  out += '\n';
  out += body;
  return out;
}

Result<CheckpointSections> CheckpointStore::Decode(std::string_view bytes) {
  std::string_view line;
  if (!TakeLine(bytes, line) || line.substr(0, kMagicLine.size()) != kMagicLine) {
    return MakeError("not a tailwatch checkpoint (bad header)");
  }
  int version = 0;
  if (!ParseNumber(line.substr(kMagicLine.size()), version)) {
    return MakeError("not a tailwatch checkpoint (bad version)");
  }
  if (version != kVersion) {
    return MakeError("unsupported checkpoint version " + std::to_string(version) +
                     " (this tailwatch reads version " + std::to_string(kVersion) + ")");
  }
  if (!TakeLine(bytes, line)) return MakeError("checkpoint truncated in its header (torn write?)");
  size_t space = line.find(' ');
  uint64_t body_size = 0;
  uint32_t crc = 0;
  if (space == std::string_view::npos || !ParseNumber(line.substr(0, space), body_size) ||
      line.size() - space - 1 != 8 || !ParseNumber(line.substr(space + 1), crc, 16)) {
    return MakeError("checkpoint header is malformed");
  }
  if (bytes.size() != body_size) {
    return MakeError("checkpoint has " + std::to_string(bytes.size()) +
                     " body bytes, header says " + std::to_string(body_size) + " (torn write?)");
  }
  if (Crc(bytes) != crc) return MakeError("checkpoint checksum mismatch (corrupt file)");

  CheckpointSections sections;
  while (!bytes.empty()) {
    if (!TakeLine(bytes, line)) return MakeError("checkpoint section header is malformed");
    size_t sp = line.find(' ');
    uint64_t size = 0;
    if (sp == std::string_view::npos || !ValidName(line.substr(0, sp)) ||
        !ParseNumber(line.substr(sp + 1), size) || size >= bytes.size() || bytes[size] != '\n') {
      return MakeError("checkpoint section header is malformed");
    }
    auto [it, inserted] =
        sections.emplace(std::string(line.substr(0, sp)), std::string(bytes.substr(0, size)));
    if (!inserted) return MakeError("checkpoint has section '" + it->first + "' twice");
    bytes.remove_prefix(size + 1);
  }
  return sections;
}

// ---- store ----

CheckpointStore::CheckpointStore(std::string state_dir, CheckpointFs* fs)
    : state_dir_(std::move(state_dir)), fs_(fs != nullptr ? fs : &posix_fs_) {
  while (state_dir_.size() > 1 && state_dir_.back() == '/') state_dir_.pop_back();
}

Status CheckpointStore::Write(const CheckpointSections& sections) {
  auto encoded = Encode(sections);
  if (!encoded) return tl::unexpected(encoded.error());
  const std::string tmp = temp_path();
  const std::string current = checkpoint_path();

  auto fail = [&](const Error& error) -> Status {
    (void)fs_->Unlink(tmp);  // best effort; a stale tmp is ignored by Read anyway
    return MakeError("checkpoint not written (" + current + " unchanged): " + error.message);
  };

  auto fd = fs_->Create(tmp);
  if (!fd) return fail(fd.error());
  Status written = fs_->WriteAll(*fd, *encoded);
  if (written) written = fs_->Sync(*fd);
  Status closed = fs_->Close(*fd);
  if (!written) return fail(written.error());
  if (!closed) return fail(closed.error());  // close can report delayed write errors (NFS)

  // Keep the last good one as checkpoint.prev. A hard link keeps `checkpoint`
  // in place throughout; without link support we just keep no previous copy.
  const std::string prev = previous_path();
  if (fs_->Unlink(prev)) (void)fs_->Link(current, prev);

  if (Status renamed = fs_->Rename(tmp, current); !renamed) return fail(renamed.error());
  if (Status synced = fs_->SyncDir(state_dir_); !synced) {
    // The new file is in place but its directory entry may not be durable yet.
    return MakeError("checkpoint written but not durable: " + synced.error().message);
  }
  return OkStatus();
}

Result<std::optional<Checkpoint>> CheckpointStore::Read() {
  const std::string current = checkpoint_path();
  const std::string prev = previous_path();
  auto latest = fs_->ReadFile(current);
  std::string problem;
  if (!latest) {
    problem = latest.error().message;
  } else if (latest->has_value()) {
    auto decoded = Decode(**latest);
    if (decoded) {
      return std::optional<Checkpoint>(Checkpoint{std::move(*decoded), false, "", current});
    }
    problem = current + ": " + decoded.error().message;
  } else {
    problem = current + ": missing";
  }

  auto older = fs_->ReadFile(prev);
  if (!older) {
    return MakeError(problem + "; and " + older.error().message);
  }
  if (!older->has_value()) {
    if (latest && !latest->has_value()) return std::optional<Checkpoint>();  // first start
    return MakeError(problem + "; no " + prev +
                     " to fall back to. Move the checkpoint files away to start fresh "
                     "(lines already read will be read again or skipped per start_at)");
  }
  auto decoded = Decode(**older);
  if (!decoded) {
    return MakeError(problem + "; " + prev + ": " + decoded.error().message +
                     ". Move the checkpoint files away to start fresh");
  }
  return std::optional<Checkpoint>(
      Checkpoint{std::move(*decoded), true, problem + "; using " + prev, prev});
}

}  // namespace tailwatch::daemon
