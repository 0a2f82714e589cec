// TailSet durability and limits on a real temp dir with a manual clock: the
// first-sight signal for immediate checkpoints, unseen rotations counted on
// restore, the open-file cap (park idle files, reopen by identity, every
// line still read once), and untailable glob matches logged and counted.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

#include "daemon/source/fd_limits.h"
#include "daemon/source/tail_set.h"
#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::Append;
using testing::RecordingSink;
using testing::Rename;
using testing::TempDir;

class TailDurabilityTest : public testing::TailSetFixture {
 protected:
  TailSetOptions Options() {
    TailSetOptions options = TailSetFixture::Options();
    options.use_inotify = false;
    return options;
  }
  size_t Skipped(const TailSet& set, SkipReason reason) {
    return set.counters().skipped_files[static_cast<size_t>(reason)];
  }
};

// ---- identities durable at first sight -----------------------------------

TEST_F(TailDurabilityTest, FirstSightAndRotationAskForACheckpointAtOnce) {
  Append(log_, "a\n");
  auto set = Make(Options());
  Drain(*set);
  EXPECT_TRUE(set->TakeIdentitiesChanged());   // app.log first seen
  EXPECT_FALSE(set->TakeIdentitiesChanged());  // taken
  Append(log_, "b\n");
  RescanAndDrain(*set);
  EXPECT_FALSE(set->TakeIdentitiesChanged());  // growth alone: the interval is enough
  Rename(log_, dir_ / "app.log.1");
  Append(log_, "c\n");
  RescanAndDrain(*set);
  EXPECT_TRUE(set->TakeIdentitiesChanged());  // a new generation at the path
  Append(dir_ / "other.log", "d\n");
  RescanAndDrain(*set);
  EXPECT_TRUE(set->TakeIdentitiesChanged());  // a new path
}

// The crash-loop scenario of the daemon: with a checkpoint taken when the
// signal fires, a generation born and rotated away before the next interval
// is drained after a restart instead of lost.
TEST_F(TailDurabilityTest, CheckpointAtFirstSightKeepsAGenerationRotatedBeforeTheInterval) {
  Append(log_, "g1-1\n");
  std::string checkpoint;
  {
    auto set = Make(Options());
    Drain(*set);
    ASSERT_TRUE(set->TakeIdentitiesChanged());
    checkpoint = set->SerializeOffsets();
    Rename(log_, dir_ / "app.log.1");
    Append(log_, "g2-1\n");
    RescanAndDrain(*set);
    ASSERT_TRUE(set->TakeIdentitiesChanged());
    checkpoint = set->SerializeOffsets();  // what the daemon now writes at once
    Append(log_, "g2-2\n");                // not read before the crash
  }
  // While down: generation 2 rotated away, generation 3 created.
  Rename(log_, dir_ / "app.log.2");
  Append(log_, "g3-1\n");
  sink_.Take();
  auto set = Make(Options());
  ASSERT_TRUE(set->RestoreOffsets(checkpoint));
  Drain(*set);
  // g2-1 was read before the crash; the rest of generation 2, rotated away
  // while down, is drained before generation 3.
  EXPECT_THAT(sink_.Take(), ::testing::ElementsAre("g2-2", "g3-1"));
  EXPECT_EQ(0u, set->counters().unseen_rotations);
}

TEST_F(TailDurabilityTest, GenerationBornAndRotatedWhileDownIsCountedAndLogged) {
  Append(log_, "g1-1\n");
  std::string checkpoint;
  {
    auto set = Make(Options());
    Drain(*set);
    checkpoint = set->SerializeOffsets();
  }
  struct stat st {};
  ASSERT_EQ(0, ::stat(log_.c_str(), &st));
  // Birth times tick coarsely on some file systems: make sure gen 2 is younger.
  ::usleep(20000);
  Rename(log_, dir_ / "app.log.1");
  Append(log_, "g2-1\ng2-2\ng2-3\n");
  Rename(log_, dir_ / "app.log.2");  // gen 2: never seen by any run
  Append(log_, "g3-1\n");
  sink_.Take();
  auto set = Make(Options());
  ASSERT_TRUE(set->RestoreOffsets(checkpoint));
  Drain(*set);
  EXPECT_THAT(sink_.Take(), ::testing::ElementsAre("g3-1"));
  auto probe = FileReader::Open(dir_ / "app.log.1", TailOptions{});
  ASSERT_TRUE(probe);
  if ((*probe)->identity().birth_ns == 0) GTEST_SKIP() << "no birth times on this file system";
  EXPECT_EQ(1u, set->counters().unseen_rotations);
  EXPECT_EQ(3u, set->counters().unseen_rotation_lines);
}

// ---- fd budget ------------------------------------------------------------

