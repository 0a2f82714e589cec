#include "daemon/runtime/systemd_notify.h"

#include <systemd/sd-daemon.h>

#include <string>

namespace tailwatch::daemon {
namespace {

void Send(const std::string& message) { sd_notify(0, message.c_str()); }

}  // namespace

void NotifyReady(std::string_view status) { Send("READY=1\nSTATUS=" + std::string(status)); }
void NotifyReloading() { Send("RELOADING=1\nSTATUS=reloading configuration"); }
void NotifyStopping() { Send("STOPPING=1\nSTATUS=stopping"); }
void NotifyStatus(std::string_view status) { Send("STATUS=" + std::string(status)); }
void NotifyWatchdog() { Send("WATCHDOG=1"); }

uint64_t WatchdogIntervalUs() {
  uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) > 0) return usec;
  return 0;
}

}  // namespace tailwatch::daemon
