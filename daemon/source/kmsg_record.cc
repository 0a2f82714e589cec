#include "daemon/source/kmsg_record.h"

#include <charconv>

namespace tailwatch::daemon {
namespace {

bool ParseUnsigned(std::string_view s, uint64_t* out) {
  if (s.empty()) return false;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

std::optional<KmsgRecord> ParseKmsgRecord(std::string_view record) {
  const size_t semicolon = record.find(';');
  if (semicolon == std::string_view::npos) return std::nullopt;
  std::string_view header = record.substr(0, semicolon);
  std::string_view fields[4];
  for (size_t i = 0; i < 4; ++i) {
    const size_t comma = header.find(',');
    // The fourth field may be followed by more (future kernels add fields).
    fields[i] = header.substr(0, comma);
    if (comma == std::string_view::npos) {
      if (i < 3) return std::nullopt;
      header = {};
    } else {
      header.remove_prefix(comma + 1);
    }
  }
  KmsgRecord out;
  uint64_t prefix = 0;
  if (!ParseUnsigned(fields[0], &prefix) || !ParseUnsigned(fields[1], &out.seqnum) ||
      !ParseUnsigned(fields[2], &out.timestamp_us) || fields[3].empty()) {
    return std::nullopt;
  }
  out.level = static_cast<int>(prefix & 7);
  out.facility = static_cast<int>((prefix >> 3) & 0xff);
  out.continuation = fields[3].find('c') != std::string_view::npos;
  std::string_view message = record.substr(semicolon + 1);
  // The message ends at its newline; continuation lines (" KEY=value") follow.
  message = message.substr(0, message.find('\n'));
  out.message = message;
  return out;
}

}  // namespace tailwatch::daemon
