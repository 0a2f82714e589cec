// One CloudWatch alarm evaluation: the pure function of
// docs/cloudwatch-semantics.md §4.4 (missing data and M of N), §4.5
// (percentiles with few samples) and the reason texts and reason data of §4.6.
#ifndef TAILWATCH_ENGINE_ALARM_EVALUATE_H_
#define TAILWATCH_ENGINE_ALARM_EVALUATE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "engine/aggregate/datapoint.h"
#include "engine/alarm/alarm_spec.h"

namespace tailwatch::engine {

struct EvaluationResult {
  AlarmState state = AlarmState::kInsufficientData;
  std::string reason;            // NewStateReason text (§4.6)
  std::string reason_data_json;  // NewStateReasonData JSON (§4.6)
  // True when the result is "keep the current state" (ignore, or the
  // low-sample-count percentile rule); reason then explains why.
  bool kept_state = false;
};

// The value the alarm compares for `datapoint`: its statistic, or its
// percentile (nullopt = the period counts as missing, §2.3).
std::optional<double> DatapointValue(const AlarmSpec& spec, const Datapoint& datapoint);

// True when `value` breaches the spec's threshold with its operator.
bool Breaches(const AlarmSpec& spec, double value);

// The evaluation range R = N + 2 (§4.3).
inline int EvaluationRange(const AlarmSpec& spec) { return spec.evaluation_periods + 2; }

// `range` = the R most recent periods, OLDEST FIRST, nullopt = missing (a
// datapoint without a value, e.g. a negative sample under a percentile, is
// missing too); `current` = S; `evaluation_time_ms` = the evaluation
// boundary (queryDate of the reason data). Datapoint times in reasons are
// each datapoint's period_start_ms. Never fails.
EvaluationResult EvaluateAlarm(const AlarmSpec& spec,
                               std::span<const std::optional<Datapoint>> range, AlarmState current,
                               int64_t evaluation_time_ms);

// Convenience for `tailwatch test-alarm` and tests: plain values (oldest
// first, nullopt = missing) become datapoints with SampleCount 1 at period
// starts ending at `evaluation_time_ms`, evaluated as above. The values are
// taken to be the statistic's (or percentile's) result directly.
EvaluationResult EvaluateAlarmValues(const AlarmSpec& spec,
                                     std::span<const std::optional<double>> values,
                                     AlarmState current, int64_t evaluation_time_ms);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_EVALUATE_H_
