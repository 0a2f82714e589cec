// The SIMD root-key scanner, after simdjson's two stages:
//
// 1. Classification, 64 bytes at a time (AVX-512BW): quotes, backslashes,
//    structural characters, whitespace, control bytes and bytes >= 0x80 as
//    bitmaps. The in-string mask is the prefix XOR of the quotes (one
//    carry-less multiplication by all ones), carried across blocks. A
//    backslash sends the record to the scalar scanner: escapes are rare in
//    machine-written records, and without them every quote delimits a string.
//    A byte >= 0x80 or a control byte anywhere makes the scan unsure, as in
//    the scalar scanner (UTF-8 validation stays simdjson's).
// 2. A walk over the tokens only (structural characters outside strings,
//    opening quotes, first bytes of numbers and literals), with the grammar
//    as a state machine and the depth as a bit stack. Whitespace is never
//    visited: whatever is not a token or inside a string is whitespace, so
//    two tokens in a row are adjacent in the grammar's sense. Numbers and
//    literals are checked byte by byte (json_number_scan.h), and must end
//    where the classification says their bytes end.
//
// The answer is the scalar scanner's on every input (tests compare the two;
// fuzz_process_buffer compares both with the full parser).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "engine/match/json_number_scan.h"
#include "engine/match/json_root_scanner.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace tailwatch::engine {

#if defined(__x86_64__)

