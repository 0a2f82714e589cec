// Meaning checks: definitions that are each valid but do not fit together,
// so that in CloudWatch the alarm would never see the data its author meant.
//
// CloudWatch accepts all of these (an alarm may name any metric); they are
// warnings, found both when a config is loaded (check-config, tailwatchd) and
// when definitions are imported (`tailwatch import`):
//   - no filter emits the alarm's namespace/metric (with a hint when one emits
//     the same metric name in another namespace, or differs only in case);
//   - the alarm asks for dimensions the filters never emit, or leaves out
//     dimensions they always emit (CloudWatch never aggregates across
//     dimensions, so the alarm stays INSUFFICIENT_DATA);
//   - the alarm asks for a unit the filters do not publish;
//   - the statistic cannot be fed: a Minimum/Maximum/Average/percentile of a
//     filter that only emits constants can never cross the threshold, and a
//     SampleCount of a filter with default_value counts every log event.
// Pure functions over plain specs; no I/O.
#ifndef TAILWATCH_CONFIG_MEANING_CHECKS_H_
#define TAILWATCH_CONFIG_MEANING_CHECKS_H_

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "engine/alarm/alarm_spec.h"
#include "engine/match/filter_spec.h"

namespace tailwatch::config {

struct MeaningFinding {
  size_t alarm_index = 0;  // into the `alarms` given
  std::string message;     // a whole sentence naming the alarm and the filter(s)
};

// Every finding, in alarm order (at most one per kind per alarm).
std::vector<MeaningFinding> CheckMeaning(std::span<const engine::FilterSpec> filters,
                                         std::span<const engine::AlarmSpec> alarms);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_MEANING_CHECKS_H_
