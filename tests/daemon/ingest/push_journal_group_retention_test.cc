// The push journal's per-group retention on real files in a temp dir, with a
// fake wall clock: a covered segment goes once every group in it is past its
// retention policy, before the journal-wide max_age; groups without a policy,
// uncovered records and a journal-wide limit shorter than a policy behave as
// documented (docs/ingestion.md, "Retention").
#include <dirent.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "daemon/ingest/journal_segment_groups.h"
#include "daemon/ingest/logs_catalog.h"
#include "daemon/ingest/push_journal.h"
#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::TempDir;

constexpr int64_t kDay = 24LL * 3600 * 1000;
constexpr int64_t kStart = 1'700'000'000'000;

// Every batch encodes to the same size (fixed-width names and message), so a
// segment of two records rolls exactly after the second.
IngestBatch Batch(const std::string& group, int64_t timestamp_ms) {
  IngestBatch b;
  b.log_group = group;
  b.log_stream = "s";
  b.events.push_back(IngestEvent{timestamp_ms, "e"});
  b.bytes = 1;
  return b;
}

uint64_t RecordBytes() {
  std::string out;
  PushJournal::EncodeRecord(1, kStart, Batch("ga", kStart), out);
  return out.size();
}

uint64_t AppendSync(PushJournal& j, const IngestBatch& batch) {
  std::promise<Result<uint64_t>> p;
  auto f = p.get_future();
  j.Append(batch, [&p](Result<uint64_t> seq) { p.set_value(std::move(seq)); });
  Result<uint64_t> seq = f.get();
  EXPECT_TRUE(seq) << (seq ? "" : seq.error().message);
  return seq ? *seq : 0;
}

size_t SegmentFiles(const std::string& dir) {
  size_t n = 0;
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return 0;
  while (struct dirent* e = ::readdir(d)) {
    if (std::string_view(e->d_name).ends_with(".twj")) ++n;
  }
  ::closedir(d);
  return n;
}

std::vector<uint64_t> Sequences(PushJournal& j) {
  std::vector<uint64_t> out;
  Status s = j.Read(0, [&](const JournalRecord& r) {
    out.push_back(r.sequence);
    return true;
  });
  EXPECT_TRUE(s);
  return out;
}

class PushJournalGroupRetentionTest : public ::testing::Test {
 protected:
  PushJournalOptions Options() {
    PushJournalOptions o;
    o.dir = dir_ / "journal";
    o.segment_bytes = 2 * RecordBytes();
    o.max_bytes = 1ull << 40;
    o.max_age_ms = 30 * kDay;
    o.now_ms = [this] { return now_.load(); };
    o.group_retention_days = [this](std::string_view group) -> std::optional<int> {
      std::lock_guard<std::mutex> lock(mu_);
      auto it = policies_.find(std::string(group));
      if (it == policies_.end()) return std::nullopt;
      return it->second;
    };
    return o;
  }

  void SetPolicy(const std::string& group, int days) {
    std::lock_guard<std::mutex> lock(mu_);
    policies_[group] = days;
  }

  // Two records: one sealed segment once the writer has rolled.
  void FillSegment(PushJournal& j, const IngestBatch& a, const IngestBatch& b) {
    const size_t before = j.SegmentGroups().size();
    AppendSync(j, a);
    AppendSync(j, b);
    // The writer lists the new segment after creating its file.
    for (int i = 0; i < 200 && j.SegmentGroups().size() <= before; ++i) ::usleep(5000);
    ASSERT_EQ(before + 1, j.SegmentGroups().size());
    ASSERT_EQ(before + 1, SegmentFiles(dir_ / "journal"));
  }

  size_t Files() { return SegmentFiles(dir_ / "journal"); }

  TempDir dir_;
  // Read by the journal's writer thread too.
  std::atomic<int64_t> now_{kStart};
  std::mutex mu_;
  std::map<std::string, int> policies_;
};