namespace {

// Longer records go to the scalar scanner: the bitmaps live on the stack.
constexpr size_t kMaxBytes = 4096;
constexpr size_t kMaxBlocks = kMaxBytes / 64;
// Deeper nesting goes to the scalar scanner, whose depth limit is the one
// that decides (the bit stack below holds 64 levels).
constexpr int kMaxDepth = 48;

enum class Outcome {
  kSure,    // valid, the values found
  kUnsure,  // for the full parser
  kScalar,  // for the scalar scanner
  kWalk,    // classified; for the walk over the tokens
};

struct Bitmaps {
  uint64_t quote[kMaxBlocks];
  uint64_t token[kMaxBlocks];
  uint64_t atom[kMaxBlocks];  // bytes of numbers and literals (and junk)
};

// `cur` shifted up by k (1..63) bits, the top k bits of the block before
// filling in: bit p says something about byte p - k.
inline uint64_t Shl(uint64_t cur, uint64_t prev, unsigned k) {
  return (cur << k) | (prev >> (64 - k));
}

// The fast path's bitmaps of one block, which the next block's shifts read.
struct FlatMasks {
  uint64_t separator = 0;  // the root '{' and commas: a key's opening quote follows
  uint64_t colon = 0;
  uint64_t key_open = 0;
  uint64_t key_close = 0;
  uint64_t value_close = 0;
  uint64_t atom = 0;
  uint64_t comma = 0;
  uint64_t sign = 0;  // '-' and '+'
  uint64_t dot = 0;
  uint64_t exp = 0;
  uint64_t digit = 0;
  uint64_t minus_start = 0;
  uint64_t zero_int = 0;
  uint64_t zero_neg = 0;
  uint64_t exp_sign = 0;
  uint64_t exp_start = 0;
  uint64_t run2 = 0;
  uint64_t run4 = 0;
  uint64_t run8 = 0;
  uint64_t first[JsonRootScanner::kMaxKeys];  // where key(i)'s first byte is
};

// The carries of the fast path's additions (bit 64 of each block's sum).
struct FlatCarries {
  unsigned char key = 0;
  unsigned char after_dot = 0;
  unsigned char after_exp = 0;
};

// The fast path: a compact object (no whitespace outside strings) whose
// values are strings and plain numbers only, checked whole as bitmaps, after
// the grammar's pairs of adjacent bytes. Every check is one-sided: what it
// rejects goes to the walk, which decides exactly. Numbers must match
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]{1,2})? in at most 18 bytes
// and not be the integer -0, so that json_number_scan.h accepts them too.
// Returns false as soon as the record is not of that form; otherwise records
// in `last_key[i]` the closing quote of the last root key named key(i).
__attribute__((target("avx512bw"), always_inline)) inline bool FlatBlock(
    const JsonRootScanner& scanner, const char* data, size_t b, __m512i bytes, uint64_t in,
    uint64_t quote, uint64_t in_string, uint64_t outside, uint64_t space, uint64_t brace,
    uint64_t colon_byte, uint64_t comma_byte, uint64_t expected_brace, const FlatMasks* prev,
    FlatMasks* next, FlatCarries* carry, size_t* last_key) {
  // Every check ORs what breaks the form into `bad` (one branch per block).
  uint64_t bad = (space & outside) | ((brace & outside) ^ expected_brace);
  const uint64_t brace_out = expected_brace;
  FlatMasks& cur = *next;  // not a copy: the two alternate
  cur.colon = colon_byte & outside;
  cur.comma = comma_byte & outside;
  const uint64_t atom = outside & ~brace_out & ~cur.colon & ~cur.comma;
  cur.atom = atom;
  cur.digit = _mm512_mask_cmplt_epu8_mask(atom, _mm512_sub_epi8(bytes, _mm512_set1_epi8('0')),
                                          _mm512_set1_epi8(10));
  const uint64_t minus = _mm512_mask_cmpeq_epi8_mask(atom, bytes, _mm512_set1_epi8('-'));
  cur.sign = minus | _mm512_mask_cmpeq_epi8_mask(atom, bytes, _mm512_set1_epi8('+'));
  cur.dot = _mm512_mask_cmpeq_epi8_mask(atom, bytes, _mm512_set1_epi8('.'));
  cur.exp = _mm512_mask_cmpeq_epi8_mask(atom, _mm512_or_si512(bytes, _mm512_set1_epi8(0x20)),
                                        _mm512_set1_epi8('e'));
  bad |= (atom & ~(cur.digit | cur.sign | cur.dot | cur.exp));  // true, x, ...

  // Strings: after '{' or ',' a key, after ':' a value, nowhere else.
  const uint64_t open = quote & in_string;
  const uint64_t close = quote & ~in_string;
  cur.separator = (b == 0 ? brace_out & 1 : 0) | cur.comma;
  const uint64_t after_separator = Shl(cur.separator, prev->separator, 1);
  const uint64_t after_colon = Shl(cur.colon, prev->colon, 1);
  bad |= (open & ~(after_separator | after_colon));
  cur.key_open = open & after_separator;
  // Adding a key's opening quote bit to its run of in-string bits carries
  // through the run onto its closing quote.
  unsigned long long sum;
  carry->key = _addcarry_u64(carry->key, in_string, cur.key_open, &sum);
  cur.key_close = sum & close;
  cur.value_close = close & ~cur.key_close;
  // key ':' value (',' key ':' value)* '}'
  bad |= Shl(cur.key_close, prev->key_close, 1) ^ cur.colon;
  bad |= (after_colon & ~(open | atom));
  const uint64_t after_atom = Shl(atom, prev->atom, 1);
  const uint64_t atom_start = atom & ~after_atom;
  bad |= (atom_start & ~after_colon);
  bad |= ((after_atom & ~atom) | Shl(cur.value_close, prev->value_close, 1)) &
         ~(cur.comma | brace_out);
  bad |= (Shl(cur.comma, prev->comma, 1) & ~open);
  if (b == 0) bad |= 2 & in & ~(open | brace_out);  // `{` then a key or `}`

  // Numbers.
  const uint64_t after_exp = Shl(cur.exp, prev->exp, 1);
  const uint64_t after_digit = Shl(cur.digit, prev->digit, 1);
  bad |= (atom_start & ~(minus | cur.digit));
  bad |= (cur.sign & ~after_exp & ~(minus & atom_start));
  bad |= (Shl(cur.sign, prev->sign, 1) & ~cur.digit);
  bad |= ((cur.dot | cur.exp) & ~after_digit);
  const uint64_t after_dot = Shl(cur.dot, prev->dot, 1);
  bad |= (after_dot & ~cur.digit);
  bad |= (after_exp & ~(cur.digit | cur.sign));
  // One '.' and one exponent at most, in that order: from just past a '.'
  // (an 'e'), a carry runs over the digits and signs that follow and lands
  // on what ends them, which must not be another '.' (neither '.' nor 'e').
  const uint64_t plain = atom & ~(cur.dot | cur.exp);
  carry->after_dot = _addcarry_u64(carry->after_dot, plain, after_dot, &sum);
  bad |= (sum & ~plain & cur.dot);
  carry->after_exp = _addcarry_u64(carry->after_exp, plain, after_exp, &sum);
  bad |= (sum & ~plain & (cur.dot | cur.exp));
  // No leading zero; no integer -0.
  const uint64_t zero = _mm512_mask_cmpeq_epi8_mask(atom, bytes, _mm512_set1_epi8('0'));
  cur.minus_start = minus & atom_start;
  const uint64_t after_minus_start = Shl(cur.minus_start, prev->minus_start, 1);
  cur.zero_int = zero & (atom_start | after_minus_start);
  bad |= (Shl(cur.zero_int, prev->zero_int, 1) & cur.digit);
  cur.zero_neg = zero & after_minus_start;
  bad |= (Shl(cur.zero_neg, prev->zero_neg, 1) & ~atom);
  // At most 2 exponent digits.
  cur.exp_sign = after_exp & cur.sign;
  cur.exp_start = (after_exp & cur.digit) | Shl(cur.exp_sign, prev->exp_sign, 1);
  bad |= (Shl(cur.exp_start, prev->exp_start, 2) & atom);
  // At most 18 bytes per number: no run of 19 atom bytes.
  cur.run2 = atom & after_atom;
  cur.run4 = cur.run2 & Shl(cur.run2, prev->run2, 2);
  cur.run8 = cur.run4 & Shl(cur.run4, prev->run4, 4);
  const uint64_t run16 = cur.run8 & Shl(cur.run8, prev->run8, 8);
  bad |= (run16 & Shl(cur.run2, prev->run2, 16) & Shl(atom, prev->atom, 18));

  if (bad != 0) return false;

  // Wanted keys: a key's closing quote whose opening quote and first byte
  // lie the key's size before it, then the bytes compared.
  for (size_t i = 0; i < scanner.size(); ++i) {
    const std::string& key = scanner.key(i);
    const unsigned size = static_cast<unsigned>(key.size());
    cur.first[i] = _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8(key[0]));
    uint64_t candidates = cur.key_close & Shl(cur.key_open, prev->key_open, size + 1) &
                          Shl(cur.first[i], prev->first[i], size);
    while (candidates != 0) {
      const size_t at = 64 * b + static_cast<size_t>(__builtin_ctzll(candidates));
      candidates &= candidates - 1;
      if (scanner.IsKey(i, data + at - size, size)) last_key[i] = at;
    }
  }
  return true;
}

