#include "engine/patterns/line_shape.h"

#include <array>
#include <bit>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "engine/common/fnv1a.h"
#include "engine/patterns/mix_hash.h"

namespace tailwatch::engine::patterns {
namespace {

// The byte that stands for a run of digits. A line holding it has no shape.
constexpr char kDigitRun = '\0';

enum ShapeClass : uint8_t { kOther, kBlank, kDigit, kLetter };

constexpr std::array<uint8_t, 256> MakeShapeClasses() {
  std::array<uint8_t, 256> classes{};
  for (const char c : std::string_view(" \t\r\n\v\f")) classes[static_cast<uint8_t>(c)] = kBlank;
  for (char c = '0'; c <= '9'; ++c) classes[static_cast<uint8_t>(c)] = kDigit;
  for (char c = 'a'; c <= 'z'; ++c) classes[static_cast<uint8_t>(c)] = kLetter;
  for (char c = 'A'; c <= 'Z'; ++c) classes[static_cast<uint8_t>(c)] = kLetter;
  return classes;
}

constexpr std::array<uint8_t, 256> kShapeClasses = MakeShapeClasses();

inline uint8_t ShapeClassOf(char c) { return kShapeClasses[static_cast<uint8_t>(c)]; }

// The shape is built in a buffer with room for a line, one vector store past
// it, and the zeros the hash reads past the shape's end.
constexpr size_t kHashStride = 32;
constexpr size_t kBufferBytes = kMaxShapeBytes + 64 + kHashStride;

// The hash of the shape's `size` bytes, followed by at least kHashStride
// zero bytes: four independent lanes of 8 bytes, so the multiplies overlap.
// Never 0.
inline __attribute__((always_inline)) uint64_t HashShape(const char* data, size_t size) {
  uint64_t lane0 = kFnv1aOffsetBasis ^ (size * kMixMultiplier);
  uint64_t lane1 = lane0 ^ 0x1f83d9abfb41bd6bULL;
  uint64_t lane2 = lane0 ^ 0x5be0cd19137e2179ULL;
  uint64_t lane3 = lane0 ^ 0x6a09e667f3bcc908ULL;
  for (size_t at = 0; at < size; at += kHashStride) {
    lane0 = MixStep(lane0, LoadWord(data + at));
    lane1 = MixStep(lane1, LoadWord(data + at + 8));
    lane2 = MixStep(lane2, LoadWord(data + at + 16));
    lane3 = MixStep(lane3, LoadWord(data + at + 24));
  }
  const uint64_t hash = MixStep(MixStep(MixStep(lane0, lane1), lane2), lane3);
  return hash + (hash == 0);
}

#if defined(__x86_64__)

// One 64-byte block at a time: class bitmaps first (a digit's fate depends
// on the bytes before and after it, which may lie in the next block), then
// each block's bytes rewritten and compressed into the shape.
__attribute__((target("avx512bw,avx512vbmi2"))) uint64_t LineShapeAvx512(std::string_view line) {
  const size_t n = line.size();
  if (n > kMaxShapeBytes) return 0;
  constexpr size_t kBlocks = kMaxShapeBytes / 64;
  const size_t blocks = (n + 63) / 64;
  uint64_t digit[kBlocks];
  uint64_t blank[kBlocks];
  uint64_t letter[kBlocks];
  uint64_t valid[kBlocks];
  const __m512i zero = _mm512_setzero_si512();
  for (size_t b = 0; b < blocks; ++b) {
    const size_t left = n - 64 * b;
    const uint64_t in = left >= 64 ? ~uint64_t{0} : (uint64_t{1} << left) - 1;
    const __m512i bytes = _mm512_maskz_loadu_epi8(in, line.data() + 64 * b);
    if (_mm512_mask_cmpeq_epi8_mask(in, bytes, zero) != 0) return 0;
    valid[b] = in;
    digit[b] = _mm512_mask_cmplt_epu8_mask(in, _mm512_sub_epi8(bytes, _mm512_set1_epi8('0')),
                                           _mm512_set1_epi8(10));
    blank[b] = _mm512_mask_cmpeq_epi8_mask(in, bytes, _mm512_set1_epi8(' ')) |
               _mm512_mask_cmplt_epu8_mask(in, _mm512_sub_epi8(bytes, _mm512_set1_epi8('\t')),
                                           _mm512_set1_epi8('\r' - '\t' + 1));
    const __m512i lower = _mm512_or_si512(bytes, _mm512_set1_epi8(0x20));
    letter[b] = _mm512_mask_cmplt_epu8_mask(in, _mm512_sub_epi8(lower, _mm512_set1_epi8('a')),
                                            _mm512_set1_epi8(26));
  }
  alignas(64) char shape[kBufferBytes];
  size_t size = 0;
  const __m512i marker = _mm512_set1_epi8(kDigitRun);
  const __m512i space = _mm512_set1_epi8(' ');
  for (size_t b = 0; b < blocks; ++b) {
    const uint64_t carry_digit = b > 0 ? digit[b - 1] >> 63 : 0;
    const uint64_t carry_blank = b > 0 ? blank[b - 1] >> 63 : 0;
    const uint64_t carry_letter = b > 0 ? letter[b - 1] >> 63 : 0;
    const uint64_t prev_digit = (digit[b] << 1) | carry_digit;
    const uint64_t prev_blank = (blank[b] << 1) | carry_blank;
    const uint64_t prev_letter = (letter[b] << 1) | carry_letter;
    // Past the line's end reads as blank: a name's digit may end the line.
    const uint64_t next_blank =
        ((blank[b] | ~valid[b]) >> 1) | ((b + 1 < blocks ? blank[b + 1] : ~uint64_t{0}) << 63);
    const uint64_t name_digit = digit[b] & prev_letter & next_blank;
    const uint64_t dropped = (digit[b] & prev_digit) | (blank[b] & prev_blank);
    const uint64_t keep = valid[b] & ~dropped;
    __m512i bytes = _mm512_maskz_loadu_epi8(valid[b], line.data() + 64 * b);
    bytes = _mm512_mask_mov_epi8(bytes, digit[b] & ~name_digit, marker);
    bytes = _mm512_mask_mov_epi8(bytes, blank[b], space);
    _mm512_storeu_si512(shape + size, _mm512_maskz_compress_epi8(keep, bytes));
    size += static_cast<size_t>(std::popcount(keep));
  }
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(shape + size), _mm256_setzero_si256());
  return HashShape(shape, size);
}

const bool kHasAvx512Shape = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512bw") != 0 && __builtin_cpu_supports("avx512vbmi2") != 0;
}();

