#include "engine/match/log_records.h"

#include <algorithm>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace tailwatch::engine {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

// The record starting at `start` begins with '{' after blanks: its offset.
void NoteBrace(std::string_view text, size_t start, std::vector<uint32_t>* out) {
  size_t at = start;
  while (at < text.size() && IsBlank(text[at])) ++at;
  if (at < text.size() && text[at] == '{') out->push_back(static_cast<uint32_t>(at));
}

// Bytes [begin, end) of `text`; `prev_term` says whether byte begin-1 is a
// terminator (true for begin == 0: a buffer starts at a record start). A
// terminator after a non-terminator ends a non-empty record.
size_t ScanScalar(std::string_view text, size_t begin, size_t end, bool prev_term,
                  std::vector<uint32_t>* braces) {
  size_t count = 0;
  for (size_t i = begin; i < end; ++i) {
    const bool term = IsRecordTerminator(text[i]);
    count += static_cast<size_t>(term && !prev_term);
    if (braces != nullptr && prev_term && !term) NoteBrace(text, i, braces);
    prev_term = term;
  }
  return count;
}

#if defined(__x86_64__)
__attribute__((target("avx2"))) size_t ScanAvx2(std::string_view text,
                                                std::vector<uint32_t>* braces) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const __m256i nl = _mm256_set1_epi8('\n');
  const __m256i cr = _mm256_set1_epi8('\r');
  const __m256i brace = _mm256_set1_epi8('{');
  const __m256i space = _mm256_set1_epi8(' ');
  size_t count = 0;
  uint32_t carry = 1;  // the byte before the buffer counts as a terminator
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    const auto term = static_cast<uint32_t>(_mm256_movemask_epi8(
        _mm256_or_si256(_mm256_cmpeq_epi8(bytes, nl), _mm256_cmpeq_epi8(bytes, cr))));
    const uint32_t prev_term = (term << 1) | carry;
    carry = term >> 31;
    count += static_cast<size_t>(__builtin_popcount(term & ~prev_term));
    if (braces == nullptr) continue;
    // Records starting here with '{'; a record starting with a blank
    // followed by '{', another blank or the next block is followed by hand
    // (slow, rare). Few blocks hold a JSON record start, so the branch below
    // is predictable.
    const uint32_t starts = prev_term & ~term;
    const auto braced =
        static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(bytes, brace)));
    // Bytes up to ' ' (unsigned: max(b, ' ') == ' '): the blanks and other
    // control bytes, a superset that NoteBrace checks exactly.
    const auto low = static_cast<uint32_t>(
        _mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_max_epu8(bytes, space), space)));
    const uint32_t found = starts & braced;
    const uint32_t slow = starts & low & (((braced | low) >> 1) | 0x80000000U);
    if ((found | slow) == 0) continue;
    // Ascending: records do not overlap, so their starts and braces sort alike.
    for (uint32_t bits = found | slow; bits != 0; bits &= bits - 1) {
      const auto bit = static_cast<uint32_t>(__builtin_ctz(bits));
      if ((slow >> bit) & 1U) {
        NoteBrace(text, i + bit, braces);
      } else {
        braces->push_back(static_cast<uint32_t>(i + bit));
      }
    }
  }
  return count + ScanScalar(text, i, n, carry != 0, braces);
}

// The same with 64-byte blocks and compare masks.
__attribute__((target("avx512bw"))) size_t ScanAvx512(std::string_view text,
                                                      std::vector<uint32_t>* braces) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const __m512i nl = _mm512_set1_epi8('\n');
  const __m512i cr = _mm512_set1_epi8('\r');
  const __m512i brace = _mm512_set1_epi8('{');
  const __m512i space = _mm512_set1_epi8(' ');
  size_t count = 0;
  uint64_t carry = 1;
  size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    const __m512i bytes = _mm512_loadu_si512(p + i);
    const uint64_t term = _mm512_cmpeq_epi8_mask(bytes, nl) | _mm512_cmpeq_epi8_mask(bytes, cr);
    const uint64_t prev_term = (term << 1) | carry;
    carry = term >> 63;
    count += static_cast<size_t>(__builtin_popcountll(term & ~prev_term));
    if (braces == nullptr) continue;
    const uint64_t starts = prev_term & ~term;
    const uint64_t braced = _mm512_cmpeq_epi8_mask(bytes, brace);
    // Bytes up to ' ': the blanks and other control bytes (a superset, one
    // compare); NoteBrace checks such records exactly.
    const uint64_t low = _mm512_cmple_epu8_mask(bytes, space);
    const uint64_t found = starts & braced;
    const uint64_t slow = starts & low & (((braced | low) >> 1) | (uint64_t{1} << 63));
    if ((found | slow) == 0) continue;
    for (uint64_t bits = found | slow; bits != 0; bits &= bits - 1) {
      const auto bit = static_cast<uint32_t>(__builtin_ctzll(bits));
      if ((slow >> bit) & 1U) {
        NoteBrace(text, i + bit, braces);
      } else {
        braces->push_back(static_cast<uint32_t>(i + bit));
      }
    }
  }
  return count + ScanScalar(text, i, n, carry != 0, braces);
}

