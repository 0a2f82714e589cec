#include "engine/alarm/rolling_window.h"

#include <algorithm>

#include "engine/common/byte_codec.h"
#include "engine/common/floor_div.h"

namespace tailwatch::engine {
namespace {

constexpr uint32_t kSerialMagic = 0x4c525754;  // "TWRL"
constexpr uint32_t kSerialVersion = 1;

}  // namespace

RollingWindow::RollingWindow(int period_seconds, int sub_windows)
    : period_ms_(static_cast<int64_t>(std::max(1, period_seconds)) * 1000),
      sub_windows_(std::max(1, sub_windows)),
      buckets_per_window_(period_seconds >= 60 ? 60 : std::max(1, period_seconds)),
      bucket_ms_(period_ms_ / buckets_per_window_),
      ring_(static_cast<size_t>(sub_windows_) * static_cast<size_t>(buckets_per_window_)),
      cache_(static_cast<size_t>(sub_windows_)) {}

int64_t RollingWindow::end_ms() const { return (head_ + 1) * bucket_ms_; }

RollingWindow::Bucket& RollingWindow::At(int64_t bucket_index) {
  const auto size = static_cast<int64_t>(ring_.size());
  return ring_[static_cast<size_t>(((bucket_index % size) + size) % size)];
}

void RollingWindow::Fold(Bucket& b, double value) {
  b.minimum = b.count > 0 ? std::min(b.minimum, value) : value;
  b.maximum = b.count > 0 ? std::max(b.maximum, value) : value;
  b.count += 1;
  b.sum += value;
}

void RollingWindow::FoldInto(std::optional<Datapoint>& d, const Bucket& b, int64_t start_ms) {
  if (b.count <= 0) return;
  if (!d) {
    d.emplace();
    d->period_start_ms = start_ms;
    d->minimum = b.minimum;
    d->maximum = b.maximum;
  } else {
    d->minimum = std::min(d->minimum, b.minimum);
    d->maximum = std::max(d->maximum, b.maximum);
  }
  d->sample_count += b.count;
  d->sum += b.sum;
}

void RollingWindow::AdvanceTo(int64_t now_ms) {
  const int64_t target = FloorDiv(now_ms, bucket_ms_);
  if (!started_) {
    started_ = true;
    head_ = target;
    cache_valid_ = false;
    return;
  }
  if (target <= head_) return;
  // Buckets that enter the window start empty; a jump past the whole ring
  // clears all of it.
  const auto size = static_cast<int64_t>(ring_.size());
  if (target - head_ >= size) {
    std::fill(ring_.begin(), ring_.end(), Bucket{});
  } else {
    for (int64_t b = head_ + 1; b <= target; ++b) At(b) = Bucket{};
  }
  head_ = target;
  cache_valid_ = false;
}

bool RollingWindow::Add(int64_t time_ms, double value) {
  AdvanceTo(time_ms);
  const int64_t b = FloorDiv(time_ms, bucket_ms_);
  const int64_t oldest = head_ - static_cast<int64_t>(ring_.size()) + 1;
  if (b < oldest) return false;
  Fold(At(b), value);
  if (cache_valid_) {
    // The sub-window holding bucket b takes the sample as well.
    const auto i = static_cast<int>((b - oldest) / buckets_per_window_);
    Bucket single;
    Fold(single, value);
    FoldInto(cache_[static_cast<size_t>(i)], single, SubWindowStart(i));
  }
  return true;
}

void RollingWindow::Recompute() {
  const int64_t oldest = head_ - static_cast<int64_t>(ring_.size()) + 1;
  for (int i = 0; i < sub_windows_; ++i) {
    std::optional<Datapoint>& d = cache_[static_cast<size_t>(i)];
    d.reset();
    const int64_t first = oldest + static_cast<int64_t>(i) * buckets_per_window_;
    for (int64_t b = first; b < first + buckets_per_window_; ++b) {
      FoldInto(d, At(b), SubWindowStart(i));
    }
  }
  cache_valid_ = true;
}

const std::vector<std::optional<Datapoint>>& RollingWindow::SubWindows() {
  if (!started_) {
    std::fill(cache_.begin(), cache_.end(), std::nullopt);
    return cache_;
  }
  if (!cache_valid_) Recompute();
  return cache_;
}

std::string RollingWindow::Serialize() const {
  ByteWriter w;
  w.Put<uint32_t>(kSerialMagic);
  w.Put<uint32_t>(kSerialVersion);
  w.Put<int64_t>(period_ms_);
  w.Put<int32_t>(sub_windows_);
  w.Put<uint8_t>(started_ ? 1 : 0);
  w.Put<int64_t>(head_);
  uint64_t used = 0;
  for (const Bucket& b : ring_) used += b.count > 0 ? 1 : 0;
  w.Put<uint64_t>(used);
  const int64_t oldest = head_ - static_cast<int64_t>(ring_.size()) + 1;
  for (int64_t index = oldest; index <= head_ && started_; ++index) {
    const auto size = static_cast<int64_t>(ring_.size());
    const Bucket& b = ring_[static_cast<size_t>(((index % size) + size) % size)];
    if (b.count <= 0) continue;
    w.Put<int64_t>(index);
    w.Put<double>(b.count);
    w.Put<double>(b.sum);
    w.Put<double>(b.minimum);
    w.Put<double>(b.maximum);
  }
  return w.Take();
}

Status RollingWindow::Restore(std::string_view bytes) {
  ByteReader r(bytes);
  if (r.Get<uint32_t>() != kSerialMagic || r.Get<uint32_t>() != kSerialVersion) {
    return MakeError("rolling window checkpoint: unknown format");
  }
  const auto period_ms = r.Get<int64_t>();
  const auto sub_windows = r.Get<int32_t>();
  const bool started = r.Get<uint8_t>() != 0;
  const auto head = r.Get<int64_t>();
  const uint64_t used = r.GetCount(5 * 8);
  std::vector<Bucket> ring(ring_.size());
  const int64_t oldest = head - static_cast<int64_t>(ring.size()) + 1;
  const auto size = static_cast<int64_t>(ring.size());
  for (uint64_t i = 0; i < used && r.ok(); ++i) {
    const auto index = r.Get<int64_t>();
    Bucket b;
    b.count = r.Get<double>();
    b.sum = r.Get<double>();
    b.minimum = r.Get<double>();
    b.maximum = r.Get<double>();
    if (index < oldest || index > head || !(b.count > 0)) {
      r.Fail();
      break;
    }
    ring[static_cast<size_t>(((index % size) + size) % size)] = b;
  }
  if (!r.ok() || !r.done()) return MakeError("rolling window checkpoint: truncated or corrupt");
  if (period_ms != period_ms_ || sub_windows != sub_windows_) {
    return MakeError("rolling window checkpoint: another period or window size");
  }
  ring_ = std::move(ring);
  started_ = started;
  head_ = head;
  cache_valid_ = false;
  return OkStatus();
}

}  // namespace tailwatch::engine
