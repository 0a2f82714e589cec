// Turns a loaded Config into the engine's PipelineSpec (config -> engine is
// the only direction dependencies run).
#ifndef TAILWATCH_CONFIG_PIPELINE_SPEC_H_
#define TAILWATCH_CONFIG_PIPELINE_SPEC_H_

#include "config/config.h"
#include "engine/common/status.h"
#include "engine/pipeline/pipeline.h"

namespace tailwatch::config {

Result<engine::PipelineSpec> ToPipelineSpec(const Config& config);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_PIPELINE_SPEC_H_
