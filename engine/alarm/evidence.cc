#include "engine/alarm/evidence.h"

#include <algorithm>
#include <limits>

#include "engine/alarm/format.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kNever = std::numeric_limits<int64_t>::max();

std::optional<int64_t> Before(std::optional<int64_t> time_ms, int64_t t_ms) {
  if (time_ms && *time_ms < t_ms) return time_ms;
  return std::nullopt;
}

std::string SeriesName(const AlarmSpec& spec) {
  return spec.metric_namespace + "/" + spec.metric_name;
}

}  // namespace

EvidenceRule EvidenceAt(const AlarmSpec& spec, const AlarmSources& sources, int64_t t_ms) {
  EvidenceRule rule;
  if (sources.observed_since_ms) {
    rule.missing_since_ms = *sources.observed_since_ms;
    rule.why = "tailwatch began observing log group '" + sources.observed_group + "' at " +
               FormatReasonTime(*sources.observed_since_ms) + "; earlier periods are not evidence";
  }
  if (!spec.missing_data_live_only) return rule;

  const std::optional<int64_t> first = Before(sources.first_sample_ms, t_ms);
  if (!first) {
    rule.missing_since_ms = kNever;
    rule.why = "missing data counts only while " + SeriesName(spec) +
               " is live, and it has had no datapoint yet";
    return rule;
  }
  const std::optional<int64_t> end = Before(sources.end_sample_ms, t_ms);
  if (end) {
    // Ended unless the series had a sample after the end. A last sample at or
    // after t says nothing about the time before t: take the end as standing.
    const std::optional<int64_t> last = Before(sources.last_sample_ms, t_ms);
    if (!last || *last <= *end) {
      rule.missing_since_ms = kNever;
      rule.why = "missing data counts only while " + SeriesName(spec) + " is live, and " +
                 spec.metric_namespace + "/" + spec.end_metric_name + " ended it at " +
                 FormatReasonTime(*end);
      return rule;
    }
  }
  const int64_t live_since = std::max(*first, end.value_or(*first));
  if (live_since > rule.missing_since_ms) {
    rule.missing_since_ms = live_since;
    rule.why = "missing data counts only while " + SeriesName(spec) + " is live, since " +
               FormatReasonTime(live_since);
  }
  return rule;
}

}  // namespace tailwatch::engine
