// The last few lines each metric filter matched, for the status page: a
// ring of kRecentMatchesPerFilter fixed slots per filter, allocated once.
// Offer() copies at most kRecentMatchLineMaxBytes of the line (and
// kRecentMatchSourceMaxBytes of its file or stream name) into the oldest
// slot and never allocates. On the hot path a match only Note()s a view of
// its line; Flush(), once the buffer is done, copies the last few noted:
// a buffer where a filter matches every line costs that filter at most
// kRecentMatchesPerFilter copies, not one per line.
//
// Pure and single-threaded, like the Pipeline that owns it.
#ifndef TAILWATCH_ENGINE_PIPELINE_RECENT_MATCHES_H_
#define TAILWATCH_ENGINE_PIPELINE_RECENT_MATCHES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tailwatch::engine {

inline constexpr size_t kRecentMatchesPerFilter = 5;
// Longer lines are cut on a UTF-8 character boundary and marked truncated.
inline constexpr size_t kRecentMatchLineMaxBytes = 256;
inline constexpr size_t kRecentMatchSourceMaxBytes = 128;

struct RecentMatch {
  int64_t time_ms = 0;  // the event time the line was counted at
  std::string message;  // without its line terminator
  bool truncated = false;
  std::string source;  // the file or log stream, empty when unknown
  friend bool operator==(const RecentMatch&, const RecentMatch&) = default;
};

class RecentMatchRing {
 public:
  void Offer(int64_t time_ms, std::string_view message, std::string_view source);
  // `message` must stay alive until the next Flush().
  void Note(int64_t time_ms, std::string_view message) {
    pending_[pending_next_] = Pending{time_ms, message};
    pending_next_ = (pending_next_ + 1) % kRecentMatchesPerFilter;
    if (pending_count_ < kRecentMatchesPerFilter) ++pending_count_;
  }
  // Something was noted since the last Flush.
  bool noted() const { return pending_count_ > 0; }
  // Offers what was noted since the last Flush, oldest first, from `source`.
  void Flush(std::string_view source);
  // The kept lines, newest first.
  std::vector<RecentMatch> Newest() const;
  size_t size() const { return count_; }

 private:
  struct Slot {
    int64_t time_ms = 0;
    uint16_t message_bytes = 0;
    uint16_t source_bytes = 0;
    bool truncated = false;
    std::array<char, kRecentMatchLineMaxBytes> message;
    std::array<char, kRecentMatchSourceMaxBytes> source;
  };
  struct Pending {
    int64_t time_ms = 0;
    std::string_view message;
  };
  std::array<Slot, kRecentMatchesPerFilter> slots_{};
  size_t next_ = 0;  // the slot the next line takes
  size_t count_ = 0;
  std::array<Pending, kRecentMatchesPerFilter> pending_{};
  size_t pending_next_ = 0;
  size_t pending_count_ = 0;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_PIPELINE_RECENT_MATCHES_H_
