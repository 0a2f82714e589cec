// PushJournal on real files in a temp dir: append then replay after a
// reopen, a write torn mid-record (what kill -9 leaves) cut off, group commit
// under concurrent appenders, and retention by size/age vs. coverage.
#include "daemon/ingest/push_journal.h"

#include <dirent.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::TempDir;

IngestBatch MakeBatch(const std::string& group, int first, int count) {
  IngestBatch b;
  b.log_group = group;
  b.log_stream = "s";
  for (int i = 0; i < count; ++i) {
    b.events.push_back(IngestEvent{1000 + first + i, "event " + std::to_string(first + i)});
    b.bytes += b.events.back().message.size();
  }
  return b;
}

// Appends and waits until durable; returns the sequence.
uint64_t AppendSync(PushJournal& j, const IngestBatch& batch) {
  std::promise<Result<uint64_t>> p;
  auto f = p.get_future();
  j.Append(batch, [&p](Result<uint64_t> seq) { p.set_value(std::move(seq)); });
  Result<uint64_t> seq = f.get();
  EXPECT_TRUE(seq) << (seq ? "" : seq.error().message);
  return seq ? *seq : 0;
}

std::vector<JournalRecord> ReplayAll(PushJournal& j, uint64_t after) {
  std::vector<JournalRecord> out;
  Status s = j.Replay(after, [&](const JournalRecord& r) { out.push_back(r); });
  EXPECT_TRUE(s) << (s ? "" : s.error().message);
  return out;
}

std::vector<std::string> Segments(const std::string& dir) {
  std::vector<std::string> out;
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return out;
  while (struct dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name.size() > 4 && name.ends_with(".twj")) out.push_back(dir + "/" + name);
  }
  ::closedir(d);
  std::sort(out.begin(), out.end());
  return out;
}

off_t FileSize(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? st.st_size : -1;
}

PushJournalOptions Options(const TempDir& dir) {
  PushJournalOptions o;
  o.dir = dir / "journal";
  return o;
}

TEST(PushJournalTest, AppendThenReplayAfterReopenGivesRecordsAfterCovered) {
  TempDir dir;
  {
    auto j = PushJournal::Open(Options(dir));
    ASSERT_TRUE(j) << j.error().message;
    EXPECT_EQ(1u, AppendSync(**j, MakeBatch("g", 0, 3)));
    EXPECT_EQ(2u, AppendSync(**j, MakeBatch("h", 3, 2)));
    EXPECT_EQ(3u, AppendSync(**j, MakeBatch("g", 5, 1)));
  }
  auto j = PushJournal::Open(Options(dir));
  ASSERT_TRUE(j) << j.error().message;
  EXPECT_TRUE((*j)->warnings().empty());
  auto records = ReplayAll(**j, /*after=*/1);
  ASSERT_EQ(2u, records.size());
  EXPECT_EQ(2u, records[0].sequence);
  EXPECT_EQ("h", records[0].batch.log_group);
  ASSERT_EQ(2u, records[0].batch.events.size());
  EXPECT_EQ("event 4", records[0].batch.events[1].message);
  EXPECT_EQ(1004, records[0].batch.events[1].timestamp_ms);
  EXPECT_EQ(3u, records[1].sequence);
  // Sequences continue after a restart, never reused.
  EXPECT_EQ(4u, AppendSync(**j, MakeBatch("g", 6, 1)));
}

