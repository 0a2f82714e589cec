// One CloudWatch alarm evaluation: the pure function of
// docs/cloudwatch-semantics.md §4.4 (missing data and M of N), §4.5
// (percentiles with few samples), the reason texts and reason data of §4.6,
// and band alarms (§4.9): a datapoint breaches when it leaves its period's
// band as the operator says; M of N and missing data work as for thresholds.
#ifndef TAILWATCH_ENGINE_ALARM_EVALUATE_H_
#define TAILWATCH_ENGINE_ALARM_EVALUATE_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>

#include "engine/aggregate/datapoint.h"
#include "engine/alarm/alarm_spec.h"

namespace tailwatch::engine {

// A period's anomaly-detection band for the alarm's width k: the model's
// prediction for that period (made before it learned the period) ± k × spread.
struct BandBounds {
  double lower = 0;
  double upper = 0;
  friend bool operator==(const BandBounds&, const BandBounds&) = default;
};

struct EvaluationResult {
  AlarmState state = AlarmState::kInsufficientData;
  std::string reason;            // NewStateReason text (§4.6)
  std::string reason_data_json;  // NewStateReasonData JSON (§4.6)
  // True when the result is "keep the current state" (ignore, or the
  // low-sample-count percentile rule); reason then explains why.
  bool kept_state = false;
  // True when too few periods were evidence for a verdict (§4.7): the reason
  // says so even though the state may not change.
  bool too_few_evidence_periods = false;
  // True when a band alarm had no band for a datapoint it had to judge (its
  // model is still learning): INSUFFICIENT_DATA with a reason saying so.
  bool band_learning = false;
};

// Which periods of a range are evidence (§4.7). A period that holds a
// datapoint always is: its samples were seen. A period without one
// counts as missing only when it starts at or after `missing_since_ms`; an
// earlier empty period is time tailwatch did not observe (or, for an alarm
// with `missing_data_scope: live`, time its series was not live), so it is
// neither missing nor a datapoint, and no fill policy turns it into one.
struct EvidenceRule {
  // The default counts every period, as CloudWatch does.
  int64_t missing_since_ms = std::numeric_limits<int64_t>::min();
  // Why earlier periods are not evidence, for the INSUFFICIENT_DATA reason,
  // e.g. "tailwatch began observing log group 'app' at 06/12/26 03:00:00".
  std::string why;
};

// The value the alarm compares for `datapoint`: its statistic, or its
// percentile (nullopt = the period counts as missing, §2.3).
std::optional<double> DatapointValue(const AlarmSpec& spec, const Datapoint& datapoint);

// True when `value` breaches the spec's threshold with its operator (a
// threshold operator; false for a band operator).
bool Breaches(const AlarmSpec& spec, double value);
// True when `value` is outside `band` on the side(s) the band operator names.
bool BreachesBand(ComparisonOperator op, double value, const BandBounds& band);

// The evaluation range R = N + 2 (§4.3).
inline int EvaluationRange(const AlarmSpec& spec) { return spec.evaluation_periods + 2; }

// `range` = the R most recent periods, OLDEST FIRST, nullopt = missing (a
// datapoint without a value, e.g. a negative sample under a percentile, is
// missing too); `current` = S; `evaluation_time_ms` = the evaluation
// boundary (queryDate of the reason data). Datapoint times in reasons are
// each datapoint's period_start_ms. With fewer than N evidence periods (see
// EvidenceRule) the result is ALARM when the real datapoints alone have M
// breaching ones, else INSUFFICIENT_DATA (`ignore`: the current state) with a
// reason that says how many periods were evidence and why. Never fails.
//
// A band alarm (spec.band) also takes `bands`, aligned with `range`: each
// period's band, nullopt while the model was still learning. When any of the
// datapoints it would judge has no band the result is INSUFFICIENT_DATA (the
// band is absent), with a reason that says the model is still learning.
EvaluationResult EvaluateAlarm(const AlarmSpec& spec,
                               std::span<const std::optional<Datapoint>> range, AlarmState current,
                               int64_t evaluation_time_ms, const EvidenceRule& evidence = {},
                               std::span<const std::optional<BandBounds>> bands = {});

// Convenience for `tailwatch test-alarm` and tests: plain values (oldest
// first, nullopt = missing) become datapoints with SampleCount 1 at period
// starts ending at `evaluation_time_ms`, evaluated as above. The values are
// taken to be the statistic's (or percentile's) result directly.
// `bands` as for EvaluateAlarm (band alarms only).
EvaluationResult EvaluateAlarmValues(const AlarmSpec& spec,
                                     std::span<const std::optional<double>> values,
                                     AlarmState current, int64_t evaluation_time_ms,
                                     std::span<const std::optional<BandBounds>> bands = {});

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_EVALUATE_H_
