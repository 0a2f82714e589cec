// `tailwatch export prometheus-rules`: the configuration's alarms as
// Prometheus recording and alerting rules over the counters /metrics
// exposes, optionally with a `promtool test rules` file whose expectations
// are tailwatch's own transitions (docs/fleet.md).
#include <simdjson.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "daemon/export/dynamic_series.h"
#include "tools/export/prometheus_rules.h"
#include "tools/export/rules_tests.h"
#include "tools/tailwatch/commands.h"
#include "tools/tailwatch/record_reader.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch export prometheus-rules --config FILE [--per-node LABEL | --fleet [BY...]]\n"
    "           [--output RULES.yml] [--skip-unsupported]\n"
    "           [--tests TESTS.yml (LOG... | --events FILE.json) [--group NAME]]\n"
    "\n"
    "Writes a Prometheus rule file: per alarm, recording rules for its per-period statistic\n"
    "(from tailwatch_metric_value_total / tailwatch_metric_samples_total) and an alerting rule\n"
    "with its threshold, M of N and treat_missing_data. See docs/fleet.md for where PromQL and\n"
    "tailwatch differ.\n"
    "\n"
    "  --config FILE        the configuration whose alarms are exported\n"
    "  --per-node LABEL     one alert per node, told apart by LABEL (default: instance)\n"
    "  --fleet [BY...]      one alert per value of the BY labels, summed across nodes\n"
    "                       (no labels: the whole fleet is one alert)\n"
    "  --output RULES.yml   write the rules there (default: standard output)\n"
    "  --skip-unsupported   export the other alarms when some cannot be expressed in PromQL\n"
    "                       (Minimum, Maximum, percentiles, missing_data_scope: live);\n"
    "                       without it such an alarm is an error\n"
    "  --tests TESTS.yml    also write a `promtool test rules` file (needs --output): the\n"
    "                       replay of LOG (or --events, the AWS CLI's put-log-events shape)\n"
    "                       as one node's counters, expecting tailwatch's own alarm\n"
    "                       transitions, plus edge cases per alarm (M of N, missing data,\n"
    "                       a node that stops reporting)\n"
    "  --group NAME         the log group whose filters see the replayed events\n"
    "\n"
    "Exit: 0 ok, 1 bad config or an alarm PromQL cannot express, 2 usage error.\n";

int Usage(const std::string& message) {
  std::fprintf(stderr,
               "tailwatch export prometheus-rules: %s\n(see tailwatch export prometheus-rules "
               "--help)\n",
               message.c_str());
  return kExitUsage;
}

bool WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    std::fprintf(stderr, "tailwatch export prometheus-rules: cannot write %s\n", path.c_str());
    return false;
  }
  return true;
}

// The AWS CLI events file: [{"timestamp": ms, "message": "..."}].
bool ReadEventsFile(const std::string& path, std::vector<exporter::ReplayEvent>& events) {
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json) != simdjson::SUCCESS) {
    std::fprintf(stderr, "tailwatch export prometheus-rules: cannot read %s\n", path.c_str());
    return false;
  }
  simdjson::dom::parser parser;
  simdjson::dom::array array;
  if (parser.parse(json).get_array().get(array) != simdjson::SUCCESS) {
    std::fprintf(stderr, "tailwatch export prometheus-rules: %s: expected a JSON array\n",
                 path.c_str());
    return false;
  }
  for (simdjson::dom::element event : array) {
    std::string_view message;
    int64_t timestamp = 0;
    if (event["message"].get_string().get(message) != simdjson::SUCCESS ||
        event["timestamp"].get_int64().get(timestamp) != simdjson::SUCCESS) {
      std::fprintf(stderr,
                   "tailwatch export prometheus-rules: %s: event %zu needs \"timestamp\" (ms) "
                   "and \"message\"\n",
                   path.c_str(), events.size());
      return false;
    }
    events.push_back({std::string(message), timestamp});
  }
  return true;
}

}  // namespace

