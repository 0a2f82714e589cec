#include "daemon/ingest/journaled_ingest_sink.h"

#include <memory>
#include <utility>

namespace tailwatch::daemon {

JournaledIngestSink::JournaledIngestSink(PushJournal& journal, IngestSink& engine, Admit admit,
                                         Unadmit unadmit)
    : journal_(journal), engine_(engine), admit_(std::move(admit)), unadmit_(std::move(unadmit)) {}

bool JournaledIngestSink::HasLogGroup(std::string_view log_group) const {
  return engine_.HasLogGroup(log_group);
}

void JournaledIngestSink::Submit(IngestBatch batch, std::function<void(IngestResult)> done) {
  if (!engine_.HasLogGroup(batch.log_group)) {
    done(IngestResult::kUnknownLogGroup);
    return;
  }
  if (admit_) {
    if (IngestResult r = admit_(batch); r != IngestResult::kAccepted) {
      done(r);
      return;
    }
  }
  // std::function needs a copyable callable: the batch rides in a shared_ptr.
  auto held = std::make_shared<IngestBatch>(std::move(batch));
  journal_.Append(*held, [this, held, done = std::move(done)](Result<uint64_t> sequence) {
    if (!sequence) {
      if (unadmit_) unadmit_(*held);
      done(IngestResult::kOverloaded);
      return;
    }
    held->journal_sequence = *sequence;
    engine_.Submit(std::move(*held), done);
  });
}

}  // namespace tailwatch::daemon
