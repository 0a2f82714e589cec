// libFuzzer target for `tailwatch import`: any bytes as an input file must
// give definitions or positioned errors, never a crash, a hang or an
// exception escaping; and what is imported, written as YAML, must load as a
// config without error (the importer checks each definition as the loader
// would, so its output never needs hand repair beyond `files:`).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config/config.h"
#include "config/config_writer.h"
#include "config/importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const tailwatch::config::ImportResult result = tailwatch::config::ImportText(text, "fuzz.json");
  for (const auto& list : {&result.errors, &result.warnings}) {
    for (const auto& d : *list) {
      if (d.line < 0 || d.column < 0) __builtin_trap();
      (void)d.ToString();
    }
  }
  if (!result.ok()) return 0;
  tailwatch::config::ConfigWriteOptions options;
  options.settings = false;
  options.files_placeholder = true;
  const std::string yaml = tailwatch::config::WriteConfigYaml(result.config, options);
  if (!tailwatch::config::LoadConfigString(yaml, "imported.yaml").ok()) __builtin_trap();
  return 0;
}