TEST(PushJournalTest, TornTailIsCutWithAWarningAndEarlierRecordsSurvive) {
  TempDir dir;
  std::string segment;
  {
    auto j = PushJournal::Open(Options(dir));
    ASSERT_TRUE(j);
    AppendSync(**j, MakeBatch("g", 0, 10));
    AppendSync(**j, MakeBatch("g", 10, 10));
  }
  auto segments = Segments(dir / "journal");
  ASSERT_FALSE(segments.empty());
  segment = segments.front();
  const off_t full = FileSize(segment);
  // kill -9 in the middle of the second record's write.
  ASSERT_EQ(0, ::truncate(segment.c_str(), full - 7));
  auto j = PushJournal::Open(Options(dir));
  ASSERT_TRUE(j) << j.error().message;
  ASSERT_EQ(1u, (*j)->warnings().size());
  EXPECT_NE(std::string::npos, (*j)->warnings()[0].find("torn or corrupt"));
  auto records = ReplayAll(**j, 0);
  ASSERT_EQ(1u, records.size());
  EXPECT_EQ(10u, records[0].batch.events.size());
  EXPECT_LT(FileSize(segment), full - 7);  // cut back to the last whole record
  // The next record goes after the repaired data and replays fine.
  AppendSync(**j, MakeBatch("g", 20, 1));
  j->reset();
  auto again = PushJournal::Open(Options(dir));
  ASSERT_TRUE(again);
  EXPECT_TRUE((*again)->warnings().empty());
  EXPECT_EQ(2u, ReplayAll(**again, 0).size());
}

TEST(PushJournalTest, CorruptByteIsDetectedByTheChecksum) {
  TempDir dir;
  {
    auto j = PushJournal::Open(Options(dir));
    ASSERT_TRUE(j);
    AppendSync(**j, MakeBatch("g", 0, 1));
    AppendSync(**j, MakeBatch("g", 1, 1));
  }
  std::string segment = Segments(dir / "journal").front();
  int fd = ::open(segment.c_str(), O_RDWR);
  ASSERT_GE(fd, 0);
  const char x = 'X';
  ASSERT_EQ(1, ::pwrite(fd, &x, 1, FileSize(segment) - 2));  // inside the 2nd message
  ::close(fd);
  auto j = PushJournal::Open(Options(dir));
  ASSERT_TRUE(j);
  EXPECT_EQ(1u, (*j)->warnings().size());
  EXPECT_EQ(1u, ReplayAll(**j, 0).size());
}

