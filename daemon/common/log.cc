#include "daemon/common/log.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

namespace tailwatch::daemon {
namespace {

std::atomic<int> g_level{static_cast<int>(LogLevel::kInfo)};
std::atomic<bool> g_journal{false};

bool StderrIsJournal() {
  const char* stream = std::getenv("JOURNAL_STREAM");
  if (stream == nullptr) return false;
  unsigned long long dev = 0, ino = 0;
  if (std::sscanf(stream, "%llu:%llu", &dev, &ino) != 2) return false;
  struct stat st {};
  if (fstat(STDERR_FILENO, &st) != 0) return false;
  return static_cast<unsigned long long>(st.st_dev) == dev &&
         static_cast<unsigned long long>(st.st_ino) == ino;
}

int SyslogPriority(LogLevel level) {
  switch (level) {
    case LogLevel::kDebug:
      return 7;
    case LogLevel::kInfo:
      return 6;
    case LogLevel::kWarning:
      return 4;
    case LogLevel::kError:
      return 3;
  }
  return 6;
}

const char* LevelName(LogLevel level) {
  switch (level) {
    case LogLevel::kDebug:
      return "debug";
    case LogLevel::kInfo:
      return "info";
    case LogLevel::kWarning:
      return "warning";
    case LogLevel::kError:
      return "error";
  }
  return "info";
}

void WriteLine(LogLevel level, const char* format, va_list args, const std::string& suffix) {
  char message[2048];
  std::vsnprintf(message, sizeof message, format, args);
  std::string line;
  if (g_journal.load(std::memory_order_relaxed)) {
    line = "<" + std::to_string(SyslogPriority(level)) + ">" + message;
  } else {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    tm utc{};
    gmtime_r(&ts.tv_sec, &utc);
    char stamp[64];
    std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<int>(ts.tv_nsec / 1000000) % 1000);
    line = std::string(stamp) + " " + LevelName(level) + " " + message;
  }
  // One line per event: a message never spans lines in the journal.
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  line += suffix;
  line += '\n';
  ssize_t ignored = write(STDERR_FILENO, line.data(), line.size());
  (void)ignored;
}

}  // namespace

std::optional<LogLevel> ParseLogLevel(std::string_view text) {
  if (text == "debug") return LogLevel::kDebug;
  if (text == "info") return LogLevel::kInfo;
  if (text == "warning" || text == "warn") return LogLevel::kWarning;
  if (text == "error") return LogLevel::kError;
  return std::nullopt;
}

void SetLogLevel(LogLevel level) { g_level.store(static_cast<int>(level)); }
LogLevel GetLogLevel() { return static_cast<LogLevel>(g_level.load()); }
void InitLogging() { g_journal.store(StderrIsJournal()); }

void Log(LogLevel level, const char* format, ...) {
  if (static_cast<int>(level) < g_level.load(std::memory_order_relaxed)) return;
  va_list args;
  va_start(args, format);
  WriteLine(level, format, args, "");
  va_end(args);
}

void RateLimitedLog::Log(LogLevel level, long long now_ms, const char* format, ...) {
  if (static_cast<int>(level) < g_level.load(std::memory_order_relaxed)) return;
  if (window_start_ms_ < 0 || now_ms - window_start_ms_ >= interval_ms_) {
    window_start_ms_ = now_ms;
    logged_in_window_ = 0;
  }
  if (logged_in_window_ >= burst_) {
    ++suppressed_;
    return;
  }
  ++logged_in_window_;
  std::string suffix;
  if (suppressed_ > 0) {
    suffix = " (" + std::to_string(suppressed_) + " similar messages suppressed)";
    suppressed_ = 0;
  }
  va_list args;
  va_start(args, format);
  WriteLine(level, format, args, suffix);
  va_end(args);
}

}  // namespace tailwatch::daemon
