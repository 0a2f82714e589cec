// Logging for tailwatchd: one line per event on stderr.
//
// When stderr is the systemd journal (JOURNAL_STREAM names stderr's device
// and inode) lines carry a `<N>` syslog priority prefix and no timestamp, since
// journald adds its own; otherwise each line starts with an ISO-8601 UTC time
// and the level. Thread-safe: a line is written with one write(2).
#ifndef TAILWATCH_DAEMON_COMMON_LOG_H_
#define TAILWATCH_DAEMON_COMMON_LOG_H_

#include <cstdarg>
#include <optional>
#include <string_view>

namespace tailwatch::daemon {

enum class LogLevel { kDebug = 0, kInfo = 1, kWarning = 2, kError = 3 };

std::optional<LogLevel> ParseLogLevel(std::string_view text);  // debug|info|warning|error
void SetLogLevel(LogLevel level);
LogLevel GetLogLevel();
// Re-detects whether stderr is the journal (called once at start-up).
void InitLogging();

void Log(LogLevel level, const char* format, ...) __attribute__((format(printf, 2, 3)));

#define TW_LOG_DEBUG(...) \
  ::tailwatch::daemon::Log(::tailwatch::daemon::LogLevel::kDebug, __VA_ARGS__)
#define TW_LOG_INFO(...) ::tailwatch::daemon::Log(::tailwatch::daemon::LogLevel::kInfo, __VA_ARGS__)
#define TW_LOG_WARNING(...) \
  ::tailwatch::daemon::Log(::tailwatch::daemon::LogLevel::kWarning, __VA_ARGS__)
#define TW_LOG_ERROR(...) \
  ::tailwatch::daemon::Log(::tailwatch::daemon::LogLevel::kError, __VA_ARGS__)

// Logs at most `burst` messages per `interval_ms` for one call site; counts
// the rest and reports how many were suppressed with the next logged line.
// Use for failures driven by input (bad lines, flaky peers). Not thread-safe:
// keep one per strand.
class RateLimitedLog {
 public:
  RateLimitedLog(int burst, long long interval_ms) : burst_(burst), interval_ms_(interval_ms) {}
  void Log(LogLevel level, long long now_ms, const char* format, ...)
      __attribute__((format(printf, 4, 5)));

 private:
  int burst_;
  long long interval_ms_;
  long long window_start_ms_ = -1;
  int logged_in_window_ = 0;
  long long suppressed_ = 0;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_COMMON_LOG_H_
