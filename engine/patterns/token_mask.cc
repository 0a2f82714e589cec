#include "engine/patterns/token_mask.h"

#include <array>
#include <cstring>

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
constexpr uint64_t kWordMul = 0x9fb21c651e98df25ULL;
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
  if (token.size() < 3 || token.size() > 5) return false;
  while (!token.empty() && (token.front() == '[' || token.front() == '(')) token.remove_prefix(1);
  while (!token.empty() && (token.back() == ']' || token.back() == ')' || token.back() == ',')) {
    token.remove_suffix(1);
  }
  if (token.size() != 3 || token[0] < 'A' || token[0] > 'Z') return false;
  // The 19 words packed as 3-byte integers, compared at once.
  static constexpr uint32_t kWords[] = {
      'J' << 16 | 'a' << 8 | 'n', 'F' << 16 | 'e' << 8 | 'b', 'M' << 16 | 'a' << 8 | 'r',
      'A' << 16 | 'p' << 8 | 'r', 'M' << 16 | 'a' << 8 | 'y', 'J' << 16 | 'u' << 8 | 'n',
      'J' << 16 | 'u' << 8 | 'l', 'A' << 16 | 'u' << 8 | 'g', 'S' << 16 | 'e' << 8 | 'p',
      'O' << 16 | 'c' << 8 | 't', 'N' << 16 | 'o' << 8 | 'v', 'D' << 16 | 'e' << 8 | 'c',
      'M' << 16 | 'o' << 8 | 'n', 'T' << 16 | 'u' << 8 | 'e', 'W' << 16 | 'e' << 8 | 'd',
      'T' << 16 | 'h' << 8 | 'u', 'F' << 16 | 'r' << 8 | 'i', 'S' << 16 | 'a' << 8 | 't',
      'S' << 16 | 'u' << 8 | 'n'};
  const uint32_t packed = static_cast<uint32_t>(static_cast<uint8_t>(token[0])) << 16 |
                          static_cast<uint32_t>(static_cast<uint8_t>(token[1])) << 8 |
                          static_cast<uint8_t>(token[2]);
  bool found = false;
  for (const uint32_t word : kWords) found |= word == packed;
  return found;
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

// The hash of a token's bytes, 8 at a time (native-endian, like the rest of
// the checkpoint): fixed for every build, as checkpoints store these hashes.
uint64_t WordHash(const char* data, size_t size) {
  uint64_t hash = kFnv1aOffsetBasis ^ (size * kWordMul);
  uint64_t word = 0;
  while (size >= 8) {
    std::memcpy(&word, data, 8);
    hash = (hash ^ word) * kWordMul;
    hash ^= hash >> 29;
    data += 8;
    size -= 8;
  }
  if (size > 0) {
    word = 0;
    std::memcpy(&word, data, size);
    hash = (hash ^ word) * kWordMul;
    hash ^= hash >> 29;
  }
  return hash;
}

// What the masking rules need to know of a token: the classes of its bytes
// (OR-ed) and the length of a leading `key=` / `key:` (letters, '_', '-',
// then the delimiter, with something after it), 0 if none.
struct TokenScan {
  uint8_t classes = 0;
  size_t key = 0;
};

size_t KeyPrefix(std::string_view token) {
  size_t i = 0;
  while (i < token.size() && (ClassOf(token[i]) & kKeyChar) != 0) ++i;
  if (i == 0 || i + 1 >= token.size() || (ClassOf(token[i]) & kAssign) == 0) return 0;
  return i + 1;
}

TokenScan Scan(std::string_view token, uint8_t classes) {
  TokenScan scan;
  scan.classes = classes;
  if ((classes & kAssign) != 0) scan.key = KeyPrefix(token);
  return scan;
}

TokenScan Scan(std::string_view token) {
  uint8_t classes = 0;
  for (const char c : token) classes |= ClassOf(c);
  return Scan(token, classes);
}

enum class Masking { kConstant, kKeyedValue, kVariable };

// The masking rules, in order: quoted values and date words are variable;
// the value of `key=value` is variable; a token without digits, or a name
// like `eth0`, is constant; a token with digits is variable, except a
// leading `key:`.
Masking Classify(std::string_view token, const TokenScan& scan) {
  if (IsQuoted(token) || IsDateWord(token)) return Masking::kVariable;
  if (scan.key > 0 && token[scan.key - 1] == '=') return Masking::kKeyedValue;
  if ((scan.classes & kDigit) == 0 || IsDigitSuffixedName(token)) return Masking::kConstant;
  return scan.key > 0 ? Masking::kKeyedValue : Masking::kVariable;
}

uint64_t HashScanned(std::string_view token, const TokenScan& scan) {
  switch (Classify(token, scan)) {
    case Masking::kConstant:
      return WordHash(token.data(), token.size());
    case Masking::kKeyedValue:
      return WordHash(token.data(), scan.key) ^ kPieceWildcard;
    case Masking::kVariable:
      break;
  }
  return kWildcardHash;
}

}  // namespace

uint64_t HashToken(std::string_view token) { return HashScanned(token, Scan(token)); }

void MaskTokens(std::string_view line, std::vector<MaskedToken>& out) {
  out.clear();
  const char* data = line.data();
  const size_t n = line.size();
  size_t i = 0;
  while (i < n) {
    while (i < n && ClassOf(data[i]) == kBlank) ++i;
    if (i == n) break;
    const size_t start = i;
    uint8_t classes = 0;
    for (uint8_t c; i < n && (c = ClassOf(data[i])) != kBlank; ++i) classes |= c;
    if (out.size() + 1 == kMaxTokens) {
      // The rest of the line, whatever it holds, is one variable token.
      size_t end = n;
      while (end > start && ClassOf(data[end - 1]) == kBlank) --end;
      out.push_back({line.substr(start, end - start), kWildcardHash});
      return;
    }
    const std::string_view token = line.substr(start, i - start);
    out.push_back({token, HashScanned(token, Scan(token, classes))});
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
