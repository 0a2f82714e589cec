// PushJournal throughput with the default fsync policy (always: every 2xx
// waits for an fdatasync that it shares with the batches queued meanwhile).
//
// Each benchmark thread plays one HTTP connection: it appends a batch and
// waits for its `done` before the next, as a handler waits before answering.
// Items are events; rates are per wall second (UseRealTime), which is what a
// client sees. The journal lives in $TAILWATCH_BENCH_DIR (default /tmp), so
// point it at the disk state_dir will be on: fsync cost is the disk's.
#include <benchmark/benchmark.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <future>
#include <memory>
#include <string>

#include "daemon/ingest/push_journal.h"

namespace tailwatch::daemon {
namespace {

std::unique_ptr<PushJournal> journal;
std::string journal_dir;

IngestBatch MakeBatch(int events, int message_bytes) {
  IngestBatch b;
  b.log_group = "aiLogsGroup";
  b.log_stream = "host1";
  std::string message(static_cast<size_t>(message_bytes), 'x');
  message.replace(0, 22, "ERROR Exception step 1");
  for (int i = 0; i < events; ++i) {
    b.events.push_back(IngestEvent{1'700'000'000'000 + i, message});
    b.bytes += message.size();
  }
  return b;
}

void Setup(JournalFsync policy) {
  const char* base = ::getenv("TAILWATCH_BENCH_DIR");
  std::string tmpl = std::string(base != nullptr ? base : "/tmp") + "/tw-journal-bench-XXXXXX";
  if (::mkdtemp(tmpl.data()) == nullptr) std::abort();
  journal_dir = tmpl;
  PushJournalOptions o;
  o.dir = journal_dir + "/journal";
  o.fsync = policy;
  auto opened = PushJournal::Open(o);
  if (!opened) std::abort();
  journal = std::move(*opened);
}

void Teardown() {
  journal.reset();
  std::filesystem::remove_all(journal_dir);
}

void BM_JournalAppend(benchmark::State& state) {
  const auto policy = static_cast<JournalFsync>(state.range(2));
  if (state.thread_index() == 0) Setup(policy);
  const IngestBatch batch =
      MakeBatch(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
  for (auto _ : state) {
    std::promise<bool> p;
    journal->Append(batch, [&p](Result<uint64_t> seq) { p.set_value(seq.has_value()); });
    if (!p.get_future().get()) state.SkipWithError("append failed");
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.SetBytesProcessed(state.iterations() * state.range(0) * state.range(1));
  if (state.thread_index() == 0) {
    const JournalCounters c = journal->counters();
    state.counters["batches_per_fsync"] =
        c.syncs == 0 ? 0.0 : double(c.records_appended) / double(c.syncs);
    Teardown();
  }
}

// events per batch, bytes per message, policy; connections = threads.
BENCHMARK(BM_JournalAppend)
    ->ArgNames({"events", "bytes", "policy"})
    ->Args({100, 200, int(JournalFsync::kAlways)})
    ->Args({1000, 200, int(JournalFsync::kAlways)})
    ->Args({100, 200, int(JournalFsync::kInterval)})
    ->ThreadRange(1, 16)
    ->UseRealTime()
    ->MinTime(2.0);

}  // namespace
}  // namespace tailwatch::daemon

BENCHMARK_MAIN();