TEST_F(TailDurabilityTest, CapKeepsOpenFilesBoundedAndEveryLineIsReadOnce) {
  constexpr int kFiles = 200;
  constexpr size_t kCap = 40;
  for (int i = 0; i < kFiles; ++i) Append(dir_ / ("f" + std::to_string(i) + ".log"), "first\n");
  TailSetOptions options = Options();
  options.max_open_files = kCap;
  auto set = Make(options);
  Drain(*set);
  EXPECT_LE(set->open_fds(), kCap);
  EXPECT_EQ(size_t(kFiles), sink_.Take().size());
  EXPECT_GT(set->counters().fd_cap_hits, 0u);
  EXPECT_GT(set->counters().files_parked, 0u);
  // Every file grows (parked ones are noticed by stat and reopened).
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < kFiles; ++i) {
      Append(dir_ / ("f" + std::to_string(i) + ".log"), "r" + std::to_string(round) + "\n");
    }
    clock_.Advance(10);
    Drain(*set);
    EXPECT_LE(set->open_fds(), kCap);
    auto lines = sink_.Take();
    EXPECT_EQ(size_t(kFiles), lines.size()) << "round " << round;
    EXPECT_EQ(size_t(kFiles),
              size_t(std::count(lines.begin(), lines.end(), "r" + std::to_string(round))));
  }
  EXPECT_GT(set->counters().files_reopened, 0u);
  // Checkpoint and restore under the cap too.
  const std::string checkpoint = set->SerializeOffsets();
  set.reset();
  for (int i = 0; i < kFiles; ++i) Append(dir_ / ("f" + std::to_string(i) + ".log"), "after\n");
  auto restored = Make(options);
  ASSERT_TRUE(restored->RestoreOffsets(checkpoint));
  EXPECT_LE(restored->open_fds(), kCap);
  Drain(*restored);
  EXPECT_EQ(size_t(kFiles), sink_.Take().size());
}

TEST_F(TailDurabilityTest, ParkedFileRotatedIsFoundByIdentityAndDrained) {
  TailSetOptions options = Options();
  options.max_open_files = 2;
  Append(log_, "a1\n");
  Append(dir_ / "b.log", "b1\n");
  Append(dir_ / "c.log", "c1\n");
  auto set = Make(options);
  Drain(*set);
  ASSERT_EQ(3u, sink_.Take().size());
  ASSERT_GT(set->counters().files_parked, 0u);
  // Every file is written and rotated while most are parked.
  for (const std::string name : {"app", "b", "c"}) {
    Append(dir_ / (name + ".log"), name + "2\n");
    Rename(dir_ / (name + ".log"), dir_ / (name + ".log.1"));
    Append(dir_ / (name + ".log"), name + "3\n");
  }
  RescanAndDrain(*set);
  auto lines = sink_.Take();
  std::sort(lines.begin(), lines.end());
  EXPECT_THAT(lines, ::testing::ElementsAre("app2", "app3", "b2", "b3", "c2", "c3"));
  EXPECT_EQ(0u, set->counters().files_lost);
}

TEST(FdLimitsTest, DefaultLeavesTheReserveAndSplitsAcrossGroups) {
  EXPECT_EQ(1024u - kFixedReserve - 257, DefaultMaxOpenFiles(1024, 256, 1));
  EXPECT_EQ((1024u - kFixedReserve - 257) / 2, DefaultMaxOpenFiles(1024, 256, 2));
  EXPECT_EQ(16u, DefaultMaxOpenFiles(100, 256, 1));
  EXPECT_GE(RaiseNoFileLimit(), 16u);
  EXPECT_GE(NoFileLimit(), 16u);
}

TEST(FdLimitsTest, TailSetWithoutACapGetsOneFromTheLimit) {
  ManualClock clock;
  TailSetOptions options;
  options.globs = {"/nonexistent/*.log"};
  TailSet set(options, clock);
  EXPECT_EQ(0u, set.open_fds());
  EXPECT_EQ(DefaultMaxOpenFiles(NoFileLimit(), kDefaultHttpConnections, 1), set.max_open_files());
}

// ---- untailable matches -----------------------------------------------------

TEST_F(TailDurabilityTest, UntailableMatchesAreCountedOnceByReason) {
  ASSERT_EQ(0, ::mkfifo((dir_ / "pipe.log").c_str(), 0644));
  ASSERT_EQ(0, ::mkdir((dir_ / "dir.log").c_str(), 0755));
  ASSERT_EQ(0, ::symlink((dir_ / "missing").c_str(), (dir_ / "dangling.log").c_str()));
  ASSERT_EQ(0, ::symlink((dir_ / "loop2.log").c_str(), (dir_ / "loop1.log").c_str()));
  ASSERT_EQ(0, ::symlink((dir_ / "loop1.log").c_str(), (dir_ / "loop2.log").c_str()));
  Append(log_, "ok\n");
  auto set = Make(Options());
  Drain(*set);
  RescanAndDrain(*set);  // a second rescan neither logs nor counts again
  EXPECT_EQ(1u, Skipped(*set, SkipReason::kFifo));
  EXPECT_EQ(1u, Skipped(*set, SkipReason::kDirectory));
  EXPECT_EQ(1u, Skipped(*set, SkipReason::kDanglingSymlink));
  EXPECT_EQ(2u, Skipped(*set, SkipReason::kSymlinkLoop));
  EXPECT_THAT(sink_.Take(), ::testing::ElementsAre("ok"));
  EXPECT_EQ(std::vector<std::string>{log_}, set->paths());
  EXPECT_STREQ("dangling_symlink", SkipReasonName(SkipReason::kDanglingSymlink));
  // The link's target appears: tailed from then on, no longer skipped.
  Append(dir_ / "missing", "late\n");
  RescanAndDrain(*set);
  EXPECT_THAT(sink_.Take(), ::testing::ElementsAre("late"));
  EXPECT_EQ(1u, Skipped(*set, SkipReason::kDanglingSymlink));
}

TEST_F(TailDurabilityTest, UnreadableFileIsCountedOnce) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  Append(dir_ / "secret.log", "x\n");
  ASSERT_EQ(0, ::chmod((dir_ / "secret.log").c_str(), 0));
  auto set = Make(Options());
  Drain(*set);
  RescanAndDrain(*set);
  EXPECT_EQ(1u, Skipped(*set, SkipReason::kUnreadable));
  EXPECT_EQ(0u, set->counters().read_errors);
}

}  // namespace
}  // namespace tailwatch::daemon
