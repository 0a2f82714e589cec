// The durable outbox on a real temp dir: order, restart recovery, bounds
// (oldest non-ALARM dropped first), torn and corrupt files.
#include "daemon/notify/outbox.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace tailwatch::notify {
namespace {

namespace fs = std::filesystem;
using engine::AlarmState;

class OutboxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "/tw_outbox_" + std::to_string(::getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static OutboxRecord Record(const std::string& id, AlarmState state) {
    OutboxRecord r;
    r.destination = "oncall";
    r.event_id = id;
    r.alarm_name = "a";
    r.new_state = state;
    r.created_ms = 1000;
    r.body = "{\"id\":\"" + id + "\"}";
    return r;
  }
  std::vector<std::string> Drain(Outbox& box) {
    std::vector<std::string> out;
    while (!box.empty()) {
      out.push_back(box.Front().event_id);
      EXPECT_TRUE(box.Remove(box.Front().seq).has_value());
    }
    return out;
  }
  size_t Files() const {
    size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir_)) n += e.path().extension() == ".ev";
    return n;
  }
  std::string dir_;
};

TEST_F(OutboxTest, RecordRoundTrip) {
  OutboxRecord r = Record("e1", AlarmState::kOk);
  r.seq = 7;
  r.subject = "s";
  r.topic_arn = "arn:aws:sns:us-east-1:1:t";
  auto back = DecodeOutboxRecord(EncodeOutboxRecord(r));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(r, *back);
  EXPECT_FALSE(DecodeOutboxRecord(EncodeOutboxRecord(r).substr(0, 30)).has_value());
  EXPECT_FALSE(DecodeOutboxRecord("garbage").has_value());
}

TEST_F(OutboxTest, SurvivesReopenInOrderAndSeqContinues) {
  {
    auto box = Outbox::Open(dir_, 100);
    ASSERT_TRUE(box.has_value());
    for (const char* id : {"e1", "e2", "e3"}) {
      ASSERT_TRUE((*box)->Append(Record(id, AlarmState::kAlarm), nullptr).has_value());
    }
    ASSERT_TRUE((*box)->Remove((*box)->Front().seq).has_value());  // e1 delivered
    EXPECT_EQ(2u, Files());
  }
  auto box = Outbox::Open(dir_, 100);
  ASSERT_TRUE(box.has_value());
  ASSERT_EQ(2u, (*box)->size());
  ASSERT_TRUE((*box)->Append(Record("e4", AlarmState::kOk), nullptr).has_value());
  EXPECT_EQ(4u, (*box)->Front().seq + 2);  // e2 has seq 2, e4 seq 4
  EXPECT_EQ((std::vector<std::string>{"e2", "e3", "e4"}), Drain(**box));
  EXPECT_EQ(0u, Files());
}

TEST_F(OutboxTest, FullDropsOldestNonAlarmFirst) {
  auto box = Outbox::Open(dir_, 3);
  ASSERT_TRUE(box.has_value());
  std::vector<OutboxRecord> dropped;
  ASSERT_TRUE((*box)->Append(Record("alarm1", AlarmState::kAlarm), &dropped).has_value());
  ASSERT_TRUE((*box)->Append(Record("ok1", AlarmState::kOk), &dropped).has_value());
  ASSERT_TRUE((*box)->Append(Record("alarm2", AlarmState::kAlarm), &dropped).has_value());
  ASSERT_TRUE((*box)->Append(Record("alarm3", AlarmState::kAlarm), &dropped).has_value());
  ASSERT_EQ(1u, dropped.size());
  EXPECT_EQ("ok1", dropped[0].event_id);
  // All ALARM now: the oldest goes.
  ASSERT_TRUE(
      (*box)->Append(Record("insufficient", AlarmState::kInsufficientData), &dropped).has_value());
  ASSERT_EQ(2u, dropped.size());
  EXPECT_EQ("alarm1", dropped[1].event_id);
  EXPECT_EQ(3u, Files());
  EXPECT_EQ((std::vector<std::string>{"alarm2", "alarm3", "insufficient"}), Drain(**box));
}

