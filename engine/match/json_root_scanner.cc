// The scalar root-key scanner: a recursive-descent validator over the raw text that
// only ever answers "valid, and here are the fields" or "unsure".
//
// Design notes:
// - Every rule below errs towards "unsure": a wrong "valid" would change
//   results, a wrong "unsure" only costs a full parse. The fuzz target
//   fuzz_process_buffer compares both paths on arbitrary text.
// - Numbers: json_number_scan.h, shared with the SIMD scanner
//   (json_root_scanner_avx512.cc), which hands this scanner what it does not
//   decide itself.
// - Strings: a 16-byte SSE2 step finds the next quote, backslash, control
//   byte or byte >= 0x80; the last two (and `\u`) make the scan unsure, so
//   UTF-8 validation stays simdjson's.
#include "engine/match/json_root_scanner.h"

#include <cstring>
#include <utility>

#include "engine/match/json_number_scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tailwatch::engine {
namespace {

constexpr int kMaxDepth = 64;
inline bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
using json_number_scan::IsDigit;

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

  // A number; p_ is at '-' or a digit. `out` (may be null) receives it.
  __attribute__((always_inline)) bool Number(JsonScalar* out) {
    const char* const next = json_number_scan::ScanNumber(p_, end_, out);
    if (next == nullptr) return false;
    p_ = next;
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

JsonRootScanner::JsonRootScanner(std::vector<std::string> keys) : keys_(std::move(keys)) {
  for (size_t i = 0; i < keys_.size() && i < kMaxKeys; ++i) {
    const size_t size = keys_[i].size();
    wanted_sizes_ |= size < 64 ? uint64_t{1} << size : 0;
    words_[i] = WordsOf(keys_[i].data(), size);
    if (size == 0 || size > 60 || keys_[i].find('"') != std::string::npos)
      keys_fit_bitmaps_ = false;
  }
}

size_t JsonRootScanner::IndexOfByBytes(std::string_view key) const {
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i].size() == key.size() &&
        std::memcmp(keys_[i].data(), key.data(), key.size()) == 0) {
      return i;
    }
  }
  return keys_.size();
}

bool JsonRootScanner::ScanScalar(std::string_view object, JsonScalar* out) const {
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
