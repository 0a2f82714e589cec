// JournaledIngestSink: a batch reaches the engine only once journaled, stamped
// with its sequence; refused batches (unknown group, admission) are never
// journaled; the covered-sequence checkpoint section round-trips.
#include "daemon/ingest/journaled_ingest_sink.h"

#include <gtest/gtest.h>

#include <future>
#include <mutex>
#include <string>
#include <vector>

#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::TempDir;

struct FakeEngine : IngestSink {
  void Submit(IngestBatch batch, std::function<void(IngestResult)> done) override {
    {
      std::lock_guard<std::mutex> lock(mu);
      sequences.push_back(batch.journal_sequence);
      events += batch.events.size();
    }
    done(IngestResult::kAccepted);
  }
  bool HasLogGroup(std::string_view g) const override { return g == "g"; }
  std::mutex mu;
  std::vector<uint64_t> sequences;
  size_t events = 0;
};

IngestBatch Batch(const std::string& group, int events) {
  IngestBatch b;
  b.log_group = group;
  b.log_stream = "s";
  for (int i = 0; i < events; ++i) b.events.push_back(IngestEvent{-1, "m" + std::to_string(i)});
  return b;
}

IngestResult SubmitSync(IngestSink& sink, IngestBatch batch) {
  std::promise<IngestResult> p;
  sink.Submit(std::move(batch), [&p](IngestResult r) { p.set_value(r); });
  return p.get_future().get();
}

size_t JournalRecords(PushJournal& journal) {
  size_t n = 0;
  EXPECT_TRUE(journal.Read(0, [&](const JournalRecord&) {
    ++n;
    return true;
  }));
  return n;
}

TEST(JournaledIngestSinkTest, JournalsBeforeTheEngineAndStampsTheSequence) {
  TempDir dir;
  PushJournalOptions o;
  o.dir = dir / "journal";
  auto journal = PushJournal::Open(o);
  ASSERT_TRUE(journal);
  FakeEngine engine;
  JournaledIngestSink sink(**journal, engine);
  EXPECT_EQ(IngestResult::kAccepted, SubmitSync(sink, Batch("g", 3)));
  EXPECT_EQ(IngestResult::kAccepted, SubmitSync(sink, Batch("g", 2)));
  EXPECT_EQ((std::vector<uint64_t>{1, 2}), engine.sequences);
  EXPECT_EQ(2u, JournalRecords(**journal));
  // Unknown group: answered at once, nothing journaled.
  EXPECT_EQ(IngestResult::kUnknownLogGroup, SubmitSync(sink, Batch("nope", 1)));
  EXPECT_EQ(2u, JournalRecords(**journal));
}

TEST(JournaledIngestSinkTest, AdmissionRefusalIsNeverJournaled) {
  TempDir dir;
  PushJournalOptions o;
  o.dir = dir / "journal";
  auto journal = PushJournal::Open(o);
  ASSERT_TRUE(journal);
  FakeEngine engine;
  JournaledIngestSink sink(**journal, engine,
                           [](const IngestBatch&) { return IngestResult::kOverloaded; });
  EXPECT_EQ(IngestResult::kOverloaded, SubmitSync(sink, Batch("g", 1)));
  EXPECT_EQ(0u, JournalRecords(**journal));
  EXPECT_TRUE(engine.sequences.empty());
}

TEST(JournaledIngestSinkTest, CoveredSectionRoundTrips) {
  EXPECT_EQ(42u, *PushJournal::DecodeCovered(PushJournal::EncodeCovered(42)));
  EXPECT_FALSE(PushJournal::DecodeCovered("tailwatch-journal 1\ncovered x\n"));
  EXPECT_FALSE(PushJournal::DecodeCovered(""));
}

}  // namespace
}  // namespace tailwatch::daemon
