// A metric store checkpoint in the version-1 layout (written before the store
// kept sample times), for the tests that restore old checkpoints.
#ifndef TAILWATCH_TESTS_ENGINE_AGGREGATE_STORE_CHECKPOINT_UTIL_H_
#define TAILWATCH_TESTS_ENGINE_AGGREGATE_STORE_CHECKPOINT_UTIL_H_

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "engine/common/byte_codec.h"

namespace tailwatch::engine::testing {

// One series `metric_namespace`/`metric_name` without dimensions, with one
// sample of `value` at `time_ms` in a 60 s bucket.
inline std::string Version1StoreCheckpoint(std::string_view metric_namespace,
                                           std::string_view metric_name, int64_t time_ms,
                                           double value) {
  constexpr int64_t kMinuteMs = 60000;
  ByteWriter w;
  w.Put<uint32_t>(0x534d5754);  // "TWMS"
  w.Put<uint32_t>(1);
  for (uint64_t counter : {1, 0, 0}) w.Put<uint64_t>(counter);
  w.Put<int64_t>(time_ms);  // now
  w.Put<uint8_t>(0);        // not draining
  w.Put<uint64_t>(1);       // one series
  w.PutString(metric_namespace);
  w.PutString(metric_name);
  w.Put<uint64_t>(0);  // no dimensions
  w.Put<int64_t>(kMinuteMs);
  w.Put<int64_t>(time_ms);                              // newest sample
  w.Put<int64_t>(std::numeric_limits<int64_t>::min());  // never drained
  w.Put<uint64_t>(1);                                   // total samples
  w.Put<double>(value);                                 // total sum
  w.Put<uint64_t>(1);                                   // one bucket
  w.Put<int64_t>(time_ms - time_ms % kMinuteMs);
  for (double v : {1.0, value, value, value}) w.Put<double>(v);  // count, sum, min, max
  w.Put<uint8_t>(0);
  w.Put<uint32_t>(0);
  w.Put<uint64_t>(0);
  return w.Take();
}

}  // namespace tailwatch::engine::testing

#endif  // TAILWATCH_TESTS_ENGINE_AGGREGATE_STORE_CHECKPOINT_UTIL_H_
