#include "daemon/runtime/daemon_checkpoint.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "engine/common/byte_codec.h"
#include "engine/common/fnv1a.h"

namespace tailwatch::daemon {
namespace {

constexpr std::string_view kTotalsSection = "tail_totals";
constexpr std::string_view kLegacyTotalsSection = "daemon";

// The order is the stored order: append new counters at the end; a section
// written with fewer fields restores the ones it has.
constexpr std::array kCumulative = {
    &TailCounters::lines_read, &TailCounters::bytes_read,  &TailCounters::lines_truncated,
    &TailCounters::rotations,  &TailCounters::truncations, &TailCounters::read_errors,
    &TailCounters::files_lost,
};
constexpr size_t kLegacyFields = 6;

}  // namespace

std::string SectionForGroup(std::string_view log_group) {
  // Section names are [A-Za-z0-9_.-]; log group names may hold '/' and '#'.
  std::string out = "tail.";
  for (unsigned char c : log_group) {
    if (std::isalnum(c) || c == '_' || c == '.' || c == '-') {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    }
  }
  // A long name: a prefix and a stable hash of the whole (FNV, not std::hash,
  // whose values may change with the library).
  return out.size() > 64 ? out.substr(0, 48) + "." + std::to_string(Fnv1a(log_group) % 1000000007)
                         : out;
}

TailCounters AddCumulative(TailCounters total, const TailCounters& more) {
  for (uint64_t TailCounters::*field : kCumulative) total.*field += more.*field;
  return total;
}

void PutTailTotals(const std::vector<std::pair<std::string, TailCounters>>& totals,
                   CheckpointSections& sections) {
  engine::ByteWriter w;
  w.Put<uint64_t>(totals.size());
  for (const auto& [name, counters] : totals) {
    w.PutString(name);
    w.Put<uint64_t>(kCumulative.size());
    for (uint64_t TailCounters::*field : kCumulative) w.Put<uint64_t>(counters.*field);
  }
  sections[std::string(kTotalsSection)] = w.Take();
}

std::map<std::string, TailCounters, std::less<>> GetTailTotals(const CheckpointSections& sections) {
  std::map<std::string, TailCounters, std::less<>> out;
  const bool legacy = sections.find(kTotalsSection) == sections.end();
  auto it = sections.find(legacy ? kLegacyTotalsSection : kTotalsSection);
  if (it == sections.end()) return out;
  engine::ByteReader r(it->second);
  const uint64_t count = r.GetCount(legacy ? 7 * sizeof(uint64_t) : 2 * sizeof(uint64_t));
  for (uint64_t i = 0; i < count && r.ok(); ++i) {
    std::string name = r.GetString();
    const uint64_t fields = legacy ? kLegacyFields : r.GetCount(sizeof(uint64_t));
    TailCounters counters;
    for (uint64_t f = 0; f < fields && r.ok(); ++f) {
      const auto value = r.Get<uint64_t>();
      if (f < kCumulative.size()) counters.*kCumulative[f] = value;
    }
    if (!r.ok()) break;
    out[std::move(name)] = counters;
  }
  return out;
}

}  // namespace tailwatch::daemon