#endif

}  // namespace

uint64_t LineShapeScalar(std::string_view line) {
  const size_t n = line.size();
  if (n > kMaxShapeBytes) return 0;
  char shape[kBufferBytes];
  size_t size = 0;
  uint8_t prev = kOther;
  for (size_t i = 0; i < n; ++i) {
    const char c = line[i];
    if (c == kDigitRun) return 0;
    const uint8_t cls = ShapeClassOf(c);
    if (cls == kBlank) {
      if (prev != kBlank) shape[size++] = ' ';
    } else if (cls == kDigit) {
      const bool next_blank = i + 1 == n || ShapeClassOf(line[i + 1]) == kBlank;
      if (prev == kLetter && next_blank) {
        shape[size++] = c;
      } else if (prev != kDigit) {
        shape[size++] = kDigitRun;
      }
    } else {
      shape[size++] = c;
    }
    prev = cls;
  }
  std::memset(shape + size, 0, kHashStride);
  return HashShape(shape, size);
}

uint64_t LineShape(std::string_view line) {
#if defined(__x86_64__)
  if (kHasAvx512Shape) return LineShapeAvx512(line);
#endif
  return LineShapeScalar(line);
}

bool LineShapeIsVectorized() {
#if defined(__x86_64__)
  return kHasAvx512Shape;
#else
  return false;
#endif
}

}  // namespace tailwatch::engine::patterns
