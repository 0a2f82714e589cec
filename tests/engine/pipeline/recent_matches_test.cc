// RecentMatchRing: the last lines newest first, bounded count and length.
#include "engine/pipeline/recent_matches.h"

#include <gtest/gtest.h>

#include <string>

namespace tailwatch::engine {
namespace {

TEST(RecentMatchRingTest, KeepsTheLastFiveNewestFirst) {
  RecentMatchRing ring;
  EXPECT_TRUE(ring.Newest().empty());
  ring.Offer(1, "first\r\n", "a.log");
  ASSERT_EQ(1u, ring.Newest().size());
  EXPECT_EQ((RecentMatch{1, "first", false, "a.log"}), ring.Newest()[0]);
  for (int i = 2; i <= 7; ++i) ring.Offer(i, "line " + std::to_string(i), "");
  const auto lines = ring.Newest();
  ASSERT_EQ(kRecentMatchesPerFilter, lines.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    EXPECT_EQ("line " + std::to_string(7 - k), lines[k].message);
    EXPECT_EQ(int64_t(7 - k), lines[k].time_ms);
  }
}

TEST(RecentMatchRingTest, CutsLongLinesOnACharacterBoundary) {
  RecentMatchRing ring;
  // 255 ASCII bytes then a 2-byte character: byte 256 would split it.
  const std::string line = std::string(kRecentMatchLineMaxBytes - 1, 'x') + "\xc3\xa9 tail";
  ring.Offer(5, line, std::string(300, 's'));
  const RecentMatch kept = ring.Newest()[0];
  EXPECT_TRUE(kept.truncated);
  EXPECT_EQ(std::string(kRecentMatchLineMaxBytes - 1, 'x'), kept.message);
  EXPECT_EQ(kRecentMatchSourceMaxBytes, kept.source.size());
  ring.Offer(6, std::string(kRecentMatchLineMaxBytes, 'y'), "");
  EXPECT_FALSE(ring.Newest()[0].truncated);
}

TEST(RecentMatchRingTest, NotedLinesAreKeptAtTheFlushOnlyTheLastFive) {
  RecentMatchRing ring;
  ring.Offer(1, "old", "a.log");
  std::string buffer;
  for (int i = 0; i < 12; ++i) buffer += "match " + std::to_string(i) + "\n";
  size_t start = 0;
  for (int i = 0; i < 12; ++i) {
    const size_t end = buffer.find('\n', start);
    ring.Note(100 + i, std::string_view(buffer).substr(start, end - start));
    start = end + 1;
  }
  EXPECT_EQ("old", ring.Newest()[0].message) << "nothing copied before the flush";
  ring.Flush("b.log");
  buffer.assign(buffer.size(), '#');  // the caller's buffer is gone
  const auto lines = ring.Newest();
  ASSERT_EQ(kRecentMatchesPerFilter, lines.size());
  EXPECT_EQ((RecentMatch{111, "match 11", false, "b.log"}), lines[0]);
  EXPECT_EQ((RecentMatch{107, "match 7", false, "b.log"}), lines[4]);
  ring.Flush("c.log");  // nothing noted since: nothing changes
  EXPECT_EQ(lines, ring.Newest());
}

}  // namespace
}  // namespace tailwatch::engine
