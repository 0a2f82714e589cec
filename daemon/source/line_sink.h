// How the tailer hands lines to its consumer (the engine strand).
//
// Lines travel in batches so the hot path makes one virtual call per read
// chunk, not per line. A batch's views point into the tailer's reused read
// buffer: they are valid only during OnLines; copy what must outlive the call.
// A line carries no terminator ('\n', "\r\n" or a lone '\r' are stripped) and
// is never empty; it may hold any bytes (invalid UTF-8, NUL).
#ifndef TAILWATCH_DAEMON_SOURCE_LINE_SINK_H_
#define TAILWATCH_DAEMON_SOURCE_LINE_SINK_H_

#include <span>
#include <string_view>

namespace tailwatch::daemon {

struct LineBatch {
  std::string_view path;  // the watched path (the glob match), also the stream name
  std::span<const std::string_view> lines;
  // When not empty: the read buffer the lines were cut from, terminators
  // included, whose records (engine/match/log_records.h) are exactly `lines`
  // (none was truncated or skipped), so a sink may process it whole.
  std::string_view records;
};

class LineSink {
 public:
  virtual ~LineSink() = default;
  // Called on the tailer's strand. Must not call back into the TailSet.
  virtual void OnLines(const LineBatch& batch) = 0;

  // A sink that processes whole read buffers says so; the tailer then skips
  // cutting lines where it can prove none is over max_line_bytes, and calls
  // OnRecords with the buffer instead of OnLines.
  virtual bool TakesWholeBuffers() const { return false; }
  // `records`: whole records (log_records.h), terminators included, none
  // over max_line_bytes. Returns how many records it held.
  virtual size_t OnRecords(std::string_view path, std::string_view records) {
    static_cast<void>(path);
    static_cast<void>(records);
    return 0;
  }
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_LINE_SINK_H_
