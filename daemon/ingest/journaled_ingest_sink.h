// JournaledIngestSink: an IngestSink that journals every batch before the
// engine sees it, so `done(kAccepted)` (the 2xx) comes only once the batch is
// durable in the PushJournal AND counted by the engine.
//
// Order of a Submit: unknown log group -> refused at once, nothing journaled;
// else PushJournal::Append; when durable, the batch, stamped with its
// journal_sequence, goes to the engine sink, whose `done` answers the client.
// The journal calls back in sequence order from one thread, so an engine sink
// that posts to one strand runs batches in sequence order: "the last
// journal_sequence the strand ran" is then exactly what a checkpoint covers.
// A journal write that fails answers kOverloaded (the client retries; nothing
// was journaled, nothing counted).
//
// A batch that the engine sink refuses AFTER it was journaled (kOverloaded,
// kShuttingDown) is in the journal but answered 429/503: after a crash before
// the next checkpoint it is replayed, and a client that retried has it twice.
// So the engine sink should refuse for overload before this wrapper journals
// (reserve_ below), and stop accepting before it stops the engine.
//
// Thread-safe like its parts; `journal` and `engine` must outlive it.
#ifndef TAILWATCH_DAEMON_INGEST_JOURNALED_INGEST_SINK_H_
#define TAILWATCH_DAEMON_INGEST_JOURNALED_INGEST_SINK_H_

#include <functional>
#include <string_view>

#include "daemon/ingest/ingest_sink.h"
#include "daemon/ingest/push_journal.h"

namespace tailwatch::daemon {

class JournaledIngestSink final : public IngestSink {
 public:
  // `admit` (optional, any thread): asked before journaling; kAccepted lets
  // the batch through, anything else is the answer (e.g. kOverloaded from the
  // daemon's in-flight byte cap), so a refused batch is never journaled.
  using Admit = std::function<IngestResult(const IngestBatch&)>;
  // `unadmit` (optional): an admitted batch that could not be journaled
  // (answered kOverloaded) gives back what `admit` reserved.
  using Unadmit = std::function<void(const IngestBatch&)>;
  JournaledIngestSink(PushJournal& journal, IngestSink& engine, Admit admit = nullptr,
                      Unadmit unadmit = nullptr);

  void Submit(IngestBatch batch, std::function<void(IngestResult)> done) override;
  bool HasLogGroup(std::string_view log_group) const override;

 private:
  PushJournal& journal_;
  IngestSink& engine_;
  Admit admit_;
  Unadmit unadmit_;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_JOURNALED_INGEST_SINK_H_
