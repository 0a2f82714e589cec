#include "daemon/http/passed_listener.h"

#include <sys/socket.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

#include "daemon/common/log.h"

namespace tailwatch::http {

int TakePassedListener() {
  // Sets FD_CLOEXEC on every passed fd and unsets LISTEN_PID/LISTEN_FDS.
  const int count = sd_listen_fds(1);
  if (count <= 0) return -1;
  int listener = -1;
  for (int fd = SD_LISTEN_FDS_START; fd < SD_LISTEN_FDS_START + count; ++fd) {
    if (listener < 0 && sd_is_socket(fd, AF_UNSPEC, SOCK_STREAM, 1) > 0) {
      listener = fd;
      continue;
    }
    TW_LOG_WARNING("passed fd %d is not a listening stream socket, or not the first; closed", fd);
    ::close(fd);
  }
  return listener;
}

}  // namespace tailwatch::http