TEST(PushJournalTest, ConcurrentAppendersShareFsyncs) {
  TempDir dir;
  auto j = PushJournal::Open(Options(dir));
  ASSERT_TRUE(j);
  constexpr int kThreads = 8, kPerThread = 200;
  std::atomic<int> done{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        std::promise<void> p;
        (*j)->Append(MakeBatch("g", t * 1000 + i, 5), [&](Result<uint64_t> seq) {
          EXPECT_TRUE(seq);
          ++done;
          p.set_value();
        });
        p.get_future().wait();
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(kThreads * kPerThread, done.load());
  JournalCounters c = (*j)->counters();
  EXPECT_EQ(uint64_t(kThreads * kPerThread), c.records_appended);
  // Every `done` came after an fsync, and waiting appenders shared them.
  EXPECT_GT(c.syncs, 0u);
  EXPECT_LT(c.syncs, c.records_appended);
  auto records = ReplayAll(**j, 0);
  ASSERT_EQ(size_t(kThreads * kPerThread), records.size());
  for (size_t i = 0; i < records.size(); ++i) EXPECT_EQ(i + 1, records[i].sequence);
}

TEST(PushJournalTest, DoneComesInSequenceOrder) {
  TempDir dir;
  auto j = PushJournal::Open(Options(dir));
  ASSERT_TRUE(j);
  std::mutex mu;
  std::vector<uint64_t> order;
  std::promise<void> all;
  constexpr int kCount = 500;
  for (int i = 0; i < kCount; ++i) {
    (*j)->Append(MakeBatch("g", i, 1), [&](Result<uint64_t> seq) {
      std::lock_guard<std::mutex> lock(mu);
      order.push_back(*seq);
      if (order.size() == kCount) all.set_value();
    });
  }
  all.get_future().wait();
  for (size_t i = 0; i < order.size(); ++i) EXPECT_EQ(i + 1, order[i]);
}

TEST(PushJournalTest, RetentionDeletesOnlyCoveredSegmentsBeyondLimits) {
  TempDir dir;
  // Read by the journal's writer thread too.
  std::atomic<int64_t> now{1'000'000'000};
  PushJournalOptions o = Options(dir);
  o.segment_bytes = 1;  // every record rolls the segment
  o.max_bytes = 1ull << 40;
  o.max_age_ms = 3600 * 1000;
  o.now_ms = [&now] { return now.load(); };
  auto j = PushJournal::Open(o);
  ASSERT_TRUE(j);
  for (int i = 0; i < 4; ++i) AppendSync(**j, MakeBatch("g", i, 1));
  // Wait for the writer's roll after the last record.
  for (int i = 0; i < 100 && Segments(dir / "journal").size() < 5; ++i) ::usleep(10000);
  ASSERT_EQ(5u, Segments(dir / "journal").size());  // 4 sealed + the empty active

  // Young: nothing goes, even when covered.
  (*j)->SetCovered(2);
  EXPECT_EQ(5u, Segments(dir / "journal").size());
  // Old: the covered segments go, the uncovered ones stay (recovery needs
  // them), and the active one always stays.
  now += 2 * 3600 * 1000;
  (*j)->SetCovered(2);
  EXPECT_EQ(3u, Segments(dir / "journal").size());
  EXPECT_EQ(2u, (*j)->counters().segments_deleted);
  auto records = ReplayAll(**j, 0);
  ASSERT_EQ(2u, records.size());
  EXPECT_EQ(3u, records[0].sequence);
}

TEST(PushJournalTest, RetentionBySizeKeepsTheNewest) {
  TempDir dir;
  PushJournalOptions o = Options(dir);
  o.segment_bytes = 1;
  o.max_bytes = 1;  // keep only what the newest segment holds
  auto j = PushJournal::Open(o);
  ASSERT_TRUE(j);
  for (int i = 0; i < 3; ++i) AppendSync(**j, MakeBatch("g", i, 1));
  for (int i = 0; i < 100 && Segments(dir / "journal").size() < 4; ++i) ::usleep(10000);
  (*j)->SetCovered(1);
  // Segment 1 is covered and beyond the size limit; 2 and 3 are not covered.
  EXPECT_EQ(3u, Segments(dir / "journal").size());
  (*j)->SetCovered(3);
  // The newest sealed segment (3) holds max_bytes; the empty active one stays.
  EXPECT_EQ(2u, Segments(dir / "journal").size());
  auto records = ReplayAll(**j, 0);
  ASSERT_EQ(1u, records.size());
  EXPECT_EQ(3u, records[0].sequence);
}

TEST(PushJournalTest, ReplayNeverReusesSequencesACheckpointKnows) {
  TempDir dir;
  auto j = PushJournal::Open(Options(dir));
  ASSERT_TRUE(j);
  // The journal directory was lost but the checkpoint covers 41.
  EXPECT_TRUE(ReplayAll(**j, 41).empty());
  EXPECT_EQ(42u, AppendSync(**j, MakeBatch("g", 0, 1)));
}

TEST(PushJournalTest, IntervalAndNeverPoliciesAcknowledgeAfterTheWrite) {
  for (JournalFsync policy : {JournalFsync::kInterval, JournalFsync::kNever}) {
    TempDir dir;
    PushJournalOptions o = Options(dir);
    o.fsync = policy;
    o.fsync_interval_ms = 10;
    {
      auto j = PushJournal::Open(o);
      ASSERT_TRUE(j);
      AppendSync(**j, MakeBatch("g", 0, 2));
      // Written before `done`: a reader (another process after kill -9) sees it.
      EXPECT_EQ(1u, ReplayAll(**j, 0).size());
    }
    auto j = PushJournal::Open(o);
    ASSERT_TRUE(j);
    EXPECT_EQ(1u, ReplayAll(**j, 0).size()) << ToString(policy);
  }
}

TEST(PushJournalTest, FsyncPolicyNamesRoundTrip) {
  JournalFsync f{};
  EXPECT_TRUE(ParseJournalFsync("interval", &f));
  EXPECT_EQ(JournalFsync::kInterval, f);
  EXPECT_FALSE(ParseJournalFsync("sometimes", &f));
}

}  // namespace
}  // namespace tailwatch::daemon
