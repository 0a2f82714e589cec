// tailwatchd --engine-threads: log groups read and matched at once give what
// one thread gives. Three groups (one cutting long lines, so its lines take
// the line-by-line path) are tailed from the beginning with 1 and with 3
// engine threads (two of them also mined for log patterns): every metric
// series, filter count, line count and rolling alarm state is the same; and with 3 threads across a
// stop and restart in the middle of the files, the checkpointed offsets count every line once.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/daemon/runtime/in_process_daemon.h"

namespace tailwatch::daemon {
namespace {

namespace fs = std::filesystem;
using testing::ExpositionValue;
using testing::InProcessDaemon;

constexpr int64_t kT0 = 1767225600000;  // 2026-01-01T00:00:00Z
constexpr int kLinesPerGroup = 12000;
constexpr int kGroups = 3;

class DaemonEngineThreadsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tw-engine-threads-XXXXXX";
    ASSERT_NE(nullptr, mkdtemp(tmpl));
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Log(int group) const { return dir_ + "/g" + std::to_string(group) + ".log"; }

  // Lines [from, to) of a group: JSON step records with a rank, an error
  // now and then, and (group 2) lines longer than its max_line_bytes.
  void Write(int group, int from, int to) const {
    std::ofstream out(Log(group), std::ios::app);
    for (int i = from; i < to; ++i) {
      const int64_t ts = kT0 + int64_t{i} * 50;
      if (i % 97 == 0) {
        out << "{\"ts\":" << ts << ",\"msg\":\"ERROR step " << i << "\"}\n";
      } else if (group == 2 && i % 501 == 0) {
        out << "{\"ts\":" << ts << ",\"loss\":1.5,\"pad\":\"" << std::string(200, 'x') << "\"}\n";
      } else {
        out << "{\"ts\":" << ts << ",\"loss\":" << (group + 1) * 0.5 + (i % 7) * 0.125
            << ",\"rank\":" << (i % 4) << "}\n";
      }
    }
  }

  std::string Config(const std::string& state_dir) const {
    std::ostringstream c;
    c << "server:\n  listen: \"127.0.0.1:0\"\nstate_dir: " << state_dir << "\nlog_groups:\n";
    for (int g = 0; g < kGroups; ++g) {
      c << "  - name: g" << g << "\n    files: [\"" << Log(g) << "\"]\n"
        << "    start_at: beginning\n    poll_interval_ms: 20\n"
        << "    timestamp: {field: $.ts, format: epoch_ms}\n"
        << (g == 2 ? "    max_line_bytes: 128\n" : "");
    }
    c << "metric_filters:\n";
    for (int g = 0; g < kGroups; ++g) {
      c << "  - name: loss" << g << "\n    log_group: g" << g
        << "\n    pattern: '{ $.loss = * }'\n    metric_transformation: {name: Loss" << g
        << ", namespace: T, value: $.loss, dimensions: {Rank: $.rank}}\n"
        << "  - name: errors" << g << "\n    log_group: g" << g
        << "\n    pattern: ERROR\n    metric_transformation: {name: Errors" << g
        << ", namespace: T, value: \"1\"}\n";
    }
    // Patterns mined from two groups' records, handed over from the workers.
    c << "log_anomaly_detectors:\n  - name: patterns\n    log_groups: [g0, g2]\n"
      << "    learning_period: 1\n    evaluation_frequency: 1\n";
    c << "alarms:\n";
    for (int g = 0; g < kGroups; ++g) {
      c << "  - name: burst" << g << "\n    namespace: T\n    metric_name: Errors" << g
        << "\n    statistic: Sum\n    period: 60\n    evaluation_periods: 1\n"
        << "    threshold: " << 2 + g << "\n"
        << "    comparison_operator: GreaterThanThreshold\n"
        << "    treat_missing_data: notBreaching\n    evaluation: rolling\n";
    }
    return c.str();
  }

  // Runs until every group has read `lines` lines, then stops; returns the
  // exposition lines that tell what was counted.
  std::string Run(int engine_threads, const std::string& state_dir, int lines) {
    const std::string config = dir_ + "/tailwatch.yaml";
    std::ofstream(config) << Config(state_dir);
    DaemonOptions options;
    options.config_path = config;
    options.engine_threads = engine_threads;
    // Event time comes from the lines; a fixed clock after the last of them
    // makes every rolling alarm's silence check the same in every run.
    options.wall_clock_ms = [] { return kT0 + int64_t{kLinesPerGroup} * 50 + 1000; };
    InProcessDaemon daemon;
    daemon.Start(options);
    std::string scrape;
    bool all_read = false;
    for (int i = 0; i < 600 && !all_read; ++i) {
      scrape = daemon.Scrape();
      all_read = true;
      for (int g = 0; g < kGroups; ++g) {
        all_read &= ExpositionValue(scrape, "tailwatch_read_lines_total",
                                    "log_group=\"g" + std::to_string(g) + "\"") >= lines;
      }
      if (!all_read) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    EXPECT_TRUE(all_read) << scrape;
    std::this_thread::sleep_for(std::chrono::milliseconds(600));  // a tick or two
    scrape = daemon.Scrape();
    EXPECT_EQ(0, daemon.Stop());
    std::vector<std::string> kept;
    std::istringstream in(scrape);
    for (std::string line; std::getline(in, line);) {
      for (const char* prefix :
           {"tailwatch_metric_value_total{", "tailwatch_metric_samples_total{",
            "tailwatch_filter_matches_total{", "tailwatch_alarm_state{",
            "tailwatch_read_lines_total{", "tailwatch_lines_truncated_total{"}) {
        if (line.rfind(prefix, 0) == 0) kept.push_back(line);
      }
    }
    std::sort(kept.begin(), kept.end());
    std::string out;
    for (const std::string& line : kept) out += line + "\n";
    return out;
  }

  std::string dir_;
};

TEST_F(DaemonEngineThreadsTest, GroupsAtOnceCountWhatOneThreadCounts) {
  for (int g = 0; g < kGroups; ++g) Write(g, 0, kLinesPerGroup);
  const std::string one = Run(1, dir_ + "/state1", kLinesPerGroup);
  const std::string three = Run(3, dir_ + "/state3", kLinesPerGroup);
  EXPECT_EQ(one, three);
  // The runs counted something in every group, truncated group 2's long
  // lines, and the burst alarms saw their errors.
  EXPECT_NE(one.find("tailwatch_filter_matches_total{filter=\"errors2\""), std::string::npos);
  EXPECT_GT(ExpositionValue(one, "tailwatch_lines_truncated_total", "g2"), 0) << one;
  EXPECT_GT(ExpositionValue(one, "tailwatch_metric_samples_total", "metric=\"Loss1\""), 0) << one;
  EXPECT_EQ(ExpositionValue(one, "tailwatch_alarm_state", "alarm=\"burst2\",state=\"ALARM\""), 1)
      << one;

  // Stopped half-way and restarted from its checkpoint: every line once.
  fs::remove_all(dir_ + "/state3");
  for (int g = 0; g < kGroups; ++g) fs::remove(Log(g));
  for (int g = 0; g < kGroups; ++g) Write(g, 0, kLinesPerGroup / 2);
  Run(3, dir_ + "/state3", kLinesPerGroup / 2);
  for (int g = 0; g < kGroups; ++g) Write(g, kLinesPerGroup / 2, kLinesPerGroup);
  EXPECT_EQ(one, Run(3, dir_ + "/state3", kLinesPerGroup));
}

}  // namespace
}  // namespace tailwatch::daemon
