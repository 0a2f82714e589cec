// The subcommands of `tailwatch`. Each takes the arguments after its name and
// returns the process exit code: 0 ok, 1 user error (bad config, pattern or
// input), 2 usage error, 3 internal failure.
#ifndef TAILWATCH_TOOLS_TAILWATCH_COMMANDS_H_
#define TAILWATCH_TOOLS_TAILWATCH_COMMANDS_H_

#include <span>
#include <string_view>

namespace tailwatch::tools {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUserError = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;

using Args = std::span<const std::string_view>;

int RunCheckConfig(Args args);            // check_config_command.cc
int RunTestPattern(Args args);            // test_pattern_command.cc
int RunReplay(Args args);                 // replay_command.cc
int RunTestAlarm(Args args);              // test_alarm_command.cc
int RunBench(Args args);                  // bench_command.cc
int RunAnomalyScore(Args args);           // anomaly_score_command.cc
int RunImport(Args args);                 // import_command.cc
int RunExport(Args args);                 // export_command.cc: dispatches to the exporters below
int RunExportConfig(Args args);           // export_config_command.cc
int RunExportCloudFormation(Args args);   // export_cloudformation_command.cc
int RunPatterns(Args args);               // patterns_command.cc
int RunExportPrometheusRules(Args args);  // export_prometheus_rules_command.cc
int RunExportGrafana(Args args);          // export_grafana_command.cc

}  // namespace tailwatch::tools

#endif  // TAILWATCH_TOOLS_TAILWATCH_COMMANDS_H_
