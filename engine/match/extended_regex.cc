#include "engine/match/extended_regex.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <utility>

#include "engine/match/cloudwatch_regex.h"
#include "engine/match/number.h"

namespace tailwatch::engine {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The decimal multiplier a unit's first letter stands for, or 1.
double SiMultiplier(char c) {
  switch (c) {
    case 'k':
    case 'K':
      return 1e3;
    case 'M':
      return 1e6;
    case 'G':
      return 1e9;
    default:
      return 1;
  }
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != b[i]) return false;
  }
  return true;
}

}  // namespace

Result<ExtendedRegex> ExtendedRegex::Compile(std::string_view pattern) {
  if (pattern.empty()) return MakeError("a regex must not be empty", 1);
  if (pattern.size() > kMaxExtendedRegexLength) {
    return MakeError(
        "regex is longer than " + std::to_string(kMaxExtendedRegexLength) + " characters",
        static_cast<int>(kMaxExtendedRegexLength) + 1);
  }
  // Same options as CloudWatch regexes (Latin-1, dot matches newline), so
  // the prefilter, which compiles every regex entry that way, is sound.
  re2::RE2::Options options = CloudWatchRegex::Re2Options();
  options.set_never_capture(false);  // groups are the point of this kind
  auto re2 = std::make_shared<re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (!re2->ok()) return MakeError("invalid regex: " + re2->error(), 0);
  if (re2->NumberOfCapturingGroups() > kMaxExtendedRegexGroups) {
    return MakeError(
        "a regex may have at most " + std::to_string(kMaxExtendedRegexGroups) + " capture groups",
        0);
  }
  ExtendedRegex out;
  out.re2_ = std::move(re2);
  return out;
}

int ExtendedRegex::GroupIndex(std::string_view name) const {
  if (name.empty()) return 0;
  bool digits = true;
  for (const char c : name) digits = digits && IsDigit(c);
  if (digits) {
    int index = 0;
    const auto [ptr, ec] = std::from_chars(name.data(), name.data() + name.size(), index);
    if (ec != std::errc() || ptr != name.data() + name.size()) return 0;
    return index >= 1 && index <= group_count() ? index : 0;
  }
  const auto& named = re2_->NamedCapturingGroups();
  const auto it = named.find(std::string(name));
  return it == named.end() ? 0 : it->second;
}

bool ExtendedRegex::Search(std::string_view text, std::vector<re2::StringPiece>* groups) const {
  const re2::StringPiece input(text.data(), text.size());
  if (groups == nullptr) return re2::RE2::PartialMatch(input, *re2_);
  const size_t n = static_cast<size_t>(group_count()) + 1;
  groups->resize(n);  // no allocation once warm: capacity is kept
  return re2_->Match(input, 0, input.size(), re2::RE2::UNANCHORED, groups->data(),
                     static_cast<int>(n));
}

std::optional<double> ParseLenientNumber(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;

  std::string_view body = text;
  bool negative = false;
  if (body.front() == '+' || body.front() == '-') {
    negative = body.front() == '-';
    body.remove_prefix(1);
  }
  if (EqualsIgnoreCase(body, "nan")) return std::numeric_limits<double>::quiet_NaN();
  if (EqualsIgnoreCase(body, "inf") || EqualsIgnoreCase(body, "infinity")) {
    return negative ? -std::numeric_limits<double>::infinity()
                    : std::numeric_limits<double>::infinity();
  }

  // Copy the number without thousands separators into a fixed buffer (no
  // heap): a ',' counts only between a digit and exactly three digits in
  // the integer part.
  std::array<char, 64> buffer{};
  size_t out = 0;
  size_t i = 0;
  const size_t n = text.size();
  if (text[i] == '+' || text[i] == '-') buffer[out++] = text[i++];
  bool in_integer = true;
  while (i < n && out < buffer.size()) {
    const char c = text[i];
    if (IsDigit(c)) {
      buffer[out++] = c;
      ++i;
    } else if (c == ',' && in_integer && out > 0 && IsDigit(buffer[out - 1])) {
      const bool group = i + 3 < n && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
                         IsDigit(text[i + 3]) && (i + 4 == n || !IsDigit(text[i + 4]));
      if (!group) return std::nullopt;
      ++i;
    } else if (c == '.' || c == 'e' || c == 'E' ||
               ((c == '+' || c == '-') && out > 0 &&
                (buffer[out - 1] == 'e' || buffer[out - 1] == 'E'))) {
      // An 'e' not followed by a digit or sign is a unit ("1.5em" is
      // unusual; "5e" would be one), handled by the suffix check below.
      if ((c == 'e' || c == 'E') &&
          !(i + 1 < n && (IsDigit(text[i + 1]) || text[i + 1] == '+' || text[i + 1] == '-'))) {
        break;
      }
      in_integer = false;
      buffer[out++] = c;
      ++i;
    } else {
      break;
    }
  }
  if (out == buffer.size()) return std::nullopt;
  // What is left must be a unit: letters or '%' only.
  for (size_t j = i; j < n; ++j) {
    if (!IsAlpha(text[j]) && text[j] != '%') return std::nullopt;
  }
  const std::optional<double> number = ParseCloudWatchNumber(std::string_view(buffer.data(), out));
  if (!number || i == n) return number;
  // Progress bars scale their rates ("1.2kit/s", "3.5M tok"): a unit that
  // starts with a decimal multiplier keeps its meaning. Lower-case 'm' is
  // not one: "ms" is a unit, not milli-.
  return *number * SiMultiplier(text[i]);
}

}  // namespace tailwatch::engine
