#include "daemon/runtime/daemon_checkpoint.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iterator>

#include "engine/common/byte_codec.h"
#include "engine/common/fnv1a.h"

namespace tailwatch::daemon {
namespace {

constexpr std::string_view kTotalsSection = "tail_totals";
constexpr std::string_view kLegacyTotalsSection = "daemon";
constexpr std::string_view kRetiredSection = "tail_retired";

using Field = uint64_t& (*)(TailCounters&);

// The order is the stored order: append new counters at the end; a section
// written with fewer fields restores the ones it has.
constexpr Field kCumulative[] = {
    [](TailCounters& c) -> uint64_t& { return c.lines_read; },
    [](TailCounters& c) -> uint64_t& { return c.bytes_read; },
    [](TailCounters& c) -> uint64_t& { return c.lines_truncated; },
    [](TailCounters& c) -> uint64_t& { return c.rotations; },
    [](TailCounters& c) -> uint64_t& { return c.truncations; },
    [](TailCounters& c) -> uint64_t& { return c.read_errors; },
    [](TailCounters& c) -> uint64_t& { return c.files_lost; },
    [](TailCounters& c) -> uint64_t& { return c.unseen_rotations; },
    [](TailCounters& c) -> uint64_t& { return c.unseen_rotation_lines; },
    [](TailCounters& c) -> uint64_t& { return c.fd_cap_hits; },
    [](TailCounters& c) -> uint64_t& { return c.files_parked; },
    [](TailCounters& c) -> uint64_t& { return c.files_reopened; },
};
constexpr size_t kCumulativeCount = std::size(kCumulative);
constexpr size_t kLegacyFields = 6;

void PutCounters(const TailCounters& counters, engine::ByteWriter& w) {
  TailCounters copy = counters;
  w.Put<uint64_t>(kCumulativeCount);
  for (Field field : kCumulative) w.Put<uint64_t>(field(copy));
}

// `fields` of them; those past this build's are skipped.
TailCounters GetCounters(uint64_t fields, engine::ByteReader& r) {
  TailCounters counters;
  for (uint64_t f = 0; f < fields && r.ok(); ++f) {
    const auto value = r.Get<uint64_t>();
    if (f < kCumulativeCount) kCumulative[f](counters) = value;
  }
  return counters;
}

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
  TailCounters other = more;
  for (Field field : kCumulative) field(total) += field(other);
  // Distinct skipped paths per run: a later TailSet sees them again, so the
  // counts do not add up; the larger one stands.
  for (size_t r = 0; r < kSkipReasonCount; ++r) {
    total.skipped_files[r] = std::max(total.skipped_files[r], more.skipped_files[r]);
  }
  return total;
}

void PutTailTotals(const std::vector<std::pair<std::string, TailCounters>>& totals,
                   CheckpointSections& sections) {
  engine::ByteWriter w;
  w.Put<uint64_t>(totals.size());
  for (const auto& [name, counters] : totals) {
    w.PutString(name);
    PutCounters(counters, w);
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
    const TailCounters counters = GetCounters(fields, r);
    if (!r.ok()) break;
    out[std::move(name)] = counters;
  }
  return out;
}

void PutRetiredTails(const std::vector<RetiredTail>& retired, CheckpointSections& sections) {
  if (retired.empty()) return;
  engine::ByteWriter w;
  w.Put<uint64_t>(retired.size());
  for (const RetiredTail& t : retired) {
    w.PutString(t.name);
    w.PutString(t.offsets);
    PutCounters(t.base, w);
  }
  sections[std::string(kRetiredSection)] = w.Take();
}

std::vector<RetiredTail> GetRetiredTails(const CheckpointSections& sections) {
  std::vector<RetiredTail> out;
  auto it = sections.find(kRetiredSection);
  if (it == sections.end()) return out;
  engine::ByteReader r(it->second);
  const uint64_t count = r.GetCount(3 * sizeof(uint64_t));
  for (uint64_t i = 0; i < count && r.ok(); ++i) {
    RetiredTail t;
    t.name = r.GetString();
    t.offsets = r.GetString();
    t.base = GetCounters(r.GetCount(sizeof(uint64_t)), r);
    if (!r.ok()) return {};
    out.push_back(std::move(t));
  }
  if (!r.ok()) return {};
  return out;
}

}  // namespace tailwatch::daemon
