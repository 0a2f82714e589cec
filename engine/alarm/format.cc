#include "engine/alarm/format.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace tailwatch::engine {
namespace {

struct CivilTime {
  int year;
  unsigned month, day, hour, minute, second, millisecond;
};

CivilTime ToCivil(int64_t time_ms) {
  using namespace std::chrono;
  const sys_time<milliseconds> tp{milliseconds{time_ms}};
  const sys_days day_point = floor<days>(tp);
  const year_month_day ymd{day_point};
  const auto since_midnight = tp - day_point;
  const auto ms = since_midnight.count();
  return CivilTime{static_cast<int>(ymd.year()),           static_cast<unsigned>(ymd.month()),
                   static_cast<unsigned>(ymd.day()),       static_cast<unsigned>(ms / 3600000),
                   static_cast<unsigned>(ms / 60000 % 60), static_cast<unsigned>(ms / 1000 % 60),
                   static_cast<unsigned>(ms % 1000)};
}

}  // namespace

std::string JavaDouble(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value == 0) return std::signbit(value) ? "-0.0" : "0.0";

  // Shortest round-trip digits from to_chars in scientific form:
  // "-2.15e+01" -> sign, digits "215", exponent 1.
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::scientific);
  std::string_view text(buffer, static_cast<size_t>(result.ptr - buffer));
  std::string out;
  if (text.front() == '-') {
    out += '-';
    text.remove_prefix(1);
  }
  const size_t e_pos = text.find('e');
  std::string digits;
  for (char c : text.substr(0, e_pos)) {
    if (c != '.') digits += c;
  }
  const int exponent = std::atoi(std::string(text.substr(e_pos + 1)).c_str());
  const double magnitude = std::fabs(value);

  if (magnitude >= 1e-3 && magnitude < 1e7) {
    if (exponent >= 0) {
      const size_t int_digits = static_cast<size_t>(exponent) + 1;
      if (digits.size() <= int_digits) {
        out += digits;
        out.append(int_digits - digits.size(), '0');
        out += ".0";
      } else {
        out += digits.substr(0, int_digits);
        out += '.';
        out += digits.substr(int_digits);
      }
    } else {
      out += "0.";
      out.append(static_cast<size_t>(-exponent - 1), '0');
      out += digits;
    }
    return out;
  }
  // Java's computerized scientific notation: d.ddddE[-]n, at least one decimal.
  out += digits[0];
  out += '.';
  out += digits.size() > 1 ? digits.substr(1) : "0";
  out += 'E';
  out += std::to_string(exponent);
  return out;
}

std::string FormatReasonTime(int64_t time_ms) {
  const CivilTime t = ToCivil(time_ms);
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%02u/%02u/%02d %02u:%02u:%02u", t.day, t.month,
                ((t.year % 100) + 100) % 100, t.hour, t.minute, t.second);
  return buffer;
}

std::string FormatCloudWatchTime(int64_t time_ms) {
  const CivilTime t = ToCivil(time_ms);
  char buffer[48];
  std::snprintf(buffer, sizeof(buffer), "%04d-%02u-%02uT%02u:%02u:%02u.%03u+0000", t.year, t.month,
                t.day, t.hour, t.minute, t.second, t.millisecond);
  return buffer;
}

std::string FormatIso8601(int64_t time_ms) {
  const CivilTime t = ToCivil(time_ms);
  char buffer[48];
  std::snprintf(buffer, sizeof(buffer), "%04d-%02u-%02uT%02u:%02u:%02u.%03uZ", t.year, t.month,
                t.day, t.hour, t.minute, t.second, t.millisecond);
  return buffer;
}

void AppendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        default:
          if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    // A multi-byte sequence: copied when it is well-formed UTF-8 (no
    // overlongs, no surrogates, <= U+10FFFF), else one U+FFFD per bad byte,
    // so the output is always valid JSON even for binary log lines.
    size_t length = 0;
    uint32_t min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      length = 2, min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      length = 3, min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      length = 4, min = 0x10000;
    }
    bool ok = length > 0 && i + length <= text.size();
    uint32_t cp = length == 2 ? (c & 0x1f) : length == 3 ? (c & 0x0f) : (c & 0x07);
    for (size_t k = 1; ok && k < length; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xc0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (ok) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += "\\ufffd";
      ++i;
    }
  }
  out += '"';
}

}  // namespace tailwatch::engine
