#include "tools/tailwatch/export_input.h"

#include <cstdio>

namespace tailwatch::tools {

std::optional<ExportInput> ReadExportInput(Args args, std::string_view command,
                                           std::string_view help, int* exit_code) {
  ExportInput input;
  std::string file;
  bool embedded = false;
  auto usage = [&](const std::string& message) {
    std::fprintf(stderr, "tailwatch %.*s: %s\n\n%.*s", static_cast<int>(command.size()),
                 command.data(), message.c_str(), static_cast<int>(help.size()), help.data());
    *exit_code = kExitUsage;
    return std::nullopt;
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "-h" || arg == "--help") {
      std::fwrite(help.data(), 1, help.size(), stdout);
      *exit_code = kExitOk;
      return std::nullopt;
    }
    if (arg == "-o" || arg == "--output") {
      if (i + 1 >= args.size()) return usage(std::string(arg) + " needs a file name");
      input.output = std::string(args[++i]);
    } else if (arg == "--embedded") {
      embedded = true;
    } else if (arg.size() > 1 && arg.front() == '-') {
      return usage("unknown option '" + std::string(arg) + "'");
    } else if (!file.empty()) {
      return usage("one CONFIG only");
    } else {
      file = std::string(arg);
    }
  }
  if (file.empty() == !embedded) return usage("give one CONFIG file or --embedded");
  const config::LoadResult result =
      embedded ? config::LoadEmbeddedDefault() : config::LoadConfigFile(file);
  for (const config::Diagnostic& d : result.errors)
    std::fprintf(stderr, "%s\n", d.ToString().c_str());
  for (const config::Diagnostic& d : result.warnings) {
    std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  if (!result.ok()) {
    *exit_code = kExitUserError;
    return std::nullopt;
  }
  input.config = *result.config;
  return input;
}

}  // namespace tailwatch::tools
