// An exact scan of a JSON object's root-level fields, without building a
// document: the fast path of JSON filter patterns and metric values whose
// selectors are all `$.key`.
//
// One forward pass over the object validates all of it (nested objects and
// arrays, strings, numbers, literals) and keeps, for each wanted root key,
// its LAST occurrence (docs/cloudwatch-semantics.md §1.5: the last of repeated
// keys wins). It answers only when it is sure that the full parser
// (simdjson, EventContext::Json()) would accept the text and find the same
// values; otherwise it says "unsure" and the caller asks the full parser, which
// decides every doubtful case (invalid JSON after a valid prefix included):
// escaped keys, `\u` escapes, any byte >= 0x80 (UTF-8 validation), control
// bytes in strings, integers of 19 digits or more, `-0`, numbers with more
// than 100 digits or a 3-digit exponent, nesting deeper than 64, a wanted
// value that is an object, an array or an escaped string, and any grammar
// error.
//
// Two implementations give the same answer on every input: a scalar
// recursive descent, and an AVX-512 one after simdjson's stage 1 (64-byte
// blocks classified at once, strings found by a prefix XOR of the quotes)
// that Scan() picks where the CPU has it.
//
// Immutable after construction; Scan() never allocates and never throws.
#ifndef TAILWATCH_ENGINE_MATCH_JSON_ROOT_SCANNER_H_
#define TAILWATCH_ENGINE_MATCH_JSON_ROOT_SCANNER_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace tailwatch::engine {

// One root field's value as the scanner found it.
struct JsonScalar {
  enum class Type : uint8_t {
    kMissing,  // no such root key
    kNull,
    kTrue,
    kFalse,
    kString,  // `text`: the content between the quotes (it holds no escape)
    kInt64,   // `integer`, and `number` = double(integer)
    kDouble,  // `number`
    kUnsure,  // an object, an array or an escaped string: the full parser must tell
  };
  Type type = Type::kMissing;
  std::string_view text;
  int64_t integer = 0;
  double number = 0;
};

class JsonRootScanner {
 public:
  // Wanted root keys beyond this make a set use the full parser only.
  static constexpr size_t kMaxKeys = 16;

  // `keys`: distinct, at most kMaxKeys.
  explicit JsonRootScanner(std::vector<std::string> keys);

  size_t size() const { return keys_.size(); }
  const std::string& key(size_t i) const { return keys_[i]; }
  // The index of `key`, or size() when it is not wanted: for keys under 64
  // bytes a size test, then two integer comparisons per wanted key (inline:
  // JSON patterns and values look their keys up once per event).
  size_t IndexOf(std::string_view key) const {
    const size_t size = key.size();
    if (size >= 64 || keys_.size() > kMaxKeys) return IndexOfByBytes(key);
    if (((wanted_sizes_ >> size) & 1) == 0) return keys_.size();
    const KeyWords words = WordsOf(key.data(), size);
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (IsKey(i, words, key.data(), size)) return i;
    }
    return keys_.size();
  }
  // Whether the `size` bytes at `text` are key(i).
  bool IsKey(size_t i, const char* text, size_t size) const {
    return IsKey(i, WordsOf(text, size), text, size);
  }

  // `object`: a trimmed event starting with '{' and ending with '}'. True
  // when `object` is, for certain, one valid JSON object as the full parser
  // sees it; then out[i] is its last root field named key(i) (kMissing when
  // there is none). False when the scanner cannot be sure (out is then
  // unspecified).
  // The SIMD scanner where it is the faster one (PreferAvx512), else the
  // scalar one; both give the same answer on every input.
  bool Scan(std::string_view object, JsonScalar* out) const {
    return PreferAvx512() ? ScanAvx512(object, out) : ScanScalar(object, out);
  }

  // A recursive descent over the bytes (json_root_scanner.cc).
  bool ScanScalar(std::string_view object, JsonScalar* out) const;
  // simdjson's stage-1 idea: 64-byte blocks classified at once, then a walk
  // over the structural positions only (json_root_scanner_avx512.cc). Hands
  // rare inputs (backslashes, records over 4 KiB, deep nesting, more than
  // kMaxKeys keys) to ScanScalar. Only where HasAvx512().
  bool ScanAvx512(std::string_view object, JsonScalar* out) const;
  static bool HasAvx512() { return kHasAvx512; }
  // HasAvx512() on Intel CPUs only. The SIMD scanner keeps its masks in mask
  // registers; on an Intel Xeon it took 168-183 ns per step record against
  // 187-209 for the scalar one, but on an AMD EPYC (Zen 4, which runs 512-bit
  // operations in two halves) 170 against 138, and replay was 10 % slower
  // (bench/README.md, "The SIMD scanner on AMD").
  static bool PreferAvx512() { return kPreferAvx512; }

 private:
  // A key's bytes as two overlapping little-endian words: the first and the
  // last min(size, 8) bytes (4, 2 or 1 for shorter keys), so that most keys
  // compare in two integer comparisons (keys over 16 bytes also need a
  // memcmp of the middle).
  struct KeyWords {
    uint64_t head = 0;
    uint64_t tail = 0;
  };
  static KeyWords WordsOf(const char* key, size_t size) {
    KeyWords words;
    if (size >= 8) {
      std::memcpy(&words.head, key, 8);
      std::memcpy(&words.tail, key + size - 8, 8);
    } else if (size >= 4) {
      std::memcpy(&words.head, key, 4);
      std::memcpy(&words.tail, key + size - 4, 4);
    } else if (size >= 2) {
      std::memcpy(&words.head, key, 2);
      std::memcpy(&words.tail, key + size - 2, 2);
    } else if (size == 1) {
      words.head = static_cast<unsigned char>(key[0]);
    }
    return words;
  }

  // IsKey with the words of `text` computed once.
  bool IsKey(size_t i, KeyWords words, const char* text, size_t size) const {
    return words_[i].head == words.head && words_[i].tail == words.tail &&
           keys_[i].size() == size &&
           (size <= 16 || std::memcmp(keys_[i].data() + 8, text + 8, size - 16) == 0);
  }
  // IndexOf by whole comparisons, for keys of 64 bytes or more and for sets
  // of more than kMaxKeys keys, which have no words (json_root_scanner.cc).
  size_t IndexOfByBytes(std::string_view key) const;

  static const bool kHasAvx512;
  static const bool kPreferAvx512;
  std::vector<std::string> keys_;
  uint64_t wanted_sizes_ = 0;  // bit n: a key of n bytes is wanted (n < 64)
  // ScanAvx512's bitmap path finds keys by size and bytes: none empty, none
  // over 60 bytes (seen whole in two blocks), none holding a quote.
  bool keys_fit_bitmaps_ = true;
  KeyWords words_[kMaxKeys];
};

// The scanned root fields of one event, as JSON patterns read them.
struct JsonScannedFields {
  const JsonRootScanner* scanner = nullptr;
  const JsonScalar* values = nullptr;
  // The field named `key`, or nullptr when the scanner does not want it.
  const JsonScalar* Find(std::string_view key) const {
    const size_t i = scanner->IndexOf(key);
    return i < scanner->size() ? &values[i] : nullptr;
  }
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_JSON_ROOT_SCANNER_H_
