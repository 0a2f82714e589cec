// tailwatchd's runtime: owns every stage and wires them (STYLE.md §1).
//
//   TailSets (one per log group) --lines--> Pipeline (filters, store, alarms)
//   HttpServer: /metrics, /api/v1/alarms, /healthz, /readyz
//   CheckpointStore: tail offsets + engine state, written together
//
// Concurrency (STYLE.md §5): one io_context run on `io_threads` threads. The
// engine strand owns the TailSets and the Pipeline: polling files, running
// lines through the engine, ticking alarms and taking checkpoint snapshots all
// happen there, so offsets and engine state are always consistent. HTTP
// sessions run on their own strands; the few that read engine state
// (/metrics, /api/v1/alarms) take `engine_mu_`, which the engine strand holds
// per batch (never per line). Checkpoint files are written off the strand.
//
// Signals: SIGHUP reloads (compile the new config in full, then swap; a bad
// config keeps the old one and is counted), SIGTERM/SIGINT stop after a final
// checkpoint.
#ifndef TAILWATCH_DAEMON_RUNTIME_DAEMON_H_
#define TAILWATCH_DAEMON_RUNTIME_DAEMON_H_

#include <memory>
#include <string>

namespace tailwatch::daemon {

struct DaemonOptions {
  std::string config_path;  // empty: the embedded default
  std::string listen;       // overrides server.listen when not empty
  std::string state_dir;    // overrides state_dir when not empty
  int io_threads = 2;
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
