// Integer division rounded towards minus infinity, and the period start it
// gives. C++ division truncates towards zero, which would put an instant
// before the epoch (or a negative offset) into the period after its own.
#ifndef TAILWATCH_ENGINE_COMMON_FLOOR_DIV_H_
#define TAILWATCH_ENGINE_COMMON_FLOOR_DIV_H_

#include <cstdint>

namespace tailwatch {

// floor(a / b) for any non-zero b.
constexpr int64_t FloorDiv(int64_t a, int64_t b) {
  const int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// The largest multiple of `step` (> 0) that is <= t: the start of t's period.
constexpr int64_t AlignDown(int64_t t, int64_t step) { return FloorDiv(t, step) * step; }

static_assert(FloorDiv(7, 2) == 3 && FloorDiv(-7, 2) == -4 && FloorDiv(-8, 2) == -4);
static_assert(FloorDiv(7, -2) == -4 && FloorDiv(-7, -2) == 3);
static_assert(AlignDown(-1, 60) == -60 && AlignDown(0, 60) == 0 && AlignDown(119, 60) == 60);

}  // namespace tailwatch

#endif  // TAILWATCH_ENGINE_COMMON_FLOOR_DIV_H_
