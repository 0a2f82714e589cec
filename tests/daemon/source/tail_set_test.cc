// TailSet on a real temp dir with a manual clock: every kind of rotation,
// discovery of new files, start_at, and restoring offsets after a restart.
#include "daemon/source/tail_set.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::Append;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::RecordingSink;
using testing::TempDir;
using ::testing::UnorderedElementsAre;

using TailSetTest = testing::TailSetFixture;

TEST_F(TailSetTest, StartAtEndSkipsExistingContentOfFilesSeenAtStartup) {
  Append(log_, "old\n");
  auto set = Make(Options(StartAt::kEnd));
  Drain(*set);
  EXPECT_THAT(sink_.lines, IsEmpty());
  Append(log_, "new\n");
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("new"));
}

TEST_F(TailSetTest, StartAtBeginningReadsExistingContent) {
  Append(log_, "old\n");
  auto set = Make(Options(StartAt::kBeginning));
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("old"));
}

TEST_F(TailSetTest, FileAppearingLaterIsReadFromTheBeginningEvenWithStartAtEnd) {
  Append(log_, "old\n");
  auto set = Make(Options(StartAt::kEnd));
  Drain(*set);
  Append(dir_ / "later.log", "l1\nl2\n");
  Append(dir_ / "ignored.txt", "not matched\n");
  Drain(*set);  // no rescan due yet, and this test does not use inotify
  RescanAndDrain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("l1", "l2"));
  EXPECT_THAT(sink_.paths, ElementsAre(dir_ / "later.log", dir_ / "later.log"));
  EXPECT_EQ(2u, set->counters().files_watched);
}

TEST_F(TailSetTest, InotifyWakesARescanBeforeTheInterval) {
  auto set = Make(Options());
  if (set->inotify_fd() < 0) GTEST_SKIP() << "inotify unavailable here";
  Drain(*set);
  Append(log_, "hello\n");
  set->OnInotifyReadable();
  Drain(*set);  // clock not advanced: only inotify can have triggered the scan
  EXPECT_THAT(sink_.lines, ElementsAre("hello"));
}

TEST_F(TailSetTest, RenameAndCreateRotationDrainsTheOldFileFirst) {
  Append(log_, "a1\n");
  auto set = Make(Options());
  Drain(*set);
  Append(log_, "a2\n");  // written, not yet read, when logrotate runs
  testing::Rename(log_, log_ + ".1");
  Append(log_, "b1\n");
  Append(log_ + ".1", "a3\n");  // the writer finishes on its old fd
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "a2", "a3", "b1"));
  EXPECT_EQ(1u, set->counters().rotations);
  EXPECT_EQ(1u, set->counters().files_watched);  // rotate_wait 0: old one closed
}

TEST_F(TailSetTest, RotatedFileIsKeptOpenForRotateWait) {
  auto options = Options();
  options.file.rotate_wait_ms = 5000;
  Append(log_, "a1\n");
  auto set = Make(options);
  Drain(*set);
  testing::Rename(log_, log_ + ".1");
  Append(log_, "b1\n");
  Drain(*set);
  EXPECT_EQ(2u, set->counters().files_watched);
  clock_.Advance(3000);
  Append(log_ + ".1", "late\n");
  Drain(*set);
  clock_.Advance(4000);  // 4 s since the last data on the old file
  Drain(*set);
  EXPECT_EQ(2u, set->counters().files_watched);
  clock_.Advance(1000);
  Drain(*set);
  EXPECT_EQ(1u, set->counters().files_watched);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "b1", "late"));
}

TEST_F(TailSetTest, CopytruncateRestartsAtZero) {
  Append(log_, "a1\na2\n");
  auto set = Make(Options());
  Drain(*set);
  testing::CopyTruncate(log_, log_ + ".1");
  Append(log_, "b1\n");
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "a2", "b1"));
  EXPECT_EQ(1u, set->counters().truncations);
  EXPECT_EQ(0u, set->counters().rotations);
}

