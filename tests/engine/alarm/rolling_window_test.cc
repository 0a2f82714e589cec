// RollingWindow: sub-window bounds, folding, sliding and its checkpoint.
#include "engine/alarm/rolling_window.h"

#include <gtest/gtest.h>

namespace tailwatch::engine {
namespace {

constexpr int64_t kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

TEST(RollingWindowTest, BucketsArePeriodOverSixtyAndAtLeastASecond) {
  EXPECT_EQ(RollingWindow(300, 1).bucket_ms(), 5000);
  EXPECT_EQ(RollingWindow(60, 1).bucket_ms(), 1000);
  EXPECT_EQ(RollingWindow(10, 1).bucket_ms(), 1000);
  EXPECT_EQ(RollingWindow(3600, 1).bucket_ms(), 60000);
}

TEST(RollingWindowTest, SubWindowsEndAtTheNewestBucket) {
  RollingWindow w(60, 3);
  EXPECT_FALSE(w.started());
  ASSERT_TRUE(w.Add(kT0 + 500, 4));
  EXPECT_EQ(w.end_ms(), kT0 + 1000);
  EXPECT_EQ(w.SubWindowStart(2), kT0 + 1000 - 60000);
  EXPECT_EQ(w.SubWindowStart(0), kT0 + 1000 - 180000);
  const auto& subs = w.SubWindows();
  ASSERT_EQ(subs.size(), 3u);
  EXPECT_FALSE(subs[0]);
  EXPECT_FALSE(subs[1]);
  ASSERT_TRUE(subs[2]);
  EXPECT_EQ(subs[2]->sample_count, 1);
  EXPECT_EQ(subs[2]->period_start_ms, w.SubWindowStart(2));
}

TEST(RollingWindowTest, FoldsSamplesIntoTheirSubWindowWithTheCacheWarm) {
  RollingWindow w(60, 2);
  w.Add(kT0, 3);
  ASSERT_TRUE(w.SubWindows()[1]);  // warms the cache
  w.Add(kT0 + 200, 7);             // same bucket
  w.Add(kT0 + 300, -2);
  const auto& subs = w.SubWindows();
  ASSERT_TRUE(subs[1]);
  EXPECT_EQ(subs[1]->sample_count, 3);
  EXPECT_EQ(subs[1]->sum, 8);
  EXPECT_EQ(subs[1]->minimum, -2);
  EXPECT_EQ(subs[1]->maximum, 7);
}

TEST(RollingWindowTest, ASampleSlidesIntoOlderSubWindowsThenOut) {
  RollingWindow w(60, 2);
  w.Add(kT0, 1);  // bucket [kT0, kT0 + 1 s)
  w.AdvanceTo(kT0 + 59999);
  EXPECT_TRUE(w.SubWindows()[1]);  // newest sub-window = (kT0 - 59 s .. kT0 + 60 s]
  w.AdvanceTo(kT0 + 60000);
  EXPECT_FALSE(w.SubWindows()[1]);
  EXPECT_TRUE(w.SubWindows()[0]);
  w.AdvanceTo(kT0 + 119999);
  EXPECT_TRUE(w.SubWindows()[0]);
  w.AdvanceTo(kT0 + 120000);
  EXPECT_FALSE(w.SubWindows()[0]);
  EXPECT_FALSE(w.SubWindows()[1]);
}

TEST(RollingWindowTest, RefusesSamplesOlderThanTheWindowAndNeverMovesBack) {
  RollingWindow w(60, 1);
  w.Add(kT0 + 120000, 1);
  EXPECT_FALSE(w.Add(kT0, 1));
  EXPECT_TRUE(w.Add(kT0 + 61000, 2));  // inside the window, behind its end
  w.AdvanceTo(kT0);
  EXPECT_EQ(w.end_ms(), kT0 + 121000);
  EXPECT_EQ(w.SubWindows()[0]->sum, 3);
}

TEST(RollingWindowTest, AJumpPastTheRingClearsIt) {
  RollingWindow w(60, 2);
  w.Add(kT0, 1);
  w.AdvanceTo(kT0 + 3600000);
  EXPECT_FALSE(w.SubWindows()[0]);
  EXPECT_FALSE(w.SubWindows()[1]);
  w.Add(kT0 + 3600000, 5);
  EXPECT_EQ(w.SubWindows()[1]->sum, 5);
}

TEST(RollingWindowTest, RestoresWhatItSerialized) {
  RollingWindow w(300, 3);
  w.Add(kT0, 1);
  w.Add(kT0 + 400000, 2);
  w.Add(kT0 + 800000, 4);
  RollingWindow back(300, 3);
  ASSERT_TRUE(back.Restore(w.Serialize()));
  EXPECT_EQ(back.end_ms(), w.end_ms());
  EXPECT_EQ(back.SubWindows(), w.SubWindows());

  RollingWindow other_shape(60, 3);
  EXPECT_FALSE(other_shape.Restore(w.Serialize()));
  std::string cut = w.Serialize();
  cut.pop_back();
  EXPECT_FALSE(back.Restore(cut));
  EXPECT_EQ(back.SubWindows(), w.SubWindows());  // unchanged on error
}

}  // namespace
}  // namespace tailwatch::engine
