// An event read from a record source (the systemd journal, /dev/kmsg), as
// the daemon hands it to the engine. The views are valid during the call only.
#ifndef TAILWATCH_DAEMON_SOURCE_SOURCE_EVENT_H_
#define TAILWATCH_DAEMON_SOURCE_SOURCE_EVENT_H_

#include <cstdint>
#include <string_view>

namespace tailwatch::daemon {

struct SourceEvent {
  std::string_view message;  // the entry's MESSAGE, the kmsg record's text
  std::string_view stream;   // unit, identifier, or "kernel"
  int64_t time_ms = 0;       // when the entry was logged (epoch ms)
};

class SourceEventSink {
 public:
  virtual ~SourceEventSink() = default;
  virtual void OnSourceEvent(const SourceEvent& event) = 0;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_SOURCE_SOURCE_EVENT_H_
