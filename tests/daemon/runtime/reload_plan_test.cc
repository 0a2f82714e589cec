// PlanReload: which log groups a reload keeps, rebuilds, adds and drops.
#include "daemon/runtime/reload_plan.h"

#include <gtest/gtest.h>

namespace tailwatch::daemon {
namespace {

GroupTailConfig Group(std::string name, std::vector<std::string> globs, size_t max_line = 1024) {
  GroupTailConfig g;
  g.name = std::move(name);
  g.options.globs = std::move(globs);
  g.options.file.max_line_bytes = max_line;
  return g;
}

TEST(ReloadPlanTest, UnchangedGroupsAreKeptInTheirNewOrder) {
  const auto plan = PlanReload({Group("a", {"/a/*.log"}), Group("b", {"/b/*.log"})},
                               {Group("b", {"/b/*.log"}), Group("a", {"/a/*.log"})});
  ASSERT_EQ(2u, plan.groups.size());
  EXPECT_EQ(GroupAction::kKeep, plan.groups[0].action);
  EXPECT_EQ(1u, *plan.groups[0].old_index);
  EXPECT_EQ(GroupAction::kKeep, plan.groups[1].action);
  EXPECT_EQ(0u, *plan.groups[1].old_index);
  EXPECT_TRUE(plan.dropped.empty());
}

TEST(ReloadPlanTest, ChangedOptionsRebuildTheGroup) {
  for (const GroupTailConfig& changed :
       {Group("a", {"/a/*.log", "/c/*.log"}), Group("a", {"/a/*.log"}, 2048)}) {
    const auto plan = PlanReload({Group("a", {"/a/*.log"})}, {changed});
    ASSERT_EQ(1u, plan.groups.size());
    EXPECT_EQ(GroupAction::kRebuild, plan.groups[0].action);
    EXPECT_EQ(0u, *plan.groups[0].old_index);
  }
  GroupTailConfig from_start = Group("a", {"/a/*.log"});
  from_start.options.start_at = StartAt::kBeginning;
  EXPECT_EQ(GroupAction::kRebuild,
            PlanReload({Group("a", {"/a/*.log"})}, {from_start}).groups[0].action);
}

TEST(ReloadPlanTest, AChangedJournalOrKernelSourceRebuildsTheGroup) {
  GroupTailConfig journal = Group("a", {});
  journal.sources.journal = true;
  journal.sources.journal_options.units = {"trainer.service"};
  EXPECT_EQ(GroupAction::kKeep, PlanReload({journal}, {journal}).groups[0].action);
  GroupTailConfig warnings = journal;
  warnings.sources.journal_options.max_priority = 4;
  EXPECT_EQ(GroupAction::kRebuild, PlanReload({journal}, {warnings}).groups[0].action);
  GroupTailConfig kernel = Group("a", {});
  kernel.sources.kernel = true;
  EXPECT_EQ(GroupAction::kRebuild, PlanReload({journal}, {kernel}).groups[0].action);
  EXPECT_EQ(GroupAction::kRebuild, PlanReload({Group("a", {})}, {kernel}).groups[0].action);
}

TEST(ReloadPlanTest, NewGroupsAreAddedAndMissingOnesDropped) {
  const auto plan = PlanReload({Group("a", {"/a"}), Group("gone", {"/g"}), Group("x", {"/x"})},
                               {Group("a", {"/a"}), Group("new", {"/n"})});
  ASSERT_EQ(2u, plan.groups.size());
  EXPECT_EQ(GroupAction::kKeep, plan.groups[0].action);
  EXPECT_EQ(GroupAction::kNew, plan.groups[1].action);
  EXPECT_FALSE(plan.groups[1].old_index.has_value());
  EXPECT_EQ((std::vector<size_t>{1, 2}), plan.dropped);
}

TEST(ReloadPlanTest, EmptyConfigurationsOnEitherSide) {
  EXPECT_TRUE(PlanReload({}, {}).groups.empty());
  const auto all_new = PlanReload({}, {Group("a", {"/a"})});
  EXPECT_EQ(GroupAction::kNew, all_new.groups[0].action);
  const auto all_gone = PlanReload({Group("a", {"/a"}), Group("b", {"/b"})}, {});
  EXPECT_EQ((std::vector<size_t>{0, 1}), all_gone.dropped);
}

TEST(ReloadPlanTest, TailOptionsComeFromTheLogGroup) {
  config::LogGroupConfig c;
  c.name = "app";
  c.files = {"/var/log/app/*.log"};
  c.start_at_beginning = true;
  c.max_line_bytes = 4096;
  c.partial_line_timeout_ms = 1234;
  const TailSetOptions o = TailOptionsFor(c);
  EXPECT_EQ(c.files, o.globs);
  EXPECT_EQ(StartAt::kBeginning, o.start_at);
  EXPECT_EQ(4096u, o.file.max_line_bytes);
  EXPECT_EQ(1234, o.file.partial_line_timeout_ms);
  EXPECT_TRUE(SameTailOptions(o, TailOptionsFor(c)));
  c.poll_interval_ms = 10;  // not a TailSet option: no rebuild for it
  EXPECT_TRUE(SameTailOptions(o, TailOptionsFor(c)));
}

}  // namespace
}  // namespace tailwatch::daemon
