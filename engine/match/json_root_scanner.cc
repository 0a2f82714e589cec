// The root-key scanner: a recursive-descent validator over the raw text that
// only ever answers "valid, and here are the fields" or "unsure".
//
// Design notes:
// - Every rule below errs towards "unsure": a wrong "valid" would change
//   results, a wrong "unsure" only costs a full parse. The fuzz target
//   fuzz_process_buffer compares both paths on arbitrary text.
// - Numbers: simdjson types an integer literal that fits int64 as INT64 and
//   anything with '.' or an exponent as DOUBLE, correctly rounded; so does
//   this file (std::from_chars rounds correctly too). Integers of 19+ digits
//   (UINT64 or out of range there), `-0` and extreme magnitudes are left to
//   the full parser.
// - Strings: a 16-byte SSE2 step finds the next quote, backslash, control
//   byte or byte >= 0x80; the last two (and `\u`) make the scan unsure, so
//   UTF-8 validation stays simdjson's.
#include "engine/match/json_root_scanner.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tailwatch::engine {
namespace {

constexpr int kMaxDepth = 64;
constexpr size_t kMaxNumberDigits = 100;  // per integer / fraction part
constexpr size_t kMaxInt64Digits = 18;    // always fits int64
// Clinger's fast path: a decimal of at most 15 digits is an exact double, and
// so is 10^k for k <= 22, so one multiplication or division rounds the
// quotient correctly, as std::from_chars and simdjson do.
constexpr size_t kMaxExactDigits = 15;
constexpr int kMaxExactPowerOfTen = 22;
constexpr double kExactPowersOfTen[kMaxExactPowerOfTen + 1] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

inline bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
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

class Scanner {
 public:
  Scanner(const char* begin, const char* end) : p_(begin), end_(end) {}

  const char* pos() const { return p_; }

  void SkipSpace() {
    while (p_ < end_ && IsJsonSpace(*p_)) ++p_;
  }

  bool Consume(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }

