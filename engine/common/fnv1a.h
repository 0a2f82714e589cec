// FNV-1a, 64-bit: the hash for anything that ends up in a file or on the
// wire (checkpoint section names, filter fingerprints, event ids). Unlike
// std::hash it is the same on every build and library version.
#ifndef TAILWATCH_ENGINE_COMMON_FNV1A_H_
#define TAILWATCH_ENGINE_COMMON_FNV1A_H_

#include <cstdint>
#include <string_view>

namespace tailwatch {

inline constexpr uint64_t kFnv1aOffsetBasis = 0xcbf29ce484222325ULL;

// Continues `state` (the offset basis for a fresh hash) with `text`.
constexpr uint64_t Fnv1a(std::string_view text, uint64_t state = kFnv1aOffsetBasis) {
  for (const char c : text) state = (state ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return state;
}

}  // namespace tailwatch

#endif  // TAILWATCH_ENGINE_COMMON_FNV1A_H_
