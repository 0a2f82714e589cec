// How many tailed files may be open at once: RLIMIT_NOFILE minus what the
// rest of the daemon needs.
//
// Every fd the daemon holds comes from one per-process limit. When tailed
// files take all of them, accept(2) on the listener, the checkpoint's temp
// file, the push journal's segment and the outbox all fail with EMFILE and
// the daemon stops answering. So tailed files get the limit minus a reserve:
// the HTTP connections (server.max_connections, one fd each, plus the
// listener), and kFixedReserve for stdio, inotify, checkpoint (temp file +
// directory), journal (segment + directory), outbox files, the notifier's
// sockets and DNS.
#ifndef TAILWATCH_DAEMON_SOURCE_FD_LIMITS_H_
#define TAILWATCH_DAEMON_SOURCE_FD_LIMITS_H_

#include <cstddef>

namespace tailwatch::daemon {

inline constexpr size_t kFixedReserve = 64;
// server.max_connections' default: the reserve assumed when the daemon does
// not say (TailSetOptions::max_open_files left at kMaxOpenFilesAuto).
inline constexpr size_t kDefaultHttpConnections = 256;

// The soft RLIMIT_NOFILE now.
size_t NoFileLimit();

// Raises the soft RLIMIT_NOFILE to the hard limit (allowed without
// privileges) and returns the soft limit now in force.
size_t RaiseNoFileLimit();

// max_open_files for each of `groups` TailSets: (soft limit - kFixedReserve -
// http_connections - 1) / groups, at least 16 per group (below that the
// daemon cannot do its job anyway; the cap then costs reopen churn, not
// correctness).
size_t DefaultMaxOpenFiles(size_t nofile_limit, size_t http_connections, size_t groups);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_FD_LIMITS_H_
