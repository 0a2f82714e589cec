// `journal:` and `kernel:` of a log group: what they decode to, and the
// errors (with their positions) for what is wrong.
#include <gtest/gtest.h>

#include <string>

#include "config/config.h"
#include "tests/config/config_test_util.h"

namespace tailwatch::config {
namespace {

LoadResult Load(const std::string& group_body) {
  return LoadConfigString("log_groups:\n  - name: g\n" + group_body, "test.yaml");
}

TEST(JournalSourceConfigTest, DecodesEveryKey) {
  const LoadResult r = Load(
      "    journal:\n"
      "      units: [trainer, nvidia-persistenced.service]\n"
      "      identifiers: [kernel]\n"
      "      priority: warning\n"
      "      match: [_TRANSPORT=kernel, _HOSTNAME=gpu7]\n"
      "      directory: /var/log/journal/remote\n"
      "      fields: [_SYSTEMD_UNIT, _HOSTNAME, PRIORITY]\n"
      "    start_at: beginning\n");
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  const LogGroupConfig& g = r.config->log_groups[0];
  EXPECT_TRUE(g.journal.enabled);
  EXPECT_EQ(g.journal.units,
            (std::vector<std::string>{"trainer.service", "nvidia-persistenced.service"}));
  EXPECT_EQ(g.journal.identifiers, std::vector<std::string>{"kernel"});
  EXPECT_EQ(g.journal.max_priority, 4);
  EXPECT_EQ(g.journal.match.size(), 2u);
  EXPECT_EQ(g.journal.directory, "/var/log/journal/remote");
  EXPECT_EQ(g.journal.fields, (std::vector<std::string>{"_SYSTEMD_UNIT", "_HOSTNAME", "PRIORITY"}));
  EXPECT_TRUE(g.start_at_beginning);
  EXPECT_FALSE(g.kernel);
}

TEST(JournalSourceConfigTest, BareJournalAndKernel) {
  LoadResult r = Load("    journal:\n");
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  EXPECT_TRUE(r.config->log_groups[0].journal.enabled);
  EXPECT_EQ(r.config->log_groups[0].journal.max_priority, 7);
  r = Load("    kernel: true\n");
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  EXPECT_TRUE(r.config->log_groups[0].kernel);
  EXPECT_FALSE(r.config->log_groups[0].journal.enabled);
  r = Load("    files: [/tmp/x.log]\n");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.config->log_groups[0].journal.enabled);
  EXPECT_EQ(r.config->log_groups[0].journal.max_priority, 7);
  EXPECT_EQ(Load("    priority: 3\n").ok(), false);  // priority belongs under journal:
  r = Load("    journal: {priority: 3}\n");
  ASSERT_TRUE(r.ok()) << r.FormatDiagnostics();
  EXPECT_EQ(r.config->log_groups[0].journal.max_priority, 3);
}

TEST(JournalSourceConfigTest, ErrorsSayWhereAndWhat) {
  using testing::ErrorLines;
  EXPECT_EQ(ErrorLines(Load("    journal: {priority: loud}\n")),
            std::vector<std::string>{
                "3:25: priority: expected emerg, alert, crit, err, warning, notice, info, debug "
                "or 0-7, got 'loud' (entries at this priority or more urgent are read)"});
  EXPECT_EQ(ErrorLines(Load("    journal: {match: [transport=kernel]}\n")),
            std::vector<std::string>{
                "3:22: match: 'transport=kernel' is not FIELD=value (FIELD: upper-case letters, "
                "digits and '_', e.g. _TRANSPORT=kernel)"});
  EXPECT_EQ(ErrorLines(Load("    journal: {unit: [a]}\n")),
            std::vector<std::string>{"3:15: unknown key 'unit'; did you mean 'units'?"});
  EXPECT_EQ(ErrorLines(Load("    journal: {directory: \"\"}\n")),
            std::vector<std::string>{
                "3:26: directory: must not be empty (leave it out for the local journal)"});
  EXPECT_EQ(ErrorLines(Load("    journal: {fields: [MESSAGE]}\n")),
            std::vector<std::string>{
                "3:23: fields: 'MESSAGE' is not a journal field name other than MESSAGE "
                "(upper-case letters, digits and '_', e.g. _SYSTEMD_UNIT)"});
  const LoadResult both = Load("    kernel: true\n    journal: {units: [a]}\n");
  ASSERT_EQ(both.errors.size(), 1u);
  EXPECT_NE(both.errors[0].message.find("give either kernel or journal"), std::string::npos);
  EXPECT_EQ(ErrorLines(Load("    kernel: yes please\n")),
            std::vector<std::string>{"3:13: kernel: expected true or false, got 'yes please'"});
}

}  // namespace
}  // namespace tailwatch::config
