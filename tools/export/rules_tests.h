// `promtool test rules` files for exported alarm rules: two independent
// evaluators of the same alarms must agree.
//
// A test case is one node's /metrics over time (the counters the rules read,
// sampled once per step) and the alert states expected at given times. The
// expectations come from tailwatch itself, never from the rules:
//  - ReplayCase runs the whole engine over a log (as `tailwatch replay` does)
//    and expects each alarm transition it makes: at the transition's time the
//    alert fires exactly when the new state is ALARM.
//  - EdgeCases builds, per alarm, a fixed scenario (M of N with gaps, then a
//    silence long enough for the missing-data rule, then recovery, then the
//    node stops reporting) and evaluates it with tailwatch's alarm evaluator.
// Only transition times are checked: there tailwatch decided from data, so
// the stateless alert must agree (between transitions tailwatch may keep a
// state for lack of data, which an alert cannot; docs/fleet.md).
//
// Pure apart from the replay's use of the engine; no I/O.
#ifndef TAILWATCH_TOOLS_EXPORT_RULES_TESTS_H_
#define TAILWATCH_TOOLS_EXPORT_RULES_TESTS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "config/config.h"
#include "engine/aggregate/metric_key.h"
#include "engine/common/status.h"
#include "tools/export/prometheus_rules.h"

namespace tailwatch::exporter {

// One check: at `time_seconds` after the case's start, the alert of
// `alarm` (an index into RulesExport::alarms) fires or not.
struct AlertCheck {
  size_t alarm = 0;
  int64_t time_seconds = 0;
  bool firing = false;
  std::string why;  // tailwatch's reason, kept as a comment
};

struct RulesTestCase {
  std::string name;
  int step_seconds = 60;  // the scrape interval of the input series
  size_t steps = 0;       // samples per series
  // The node reports (its series are scraped) from this step on, and until
  // `stops_at_step` when set (from then on every series is stale).
  size_t reporting_from_step = 0;
  std::optional<size_t> stops_at_step;
  // Cumulative (value sum, sample count) per metric series per step;
  // nullopt before the series' first sample.
  std::map<engine::MetricKey, std::vector<std::optional<std::pair<double, double>>>> series;
  std::vector<AlertCheck> checks;
};

struct ReplayEvent {
  std::string message;
  std::optional<int64_t> time_ms;  // nullopt: the group's timestamp setting, else the last time
};

// Replays `events` through the log group `group` (empty = the first) of
// `config` and records what /metrics would show and the transitions of the
// exported alarms.
Result<RulesTestCase> ReplayCase(const config::Config& config, const RulesExport& rules,
                                 const std::string& group, const std::vector<ReplayEvent>& events,
                                 const std::string& name);

// The hand-written edge scenarios of every exported alarm, several alarms
// per case where their series and scrape intervals allow.
std::vector<RulesTestCase> EdgeCases(const RulesExport& rules);

// The test file: `rules_file` as its rule file (a path relative to the test
// file's folder, or absolute), one promtool test per case.
std::string WriteRulesTests(const RulesExport& rules, const RulesOptions& options,
                            const std::string& rules_file, const std::vector<RulesTestCase>& cases);

}  // namespace tailwatch::exporter

#endif  // TAILWATCH_TOOLS_EXPORT_RULES_TESTS_H_
