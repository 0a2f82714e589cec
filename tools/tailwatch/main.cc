// `tailwatch`: the command-line tool. main() only dispatches to a subcommand.
#include <cstdio>
#include <exception>
#include <string_view>
#include <vector>

#include "tools/tailwatch/commands.h"

namespace {

constexpr std::string_view kUsage =
    "usage: tailwatch <command> [options]\n"
    "\n"
    "commands:\n"
    "  check-config FILE                     validate a configuration file\n"
    "  test-pattern PATTERN [FILE|-]         test a CloudWatch filter pattern on log lines\n"
    "  replay --config FILE [--group NAME] [--until TIME] LOG...\n"
    "                                        run filters and alarms over past logs in event time\n"
    "  test-alarm --config FILE --alarm NAME --state S --datapoints LIST\n"
    "                                        evaluate one alarm over given datapoints\n"
    "  bench --config FILE [--group NAME] LOG...\n"
    "                                        measure a config's throughput and each filter's cost\n"
    "  anomaly-score [--k K ...] IN.csv [OUT.csv] | --nab DATA_DIR OUT_DIR\n"
    "                                        score a timestamp,value series with the band model\n"
    "  import [-o OUT] FILE...               CloudWatch definitions (AWS CLI JSON,\n"
    "                                        CloudFormation, Terraform, Pulumi) as tailwatch YAML\n"
    "  export config|cloudformation CONFIG   the merged config, or a CloudFormation template\n"
    "  patterns [--top N | --lines | --new-after N] LOG...\n"
    "                                        learn and print the log patterns of files\n"
    "  export prometheus-rules|grafana --config FILE\n"
    "                                        Prometheus rules / a Grafana dashboard for the "
    "alarms\n"
    "\n"
    "Each command answers --help. Exit codes: 0 ok, 1 bad input, 2 usage error.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace tailwatch::tools;
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::fputs(kUsage.data(), stderr);
    return kExitUsage;
  }
  const std::string_view command = args.front();
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage.data(), stdout);
    return kExitOk;
  }
  if (command == "--version") {
    std::puts("tailwatch " TAILWATCH_VERSION);
    return kExitOk;
  }
  const Args rest(args.data() + 1, args.size() - 1);
  try {
    if (command == "check-config") return RunCheckConfig(rest);
    if (command == "test-pattern") return RunTestPattern(rest);
    if (command == "replay") return RunReplay(rest);
    if (command == "test-alarm") return RunTestAlarm(rest);
    if (command == "bench") return RunBench(rest);
    if (command == "anomaly-score") return RunAnomalyScore(rest);
    if (command == "import") return RunImport(rest);
    if (command == "export") return RunExport(rest);
    if (command == "patterns") return RunPatterns(rest);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "tailwatch: internal error: %s\n", e.what());
    return kExitInternal;
  }
  std::fprintf(stderr, "tailwatch: unknown command '%.*s'\n\n%s", static_cast<int>(command.size()),
               command.data(), kUsage.data());
  return kExitUsage;
}
