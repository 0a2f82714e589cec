// Where the import and export commands write: a file given with -o, or
// standard output.
#ifndef TAILWATCH_TOOLS_TAILWATCH_OUTPUT_FILE_H_
#define TAILWATCH_TOOLS_TAILWATCH_OUTPUT_FILE_H_

#include <string>
#include <string_view>

namespace tailwatch::tools {

// Writes `text` to `path` (replacing it through a temporary file, so a
// failed write leaves the old file), or to stdout when `path` is empty or
// "-". On failure prints "tailwatch COMMAND: ..." on stderr and returns false.
bool WriteOutput(const std::string& path, std::string_view text, std::string_view command);

}  // namespace tailwatch::tools

#endif  // TAILWATCH_TOOLS_TAILWATCH_OUTPUT_FILE_H_
