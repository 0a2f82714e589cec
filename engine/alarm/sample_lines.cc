#include "engine/alarm/sample_lines.h"

#include <algorithm>
#include <cstring>

#include "engine/common/byte_codec.h"
#include "engine/common/floor_div.h"
#include "engine/common/line_text.h"

namespace tailwatch::engine {
namespace {

constexpr uint32_t kSerialMagic = 0x4c535754;  // "TWSL"
constexpr uint32_t kSerialVersion = 1;

}  // namespace

SampleRank SampleRankFor(ComparisonOperator op) {
  switch (op) {
    case ComparisonOperator::kGreaterThanOrEqualToThreshold:
    case ComparisonOperator::kGreaterThanThreshold:
    case ComparisonOperator::kGreaterThanUpperThreshold:
      return SampleRank::kHighest;
    case ComparisonOperator::kLessThanThreshold:
    case ComparisonOperator::kLessThanOrEqualToThreshold:
    case ComparisonOperator::kLessThanLowerThreshold:
      return SampleRank::kLowest;
    case ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold:
      return SampleRank::kFirst;
  }
  return SampleRank::kFirst;
}

SampleLineRing::SampleLineRing(int lines_per_period, int periods, int period_seconds,
                               SampleRank rank)
    : lines_per_period_(std::clamp(lines_per_period, 0, kMaxSampleLinesPerPeriod)),
      period_seconds_(std::max(period_seconds, 1)),
      rank_(rank) {
  if (lines_per_period_ == 0) return;
  periods_.resize(static_cast<size_t>(std::clamp(periods, 1, kMaxSamplePeriods)));
  slots_.resize(periods_.size() * static_cast<size_t>(lines_per_period_));
  text_.resize(slots_.size() * kSampleSlotBytes);
}

SampleLineRing SampleLineRing::ForAlarm(int lines_per_period, int range_periods, int period_seconds,
                                        int cadence_seconds, SampleRank rank) {
  const int64_t cadence = std::max(cadence_seconds, 1);
  const int64_t span = int64_t{std::max(range_periods, 1)} * std::max(period_seconds, 1);
  // The narrowest multiple of the cadence whose kMaxSamplePeriods - 1 buckets cover the span.
  const int64_t per_bucket = (span + kMaxSamplePeriods - 2) / (kMaxSamplePeriods - 1);
  const int64_t width = std::max<int64_t>(1, (per_bucket + cadence - 1) / cadence) * cadence;
  const int64_t buckets = (span + width - 1) / width + 1;
  return SampleLineRing(lines_per_period, static_cast<int>(buckets), static_cast<int>(width), rank);
}

bool SampleLineRing::Better(double value, const Slot& slot) const {
  switch (rank_) {
    case SampleRank::kHighest:
      return value > slot.value;
    case SampleRank::kLowest:
      return value < slot.value;
    case SampleRank::kFirst:
      return false;
  }
  return false;
}

void SampleLineRing::Fill(size_t slot_index, int64_t time_ms, double value,
                          std::string_view message, std::string_view log_group,
                          std::string_view source) {
  message = WithoutTerminator(message);
  const std::string_view kept_message = CutUtf8(message, kSampleLineMaxBytes);
  const std::string_view kept_group = CutUtf8(log_group, kSampleGroupMaxBytes);
  const std::string_view kept_source = CutUtf8(source, kSampleSourceMaxBytes);
  char* text = text_.data() + slot_index * kSampleSlotBytes;
  std::memcpy(text, kept_message.data(), kept_message.size());
  std::memcpy(text + kSampleLineMaxBytes, kept_group.data(), kept_group.size());
  std::memcpy(text + kSampleLineMaxBytes + kSampleGroupMaxBytes, kept_source.data(),
              kept_source.size());
  Slot& slot = slots_[slot_index];
  slot.time_ms = time_ms;
  slot.value = value;
  slot.order = next_order_++;
  slot.message_bytes = static_cast<uint16_t>(kept_message.size());
  slot.group_bytes = static_cast<uint16_t>(kept_group.size());
  slot.source_bytes = static_cast<uint16_t>(kept_source.size());
  slot.truncated = kept_message.size() < message.size();
}

void SampleLineRing::Offer(int64_t time_ms, double value, std::string_view message,
                           std::string_view log_group, std::string_view source) {
  if (lines_per_period_ == 0) return;
  const int64_t period_ms = int64_t{period_seconds_} * 1000;
  const int64_t number = FloorDiv(time_ms, period_ms);
  const int64_t start = number * period_ms;
  const auto ring_size = static_cast<int64_t>(periods_.size());
  const auto place = static_cast<size_t>(((number % ring_size) + ring_size) % ring_size);
  Period& period = periods_[place];
  if (period.start_ms > start) return;  // its place already holds a newer period
  if (period.start_ms < start) period = Period{start, 0};
  const size_t first = place * static_cast<size_t>(lines_per_period_);
  if (period.count < lines_per_period_) {
    Fill(first + static_cast<size_t>(period.count++), time_ms, value, message, log_group, source);
    return;
  }
  if (rank_ == SampleRank::kFirst) return;
  // The least telling kept line; among equals the latest, so earlier lines win ties.
  size_t worst = first;
  for (size_t i = first + 1; i < first + static_cast<size_t>(lines_per_period_); ++i) {
    const Slot& a = slots_[i];
    const Slot& w = slots_[worst];
    if (Better(w.value, a) || (a.value == w.value && a.order > w.order)) worst = i;
  }
  if (Better(value, slots_[worst])) Fill(worst, time_ms, value, message, log_group, source);
}

SampleLine SampleLineRing::LineAt(size_t slot_index) const {
  const Slot& slot = slots_[slot_index];
  const char* text = text_.data() + slot_index * kSampleSlotBytes;
  SampleLine line;
  line.time_ms = slot.time_ms;
  line.value = slot.value;
  line.message.assign(text, slot.message_bytes);
  line.truncated = slot.truncated;
  line.log_group.assign(text + kSampleLineMaxBytes, slot.group_bytes);
  line.source.assign(text + kSampleLineMaxBytes + kSampleGroupMaxBytes, slot.source_bytes);
  return line;
}

void SampleLineRing::AppendLinesIn(int64_t from_ms, int64_t to_ms,
                                   std::vector<SampleLine>& out) const {
  const int64_t width_ms = int64_t{period_seconds_} * 1000;
  std::vector<size_t> buckets;
  for (size_t p = 0; p < periods_.size(); ++p) {
    const int64_t start = periods_[p].start_ms;
    if (periods_[p].count == 0 || start >= to_ms || start + width_ms <= from_ms) continue;
    buckets.push_back(p);
  }
  std::sort(buckets.begin(), buckets.end(),
            [&](size_t a, size_t b) { return periods_[a].start_ms < periods_[b].start_ms; });
  for (size_t p : buckets) {
    const size_t first = p * static_cast<size_t>(lines_per_period_);
    std::vector<size_t> order;
    for (int i = 0; i < periods_[p].count; ++i) {
      const size_t slot = first + static_cast<size_t>(i);
      if (slots_[slot].time_ms >= from_ms && slots_[slot].time_ms < to_ms) order.push_back(slot);
    }
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return slots_[a].order < slots_[b].order; });
    for (size_t i : order) out.push_back(LineAt(i));
  }
}

