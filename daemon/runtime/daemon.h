// tailwatchd's runtime: owns every stage and wires them (STYLE.md §1).
//
//   TailSets (one per log group) --lines--> Pipeline (filters, store, alarms)
//   HttpServer: /metrics, /api/v1/alarms, /healthz, /readyz
//   CheckpointStore: tail offsets + engine state, written together
//
// Concurrency (STYLE.md §5): one io_context run on `io_threads` threads, and
// one owner per piece of state:
//   - the engine strand owns the Pipeline, the tail stage (one TailGroup per
//     log group: TailSet + inotify watch) and the configuration: polling
//     files, running pushed and tailed lines through the engine, ticking
//     alarms, reloading and taking checkpoint snapshots all happen there, so
//     offsets and engine state are always consistent; with
//     --engine-threads N, a poll reads and matches several groups at once
//     on worker threads (engine_workers.h), each applying its group's
//     batches under one mutex while the strand waits for the join, then
//     finishes the groups in order;
//   - after each poll, push, tick and reload the strand publishes an immutable
//     EngineSnapshot (engine_snapshot.h); the HTTP front (http_front.h) and
//     /metrics read only snapshots and atomics, never live engine state, and
//     never wait for ingestion;
//   - HTTP sessions own themselves (http_server.h); checkpoint files are
//     written off the strand.
//
// Signals: SIGHUP reloads (compile the new config in full, then apply a
// ReloadPlan (reload_plan.h): groups kept, rebuilt or dropped, dropped ones
// closed at once; a bad config keeps the old one and is counted),
// SIGTERM/SIGINT stop: a last poll, a final checkpoint, then every timer,
// watch and connection ends and the io threads return by themselves.
#ifndef TAILWATCH_DAEMON_RUNTIME_DAEMON_H_
#define TAILWATCH_DAEMON_RUNTIME_DAEMON_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace tailwatch::daemon {

struct DaemonOptions {
  std::string config_path;  // empty: the embedded default
  std::string listen;       // overrides server.listen when not empty
  std::string state_dir;    // overrides state_dir when not empty
  int io_threads = 2;
  // Threads that read and match different log groups at once (the strand's
  // own included); 1: the strand does it all. engine_workers.h.
  int engine_threads = 1;
  // A listening socket passed at start (http/passed_listener.h), or -1; the
  // HTTP server serves on it when it is bound to server.listen.
  int passed_listener = -1;
  // Wall clock in epoch ms (event time of tailed lines, alarm ticks,
  // checkpoint age). Null: the system clock. Tests inject their own.
  std::function<int64_t()> wall_clock_ms;
  // Called once serving, with the bound port (useful with port 0).
  std::function<void(uint16_t port)> on_listening;
  // Called on the engine strand before each log group's poll, with the
  // group's name. Tests use it to hold ingestion at a known point.
  std::function<void(const std::string& log_group)> before_group_poll;
  // Called on the engine strand after each snapshot publication, with its
  // version. Tests use it to see what a poll publishes.
  std::function<void(uint64_t version)> on_snapshot_published;
};

class Daemon {
 public:
  explicit Daemon(DaemonOptions options);
  ~Daemon();
  Daemon(const Daemon&) = delete;
  Daemon& operator=(const Daemon&) = delete;

  // Loads the config, restores the checkpoint, serves until SIGTERM/SIGINT.
  // Returns the process exit code (0, or 1 for a bad config / start-up error).
  int Run();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_DAEMON_H_
