#include "daemon/source/journal_positions.h"

#include <gtest/gtest.h>

namespace tailwatch::daemon {
namespace {

constexpr std::string_view kIdA = "238cf997afd94807bbb80ea3fd45c733";
constexpr std::string_view kIdB = "0123456789abcdef0123456789abcdef";

std::string Cursor(std::string_view id, uint64_t seqnum) {
  char hex[32];
  std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(seqnum));
  return "s=" + std::string(id) + ";i=" + hex +
         ";b=0123456789abcdef0123456789abcdef;m=3e8;t=60a24181e4000;x=1db8f3da9b0aa8a5";
}

TEST(JournalCursorTest, ParsesSeqnumIdAndHexSeqnum) {
  // As journalctl -o export printed it for a file systemd-journal-remote wrote.
  const auto id = ParseJournalCursor(
      "s=238cf997afd94807bbb80ea3fd45c733;i=1f;b=0123456789abcdef0123456789abcdef;m=3e8;"
      "t=60a24181e4000;x=1db8f3da9b0aa8a5");
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(id->seqnum_id, kIdA);
  EXPECT_EQ(id->seqnum, 31u);
}

TEST(JournalCursorTest, RejectsCursorsWithoutIdOrSeqnum) {
  EXPECT_FALSE(ParseJournalCursor("").has_value());
  EXPECT_FALSE(ParseJournalCursor("s=238cf997afd94807bbb80ea3fd45c733").has_value());
  EXPECT_FALSE(ParseJournalCursor("i=5;b=x").has_value());
  EXPECT_FALSE(ParseJournalCursor("s=short;i=5").has_value());
  EXPECT_FALSE(ParseJournalCursor("s=238cf997afd94807bbb80ea3fd45c733;i=zz").has_value());
}

TEST(JournalPositionsTest, ConsecutiveEntriesOfAPassCoverOneRange) {
  JournalPositions p;
  std::optional<uint64_t> previous;
  // Entries 3, 7, 12 of one id, as a matched source sees them (others are
  // other units): one range, not three.
  for (uint64_t s : {3u, 7u, 12u}) {
    p.Mark(kIdA, s, previous, Cursor(kIdA, s));
    previous = s;
  }
  ASSERT_EQ(p.series().at(std::string(kIdA)).ranges.size(), 1u);
  EXPECT_TRUE(p.Covered(kIdA, 3));
  EXPECT_TRUE(p.Covered(kIdA, 5));
  EXPECT_TRUE(p.Covered(kIdA, 12));
  EXPECT_FALSE(p.Covered(kIdA, 2));
  EXPECT_FALSE(p.Covered(kIdA, 13));
  EXPECT_FALSE(p.Covered(kIdB, 5));
  EXPECT_EQ(p.Highest(kIdA), 12u);
  EXPECT_EQ(p.series().at(std::string(kIdA)).last_cursor, Cursor(kIdA, 12));
}

TEST(JournalPositionsTest, EntriesOfAnotherIdAreTrackedApart) {
  // A journal file that arrives later with older entries has its own
  // seqnum_id: nothing of it counts as read because of the first id.
  JournalPositions p;
  p.Mark(kIdA, 100, std::nullopt, Cursor(kIdA, 100));
  EXPECT_FALSE(p.Covered(kIdB, 1));
  p.Mark(kIdB, 1, std::nullopt, Cursor(kIdB, 1));
  EXPECT_TRUE(p.Covered(kIdB, 1));
  EXPECT_EQ(p.series().size(), 2u);
}

TEST(JournalPositionsTest, WithoutAPreviousEntryRangesStayApartAndMergeWhenTheyMeet) {
  JournalPositions p;
  p.Mark(kIdA, 10, std::nullopt, Cursor(kIdA, 10));
  p.Mark(kIdA, 20, std::nullopt, Cursor(kIdA, 20));
  EXPECT_FALSE(p.Covered(kIdA, 15));
  EXPECT_EQ(p.series().at(std::string(kIdA)).ranges.size(), 2u);
  p.Mark(kIdA, 11, 10, Cursor(kIdA, 11));
  p.Mark(kIdA, 19, 11, Cursor(kIdA, 19));
  ASSERT_EQ(p.series().at(std::string(kIdA)).ranges.size(), 1u);
  EXPECT_TRUE(p.Covered(kIdA, 15));
  // The cursor kept is the highest entry's, not the last marked.
  EXPECT_EQ(p.series().at(std::string(kIdA)).last_cursor, Cursor(kIdA, 20));
}

TEST(JournalPositionsTest, SerializeRoundTrips) {
  JournalPositions p;
  p.Mark(kIdA, 1, std::nullopt, Cursor(kIdA, 1));
  p.Mark(kIdA, 5, 1, Cursor(kIdA, 5));
  p.Mark(kIdA, 9, std::nullopt, Cursor(kIdA, 9));
  p.Mark(kIdB, 42, std::nullopt, Cursor(kIdB, 42));
  const std::string text = p.Serialize();
  auto back = JournalPositions::Parse(text);
  ASSERT_TRUE(back.has_value()) << back.error().message;
  EXPECT_EQ(back->Serialize(), text);
  EXPECT_TRUE(back->Covered(kIdA, 3));
  EXPECT_FALSE(back->Covered(kIdA, 7));
  EXPECT_TRUE(back->Covered(kIdB, 42));
  EXPECT_EQ(back->series().at(std::string(kIdA)).last_cursor, Cursor(kIdA, 9));
}

TEST(JournalPositionsTest, MalformedTextIsAnError) {
  EXPECT_FALSE(JournalPositions::Parse("").has_value());
  EXPECT_FALSE(JournalPositions::Parse("tailwatch-journal-positions 2\n").has_value());
  const std::string header = "tailwatch-journal-positions 1\n";
  EXPECT_TRUE(JournalPositions::Parse(header).has_value());
  EXPECT_FALSE(JournalPositions::Parse(header + "nothex - 0\n").has_value());
  EXPECT_FALSE(JournalPositions::Parse(header + std::string(kIdA) + " - 1 5-3\n").has_value());
  EXPECT_FALSE(JournalPositions::Parse(header + std::string(kIdA) + " - 2 1-5 6-9\n")
                   .has_value());  // adjacent
  EXPECT_FALSE(JournalPositions::Parse(header + std::string(kIdA) + " - 2 1-5\n").has_value());
  EXPECT_FALSE(JournalPositions::Parse(header + std::string(kIdA) + " - 1 1-5 8-9\n").has_value());
}

}  // namespace
}  // namespace tailwatch::daemon
