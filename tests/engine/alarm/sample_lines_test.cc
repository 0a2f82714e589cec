#include "engine/alarm/sample_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tailwatch::engine {
namespace {

constexpr int64_t kT0 = 1767225600000;  // 2026-01-01T00:00:00Z, a minute boundary

std::vector<std::string> Messages(const std::vector<SampleLine>& lines) {
  std::vector<std::string> out;
  for (const SampleLine& line : lines) out.push_back(line.message);
  return out;
}

std::vector<std::string> LinesOf(const SampleLineRing& ring, int64_t period_start_ms) {
  std::vector<SampleLine> lines;
  ring.AppendLinesIn(period_start_ms, period_start_ms + ring.period_seconds() * 1000, lines);
  return Messages(lines);
}

TEST(SampleLineRingTest, DisabledKeepsNothingAndAllocatesNothing) {
  SampleLineRing ring(0, 5, 60, SampleRank::kFirst);
  EXPECT_FALSE(ring.enabled());
  ring.Offer(kT0, 1, "x", "g", "f");
  EXPECT_EQ(0u, ring.size());
  EXPECT_EQ(0u, ring.capacity_bytes());
}

TEST(SampleLineRingTest, FirstRankKeepsTheFirstLinesOfEachPeriod) {
  SampleLineRing ring(2, 3, 60, SampleRank::kFirst);
  ring.Offer(kT0 + 1000, 1, "a", "app", "/var/log/app.log");
  ring.Offer(kT0 + 2000, 1, "b", "app", "");
  ring.Offer(kT0 + 3000, 1, "c", "app", "");
  ring.Offer(kT0 + 61000, 1, "d", "app", "");
  EXPECT_EQ((std::vector<std::string>{"a", "b"}), LinesOf(ring, kT0));
  EXPECT_EQ((std::vector<std::string>{"d"}), LinesOf(ring, kT0 + 60000));
  EXPECT_TRUE(LinesOf(ring, kT0 + 120000).empty());
  const std::vector<SampleLine> all = ring.AllLines();
  ASSERT_EQ(3u, all.size());
  EXPECT_EQ(kT0 + 1000, all[0].time_ms);
  EXPECT_EQ("app", all[0].log_group);
  EXPECT_EQ("/var/log/app.log", all[0].source);
}

TEST(SampleLineRingTest, HighestRankKeepsTheLargestValuesEarlierWinningTies) {
  SampleLineRing ring(2, 3, 60, SampleRank::kHighest);
  ring.Offer(kT0 + 1000, 5, "five", "g", "");
  ring.Offer(kT0 + 2000, 1, "one", "g", "");
  ring.Offer(kT0 + 3000, 9, "nine", "g", "");
  ring.Offer(kT0 + 4000, 5, "another five", "g", "");  // ties with "five", which came first
  ring.Offer(kT0 + 5000, 2, "two", "g", "");
  EXPECT_EQ((std::vector<std::string>{"five", "nine"}), LinesOf(ring, kT0));
}

TEST(SampleLineRingTest, LowestRankKeepsTheSmallestValues) {
  SampleLineRing ring(2, 3, 60, SampleRank::kLowest);
  for (double v : {7.0, 3.0, 8.0, 1.0, 2.0}) {
    ring.Offer(kT0 + 1000, v, "v" + std::to_string(static_cast<int>(v)), "g", "");
  }
  EXPECT_EQ((std::vector<std::string>{"v1", "v2"}), LinesOf(ring, kT0));
}

TEST(SampleLineRingTest, RingForgetsPeriodsOlderThanItCovers) {
  SampleLineRing ring(1, 3, 60, SampleRank::kFirst);
  for (int p = 0; p < 5; ++p) ring.Offer(kT0 + p * 60000, 1, "p" + std::to_string(p), "g", "");
  EXPECT_TRUE(LinesOf(ring, kT0).empty());
  EXPECT_TRUE(LinesOf(ring, kT0 + 60000).empty());
  EXPECT_EQ((std::vector<std::string>{"p2"}), LinesOf(ring, kT0 + 120000));
  EXPECT_EQ((std::vector<std::string>{"p4"}), LinesOf(ring, kT0 + 240000));
  // A line of a period older than the one its place holds now is dropped.
  ring.Offer(kT0 + 10000, 1, "late", "g", "");
  EXPECT_EQ(3u, ring.size());
  EXPECT_EQ((std::vector<std::string>{"p2", "p3", "p4"}), Messages(ring.AllLines()));
}

TEST(SampleLineRingTest, MemoryIsFixedWhateverIsOffered) {
  SampleLineRing ring(5, 4, 60, SampleRank::kHighest);
  const size_t capacity = ring.capacity_bytes();
  // 4 periods x 5 lines: one fixed slot each.
  EXPECT_GE(capacity, 20 * kSampleSlotBytes);
  EXPECT_LT(capacity, 20 * (kSampleSlotBytes + 64));
  const std::string huge(100000, 'x');
  for (int i = 0; i < 10000; ++i) {
    ring.Offer(kT0 + int64_t{i} * 1000, i % 97, huge, huge, huge);
  }
  EXPECT_EQ(capacity, ring.capacity_bytes());
  EXPECT_EQ(20u, ring.size());
  for (const SampleLine& line : ring.AllLines()) {
    EXPECT_EQ(kSampleLineMaxBytes, line.message.size());
    EXPECT_TRUE(line.truncated);
    EXPECT_EQ(kSampleGroupMaxBytes, line.log_group.size());
    EXPECT_EQ(kSampleSourceMaxBytes, line.source.size());
  }
}

TEST(SampleLineRingTest, ForAlarmCoversTheRangeInBoundedBuckets) {
  // 3 periods of 5 min, evaluated every minute: 1-min buckets, 16 of them.
  SampleLineRing small = SampleLineRing::ForAlarm(5, 3, 300, 60, SampleRank::kFirst);
  EXPECT_EQ(60, small.period_seconds());
  EXPECT_EQ(16, small.periods());
  // 7 periods of an hour: 15-min buckets (29 cover 7 h), 29 of them.
  SampleLineRing large = SampleLineRing::ForAlarm(5, 7, 3600, 60, SampleRank::kFirst);
  EXPECT_EQ(900, large.period_seconds());
  EXPECT_LE(large.periods(), kMaxSamplePeriods);
  EXPECT_GE(int64_t{large.periods() - 1} * large.period_seconds(), 7 * 3600);
  // 10-s periods: 10-s buckets.
  EXPECT_EQ(10, SampleLineRing::ForAlarm(5, 3, 10, 10, SampleRank::kFirst).period_seconds());
}

TEST(SampleLineRingTest, LinesOfAPeriodThatIsNotBucketAligned) {
  SampleLineRing ring(2, 10, 60, SampleRank::kFirst);
  ring.Offer(kT0 + 30000, 1, "before", "g", "");
  ring.Offer(kT0 + 70000, 1, "inside-1", "g", "");
  ring.Offer(kT0 + 150000, 1, "inside-2", "g", "");
  ring.Offer(kT0 + 190000, 1, "after", "g", "");
  std::vector<SampleLine> lines;
  ring.AppendLinesIn(kT0 + 60000, kT0 + 180000, lines);
  EXPECT_EQ((std::vector<std::string>{"inside-1", "inside-2"}), Messages(lines));
  lines.clear();
  ring.AppendLinesIn(kT0 + 45000, kT0 + 165000, lines);  // straddles buckets
  EXPECT_EQ((std::vector<std::string>{"inside-1", "inside-2"}), Messages(lines));
}

TEST(SampleLineRingTest, PeriodsAndLinesAreCapped) {
  SampleLineRing ring(1000, 100000, 10, SampleRank::kFirst);
  EXPECT_EQ(kMaxSampleLinesPerPeriod, ring.lines_per_period());
  EXPECT_EQ(kMaxSamplePeriods, ring.periods());
}

TEST(SampleLineRingTest, CutsOnACharacterBoundaryAndDropsTheTerminator) {
  SampleLineRing ring(1, 1, 60, SampleRank::kFirst);
  std::string line(kSampleLineMaxBytes - 1, 'a');
  line += "\xc3\xa9";  // 'é' straddles the limit
  ring.Offer(kT0, 1, line, "g", "");
  const SampleLine kept = ring.AllLines().at(0);
  EXPECT_EQ(kSampleLineMaxBytes - 1, kept.message.size());
  EXPECT_TRUE(kept.truncated);

  SampleLineRing ring2(1, 1, 60, SampleRank::kFirst);
  ring2.Offer(kT0, 1, "with newline\r\n", "g", "");
  EXPECT_EQ("with newline", ring2.AllLines().at(0).message);
  EXPECT_FALSE(ring2.AllLines().at(0).truncated);
}

TEST(SampleLineRingTest, SerializeRoundTripsAndRejectsCorruption) {
  SampleLineRing ring(2, 3, 60, SampleRank::kHighest);
  ring.Offer(kT0 + 1000, 3, "three", "app", "/a.log");
  ring.Offer(kT0 + 2000, 4, std::string(600, 'y'), "app", "/a.log");
  ring.Offer(kT0 + 61000, 1, "one", "app", "stream-1");
  const std::string bytes = ring.Serialize();

  SampleLineRing restored(2, 3, 60, SampleRank::kHighest);
  ASSERT_TRUE(restored.Restore(bytes));
  EXPECT_EQ(ring.AllLines(), restored.AllLines());
  EXPECT_TRUE(restored.AllLines()[1].truncated);

  SampleLineRing untouched(2, 3, 60, SampleRank::kHighest);
  untouched.Offer(kT0, 1, "kept", "g", "");
  EXPECT_FALSE(untouched.Restore(bytes.substr(0, bytes.size() - 3)));
  EXPECT_FALSE(untouched.Restore("garbage"));
  EXPECT_EQ((std::vector<std::string>{"kept"}), Messages(untouched.AllLines()));

  // Another geometry takes what fits.
  SampleLineRing smaller(1, 3, 60, SampleRank::kHighest);
  ASSERT_TRUE(smaller.Restore(bytes));
  EXPECT_EQ((std::vector<std::string>{std::string(512, 'y'), "one"}), Messages(smaller.AllLines()));
}

}  // namespace
}  // namespace tailwatch::engine
