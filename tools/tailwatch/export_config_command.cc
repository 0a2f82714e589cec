// `tailwatch export config`: the configuration as tailwatchd would run it,
// includes merged into one stand-alone YAML file.
#include "config/config_writer.h"
#include "tools/tailwatch/commands.h"
#include "tools/tailwatch/export_input.h"
#include "tools/tailwatch/output_file.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch export config [-o OUT.yaml] (CONFIG | --embedded)\n"
    "\n"
    "Loads CONFIG as tailwatchd would (includes, packs, checks) and writes it as one\n"
    "YAML file with every included log group, metric filter, alarm and target in\n"
    "it. Secrets are not copied; the paths of their files are.\n"
    "\n"
    "  -o, --output FILE  write there (default: standard output)\n"
    "  --embedded         the built-in default configuration\n"
    "Exit status: 0 written, 1 the config has errors, 2 usage error.\n";

}  // namespace

int RunExportConfig(Args args) {
  int exit_code = kExitOk;
  const std::optional<ExportInput> input =
      ReadExportInput(args, "export config", kHelp, &exit_code);
  if (!input) return exit_code;
  config::ConfigWriteOptions options;
  options.header.push_back("Exported by `tailwatch export config` from " +
                           input->config.source_name + " (includes merged).");
  const std::string yaml = config::WriteConfigYaml(input->config, options);
  return WriteOutput(input->output, yaml, "export config") ? kExitOk : kExitUserError;
}

}  // namespace tailwatch::tools
