#include "daemon/runtime/reload_plan.h"

#include <unordered_map>

namespace tailwatch::daemon {

TailSetOptions TailOptionsFor(const config::LogGroupConfig& group) {
  TailSetOptions options;
  options.globs = group.files;
  options.start_at = group.start_at_beginning ? StartAt::kBeginning : StartAt::kEnd;
  options.file.max_line_bytes = group.max_line_bytes;
  options.file.partial_line_timeout_ms = group.partial_line_timeout_ms;
  options.rescan_interval_ms = kRescanIntervalMs;
  return options;
}

bool SameTailOptions(const TailSetOptions& a, const TailSetOptions& b) {
  return a.globs == b.globs && a.start_at == b.start_at &&
         a.file.max_line_bytes == b.file.max_line_bytes &&
         a.file.partial_line_timeout_ms == b.file.partial_line_timeout_ms &&
         a.file.read_chunk_bytes == b.file.read_chunk_bytes &&
         a.file.rotate_wait_ms == b.file.rotate_wait_ms &&
         a.rescan_interval_ms == b.rescan_interval_ms && a.use_inotify == b.use_inotify;
}

ReloadPlan PlanReload(const std::vector<GroupTailConfig>& old_groups,
                      const std::vector<GroupTailConfig>& new_groups) {
  std::unordered_map<std::string, size_t> old_by_name;
  for (size_t i = 0; i < old_groups.size(); ++i) old_by_name.emplace(old_groups[i].name, i);
  std::vector<bool> taken(old_groups.size(), false);
  ReloadPlan plan;
  plan.groups.reserve(new_groups.size());
  for (const GroupTailConfig& group : new_groups) {
    ReloadPlan::Step step;
    auto it = old_by_name.find(group.name);
    if (it != old_by_name.end() && !taken[it->second]) {
      taken[it->second] = true;
      step.old_index = it->second;
      step.action = SameTailOptions(old_groups[it->second].options, group.options) &&
                            old_groups[it->second].sources == group.sources
                        ? GroupAction::kKeep
                        : GroupAction::kRebuild;
    }
    plan.groups.push_back(step);
  }
  for (size_t i = 0; i < old_groups.size(); ++i) {
    if (!taken[i]) plan.dropped.push_back(i);
  }
  return plan;
}

}  // namespace tailwatch::daemon