TEST_F(PushJournalGroupRetentionTest, SegmentGoesWhenEveryGroupInItIsPastItsPolicy) {
  SetPolicy("ga", 1);
  auto j = PushJournal::Open(Options());
  ASSERT_TRUE(j);
  FillSegment(**j, Batch("ga", kStart), Batch("ga", kStart));  // 1, 2
  FillSegment(**j, Batch("ga", kStart), Batch("gb", kStart));  // 3, 4: gb has no policy
  FillSegment(**j, Batch("gb", kStart), Batch("gb", kStart));  // 5, 6
  ASSERT_EQ(4u, Files());                                      // + the empty active one

  // Within the day: nothing goes.
  now_ += kDay / 2;
  (*j)->SetCovered(6);
  EXPECT_EQ(4u, Files());

  // Past ga's day, far from max_age: only the ga-only segment goes.
  now_ = kStart + 2 * kDay;
  (*j)->SetCovered(6);
  EXPECT_EQ(3u, Files());
  EXPECT_EQ((std::vector<uint64_t>{3, 4, 5, 6}), Sequences(**j));
  const JournalCounters c = (*j)->counters();
  EXPECT_EQ(1u, c.segments_deleted);
  EXPECT_EQ(1u, c.segments_deleted_by_group_retention);

  // gb gets a policy too: the mixed segment and gb's own go as well.
  SetPolicy("gb", 1);
  (*j)->SetCovered(6);
  EXPECT_EQ(1u, Files());
  EXPECT_TRUE(Sequences(**j).empty());
  EXPECT_EQ(3u, (*j)->counters().segments_deleted_by_group_retention);
}

TEST_F(PushJournalGroupRetentionTest, UncoveredRecordsAreKeptPastTheirGroupsPolicy) {
  SetPolicy("ga", 1);
  auto j = PushJournal::Open(Options());
  ASSERT_TRUE(j);
  FillSegment(**j, Batch("ga", kStart), Batch("ga", kStart));  // 1, 2
  FillSegment(**j, Batch("ga", kStart), Batch("ga", kStart));  // 3, 4
  now_ = kStart + 5 * kDay;
  // The checkpoint covers the first segment and half of the second: the
  // second holds what recovery replays, so it stays.
  (*j)->SetCovered(3);
  EXPECT_EQ(2u, Files());
  EXPECT_EQ((std::vector<uint64_t>{3, 4}), Sequences(**j));
}

TEST_F(PushJournalGroupRetentionTest, EventTimesNotJournalTimesDecide) {
  SetPolicy("ga", 1);
  auto j = PushJournal::Open(Options());
  ASSERT_TRUE(j);
  // Events three days old pushed now: readers already hide them.
  FillSegment(**j, Batch("ga", kStart - 3 * kDay), Batch("ga", kStart - 3 * kDay));
  // Events without a timestamp take the time they were journaled (now).
  FillSegment(**j, Batch("ga", -1), Batch("ga", kStart - 3 * kDay));
  (*j)->SetCovered(4);
  EXPECT_EQ((std::vector<uint64_t>{3, 4}), Sequences(**j));
  now_ = kStart + kDay + 1;
  (*j)->SetCovered(4);
  EXPECT_TRUE(Sequences(**j).empty());
}

TEST_F(PushJournalGroupRetentionTest, RestartRescanBuildsTheSameGroupTimes) {
  std::vector<JournalSegmentGroups> before;
  {
    auto j = PushJournal::Open(Options());
    ASSERT_TRUE(j);
    FillSegment(**j, Batch("ga", kStart - 5000), Batch("gb", -1));
    now_ += 1000;
    FillSegment(**j, Batch("gb", kStart + 7), Batch("ga", kStart - 9000));
    before = (*j)->SegmentGroups();
  }
  ASSERT_EQ(3u, before.size());
  ASSERT_EQ(2u, before[0].groups().size());
  EXPECT_EQ("ga", before[0].groups()[0].group);
  EXPECT_EQ(kStart - 5000, before[0].groups()[0].newest_ms);
  EXPECT_EQ("gb", before[0].groups()[1].group);
  EXPECT_EQ(kStart, before[0].groups()[1].newest_ms);  // journaled at kStart
  EXPECT_EQ(kStart + 7, before[1].groups()[0].newest_ms);

  auto j = PushJournal::Open(Options());
  ASSERT_TRUE(j);
  const std::vector<JournalSegmentGroups> after = (*j)->SegmentGroups();
  ASSERT_GE(after.size(), 2u);
  for (size_t s = 0; s < 2; ++s) {
    EXPECT_FALSE(after[s].unknown());
    ASSERT_EQ(before[s].groups().size(), after[s].groups().size()) << "segment " << s;
    for (size_t g = 0; g < before[s].groups().size(); ++g) {
      EXPECT_EQ(before[s].groups()[g].group, after[s].groups()[g].group);
      EXPECT_EQ(before[s].groups()[g].newest_ms, after[s].groups()[g].newest_ms);
    }
  }
  // And the re-scanned times drive deletion as the appended ones did.
  SetPolicy("ga", 1);
  SetPolicy("gb", 1);
  now_ = kStart + 2 * kDay;
  (*j)->SetCovered(4);
  EXPECT_TRUE(Sequences(**j).empty());
  EXPECT_EQ(2u, (*j)->counters().segments_deleted_by_group_retention);
}

