#include "daemon/sink/object_key.h"

#include <gtest/gtest.h>

namespace tailwatch::sink {
namespace {

TEST(ObjectKeyTest, FollowsTheSchemeWithEscapedGroupAndStream) {
  ObjectKeyParts parts{"logs/prod",
                       "/aws/app",
                       "/var/log/app.log",
                       1796554800000 + 59 * 60000,
                       FileSourceId(2049, 131, 0),
                       0,
                       4096};
  EXPECT_EQ(MakeObjectKey(parts),
            "logs/prod/%2Faws%2Fapp/%2Fvar%2Flog%2Fapp.log/2026/12/06/11/"
            "f2049.131.0-00000000000000000000-00000000000000004096.gz");
}

TEST(ObjectKeyTest, ParsesWhatItMakes) {
  ObjectKeyParts parts{"p", "g#1", "stream one", 1796554800000, std::string(kJournalSourceId),
                       7,   42};
  const std::string key = MakeObjectKey(parts);
  auto parsed = ParseObjectKey(key, "p");
  ASSERT_TRUE(parsed.has_value()) << key;
  EXPECT_EQ(parsed->log_group, "g#1");
  EXPECT_EQ(parsed->log_stream, "stream one");
  EXPECT_EQ(parsed->hour_ms, 1796554800000);
  EXPECT_EQ(parsed->source_id, "journal");
  EXPECT_EQ(parsed->first, 7u);
  EXPECT_EQ(parsed->last, 42u);
  EXPECT_EQ(MakeObjectKey(*parsed), key);
}

TEST(ObjectKeyTest, EmptyPrefixHasNoLeadingSlash) {
  ObjectKeyParts parts{"", "g", "s", 0, "journal", 1, 1};
  EXPECT_EQ(MakeObjectKey(parts).substr(0, 4), "g/s/");
  EXPECT_TRUE(ParseObjectKey(MakeObjectKey(parts), "").has_value());
}

TEST(ObjectKeyTest, RefusesOtherKeys) {
  EXPECT_FALSE(ParseObjectKey("other/g/s/2026/12/06/11/journal-1-2.gz", "p").has_value());
  EXPECT_FALSE(ParseObjectKey("p/g/s/2026/12/06/11/journal-1-2.txt", "p").has_value());
  EXPECT_FALSE(ParseObjectKey("p/g/s/2026/13/06/13/journal-1-2.gz", "p").has_value());
  EXPECT_FALSE(ParseObjectKey("p/g%zz/s/2026/12/06/11/journal-1-2.gz", "p").has_value());
  EXPECT_FALSE(ParseObjectKey("p/g/s/2026/12/06/11/journal-x-2.gz", "p").has_value());
}

TEST(ObjectKeyTest, EscapeRoundTripsEveryByte) {
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  EXPECT_EQ(UnescapeKeySegment(EscapeKeySegment(all)), all);
  EXPECT_FALSE(UnescapeKeySegment("%4").has_value());
}

}  // namespace
}  // namespace tailwatch::sink
