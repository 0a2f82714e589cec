// `tailwatch test-alarm`: one evaluation of one alarm of a config over given
// datapoints, as the tables of the CloudWatch documentation show them:
// oldest first, '-' for a missing period; for a band alarm each period's
// band beside it (--band). Prints {"state":...,"reason":...}.
#include <charconv>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "engine/alarm/alarm_spec.h"
#include "engine/alarm/evaluate.h"
#include "engine/alarm/format.h"
#include "engine/match/number.h"
#include "engine/pipeline/timestamp_format.h"
#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch test-alarm --config FILE --alarm NAME --state OK|ALARM|INSUFFICIENT_DATA\n"
    "                            --datapoints LIST [--band BANDS] [--time TIME]\n"
    "\n"
    "Evaluates alarm NAME of FILE once, from current state --state, over the evaluation range\n"
    "LIST: comma-separated values of the alarm's statistic, oldest first, '-' = missing period\n"
    "(e.g. \"1,-,5,-,5\"). CloudWatch reads N + 2 periods for N evaluation periods; a shorter\n"
    "LIST is padded with missing periods in front. Prints {\"state\":...,\"reason\":...}.\n"
    "\n"
    "  --band BANDS  band alarms: each period's band LOWER:UPPER, aligned with LIST, '-' = no\n"
    "                band (the model still learning), e.g. \"0:10,-,2:12\"; the alarm's width k\n"
    "                is already applied (these are the band's bounds)\n"
    "  --time TIME   the evaluation time (ISO 8601 or epoch ms) used in the reason text\n"
    "                (default 2026-01-01T00:00:00Z)\n"
    "\n"
    "Exit: 0 ok, 1 bad config or datapoints, 2 usage error.\n";

int Usage(const std::string& message) {
  std::fprintf(stderr, "tailwatch test-alarm: %s\n(see tailwatch test-alarm --help)\n",
               message.c_str());
  return kExitUsage;
}

// "1,-,5" -> {1, missing, 5}; nullopt and `error` set on a bad item.
std::optional<std::vector<std::optional<double>>> ParseDatapoints(std::string_view list,
                                                                  std::string& error) {
  std::vector<std::optional<double>> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item == "-") {
      out.emplace_back(std::nullopt);
    } else if (auto v = engine::ParseCloudWatchNumber(item)) {
      out.emplace_back(*v);
    } else {
      error = "datapoint " + std::to_string(out.size() + 1) + ": '" + std::string(item) +
              "' is neither a number nor '-'";
      return std::nullopt;
    }
    start = comma + 1;
  }
  return out;
}

// "0:10,-,2:12" -> {[0,10], none, [2,12]}; nullopt and `error` on a bad item.
std::optional<std::vector<std::optional<engine::BandBounds>>> ParseBands(std::string_view list,
                                                                         std::string& error) {
  std::vector<std::optional<engine::BandBounds>> out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    const size_t colon = item.find(':');
    std::optional<double> lower, upper;
    if (colon != std::string_view::npos) {
      lower = engine::ParseCloudWatchNumber(item.substr(0, colon));
      upper = engine::ParseCloudWatchNumber(item.substr(colon + 1));
    }
    if (item == "-") {
      out.emplace_back(std::nullopt);
    } else if (lower && upper && *lower <= *upper) {
      out.emplace_back(engine::BandBounds{*lower, *upper});
    } else {
      error = "band " + std::to_string(out.size() + 1) + ": '" + std::string(item) +
              "' is neither LOWER:UPPER (LOWER <= UPPER) nor '-'";
      return std::nullopt;
    }
    start = comma + 1;
  }
  return out;
}

}  // namespace

