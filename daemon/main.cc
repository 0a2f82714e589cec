// tailwatchd: parses flags and runs the daemon. Everything else lives in
// daemon/runtime/daemon.cc.
#include <sys/prctl.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iterator>
#include <string>
#include <string_view>

#include "daemon/common/log.h"
#include "daemon/daemon_flags.h"
#include "daemon/http/passed_listener.h"
#include "daemon/runtime/daemon.h"

namespace {

constexpr const char* kUsage =
    "usage: tailwatchd [--config FILE] [--listen HOST:PORT] [--state-dir DIR]\n"
    "                  [--log-level debug|info|warning|error] [--threads N]\n"
    "                  [--engine-threads N]\n"
    "\n"
    "Tails log files, runs CloudWatch-style metric filters and alarms over every line, serves\n"
    "Prometheus metrics and alarm state over HTTP.\n"
    "\n"
    "  --config FILE      configuration (YAML); without it the embedded default runs: the seed\n"
    "                     'Error Exception' filter and alarm, tailing ./logs/*.log, on\n"
    "                     127.0.0.1:9108\n"
    "  --listen HOST:PORT override server.listen (port 0 picks a free port, logged at start)\n"
    "  --state-dir DIR    override state_dir (checkpoints)\n"
    "  --log-level LEVEL  debug, info (default), warning or error\n"
    "  --threads N        io threads (default 2)\n"
    "  --engine-threads N threads that read and run the filters of different log groups at\n"
    "                     once (default 1: all on the engine's own thread)\n"
    "\n"
    "Signals: SIGHUP reloads the configuration, SIGTERM/SIGINT stop after a final checkpoint.\n"
    "Endpoints: GET /metrics, GET /api/v1/alarms, GET /healthz, GET /readyz.\n";

}  // namespace

int main(int argc, char** argv) {
  using tailwatch::daemon::DaemonOptions;
  DaemonOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (arg == "--version") {
      std::puts("tailwatchd " TAILWATCH_VERSION);
      return 0;
    }
    const char* v = nullptr;
    if (std::any_of(std::begin(tailwatch::daemon::kValueFlags),
                    std::end(tailwatch::daemon::kValueFlags),
                    [&](const char* flag) { return arg == flag; })) {
      v = value();
      if (v == nullptr) {
        std::fprintf(stderr, "tailwatchd: %s needs a value\n%s", argv[i], kUsage);
        return 2;
      }
    } else {
      std::fprintf(stderr, "tailwatchd: unknown argument '%s'\n%s", argv[i], kUsage);
      return 2;
    }
    if (arg == "--config") {
      options.config_path = v;
    } else if (arg == "--listen") {
      options.listen = v;
    } else if (arg == "--state-dir") {
      options.state_dir = v;
    } else if (arg == "--engine-threads") {
      options.engine_threads = std::atoi(v);
      if (options.engine_threads < 1 || options.engine_threads > 64) {
        std::fprintf(stderr, "tailwatchd: --engine-threads must be 1..64\n");
        return 2;
      }
    } else if (arg == "--threads") {
      options.io_threads = std::atoi(v);
      if (options.io_threads < 1 || options.io_threads > 16) {
        std::fprintf(stderr, "tailwatchd: --threads must be 1..16\n");
        return 2;
      }
    } else {
      auto level = tailwatch::daemon::ParseLogLevel(v);
      if (!level) {
        std::fprintf(stderr, "tailwatchd: --log-level must be debug, info, warning or error\n");
        return 2;
      }
      tailwatch::daemon::SetLogLevel(*level);
    }
  }
  tailwatch::daemon::InitLogging();
  // Started by the launcher (daemon/launcher/), this program is
  // tailwatchd-core; `ps`, `top` and `pkill` keep seeing tailwatchd.
  prctl(PR_SET_NAME, "tailwatchd", 0, 0, 0);
  options.passed_listener = tailwatch::http::TakePassedListener();
  try {
    tailwatch::daemon::Daemon daemon(options);
    return daemon.Run();
  } catch (const std::exception& e) {
    TW_LOG_ERROR("internal error: %s", e.what());
    return 3;
  }
}
