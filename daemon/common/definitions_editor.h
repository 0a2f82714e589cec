// How the CloudWatch and Logs APIs change the definitions made over the API
// (config::ApiDefinitions, state_dir/api_definitions.yaml).
//
// An edit runs on the engine strand with the document and the running
// configuration. When it changes the document, the daemon loads the
// configuration file with the candidate merged in through the same loader
// as YAML, and only when that loads and builds does it write the document
// (atomically) and apply the result as a reload does, before `done` is
// called. So an answer of success means the definition is in force and on
// disk.
#ifndef TAILWATCH_DAEMON_COMMON_DEFINITIONS_EDITOR_H_
#define TAILWATCH_DAEMON_COMMON_DEFINITIONS_EDITOR_H_

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"

namespace tailwatch::daemon {

// What an edit decided: refuse (error_code set, in the caller's protocol),
// or go on with or without a change.
struct DefinitionsVerdict {
  bool changed = false;
  std::string error_code;
  std::string error_message;
};

struct DefinitionsOutcome {
  enum class Kind {
    kApplied,      // in force (or nothing to change)
    kRefused,      // the edit's own error: code and message
    kInvalid,      // the candidate does not load: the loader's messages
    kUnavailable,  // stopping, the document unreadable, or it could not be written
  };
  Kind kind = Kind::kApplied;
  std::string code;
  std::string message;
};

class DefinitionsEditor {
 public:
  using Edit =
      std::function<DefinitionsVerdict(config::ApiDefinitions& document, const config::Config&)>;
  virtual ~DefinitionsEditor() = default;
  // Thread-safe; `done` is called once, on the engine strand or at once.
  virtual void EditDefinitions(Edit edit, std::function<void(DefinitionsOutcome)> done) = 0;
};

// Whether the running configuration's file (not the API) defines the name.
inline bool FileDefinesAlarm(const config::Config& c, std::string_view name) {
  const auto& api = c.api_alarm_names;
  return std::any_of(c.alarms.begin(), c.alarms.end(),
                     [name](const engine::AlarmSpec& a) { return a.name == name; }) &&
         std::find(api.begin(), api.end(), name) == api.end();
}
inline bool FileDefinesFilter(const config::Config& c, std::string_view name) {
  const auto& api = c.api_filter_names;
  return std::any_of(c.metric_filters.begin(), c.metric_filters.end(),
                     [name](const engine::FilterSpec& f) { return f.name == name; }) &&
         std::find(api.begin(), api.end(), name) == api.end();
}

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_COMMON_DEFINITIONS_EDITOR_H_
