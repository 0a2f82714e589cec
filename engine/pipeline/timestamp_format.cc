#include "engine/pipeline/timestamp_format.h"

#include <cstdint>
#include <cstdio>

namespace tailwatch::engine {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Reads exactly `n` digits at `pos`.
bool ReadDigits(std::string_view s, size_t& pos, int n, int64_t& out) {
  if (pos + n > s.size()) return false;
  int64_t v = 0;
  for (int i = 0; i < n; ++i) {
    const char c = s[pos + i];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  pos += n;
  out = v;
  return true;
}

std::optional<int64_t> ParseIso8601(std::string_view s) {
  size_t pos = 0;
  int64_t year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!ReadDigits(s, pos, 4, year) || pos >= s.size() || s[pos++] != '-') return std::nullopt;
  if (!ReadDigits(s, pos, 2, month) || pos >= s.size() || s[pos++] != '-') return std::nullopt;
  if (!ReadDigits(s, pos, 2, day)) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  int64_t millis = 0;
  if (pos < s.size() && (s[pos] == 'T' || s[pos] == ' ')) {
    ++pos;
    if (!ReadDigits(s, pos, 2, hour) || pos >= s.size() || s[pos++] != ':') return std::nullopt;
    if (!ReadDigits(s, pos, 2, minute)) return std::nullopt;
    if (pos < s.size() && s[pos] == ':') {
      ++pos;
      if (!ReadDigits(s, pos, 2, second)) return std::nullopt;
      if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int digits = 0;
        int64_t frac = 0;
        while (pos < s.size() && IsDigit(s[pos])) {
          if (digits < 3) frac = frac * 10 + (s[pos] - '0');
          ++digits;
          ++pos;
        }
        if (digits == 0) return std::nullopt;
        for (int i = digits; i < 3; ++i) frac *= 10;
        millis = frac;
      }
    }
    if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
  }
  int64_t offset_minutes = 0;
  if (pos < s.size()) {
    const char z = s[pos];
    if (z == 'Z' || z == 'z') {
      ++pos;
    } else if (z == '+' || z == '-') {
      ++pos;
      int64_t oh = 0, om = 0;
      if (!ReadDigits(s, pos, 2, oh)) return std::nullopt;
      if (pos < s.size() && s[pos] == ':') ++pos;
      if (pos < s.size() && !ReadDigits(s, pos, 2, om)) return std::nullopt;
      offset_minutes = (oh * 60 + om) * (z == '-' ? -1 : 1);
    }
  }
  if (pos != s.size()) return std::nullopt;
  const int64_t days =
      DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  const int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
  return seconds * 1000 + millis;
}

// Epoch number with optional fraction, scaled to ms by `divisor_to_ms` (< 1 for seconds).
std::optional<int64_t> ParseEpoch(std::string_view s, TimestampFormat format) {
  if (s.empty()) return std::nullopt;
  bool negative = false;
  size_t pos = 0;
  if (s[0] == '-') {
    negative = true;
    pos = 1;
  }
  uint64_t whole = 0;
  size_t digits = 0;
  while (pos < s.size() && IsDigit(s[pos])) {
    whole = whole * 10 + (s[pos] - '0');
    ++pos;
    if (++digits > 19) return std::nullopt;
  }
  if (digits == 0) return std::nullopt;
  // Fraction, kept as up to 9 digits.
  int64_t frac = 0;
  int frac_digits = 0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    while (pos < s.size() && IsDigit(s[pos])) {
      if (frac_digits < 9) {
        frac = frac * 10 + (s[pos] - '0');
        ++frac_digits;
      }
      ++pos;
    }
  }
  if (pos != s.size()) return std::nullopt;
  for (int i = frac_digits; i < 9; ++i) frac *= 10;  // frac in units of 1e-9
  if (format == TimestampFormat::kAuto) {
    if (whole < 100000000000ULL)
      format = TimestampFormat::kEpochS;  // < year 5138 in s
    else if (whole < 100000000000000ULL)
      format = TimestampFormat::kEpochMs;
    else if (whole < 100000000000000000ULL)
      format = TimestampFormat::kEpochUs;
    else
      format = TimestampFormat::kEpochNs;
  }
  uint64_t ms = 0;
  switch (format) {
    case TimestampFormat::kEpochS:
      if (whole > 1000000000000000ULL) return std::nullopt;
      ms = whole * 1000 + static_cast<uint64_t>(frac / 1000000);
      break;
    case TimestampFormat::kEpochMs:
      ms = whole;
      break;
    case TimestampFormat::kEpochUs:
      ms = whole / 1000;
      break;
    case TimestampFormat::kEpochNs:
      ms = whole / 1000000;
      break;
    default:
      return std::nullopt;
  }
  if (ms > static_cast<uint64_t>(INT64_MAX)) return std::nullopt;
  const auto signed_ms = static_cast<int64_t>(ms);
  return negative ? -signed_ms : signed_ms;
}

}  // namespace

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  // H. Hinnant's days_from_civil.
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::optional<TimestampFormat> ParseTimestampFormat(std::string_view name) {
  if (name == "auto") return TimestampFormat::kAuto;
  if (name == "iso8601") return TimestampFormat::kIso8601;
  if (name == "epoch_s" || name == "epoch") return TimestampFormat::kEpochS;
  if (name == "epoch_ms") return TimestampFormat::kEpochMs;
  if (name == "epoch_us") return TimestampFormat::kEpochUs;
  if (name == "epoch_ns") return TimestampFormat::kEpochNs;
  return std::nullopt;
}

std::optional<int64_t> ParseTimestamp(std::string_view text, TimestampFormat format) {
  text = Trim(text);
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    text = text.substr(1, text.size() - 2);
  }
  switch (format) {
    case TimestampFormat::kIso8601:
      return ParseIso8601(text);
    case TimestampFormat::kAuto:
      if (text.size() >= 10 && text[4] == '-') return ParseIso8601(text);
      return ParseEpoch(text, format);
    default:
      return ParseEpoch(text, format);
  }
}

}  // namespace tailwatch::engine
