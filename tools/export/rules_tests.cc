#include "tools/export/rules_tests.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "config/pipeline_spec.h"
#include "daemon/export/dynamic_series.h"
#include "engine/alarm/evaluate.h"
#include "engine/common/floor_div.h"
#include "engine/pipeline/pipeline.h"

namespace tailwatch::exporter {
namespace {

constexpr std::string_view kNode = "node-1";
constexpr std::string_view kJob = "tailwatch";
constexpr std::string_view kFleetValue = "fleet-a";

std::string Number(double v) {
  char buffer[64];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return std::string(buffer, ptr);
}

Error UserError(std::string message) {
  Error error;
  error.message = std::move(message);
  return error;
}

int StepFor(const engine::AlarmSpec& spec) { return spec.period_seconds < 60 ? 10 : 60; }

// The labels every input series of the node carries (besides its own).
std::map<std::string, std::string> NodeLabels(const RulesOptions& options) {
  std::map<std::string, std::string> labels = {{"instance", std::string(kNode)},
                                               {"job", std::string(kJob)}};
  for (const std::string& label : options.group_by()) {
    if (labels.count(label) == 0) {
      labels[label] =
          std::string(options.mode == RulesOptions::Mode::kPerNode ? kNode : kFleetValue);
    }
  }
  return labels;
}

std::string SeriesText(std::string_view name, const engine::MetricKey* key,
                       const std::map<std::string, std::string>& node_labels) {
  std::string out = std::string(name) + "{";
  std::vector<std::string> used;
  auto add = [&](std::string label, const std::string& value) {
    while (std::find(used.begin(), used.end(), label) != used.end()) label.push_back('_');
    used.push_back(label);
    if (out.back() != '{') out += ',';
    out += label + "=" + PromQlString(value);
  };
  if (key != nullptr) {
    add("namespace", key->metric_namespace);
    add("metric", key->metric_name);
    for (const auto& [dimension, value] : key->dimensions) add(SanitizeLabelName(dimension), value);
  }
  // Target labels come last: Prometheus attaches them to every scraped series.
  for (const auto& [label, value] : node_labels) {
    if (std::find(used.begin(), used.end(), label) == used.end()) add(label, value);
  }
  out += "}";
  return out;
}

// The samples of one slot of an edge scenario: (value sum, sample count), or
// nullopt when no value of that kind exists for the alarm (a SampleCount
// below 1 is no datapoint at all).
std::optional<std::pair<double, double>> SlotSamples(const engine::AlarmSpec& spec, bool breach) {
  const double t = spec.threshold;
  using Op = engine::ComparisonOperator;
  const Op op = spec.comparison_operator;
  if (*spec.statistic != engine::Statistic::kSampleCount) {
    double v = 0;
    switch (op) {
      case Op::kGreaterThanThreshold:
        v = breach ? t + 1 : t;
        break;
      case Op::kGreaterThanOrEqualToThreshold:
        v = breach ? t : t - 1;
        break;
      case Op::kLessThanThreshold:
        v = breach ? t - 1 : t;
        break;
      case Op::kLessThanOrEqualToThreshold:
        v = breach ? t : t + 1;
        break;
      case Op::kLessThanLowerOrGreaterThanUpperThreshold:  // refused before tests are written
      case Op::kLessThanLowerThreshold:
      case Op::kGreaterThanUpperThreshold:
        return std::nullopt;
    }
    return std::make_pair(v, 1.0);
  }
  double c = 0;
  switch (op) {
    case Op::kGreaterThanThreshold:
      c = breach ? std::floor(t) + 1 : std::floor(t);
      break;
    case Op::kGreaterThanOrEqualToThreshold:
      c = breach ? std::max(1.0, std::ceil(t)) : std::ceil(t) - 1;
      break;
    case Op::kLessThanThreshold:
      c = breach ? std::ceil(t) - 1 : std::max(1.0, std::ceil(t));
      break;
    case Op::kLessThanLowerOrGreaterThanUpperThreshold:  // refused before tests are written
    case Op::kLessThanLowerThreshold:
    case Op::kGreaterThanUpperThreshold:
      return std::nullopt;
    case Op::kLessThanOrEqualToThreshold:
      c = breach ? std::floor(t) : std::max(1.0, std::floor(t) + 1);
      break;
  }
  if (c < 1) return std::nullopt;
  return std::make_pair(c, c);
}

struct Sample {
  int64_t time_s;
  double sum;
  double count;
};

// One alarm's edge scenario: its samples, and when its pattern ends.
struct Scenario {
  size_t alarm = 0;
  std::vector<Sample> samples;
  int64_t end_s = 0;
};

Scenario EdgeScenario(const RulesExport& rules, size_t index) {
  const engine::AlarmSpec& spec = *rules.alarms[index].spec;
  const int p = spec.period_seconds;
  const int n = spec.evaluation_periods;
  const int m = spec.datapoints_to_alarm_or_n();
  const int range = n + 2;
  // o = a datapoint that does not breach, b = one that breaches, - = none:
  // quiet (N points, enough for OK), M breaching among gaps, quiet, N
  // breaching, a silence longer than the evaluation range, quiet again.
  std::string pattern(n, 'o');
  for (int i = 0; i < m; ++i) pattern += "b-";
  pattern +=
      std::string(n, 'o') + std::string(n, 'b') + std::string(range + 2, '-') + std::string(n, 'o');
  Scenario scenario;
  scenario.alarm = index;
  for (size_t slot = 0; slot < pattern.size(); ++slot) {
    if (pattern[slot] == '-') continue;
    auto s = SlotSamples(spec, pattern[slot] == 'b');
    if (!s) continue;
    scenario.samples.push_back({static_cast<int64_t>(slot) * p + 1, s->first, s->second});
  }
  scenario.end_s = static_cast<int64_t>(pattern.size()) * p;
  return scenario;
}

// The checks of one scenario: every transition tailwatch's evaluator makes
// until the node stops at `stop`, then two points after it.
void EvaluateScenario(const RulesExport& rules, const Scenario& scenario, int step, int64_t stop,
                      std::vector<AlertCheck>& checks) {
  const engine::AlarmSpec& spec = *rules.alarms[scenario.alarm].spec;
  const int p = spec.period_seconds;
  const int range = spec.evaluation_periods + 2;
  engine::EvidenceRule evidence;
  evidence.missing_since_ms = 0;
  evidence.why = "the node began reporting at 0s";
  engine::AlarmState state = engine::AlarmState::kInsufficientData;
  for (int64_t t = step; t < stop; t += step) {
    std::vector<std::optional<engine::Datapoint>> window(range);
    for (int j = 0; j < range; ++j) {
      const int64_t begin = t - int64_t{j + 1} * p, end = t - int64_t{j} * p;
      engine::Datapoint dp;
      dp.period_start_ms = begin * 1000;
      for (const Sample& s : scenario.samples) {
        if (s.time_s < begin || s.time_s >= end) continue;
        if (dp.sample_count == 0) dp.minimum = dp.maximum = s.sum;
        dp.sample_count += s.count;
        dp.sum += s.sum;
      }
      if (dp.sample_count > 0) window[range - 1 - j] = dp;
    }
    const engine::EvaluationResult result =
        engine::EvaluateAlarm(spec, window, state, t * 1000, evidence);
    if (result.state != state) {
      checks.push_back({scenario.alarm, t, result.state == engine::AlarmState::kAlarm,
                        std::string(engine::AlarmStateName(state)) + " -> " +
                            std::string(engine::AlarmStateName(result.state)) + ": " +
                            result.reason});
      state = result.state;
    }
  }
  const std::string stopped =
      "the node stopped reporting: its series are stale, so the alert resolves (tailwatch on "
      "that node, if it still runs, keeps its own state)";
  checks.push_back({scenario.alarm, stop + step, false, stopped});
  checks.push_back({scenario.alarm, stop + int64_t{range} * p, false, stopped});
}

void EmitChecks(YAML::Emitter& out, const RulesExport& rules, const RulesOptions& options,
                const RulesTestCase& c) {
  const std::map<std::string, std::string> node_labels = NodeLabels(options);
  out << YAML::Key << "alert_rule_test" << YAML::Value << YAML::BeginSeq;
  for (const AlertCheck& check : c.checks) {
    const ExportedAlarm& alarm = rules.alarms[check.alarm];
    out << YAML::BeginMap;
    out << YAML::Key << "eval_time" << YAML::Value << Seconds(check.time_seconds)
        << YAML::Comment(check.why);
    out << YAML::Key << "alertname" << YAML::Value << alarm.alert_name;
    out << YAML::Key << "exp_alerts" << YAML::Value;
    if (!check.firing) {
      out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    } else {
      out << YAML::BeginSeq << YAML::BeginMap;
      out << YAML::Key << "exp_labels" << YAML::Value << YAML::BeginMap;
      std::map<std::string, std::string> labels = alarm.labels;
      for (const std::string& label : options.group_by()) labels[label] = node_labels.at(label);
      for (const auto& [k, v] : labels) {
        out << YAML::Key << k << YAML::Value << YAML::DoubleQuoted << v;
      }
      out << YAML::EndMap;
      out << YAML::Key << "exp_annotations" << YAML::Value << YAML::BeginMap;
      for (const auto& [k, v] : alarm.annotations) {
        out << YAML::Key << k << YAML::Value << YAML::DoubleQuoted << v;
      }
      out << YAML::EndMap;
      out << YAML::EndMap << YAML::EndSeq;
    }
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}

std::string Values(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ' ';
    out += item;
  }
  return out;
}

}  // namespace

Result<RulesTestCase> ReplayCase(const config::Config& config, const RulesExport& rules,
                                 const std::string& group, const std::vector<ReplayEvent>& events,
                                 const std::string& name) {
  auto spec = config::ToPipelineSpec(config);
  if (!spec) return tl::unexpected(spec.error());
  auto created = engine::Pipeline::Create(std::move(*spec));
  if (!created) return tl::unexpected(created.error());
  engine::Pipeline& pipeline = **created;
  size_t g = 0;
  if (!group.empty()) {
    auto found = pipeline.FindLogGroup(group);
    if (!found) return tl::unexpected(UserError("no log group '" + group + "'"));
    g = *found;
  }
  if (events.empty()) return tl::unexpected(UserError("the replay has no events"));

  RulesTestCase c;
  c.name = name;
  int longest_range_s = 0;
  for (const ExportedAlarm& alarm : rules.alarms) {
    c.step_seconds = std::min(c.step_seconds, StepFor(*alarm.spec));
    longest_range_s = std::max(longest_range_s,
                               (alarm.spec->evaluation_periods + 2) * alarm.spec->period_seconds);
  }
  const int64_t step_ms = int64_t{c.step_seconds} * 1000;

  std::map<std::string, size_t> alarm_index;
  for (size_t i = 0; i < rules.alarms.size(); ++i) alarm_index[rules.alarms[i].spec->name] = i;

  std::vector<std::pair<engine::MetricKey, engine::Datapoint>> datapoints;
  std::vector<engine::AlarmEvent> transitions;
  int64_t clock = INT64_MIN, last = 0, first = 0, latest = INT64_MIN;
  bool started = false;
  auto advance = [&](int64_t now) {
    if (now <= clock) return;
    clock = now;
    pipeline.mutable_store().DrainClosed(
        now, c.step_seconds, [&](const engine::MetricKey& key, const engine::Datapoint& dp) {
          datapoints.emplace_back(key, dp);
        });
    for (engine::AlarmEvent& event : pipeline.Tick(now)) transitions.push_back(std::move(event));
  };
  for (const ReplayEvent& event : events) {
    const int64_t time = pipeline.ProcessEvent(g, event.message, event.time_ms.value_or(last));
    if (!started) {
      pipeline.BeginObservingAll(time);
      first = time;
      started = true;
    }
    last = time;
    latest = std::max(latest, time);
    advance(time);
  }
  // Run on past the last event until every alarm has read only silence.
  const int64_t end = AlignDown(latest, 60000) + 60000 + int64_t{longest_range_s} * 1000 + 60000;
  advance(end);

  // Step 0 is the minute of the first event: tailwatch's evaluations fall on
  // minute boundaries, Prometheus' (in promtool) on multiples of the step.
  const int64_t origin = AlignDown(first, 60000);
  c.steps = static_cast<size_t>((end - origin) / step_ms) + 1;
  // The node reports from the first step at or after the first event: the
  // replay began observing there (docs/cloudwatch-semantics.md §4.7).
  c.reporting_from_step = static_cast<size_t>((first - origin + step_ms - 1) / step_ms);
  for (const auto& [key, dp] : datapoints) {
    auto& cumulative = c.series[key];
    if (cumulative.empty()) cumulative.resize(c.steps);
    const int64_t end_ms = dp.period_start_ms + step_ms;
    if (end_ms < origin) continue;
    const size_t from = static_cast<size_t>((end_ms - origin + step_ms - 1) / step_ms);
    for (size_t i = from; i < c.steps; ++i) {
      auto& cell = cumulative[i];
      if (!cell) cell = std::make_pair(0.0, 0.0);
      cell->first += dp.sum;
      cell->second += dp.sample_count;
    }
  }
  for (const engine::AlarmEvent& event : transitions) {
    auto it = alarm_index.find(event.alarm_name);
    if (it == alarm_index.end()) continue;
    c.checks.push_back(
        {it->second, (event.time_ms - origin) / 1000, event.new_state == engine::AlarmState::kAlarm,
         std::string(engine::AlarmStateName(event.old_state)) + " -> " +
             std::string(engine::AlarmStateName(event.new_state)) + ": " + event.reason});
  }
  return c;
}

std::vector<RulesTestCase> EdgeCases(const RulesExport& rules) {
  // Alarms share a case (promtool evaluates every rule at every step of
  // every case, so fewer, longer cases are much cheaper) unless they read
  // the same series or need another scrape interval.
  std::vector<std::vector<size_t>> groups;
  std::vector<std::pair<int, std::set<engine::MetricKey>>> group_keys;
  for (size_t i = 0; i < rules.alarms.size(); ++i) {
    const engine::AlarmSpec& spec = *rules.alarms[i].spec;
    const engine::MetricKey key{spec.metric_namespace, spec.metric_name, spec.dimensions};
    size_t g = 0;
    while (g < groups.size() &&
           (group_keys[g].first != StepFor(spec) || group_keys[g].second.count(key) > 0)) {
      ++g;
    }
    if (g == groups.size()) {
      groups.emplace_back();
      group_keys.push_back({StepFor(spec), {}});
    }
    groups[g].push_back(i);
    group_keys[g].second.insert(key);
  }

  std::vector<RulesTestCase> cases;
  for (size_t g = 0; g < groups.size(); ++g) {
    RulesTestCase c;
    c.step_seconds = group_keys[g].first;
    std::vector<Scenario> scenarios;
    int64_t end = 0, longest_range = 0;
    std::string names;
    for (size_t index : groups[g]) {
      scenarios.push_back(EdgeScenario(rules, index));
      end = std::max(end, scenarios.back().end_s);
      const engine::AlarmSpec& spec = *rules.alarms[index].spec;
      longest_range =
          std::max(longest_range, int64_t{spec.evaluation_periods + 2} * spec.period_seconds);
      names += (names.empty() ? "" : ", ") + spec.name;
    }
    c.name = "edges (M of N with gaps, silence, recovery, node stops) of " + names;
    const int64_t stop = (end / c.step_seconds + 1) * c.step_seconds;
    c.steps = static_cast<size_t>((stop + longest_range) / c.step_seconds) + 2;
    c.stops_at_step = static_cast<size_t>(stop / c.step_seconds);
    for (const Scenario& scenario : scenarios) {
      const engine::AlarmSpec& spec = *rules.alarms[scenario.alarm].spec;
      auto& cumulative = c.series[{spec.metric_namespace, spec.metric_name, spec.dimensions}];
      cumulative.resize(c.steps);
      for (size_t i = 0; i < c.steps; ++i) {
        const int64_t at = static_cast<int64_t>(i) * c.step_seconds;
        double sum = 0, count = 0;
        for (const Sample& s : scenario.samples) {
          if (s.time_s < at) {
            sum += s.sum;
            count += s.count;
          }
        }
        if (count > 0) cumulative[i] = std::make_pair(sum, count);
      }
      EvaluateScenario(rules, scenario, c.step_seconds, stop, c.checks);
    }
    std::stable_sort(
        c.checks.begin(), c.checks.end(),
        [](const AlertCheck& a, const AlertCheck& b) { return a.time_seconds < b.time_seconds; });
    cases.push_back(std::move(c));
  }
  return cases;
}

std::string WriteRulesTests(const RulesExport& rules, const RulesOptions& options,
                            const std::string& rules_file,
                            const std::vector<RulesTestCase>& cases) {
  int evaluation_interval = 60;
  for (const RulesTestCase& c : cases)
    evaluation_interval = std::min(evaluation_interval, c.step_seconds);
  const std::map<std::string, std::string> node_labels = NodeLabels(options);
  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::Comment(
      "Generated by `tailwatch export prometheus-rules --tests`: expected alerts are "
      "tailwatch's own alarm transitions. Run: promtool test rules FILE");
  out << YAML::BeginMap;
  out << YAML::Key << "rule_files" << YAML::Value << YAML::BeginSeq << rules_file << YAML::EndSeq;
  out << YAML::Key << "evaluation_interval" << YAML::Value << Seconds(evaluation_interval);
  out << YAML::Key << "tests" << YAML::Value << YAML::BeginSeq;
  for (const RulesTestCase& c : cases) {
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << c.name;
    out << YAML::Key << "interval" << YAML::Value << Seconds(c.step_seconds);
    out << YAML::Key << "input_series" << YAML::Value << YAML::BeginSeq;
    auto values = [&](auto cell) {
      std::vector<std::string> items;
      for (size_t i = 0; i < c.steps; ++i) {
        if (c.stops_at_step && i >= *c.stops_at_step) {
          items.push_back(i == *c.stops_at_step ? "stale" : "_");
          continue;
        }
        items.push_back(i < c.reporting_from_step ? "_" : cell(i));
      }
      return Values(items);
    };
    out << YAML::BeginMap;
    out << YAML::Key << "series" << YAML::Value
        << SeriesText("tailwatch_events_total", nullptr, node_labels);
    out << YAML::Key << "values" << YAML::Value
        << values([](size_t i) { return std::to_string(i); });
    out << YAML::EndMap;
    for (const auto& [key, cumulative] : c.series) {
      for (int which = 0; which < 2; ++which) {
        out << YAML::BeginMap;
        out << YAML::Key << "series" << YAML::Value
            << SeriesText(
                   which == 0 ? "tailwatch_metric_value_total" : "tailwatch_metric_samples_total",
                   &key, node_labels);
        out << YAML::Key << "values" << YAML::Value << values([&](size_t i) -> std::string {
          if (!cumulative[i]) return "_";
          return Number(which == 0 ? cumulative[i]->first : cumulative[i]->second);
        });
        out << YAML::EndMap;
      }
    }
    out << YAML::EndSeq;
    EmitChecks(out, rules, options, c);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace tailwatch::exporter