__attribute__((target("avx512bw,pclmul"))) Outcome Classify(const JsonRootScanner& scanner,
                                                            const char* data, size_t size,
                                                            size_t blocks, bool flat, Bitmaps* maps,
                                                            size_t* last_key) {
  uint64_t in_string_carry = 0;  // all ones while a string is open
  uint64_t atom_carry = 0;       // 1 when the block before ended inside an atom
  const __m128i all_ones = _mm_set1_epi8(static_cast<char>(0xff));
  FlatMasks flat_masks[2];
  for (size_t i = 0; i < scanner.size(); ++i) flat_masks[1].first[i] = 0;
  FlatCarries flat_carry;
  for (size_t b = 0; b < blocks; ++b) {
    const size_t left = size - 64 * b;
    const uint64_t in = left >= 64 ? ~uint64_t{0} : (uint64_t{1} << left) - 1;
    const __m512i bytes = _mm512_maskz_loadu_epi8(in, data + 64 * b);
    const uint64_t quote = _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8('"'));
    const uint64_t backslash = _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8('\\'));
    const uint64_t high = _mm512_movepi8_mask(bytes) & in;
    if ((backslash | high) != 0) return backslash != 0 ? Outcome::kScalar : Outcome::kUnsure;
    const uint64_t control = _mm512_mask_cmplt_epu8_mask(in, bytes, _mm512_set1_epi8(0x20));
    const uint64_t space = _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8(' ')) |
                           _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8('\t')) |
                           _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8('\n')) |
                           _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8('\r'));
    // '[' | 0x20 is '{' and ']' | 0x20 is '}'.
    const __m512i folded = _mm512_or_si512(bytes, _mm512_set1_epi8(0x20));
    const uint64_t brace = _mm512_mask_cmpeq_epi8_mask(in, folded, _mm512_set1_epi8('{')) |
                           _mm512_mask_cmpeq_epi8_mask(in, folded, _mm512_set1_epi8('}'));
    const uint64_t colon = _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8(':'));
    const uint64_t comma = _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8(','));
    const uint64_t structural_byte = brace | colon | comma;
    // Bit i: the XOR of quote bits 0..i, i.e. set from an opening quote up
    // to the byte before its closing quote.
    const uint64_t in_string = static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_clmulepi64_si128(
                                   _mm_cvtsi64_si128(static_cast<int64_t>(quote)), all_ones, 0))) ^
                               in_string_carry;
    in_string_carry = static_cast<uint64_t>(static_cast<int64_t>(in_string) >> 63);
    const uint64_t outside = in & ~in_string & ~quote;
    // A control byte in a string is unsure; outside, only \t \n \r may be.
    if ((control & ~(space & outside)) != 0) return Outcome::kUnsure;
    const uint64_t atom = outside & ~space & ~structural_byte;
    const uint64_t atom_start = atom & ~((atom << 1) | atom_carry);
    atom_carry = atom >> 63;
    maps->quote[b] = quote;
    maps->atom[b] = atom;
    maps->token[b] = (structural_byte & outside) | (quote & in_string) | atom_start;
    if (flat) {
      const uint64_t expected_brace = (b == 0 ? 1 : 0) | (b + 1 == blocks ? (in >> 1) + 1 : 0);
      flat = FlatBlock(scanner, data, b, bytes, in, quote, in_string, outside, space, brace, colon,
                       comma, expected_brace, &flat_masks[(b + 1) % 2], &flat_masks[b % 2],
                       &flat_carry, last_key);
    }
  }
  if (in_string_carry != 0) return Outcome::kUnsure;  // an unclosed string
  if (flat && (data[0] != '{' || data[size - 1] != '}')) flat = false;
  return flat ? Outcome::kSure : Outcome::kWalk;
}

