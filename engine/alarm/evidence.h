// Which periods an alarm may judge (docs/cloudwatch-semantics.md §4.7 and
// §4.8): a period tailwatch did not observe is never evidence for an alarm,
// either way.
//
// A period that holds data is always evidence. Whether a period *without*
// data is evidence (missing, and then breaching or not as the alarm says)
// depends on two things the metric store does not know:
//  - observation: when tailwatch began observing the metric's source, the
//    log groups whose filters feed it. An empty period before that says
//    nothing: tailwatch was not looking.
//  - liveness, for an alarm with `missing_data_scope: live` (a tailwatch
//    extension): an empty period is evidence only while the metric's series
//    is live, after its first datapoint and before a datapoint of
//    `end_metric_name` newer than the series' last one. This is how a stall
//    alarm tells "no job here" (never live, or ended) from "the job hung"
//    (live, then silent).
#ifndef TAILWATCH_ENGINE_ALARM_EVIDENCE_H_
#define TAILWATCH_ENGINE_ALARM_EVIDENCE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "engine/alarm/alarm_spec.h"
#include "engine/alarm/evaluate.h"

namespace tailwatch::engine {

// What the owner of the metric store knows about an alarm's metric.
struct AlarmSources {
  // When tailwatch began observing the metric's source (the earliest of its
  // log groups); nullopt when the owner never said, and then every period
  // counts, as in CloudWatch. `observed_group` names that log group.
  std::optional<int64_t> observed_since_ms;
  std::string observed_group;
  // Event times of the alarm metric's first and last samples and of the end
  // metric's last sample; nullopt = none yet. Read only for
  // `missing_data_scope: live`.
  std::optional<int64_t> first_sample_ms;
  std::optional<int64_t> last_sample_ms;
  std::optional<int64_t> end_sample_ms;
};

// The evidence rule of `spec` at evaluation boundary `t_ms`. Samples at or
// after `t_ms` are taken as not yet seen there (replay has already read the
// event that moved its clock past the boundary).
EvidenceRule EvidenceAt(const AlarmSpec& spec, const AlarmSources& sources, int64_t t_ms);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_EVIDENCE_H_
