#include "engine/pipeline/recent_matches.h"

#include <algorithm>
#include <cstring>

#include "engine/common/line_text.h"

namespace tailwatch::engine {

void RecentMatchRing::Offer(int64_t time_ms, std::string_view message, std::string_view source) {
  message = WithoutTerminator(message);
  const std::string_view kept_message = CutUtf8(message, kRecentMatchLineMaxBytes);
  const std::string_view kept_source = CutUtf8(source, kRecentMatchSourceMaxBytes);
  Slot& slot = slots_[next_];
  slot.time_ms = time_ms;
  slot.truncated = kept_message.size() < message.size();
  slot.message_bytes = static_cast<uint16_t>(kept_message.size());
  slot.source_bytes = static_cast<uint16_t>(kept_source.size());
  std::memcpy(slot.message.data(), kept_message.data(), kept_message.size());
  std::memcpy(slot.source.data(), kept_source.data(), kept_source.size());
  next_ = (next_ + 1) % kRecentMatchesPerFilter;
  count_ = std::min(count_ + 1, kRecentMatchesPerFilter);
}

void RecentMatchRing::Flush(std::string_view source) {
  const size_t first = (pending_next_ + kRecentMatchesPerFilter - pending_count_);
  for (size_t k = 0; k < pending_count_; ++k) {
    const Pending& p = pending_[(first + k) % kRecentMatchesPerFilter];
    Offer(p.time_ms, p.message, source);
  }
  pending_count_ = 0;
}

std::vector<RecentMatch> RecentMatchRing::Newest() const {
  std::vector<RecentMatch> out;
  out.reserve(count_);
  for (size_t k = 1; k <= count_; ++k) {
    const Slot& slot = slots_[(next_ + kRecentMatchesPerFilter - k) % kRecentMatchesPerFilter];
    out.push_back(RecentMatch{slot.time_ms, std::string(slot.message.data(), slot.message_bytes),
                              slot.truncated, std::string(slot.source.data(), slot.source_bytes)});
  }
  return out;
}

}  // namespace tailwatch::engine
