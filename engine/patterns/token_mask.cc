#include "engine/patterns/token_mask.h"

#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/common/fnv1a.h"
#include "engine/patterns/mix_hash.h"

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
  uint64_t hash = kFnv1aOffsetBasis ^ (size * kMixMultiplier);
  while (size >= 8) {
    hash = MixStep(hash, LoadWord(data));
    data += 8;
    size -= 8;
  }
  if (size > 0) {
    uint64_t word = 0;
    std::memcpy(&word, data, size);
    hash = MixStep(hash, word);
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

// The bitmap tokenizer. A line of at most kBitmapBytes is copied into a
// zero-padded buffer (so every load below may read 16 bytes past a token),
// and classified 16 bytes at a time into bitmaps, one bit per byte (bit i of
// word i / 64 is byte i). Per-token facts are then single bits, found for
// all tokens at once with a carry trick: adding a token's start bit to the
// bits of a class inside the token carries up to the first byte *not* of the
// class, so `(class + starts) & ~class` marks, per token, where the leading
// run of the class stops. The per-token loop is then branch-light.
constexpr size_t kBitmapBytes = 4096;  // longer lines take the scalar path
constexpr size_t kBitmapWords = kBitmapBytes / 64;
constexpr size_t kPadding = 64;

struct ByteBits {
  uint64_t blank, digit, key, letter, assign;
};

#if defined(__SSE2__)
// Bit i set where byte i of `bytes` lies in [low, low + span].
inline uint32_t InRange(__m128i bytes, char low, char span) {
  const __m128i shifted = _mm_sub_epi8(bytes, _mm_set1_epi8(low));
  const __m128i in = _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(span)), shifted);
  return static_cast<uint32_t>(_mm_movemask_epi8(in));
}

inline uint32_t Equal(__m128i bytes, char c) {
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(c))));
}

inline ByteBits ClassifyBlock(const char* p) {
  ByteBits bits{};
  for (int part = 0; part < 4; ++part) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * part));
    const uint32_t letters = InRange(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), 'a', 'z' - 'a');
    const int shift = 16 * part;
    bits.blank |= uint64_t{Equal(bytes, ' ') | InRange(bytes, '\t', '\r' - '\t')} << shift;
    bits.digit |= uint64_t{InRange(bytes, '0', 9)} << shift;
    bits.letter |= uint64_t{letters} << shift;
    bits.key |= uint64_t{letters | Equal(bytes, '_') | Equal(bytes, '-')} << shift;
    bits.assign |= uint64_t{Equal(bytes, '=') | Equal(bytes, ':')} << shift;
  }
  return bits;
}
#else
inline ByteBits ClassifyBlock(const char* p) {
  ByteBits bits{};
  for (int i = 0; i < 64; ++i) {
    const char c = p[i];
    const uint8_t cls = ClassOf(c);
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bits.blank |= uint64_t{cls == kBlank} << i;
    bits.digit |= uint64_t{cls == kDigit} << i;
    bits.letter |= uint64_t{letter} << i;
    bits.key |= uint64_t{(cls & kKeyChar) != 0} << i;
    bits.assign |= uint64_t{cls == kAssign} << i;
  }
  return bits;
}
#endif

// Per-token facts of a line, as bitmaps over its bytes.
struct TokenBits {
  size_t words = 0;
  uint64_t starts[kBitmapWords];  // first byte of each token
  uint64_t ends[kBitmapWords];    // last byte of each token
  // At a token's last byte: the token holds no decimal digit.
  uint64_t digitless_end[kBitmapWords];
  // At a token's last byte: the token is letters and one final digit (`eth0`).
  uint64_t name_end[kBitmapWords];
  // At the `=` / `:` that ends a token's leading key, with more after it.
  uint64_t key_delimiter[kBitmapWords];
};

// Adds `a + b + carry` over one 64-bit word of a multi-word number.
inline uint64_t AddWithCarry(uint64_t a, uint64_t b, uint64_t& carry) {
  uint64_t sum = 0;
  const bool c1 = __builtin_add_overflow(a, b, &sum);
  const bool c2 = __builtin_add_overflow(sum, carry, &sum);
  carry = static_cast<uint64_t>(c1 || c2);
  return sum;
}

void BuildTokenBits(const char* padded, size_t n, TokenBits& t) {
  const size_t words = (n + 63) / 64;
  t.words = words;
  ByteBits b[kBitmapWords];
  for (size_t w = 0; w < words; ++w) b[w] = ClassifyBlock(padded + 64 * w);
  if (n % 64 != 0) b[words - 1].blank |= ~uint64_t{0} << (n % 64);  // past the end: blank
  uint64_t prev_in = 0;  // bit 63 of the previous word's token bytes
  uint64_t carry_digit = 0, carry_key = 0, carry_letter = 0;
  for (size_t w = 0; w < words; ++w) {
    const uint64_t in = ~b[w].blank;
    const uint64_t next_blank = w + 1 < words ? b[w + 1].blank : ~uint64_t{0};
    const uint64_t starts = in & ~((in << 1) | prev_in);
    const uint64_t ends = in & ((b[w].blank >> 1) | (next_blank << 63));
    prev_in = in >> 63;
    // Where the leading run of non-digits, key characters and letters stops.
    const uint64_t nondigit = in & ~b[w].digit;
    const uint64_t stop_digit = AddWithCarry(nondigit, starts, carry_digit) & ~nondigit;
    const uint64_t key = in & b[w].key;
    const uint64_t stop_key = AddWithCarry(key, starts, carry_key) & ~key;
    const uint64_t letter = in & b[w].letter;
    const uint64_t stop_letter = AddWithCarry(letter, starts, carry_letter) & ~letter;
    t.starts[w] = starts;
    t.ends[w] = ends;
    // A digitless token's run stops on the blank after it: one byte back.
    const uint64_t past_digitless = stop_digit & b[w].blank;
    if (w > 0) t.digitless_end[w - 1] |= past_digitless << 63;
    t.digitless_end[w] = past_digitless >> 1;
    t.name_end[w] = stop_letter & b[w].digit & ends;
    t.key_delimiter[w] = stop_key & b[w].assign & ~starts & ~ends;
  }
  // A digitless last token that ends on the last bit carries out of the top.
  if (carry_digit != 0) t.digitless_end[words - 1] |= uint64_t{1} << 63;
}

