// CloudWatch's metric-math expression for an anomaly-detection band,
// `ANOMALY_DETECTION_BAND(m1, 2)` (docs/cloudwatch-semantics.md §4.9): the
// only expression a tailwatch alarm's `metrics:` may hold.
#ifndef TAILWATCH_ENGINE_ALARM_BAND_EXPRESSION_H_
#define TAILWATCH_ENGINE_ALARM_BAND_EXPRESSION_H_

#include <string>
#include <string_view>

#include "engine/common/status.h"

namespace tailwatch::engine {

struct BandExpression {
  std::string metric_id;  // the metric query the band is built on
  double width = 2;       // k, CloudWatch's default when omitted
};

// Parses `ANOMALY_DETECTION_BAND(ID)` or `ANOMALY_DETECTION_BAND(ID, K)`
// (spaces allowed around tokens; K a positive decimal number). The error's
// column (1-based, in `text`) points at the offending character.
Result<BandExpression> ParseBandExpression(std::string_view text);

// A metric data query id: starts with a lowercase letter, then letters,
// digits and '_' (at most 255 characters), as CloudWatch requires.
bool IsMetricQueryId(std::string_view id);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_BAND_EXPRESSION_H_