TEST_F(TailSetTest, TruncateInPlaceRestartsAtZero) {
  Append(log_, "a1\na2\n");
  auto set = Make(Options());
  Drain(*set);
  testing::Truncate(log_);
  Drain(*set);
  Append(log_, "b1\n");
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "a2", "b1"));
  EXPECT_EQ(1u, set->counters().truncations);
}

TEST_F(TailSetTest, DeletedFileIsDrainedThenClosed) {
  Append(log_, "a1\n");
  auto set = Make(Options());
  Drain(*set);
  Append(log_, "a2\n");
  testing::Remove(log_);
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "a2"));
  EXPECT_EQ(0u, set->counters().files_watched);
  EXPECT_THAT(set->paths(), IsEmpty());
}

TEST_F(TailSetTest, RecreatedFileIsReadFromTheBeginning) {
  Append(log_, "a1\n");
  auto set = Make(Options(StartAt::kEnd));
  Drain(*set);
  testing::Remove(log_);
  Drain(*set);
  Append(log_, "b1\nb2\n");
  RescanAndDrain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("b1", "b2"));
}

TEST_F(TailSetTest, SymlinkSwapFollowsThePath) {
  const std::string a = dir_ / "a.txt";
  const std::string b = dir_ / "b.txt";
  Append(a, "a1\n");
  Append(b, "b1\n");
  ASSERT_EQ(0, ::symlink(a.c_str(), log_.c_str()));
  auto set = Make(Options());
  Drain(*set);
  Append(a, "a2\n");
  const std::string tmp_link = dir_ / "tmp-link";
  ASSERT_EQ(0, ::symlink(b.c_str(), tmp_link.c_str()));
  testing::Rename(tmp_link, log_);  // atomic swap, as deploy tools do
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "a2", "b1"));
  EXPECT_EQ(1u, set->counters().rotations);
}

TEST_F(TailSetTest, GlobMatchingRotatedNamesDoesNotReadTwice) {
  auto options = Options();
  options.globs = {dir_ / "*.log*"};
  Append(log_, "a1\n");
  auto set = Make(options);
  Drain(*set);
  Append(log_, "a2\n");
  testing::Rename(log_, log_ + ".1");
  Append(log_, "b1\n");
  RescanAndDrain(*set);
  Append(log_ + ".1", "a3\n");
  RescanAndDrain(*set);
  EXPECT_THAT(sink_.lines, UnorderedElementsAre("a1", "a2", "b1", "a3"));
}

TEST_F(TailSetTest, SymlinkAndTargetBothMatchedAreReadOnce) {
  Append(log_, "x\n");
  ASSERT_EQ(0, ::symlink(log_.c_str(), (dir_ / "current.log").c_str()));
  auto set = Make(Options());
  Drain(*set);
  Append(log_, "y\n");
  RescanAndDrain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("x", "y"));
}

TEST_F(TailSetTest, PartialLineFlushedAfterTimeout) {
  auto options = Options();
  options.file.partial_line_timeout_ms = 2000;
  Append(log_, "no newline yet");
  auto set = Make(options);
  Drain(*set);
  EXPECT_THAT(sink_.lines, IsEmpty());
  clock_.Advance(2000);
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("no newline yet"));
}

TEST_F(TailSetTest, HugeLineIsTruncatedAndCountedWithoutStalling) {
  auto options = Options();
  options.file.max_line_bytes = 1024;
  options.file.read_chunk_bytes = 4096;
  Append(log_, std::string(1 << 20, 'z') + "\nafter\n");
  auto set = Make(options);
  Drain(*set);
  ASSERT_EQ(2u, sink_.lines.size());
  EXPECT_EQ(std::string(1024, 'z'), sink_.lines[0]);
  EXPECT_EQ("after", sink_.lines[1]);
  EXPECT_EQ(1u, set->counters().lines_truncated);
  EXPECT_EQ((1u << 20) + 7, set->counters().bytes_read);
}

