// Writes a Config back as tailwatch YAML, the schema config.h loads.
//
// What it writes loads again to an equal Config (the lists compare equal
// field by field; settings left at their defaults are left out). Secrets are
// never written, only the paths of the files they come from. `include:` is
// not written: the lists are already merged, so the result stands alone.
#ifndef TAILWATCH_CONFIG_CONFIG_WRITER_H_
#define TAILWATCH_CONFIG_CONFIG_WRITER_H_

#include <string>
#include <vector>

#include "config/config.h"

namespace tailwatch::config {

struct ConfigWriteOptions {
  // Comment lines written first ("# " is added).
  std::vector<std::string> header;
  // Write the top-level settings (server, ingest, state_dir, ...) and
  // targets, not only log_groups, metric_filters and alarms.
  bool settings = true;
  // A log group without files gets `files: []` and a comment asking for the
  // globs of its log files (an imported definition has none).
  bool files_placeholder = false;
};

std::string WriteConfigYaml(const Config& config, const ConfigWriteOptions& options = {});

// The shortest text that reads back as the same double ("0.1", "300", "1e+21").
std::string FormatNumber(double value);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_CONFIG_WRITER_H_
