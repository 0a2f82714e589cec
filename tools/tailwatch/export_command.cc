// `tailwatch export KIND ...`: dispatches to one exporter per KIND.
#include <cstdio>
#include <string_view>

#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch export KIND [options] CONFIG\n"
    "\n"
    "kinds:\n"
    "  config           the merged configuration (includes resolved) as one YAML file\n"
    "  cloudformation   a CloudFormation template with the same log groups, metric\n"
    "                   filters and alarms\n"
    "\n"
    "'tailwatch export KIND --help' describes each.\n";

}  // namespace

int RunExport(Args args) {
  if (args.empty()) {
    std::fwrite(kHelp.data(), 1, kHelp.size(), stderr);
    return kExitUsage;
  }
  const std::string_view kind = args.front();
  const Args rest(args.data() + 1, args.size() - 1);
  if (kind == "-h" || kind == "--help") {
    std::fwrite(kHelp.data(), 1, kHelp.size(), stdout);
    return kExitOk;
  }
  if (kind == "config") return RunExportConfig(rest);
  if (kind == "cloudformation") return RunExportCloudFormation(rest);
  std::fprintf(stderr, "tailwatch export: unknown kind '%.*s'\n\n%.*s",
               static_cast<int>(kind.size()), kind.data(), static_cast<int>(kHelp.size()),
               kHelp.data());
  return kExitUsage;
}

}  // namespace tailwatch::tools
