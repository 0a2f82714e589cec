// Which file is this? Device + inode + a fingerprint of its first bytes.
//
// dev/inode alone are not enough: an inode number is reused once a deleted
// file's last fd is closed, and copytruncate keeps the inode while replacing
// the content. So an identity also carries the zlib crc32 of the file's first
// `fingerprint_bytes` bytes (up to kFingerprintMaxBytes). A file shorter than
// that is fingerprinted over what it has; the tailer extends the fingerprint as
// the file grows (ExtendFingerprint), after checking the old prefix still holds.
//
// Where the file system reports a birth time (statx STX_BTIME: ext4, xfs,
// btrfs), it is part of the identity too: a reused inode is born again, so a
// checkpointed file and a newcomer on its inode are told apart exactly, even
// when the newcomer is a truncated copy under a rotated name.
//
// Two identities name the same file when dev and inode are equal, their birth
// times agree (or one is unknown), and the file still starts with the recorded
// prefix; checking the prefix needs the file itself (PrefixMatches), since
// crcs of different lengths cannot be compared.
#ifndef TAILWATCH_DAEMON_SOURCE_FILE_IDENTITY_H_
#define TAILWATCH_DAEMON_SOURCE_FILE_IDENTITY_H_

#include <cstdint>
#include <string>

#include "engine/common/status.h"

namespace tailwatch::daemon {

inline constexpr uint32_t kFingerprintMaxBytes = 1024;

struct FileIdentity {
  uint64_t device = 0;
  uint64_t inode = 0;
  uint32_t fingerprint = 0;        // crc32 of the first fingerprint_bytes bytes
  uint32_t fingerprint_bytes = 0;  // 0..kFingerprintMaxBytes
  uint64_t birth_ns = 0;           // birth time in ns since the epoch; 0 = unknown

  bool SameInode(const FileIdentity& other) const {
    return device == other.device && inode == other.inode;
  }
  // Same inode, and not a reused one as far as birth times can tell.
  bool SameFile(const FileIdentity& other) const {
    return SameInode(other) && (birth_ns == 0 || other.birth_ns == 0 || birth_ns == other.birth_ns);
  }
  bool BirthKnown(const FileIdentity& other) const { return birth_ns != 0 && other.birth_ns != 0; }
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

// Identity of an open file: fstat + pread of its first bytes.
[[nodiscard]] Result<FileIdentity> IdentifyFd(int fd);

// Whether the open file `fd` still begins with the prefix `known` recorded:
// false when it is now shorter than that prefix or the bytes differ. An empty
// recorded prefix matches any file. I/O errors are errors.
[[nodiscard]] Result<bool> PrefixMatches(int fd, const FileIdentity& known);

// If the file has grown past a short fingerprint, checks the recorded prefix
// and extends the fingerprint over up to kFingerprintMaxBytes. Returns false
// (identity untouched) when the recorded prefix no longer matches.
[[nodiscard]] Result<bool> ExtendFingerprint(int fd, uint64_t file_size, FileIdentity& identity);

// "dev:inode:crc/len:birth", for logs and test messages.
std::string ToString(const FileIdentity& identity);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_FILE_IDENTITY_H_
