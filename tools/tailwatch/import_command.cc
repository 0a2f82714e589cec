// `tailwatch import [-o OUT.yaml] FILE...`: CloudWatch definitions from AWS
// CLI output, CloudFormation/SAM, Terraform or Pulumi, as tailwatch YAML
// (config/importer.h). What is not carried over is reported on stderr, with
// its place in the input, and listed in the output's header comment.
#include <cstdio>
#include <string>
#include <vector>

#include "config/config_writer.h"
#include "config/importer.h"
#include "tools/tailwatch/commands.h"
#include "tools/tailwatch/output_file.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch import [-o OUT.yaml] FILE...\n"
    "\n"
    "Turns CloudWatch definitions (log groups, metric filters, metric alarms) into\n"
    "tailwatch configuration. Each FILE is recognised by its content:\n"
    "  - JSON of aws logs describe-metric-filters, aws logs describe-log-groups,\n"
    "    aws cloudwatch describe-alarms\n"
    "  - CloudFormation or SAM templates, JSON or YAML (short tags !Ref, !Sub, ...)\n"
    "  - terraform show -json (a state or a plan)\n"
    "  - pulumi stack export\n"
    "\n"
    "  -o, --output FILE  write the YAML there (default: standard output)\n"
    "  -h, --help         this text\n"
    "\n"
    "Every log group gets an empty 'files:' list to fill in with the globs of its\n"
    "log files. Whatever is not carried over, and alarms that could never see\n"
    "their metric's data, are reported on stderr as 'FILE:LINE:COL: warning: ...'\n"
    "(with the JSON pointer of the value). Exit status: 0 imported (warnings or\n"
    "not), 1 an input could not be read or has no known format, 2 usage error.\n";

std::string Count(size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

}  // namespace

int RunImport(Args args) {
  std::string output;
  std::vector<std::string> files;
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (!options_done && (arg == "-h" || arg == "--help")) {
      std::fwrite(kHelp.data(), 1, kHelp.size(), stdout);
      return kExitOk;
    }
    if (!options_done && (arg == "-o" || arg == "--output")) {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "tailwatch import: %.*s needs a file name\n",
                     static_cast<int>(arg.size()), arg.data());
        return kExitUsage;
      }
      output = std::string(args[++i]);
    } else if (!options_done && arg == "--") {
      options_done = true;
    } else if (!options_done && arg.size() > 1 && arg.front() == '-') {
      std::fprintf(stderr, "tailwatch import: unknown option '%.*s'\n\n%.*s",
                   static_cast<int>(arg.size()), arg.data(), static_cast<int>(kHelp.size()),
                   kHelp.data());
      return kExitUsage;
    } else {
      files.emplace_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "tailwatch import: missing FILE\n\n%.*s", static_cast<int>(kHelp.size()),
                 kHelp.data());
    return kExitUsage;
  }

  const config::ImportResult result = config::ImportFiles(files);
  for (const config::Diagnostic& d : result.errors)
    std::fprintf(stderr, "%s\n", d.ToString().c_str());
  for (const config::Diagnostic& d : result.warnings) {
    std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  if (!result.ok()) return kExitUserError;

  config::ConfigWriteOptions options;
  options.settings = false;
  options.files_placeholder = true;
  options.header.push_back("Imported by `tailwatch import` from:");
  for (const std::string& format : result.formats) options.header.push_back("  " + format);
  options.header.push_back("");
  options.header.push_back("Each log group's `files:` is a placeholder: list the globs of its log");
  options.header.push_back("files (until then the group only takes pushed events).");
  if (!result.warnings.empty()) {
    options.header.push_back("");
    options.header.push_back("Warnings (not carried over, or not meaningful in CloudWatch):");
    for (const config::Diagnostic& d : result.warnings) {
      options.header.push_back("  " + d.ToString());
    }
  }
  const std::string yaml = config::WriteConfigYaml(result.config, options);
  if (!WriteOutput(output, yaml, "import")) return kExitUserError;

  const config::Config& c = result.config;
  std::fprintf(stderr, "tailwatch import: %s, %s, %s from %s; %s%s\n",
               Count(c.log_groups.size(), "log group", "log groups").c_str(),
               Count(c.metric_filters.size(), "metric filter", "metric filters").c_str(),
               Count(c.alarms.size(), "alarm", "alarms").c_str(),
               Count(files.size(), "file", "files").c_str(),
               Count(result.warnings.size(), "warning", "warnings").c_str(),
               c.log_groups.empty() ? "" : "; fill in the files: of each log group (placeholders)");
  return kExitOk;
}

}  // namespace tailwatch::tools
