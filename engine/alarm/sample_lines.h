// The log lines behind an alarm's datapoints: for one alarm, a ring of time
// buckets (epoch-aligned, `bucket_seconds` wide) covering the time its
// evaluation range can read, each bucket keeping up to N lines that matched
// a filter feeding the alarm's series. An alarm's periods end at its
// evaluation boundaries, not at multiples of the period, so the lines of a
// period are those of the buckets it overlaps, filtered by time.
//
// Memory is fixed when the ring is made: buckets x N slots of
// kSampleSlotBytes each, allocated once. Offer() copies at most that many
// bytes into a slot and never allocates; once a bucket holds N lines, a new
// line takes the place of the least telling one only when it tells more
// (SampleRank), so a full bucket costs one comparison per line and no copy.
//
// Pure and single-threaded, like the AlarmEngine that owns it.
#ifndef TAILWATCH_ENGINE_ALARM_SAMPLE_LINES_H_
#define TAILWATCH_ENGINE_ALARM_SAMPLE_LINES_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/alarm/alarm_spec.h"
#include "engine/common/status.h"

namespace tailwatch::engine {

// A line longer than this is cut (on a UTF-8 character boundary) and marked
// truncated; the log group and the stream/file name are cut likewise.
inline constexpr size_t kSampleLineMaxBytes = 512;
inline constexpr size_t kSampleGroupMaxBytes = 256;
inline constexpr size_t kSampleSourceMaxBytes = 256;
inline constexpr size_t kSampleSlotBytes =
    kSampleLineMaxBytes + kSampleGroupMaxBytes + kSampleSourceMaxBytes;
// Bounds of the `sample_lines` setting and of the buckets one ring holds.
inline constexpr int kMaxSampleLinesPerPeriod = 20;
inline constexpr int kMaxSamplePeriods = 30;

// One kept line, as events and status carry it.
struct SampleLine {
  int64_t time_ms = 0;  // the event time the line was counted at
  double value = 0;     // the value its filter emitted
  std::string message;  // without its line terminator
  bool truncated = false;
  std::string log_group;
  std::string source;  // the file or log stream, empty when unknown
  friend bool operator==(const SampleLine&, const SampleLine&) = default;
};

// Which lines a full period keeps: the first ones (kFirst), or those with
// the highest (kHighest) or lowest (kLowest) values, earlier lines winning
// ties. An alarm that breaches upwards keeps the highest values.
enum class SampleRank { kFirst, kHighest, kLowest };
SampleRank SampleRankFor(ComparisonOperator op);

class SampleLineRing {
 public:
  // A ring that keeps nothing.
  SampleLineRing() = default;
  // `lines_per_period` (per bucket) in [0, kMaxSampleLinesPerPeriod] (0
  // keeps nothing), `periods` (buckets) >= 1, capped at kMaxSamplePeriods,
  // each `period_seconds` wide.
  SampleLineRing(int lines_per_period, int periods, int period_seconds, SampleRank rank);
  // A ring for an alarm that reads `range_periods` periods of
  // `period_seconds`, evaluated every `cadence_seconds`: buckets of a
  // multiple of the cadence, enough of them (at most kMaxSamplePeriods) to
  // cover the range and one more.
  static SampleLineRing ForAlarm(int lines_per_period, int range_periods, int period_seconds,
                                 int cadence_seconds, SampleRank rank);

  bool enabled() const { return lines_per_period_ > 0; }
  int lines_per_period() const { return lines_per_period_; }
  int periods() const { return static_cast<int>(periods_.size()); }
  int period_seconds() const { return period_seconds_; }
  SampleRank rank() const { return rank_; }
  // The bytes allocated for slots, fixed for the ring's life.
  size_t capacity_bytes() const { return text_.size() + slots_.size() * sizeof(Slot); }

  // One line that fed the period holding `time_ms`. A line of a period older
  // than the one its place in the ring holds is dropped; a newer period
  // clears the place first. Never allocates.
  void Offer(int64_t time_ms, double value, std::string_view message, std::string_view log_group,
             std::string_view source);

  // The kept lines with from_ms <= time < to_ms, bucket by bucket (older
  // first), each bucket's in the order they came, appended to `out`.
  void AppendLinesIn(int64_t from_ms, int64_t to_ms, std::vector<SampleLine>& out) const;
  // Every kept line, in time order (then in the order they came).
  std::vector<SampleLine> AllLines() const;
  // Lines held now (for tests and memory accounting).
  size_t size() const;

  // Takes the lines of `other` (another geometry is fine: its lines are
  // offered again, in time order).
  void AdoptFrom(const SampleLineRing& other);

  // Checkpointing: the kept lines; Restore offers them again (so a ring of
  // another geometry takes what fits) and leaves the ring unchanged on error.
  std::string Serialize() const;
  Status Restore(std::string_view bytes);

 private:
  struct Slot {
    int64_t time_ms = 0;
    double value = 0;
    uint64_t order = 0;  // arrival order, for ties and time order
    uint16_t message_bytes = 0;
    uint16_t group_bytes = 0;
    uint16_t source_bytes = 0;
    bool truncated = false;
  };
  struct Period {
    int64_t start_ms = std::numeric_limits<int64_t>::min();  // min = never used
    int count = 0;
  };

  // True when a line of `value` tells more than the kept one `slot`.
  bool Better(double value, const Slot& slot) const;
  void Fill(size_t slot_index, int64_t time_ms, double value, std::string_view message,
            std::string_view log_group, std::string_view source);
  SampleLine LineAt(size_t slot_index) const;
  void OfferLine(const SampleLine& line);

  int lines_per_period_ = 0;
  int period_seconds_ = 60;
  SampleRank rank_ = SampleRank::kFirst;
  uint64_t next_order_ = 0;
  std::vector<Period> periods_;
  std::vector<Slot> slots_;  // periods x lines_per_period
  std::vector<char> text_;   // kSampleSlotBytes per slot
};

// Lines as versioned bytes (for checkpoints), and back.
std::string SerializeSampleLines(std::span<const SampleLine> lines);
Result<std::vector<SampleLine>> ParseSampleLines(std::string_view bytes);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_SAMPLE_LINES_H_
