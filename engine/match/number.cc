#include "engine/match/number.h"

#include <charconv>
#include <cstddef>

namespace tailwatch::engine {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Length of the longest prefix of `text` that is a CloudWatch number, or 0.
size_t ScanNumber(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
  size_t int_digits = 0;
  while (i < n && IsDigit(text[i])) ++i, ++int_digits;
  size_t frac_digits = 0;
  if (i < n && text[i] == '.') {
    size_t j = i + 1;
    while (j < n && IsDigit(text[j])) ++j, ++frac_digits;
    if (frac_digits == 0) return 0;  // "1." and "." are not numbers
    i = j;
  }
  if (int_digits == 0 && frac_digits == 0) return 0;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    size_t j = i + 1;
    if (j < n && (text[j] == '+' || text[j] == '-')) ++j;
    size_t exp_digits = 0;
    while (j < n && IsDigit(text[j])) ++j, ++exp_digits;
    if (exp_digits == 0) return 0;
    i = j;
  }
  return i;
}

}  // namespace

bool IsCloudWatchNumber(std::string_view text) {
  return !text.empty() && ScanNumber(text) == text.size();
}

std::optional<double> ParseCloudWatchNumber(std::string_view text) {
  if (!IsCloudWatchNumber(text)) return std::nullopt;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  bool negative = false;
  if (*first == '+' || *first == '-') {
    negative = *first == '-';
    ++first;
  }
  double value = 0;
  auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
  if (ptr != last) return std::nullopt;
  // Out of range: from_chars leaves value untouched; saturate like strtod.
  if (ec == std::errc::result_out_of_range) {
    return std::nullopt;
  }
  return negative ? -value : value;
}

}  // namespace tailwatch::engine
