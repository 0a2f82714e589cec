// Reads a log file (or stdin) in large chunks and hands out its records, cut
// the way the daemon's tailer cuts them (engine/match/log_records.h: '\n',
// "\r\n" or a lone '\r' end a record; blank records are skipped).
#ifndef TAILWATCH_TOOLS_TAILWATCH_RECORD_READER_H_
#define TAILWATCH_TOOLS_TAILWATCH_RECORD_READER_H_

#include <functional>
#include <string>
#include <string_view>

#include "engine/common/status.h"

namespace tailwatch::tools {

// Calls `on_buffer` with consecutive buffers of whole records of `path`
// ("-" = stdin; a name ending in ".gz" is inflated on the fly), in order: each ends just after a
// terminator, except the last one of the file when the file does not end with one. A view is valid
// during the call only. Buffers are about 1 MiB; a record longer than that comes in a buffer of its
// own. A regular file is read through read-only mappings (no copy into a buffer), its last 2 MiB
// and every other input with read(2). A file that shrinks while it is read ends where it was cut;
// one truncated within the MiB being matched stops the process with a message (SIGBUS otherwise).
Status ForEachRecordBuffer(const std::string& path,
                           const std::function<void(std::string_view)>& on_buffer);

// The same for gzip data in memory (an object fetched from S3); `name`
// names it in errors (corrupt or truncated data).
Status ForEachRecordBufferOfGzip(std::string_view compressed, const std::string& name,
                                 const std::function<void(std::string_view)>& on_buffer);

// Calls `on_record` for every record of `path`, in order.
Status ForEachRecord(const std::string& path,
                     const std::function<void(std::string_view)>& on_record);

}  // namespace tailwatch::tools

#endif  // TAILWATCH_TOOLS_TAILWATCH_RECORD_READER_H_