TEST_F(TailSetTest, BudgetIsSharedAcrossFiles) {
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "line-" + std::to_string(i) + "\n";
  Append(dir_ / "a.log", many);
  Append(dir_ / "b.log", many);
  auto options = Options();
  options.file.read_chunk_bytes = 1024;
  auto set = Make(options);
  EXPECT_TRUE(set->Poll(sink_, 1024));
  EXPECT_TRUE(set->Poll(sink_, 1024));
  std::set<std::string> paths(sink_.paths.begin(), sink_.paths.end());
  EXPECT_EQ(2u, paths.size()) << "both files progress under a small budget";
  Drain(*set);
  EXPECT_EQ(4000u, sink_.lines.size());
  EXPECT_EQ(4000u, set->counters().lines_read);
}

TEST_F(TailSetTest, BytesBehindIsWhatTheWatchedFilesHoldUnread) {
  std::string many;
  for (int i = 0; i < 1000; ++i) many += "line-" + std::to_string(1000 + i) + "\n";  // 10 bytes
  Append(log_, many);
  auto options = Options();
  options.file.read_chunk_bytes = 1000;
  auto set = Make(options);
  EXPECT_EQ(0u, set->bytes_behind()) << "nothing watched before the first poll";
  EXPECT_TRUE(set->Poll(sink_, 1000));
  EXPECT_EQ(9000u, set->bytes_behind());
  Drain(*set);
  EXPECT_EQ(0u, set->bytes_behind());
  // Growth is seen by the next poll's fstat, which reads it too.
  Append(log_, "tail\n");
  EXPECT_EQ(0u, set->bytes_behind());
  Drain(*set);
  EXPECT_EQ(0u, set->bytes_behind());
  // A second file counts too, also when this poll's budget ends before it is read.
  Append(dir_ / "b.log", many);
  RescanAndDrain(*set);
  Append(log_, many);
  Append(dir_ / "b.log", many);
  EXPECT_TRUE(set->Poll(sink_, 1000));
  EXPECT_EQ(19000u, set->bytes_behind());
  Drain(*set);
  EXPECT_EQ(0u, set->bytes_behind());
}

// ---- offsets across restarts ----

TEST_F(TailSetTest, RestoreResumesWithoutDuplicates) {
  Append(log_, "a1\na2\npart");
  std::string offsets;
  {
    auto set = Make(Options());
    Drain(*set);
    offsets = set->SerializeOffsets();
  }
  Append(log_, "ial\na3\n");
  auto set = Make(Options(StartAt::kEnd));
  ASSERT_TRUE(set->RestoreOffsets(offsets));
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "a2", "partial", "a3"));
}

TEST_F(TailSetTest, RestoreAfterRotationWhileDownDrainsOldFileFirst) {
  // app.log was rotated to app.log.1 (no longer matching *.log) while down.
  Append(log_, "a1\n");
  std::string offsets;
  {
    auto set = Make(Options());
    Drain(*set);
    offsets = set->SerializeOffsets();
  }
  Append(log_, "a2\n");
  testing::Rename(log_, log_ + ".1");
  Append(log_, "b1\n");
  auto set = Make(Options(StartAt::kEnd));
  ASSERT_TRUE(set->RestoreOffsets(offsets));
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "a2", "b1"));
  EXPECT_EQ(0u, set->counters().files_lost);
}

TEST_F(TailSetTest, RestoreOfCopytruncatedFileRestartsAtZero) {
  Append(log_, "a1\na2\na3\n");
  std::string offsets;
  {
    auto set = Make(Options());
    Drain(*set);
    offsets = set->SerializeOffsets();
  }
  testing::CopyTruncate(log_, log_ + ".1");
  Append(log_, "b1\n");
  auto set = Make(Options());
  ASSERT_TRUE(set->RestoreOffsets(offsets));
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "a2", "a3", "b1"));
}

TEST_F(TailSetTest, RestoreAfterInodeReuseReadsTheNewFileFromZero) {
  Append(log_, "old-1\nold-2\n");
  std::string offsets;
  struct stat before {};
  ASSERT_EQ(0, ::stat(log_.c_str(), &before));
  {
    auto set = Make(Options());
    Drain(*set);
    offsets = set->SerializeOffsets();
  }
  testing::Remove(log_);
  // ext4 hands the freed inode to the next file; longer than the old offset,
  // so only the fingerprint can tell the files apart.
  Append(log_, "new-1 is longer\nnew-2\n");
  struct stat after {};
  ASSERT_EQ(0, ::stat(log_.c_str(), &after));
  auto set = Make(Options());
  ASSERT_TRUE(set->RestoreOffsets(offsets));
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("old-1", "old-2", "new-1 is longer", "new-2"));
  if (before.st_ino != after.st_ino) {
    std::printf("note: inode was not reused on this file system\n");
  }
}

