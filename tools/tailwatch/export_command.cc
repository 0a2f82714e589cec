// `tailwatch export SUBCOMMAND`: writes what other systems need to run
// tailwatch's alarms and views. One table of subcommands; adding one is one
// row and one Run function (commands.h).
#include <cstdio>
#include <string>

#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {
namespace {

struct ExportSubcommand {
  std::string_view name;
  int (*run)(Args args);
  std::string_view summary;
};

constexpr ExportSubcommand kSubcommands[] = {
    {"config", RunExportConfig, "the merged configuration (includes resolved) as one YAML file"},
    {"cloudformation", RunExportCloudFormation,
     "a CloudFormation template with the same log groups, metric filters and alarms"},
    {"prometheus-rules", RunExportPrometheusRules,
     "Prometheus recording and alerting rules for the alarms (and promtool tests)"},
    {"grafana", RunExportGrafana, "a Grafana dashboard for the alarms and log groups"},
};

void PrintUsage(std::FILE* to) {
  std::fputs("usage: tailwatch export <what> [options]\n\nwhat:\n", to);
  for (const ExportSubcommand& sub : kSubcommands) {
    std::fprintf(to, "  %-18s %.*s\n", std::string(sub.name).c_str(),
                 static_cast<int>(sub.summary.size()), sub.summary.data());
  }
  std::fputs("\nEach answers --help. See docs/import-export.md and docs/fleet.md.\n", to);
}

}  // namespace

int RunExport(Args args) {
  if (args.empty()) {
    PrintUsage(stderr);
    return kExitUsage;
  }
  const std::string_view what = args.front();
  if (what == "--help" || what == "-h") {
    PrintUsage(stdout);
    return kExitOk;
  }
  for (const ExportSubcommand& sub : kSubcommands) {
    if (sub.name == what) return sub.run(args.subspan(1));
  }
  std::fprintf(stderr, "tailwatch export: unknown export '%.*s'\n\n", static_cast<int>(what.size()),
               what.data());
  PrintUsage(stderr);
  return kExitUsage;
}

}  // namespace tailwatch::tools
