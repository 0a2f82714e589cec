#include "config/time_zone.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <vector>

#include "engine/common/floor_div.h"

namespace tailwatch::config {
namespace {

using engine::anomaly::UtcOffsets;
using Change = UtcOffsets::Change;

constexpr size_t kMaxTzifBytes = 1 << 20;

class BigEndianReader {
 public:
  explicit BigEndianReader(std::string_view bytes) : bytes_(bytes) {}
  bool Has(size_t n) const { return bytes_.size() - pos_ >= n; }
  void Skip(size_t n) { pos_ += n; }
  size_t pos() const { return pos_; }
  uint8_t U8() { return static_cast<uint8_t>(bytes_[pos_++]); }
  uint64_t Unsigned(int width) {
    uint64_t v = 0;
    for (int i = 0; i < width; ++i) v = (v << 8) | U8();
    return v;
  }
  int64_t Signed(int width) {
    const uint64_t v = Unsigned(width);
    const int bits = width * 8;
    if (bits < 64 && (v >> (bits - 1)) != 0) return static_cast<int64_t>(v) - (int64_t{1} << bits);
    return static_cast<int64_t>(v);
  }
  std::string_view Rest() const { return bytes_.substr(pos_); }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

struct TzifCounts {
  uint64_t isut = 0, isstd = 0, leap = 0, time = 0, type = 0, chars = 0;

  // Bytes of the data block that follows the header; times are `width` bytes.
  uint64_t DataBytes(int width) const {
    return time * width + time + type * 6 + chars + leap * (width + 4) + isstd + isut;
  }
};

bool ReadHeader(BigEndianReader& r, char* version, TzifCounts* c) {
  if (!r.Has(44) || r.Rest().substr(0, 4) != "TZif") return false;
  r.Skip(4);
  *version = static_cast<char>(r.U8());
  r.Skip(15);
  for (uint64_t* field : {&c->isut, &c->isstd, &c->leap, &c->time, &c->type, &c->chars}) {
    *field = r.Unsigned(4);
  }
  // RFC 8536 §3.1's limits; they also keep DataBytes from overflowing.
  return c->type >= 1 && c->type <= 256 && c->time < (1u << 24) && c->leap < (1u << 24) &&
         c->chars < (1u << 24) && c->isut <= c->type && c->isstd <= c->type && c->chars >= 1;
}

// --- POSIX TZ strings -------------------------------------------------------

class TzText {
 public:
  explicit TzText(std::string_view s) : s_(s) {}
  bool Done() const { return i_ >= s_.size(); }
  char Peek() const { return Done() ? '\0' : s_[i_]; }
  bool Take(char c) {
    if (Peek() != c) return false;
    ++i_;
    return true;
  }

  // `EST` or `<+0330>`.
  bool Name() {
    if (Take('<')) {
      const size_t close = s_.find('>', i_);
      if (close == std::string_view::npos || close - i_ < 3) return false;
      i_ = close + 1;
      return true;
    }
    const size_t start = i_;
    while (std::isalpha(static_cast<unsigned char>(Peek())) != 0) ++i_;
    return i_ - start >= 3;
  }

  // [+-]hh[:mm[:ss]] in seconds; hours up to `max_hours`.
  bool Time(int max_hours, int32_t* seconds) {
    int sign = 1;
    if (Take('-')) {
      sign = -1;
    } else {
      Take('+');
    }
    int parts[3] = {0, 0, 0};
    for (int p = 0; p < 3; ++p) {
      if (p > 0 && !Take(':')) break;
      const size_t start = i_;
      int v = 0;
      while (std::isdigit(static_cast<unsigned char>(Peek())) != 0 && i_ - start < 3) {
        v = v * 10 + (s_[i_++] - '0');
      }
      if (i_ == start) return false;
      parts[p] = v;
    }
    if (parts[0] > max_hours || parts[1] > 59 || parts[2] > 59) return false;
    *seconds = sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
    return true;
  }