TEST_F(TailSetTest, RestoreOfDeletedFileCountsItLost) {
  Append(log_, "a1\n");
  std::string offsets;
  {
    auto set = Make(Options());
    Drain(*set);
    offsets = set->SerializeOffsets();
  }
  testing::Rename(log_, dir_ / "elsewhere.txt");
  testing::Remove(dir_ / "elsewhere.txt");
  auto set = Make(Options());
  ASSERT_TRUE(set->RestoreOffsets(offsets));
  Drain(*set);
  EXPECT_EQ(1u, set->counters().files_lost);
}

TEST_F(TailSetTest, RestoreWhileDrainingKeepsBothFiles) {
  auto options = Options();
  options.file.rotate_wait_ms = 60'000;
  Append(log_, "a1\n");
  std::string offsets;
  {
    auto set = Make(options);
    Drain(*set);
    testing::Rename(log_, log_ + ".1");
    Append(log_, "b1\n");
    Drain(*set);
    offsets = set->SerializeOffsets();  // old file still open for rotate_wait
  }
  Append(log_ + ".1", "a2\n");
  Append(log_, "b2\n");
  auto set = Make(options);
  ASSERT_TRUE(set->RestoreOffsets(offsets));
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("a1", "b1", "a2", "b2"));
}

TEST_F(TailSetTest, PathsWithSpacesAndPercentRoundTrip) {
  const std::string odd = dir_ / "we ird%20\tname.log";
  Append(odd, "x\n");
  std::string offsets;
  {
    auto set = Make(Options());
    Drain(*set);
    offsets = set->SerializeOffsets();
  }
  Append(odd, "y\n");
  auto set = Make(Options());
  ASSERT_TRUE(set->RestoreOffsets(offsets));
  Drain(*set);
  EXPECT_THAT(sink_.lines, ElementsAre("x", "y"));
}

struct BadOffsetsCase {
  const char* name;
  const char* text;
};
class BadOffsetsTest : public ::testing::TestWithParam<BadOffsetsCase> {};

TEST_P(BadOffsetsTest, IsRejected) {
  ManualClock clock;
  TailSet set(TailSetOptions{}, clock);
  auto status = set.RestoreOffsets(GetParam().text);
  EXPECT_FALSE(status);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadOffsetsTest,
    ::testing::Values(
        BadOffsetsCase{"empty", ""}, BadOffsetsCase{"wrong_header", "tail 2\n"},
        BadOffsetsCase{"too_few_fields", "tailwatch-tail 1\n/x 1 2 3\n"},
        BadOffsetsCase{"not_a_number", "tailwatch-tail 1\n/x 1 2 3 4 five 0 0 0 0\n"},
        BadOffsetsCase{"bad_escape", "tailwatch-tail 1\n/x%G1 1 2 3 4 5 0 0 0 0\n"},
        BadOffsetsCase{"truncated_escape", "tailwatch-tail 1\n/x%4 1 2 3 4 5 0 0 0 0\n"},
        BadOffsetsCase{"skip_flag_range", "tailwatch-tail 1\n/x 1 2 3 4 5 2 0 0 0\n"},
        BadOffsetsCase{"fingerprint_too_long", "tailwatch-tail 1\n/x 1 2 3 4096 5 0 0 0 0\n"}),
    [](const auto& p) { return std::string(p.param.name); });

TEST_F(TailSetTest, RestoreAfterFirstPollIsRefused) {
  auto set = Make(Options());
  set->Poll(sink_, kBudget);
  EXPECT_FALSE(set->RestoreOffsets("tailwatch-tail 1\n"));
}

}  // namespace
}  // namespace tailwatch::daemon
