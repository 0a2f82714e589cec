// The shared front of the exporters: `[-o OUT] (CONFIG | --embedded)`, the
// config loaded the way tailwatchd loads it.
#ifndef TAILWATCH_TOOLS_TAILWATCH_EXPORT_INPUT_H_
#define TAILWATCH_TOOLS_TAILWATCH_EXPORT_INPUT_H_

#include <optional>
#include <string>
#include <string_view>

#include "config/config.h"
#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {

struct ExportInput {
  config::Config config;
  std::string output;  // "" = stdout
};

// Parses the arguments and loads the config. On --help, a usage error or a
// config error it prints (help on stdout, the rest on stderr) and returns
// nullopt with `*exit_code` set.
std::optional<ExportInput> ReadExportInput(Args args, std::string_view command,
                                           std::string_view help, int* exit_code);

}  // namespace tailwatch::tools

#endif  // TAILWATCH_TOOLS_TAILWATCH_EXPORT_INPUT_H_
