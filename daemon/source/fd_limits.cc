#include "daemon/source/fd_limits.h"

#include <sys/resource.h>

#include <algorithm>

namespace tailwatch::daemon {

size_t NoFileLimit() {
  struct rlimit lim {};
  if (::getrlimit(RLIMIT_NOFILE, &lim) != 0) return 1024;
  return lim.rlim_cur == RLIM_INFINITY ? size_t{1} << 20 : static_cast<size_t>(lim.rlim_cur);
}

size_t RaiseNoFileLimit() {
  struct rlimit lim {};
  if (::getrlimit(RLIMIT_NOFILE, &lim) != 0) return 1024;
  if (lim.rlim_cur < lim.rlim_max) {
    struct rlimit raised = lim;
    raised.rlim_cur = lim.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) lim = raised;
  }
  return lim.rlim_cur == RLIM_INFINITY ? size_t{1} << 20 : static_cast<size_t>(lim.rlim_cur);
}

size_t DefaultMaxOpenFiles(size_t nofile_limit, size_t http_connections, size_t groups) {
  const size_t reserve = kFixedReserve + http_connections + 1;
  const size_t left = nofile_limit > reserve ? nofile_limit - reserve : 0;
  return std::max<size_t>(16, left / std::max<size_t>(1, groups));
}

}  // namespace tailwatch::daemon
