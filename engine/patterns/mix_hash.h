// The multiply-xor-shift step every pattern-engine hash is built from: token
// words, line shapes and token sequences. Token and sequence hashes are
// stored in checkpoints, so these values are fixed for every build.
#ifndef TAILWATCH_ENGINE_PATTERNS_MIX_HASH_H_
#define TAILWATCH_ENGINE_PATTERNS_MIX_HASH_H_

#include <cstdint>
#include <cstring>

namespace tailwatch::engine::patterns {

inline constexpr uint64_t kMixMultiplier = 0x9fb21c651e98df25ULL;

// Folds one 64-bit value into a running hash. One multiply and a shift are
// enough: what is folded in is either already a hash or raw bytes that the
// next rounds spread.
inline uint64_t MixStep(uint64_t state, uint64_t value) {
  state = (state ^ value) * kMixMultiplier;
  return state ^ (state >> 29);
}

// Eight bytes at `p` as one native-endian word (the checkpoints are
// native-endian too).
inline uint64_t LoadWord(const char* p) {
  uint64_t word = 0;
  std::memcpy(&word, p, 8);
  return word;
}

}  // namespace tailwatch::engine::patterns

#endif  // TAILWATCH_ENGINE_PATTERNS_MIX_HASH_H_
