// KmsgSource's positions and loss counting, fed recorded /dev/kmsg records
// through a SOCK_SEQPACKET socket pair (one record per read, as /dev/kmsg).
// The live device is covered by tests/integration/kmsg_live.sh.
#include "daemon/source/kmsg_source.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace tailwatch::daemon {
namespace {

struct RecordingSink : SourceEventSink {
  void OnSourceEvent(const SourceEvent& e) override {
    messages.emplace_back(e.message);
    times.push_back(e.time_ms);
  }
  std::vector<std::string> messages;
  std::vector<int64_t> times;
};

class KmsgSourceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds_), 0);
  }
  void TearDown() override {
    if (fds_[1] >= 0) ::close(fds_[1]);
  }
  // Takes the read end; the test keeps the write end.
  std::unique_ptr<KmsgSource> Source() {
    KmsgSourceOptions o;
    o.boot_id = "b0";
    o.boot_epoch_ms = 1700000000000;
    o.start_at_beginning = true;
    const int fd = fds_[0];
    fds_[0] = -1;
    return KmsgSource::FromFd(fd, o);
  }
  void Record(uint64_t seqnum, const std::string& message) {
    const std::string r =
        "4," + std::to_string(seqnum) + ",5000000,-;" + message + "\n SUBSYSTEM=pci\n";
    ASSERT_EQ(::write(fds_[1], r.data(), r.size()), static_cast<ssize_t>(r.size()));
  }
  void Reopen() { ASSERT_EQ(::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK, 0, fds_), 0); }

  int fds_[2] = {-1, -1};
};

TEST_F(KmsgSourceTest, DeliversMessagesAtBootEpochPlusTimestamp) {
  auto source = Source();
  Record(1, "NVRM: Xid (PCI:0000:3b:00): 79, GPU has fallen off the bus.");
  Record(2, "second");
  RecordingSink sink;
  EXPECT_FALSE(source->Poll(sink, 100));
  EXPECT_EQ(sink.messages,
            (std::vector<std::string>{"NVRM: Xid (PCI:0000:3b:00): 79, GPU has fallen off the bus.",
                                      "second"}));
  EXPECT_EQ(sink.times[0], 1700000000000 + 5000);
  EXPECT_EQ(source->Serialize(), "tailwatch-kmsg 1 b0 2\n");
}

TEST_F(KmsgSourceTest, ResumesAfterItsSequenceNumberAndCountsOverwrittenRecords) {
  std::string saved;
  {
    auto source = Source();
    for (uint64_t s = 1; s <= 3; ++s) Record(s, "r" + std::to_string(s));
    RecordingSink sink;
    source->Poll(sink, 100);
    saved = source->Serialize();
  }
  ::close(fds_[1]);
  Reopen();
  // After a restart /dev/kmsg is read from its oldest record: 2 and 3 again
  // (skipped), then 4..6 were overwritten by the ring buffer, 7 is new.
  auto source = Source();
  ASSERT_TRUE(source->Restore(saved).has_value());
  Record(2, "r2");
  Record(3, "r3");
  Record(7, "r7");
  Record(8, "r8");
  RecordingSink sink;
  source->Poll(sink, 100);
  EXPECT_EQ(sink.messages, (std::vector<std::string>{"r7", "r8"}));
  EXPECT_EQ(source->counters().overruns, 1u);
  EXPECT_EQ(source->counters().overrun_records, 3u);
}

TEST_F(KmsgSourceTest, AnotherBootReadsEverything) {
  auto source = Source();
  ASSERT_TRUE(source->Restore("tailwatch-kmsg 1 other-boot 500\n").has_value());
  Record(1, "first of this boot");
  RecordingSink sink;
  source->Poll(sink, 100);
  EXPECT_EQ(sink.messages, std::vector<std::string>{"first of this boot"});
  EXPECT_EQ(source->counters().overrun_records, 0u);
}

TEST_F(KmsgSourceTest, MalformedRecordsAndPositionsAreCountedOrRefused) {
  auto source = Source();
  const std::string junk = "not a kmsg record";
  ASSERT_EQ(::write(fds_[1], junk.data(), junk.size()), static_cast<ssize_t>(junk.size()));
  RecordingSink sink;
  source->Poll(sink, 100);
  EXPECT_TRUE(sink.messages.empty());
  EXPECT_EQ(source->counters().malformed, 1u);
  EXPECT_FALSE(source->Restore("tailwatch-kmsg 1 b0 x\n").has_value());
  EXPECT_FALSE(source->Restore("garbage").has_value());
}

TEST_F(KmsgSourceTest, StopsOnItsBudget) {
  auto source = Source();
  for (uint64_t s = 1; s <= 5; ++s) Record(s, "r");
  RecordingSink sink;
  EXPECT_TRUE(source->Poll(sink, 3));
  EXPECT_EQ(sink.messages.size(), 3u);
  EXPECT_FALSE(source->Poll(sink, 3));
  EXPECT_EQ(sink.messages.size(), 5u);
}

}  // namespace
}  // namespace tailwatch::daemon
