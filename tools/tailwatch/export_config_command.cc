// `tailwatch export config`: the configuration as tailwatchd would run it,
// includes merged into one stand-alone YAML file.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "config/config_writer.h"
#include "daemon/ingest/logs_catalog.h"
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
    "it. Secrets are not copied; the paths of their files are. The metric filters\n"
    "and alarms made over the API (state_dir/api_definitions.yaml, when readable)\n"
    "are merged in as tailwatchd merges them, and log groups created over the\n"
    "CloudWatch Logs API (state_dir/logs_catalog.json) are added as push-only groups.\n"
    "\n"
    "  -o, --output FILE  write there (default: standard output)\n"
    "  --embedded         the built-in default configuration\n"
    "Exit status: 0 written, 1 the config has errors, 2 usage error.\n";

// Adds the log groups created over the Logs API that the configuration does
// not define, as push-only groups; how many were added.
size_t AddApiCreatedGroups(config::Config& config) {
  if (config.state_dir.empty()) return 0;
  const std::string path = config.state_dir + "/logs_catalog.json";
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return 0;
  auto catalog = daemon::LogsCatalog::Open(path, [] { return int64_t{0}; });
  if (!catalog) {
    std::fprintf(stderr, "tailwatch export config: %s (created log groups not added)\n",
                 catalog.error().message.c_str());
    return 0;
  }
  size_t added = 0;
  for (const std::string& name : (*catalog)->CreatedGroupNames()) {
    const bool configured =
        std::any_of(config.log_groups.begin(), config.log_groups.end(),
                    [&name](const config::LogGroupConfig& g) { return g.name == name; });
    if (configured) continue;
    config::LogGroupConfig group;
    group.name = name;
    config.log_groups.push_back(std::move(group));
    ++added;
  }
  return added;
}

// Loads the configuration again with the definitions made over the API
// merged in, as tailwatchd does; `config` is left as it is when there are
// none or they do not load (said on stderr).
void MergeApiDefinitions(config::Config& config) {
  if (config.state_dir.empty()) return;
  const std::string path = config::ApiDefinitionsPath(config.state_dir);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return;
  config::LoadOptions options;
  options.api_definitions = true;
  options.state_dir = config.state_dir;
  config::LoadResult merged = config.source_name == config::kEmbeddedDefaultName
                                  ? config::LoadEmbeddedDefault({}, options)
                                  : config::LoadConfigFile(config.source_name, options);
  if (!merged.ok()) {
    std::fprintf(stderr, "tailwatch export config: %s(definitions made over the API not merged)\n",
                 merged.FormatDiagnostics().c_str());
    return;
  }
  for (const config::Diagnostic& w : merged.warnings) {
    if (w.file == path) std::fprintf(stderr, "%s\n", w.ToString().c_str());
  }
  config = std::move(*merged.config);
}

}  // namespace

int RunExportConfig(Args args) {
  int exit_code = kExitOk;
  const std::optional<ExportInput> input =
      ReadExportInput(args, "export config", kHelp, &exit_code);
  if (!input) return exit_code;
  config::Config config = input->config;
  config::ConfigWriteOptions options;
  options.header.push_back("Exported by `tailwatch export config` from " + config.source_name +
                           " (includes merged).");
  MergeApiDefinitions(config);
  if (!config.api_filter_names.empty() || !config.api_alarm_names.empty()) {
    std::string line = std::to_string(config.api_filter_names.size()) + " metric filter(s) and " +
                       std::to_string(config.api_alarm_names.size()) +
                       " alarm(s) made over the API merged from " +
                       config::ApiDefinitionsPath(config.state_dir);
    if (config.api_shadowed > 0) {
      line += " (" + std::to_string(config.api_shadowed) +
              " more there are shadowed by this file's definitions of the same name)";
    }
    options.header.push_back(line + ".");
  }
  if (const size_t added = AddApiCreatedGroups(config); added > 0) {
    options.header.push_back(std::to_string(added) +
                             " log group(s) created over the Logs API added as push-only groups "
                             "(their streams, retention and tags stay in " +
                             config.state_dir + "/logs_catalog.json).");
  }
  const std::string yaml = config::WriteConfigYaml(config, options);
  return WriteOutput(input->output, yaml, "export config") ? kExitOk : kExitUserError;
}

}  // namespace tailwatch::tools
