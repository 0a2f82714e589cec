#include "engine/aggregate/metric_key.h"

#include <algorithm>

namespace tailwatch::engine {

void MetricKey::Normalize() { std::sort(dimensions.begin(), dimensions.end()); }

std::string MetricKey::ToString() const {
  std::string out = metric_namespace;
  out += '/';
  out += metric_name;
  if (!dimensions.empty()) {
    out += '{';
    for (size_t i = 0; i < dimensions.size(); ++i) {
      if (i > 0) out += ',';
      out += dimensions[i].first;
      out += '=';
      out += dimensions[i].second;
    }
    out += '}';
  }
  return out;
}

// FNV-1a over the bytes, with a tag byte and the length before each field so
// that ("ab","c") and ("a","bc") differ; a final avalanche spreads the bits
// for hash tables that use the low bits only.
void MetricKeyHasher::Mix(std::string_view text, uint8_t tag) {
  constexpr uint64_t kPrime = 0x100000001b3ULL;
  state_ = (state_ ^ tag) * kPrime;
  uint64_t length = text.size();
  for (int i = 0; i < 4; ++i) {
    state_ = (state_ ^ (length & 0xff)) * kPrime;
    length >>= 8;
  }
  for (unsigned char c : text) state_ = (state_ ^ c) * kPrime;
}

void MetricKeyHasher::AddNamespace(std::string_view metric_namespace) { Mix(metric_namespace, 1); }
void MetricKeyHasher::AddMetricName(std::string_view metric_name) { Mix(metric_name, 2); }
void MetricKeyHasher::AddDimension(std::string_view name, std::string_view value) {
  Mix(name, 3);
  Mix(value, 4);
}

uint64_t MetricKeyHasher::Finish() const {
  // splitmix64 finalizer.
  uint64_t h = state_;
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

uint64_t HashMetricKey(const MetricKey& key) {
  MetricKeyHasher hasher;
  hasher.AddNamespace(key.metric_namespace);
  hasher.AddMetricName(key.metric_name);
  for (const auto& [name, value] : key.dimensions) hasher.AddDimension(name, value);
  return hasher.Finish();
}

}  // namespace tailwatch::engine