std::vector<SampleLine> SampleLineRing::AllLines() const {
  std::vector<size_t> held;
  for (size_t p = 0; p < periods_.size(); ++p) {
    for (int i = 0; i < periods_[p].count; ++i) {
      held.push_back(p * static_cast<size_t>(lines_per_period_) + static_cast<size_t>(i));
    }
  }
  std::sort(held.begin(), held.end(), [&](size_t a, size_t b) {
    if (slots_[a].time_ms != slots_[b].time_ms) return slots_[a].time_ms < slots_[b].time_ms;
    return slots_[a].order < slots_[b].order;
  });
  std::vector<SampleLine> out;
  out.reserve(held.size());
  for (size_t i : held) out.push_back(LineAt(i));
  return out;
}

size_t SampleLineRing::size() const {
  size_t n = 0;
  for (const Period& p : periods_) n += static_cast<size_t>(p.count);
  return n;
}

void SampleLineRing::OfferLine(const SampleLine& line) {
  const uint64_t order = next_order_;
  Offer(line.time_ms, line.value, line.message, line.log_group, line.source);
  if (!line.truncated || next_order_ == order) return;
  // A line cut before it was saved: keep saying so.
  for (Slot& slot : slots_) {
    if (slot.order == order) slot.truncated = true;
  }
}

void SampleLineRing::AdoptFrom(const SampleLineRing& other) {
  if (!enabled()) return;
  for (const SampleLine& line : other.AllLines()) OfferLine(line);
}

std::string SerializeSampleLines(std::span<const SampleLine> lines) {
  ByteWriter w;
  w.Put<uint32_t>(kSerialMagic);
  w.Put<uint32_t>(kSerialVersion);
  w.Put<uint64_t>(lines.size());
  for (const SampleLine& line : lines) {
    w.Put<int64_t>(line.time_ms);
    w.Put<double>(line.value);
    w.Put<uint8_t>(line.truncated ? 1 : 0);
    w.PutString(line.message);
    w.PutString(line.log_group);
    w.PutString(line.source);
  }
  return w.Take();
}

Result<std::vector<SampleLine>> ParseSampleLines(std::string_view bytes) {
  ByteReader r(bytes);
  if (r.Get<uint32_t>() != kSerialMagic) return MakeError("sample lines: bad magic");
  if (r.Get<uint32_t>() != kSerialVersion) return MakeError("sample lines: unsupported version");
  // A line record holds two numbers, a flag and three string lengths.
  const uint64_t count = r.GetCount(8 + 8 + 1 + 3 * 8);
  std::vector<SampleLine> lines;
  for (uint64_t i = 0; i < count && r.ok(); ++i) {
    SampleLine line;
    line.time_ms = r.Get<int64_t>();
    line.value = r.Get<double>();
    line.truncated = r.Get<uint8_t>() != 0;
    line.message = r.GetString();
    line.log_group = r.GetString();
    line.source = r.GetString();
    lines.push_back(std::move(line));
  }
  if (!r.ok() || !r.done()) return MakeError("sample lines: truncated or corrupt");
  return lines;
}

std::string SampleLineRing::Serialize() const { return SerializeSampleLines(AllLines()); }

Status SampleLineRing::Restore(std::string_view bytes) {
  Result<std::vector<SampleLine>> lines = ParseSampleLines(bytes);
  if (!lines) return MakeError(lines.error().message);
  for (const SampleLine& line : *lines) OfferLine(line);
  return OkStatus();
}

}  // namespace tailwatch::engine
