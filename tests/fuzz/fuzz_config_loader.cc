// libFuzzer target for the config loader: any bytes as YAML must give a
// config or a list of positioned errors, never a crash, a hang or an
// exception escaping (yaml-cpp's are caught in config/).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config/config.h"
#include "config/pipeline_spec.h"
#include "engine/pipeline/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view yaml(reinterpret_cast<const char*>(data), size);
  tailwatch::config::LoadResult result = tailwatch::config::LoadConfigString(yaml, "fuzz.yaml");
  for (const auto& e : result.errors) {
    if (e.line < 0 || e.column < 0) __builtin_trap();
    (void)e.ToString();
  }
  if (result.ok()) {
    // A config that loads must also build a pipeline.
    auto spec = tailwatch::config::ToPipelineSpec(*result.config);
    if (spec) {
      auto pipeline = tailwatch::engine::Pipeline::Create(std::move(*spec));
      if (pipeline && !(*pipeline)->spec().log_groups.empty()) {
        (*pipeline)->ProcessEvent(0, "Error Exception {\"a\":1}", 0);
        (void)(*pipeline)->Tick(3600000);
      }
    }
  }
  return 0;
}
