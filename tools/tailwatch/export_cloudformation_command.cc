// `tailwatch export cloudformation`: the config's log groups, metric filters
// and alarms as a CloudFormation template (config/cloudformation_writer.h).
#include <cstdio>

#include "config/cloudformation_writer.h"
#include "tools/tailwatch/commands.h"
#include "tools/tailwatch/export_input.h"
#include "tools/tailwatch/output_file.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch export cloudformation [-o OUT.yaml] (CONFIG | --embedded)\n"
    "\n"
    "Writes a CloudFormation template (YAML) that creates the config's log groups\n"
    "(AWS::Logs::LogGroup), metric filters (AWS::Logs::MetricFilter) and alarms\n"
    "(AWS::CloudWatch::Alarm) in AWS. Alarm actions naming an SNS target become\n"
    "its topic ARN. What CloudWatch has no equivalent for (regex: filters, webhook\n"
    "and Alertmanager actions, missing_data_scope: live) is left out and named on\n"
    "stderr.\n"
    "\n"
    "  -o, --output FILE  write there (default: standard output)\n"
    "  --embedded         the built-in default configuration\n"
    "Exit status: 0 written, 1 the config has errors, 2 usage error.\n";

}  // namespace

int RunExportCloudFormation(Args args) {
  int exit_code = kExitOk;
  const std::optional<ExportInput> input =
      ReadExportInput(args, "export cloudformation", kHelp, &exit_code);
  if (!input) return exit_code;
  const config::CloudFormationTemplate result = config::WriteCloudFormation(input->config);
  for (const std::string& note : result.notes) {
    std::fprintf(stderr, "tailwatch export cloudformation: left out: %s\n", note.c_str());
  }
  return WriteOutput(input->output, result.text, "export cloudformation") ? kExitOk
                                                                          : kExitUserError;
}

}  // namespace tailwatch::tools