TEST_F(PushJournalGroupRetentionTest, DeleteRetentionPolicyInTheCatalogStopsDeletions) {
  auto catalog = LogsCatalog::Open("", [this] { return now_.load(); });
  ASSERT_TRUE(catalog);
  ASSERT_EQ(CatalogOutcome::kOk, (*catalog)->CreateGroup("ga", false, {}));
  ASSERT_EQ(CatalogOutcome::kOk, (*catalog)->SetRetention("ga", false, 1));
  PushJournalOptions o = Options();
  o.group_retention_days = [&catalog](std::string_view group) {
    return (*catalog)->RetentionDays(group);
  };
  auto j = PushJournal::Open(o);
  ASSERT_TRUE(j);
  FillSegment(**j, Batch("ga", kStart), Batch("ga", kStart));
  FillSegment(**j, Batch("ga", kStart), Batch("ga", kStart));

  // DeleteRetentionPolicy: ga follows the 30-day journal limit again.
  ASSERT_EQ(CatalogOutcome::kOk, (*catalog)->SetRetention("ga", false, std::nullopt));
  now_ = kStart + 2 * kDay;
  (*j)->SetCovered(4);
  EXPECT_EQ(3u, Files());
  EXPECT_EQ(0u, (*j)->counters().segments_deleted);

  // PutRetentionPolicy again: the next pass deletes.
  ASSERT_EQ(CatalogOutcome::kOk, (*catalog)->SetRetention("ga", false, 1));
  (*j)->SetCovered(4);
  EXPECT_EQ(1u, Files());
  EXPECT_EQ(2u, (*j)->counters().segments_deleted_by_group_retention);
}

TEST_F(PushJournalGroupRetentionTest, JournalMaxAgeWinsOverALongerPolicy) {
  SetPolicy("ga", 3653);
  PushJournalOptions o = Options();
  o.max_age_ms = kDay;
  auto j = PushJournal::Open(o);
  ASSERT_TRUE(j);
  FillSegment(**j, Batch("ga", kStart), Batch("ga", kStart));
  now_ = kStart + 2 * kDay;
  (*j)->SetCovered(2);
  EXPECT_EQ(1u, Files());
  const JournalCounters c = (*j)->counters();
  EXPECT_EQ(1u, c.segments_deleted);
  EXPECT_EQ(0u, c.segments_deleted_by_group_retention);
}

TEST(JournalSegmentGroupsTest, KeepsTheNewestTimePerGroup) {
  JournalSegmentGroups g;
  g.Note("a", 10);
  g.Note("b", 5);
  g.Note("a", 7);
  ASSERT_EQ(2u, g.groups().size());
  EXPECT_EQ(10, g.groups()[0].newest_ms);
  auto one_day = [](std::string_view) -> std::optional<int> { return 1; };
  EXPECT_FALSE(g.AllPastRetention(one_day, 10 + kDay));  // not strictly past
  EXPECT_TRUE(g.AllPastRetention(one_day, 11 + kDay));
  EXPECT_FALSE(g.AllPastRetention(nullptr, 11 + kDay));
  EXPECT_FALSE(JournalSegmentGroups().AllPastRetention(one_day, 11 + kDay));  // empty
}

TEST(JournalSegmentGroupsTest, TooManyGroupsMeansKeep) {
  JournalSegmentGroups g;
  for (size_t i = 0; i <= JournalSegmentGroups::kMaxGroups; ++i) g.Note("g" + std::to_string(i), 0);
  EXPECT_TRUE(g.unknown());
  EXPECT_TRUE(g.groups().empty());
  auto one_day = [](std::string_view) -> std::optional<int> { return 1; };
  EXPECT_FALSE(g.AllPastRetention(one_day, 100 * kDay));
}

TEST(JournalSegmentGroupsTest, NewestEventTimeFallsBackToTheJournalTime) {
  IngestBatch b;
  EXPECT_EQ(42, JournalSegmentGroups::NewestEventMs(b, 42));
  b.events.push_back(IngestEvent{5, "x"});
  b.events.push_back(IngestEvent{-1, "y"});
  EXPECT_EQ(42, JournalSegmentGroups::NewestEventMs(b, 42));
  EXPECT_EQ(5, JournalSegmentGroups::NewestEventMs(b, 3));
}

}  // namespace
}  // namespace tailwatch::daemon
