// Reads a log file (or stdin) in large chunks and hands out its records:
// split on '\n', a trailing '\r' stripped (CRLF), and a lone '\r' also ending a
// record (progress bars redraw with it), as the daemon's tailer does.
#ifndef TAILWATCH_TOOLS_TAILWATCH_RECORD_READER_H_
#define TAILWATCH_TOOLS_TAILWATCH_RECORD_READER_H_

#include <functional>
#include <string>
#include <string_view>

#include "engine/common/status.h"

namespace tailwatch::tools {

// Calls `on_record` for every record of `path` ("-" = stdin), in order. The
// view is valid during the call only. Empty records (blank lines) are skipped.
// Reads 1 MiB at a time; when `on_chunk` is set it is called with each buffer
// before its records are handed out (every record of that round is a view
// into it) and with an empty view once they all were -- replay uses it to
// announce the buffer to the prefilter (engine::Pipeline::AnnounceBlock).
Status ForEachRecord(const std::string& path, const std::function<void(std::string_view)>& on_record,
                     const std::function<void(std::string_view)>& on_chunk = {});

// Splits `text` the same way (used for in-memory input).
void SplitRecords(std::string_view text, const std::function<void(std::string_view)>& on_record);

}  // namespace tailwatch::tools

#endif  // TAILWATCH_TOOLS_TAILWATCH_RECORD_READER_H_