  // A string; p_ is just past the opening quote. On success p_ is just past
  // the closing quote, `*content` holds what lies between, `*escaped` says
  // whether it holds an escape.
  __attribute__((always_inline)) bool String(std::string_view* content, bool* escaped) {
    const char* const start = p_;
    *escaped = false;
    while (true) {
#if defined(__SSE2__)
      while (end_ - p_ >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
        // Signed compare: bytes 0x00-0x1f and 0x80-0xff are both "< 0x20".
        const __m128i special =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('"')),
                                      _mm_cmpeq_epi8(block, _mm_set1_epi8('\\'))),
                         _mm_cmplt_epi8(block, _mm_set1_epi8(0x20)));
        const int mask = _mm_movemask_epi8(special);
        if (mask != 0) {
          p_ += __builtin_ctz(static_cast<unsigned>(mask));
          break;
        }
        p_ += 16;
      }
#endif
      while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20 &&
             static_cast<unsigned char>(*p_) < 0x80) {
        ++p_;
      }
      if (p_ >= end_) return false;
      const char c = *p_;
      if (c == '"') {
        *content = std::string_view(start, static_cast<size_t>(p_ - start));
        ++p_;
        return true;
      }
      if (c != '\\') return false;  // a control byte, or UTF-8 (simdjson validates it)
      if (end_ - p_ < 2) return false;
      switch (p_[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
          break;
        default:
          return false;  // `\u` (surrogate rules) or an invalid escape
      }
      *escaped = true;
      p_ += 2;
    }
  }

  // Moves p_ past a run of digits.
  __attribute__((always_inline)) void SkipDigits() {
    while (end_ - p_ >= 8) {
      const size_t n = LeadingDigits8(p_);
      p_ += n;
      if (n < 8) return;
    }
    while (p_ < end_ && IsDigit(*p_)) ++p_;
  }

  // A number; p_ is at '-' or a digit. `out` (may be null) receives it.
  __attribute__((always_inline)) bool Number(JsonScalar* out) {
    const char* const start = p_;
    const bool negative = *p_ == '-';
    if (negative) ++p_;
    const char* const digits = p_;
    if (p_ >= end_) return false;
    if (*p_ == '0') {
      ++p_;
      if (p_ < end_ && IsDigit(*p_)) return false;  // leading zero: invalid
    } else if (IsDigit(*p_)) {
      SkipDigits();
    } else {
      return false;
    }
    const size_t integer_digits = static_cast<size_t>(p_ - digits);
    if (integer_digits > kMaxNumberDigits) return false;
    bool is_double = false;
    const char* fraction = p_;
    size_t fraction_digits = 0;
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      fraction = p_;
      SkipDigits();
      fraction_digits = static_cast<size_t>(p_ - fraction);
      if (fraction_digits == 0 || fraction_digits > kMaxNumberDigits) return false;
      is_double = true;
    }
    int exponent_value = 0;
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      bool exponent_negative = false;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) exponent_negative = *p_++ == '-';
      const char* const exponent = p_;
      while (p_ < end_ && IsDigit(*p_)) exponent_value = exponent_value * 10 + (*p_++ - '0');
      const size_t exponent_digits = static_cast<size_t>(p_ - exponent);
      if (exponent_digits == 0 || exponent_digits > 2) return false;
      if (exponent_negative) exponent_value = -exponent_value;
      is_double = true;
    }
    if (!is_double) {
      if (integer_digits > kMaxInt64Digits) return false;
      int64_t value = 0;
      for (const char* d = digits; d < p_; ++d) value = value * 10 + (*d - '0');
      if (negative && value == 0) return false;  // `-0`: the full parser types it
      if (out != nullptr) {
        out->type = JsonScalar::Type::kInt64;
        out->integer = negative ? -value : value;
        out->number = static_cast<double>(out->integer);
      }
      return true;
    }
    if (out == nullptr) return true;
    out->type = JsonScalar::Type::kDouble;
    if (integer_digits + fraction_digits <= kMaxExactDigits) {
      int64_t mantissa = 0;
      for (const char* d = digits; d < digits + integer_digits; ++d)
        mantissa = mantissa * 10 + (*d - '0');
      for (const char* d = fraction; d < fraction + fraction_digits; ++d) {
        mantissa = mantissa * 10 + (*d - '0');
      }
      const int power = exponent_value - static_cast<int>(fraction_digits);
      if (power >= -kMaxExactPowerOfTen && power <= kMaxExactPowerOfTen) {
        double value = static_cast<double>(mantissa);
        value = power < 0 ? value / kExactPowersOfTen[-power] : value * kExactPowersOfTen[power];
        out->number = negative ? -value : value;
        return true;
      }
    }
    {
      double value = 0;
      const std::from_chars_result result = std::from_chars(start, p_, value);
      if (result.ec != std::errc() || result.ptr != p_ || !std::isfinite(value)) return false;
      out->number = value;
    }
    return true;
  }

  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        std::memcmp(p_, word.data(), word.size()) != 0) {
      return false;
    }
    p_ += word.size();
    return true;
  }

  // Any value; p_ is at its first byte. `out` (may be null) receives a
  // scalar, or kUnsure for what the scanner does not hand out. Inlined into
  // the loops over members and elements (containers are calls).
  __attribute__((always_inline)) bool Value(int depth, JsonScalar* out) {
    if (p_ >= end_) return false;
    switch (*p_) {
      case '"': {
        ++p_;
        std::string_view content;
        bool escaped = false;
        if (!String(&content, &escaped)) return false;
        if (out != nullptr) {
          out->type = escaped ? JsonScalar::Type::kUnsure : JsonScalar::Type::kString;
          out->text = content;
        }
        return true;
      }
      case '{':
      case '[': {
        if (out != nullptr) out->type = JsonScalar::Type::kUnsure;
        if (depth >= kMaxDepth) return false;
        // A scanner of its own, so that this one's position never leaves
        // the registers (its address is not taken).
        Scanner nested(p_ + 1, end_);
        const bool ok = *p_ == '{' ? nested.Object(depth + 1) : nested.Array(depth + 1);
        p_ = nested.p_;
        return ok;
      }
      case 't':
        if (out != nullptr) out->type = JsonScalar::Type::kTrue;
        return Literal("true");
      case 'f':
        if (out != nullptr) out->type = JsonScalar::Type::kFalse;
        return Literal("false");
      case 'n':
        if (out != nullptr) out->type = JsonScalar::Type::kNull;
        return Literal("null");
      default:
        if (*p_ == '-' || IsDigit(*p_)) return Number(out);
        return false;
    }
  }

  // The members of a nested object; p_ is just past its '{'.
  __attribute__((noinline)) bool Object(int depth) {
    SkipSpace();
    if (Consume('}')) return true;
    while (true) {
      if (!Consume('"')) return false;
      std::string_view key;
      bool escaped = false;
      if (!String(&key, &escaped)) return false;
      SkipSpace();
      if (!Consume(':')) return false;
      SkipSpace();
      if (!Value(depth, nullptr)) return false;
      SkipSpace();
      if (Consume('}')) return true;
      if (!Consume(',')) return false;
      SkipSpace();
    }
  }

  // The elements of an array; p_ is just past its '['.
  __attribute__((noinline)) bool Array(int depth) {
    SkipSpace();
    if (Consume(']')) return true;
    while (true) {
      if (!Value(depth, nullptr)) return false;
      SkipSpace();
      if (Consume(']')) return true;
      if (!Consume(',')) return false;
      SkipSpace();
    }
  }

 private:
  const char* p_;
  const char* end_;
};

}  // namespace

JsonRootScanner::JsonRootScanner(std::vector<std::string> keys) : keys_(std::move(keys)) {}

size_t JsonRootScanner::IndexOf(std::string_view key) const {
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i].size() == key.size() &&
        std::memcmp(keys_[i].data(), key.data(), key.size()) == 0) {
      return i;
    }
  }
  return keys_.size();
}

bool JsonRootScanner::Scan(std::string_view object, JsonScalar* out) const {
  for (size_t i = 0; i < keys_.size(); ++i) out[i] = JsonScalar{};
  const char* const end = object.data() + object.size();
  Scanner s(object.data(), end);
  if (!s.Consume('{')) return false;
  s.SkipSpace();
  if (!s.Consume('}')) {
    while (true) {
      if (!s.Consume('"')) return false;
      std::string_view key;
      bool escaped = false;
      if (!s.String(&key, &escaped) || escaped) return false;  // an escaped key: unsure
      const size_t slot = IndexOf(key);
      s.SkipSpace();
      if (!s.Consume(':')) return false;
      s.SkipSpace();
      // A repeated key overwrites its slot: the last one wins.
      if (!s.Value(0, slot < keys_.size() ? &out[slot] : nullptr)) return false;
      s.SkipSpace();
      if (s.Consume('}')) break;
      if (!s.Consume(',')) return false;
      s.SkipSpace();
    }
  }
  if (s.pos() != end) return false;  // text after the object: the full parser decides
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (out[i].type == JsonScalar::Type::kUnsure) return false;
  }
  return true;
}

}  // namespace tailwatch::engine
