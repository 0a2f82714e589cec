// A Grafana dashboard for a configuration (docs/fleet.md): per alarm its
// series per node with the threshold drawn in, and its state over time; per
// log group the read rates, the filter matches and the processing latency.
//
// The JSON is Grafana's dashboard model at kGrafanaSchemaVersion, with a
// `DS_PROMETHEUS` datasource input, so it imports as is (Dashboards ->
// Import). Every query is listed in `expressions` so it can be checked with
// promtool (ExpressionsAsRules). Pure: text in, text out.
#ifndef TAILWATCH_TOOLS_EXPORT_GRAFANA_DASHBOARD_H_
#define TAILWATCH_TOOLS_EXPORT_GRAFANA_DASHBOARD_H_

#include <string>
#include <vector>

#include "config/config.h"

namespace tailwatch::exporter {

// Grafana 10's dashboard schema version (what its export writes).
inline constexpr int kGrafanaSchemaVersion = 38;

struct GrafanaDashboard {
  std::string json;
  std::vector<std::string> expressions;  // every PromQL query of the panels, in panel order
  std::vector<std::string> skipped;      // alarms without a series panel, and why
};

GrafanaDashboard BuildGrafanaDashboard(const config::Config& config);

// A rule file with one recording rule per expression, for
// `promtool check rules` (which parses each one).
std::string ExpressionsAsRules(const std::vector<std::string>& expressions);

}  // namespace tailwatch::exporter

#endif  // TAILWATCH_TOOLS_EXPORT_GRAFANA_DASHBOARD_H_