__attribute__((target("avx512bw"))) void TerminatorMasksAvx512(const char* p, size_t blocks,
                                                               uint64_t* masks) {
  const __m512i nl = _mm512_set1_epi8('\n');
  const __m512i cr = _mm512_set1_epi8('\r');
  for (size_t b = 0; b < blocks; ++b) {
    const __m512i bytes = _mm512_loadu_si512(p + b * 64);
    masks[b] = _mm512_cmpeq_epi8_mask(bytes, nl) | _mm512_cmpeq_epi8_mask(bytes, cr);
  }
}

__attribute__((target("avx2"))) void TerminatorMasksAvx2(const char* p, size_t blocks,
                                                         uint64_t* masks) {
  const __m256i nl = _mm256_set1_epi8('\n');
  const __m256i cr = _mm256_set1_epi8('\r');
  for (size_t b = 0; b < blocks; ++b) {
    uint64_t mask = 0;
    for (size_t half = 0; half < 2; ++half) {
      const __m256i bytes =
          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + b * 64 + half * 32));
      const auto m = static_cast<uint32_t>(_mm256_movemask_epi8(
          _mm256_or_si256(_mm256_cmpeq_epi8(bytes, nl), _mm256_cmpeq_epi8(bytes, cr))));
      mask |= uint64_t{m} << (half * 32);
    }
    masks[b] = mask;
  }
}

#endif

// Before any constructor may scan, hence the explicit init.
const VectorCode kBestCode = [] {
#if defined(__x86_64__)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512bw") != 0) return VectorCode::kAvx512;
  if (__builtin_cpu_supports("avx2") != 0) return VectorCode::kAvx2;
#endif
  return VectorCode::kScalar;
}();

// `code` made concrete for this CPU.
VectorCode Resolve(VectorCode code) {
  if (code == VectorCode::kBest || !HasVectorCode(code)) return kBestCode;
  return code;
}

}  // namespace

bool HasVectorCode(VectorCode code) {
  switch (code) {
    case VectorCode::kBest:
    case VectorCode::kScalar:
      return true;
    case VectorCode::kAvx2:
      return kBestCode == VectorCode::kAvx2 || kBestCode == VectorCode::kAvx512;
    case VectorCode::kAvx512:
      return kBestCode == VectorCode::kAvx512;
  }
  return false;
}

TerminatorScanner::TerminatorScanner(std::string_view text, VectorCode code)
    : text_(text), code_(Resolve(code)) {}

bool TerminatorScanner::Refill() {
  if (next_ >= text_.size()) return false;
  base_ = next_;
  const char* const p = text_.data() + next_;
  const size_t rest = text_.size() - next_;
  size_t blocks = std::min(rest / 64, kBlocks);
#if defined(__x86_64__)
  if (code_ == VectorCode::kAvx512) {
    TerminatorMasksAvx512(p, blocks, masks_);
  } else if (code_ == VectorCode::kAvx2) {
    TerminatorMasksAvx2(p, blocks, masks_);
  } else {
    blocks = 0;
  }
#else
  blocks = 0;
#endif
  if (blocks == 0) {
    // The tail (or a machine without the vector code): one block by hand.
    const size_t n = std::min<size_t>(rest, 64);
    uint64_t mask = 0;
    for (size_t i = 0; i < n; ++i) {
      if (IsRecordTerminator(p[i])) mask |= uint64_t{1} << i;
    }
    masks_[0] = mask;
    blocks = 1;
    next_ += n;
  } else {
    next_ += blocks * 64;
  }
  filled_ = blocks;
  index_ = 0;
  return true;
}

size_t ScanLogRecords(std::string_view text, std::vector<uint32_t>* brace_offsets,
                      VectorCode code) {
  if (text.empty()) return 0;
#if defined(__x86_64__)
  code = Resolve(code);
  size_t count = code == VectorCode::kAvx512 ? ScanAvx512(text, brace_offsets)
                 : code == VectorCode::kAvx2
                     ? ScanAvx2(text, brace_offsets)
                     : ScanScalar(text, 0, text.size(), true, brace_offsets);
#else
  static_cast<void>(code);
  size_t count = ScanScalar(text, 0, text.size(), true, brace_offsets);
#endif
  // The last record needs no terminator.
  if (!IsRecordTerminator(text.back())) ++count;
  return count;
}

std::pair<size_t, size_t> LogRecordAround(std::string_view text, size_t pos) {
  const char* const base = text.data();
  // Backwards to the last '\n', then to a lone '\r' after it.
  size_t first = 0;
  if (const void* nl = memrchr(base, '\n', pos); nl != nullptr) {
    first = static_cast<size_t>(static_cast<const char*>(nl) - base) + 1;
  }
  if (const void* cr = memrchr(base + first, '\r', pos - first); cr != nullptr) {
    first = static_cast<size_t>(static_cast<const char*>(cr) - base) + 1;
  }
  size_t last = text.size();
  if (const void* nl = std::memchr(base + pos, '\n', text.size() - pos); nl != nullptr) {
    last = static_cast<size_t>(static_cast<const char*>(nl) - base);
  }
  if (const void* cr = std::memchr(base + pos, '\r', last - pos); cr != nullptr) {
    last = static_cast<size_t>(static_cast<const char*>(cr) - base);
  }
  return {first, last};
}

}  // namespace tailwatch::engine
