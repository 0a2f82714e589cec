// An alarm's `metrics:` (CloudWatch's metric data queries in snake_case) for
// an anomaly-detection band alarm, and the top-level `anomaly_detectors:`
// (PutAnomalyDetector). Internal to config/.
//
//   metrics:
//     - id: m1
//       metric_stat:
//         metric: {namespace: N, metric_name: M, dimensions: {K: V}}
//         period: 60
//         stat: Average            # or p99
//       return_data: true
//     - id: ad1
//       expression: ANOMALY_DETECTION_BAND(m1, 2)
//       label: expected range      # optional
//   threshold_metric_id: ad1
//
// Exactly one metric_stat query and one ANOMALY_DETECTION_BAND expression on
// it; threshold_metric_id names the expression. The metric, period and
// statistic land in the AlarmSpec's own fields, the band in AlarmSpec::band.
#ifndef TAILWATCH_CONFIG_ALARM_METRICS_H_
#define TAILWATCH_CONFIG_ALARM_METRICS_H_

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "config/config.h"
#include "config/node_reader.h"
#include "engine/alarm/alarm_spec.h"

namespace tailwatch::config {

// Reads `metrics` and `threshold_metric_id` of the alarm mapping `r` into
// `a`. Reports every problem at its node. Returns the metric_stat mapping
// (undefined when there is none) so that rule errors about the period or
// statistic can point into it. `ok` is false when anything failed.
YAML::Node DecodeAlarmMetrics(MapReader& r, engine::AlarmSpec* a, bool* ok);

// One `anomaly_detectors:` entry.
struct LoadedDetector {
  engine::anomaly::BandSeriesSpec value;
  YAML::Node node;
  bool valid = false;
};
LoadedDetector DecodeAnomalyDetector(Diagnostics& diags, const SourceFile& file,
                                     const YAML::Node& node);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_ALARM_METRICS_H_
