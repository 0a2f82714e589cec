// An S3 sink (config `sinks:`, docs/s3.md): ships the raw lines of its log
// groups' files and pushed events to an S3-compatible bucket as gzip objects,
// exactly once.
//
// It reads its sources itself, on its own thread, never on the engine
// strand: the tailed files (its own cursor per file identity, by device and
// inode) and the push journal (PushJournal::Read, thread-safe). Batches are
// byte ranges of a file, or sequence ranges of one pushed stream, so an open
// batch costs no memory and a recorded one can be rebuilt from its bounds
// (sink_state.h explains the exactly-once protocol).
//
// One round: scan the groups' globs, extend each open batch to the last
// complete line, cut batches that reach max_batch_bytes or are older than
// max_batch_seconds, record every cut durably, then upload the recorded
// batches in order (PUT, or multipart above the threshold), each one
// removed from the state once S3 answered 2xx. A failed upload is retried
// with doubling backoff; nothing is dropped while its source exists.
//
// Retention: the sink's JournalHold() is the journal sequence it still
// needs; the daemon never lets journal retention delete past it.
// Rotation: a file renamed within its directory is found again by its
// identity; a pending batch whose file is gone (deleted, compressed) cannot
// be rebuilt and is counted in batches_lost.
#ifndef TAILWATCH_DAEMON_SINK_S3_SINK_H_
#define TAILWATCH_DAEMON_SINK_S3_SINK_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "config/config.h"
#include "daemon/sink/s3_client.h"
#include "daemon/sink/sink_state.h"
#include "engine/common/status.h"

namespace tailwatch::daemon {
class PushJournal;
}

namespace tailwatch::sink {

struct SinkGroup {
  std::string name;
  std::vector<std::string> globs;
  bool start_at_beginning = false;
};

struct S3SinkOptions {
  config::SinkConfig config;
  std::vector<SinkGroup> groups;                 // the config's log_groups, with their files
  std::string state_path;                        // the durable state file
  const daemon::PushJournal* journal = nullptr;  // null: no pushed events
  notify::AwsCredentials credentials;
  std::function<int64_t()> wall_clock_ms;  // null: the system clock
  int poll_interval_ms = 250;
  size_t read_budget_bytes = 64u << 20;  // per round, over all sources
};

struct SinkCounters {
  uint64_t objects = 0;          // uploaded
  uint64_t bytes = 0;            // compressed bytes uploaded
  uint64_t raw_bytes = 0;        // bytes of lines in uploaded objects
  uint64_t upload_failures = 0;  // attempts that failed (each is retried)
  uint64_t batches_lost = 0;     // recorded batches whose source was gone
  uint64_t pending = 0;          // recorded, not yet uploaded
  uint64_t state_write_failures = 0;
};

class S3Sink {
 public:
  static Result<std::unique_ptr<S3Sink>> Open(S3SinkOptions options);
  ~S3Sink();
  S3Sink(const S3Sink&) = delete;
  S3Sink& operator=(const S3Sink&) = delete;

  // Runs rounds on a thread until Stop (which waits for the round in
  // flight; open batches are not cut: the next start reads them again).
  void Start();
  void Stop();

  // One round on the caller's thread (tests). `cut_all` cuts every open
  // batch regardless of its size and age.
  void RunRound(bool cut_all = false);

  const std::string& name() const { return options_.config.name; }
  SinkCounters counters() const;
  // The lowest journal sequence this sink may still read (0: none needed).
  uint64_t JournalHold() const { return journal_hold_.load(); }
  // The recorded state, for tests.
  SinkState state() const;

 private:
  explicit S3Sink(S3SinkOptions options);
  struct OpenFile;
  struct OpenStream;

  void ScanFiles(bool cut_all, int64_t now, size_t& budget);
  void ReadJournal(bool cut_all, int64_t now, size_t& budget);
  bool Persist();
  void UploadPending(int64_t now);
  // The bytes of `batch`; false (and `why`) when its source is gone.
  bool Rebuild(const PendingBatch& batch, std::string* data, std::string* why);
  void UpdateHold();

  S3SinkOptions options_;
  S3Client client_;
  mutable std::mutex state_mu_;  // state_ vs state() readers
  SinkState state_;
  std::map<std::pair<uint64_t, uint64_t>, std::unique_ptr<OpenFile>> open_files_;
  std::map<std::pair<std::string, std::string>, OpenStream> open_streams_;
  uint64_t journal_read_ = 0;  // last journal sequence read this run
  std::string buffer_;
  std::string compressed_;
  int backoff_ms_ = 0;
  int64_t next_attempt_ms_ = 0;
  bool dirty_ = false;  // state_ changed since the last Persist

  std::atomic<uint64_t> journal_hold_{0};
  std::atomic<uint64_t> objects_{0}, bytes_{0}, raw_bytes_{0}, failures_{0}, lost_{0}, pending_{0},
      state_failures_{0};

  std::mutex run_mu_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace tailwatch::sink

#endif  // TAILWATCH_DAEMON_SINK_S3_SINK_H_
