// The daemon's own checkpoint sections, beside the engine's ("engine"):
//   tail.<group>   one TailSet's offsets (TailSet::SerializeOffsets)
//   tail_totals    per log group, the tail counters of every earlier run, so
//                  the exported counters survive restarts and never go back
//   tail_retired   log groups that are not configured now but were read
//                  before: their offsets and totals, oldest first, so that
//                  configuring one again (by a reload or at a restart)
//                  resumes its files instead of reading them again
// Section names are [A-Za-z0-9_.%-]; a long log group name is cut and keeps a
// stable (FNV-1a) hash of the whole.
#ifndef TAILWATCH_DAEMON_RUNTIME_DAEMON_CHECKPOINT_H_
#define TAILWATCH_DAEMON_RUNTIME_DAEMON_CHECKPOINT_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "daemon/checkpoint/checkpoint_store.h"
#include "daemon/source/tail_types.h"

namespace tailwatch::daemon {

std::string SectionForGroup(std::string_view log_group);

// The monotonic fields of TailCounters (all but files_watched and
// skipped_files), which add up across TailSets and runs.
TailCounters AddCumulative(TailCounters total, const TailCounters& more);

void PutTailTotals(const std::vector<std::pair<std::string, TailCounters>>& totals,
                   CheckpointSections& sections);
// By log group name. Reads this build's section and the earlier "daemon"
// layout (six counters per group); a damaged section yields what was read
// before the damage.
std::map<std::string, TailCounters, std::less<>> GetTailTotals(const CheckpointSections& sections);

// A log group that is not configured now: where its files stood and what it
// had counted when it was dropped.
struct RetiredTail {
  std::string name;
  std::string offsets;  // TailSet::SerializeOffsets()
  TailCounters base;
};

// At most this many retired groups are kept (the oldest go first): group
// names generated per job must not grow the checkpoint without bound.
inline constexpr size_t kMaxRetiredTails = 1000;

// Oldest first. Absent or damaged: none (the groups then start as new ones).
void PutRetiredTails(const std::vector<RetiredTail>& retired, CheckpointSections& sections);
std::vector<RetiredTail> GetRetiredTails(const CheckpointSections& sections);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_DAEMON_CHECKPOINT_H_
