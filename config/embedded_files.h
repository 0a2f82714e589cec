// The config files shipped inside the binaries (config/*.yaml and
// config/packs/*.yaml at build time), so `tailwatchd` without --config runs
// the embedded default and configs can include the shipped packs.
#ifndef TAILWATCH_CONFIG_EMBEDDED_FILES_H_
#define TAILWATCH_CONFIG_EMBEDDED_FILES_H_

#include <optional>
#include <span>
#include <string_view>

namespace tailwatch::config {

struct EmbeddedFile {
  std::string_view
      path;  // relative to config/, e.g. "tailwatch.default.yaml", "packs/ai-training.yaml"
  std::string_view text;
};

// Every embedded file, sorted by path.
std::span<const EmbeddedFile> EmbeddedFiles();

// The file's text, or nullopt.
inline std::optional<std::string_view> FindEmbeddedFile(std::string_view path) {
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    if (f.path == path) return f.text;
  }
  return std::nullopt;
}

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_EMBEDDED_FILES_H_
