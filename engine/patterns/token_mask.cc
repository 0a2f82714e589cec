#include "engine/patterns/token_mask.h"

#include <array>

#include "engine/common/fnv1a.h"

namespace tailwatch::engine::patterns {
namespace {

enum CharClass : uint8_t { kOther = 0, kBlank = 1, kDigit = 2 };

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> classes{};
  for (const char c : std::string_view(" \t\r\n\v\f")) classes[static_cast<uint8_t>(c)] = kBlank;
  for (char c = '0'; c <= '9'; ++c) classes[static_cast<uint8_t>(c)] = kDigit;
  return classes;
}

constexpr std::array<uint8_t, 256> kClasses = MakeClasses();
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
// Stands for a variable piece inside a token's hash.
constexpr uint64_t kPieceWildcard = 0x9e3779b97f4a7c15ULL;

inline uint8_t ClassOf(char c) { return kClasses[static_cast<uint8_t>(c)]; }

bool IsQuoted(std::string_view token) {
  if (token.size() < 2) return false;
  const char first = token.front();
  return (first == '"' || first == '\'') && token.back() == first;
}

bool IsKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}

// The length of a `key=` or `key:` prefix (letters, '_', '-', '.'; the
// delimiter included) that stays constant in a variable token; 0 if none.
size_t KeyPrefix(std::string_view token) {
  size_t i = 0;
  while (i < token.size() && IsKeyChar(token[i])) ++i;
  if (i == 0 || i + 1 >= token.size() || (token[i] != '=' && token[i] != ':')) return 0;
  return i + 1;
}

bool HasDigit(std::string_view token) {
  for (const char c : token) {
    if (ClassOf(c) == kDigit) return true;
  }
  return false;
}

// Month and weekday names, the words of a timestamp.
bool IsDateWord(std::string_view token) {
  static constexpr std::string_view kWords[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                                "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue",
                                                "Wed", "Thu", "Fri", "Sat", "Sun"};
  while (!token.empty() && (token.front() == '[' || token.front() == '(')) token.remove_prefix(1);
  while (!token.empty() && (token.back() == ']' || token.back() == ')' || token.back() == ',')) {
    token.remove_suffix(1);
  }
  if (token.size() != 3) return false;
  for (const std::string_view word : kWords) {
    if (token == word) return true;
  }
  return false;
}

// A name that ends in one digit (`eth0`, `ssh2`, `SOCKS5`): two or more
// letters and a digit. Such tokens name things rather than count them.
bool IsDigitSuffixedName(std::string_view token) {
  if (token.size() < 3 || ClassOf(token.back()) != kDigit) return false;
  for (size_t i = 0; i + 1 < token.size(); ++i) {
    const char c = token[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

// `key=value`: the value is variable whatever it holds.
bool Assignment(std::string_view token, size_t key) { return key > 0 && token[key - 1] == '='; }

}  // namespace

uint64_t HashToken(std::string_view token) {
  if (IsQuoted(token) || IsDateWord(token)) return kWildcardHash;
  const size_t key = KeyPrefix(token);
  if (Assignment(token, key)) return (Fnv1a(token.substr(0, key)) ^ kPieceWildcard) * kFnvPrime;
  if (!HasDigit(token) || IsDigitSuffixedName(token)) return Fnv1a(token);
  if (key == 0) return kWildcardHash;
  return (Fnv1a(token.substr(0, key)) ^ kPieceWildcard) * kFnvPrime;
}

void MaskTokens(std::string_view line, std::vector<MaskedToken>& out) {
  out.clear();
  size_t i = 0;
  const size_t n = line.size();
  while (i < n) {
    while (i < n && ClassOf(line[i]) == kBlank) ++i;
    if (i == n) break;
    const size_t start = i;
    while (i < n && ClassOf(line[i]) != kBlank) ++i;
    if (out.size() + 1 == kMaxTokens) {
      // The rest of the line, whatever it holds, is one variable token.
      size_t end = n;
      while (end > start && ClassOf(line[end - 1]) == kBlank) --end;
      out.push_back({line.substr(start, end - start), kWildcardHash});
      return;
    }
    const std::string_view token = line.substr(start, i - start);
    out.push_back({token, HashToken(token)});
  }
}

std::string MaskedText(std::string_view token) {
  if (IsQuoted(token) || IsDateWord(token)) return "<*>";
  const size_t key = KeyPrefix(token);
  if (Assignment(token, key)) return std::string(token.substr(0, key)) + "<*>";
  if (!HasDigit(token) || IsDigitSuffixedName(token)) return std::string(token);
  if (key == 0) return "<*>";
  return std::string(token.substr(0, key)) + "<*>";
}

}  // namespace tailwatch::engine::patterns
