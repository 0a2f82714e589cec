// Loading and validating the YAML configuration (see config.h).
#include "config/config.h"

namespace tailwatch::config {

std::string Diagnostic::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

std::string LoadResult::FormatDiagnostics() const {
  std::string out;
  for (const auto* list : {&errors, &warnings}) {
    for (const Diagnostic& d : *list) out += d.ToString() + "\n";
  }
  return out;
}

LoadResult LoadConfigFile(const std::string& path) {
  LoadResult result;
  result.errors.push_back({path, 0, 0, "config loading not implemented yet"});
  return result;
}

LoadResult LoadConfigString(std::string_view /*yaml*/, const std::string& display_name) {
  LoadResult result;
  result.errors.push_back({display_name, 0, 0, "config loading not implemented yet"});
  return result;
}

LoadResult LoadEmbeddedDefault() {
  return LoadConfigString("", std::string(kEmbeddedDefaultName));
}

}  // namespace tailwatch::config
