// Prometheus rules equivalent to a configuration's alarms (docs/fleet.md).
//
// tailwatchd exposes each metric series' cumulative value sum and sample
// count (`tailwatch_metric_value_total`, `tailwatch_metric_samples_total`).
// From those counters a Prometheus server that scrapes a fleet of daemons can
// rebuild the per-period Sum, SampleCount and Average of every alarmed series
// and run the alarm's M-of-N evaluation itself, per node or across the fleet.
//
// Each exported alarm becomes one rule group: recording rules for its
// per-period evidence, sample count, datapoint and breach flag, then one
// alerting rule that applies docs/cloudwatch-semantics.md §4.4 and §4.7 over
// the last N + 2 periods with `offset`s. What PromQL cannot express is either
// refused (Minimum, Maximum, percentiles, `missing_data_scope: live`) or
// written into the group's comment and docs/fleet.md ("Where the rules differ").
//
// Pure: builds text from a loaded configuration; no I/O.
#ifndef TAILWATCH_TOOLS_EXPORT_PROMETHEUS_RULES_H_
#define TAILWATCH_TOOLS_EXPORT_PROMETHEUS_RULES_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "engine/alarm/alarm_spec.h"

namespace tailwatch::exporter {

struct RulesOptions {
  // Per node: one alert per value of `node_label` (the node in its labels).
  // Fleet: sums across every node that shares the values of `fleet_by`
  // (none = the whole fleet is one alert).
  enum class Mode { kPerNode, kFleet };
  Mode mode = Mode::kPerNode;
  std::string node_label = "instance";
  std::vector<std::string> fleet_by;

  // "node" or "fleet": the `scope` label of every recorded series and alert,
  // so per-node and fleet rule files can be loaded side by side.
  std::string_view scope() const { return mode == Mode::kPerNode ? "node" : "fleet"; }
  // The labels the rules group by: {node_label} or fleet_by.
  std::vector<std::string> group_by() const {
    return mode == Mode::kPerNode ? std::vector<std::string>{node_label} : fleet_by;
  }
};

// One alarm that has rules, and the alert it produces.
struct ExportedAlarm {
  const engine::AlarmSpec* spec = nullptr;  // points into the Config given to ExportRules
  std::string alert_name;                   // a valid Prometheus metric name
  // Static labels and annotations of the alert, as Alertmanager receives
  // them (the rule file writes a literal "{{" so that template expansion
  // gives it back).
  std::map<std::string, std::string> labels;
  std::map<std::string, std::string> annotations;
  int evaluation_interval_seconds = 60;  // tailwatch's cadence: 60, or 10 below a minute
};

struct RulesExport {
  std::string yaml;                   // the rule file
  std::vector<ExportedAlarm> alarms;  // in configuration order
  std::vector<std::string> refusals;  // "alarm 'x': why", one per alarm not exported
};

// The rule file for every alarm of `config` that PromQL can evaluate; the
// others are listed in `refusals` (and in a comment at the top of the file).
RulesExport ExportRules(const config::Config& config, const RulesOptions& options);

// The label selector of the counters an alarm reads:
// `{namespace="...",metric="...",Dim="v",Other=""}`, with dimension names
// sanitised as /metrics does, and every other dimension the configuration's
// filters give that metric required to be absent (an alarm watches one exact
// dimension set).
std::string AlarmSeriesSelector(const config::Config& config, const engine::AlarmSpec& spec);

// The alarm's per-period datapoint computed from the counters alone (what
// the `tailwatch_alarm:datapoint` rule records), grouped as `options` says;
// empty when the alarm cannot be exported.
std::string DatapointExpression(const config::Config& config, const engine::AlarmSpec& spec,
                                const RulesOptions& options);

// Why an alarm cannot be exported, or empty when it can.
std::string RefusalReason(const engine::AlarmSpec& spec);

// A PromQL double-quoted string literal holding `text`.
std::string PromQlString(std::string_view text);

// Prometheus duration text for whole seconds ("300s").
std::string Seconds(long long seconds);

}  // namespace tailwatch::exporter

#endif  // TAILWATCH_TOOLS_EXPORT_PROMETHEUS_RULES_H_
