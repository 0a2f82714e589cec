#include "engine/patterns/token_mask.h"

#include <array>

#include "engine/common/fnv1a.h"

namespace tailwatch::engine::patterns {
namespace {

enum CharClass : uint8_t { kBlank = 1, kDigit = 2, kKeyChar = 4, kAssign = 8 };

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> classes{};
  for (const char c : std::string_view(" \t\r\n\v\f")) classes[static_cast<uint8_t>(c)] = kBlank;
  for (char c = '0'; c <= '9'; ++c) classes[static_cast<uint8_t>(c)] = kDigit;
  for (char c = 'a'; c <= 'z'; ++c) classes[static_cast<uint8_t>(c)] = kKeyChar;
  for (char c = 'A'; c <= 'Z'; ++c) classes[static_cast<uint8_t>(c)] = kKeyChar;
  classes['_'] = classes['-'] = kKeyChar;
  classes['='] = classes[':'] = kAssign;
  return classes;
}

constexpr std::array<uint8_t, 256> kClasses = MakeClasses();
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
// Stands for the variable value after a constant `key=` inside a token's hash.
constexpr uint64_t kPieceWildcard = 0x9e3779b97f4a7c15ULL;

inline uint8_t ClassOf(char c) { return kClasses[static_cast<uint8_t>(c)]; }

bool IsQuoted(std::string_view token) {
  if (token.size() < 2) return false;
  const char first = token.front();
  return (first == '"' || first == '\'') && token.back() == first;
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

// One pass over a token: its FNV-1a hash, whether it holds a digit, and the
// length of a leading `key=` / `key:` (letters, '_', '-', then the delimiter,
// with something after it) with the hash of that prefix.
struct TokenScan {
  uint64_t hash = kFnv1aOffsetBasis;
  uint64_t key_hash = 0;
  size_t key = 0;
  bool digit = false;
};

TokenScan Scan(std::string_view token) {
  TokenScan scan;
  bool in_key = true;
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    const uint8_t cls = ClassOf(c);
    scan.hash = (scan.hash ^ static_cast<uint8_t>(c)) * kFnvPrime;
    scan.digit |= (cls & kDigit) != 0;
    if (in_key && (cls & kKeyChar) == 0) {
      in_key = false;
      if ((cls & kAssign) != 0 && i > 0 && i + 1 < token.size()) {
        scan.key = i + 1;
        scan.key_hash = scan.hash;
      }
    }
  }
  return scan;
}

enum class Masking { kConstant, kKeyedValue, kVariable };

// The masking rules, in order: quoted values and date words are variable;
// the value of `key=value` is variable; a token without digits, or a name
// like `eth0`, is constant; a token with digits is variable, except a
// leading `key:`.
Masking Classify(std::string_view token, const TokenScan& scan) {
  if (IsQuoted(token) || IsDateWord(token)) return Masking::kVariable;
  if (scan.key > 0 && token[scan.key - 1] == '=') return Masking::kKeyedValue;
  if (!scan.digit || IsDigitSuffixedName(token)) return Masking::kConstant;
  return scan.key > 0 ? Masking::kKeyedValue : Masking::kVariable;
}

}  // namespace

uint64_t HashToken(std::string_view token) {
  const TokenScan scan = Scan(token);
  switch (Classify(token, scan)) {
    case Masking::kConstant:
      return scan.hash;
    case Masking::kKeyedValue:
      return (scan.key_hash ^ kPieceWildcard) * kFnvPrime;
    case Masking::kVariable:
      break;
  }
  return kWildcardHash;
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
  const TokenScan scan = Scan(token);
  switch (Classify(token, scan)) {
    case Masking::kConstant:
      return std::string(token);
    case Masking::kKeyedValue:
      return std::string(token.substr(0, scan.key)) + "<*>";
    case Masking::kVariable:
      break;
  }
  return "<*>";
}

}  // namespace tailwatch::engine::patterns
