// The shape of a log line: a 64-bit hash that two lines share only when
// MaskTokens gives them the same token hashes (up to hash collisions), and
// that costs a fraction of masking. The miner looks shapes up before it
// masks, so a line whose shape it has seen skips masking altogether
// (docs/patterns.md "Speed").
//
// The shape is the line's bytes with
//   - every run of blanks written as one space (tokens split on any run);
//   - every run of decimal digits written as one marker byte, except a
//     single digit between a letter and a blank or the end, kept as it is:
//     that is the one place where masking looks at a digit's value (a name
//     such as `eth0` is a constant, and `eth0` differs from `eth1`);
//   - every other byte kept.
// Why that is enough: a token's masked hash depends on where its digits are
// (not on how many follow each other or which they are, but for the digit of
// a name) and on all its other bytes; blanks only separate tokens. So
// `took 12 ms` and `took 345 ms` have one shape, as do two timestamps.
//
// Lines longer than kMaxShapeBytes, and lines holding a NUL byte (the NUL
// would read as the marker), have no shape: LineShape returns 0 and the line
// is masked as before.
//
// Pure; no allocation. LineShape uses AVX-512 (VBMI2's byte compress) where
// the CPU has it and LineShapeScalar otherwise; both give the same hash.
#ifndef TAILWATCH_ENGINE_PATTERNS_LINE_SHAPE_H_
#define TAILWATCH_ENGINE_PATTERNS_LINE_SHAPE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tailwatch::engine::patterns {

inline constexpr size_t kMaxShapeBytes = 4096;

// The line's shape hash, never 0; 0 when the line has no shape.
uint64_t LineShape(std::string_view line);

// The same hash one byte at a time: the reference LineShape is tested
// against, and its path on CPUs without AVX-512 VBMI2.
uint64_t LineShapeScalar(std::string_view line);

// Whether LineShape runs the vector code on this CPU.
bool LineShapeIsVectorized();

}  // namespace tailwatch::engine::patterns

#endif  // TAILWATCH_ENGINE_PATTERNS_LINE_SHAPE_H_
