#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "config/config.h"
#include "daemon/common/posix_file.h"

namespace tailwatch::daemon {
namespace {

namespace fs = std::filesystem;

class WriteFileAtomicallyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "tailwatch-atomic-XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
  }
  void TearDown() override { fs::remove_all(dir_); }
  static std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::string dir_;
};

TEST_F(WriteFileAtomicallyTest, ReplacesTheWholeFileAndLeavesNoTemporary) {
  const std::string path = dir_ + "/doc.yaml";
  ASSERT_TRUE(WriteFileAtomically(path, "first\n"));
  ASSERT_TRUE(WriteFileAtomically(path, "second\n"));
  EXPECT_EQ(Read(path), "second\n");
  EXPECT_FALSE(fs::exists(path + ".tmp"));
}

// A crash while the new content was being written leaves PATH.tmp half
// written: PATH still holds the old document, which loads, and the next
// write goes over the leftover.
TEST_F(WriteFileAtomicallyTest, AHalfWrittenTemporaryNeverReplacesTheDocument) {
  config::ApiDefinitions definitions;
  engine::AlarmSpec alarm;
  alarm.name = "kept";
  alarm.metric_namespace = "App";
  alarm.metric_name = "Errors";
  alarm.statistic = engine::Statistic::kSum;
  alarm.period_seconds = 60;
  alarm.threshold = 1;
  definitions.alarms.push_back(alarm);
  const std::string path = config::ApiDefinitionsPath(dir_);
  ASSERT_TRUE(WriteFileAtomically(path, config::ApiDefinitionsYaml(definitions)));
  std::ofstream(path + ".tmp", std::ios::binary) << "alarms:\n  - name: half";

  std::ofstream(dir_ + "/tw.yaml") << "state_dir: " << dir_ << "\n";
  config::LoadOptions options;
  options.api_definitions = true;
  const config::LoadResult loaded = config::LoadConfigFile(dir_ + "/tw.yaml", options);
  ASSERT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  ASSERT_EQ(loaded.config->alarms.size(), 1u);
  EXPECT_EQ(loaded.config->alarms[0].name, "kept");

  ASSERT_TRUE(WriteFileAtomically(path, "alarms: []\n"));
  EXPECT_EQ(Read(path), "alarms: []\n");
  EXPECT_FALSE(fs::exists(path + ".tmp"));
}

TEST_F(WriteFileAtomicallyTest, AMissingFolderIsAnErrorNamingTheFile) {
  const Status s = WriteFileAtomically(dir_ + "/nope/doc.yaml", "x");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("nope/doc.yaml.tmp"), std::string::npos) << s.error().message;
}

}  // namespace
}  // namespace tailwatch::daemon
