#include "daemon/source/file_identity.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace tailwatch::daemon {
namespace {

// Reads up to `want` bytes at offset 0, retrying short reads; returns the count.
Result<size_t> ReadPrefix(int fd, char* buf, size_t want) {
  size_t got = 0;
  while (got < want) {
    ssize_t n = ::pread(fd, buf + got, want - got, static_cast<off_t>(got));
    if (n < 0) {
      if (errno == EINTR) continue;
      return MakeError(std::string("pread: ") + std::strerror(errno));
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  return got;
}

uint32_t Crc(const char* data, size_t size) {
  uLong crc = crc32(0L, Z_NULL, 0);
  crc = crc32(crc, reinterpret_cast<const Bytef*>(data), static_cast<uInt>(size));
  return static_cast<uint32_t>(crc);
}

}  // namespace

Result<FileIdentity> IdentifyFd(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return MakeError(std::string("fstat: ") + std::strerror(errno));
  std::array<char, kFingerprintMaxBytes> buf;
  auto got = ReadPrefix(fd, buf.data(), buf.size());
  if (!got) return tl::unexpected(got.error());
  FileIdentity id;
  id.device = static_cast<uint64_t>(st.st_dev);
  id.inode = static_cast<uint64_t>(st.st_ino);
  id.fingerprint = Crc(buf.data(), *got);
  id.fingerprint_bytes = static_cast<uint32_t>(*got);
  struct statx stx {};
  if (::statx(fd, "", AT_EMPTY_PATH, STATX_BTIME, &stx) == 0 && (stx.stx_mask & STATX_BTIME)) {
    id.birth_ns =
        static_cast<uint64_t>(stx.stx_btime.tv_sec) * 1'000'000'000u + stx.stx_btime.tv_nsec;
  }
  return id;
}

Result<bool> PrefixMatches(int fd, const FileIdentity& known) {
  if (known.fingerprint_bytes == 0) return true;
  std::array<char, kFingerprintMaxBytes> buf;
  auto got = ReadPrefix(fd, buf.data(), known.fingerprint_bytes);
  if (!got) return tl::unexpected(got.error());
  if (*got < known.fingerprint_bytes) return false;
  return Crc(buf.data(), *got) == known.fingerprint;
}

Result<bool> ExtendFingerprint(int fd, uint64_t file_size, FileIdentity& identity) {
  if (identity.fingerprint_bytes >= kFingerprintMaxBytes ||
      file_size <= identity.fingerprint_bytes) {
    return true;
  }
  std::array<char, kFingerprintMaxBytes> buf;
  auto got = ReadPrefix(fd, buf.data(), buf.size());
  if (!got) return tl::unexpected(got.error());
  if (*got < identity.fingerprint_bytes) return false;
  // crc32 is incremental: check the old prefix, then continue over the rest.
  uLong crc = crc32(0L, Z_NULL, 0);
  crc = crc32(crc, reinterpret_cast<const Bytef*>(buf.data()), identity.fingerprint_bytes);
  if (static_cast<uint32_t>(crc) != identity.fingerprint) return false;
  crc = crc32(crc, reinterpret_cast<const Bytef*>(buf.data() + identity.fingerprint_bytes),
              static_cast<uInt>(*got - identity.fingerprint_bytes));
  identity.fingerprint = static_cast<uint32_t>(crc);
  identity.fingerprint_bytes = static_cast<uint32_t>(*got);
  return true;
}

std::string ToString(const FileIdentity& identity) {
  return std::to_string(identity.device) + ":" + std::to_string(identity.inode) + ":" +
         std::to_string(identity.fingerprint) + "/" + std::to_string(identity.fingerprint_bytes) +
         ":" + std::to_string(identity.birth_ns);
}

}  // namespace tailwatch::daemon