// The tokens in order; size() once there is none left.
class Tokens {
 public:
  Tokens(const uint64_t* token, size_t blocks, size_t size)
      : token_(token), blocks_(blocks), size_(size), rest_(token[0]) {}

  __attribute__((always_inline)) size_t Next() {
    while (rest_ == 0) {
      if (++block_ >= blocks_) return size_;
      rest_ = token_[block_];
    }
    const size_t at = 64 * block_ + static_cast<size_t>(__builtin_ctzll(rest_));
    rest_ &= rest_ - 1;
    return at;
  }

 private:
  const uint64_t* token_;
  size_t blocks_;
  size_t size_;
  size_t block_ = 0;
  uint64_t rest_;
};

// The first set bit at or after `from` (which is < 64 * blocks); the caller
// knows there is one.
__attribute__((always_inline)) inline size_t NextBit(const uint64_t* bits, size_t from) {
  size_t block = from / 64;
  uint64_t rest = bits[block] & (~uint64_t{0} << (from % 64));
  while (rest == 0) rest = bits[++block];
  return 64 * block + static_cast<size_t>(__builtin_ctzll(rest));
}

__attribute__((always_inline)) inline bool IsAtomByte(const Bitmaps& maps, size_t size, size_t at) {
  return at < size && ((maps.atom[at / 64] >> (at % 64)) & 1) != 0;
}

// A number or literal at `at`; false when invalid (or for the full parser).
__attribute__((always_inline)) inline bool Atom(const char* data, size_t size, size_t at,
                                                const Bitmaps& maps, JsonScalar* out) {
  size_t end;
  switch (data[at]) {
    case 't':
      if (size - at < 4 || std::memcmp(data + at, "true", 4) != 0) return false;
      if (out != nullptr) out->type = JsonScalar::Type::kTrue;
      end = at + 4;
      break;
    case 'f':
      if (size - at < 5 || std::memcmp(data + at, "false", 5) != 0) return false;
      if (out != nullptr) out->type = JsonScalar::Type::kFalse;
      end = at + 5;
      break;
    case 'n':
      if (size - at < 4 || std::memcmp(data + at, "null", 4) != 0) return false;
      if (out != nullptr) out->type = JsonScalar::Type::kNull;
      end = at + 4;
      break;
    default: {
      const char* const next = json_number_scan::ScanNumber(data + at, data + size, out);
      if (next == nullptr) return false;
      end = static_cast<size_t>(next - data);
    }
  }
  return !IsAtomByte(maps, size, end);  // `truex`, `1x`, `1.5.2`: invalid
}

