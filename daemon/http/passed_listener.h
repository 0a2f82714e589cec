// A listening socket passed to the daemon at start, by systemd's socket
// activation (tailwatch.socket) or by the launcher (daemon/launcher/), both
// through the LISTEN_FDS protocol. The HTTP server adopts it when it is bound
// to server.listen (http_server.h), so connections made before the daemon was
// ready wait in its backlog instead of being refused.
#ifndef TAILWATCH_DAEMON_HTTP_PASSED_LISTENER_H_
#define TAILWATCH_DAEMON_HTTP_PASSED_LISTENER_H_

namespace tailwatch::http {

// The first passed fd that is a listening stream socket (close-on-exec from
// here on), or -1. Other passed fds are closed with a warning, and the
// LISTEN_* variables are removed from the environment. Call once, at start.
int TakePassedListener();

}  // namespace tailwatch::http

#endif  // TAILWATCH_DAEMON_HTTP_PASSED_LISTENER_H_
