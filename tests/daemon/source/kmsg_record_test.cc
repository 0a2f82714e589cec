#include "daemon/source/kmsg_record.h"

#include <gtest/gtest.h>

namespace tailwatch::daemon {
namespace {

TEST(KmsgRecordTest, ParsesARecordedKernelRecord) {
  // Read from /dev/kmsg of a test machine.
  const auto r =
      ParseKmsgRecord("6,2,0,-;x86/split lock detection: #DB: warning on user-space bus_locks\n");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->level, 6);
  EXPECT_EQ(r->facility, 0);
  EXPECT_EQ(r->seqnum, 2u);
  EXPECT_EQ(r->timestamp_us, 0u);
  EXPECT_FALSE(r->continuation);
  EXPECT_EQ(r->message, "x86/split lock detection: #DB: warning on user-space bus_locks");
}

TEST(KmsgRecordTest, DropsTheDeviceContinuationLines) {
  // An NVIDIA driver Xid as a GPU node logs it, with the device properties
  // the kernel appends as " KEY=value" lines.
  const auto r = ParseKmsgRecord(
      "4,1523,8123456789,-;NVRM: Xid (PCI:0000:3b:00): 79, pid=2211, name=python, GPU has "
      "fallen off the bus.\n SUBSYSTEM=pci\n DEVICE=+pci:0000:3b:00.0\n");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->level, 4);
  EXPECT_EQ(r->seqnum, 1523u);
  EXPECT_EQ(r->timestamp_us, 8123456789u);
  EXPECT_EQ(r->message,
            "NVRM: Xid (PCI:0000:3b:00): 79, pid=2211, name=python, GPU has fallen off the bus.");
}

TEST(KmsgRecordTest, ReadsFacilityContinuationFlagAndExtraFields) {
  // facility 1 (user) level 3: written to /dev/kmsg by a process; 'c' flag;
  // a field after the flag (newer kernels add caller ids).
  const auto r = ParseKmsgRecord(
      "11,77,1000,c,caller=T12;Out of memory: Killed process 4242 "
      "(python) total-vm:1024kB\n");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->facility, 1);
  EXPECT_EQ(r->level, 3);
  EXPECT_TRUE(r->continuation);
  EXPECT_EQ(r->message, "Out of memory: Killed process 4242 (python) total-vm:1024kB");
}

TEST(KmsgRecordTest, KeepsEscapesAndSemicolonsInTheMessage) {
  const auto r = ParseKmsgRecord("6,9,5,-;a;b\\x0ac\n");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->message, "a;b\\x0ac");
}

TEST(KmsgRecordTest, RejectsMalformedRecords) {
  EXPECT_FALSE(ParseKmsgRecord("").has_value());
  EXPECT_FALSE(ParseKmsgRecord("no header at all\n").has_value());
  EXPECT_FALSE(ParseKmsgRecord("6,2,0;too few fields\n").has_value());
  EXPECT_FALSE(ParseKmsgRecord("x,2,0,-;bad prefix\n").has_value());
  EXPECT_FALSE(ParseKmsgRecord("6,-2,0,-;bad seqnum\n").has_value());
  EXPECT_FALSE(ParseKmsgRecord("6,2,0,;empty flag\n").has_value());
}

}  // namespace
}  // namespace tailwatch::daemon
