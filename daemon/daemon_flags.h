// The flags of tailwatchd that take a value. main.cc parses them; the
// launcher (daemon/launcher/) skips over them to find --config and --listen,
// and binds nothing for any other argument. Freestanding: the launcher has no
// C or C++ library.
#ifndef TAILWATCH_DAEMON_DAEMON_FLAGS_H_
#define TAILWATCH_DAEMON_DAEMON_FLAGS_H_

namespace tailwatch::daemon {

inline constexpr const char* kValueFlags[] = {"--config",    "--listen",  "--state-dir",
                                              "--log-level", "--threads", "--engine-threads"};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_DAEMON_FLAGS_H_
