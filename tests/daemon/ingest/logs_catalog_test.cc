// LogsCatalog: group and stream lifecycle, the configured groups' rules, and
// persistence across reopen in a real directory.
#include "daemon/ingest/logs_catalog.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::TempDir;

struct ManualClock {
  int64_t now = 1000;
};

std::unique_ptr<LogsCatalog> OpenAt(const std::string& path, ManualClock& clock) {
  auto opened = LogsCatalog::Open(path, [&clock] { return clock.now; });
  EXPECT_TRUE(opened.has_value());
  return opened ? std::move(*opened) : nullptr;
}

TEST(LogsCatalogTest, GroupAndStreamLifecycle) {
  ManualClock clock;
  auto catalog = OpenAt("", clock);
  EXPECT_FALSE(catalog->GroupExists("g", false));
  EXPECT_EQ(CatalogOutcome::kGroupNotFound, catalog->CreateStream("g", "s", false));
  EXPECT_EQ(CatalogOutcome::kOk, catalog->CreateGroup("g", false, {{"k", "v"}}));
  EXPECT_EQ(CatalogOutcome::kAlreadyExists, catalog->CreateGroup("g", false, {}));
  EXPECT_TRUE(catalog->GroupExists("g", false));
  EXPECT_EQ(CatalogOutcome::kOk, catalog->CreateStream("g", "s", false));
  EXPECT_EQ(CatalogOutcome::kAlreadyExists, catalog->CreateStream("g", "s", false));
  catalog->NotePut("g", "s", 50, 70, 1100, 12, "tok");
  catalog->NotePut("g", "s", 40, 60, 1200, 3, "");
  auto group = catalog->FindGroup("g", false);
  ASSERT_TRUE(group.has_value());
  EXPECT_TRUE(group->api_created);
  EXPECT_EQ(1000, group->creation_ms);
  const LogStreamInfo& stream = group->streams.at("s");
  EXPECT_EQ(40, stream.first_event_ms);
  EXPECT_EQ(70, stream.last_event_ms);
  EXPECT_EQ(1200, stream.last_ingestion_ms);
  EXPECT_EQ(15u, stream.stored_bytes);
  EXPECT_EQ("tok", stream.upload_sequence_token);
  EXPECT_EQ(CatalogOutcome::kOk, catalog->DeleteStream("g", "s", false));
  EXPECT_EQ(CatalogOutcome::kStreamNotFound, catalog->DeleteStream("g", "s", false));
  EXPECT_EQ(CatalogOutcome::kOk, catalog->DeleteGroup("g", false));
  EXPECT_EQ(CatalogOutcome::kGroupNotFound, catalog->DeleteGroup("g", false));
  EXPECT_FALSE(catalog->FindGroup("g", false).has_value());
}

TEST(LogsCatalogTest, ConfiguredGroupsAlwaysExistAndCannotBeDeleted) {
  ManualClock clock;
  auto catalog = OpenAt("", clock);
  EXPECT_TRUE(catalog->GroupExists("app", true));
  EXPECT_EQ(CatalogOutcome::kOk, catalog->CreateGroup("app", true, {}));
  EXPECT_EQ(CatalogOutcome::kOk, catalog->CreateGroup("app", true, {}));  // idempotent
  EXPECT_EQ(CatalogOutcome::kConfigured, catalog->DeleteGroup("app", true));
  EXPECT_EQ(CatalogOutcome::kOk, catalog->RegisterPushStream("app", "host1", true));
  EXPECT_EQ(CatalogOutcome::kOk, catalog->RegisterPushStream("app", "host1", true));
  EXPECT_EQ(CatalogOutcome::kGroupNotFound, catalog->RegisterPushStream("other", "s", false));
  EXPECT_EQ(CatalogOutcome::kOk, catalog->SetRetention("app", true, 7));
  auto groups = catalog->Groups({"app", "empty"});
  ASSERT_EQ(2u, groups.size());
  EXPECT_EQ("app", groups[0].name);
  EXPECT_FALSE(groups[0].api_created);
  EXPECT_EQ(7, groups[0].retention_days.value_or(0));
  EXPECT_EQ(1u, groups[0].streams.count("host1"));
  EXPECT_EQ("empty", groups[1].name);
  EXPECT_TRUE(catalog->CreatedGroupNames().empty());
  // Once the configuration drops the group, its entry is not a group any more.
  EXPECT_FALSE(catalog->GroupExists("app", false));
  EXPECT_FALSE(catalog->FindGroup("app", false).has_value());
}

TEST(LogsCatalogTest, SurvivesReopen) {
  TempDir dir;
  ManualClock clock;
  const std::string path = dir / "logs_catalog.json";
  {
    auto catalog = OpenAt(path, clock);
    ASSERT_EQ(CatalogOutcome::kOk, catalog->CreateGroup("api/g", false, {{"team", "a\"b"}}));
    ASSERT_EQ(CatalogOutcome::kOk, catalog->CreateStream("api/g", "s1", false));
    ASSERT_EQ(CatalogOutcome::kOk, catalog->SetRetention("api/g", false, 30));
    ASSERT_EQ(CatalogOutcome::kOk, catalog->Untag("api/g", false, {"none"}));
    ASSERT_EQ(CatalogOutcome::kOk, catalog->RegisterPushStream("app", "h", true));
  }
  auto catalog = OpenAt(path, clock);
  auto group = catalog->FindGroup("api/g", false);
  ASSERT_TRUE(group.has_value());
  EXPECT_EQ(30, group->retention_days.value_or(0));
  EXPECT_EQ("a\"b", group->tags.at("team"));
  EXPECT_EQ(1u, group->streams.count("s1"));
  EXPECT_EQ(1u, catalog->FindGroup("app", true)->streams.count("h"));
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
}

TEST(LogsCatalogTest, ACorruptFileIsAClearError) {
  TempDir dir;
  const std::string path = dir / "logs_catalog.json";
  std::ofstream(path) << "{\"groups\": [";
  auto opened = LogsCatalog::Open(path, [] { return int64_t{0}; });
  ASSERT_FALSE(opened.has_value());
  EXPECT_NE(std::string::npos, opened.error().message.find(path));
  EXPECT_NE(std::string::npos, opened.error().message.find("not valid JSON"));
}

}  // namespace
}  // namespace tailwatch::daemon
