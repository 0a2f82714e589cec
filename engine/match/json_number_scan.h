// The JSON number grammar and value, as the root-key scanners read it: one
// function shared by the scalar scanner and the SIMD one, so that both type
// and round every number the same way.
//
// simdjson types an integer literal that fits int64 as INT64 and anything
// with '.' or an exponent as DOUBLE, correctly rounded; so does this file
// (std::from_chars rounds correctly too). Integers of 19+ digits (UINT64 or
// out of range there), `-0` and extreme magnitudes are left to the full
// parser: the function fails on them, which the scanners read as "unsure".
#ifndef TAILWATCH_ENGINE_MATCH_JSON_NUMBER_SCAN_H_
#define TAILWATCH_ENGINE_MATCH_JSON_NUMBER_SCAN_H_

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <system_error>

#include "engine/match/json_root_scanner.h"

namespace tailwatch::engine::json_number_scan {

inline constexpr size_t kMaxNumberDigits = 100;  // per integer / fraction part
inline constexpr size_t kMaxInt64Digits = 18;    // always fits int64
// Clinger's fast path: a decimal of at most 15 digits is an exact double, and
// so is 10^k for k <= 22, so one multiplication or division rounds the
// quotient correctly, as std::from_chars and simdjson do.
inline constexpr size_t kMaxExactDigits = 15;
inline constexpr int kMaxExactPowerOfTen = 22;
inline constexpr double kExactPowersOfTen[kMaxExactPowerOfTen + 1] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// How many of the 8 bytes at `p` are leading ASCII digits (SWAR: a byte
// minus '0' above 9, or below 0, sets its top bit; borrows and carries only
// run from a non-digit into later bytes, which do not count).
inline size_t LeadingDigits8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  const uint64_t less = v - 0x3030303030303030ULL;
  const uint64_t more = less + 0x7676767676767676ULL;
  const uint64_t mask = (less | more) & 0x8080808080808080ULL;
  return mask == 0 ? 8 : static_cast<size_t>(__builtin_ctzll(mask)) / 8;
}

// Past a run of digits at `p`.
__attribute__((always_inline)) inline const char* SkipDigits(const char* p, const char* end) {
  while (end - p >= 8) {
    const size_t n = LeadingDigits8(p);
    p += n;
    if (n < 8) return p;
  }
  while (p < end && IsDigit(*p)) ++p;
  return p;
}

// A number starting at `p` (at '-' or a digit, or it fails). Returns the
// position just past it, or nullptr when it is invalid or the full parser
// must type it. `out` (may be null) receives it.
__attribute__((always_inline)) inline const char* ScanNumber(const char* p, const char* end,
                                                             JsonScalar* out) {
  const char* const start = p;
  const bool negative = *p == '-';
  if (negative) ++p;
  const char* const digits = p;
  if (p >= end) return nullptr;
  if (*p == '0') {
    ++p;
    if (p < end && IsDigit(*p)) return nullptr;  // leading zero: invalid
  } else if (IsDigit(*p)) {
    p = SkipDigits(p, end);
  } else {
    return nullptr;
  }
  const size_t integer_digits = static_cast<size_t>(p - digits);
  if (integer_digits > kMaxNumberDigits) return nullptr;
  bool is_double = false;
  const char* fraction = p;
  size_t fraction_digits = 0;
  if (p < end && *p == '.') {
    ++p;
    fraction = p;
    p = SkipDigits(p, end);
    fraction_digits = static_cast<size_t>(p - fraction);
    if (fraction_digits == 0 || fraction_digits > kMaxNumberDigits) return nullptr;
    is_double = true;
  }
  int exponent_value = 0;
  if (p < end && (*p == 'e' || *p == 'E')) {
    ++p;
    bool exponent_negative = false;
    if (p < end && (*p == '+' || *p == '-')) exponent_negative = *p++ == '-';
    const char* const exponent = p;
    // Past 2 digits the value no longer matters (and must not overflow).
    for (; p < end && IsDigit(*p); ++p) {
      if (p - exponent < 3) exponent_value = exponent_value * 10 + (*p - '0');
    }
    const size_t exponent_digits = static_cast<size_t>(p - exponent);
    if (exponent_digits == 0 || exponent_digits > 2) return nullptr;
    if (exponent_negative) exponent_value = -exponent_value;
    is_double = true;
  }
  if (!is_double) {
    if (integer_digits > kMaxInt64Digits) return nullptr;
    int64_t value = 0;
    for (const char* d = digits; d < p; ++d) value = value * 10 + (*d - '0');
    if (negative && value == 0) return nullptr;  // `-0`: the full parser types it
    if (out != nullptr) {
      out->type = JsonScalar::Type::kInt64;
      out->integer = negative ? -value : value;
      out->number = static_cast<double>(out->integer);
    }
    return p;
  }
  if (out == nullptr) return p;
  out->type = JsonScalar::Type::kDouble;
  if (integer_digits + fraction_digits <= kMaxExactDigits) {
    int64_t mantissa = 0;
    for (const char* d = digits; d < digits + integer_digits; ++d) {
      mantissa = mantissa * 10 + (*d - '0');
    }
    for (const char* d = fraction; d < fraction + fraction_digits; ++d) {
      mantissa = mantissa * 10 + (*d - '0');
    }
    const int power = exponent_value - static_cast<int>(fraction_digits);
    if (power >= -kMaxExactPowerOfTen && power <= kMaxExactPowerOfTen) {
      double value = static_cast<double>(mantissa);
      value = power < 0 ? value / kExactPowersOfTen[-power] : value * kExactPowersOfTen[power];
      out->number = negative ? -value : value;
      return p;
    }
  }
  double value = 0;
  const std::from_chars_result result = std::from_chars(start, p, value);
  if (result.ec != std::errc() || result.ptr != p || !std::isfinite(value)) return nullptr;
  out->number = value;
  return p;
}

}  // namespace tailwatch::engine::json_number_scan

#endif  // TAILWATCH_ENGINE_MATCH_JSON_NUMBER_SCAN_H_
