// Where the sinks keep an alarm's lines: the groups whose filters feed the
// alarm's metric, under the key prefix their objects really get.
#include "daemon/sink/log_locations.h"

#include <gtest/gtest.h>

#include "daemon/sink/object_key.h"

namespace tailwatch::sink {
namespace {

constexpr int64_t kT = 1796554800000;  // 2026-12-06T11:00:00Z

engine::FilterSpec Filter(std::string group, std::string ns, std::string metric) {
  engine::FilterSpec f;
  f.name = group + "-" + metric;
  f.log_group = std::move(group);
  f.pattern = "ERROR";
  f.transformation.metric_namespace = std::move(ns);
  f.transformation.metric_name = std::move(metric);
  return f;
}

config::SinkConfig Sink(std::string name, std::string prefix, std::vector<std::string> groups) {
  config::SinkConfig s;
  s.name = std::move(name);
  s.bucket = "twlogs";
  s.prefix = std::move(prefix);
  s.log_groups = std::move(groups);
  return s;
}

TEST(LogLocationsTest, TheShippedGroupsFeedingTheMetricUnderTheirObjectsKeyPrefix) {
  config::Config config;
  config.metric_filters = {Filter("/aws/app", "App", "Errors"), Filter("web", "App", "Errors"),
                           Filter("db", "App", "Latency")};
  config.sinks = {Sink("archive", "nodes/n1", {"db", "/aws/app"}), Sink("cold", "", {"web"})};
  engine::AlarmSpec alarm;
  alarm.metric_namespace = "App";
  alarm.metric_name = "Errors";
  alarm.period_seconds = 60;
  alarm.evaluation_periods = 3;

  const std::vector<engine::LogLocation> got = LogLocationsFor(config, alarm, kT);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].sink, "archive");
  EXPECT_EQ(got[0].log_group, "/aws/app");
  EXPECT_EQ(got[0].bucket, "twlogs");
  EXPECT_EQ(got[0].key_prefix, "nodes/n1/%2Faws%2Fapp/");
  EXPECT_EQ(got[0].start_ms, kT - 4 * 60000);  // three periods and one for the delay
  EXPECT_EQ(got[0].end_ms, kT);
  EXPECT_EQ(got[1].sink, "cold");
  EXPECT_EQ(got[1].key_prefix, "web/");

  // The objects a sink writes for that group lie under the prefix.
  const ObjectKeyParts parts{"nodes/n1", "/aws/app", "/var/log/app.log", kT, "journal", 1, 2};
  EXPECT_EQ(MakeObjectKey(parts).rfind(got[0].key_prefix, 0), 0u);
}

TEST(LogLocationsTest, NoneWhenNoSinkShipsAFeedingGroup) {
  config::Config config;
  config.metric_filters = {Filter("app", "App", "Errors")};
  config.sinks = {Sink("archive", "p", {"other"})};
  engine::AlarmSpec alarm;
  alarm.metric_namespace = "App";
  alarm.metric_name = "Errors";
  EXPECT_TRUE(LogLocationsFor(config, alarm, kT).empty());
}

}  // namespace
}  // namespace tailwatch::sink
