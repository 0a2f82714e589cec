// One record of /dev/kmsg (Documentation/ABI/testing/dev-kmsg):
//
//   "<prefix>,<seqnum>,<timestamp us>,<flag>[,<more>...];<message>\n"
//   followed by optional continuation lines " KEY=value\n" (device info).
//
// prefix = facility * 8 + level. The message escapes non-printable bytes as
// \xNN (a newline inside a message arrives as "\x0a"). One read(2) returns
// exactly one record. Pure: parses a buffer, no I/O.
#ifndef TAILWATCH_DAEMON_SOURCE_KMSG_RECORD_H_
#define TAILWATCH_DAEMON_SOURCE_KMSG_RECORD_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace tailwatch::daemon {

struct KmsgRecord {
  int level = 0;     // 0 (emerg) .. 7 (debug)
  int facility = 0;  // 0: kernel; others come from userspace writes to /dev/kmsg
  uint64_t seqnum = 0;
  uint64_t timestamp_us = 0;  // since boot (CLOCK_MONOTONIC)
  bool continuation = false;  // flag 'c': a fragment continued later (old kernels)
  std::string_view message;   // escaped as the kernel wrote it; no terminator
};

// nullopt when `record` does not have the header's four fields and ';'.
std::optional<KmsgRecord> ParseKmsgRecord(std::string_view record);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_KMSG_RECORD_H_