// Walks the set bits of a bitmap in order.
class BitCursor {
 public:
  BitCursor(const uint64_t* words, size_t count) : words_(words), count_(count) {
    bits_ = count_ > 0 ? words_[0] : 0;
  }
  // The next set bit's position, or kNone.
  static constexpr size_t kNone = ~size_t{0};
  size_t Peek() {
    while (bits_ == 0) {
      if (++word_ >= count_) return kNone;
      bits_ = words_[word_];
    }
    return 64 * word_ + static_cast<size_t>(std::countr_zero(bits_));
  }
  void Pop() { bits_ &= bits_ - 1; }

 private:
  const uint64_t* words_;
  size_t count_;
  size_t word_ = 0;
  uint64_t bits_ = 0;
};

inline bool Bit(const uint64_t* words, size_t at) {
  return ((words[at / 64] >> (at % 64)) & 1) != 0;
}

// WordHash of `size` bytes at `p`, which may be read up to 16 bytes past
// its end (the padded buffer): up to 16 bytes without a branch on the size.
inline uint64_t PaddedWordHash(const char* p, size_t size) {
  if (size > 16) return WordHash(p, size);
  const uint64_t hash = kFnv1aOffsetBasis ^ (size * kMixMultiplier);
  const uint64_t first_mask = size >= 8 ? ~uint64_t{0} : ~(~uint64_t{0} << (8 * size));
  const uint64_t one = MixStep(hash, LoadWord(p) & first_mask);
  const size_t rest = size > 8 ? size - 8 : 0;
  const uint64_t second_mask = rest >= 8 ? ~uint64_t{0} : ~(~uint64_t{0} << (8 * rest));
  const uint64_t two = MixStep(one, LoadWord(p + 8) & second_mask);
  return size > 8 ? two : one;
}

void MaskTokensBitmap(std::string_view line, std::vector<MaskedToken>& out) {
  const size_t n = line.size();
  char padded[kBitmapBytes + kPadding];
  std::memcpy(padded, line.data(), n);
  std::memset(padded + n, 0, kPadding);
  TokenBits t;
  BuildTokenBits(padded, n, t);
  BitCursor starts(t.starts, t.words);
  BitCursor ends(t.ends, t.words);
  BitCursor delimiters(t.key_delimiter, t.words);
  for (size_t s = starts.Peek(); s != BitCursor::kNone; s = starts.Peek()) {
    starts.Pop();
    const size_t e = ends.Peek();
    ends.Pop();
    if (out.size() + 1 == kMaxTokens) {
      // The rest of the line, whatever it holds, is one variable token.
      size_t last = n;
      while (last > s && ClassOf(line[last - 1]) == kBlank) --last;
      out.push_back({line.substr(s, last - s), kWildcardHash});
      return;
    }
    const size_t size = e + 1 - s;
    const char* p = padded + s;
    const char first = p[0];
    const bool quoted = size >= 2 && (first == '"' || first == '\'') && padded[e] == first;
    const bool date = size - 3 <= 2 && IsDateWord({p, size});
    const size_t delimiter = delimiters.Peek();
    const bool keyed = delimiter <= e;
    if (keyed) delimiters.Pop();
    const bool has_digit = !Bit(t.digitless_end, e);
    const bool name = size >= 3 && Bit(t.name_end, e);
    const bool use_key = keyed && (padded[delimiter] == '=' || (has_digit && !name));
    const bool constant = !use_key && (!has_digit || name);
    const size_t hashed = use_key ? delimiter + 1 - s : size;
    const uint64_t hash = PaddedWordHash(p, hashed) ^ (use_key ? kPieceWildcard : 0);
    out.push_back(
        {line.substr(s, size), (quoted || date || !(use_key || constant)) ? kWildcardHash : hash});
  }
}

}  // namespace

uint64_t HashToken(std::string_view token) { return HashScanned(token, Scan(token)); }

void MaskTokens(std::string_view line, std::vector<MaskedToken>& out) {
  out.clear();
  if (line.size() > kBitmapBytes) {
    MaskTokensScalar(line, out);
  } else {
    MaskTokensBitmap(line, out);
  }
}

void MaskTokensScalar(std::string_view line, std::vector<MaskedToken>& out) {
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