int RunExportPrometheusRules(Args args) {
  std::string config_path, output, tests_path, events_path, group;
  std::vector<std::string> logs;
  bool skip_unsupported = false;
  bool mode_given = false;
  exporter::RulesOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= args.size()) return std::nullopt;
      return std::string(args[++i]);
    };
    if (arg == "--help" || arg == "-h") {
      std::fputs(kHelp.data(), stdout);
      return kExitOk;
    } else if (arg == "--config" || arg == "--output" || arg == "-o" || arg == "--tests" ||
               arg == "--events" || arg == "--group" || arg == "--per-node") {
      auto v = value();
      if (!v || v->empty()) return Usage(std::string(arg) + " needs a value");
      if (arg == "--config") config_path = *v;
      if (arg == "--output" || arg == "-o") output = *v;
      if (arg == "--tests") tests_path = *v;
      if (arg == "--events") events_path = *v;
      if (arg == "--group") group = *v;
      if (arg == "--per-node") {
        if (mode_given) return Usage("give one of --per-node and --fleet");
        mode_given = true;
        options.mode = exporter::RulesOptions::Mode::kPerNode;
        options.node_label = *v;
      }
    } else if (arg == "--fleet") {
      if (mode_given) return Usage("give one of --per-node and --fleet");
      mode_given = true;
      options.mode = exporter::RulesOptions::Mode::kFleet;
      while (i + 1 < args.size() && !args[i + 1].starts_with("-")) {
        options.fleet_by.emplace_back(args[++i]);
      }
    } else if (arg == "--skip-unsupported") {
      skip_unsupported = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return Usage("unknown option " + std::string(arg));
    } else {
      logs.emplace_back(arg);
    }
  }
  if (config_path.empty()) return Usage("--config FILE is required");
  for (const std::string& label : options.group_by()) {
    const std::string clean = exporter::SanitizeLabelName(label);
    if (clean != label) return Usage("'" + label + "' is not a Prometheus label name");
  }
  if (!tests_path.empty()) {
    if (output.empty()) return Usage("--tests needs --output RULES.yml (the tests name it)");
    if (logs.empty() == events_path.empty()) {
      return Usage("--tests needs log files or --events FILE.json to replay (one of them)");
    }
  } else if (!logs.empty() || !events_path.empty()) {
    return Usage("log files and --events are only for --tests");
  }

  config::LoadResult loaded = config::LoadConfigFile(config_path);
  if (!loaded.ok()) {
    std::fputs(loaded.FormatDiagnostics().c_str(), stderr);
    return kExitUserError;
  }
  const exporter::RulesExport rules = exporter::ExportRules(*loaded.config, options);
  for (const std::string& refusal : rules.refusals) {
    std::fprintf(stderr, "%s: %s: %s\n", config_path.c_str(),
                 skip_unsupported ? "warning: not exported" : "error: cannot export",
                 refusal.c_str());
  }
  if (!rules.refusals.empty() && !skip_unsupported) {
    std::fprintf(stderr,
                 "tailwatch export prometheus-rules: %zu alarm(s) cannot be expressed in "
                 "PromQL; --skip-unsupported exports the others\n",
                 rules.refusals.size());
    return kExitUserError;
  }

  if (output.empty()) {
    std::fwrite(rules.yaml.data(), 1, rules.yaml.size(), stdout);
  } else if (!WriteFile(output, rules.yaml)) {
    return kExitUserError;
  }
  if (tests_path.empty()) return kExitOk;

  std::vector<exporter::ReplayEvent> events;
  if (!events_path.empty()) {
    if (!ReadEventsFile(events_path, events)) return kExitUserError;
  }
  for (const std::string& log : logs) {
    Status status = ForEachRecord(log, [&](std::string_view record) {
      events.push_back({std::string(record), {}});
    });
    if (!status) {
      std::fprintf(stderr, "tailwatch export prometheus-rules: %s\n",
                   status.error().message.c_str());
      return kExitUserError;
    }
  }
  const std::string replayed = events_path.empty() ? logs.front() : events_path;
  auto replay =
      exporter::ReplayCase(*loaded.config, rules, group, events,
                           "replay of " + std::filesystem::path(replayed).filename().string());
  if (!replay) {
    std::fprintf(stderr, "tailwatch export prometheus-rules: replay: %s\n",
                 replay.error().message.c_str());
    return kExitUserError;
  }
  std::vector<exporter::RulesTestCase> cases = {std::move(*replay)};
  for (auto& edge : exporter::EdgeCases(rules)) cases.push_back(std::move(edge));

  // The tests name the rules by a path relative to their own folder.
  namespace fs = std::filesystem;
  const fs::path tests_dir = fs::absolute(tests_path).parent_path();
  const std::string rules_ref = fs::absolute(output).lexically_relative(tests_dir).string();
  const std::string text = exporter::WriteRulesTests(rules, options, rules_ref, cases);
  return WriteFile(tests_path, text) ? kExitOk : kExitUserError;
}

}  // namespace tailwatch::tools
