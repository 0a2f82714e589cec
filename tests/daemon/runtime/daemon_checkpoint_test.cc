// The daemon's checkpoint sections: group section names, tail totals
// (including the layout earlier builds wrote) and retired groups.
#include "daemon/runtime/daemon_checkpoint.h"

#include <gtest/gtest.h>

#include "engine/common/byte_codec.h"

namespace tailwatch::daemon {
namespace {

TEST(DaemonCheckpointTest, SectionNamesAreSafeAndStable) {
  EXPECT_EQ("tail.app", SectionForGroup("app"));
  EXPECT_EQ("tail.%2Faws%2Ftrain%23x", SectionForGroup("/aws/train#x"));
  const std::string long_name(200, 'a');
  const std::string section = SectionForGroup(long_name);
  EXPECT_LE(section.size(), 64u);
  EXPECT_EQ(section, SectionForGroup(long_name));
  EXPECT_NE(section, SectionForGroup(long_name + "b"));
}

TEST(DaemonCheckpointTest, TotalsRoundTrip) {
  TailCounters a;
  a.lines_read = 10;
  a.bytes_read = 200;
  a.lines_truncated = 1;
  a.rotations = 2;
  a.truncations = 3;
  a.read_errors = 4;
  a.files_lost = 5;
  a.files_watched = 9;  // a gauge: not kept
  CheckpointSections sections;
  PutTailTotals({{"app", a}, {"/aws/x", TailCounters{}}}, sections);
  const auto totals = GetTailTotals(sections);
  ASSERT_EQ(2u, totals.size());
  const TailCounters& b = totals.at("app");
  EXPECT_EQ(10u, b.lines_read);
  EXPECT_EQ(200u, b.bytes_read);
  EXPECT_EQ(1u, b.lines_truncated);
  EXPECT_EQ(2u, b.rotations);
  EXPECT_EQ(3u, b.truncations);
  EXPECT_EQ(4u, b.read_errors);
  EXPECT_EQ(5u, b.files_lost);
  EXPECT_EQ(0u, b.files_watched);
}

TEST(DaemonCheckpointTest, ReadsTheEarlierLayout) {
  engine::ByteWriter w;
  w.Put<uint64_t>(1);
  w.PutString("app");
  for (uint64_t v : {7, 70, 1, 2, 3, 4}) w.Put<uint64_t>(v);
  CheckpointSections sections{{"daemon", w.Take()}};
  const auto totals = GetTailTotals(sections);
  ASSERT_EQ(1u, totals.count("app"));
  EXPECT_EQ(7u, totals.at("app").lines_read);
  EXPECT_EQ(70u, totals.at("app").bytes_read);
  EXPECT_EQ(4u, totals.at("app").read_errors);
}

TEST(DaemonCheckpointTest, DamagedSectionKeepsWhatCameBefore) {
  CheckpointSections sections;
  TailCounters c;
  c.lines_read = 3;
  PutTailTotals({{"a", c}, {"b", c}}, sections);
  std::string& bytes = sections["tail_totals"];
  bytes.resize(bytes.size() - 5);
  const auto totals = GetTailTotals(sections);
  EXPECT_EQ(1u, totals.count("a"));
  EXPECT_EQ(0u, totals.count("b"));
  sections["tail_totals"] = "\xff\xff\xff\xff\xff\xff\xff\xff";
  EXPECT_TRUE(GetTailTotals(sections).empty());
}

TEST(DaemonCheckpointTest, AddCumulativeLeavesTheGaugeAlone) {
  TailCounters a, b;
  a.lines_read = 1;
  a.files_watched = 4;
  b.lines_read = 2;
  b.files_watched = 7;
  const TailCounters sum = AddCumulative(a, b);
  EXPECT_EQ(3u, sum.lines_read);
  EXPECT_EQ(4u, sum.files_watched);
}

TEST(DaemonCheckpointTest, RetiredTailsRoundTripInOrder) {
  CheckpointSections sections;
  PutRetiredTails({}, sections);
  EXPECT_TRUE(sections.empty());  // no section while none is retired
  TailCounters c;
  c.lines_read = 42;
  c.bytes_read = 4200;
  PutRetiredTails({{"old", std::string("\0offsets\xff", 9), c}, {"/aws/newer", "", {}}}, sections);
  const auto retired = GetRetiredTails(sections);
  ASSERT_EQ(2u, retired.size());
  EXPECT_EQ("old", retired[0].name);
  EXPECT_EQ(std::string("\0offsets\xff", 9), retired[0].offsets);
  EXPECT_EQ(42u, retired[0].base.lines_read);
  EXPECT_EQ(4200u, retired[0].base.bytes_read);
  EXPECT_EQ("/aws/newer", retired[1].name);
  EXPECT_TRUE(retired[1].offsets.empty());
}

TEST(DaemonCheckpointTest, DamagedRetiredTailsAreNone) {
  CheckpointSections sections;
  PutRetiredTails({{"a", "x", {}}, {"b", "y", {}}}, sections);
  std::string& bytes = sections["tail_retired"];
  bytes.resize(bytes.size() - 3);
  EXPECT_TRUE(GetRetiredTails(sections).empty());
  sections["tail_retired"] = "\xff\xff\xff\xff\xff\xff\xff\xff";
  EXPECT_TRUE(GetRetiredTails(sections).empty());
}

}  // namespace
}  // namespace tailwatch::daemon
