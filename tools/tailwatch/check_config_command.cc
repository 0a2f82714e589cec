// `tailwatch check-config FILE...`: load each config the way tailwatchd
// would (includes, patterns, alarm rules, secrets) and report every problem
// as compiler-style lines, so it can gate CI and systemd's ExecStartPre.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "config/embedded_files.h"
#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch check-config [--quiet] FILE...\n"
    "       tailwatch check-config --embedded\n"
    "\n"
    "Validates tailwatch configuration files: YAML syntax, keys and types, filter\n"
    "patterns, metric transformations, alarm rules, references between filters,\n"
    "log groups, alarms and targets, included files and secret files.\n"
    "\n"
    "  FILE              a config file; 'embedded:' is the built-in default config,\n"
    "                    'embedded:PATH' a shipped file (e.g. embedded:packs/NAME.yaml)\n"
    "  --embedded        check the built-in default config\n"
    "  -q, --quiet       print nothing on success\n"
    "  -h, --help        this text\n"
    "\n"
    "Prints 'FILE: OK (...)' per valid file on stdout; otherwise every error as\n"
    "'FILE:LINE:COL: error: message' on stderr. Warnings go to stderr too and do\n"
    "not fail the check; they include definitions that do not fit together (an\n"
    "alarm on a metric, dimension or unit no filter emits, a statistic a filter\n"
    "cannot feed). Exit status: 0 all valid, 1 some error, 2 usage error.\n";

std::string Count(size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

config::LoadResult Load(const std::string& arg) {
  const std::string_view prefix = config::kEmbeddedPrefix;
  if (arg == prefix || arg == std::string(prefix) + "tailwatch.default.yaml") {
    return config::LoadEmbeddedDefault();
  }
  if (arg.starts_with(prefix)) {
    const std::string path = arg.substr(prefix.size());
    if (!config::FindEmbeddedFile(path)) {
      config::LoadResult missing;
      std::string known;
      for (const config::EmbeddedFile& f : config::EmbeddedFiles()) {
        known += (known.empty() ? "" : ", ") + std::string(f.path);
      }
      missing.errors.push_back({arg, 0, 0, "no such embedded file (shipped: " + known + ")"});
      return missing;
    }
    // A shipped pack: load it the way a config includes it, so its errors
    // name it and its own includes resolve among the embedded files.
    return config::LoadConfigString("include: [\"" + arg + "\"]\n", arg);
  }
  return config::LoadConfigFile(arg);
}

}  // namespace

int RunCheckConfig(Args args) {
  bool quiet = false;
  bool options_done = false;
  std::vector<std::string> files;
  for (const std::string_view arg : args) {
    if (!options_done && (arg == "-h" || arg == "--help")) {
      std::fwrite(kHelp.data(), 1, kHelp.size(), stdout);
      return kExitOk;
    }
    if (!options_done && (arg == "-q" || arg == "--quiet")) {
      quiet = true;
    } else if (!options_done && arg == "--embedded") {
      files.emplace_back(config::kEmbeddedPrefix);
    } else if (!options_done && arg == "--") {
      options_done = true;
    } else if (!options_done && arg.size() > 1 && arg.front() == '-') {
      std::fprintf(stderr, "tailwatch check-config: unknown option '%.*s'\n\n%.*s",
                   static_cast<int>(arg.size()), arg.data(), static_cast<int>(kHelp.size()),
                   kHelp.data());
      return kExitUsage;
    } else {
      files.emplace_back(arg);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "tailwatch check-config: missing FILE\n\n%.*s",
                 static_cast<int>(kHelp.size()), kHelp.data());
    return kExitUsage;
  }

  int status = kExitOk;
  for (const std::string& file : files) {
    const config::LoadResult result = Load(file);
    for (const config::Diagnostic& d : result.errors) {
      std::fprintf(stderr, "%s\n", d.ToString().c_str());
    }
    for (const config::Diagnostic& d : result.warnings) {
      std::fprintf(stderr, "%s\n", d.ToString().c_str());
    }
    if (!result.ok()) {
      status = kExitUserError;
      continue;
    }
    if (quiet) continue;
    const config::Config& c = *result.config;
    const std::string name = file == config::kEmbeddedPrefix ? c.source_name : file;
    std::printf("%s: OK (%s, %s, %s, %s)\n", name.c_str(),
                Count(c.log_groups.size(), "log group", "log groups").c_str(),
                Count(c.metric_filters.size(), "filter", "filters").c_str(),
                Count(c.alarms.size(), "alarm", "alarms").c_str(),
                Count(c.targets.size(), "target", "targets").c_str());
  }
  return status;
}

}  // namespace tailwatch::tools
