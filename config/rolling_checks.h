// The part of `evaluation: rolling`'s rule that needs the metric filters: a
// rolling Sum must be fed only values that cannot be negative (a literal
// non-negative value, or a transformation declared `non_negative: true`),
// or a sample could lower a window that already breached.
// The rest of the rule depends on the alarm alone
// (engine::RollingEvaluationRefusal).
#ifndef TAILWATCH_CONFIG_ROLLING_CHECKS_H_
#define TAILWATCH_CONFIG_ROLLING_CHECKS_H_

#include <span>
#include <string>

#include "engine/alarm/alarm_spec.h"
#include "engine/match/filter_spec.h"

namespace tailwatch::config {

// Why the rolling Sum alarm `alarm` cannot be rolling given `filters` (empty
// = it can, or the alarm is not a rolling Sum).
std::string RollingSumRefusal(const engine::AlarmSpec& alarm,
                              std::span<const engine::FilterSpec> filters);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_ROLLING_CHECKS_H_
