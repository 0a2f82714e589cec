// The few POSIX file steps that every durable writer of the daemon (the
// checkpoint store, the push journal) takes the same way.
#ifndef TAILWATCH_DAEMON_COMMON_POSIX_FILE_H_
#define TAILWATCH_DAEMON_COMMON_POSIX_FILE_H_

#include <optional>
#include <string>
#include <string_view>

#include "engine/common/status.h"

namespace tailwatch::daemon {

// write(2) until all of `data` is written (short writes and EINTR retried).
// Error: "write: <strerror>".
Status WriteAll(int fd, std::string_view data);

// The whole file; nullopt when it does not exist. Errors: "open PATH: ...",
// "read PATH: ...".
Result<std::optional<std::string>> ReadFileIfExists(const std::string& path);

// fsync(2) of a directory, so a file created, renamed or removed in it is
// durable. Errors: "open directory DIR: ...", "fsync directory DIR: ...".
Status SyncDirectory(const std::string& dir);

// Replaces `path` with `data` so that a crash leaves the old or the new
// content, never a mix: PATH.tmp written and fsync'ed, renamed over PATH,
// the directory fsync'ed. On failure PATH is unchanged and PATH.tmp gone.
Status WriteFileAtomically(const std::string& path, std::string_view data);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_COMMON_POSIX_FILE_H_
