// The persisted per-alarm transition history: kept across reopening, bounded
// to the last kAlarmHistoryLength per alarm, with a torn last line (a crash
// mid-append) dropped.
#include "daemon/runtime/alarm_history.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

namespace tailwatch::daemon {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

engine::AlarmEvent Event(const std::string& alarm, int n) {
  engine::AlarmEvent e;
  e.id = alarm + "-" + std::to_string(n);
  e.alarm_name = alarm;
  e.old_state = n % 2 ? engine::AlarmState::kAlarm : engine::AlarmState::kOk;
  e.new_state = n % 2 ? engine::AlarmState::kOk : engine::AlarmState::kAlarm;
  e.reason = "reason <" + std::to_string(n) + ">";
  e.time_ms = 1'000'000 + n * 60'000;
  return e;
}

size_t LinesIn(const std::string& dir) {
  size_t lines = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) ++lines;
  }
  return lines;
}

class AlarmHistoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tw-alarm-history-XXXXXX";
    ASSERT_NE(nullptr, mkdtemp(tmpl));
    dir_ = std::string(tmpl) + "/alarm-history";
  }
  void TearDown() override { fs::remove_all(fs::path(dir_).parent_path()); }
  std::string dir_;
};

TEST_F(AlarmHistoryTest, KeepsTransitionsAcrossReopeningNewestFirst) {
  {
    auto store = AlarmHistoryStore::Open(dir_);
    ASSERT_TRUE(store) << store.error().message;
    for (int n = 0; n < 3; ++n) ASSERT_TRUE((*store)->Append(Event("cpu/high \"x\"", n)));
    ASSERT_TRUE((*store)->Append(Event("disk", 0)));
  }
  auto store = AlarmHistoryStore::Open(dir_);
  ASSERT_TRUE(store) << store.error().message;
  const auto view = (*store)->view();
  const std::string json = AlarmHistoryJson(view.get(), "cpu/high \"x\"");
  EXPECT_EQ(
      R"({"alarm":"cpu/high \"x\"","transitions":[{"id":"cpu/high \"x\"-2","alarm":"cpu/high \"x\"",)"
      R"("from":"OK","to":"ALARM","time":"1970-01-01T00:18:40.000Z","reason":"reason <2>"},)"
      R"({"id":"cpu/high \"x\"-1","alarm":"cpu/high \"x\"","from":"ALARM","to":"OK",)"
      R"("time":"1970-01-01T00:17:40.000Z","reason":"reason <1>"},)"
      R"({"id":"cpu/high \"x\"-0","alarm":"cpu/high \"x\"","from":"OK","to":"ALARM",)"
      R"("time":"1970-01-01T00:16:40.000Z","reason":"reason <0>"}]})",
      json);
  EXPECT_THAT(AlarmHistoryJson(view.get(), "disk"), HasSubstr(R"("id":"disk-0")"));
  EXPECT_EQ(R"({"alarm":"none","transitions":[]})", AlarmHistoryJson(view.get(), "none"));
}

TEST_F(AlarmHistoryTest, SyncFlushesWhatWasAppendedAndRunsBesideAppend) {
  auto store = AlarmHistoryStore::Open(dir_);
  ASSERT_TRUE(store) << store.error().message;
  std::thread syncer([&] {
    for (int i = 0; i < 50; ++i) EXPECT_TRUE((*store)->Sync());
  });
  for (int n = 0; n < 50; ++n) ASSERT_TRUE((*store)->Append(Event("gpu", n)));
  syncer.join();
  EXPECT_TRUE((*store)->Sync());
  EXPECT_EQ(50u, LinesIn(dir_));

  ASSERT_TRUE((*store)->Append(Event("gone", 0)));
  for (const auto& entry : fs::directory_iterator(dir_)) {
    std::ifstream in(entry.path());
    std::string line;
    std::getline(in, line);
    if (line.find("\"gone\"") != std::string::npos) fs::remove(entry.path());
  }
  const Status lost = (*store)->Sync();
  ASSERT_FALSE(lost);
  EXPECT_THAT(lost.error().message, HasSubstr("open "));
  EXPECT_TRUE((*store)->Sync());  // reported once
}

TEST_F(AlarmHistoryTest, KeepsTheLastTwoHundredAndBoundsTheFile) {
  {
    auto store = AlarmHistoryStore::Open(dir_);
    ASSERT_TRUE(store);
    for (int n = 0; n < 1000; ++n) ASSERT_TRUE((*store)->Append(Event("a", n)));
    EXPECT_EQ(kAlarmHistoryLength, (*store)->view()->at("a")->size());
  }
  EXPECT_LE(LinesIn(dir_), 2 * kAlarmHistoryLength);
  auto store = AlarmHistoryStore::Open(dir_);
  ASSERT_TRUE(store);
  const auto& lines = *(*store)->view()->at("a");
  ASSERT_EQ(kAlarmHistoryLength, lines.size());
  EXPECT_THAT(lines.front(), HasSubstr(R"("id":"a-800")"));
  EXPECT_THAT(lines.back(), HasSubstr(R"("id":"a-999")"));
}

TEST_F(AlarmHistoryTest, DropsATornLastLine) {
  {
    auto store = AlarmHistoryStore::Open(dir_);
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->Append(Event("a", 0)));
    ASSERT_TRUE((*store)->Append(Event("a", 1)));
  }
  const fs::path file = fs::directory_iterator(dir_)->path();
  std::ofstream(file, std::ios::app) << R"({"id":"a-2","alarm":"a","fr)";
  {
    auto store = AlarmHistoryStore::Open(dir_);
    ASSERT_TRUE(store);
    EXPECT_EQ(2u, (*store)->view()->at("a")->size());
    ASSERT_TRUE((*store)->Append(Event("a", 3)));
  }
  auto store = AlarmHistoryStore::Open(dir_);
  ASSERT_TRUE(store);
  const auto& lines = *(*store)->view()->at("a");
  ASSERT_EQ(3u, lines.size());
  EXPECT_THAT(lines.back(), HasSubstr(R"("id":"a-3")"));
  EXPECT_EQ(3u, LinesIn(dir_));
}

}  // namespace
}  // namespace tailwatch::daemon
