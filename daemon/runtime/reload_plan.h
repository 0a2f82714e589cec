// What a configuration reload does to the tail stage, decided before anything
// is touched: a pure function of the old and new log groups, so the rules are
// unit-tested without files, inotify or an io_context.
//
//   kKeep     same name, same tail options: the running TailSet, its inotify
//             watch and its pending wait carry over unchanged (no second
//             wait, no new descriptor).
//   kRebuild  same name, other options (globs, journal or kernel source,
//             start_at, line limits): a new
//             TailSet resumes from the old one's offsets for the files both
//             watch; the old one is closed at once and its counters are added
//             to the group's totals, so exported counters never go back.
//   kNew      a name the old configuration did not have.
// Old groups that no new group names are dropped: closed at once (their fds
// and inotify instance released in the reload itself).
#ifndef TAILWATCH_DAEMON_RUNTIME_RELOAD_PLAN_H_
#define TAILWATCH_DAEMON_RUNTIME_RELOAD_PLAN_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "daemon/runtime/record_sources.h"
#include "daemon/source/tail_set.h"

namespace tailwatch::daemon {

// How often a TailSet rescans its globs when inotify says nothing.
inline constexpr int kRescanIntervalMs = 1000;

// The TailSet options a configured log group asks for.
TailSetOptions TailOptionsFor(const config::LogGroupConfig& group);
bool SameTailOptions(const TailSetOptions& a, const TailSetOptions& b);

struct GroupTailConfig {
  std::string name;
  TailSetOptions options;
  RecordSourceOptions sources;  // journal / kernel; a change rebuilds the group
};

enum class GroupAction { kKeep, kRebuild, kNew };

struct ReloadPlan {
  struct Step {
    GroupAction action = GroupAction::kNew;
    std::optional<size_t> old_index;  // set for kKeep and kRebuild
  };
  std::vector<Step> groups;     // one per new group, in the new order
  std::vector<size_t> dropped;  // old groups no new group names, ascending
};

// Groups are matched by name (names are unique within a configuration).
ReloadPlan PlanReload(const std::vector<GroupTailConfig>& old_groups,
                      const std::vector<GroupTailConfig>& new_groups);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_RELOAD_PLAN_H_