Outcome Walk(const JsonRootScanner& scanner, const char* data, size_t size, const Bitmaps& maps,
             size_t blocks, JsonScalar* out) {
  Tokens tokens(maps.token, blocks, size);
  size_t at = tokens.Next();
  if (at != 0 || data[0] != '{') return Outcome::kUnsure;
  int depth = 0;               // containers open inside the root object
  uint64_t is_array = 0;       // bit d: the container at depth d + 1 is an array
  JsonScalar* slot = nullptr;  // where the value at hand goes, if wanted

object_begin:  // just past '{'
  at = tokens.Next();
  if (at >= size) return Outcome::kUnsure;
  if (data[at] == '}') goto scope_end;
  if (data[at] != '"') return Outcome::kUnsure;
object_key : {  // at a key's opening quote
  const size_t close = NextBit(maps.quote, at + 1);
  slot = nullptr;
  if (depth == 0) {
    const size_t i = scanner.IndexOf({data + at + 1, close - at - 1});
    if (i < scanner.size()) slot = &out[i];
  }
  at = tokens.Next();
  if (at >= size || data[at] != ':') return Outcome::kUnsure;
  at = tokens.Next();
  if (at >= size) return Outcome::kUnsure;
  goto value;
}
array_begin:  // just past '['
  slot = nullptr;
  at = tokens.Next();
  if (at >= size) return Outcome::kUnsure;
  if (data[at] == ']') goto scope_end;
value:  // at a value's first byte; `slot` set
  switch (data[at]) {
    case '"':
      if (slot != nullptr) {
        const size_t close = NextBit(maps.quote, at + 1);
        slot->type = JsonScalar::Type::kString;
        slot->text = std::string_view(data + at + 1, close - at - 1);
      }
      break;
    case '{':
    case '[':
      // The scalar scanner's rule: a wanted container is for the full
      // parser, unless a later occurrence of its key replaces it.
      if (slot != nullptr) slot->type = JsonScalar::Type::kUnsure;
      if (depth >= kMaxDepth) return Outcome::kScalar;
      if (data[at] == '[') {
        is_array |= uint64_t{1} << depth;
        ++depth;
        goto array_begin;
      }
      is_array &= ~(uint64_t{1} << depth);
      ++depth;
      goto object_begin;
    default:
      if (!Atom(data, size, at, maps, slot)) return Outcome::kUnsure;
  }
after_value:  // in the container at `depth`
  at = tokens.Next();
  if (at >= size) return Outcome::kUnsure;
  if (depth > 0 && ((is_array >> (depth - 1)) & 1) != 0) {
    if (data[at] == ',') {
      at = tokens.Next();
      if (at >= size) return Outcome::kUnsure;
      slot = nullptr;
      goto value;
    }
    if (data[at] == ']') goto scope_end;
    return Outcome::kUnsure;
  }
  if (data[at] == ',') {
    at = tokens.Next();
    if (at >= size || data[at] != '"') return Outcome::kUnsure;
    goto object_key;
  }
  if (data[at] != '}') return Outcome::kUnsure;
scope_end:  // at the closing '}' or ']' of the container at `depth`
  if (depth == 0) return at + 1 == size ? Outcome::kSure : Outcome::kUnsure;
  --depth;
  goto after_value;
}

}  // namespace

const bool JsonRootScanner::kHasAvx512 = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512bw") != 0 && __builtin_cpu_supports("pclmul") != 0;
}();

// After kHasAvx512 (defined above in this file, so initialised first).
const bool JsonRootScanner::kPreferAvx512 = kHasAvx512 && __builtin_cpu_is("intel") != 0;

bool JsonRootScanner::ScanAvx512(std::string_view object, JsonScalar* out) const {
  const size_t size = object.size();
  if (!kHasAvx512 || size > kMaxBytes || keys_.size() > kMaxKeys) return ScanScalar(object, out);
  if (size == 0) return false;
  const char* const data = object.data();
  size_t last_key[kMaxKeys];
  for (size_t i = 0; i < keys_.size(); ++i) {
    out[i] = JsonScalar{};
    last_key[i] = size;
  }
  const size_t blocks = (size + 63) / 64;
  Bitmaps maps;
  Outcome outcome = Classify(*this, data, size, blocks, keys_fit_bitmaps_, &maps, last_key);
  if (outcome == Outcome::kSure) {
    // A key's value starts just past its ':', and is a string or a number.
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (last_key[i] == size) continue;
      const size_t at = last_key[i] + 2;
      if (data[at] == '"') {
        const size_t close = NextBit(maps.quote, at + 1);
        out[i].type = JsonScalar::Type::kString;
        out[i].text = std::string_view(data + at + 1, close - at - 1);
      } else if (json_number_scan::ScanNumber(data + at, data + size, &out[i]) == nullptr) {
        outcome = Outcome::kWalk;  // never, if the checks above are right
        for (size_t j = 0; j < keys_.size(); ++j) out[j] = JsonScalar{};
        break;
      }
    }
    if (outcome == Outcome::kSure) return true;
  }
  if (outcome == Outcome::kWalk) outcome = Walk(*this, data, size, maps, blocks, out);
  if (outcome == Outcome::kScalar) return ScanScalar(object, out);
  if (outcome == Outcome::kUnsure) return false;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (out[i].type == JsonScalar::Type::kUnsure) return false;
  }
  return true;
}

#else  // not x86-64: the scalar scanner alone

const bool JsonRootScanner::kHasAvx512 = false;
const bool JsonRootScanner::kPreferAvx512 = false;

bool JsonRootScanner::ScanAvx512(std::string_view object, JsonScalar* out) const {
  return ScanScalar(object, out);
}

#endif

}  // namespace tailwatch::engine
