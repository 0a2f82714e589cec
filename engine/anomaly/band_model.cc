#include "engine/anomaly/band_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "engine/common/byte_codec.h"

namespace tailwatch::engine::anomaly {
namespace {
// Placeholder model (an exponentially weighted mean and variance); the
// seasonal, robust model replaces it behind the same interface.
constexpr double kAlpha = 0.05;
constexpr uint64_t kWarmup = 10;
constexpr uint32_t kVersion = 1;
}  // namespace

BandModel::BandModel(const BandModelOptions& options) : options_(options) {}

std::optional<Prediction> BandModel::Predict(int64_t /*time_ms*/) const {
  if (count_ < kWarmup) return std::nullopt;
  const double spread = std::max(std::sqrt(variance_), 1e-9 + 1e-6 * std::fabs(level_));
  return Prediction{level_, spread};
}

void BandModel::Observe(int64_t /*time_ms*/, double value) {
  if (!std::isfinite(value)) return;
  if (count_ == 0) {
    level_ = value;
  } else {
    const double diff = value - level_;
    level_ += kAlpha * diff;
    variance_ = (1 - kAlpha) * (variance_ + kAlpha * diff * diff);
  }
  if (count_ != UINT64_MAX) ++count_;
}

uint64_t BandModel::observed() const { return count_; }

void BandModel::Serialize(std::string* out) const {
  ByteWriter writer;
  writer.Put<uint32_t>(kVersion);
  writer.Put<double>(level_);
  writer.Put<double>(variance_);
  writer.Put<uint64_t>(count_);
  out->append(writer.Take());
}

bool BandModel::Restore(std::string_view bytes) {
  ByteReader reader(bytes);
  if (reader.Get<uint32_t>() != kVersion) return false;
  const double level = reader.Get<double>();
  const double variance = reader.Get<double>();
  const uint64_t count = reader.Get<uint64_t>();
  if (!reader.ok()) return false;
  level_ = level;
  variance_ = variance;
  count_ = count;
  return true;
}

double Score(const Prediction& prediction, double value) {
  const double z = std::fabs(value - prediction.center) / prediction.spread;
  return z / (1.0 + z);
}

double ScoreForWidth(double k) { return k / (1.0 + k); }

}  // namespace tailwatch::engine::anomaly