  bool Number(int lo, int hi, int* out) {
    const size_t start = i_;
    int v = 0;
    while (std::isdigit(static_cast<unsigned char>(Peek())) != 0 && i_ - start < 4) {
      v = v * 10 + (s_[i_++] - '0');
    }
    if (i_ == start || v < lo || v > hi) return false;
    *out = v;
    return true;
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

// One end of the daylight-saving period: a day rule and a local time.
struct DayRule {
  enum class Kind { kJulianNoLeap, kZeroBased, kMonthWeekDay } kind = Kind::kMonthWeekDay;
  int day = 0;  // Jn: 1..365; n: 0..365
  int month = 0, week = 0, weekday = 0;
  int32_t time = 2 * 3600;

  // Days since the epoch of this rule's date in `year`.
  int64_t DaysIn(int year) const {
    namespace chr = std::chrono;
    const chr::year y{year};
    const int64_t jan1 = chr::sys_days{y / chr::January / 1}.time_since_epoch().count();
    switch (kind) {
      case Kind::kJulianNoLeap:
        return jan1 + day - 1 + (y.is_leap() && day >= 60 ? 1 : 0);
      case Kind::kZeroBased:
        return jan1 + day;
      case Kind::kMonthWeekDay:
        break;
    }
    const chr::month m{static_cast<unsigned>(month)};
    const chr::weekday wd{static_cast<unsigned>(weekday)};
    const chr::sys_days date = week == 5 ? chr::sys_days{y / m / wd[chr::last]}
                                         : chr::sys_days{y / m / wd[static_cast<unsigned>(week)]};
    return date.time_since_epoch().count();
  }
};

bool ParseDayRule(TzText& t, DayRule* rule) {
  if (t.Take('J')) {
    rule->kind = DayRule::Kind::kJulianNoLeap;
    if (!t.Number(1, 365, &rule->day)) return false;
  } else if (t.Take('M')) {
    rule->kind = DayRule::Kind::kMonthWeekDay;
    if (!t.Number(1, 12, &rule->month) || !t.Take('.') || !t.Number(1, 5, &rule->week) ||
        !t.Take('.') || !t.Number(0, 6, &rule->weekday)) {
      return false;
    }
  } else {
    rule->kind = DayRule::Kind::kZeroBased;
    if (!t.Number(0, 365, &rule->day)) return false;
  }
  // RFC 8536 §3.3.1 allows -167..167 hours here, as zic writes for some zones.
  return !t.Take('/') || t.Time(167, &rule->time);
}

int YearOf(int64_t utc_seconds) {
  namespace chr = std::chrono;
  const chr::sys_days day{chr::days{FloorDiv(utc_seconds, 86400)}};
  return static_cast<int>(chr::year_month_day{day}.year());
}

}  // namespace

Status ExpandPosixTz(std::string_view tz, int first_year, std::vector<Change>* out,
                     int32_t* standard) {
  TzText t(tz);
  int32_t std_west = 0;
  if (!t.Name() || !t.Time(24, &std_west)) {
    return MakeError("the TZ rule '" + std::string(tz) + "' has no standard time name and offset");
  }
  *standard = -std_west;
  if (t.Done()) return OkStatus();
  if (!t.Name())
    return MakeError("the TZ rule '" + std::string(tz) + "' has a bad daylight time name");
  int32_t dst_west = std_west - 3600;
  if (t.Peek() != ',' && !t.Done() && !t.Time(24, &dst_west)) {
    return MakeError("the TZ rule '" + std::string(tz) + "' has a bad daylight offset");
  }
  DayRule start, end;
  if (t.Done()) {
    // POSIX leaves the rule to the implementation; this is the C library's.
    start = DayRule{DayRule::Kind::kMonthWeekDay, 0, 3, 2, 0};
    end = DayRule{DayRule::Kind::kMonthWeekDay, 0, 11, 1, 0};
  } else if (!t.Take(',') || !ParseDayRule(t, &start) || !t.Take(',') || !ParseDayRule(t, &end) ||
             !t.Done()) {
    return MakeError("the TZ rule '" + std::string(tz) + "' has a bad daylight-saving rule");
  }
  const int32_t dst = -dst_west;
  for (int year = std::max(first_year, 1); year <= kLastRuleYear; ++year) {
    // The start is given in standard time, the end in daylight time.
    out->push_back({start.DaysIn(year) * 86400 + start.time - *standard, dst});
    out->push_back({end.DaysIn(year) * 86400 + end.time - dst, *standard});
  }
  return OkStatus();
}

Result<UtcOffsets> ParseTzif(std::string_view bytes) {
  BigEndianReader r(bytes);
  char version = 0;
  TzifCounts c;
  if (!ReadHeader(r, &version, &c)) return MakeError("not a TZif file");
  int width = 4;
  if (version != 0) {
    // Version 2+ repeats the data with 64-bit times and adds the footer.
    if (!r.Has(c.DataBytes(4))) return MakeError("TZif file is truncated");
    r.Skip(c.DataBytes(4));
    char again = 0;
    if (!ReadHeader(r, &again, &c)) return MakeError("TZif file has no 64-bit part");
    width = 8;
  }
  if (!r.Has(c.DataBytes(width))) return MakeError("TZif file is truncated");
  std::vector<int64_t> times(c.time);
  for (int64_t& time : times) time = r.Signed(width);
  std::vector<uint8_t> type_of(c.time);
  for (uint8_t& t : type_of) {
    t = r.U8();
    if (t >= c.type) return MakeError("TZif file names a local time type it lacks");
  }
  std::vector<int32_t> utoff(c.type);
  for (int32_t& off : utoff) {
    off = static_cast<int32_t>(r.Signed(4));
    r.Skip(2);  // is-DST flag and abbreviation index
    if (off <= -25 * 3600 || off >= 26 * 3600) {
      return MakeError("TZif file has an offset out of range");
    }
  }
  r.Skip(c.DataBytes(width) - c.time * width - c.time - c.type * 6);
  std::vector<Change> changes;
  changes.reserve(times.size());
  for (size_t i = 0; i < times.size(); ++i) {
    if (i > 0 && times[i] <= times[i - 1]) {
      return MakeError("TZif file's transitions are out of order");
    }
    changes.push_back({times[i], utoff[type_of[i]]});
  }
  std::string_view footer = r.Rest();
  if (version != 0 && !footer.empty()) {
    if (footer.front() != '\n') return MakeError("TZif file has a bad footer");
    footer.remove_prefix(1);
    const size_t end = footer.find('\n');
    if (end == std::string_view::npos) return MakeError("TZif file has a bad footer");
    footer = footer.substr(0, end);
  } else {
    footer = {};
  }
  if (!footer.empty()) {
    const int64_t last = times.empty() ? std::numeric_limits<int64_t>::min() : times.back();
    std::vector<Change> rule;
    int32_t standard = 0;
    const Status expanded =
        ExpandPosixTz(footer, times.empty() ? 1970 : YearOf(last), &rule, &standard);
    if (!expanded) return tl::unexpected(expanded.error());
    if (rule.empty()) {
      if (times.empty()) return UtcOffsets(standard, {});
      if (utoff[type_of.back()] != standard) changes.push_back({last + 1, standard});
    }
    for (const Change& change : rule) {
      if (change.from_utc_seconds > last) changes.push_back(change);
    }
  }
  return UtcOffsets(utoff[0], std::move(changes));
}

Result<UtcOffsets> LoadTimeZone(const std::string& name) {
  if (name.empty() || name == "UTC") return UtcOffsets{};
  const auto unknown = [&] {
    return MakeError("unknown time zone '" + name +
                     "' (expected an IANA name such as Europe/Paris)");
  };
  if (name.size() > 64 || name.front() == '/' || name.find("..") != std::string::npos ||
      !std::all_of(name.begin(), name.end(), [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) != 0 || ch == '/' || ch == '_' ||
               ch == '-' || ch == '+';
      })) {
    return unknown();
  }
  const char* dir = std::getenv("TZDIR");
  const std::string path =
      std::string(dir != nullptr && *dir != '\0' ? dir : "/usr/share/zoneinfo") + "/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) return unknown();
  std::string bytes;
  bytes.resize(kMaxTzifBytes + 1);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (in.bad() || bytes.empty()) return unknown();  // a directory reads as nothing
  if (bytes.size() > kMaxTzifBytes) {
    return MakeError("time zone '" + name + "': " + path + " is too large");
  }
  Result<UtcOffsets> zone = ParseTzif(bytes);
  if (!zone) {
    return MakeError("time zone '" + name + "': " + path + ": " + zone.error().message);
  }
  return zone;
}

}  // namespace tailwatch::config
