// `tailwatch export grafana`: a dashboard for the configuration's alarms and
// log groups, importable into Grafana as is (docs/fleet.md).
#include <cstdio>
#include <fstream>
#include <string>

#include "config/config.h"
#include "tools/export/grafana_dashboard.h"
#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch export grafana --config FILE [--output DASHBOARD.json]\n"
    "                                [--queries-as-rules RULES.yml]\n"
    "\n"
    "Writes a Grafana dashboard (schema version 38, Grafana 10; a DS_PROMETHEUS datasource\n"
    "input): per alarm its per-period statistic per node with the threshold, and its state\n"
    "timeline; per log group the read rates, the filter matches and the processing latency.\n"
    "\n"
    "  --config FILE                the configuration\n"
    "  --output DASHBOARD.json      write the dashboard there (default: standard output)\n"
    "  --queries-as-rules RULES.yml also write every query of the dashboard as a recording\n"
    "                               rule, so `promtool check rules RULES.yml` validates them\n"
    "\n"
    "Exit: 0 ok, 1 bad config, 2 usage error.\n";

int Usage(const std::string& message) {
  std::fprintf(stderr, "tailwatch export grafana: %s\n(see tailwatch export grafana --help)\n",
               message.c_str());
  return kExitUsage;
}

bool WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    std::fprintf(stderr, "tailwatch export grafana: cannot write %s\n", path.c_str());
    return false;
  }
  return true;
}

}  // namespace

int RunExportGrafana(Args args) {
  std::string config_path, output, rules_path;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kHelp.data(), stdout);
      return kExitOk;
    }
    if (arg != "--config" && arg != "--output" && arg != "-o" && arg != "--queries-as-rules") {
      return Usage("unknown argument " + std::string(arg));
    }
    if (i + 1 >= args.size() || args[i + 1].empty()) {
      return Usage(std::string(arg) + " needs a value");
    }
    const std::string value(args[++i]);
    if (arg == "--config") {
      config_path = value;
    } else if (arg == "--queries-as-rules") {
      rules_path = value;
    } else {
      output = value;
    }
  }
  if (config_path.empty()) return Usage("--config FILE is required");
  config::LoadResult loaded = config::LoadConfigFile(config_path);
  if (!loaded.ok()) {
    std::fputs(loaded.FormatDiagnostics().c_str(), stderr);
    return kExitUserError;
  }
  const exporter::GrafanaDashboard dashboard = exporter::BuildGrafanaDashboard(*loaded.config);
  for (const std::string& skipped : dashboard.skipped) {
    std::fprintf(stderr, "%s: note: state panel only for %s\n", config_path.c_str(),
                 skipped.c_str());
  }
  if (output.empty()) {
    std::fwrite(dashboard.json.data(), 1, dashboard.json.size(), stdout);
  } else if (!WriteFile(output, dashboard.json)) {
    return kExitUserError;
  }
  if (!rules_path.empty() &&
      !WriteFile(rules_path, exporter::ExpressionsAsRules(dashboard.expressions))) {
    return kExitUserError;
  }
  return kExitOk;
}

}  // namespace tailwatch::tools
