// The persisted per-alarm history of state transitions: the last
// kAlarmHistoryLength transitions of every alarm, kept in
// state_dir/alarm-history/<hex of the alarm name>.jsonl, one JSON object per
// line (the transition objects of GET /api/v1/alarms). The status page reads
// it through GET /api/v1/alarm-history; DescribeAlarmHistory can serve the
// same store.
//
// Crash safety: Append() writes the transition (it survives kill -9 from
// then on, in the page cache); Sync(), which the daemon runs before every
// checkpoint, makes what was appended durable on the device, so the engine
// strand never waits for the disk on a transition, and a transition a
// checkpoint holds is in its history after a power loss. A crash mid-append
// leaves at most a torn last line, which Open() drops (rewriting the file). A file is rewritten
// with its last kAlarmHistoryLength lines (temporary file, fsync, rename, directory fsync) once it
// holds twice that many.
//
// Owned by the engine strand; Sync() may run on any thread, concurrently with
// Append(); readers on other threads get an immutable AlarmHistoryView
// through the EngineSnapshot.
#ifndef TAILWATCH_DAEMON_RUNTIME_ALARM_HISTORY_H_
#define TAILWATCH_DAEMON_RUNTIME_ALARM_HISTORY_H_

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "engine/alarm/alarm_event.h"
#include "engine/common/status.h"

namespace tailwatch::daemon {

inline constexpr size_t kAlarmHistoryLength = 200;

// Alarm name -> its transitions as JSON objects, oldest first.
using AlarmHistoryView = std::map<std::string, std::shared_ptr<const std::vector<std::string>>>;

// {"id":..,"alarm":..,"from":..,"to":..,"time":..,"reason":..}
std::string AlarmTransitionJson(const engine::AlarmEvent& event);

// {"alarm":NAME,"transitions":[newest first]}; an alarm without history gets [].
std::string AlarmHistoryJson(const AlarmHistoryView* view, const std::string& alarm);

class AlarmHistoryStore {
 public:
  // Creates `dir` when missing and loads every history file in it.
  static Result<std::unique_ptr<AlarmHistoryStore>> Open(const std::string& dir);

  // Writes `event` to its alarm's file (durable after the next Sync). On a
  // write error the transition is still kept in memory and the error
  // returned for logging.
  Status Append(const engine::AlarmEvent& event);

  // Flushes the files appended to since the last Sync (and the directory,
  // when a file was created) to the device; the first error.
  Status Sync();

  std::shared_ptr<const AlarmHistoryView> view() const { return view_; }

 private:
  explicit AlarmHistoryStore(std::string dir) : dir_(std::move(dir)) {}
  std::string PathFor(const std::string& alarm) const;
  Status Rewrite(const std::string& alarm, const std::vector<std::string>& lines);

  std::string dir_;
  std::map<std::string, size_t> lines_in_file_;
  std::mutex unsynced_mu_;
  std::set<std::string> unsynced_files_;  // GUARDED_BY(unsynced_mu_)
  bool unsynced_dir_ = false;             // GUARDED_BY(unsynced_mu_)
  std::shared_ptr<const AlarmHistoryView> view_ = std::make_shared<const AlarmHistoryView>();
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_ALARM_HISTORY_H_