TEST_F(OutboxTest, TornTempFilesRemovedCorruptFilesSetAside) {
  fs::create_directories(dir_);
  std::ofstream(dir_ + "/00000000000000000001.ev.tmp") << "half";
  std::ofstream(dir_ + "/00000000000000000002.ev") << "not a record";
  {
    OutboxRecord r = Record("good", AlarmState::kAlarm);
    r.seq = 3;
    std::ofstream(dir_ + "/00000000000000000003.ev", std::ios::binary) << EncodeOutboxRecord(r);
  }
  auto box = Outbox::Open(dir_, 10);
  ASSERT_TRUE(box.has_value());
  EXPECT_EQ(1u, (*box)->corrupt_files());
  ASSERT_EQ(1u, (*box)->size());
  EXPECT_EQ("good", (*box)->Front().event_id);
  EXPECT_FALSE(fs::exists(dir_ + "/00000000000000000001.ev.tmp"));
  EXPECT_TRUE(fs::exists(dir_ + "/00000000000000000002.ev.corrupt"));
  ASSERT_TRUE((*box)->Append(Record("next", AlarmState::kOk), nullptr).has_value());
  EXPECT_TRUE(fs::exists(dir_ + "/00000000000000000004.ev"));
}

TEST_F(OutboxTest, StagedRecordsAreDeliverableAtOnceAndWrittenOnlyWhenAsked) {
  {
    auto box = Outbox::Open(dir_, 100);
    ASSERT_TRUE(box.has_value());
    (*box)->Stage(Record("e1", AlarmState::kAlarm), nullptr);
    (*box)->Stage(Record("e2", AlarmState::kOk), nullptr);
    (*box)->Stage(Record("e3", AlarmState::kAlarm), nullptr);
    EXPECT_EQ(3u, (*box)->size());
    EXPECT_EQ(0u, Files());
    ASSERT_TRUE((*box)->Remove((*box)->Front().seq).has_value());  // e1 delivered, never written
    const std::vector<OutboxRecord> staged = (*box)->Staged();
    ASSERT_EQ(2u, staged.size());
    EXPECT_EQ("e2", staged[0].event_id);
    for (const OutboxRecord& r : staged) ASSERT_TRUE((*box)->WriteRecord(r).has_value());
    // e2 is delivered while it is being written: its file goes again.
    ASSERT_TRUE((*box)->Remove(staged[0].seq).has_value());
    for (const OutboxRecord& r : staged) (*box)->MarkDurable(r.seq);
    EXPECT_EQ(0u, (*box)->staged());
    EXPECT_EQ(1u, Files());
    (*box)->Stage(Record("e4", AlarmState::kOk), nullptr);  // lost with the process
  }
  auto box = Outbox::Open(dir_, 100);
  ASSERT_TRUE(box.has_value());
  EXPECT_EQ((std::vector<std::string>{"e3"}), Drain(**box));
}

TEST_F(OutboxTest, AFullOutboxDropsStagedRecordsWithoutTouchingTheDisk) {
  auto box = Outbox::Open(dir_, 2);
  ASSERT_TRUE(box.has_value());
  std::vector<OutboxRecord> dropped;
  ASSERT_TRUE((*box)->Append(Record("alarm1", AlarmState::kAlarm), &dropped).has_value());
  (*box)->Stage(Record("ok1", AlarmState::kOk), &dropped);
  (*box)->Stage(Record("alarm2", AlarmState::kAlarm), &dropped);
  ASSERT_EQ(1u, dropped.size());
  EXPECT_EQ("ok1", dropped[0].event_id);
  EXPECT_EQ(1u, Files());
  EXPECT_EQ(1u, (*box)->staged());
  EXPECT_EQ((std::vector<std::string>{"alarm1", "alarm2"}), Drain(**box));
  EXPECT_EQ(0u, Files());
}

TEST_F(OutboxTest, DirNamesAreDistinctAndSafe) {
  const std::string a = OutboxDirName("arn:aws:sns:us-west-2:123456789012:NotifyMe");
  const std::string b = OutboxDirName("arn_aws_sns_us-west-2_123456789012_NotifyMe");
  EXPECT_NE(a, b);
  EXPECT_EQ(std::string::npos, a.find(':'));
  EXPECT_EQ(std::string::npos, OutboxDirName("../../etc").find('/'));
}

}  // namespace
}  // namespace tailwatch::notify