int RunTestAlarm(Args args) {
  std::string config_path, alarm_name, state_text, datapoints_text, bands_text;
  bool have_datapoints = false;
  bool have_bands = false;
  int64_t time_ms = 1767225600000;  // 2026-01-01T00:00:00Z
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kHelp.data(), stdout);
      return kExitOk;
    }
    if (arg != "--config" && arg != "--alarm" && arg != "--state" && arg != "--datapoints" &&
        arg != "--time" && arg != "--band") {
      return Usage("unknown argument " + std::string(arg));
    }
    if (i + 1 >= args.size()) return Usage(std::string(arg) + " needs a value");
    const std::string value(args[++i]);
    if (arg == "--config") {
      config_path = value;
    } else if (arg == "--alarm") {
      alarm_name = value;
    } else if (arg == "--state") {
      state_text = value;
    } else if (arg == "--datapoints") {
      datapoints_text = value;
      have_datapoints = true;
    } else if (arg == "--band") {
      bands_text = value;
      have_bands = true;
    } else {
      auto t = engine::ParseTimestamp(value, engine::TimestampFormat::kAuto);
      if (!t) return Usage("--time: not a time: " + value);
      time_ms = *t;
    }
  }
  if (config_path.empty() || alarm_name.empty() || state_text.empty() || !have_datapoints) {
    return Usage("--config, --alarm, --state and --datapoints are required");
  }
  const auto state = engine::ParseAlarmState(state_text);
  if (!state) return Usage("--state must be OK, ALARM or INSUFFICIENT_DATA");
  std::string error;
  auto values = ParseDatapoints(datapoints_text, error);
  if (!values) {
    std::fprintf(stderr, "tailwatch test-alarm: %s\n", error.c_str());
    return kExitUserError;
  }

  std::vector<std::optional<engine::BandBounds>> bands;
  if (have_bands) {
    auto parsed = ParseBands(bands_text, error);
    if (!parsed) {
      std::fprintf(stderr, "tailwatch test-alarm: %s\n", error.c_str());
      return kExitUserError;
    }
    if (parsed->size() != values->size()) {
      std::fprintf(stderr,
                   "tailwatch test-alarm: --band has %zu bands for %zu datapoints; give one per "
                   "datapoint ('-' for none)\n",
                   parsed->size(), values->size());
      return kExitUserError;
    }
    bands = std::move(*parsed);
  }

  config::LoadResult loaded = config::LoadConfigFile(config_path);
  if (!loaded.ok()) {
    std::fputs(loaded.FormatDiagnostics().c_str(), stderr);
    return kExitUserError;
  }
  const engine::AlarmSpec* spec = nullptr;
  for (const engine::AlarmSpec& alarm : loaded.config->alarms) {
    if (alarm.name == alarm_name) spec = &alarm;
  }
  if (spec == nullptr) {
    std::fprintf(stderr, "tailwatch test-alarm: no alarm '%s' in %s\n", alarm_name.c_str(),
                 config_path.c_str());
    return kExitUserError;
  }
  const size_t range = static_cast<size_t>(engine::EvaluationRange(*spec));
  if (values->size() > range) {
    std::fprintf(stderr,
                 "tailwatch test-alarm: %zu datapoints given, but alarm '%s' reads %zu periods "
                 "(evaluation_periods + 2)\n",
                 values->size(), alarm_name.c_str(), range);
    return kExitUserError;
  }
  if (spec->band && !have_bands) {
    std::fprintf(stderr,
                 "tailwatch test-alarm: alarm '%s' is a band alarm: give each period's band with "
                 "--band\n",
                 alarm_name.c_str());
    return kExitUserError;
  }
  if (!spec->band && have_bands) {
    std::fprintf(stderr, "tailwatch test-alarm: alarm '%s' has a threshold, not a band\n",
                 alarm_name.c_str());
    return kExitUserError;
  }
  if (have_bands) bands.insert(bands.begin(), range - values->size(), std::nullopt);
  values->insert(values->begin(), range - values->size(), std::nullopt);
  const engine::EvaluationResult result =
      engine::EvaluateAlarmValues(*spec, *values, *state, time_ms, bands);
  std::string out = "{\"state\":\"";
  out += engine::AlarmStateName(result.state);
  out += "\",\"reason\":";
  engine::AppendJsonString(out, result.reason);
  out += "}\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace tailwatch::tools
