// sd_notify(3) for Type=notify units: READY=1, RELOADING=1, STOPPING=1,
// STATUS= lines and WATCHDOG=1 pings. Without NOTIFY_SOCKET every call is a
// cheap no-op, so the daemon calls them unconditionally.
#ifndef TAILWATCH_DAEMON_RUNTIME_SYSTEMD_NOTIFY_H_
#define TAILWATCH_DAEMON_RUNTIME_SYSTEMD_NOTIFY_H_

#include <cstdint>
#include <string_view>

namespace tailwatch::daemon {

void NotifyReady(std::string_view status);
void NotifyReloading();
void NotifyStopping();
void NotifyStatus(std::string_view status);
void NotifyWatchdog();
// The watchdog interval systemd asked for (WatchdogSec=), 0 when none.
uint64_t WatchdogIntervalUs();

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_SYSTEMD_NOTIFY_H_
