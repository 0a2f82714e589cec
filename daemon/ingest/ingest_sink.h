// The seam between HTTP ingestion (push endpoint, AWS PutLogEvents) and the
// engine: handlers hand whole batches to an IngestSink, which the daemon
// implements by running them through the log group's filters on the engine
// strand.
//
// Acknowledgement means "counted": `done` is called only after every event of
// the batch went through the engine (or with an error, when none did). A
// batch is never split: it is accepted whole or refused whole.
#ifndef TAILWATCH_DAEMON_INGEST_INGEST_SINK_H_
#define TAILWATCH_DAEMON_INGEST_INGEST_SINK_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tailwatch::daemon {

struct IngestEvent {
  int64_t timestamp_ms = -1;  // event time; -1 = ingestion time
  std::string message;
};

struct IngestBatch {
  std::string log_group;
  std::string log_stream;
  std::vector<IngestEvent> events;
  size_t bytes = 0;  // sum of message sizes (for the in-flight limit)
  // The push journal's record of this batch (JournaledIngestSink sets it;
  // 0: not journaled). The engine strand remembers the last one it ran, and
  // the checkpoint stores it as the journal's covered sequence.
  uint64_t journal_sequence = 0;
};

enum class IngestResult {
  kAccepted,         // every event was run through the engine
  kUnknownLogGroup,  // the config defines no such log group: nothing counted
  kOverloaded,       // the engine is behind (in-flight limit): retry later
  kShuttingDown,     // the daemon is stopping: retry later
};

class IngestSink {
 public:
  virtual ~IngestSink() = default;
  // Thread-safe; `done` is called exactly once, from any thread.
  virtual void Submit(IngestBatch batch, std::function<void(IngestResult)> done) = 0;
  // Thread-safe: whether the current config defines `log_group`.
  virtual bool HasLogGroup(std::string_view log_group) const = 0;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_INGEST_SINK_H_
