// tailwatchd in-process with a log-anomaly detector, whose patterns are
// mined on a thread of their own: a new wording after the learning period is
// listed by /api/v1/anomalies and counted in /metrics while scrapes, a reload
// and checkpoints go on, and what was learned survives a restart. Built for
// the sanitizers: the asan and tsan stages run it too.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "daemon/runtime/daemon.h"
#include "tests/daemon/http/raw_client.h"
#include "tests/daemon/runtime/in_process_daemon.h"

namespace tailwatch::daemon {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;
using testing::ExpositionValue;

// The new_pattern anomalies listed in a /api/v1/anomalies body.
int NewPatterns(const std::string& body) {
  int count = 0;
  for (size_t at = 0; (at = body.find("\"kind\":\"new_pattern\"", at)) != std::string::npos; ++at) {
    ++count;
  }
  return count;
}

class DaemonLogAnomalyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tw-daemon-anomaly-XXXXXX";
    ASSERT_NE(nullptr, mkdtemp(tmpl));
    dir_ = tmpl;
    std::ofstream(dir_ + "/app.log");
    WriteConfig("HIT");
  }
  void TearDown() override {
    daemon_.reset();
    fs::remove_all(dir_);
  }

  void WriteConfig(const std::string& pattern) {
    std::ofstream out(dir_ + "/tailwatch.yaml.tmp");
    out << "server:\n  listen: \"127.0.0.1:0\"\n"
        << "state_dir: " << dir_ << "/state\n"
        << "checkpoint_interval_ms: 200\n"
        << "log_groups:\n"
        << "  - name: app\n    files: [\"" << dir_ << "/app.log\"]\n    start_at: beginning\n"
        << "metric_filters:\n"
        << "  - name: hits\n    log_group: app\n    pattern: \"" << pattern << "\"\n"
        << "    metric_transformation: {name: Hits, namespace: T, value: \"1\"}\n"
        << "log_anomaly_detectors:\n"
        << "  - name: app-patterns\n    log_groups: [app]\n    learning_period: 1\n"
        << "    evaluation_frequency: 1\n";
    out.close();
    fs::rename(dir_ + "/tailwatch.yaml.tmp", dir_ + "/tailwatch.yaml");
  }

  void Append(int lines, int first) {
    std::ofstream out(dir_ + "/app.log", std::ios::app);
    for (int i = first; i < first + lines; ++i) {
      out << "HIT worker " << i % 8 << " finished batch " << i << "\n";
      out << "loaded shard /data/s-" << i << ".bin\n";
    }
  }

  void AppendLine(const std::string& line) {
    std::ofstream(dir_ + "/app.log", std::ios::app) << line << "\n";
  }

  void StartDaemon() {
    DaemonOptions options;
    options.config_path = dir_ + "/tailwatch.yaml";
    daemon_ = std::make_unique<testing::InProcessDaemon>();
    daemon_->Start(options);
  }

  std::string Get(const std::string& path) {
    tailwatch::testing::RawClient client(daemon_->port());
    if (!client.Send(tailwatch::testing::Get(path))) return "";
    return client.Read(milliseconds(5000)).body;
  }

  // Polls `path` until its body holds `needle` (10 s at most).
  bool WaitFor(const std::string& path, const std::string& needle) {
    std::string body;
    for (int i = 0; i < 200; ++i) {
      body = Get(path);
      if (body.find(needle) != std::string::npos) return true;
      std::this_thread::sleep_for(milliseconds(50));
    }
    ADD_FAILURE() << path << " never held " << needle << "; last:\n" << body;
    return false;
  }

  std::string dir_;
  std::unique_ptr<testing::InProcessDaemon> daemon_;
};

TEST_F(DaemonLogAnomalyTest, ANewWordingIsListedWhileScrapesAndAReloadGoOnAndSurvivesARestart) {
  StartDaemon();
  Append(2000, 0);
  ASSERT_TRUE(WaitFor("/api/v1/patterns?log_group=app", "\"pattern_count\":2"));
  // Scrapes in a tight loop all along: readers only see published snapshots.
  std::atomic<bool> scraping{true};
  std::thread scraper([&] {
    while (scraping) daemon_->Scrape();
  });
  std::this_thread::sleep_for(milliseconds(1200));  // past the learning period
  Append(2000, 2000);
  WriteConfig("worker");  // the filter changes; the detector does not
  ::kill(::getpid(), SIGHUP);
  Append(2000, 4000);
  AppendLine("NCCL watchdog thread terminated with exception on rank 3");
  EXPECT_TRUE(WaitFor("/api/v1/anomalies", "NCCL watchdog thread terminated"));
  scraping = false;
  scraper.join();
  const std::string anomalies = Get("/api/v1/anomalies");
  EXPECT_EQ(NewPatterns(anomalies), 1) << anomalies;
  EXPECT_EQ(anomalies.find("finished batch"), std::string::npos) << "learned: " << anomalies;
  EXPECT_TRUE(WaitFor("/metrics", "tailwatch_log_patterns{log_group=\"app\"} 3"));
  EXPECT_GE(
      ExpositionValue(daemon_->Scrape(), "tailwatch_metric_samples_total{", "\"AnomalyCount\""), 1);
  EXPECT_EQ(daemon_->Stop(), 0);

  // The final checkpoint holds what was mined: nothing is new after a restart.
  StartDaemon();
  EXPECT_TRUE(WaitFor("/api/v1/anomalies", "NCCL watchdog thread terminated"));
  AppendLine("NCCL watchdog thread terminated with exception on rank 5");
  Append(10, 6000);
  EXPECT_TRUE(WaitFor("/api/v1/patterns?log_group=app", "\"lines\":12022"));
  EXPECT_EQ(NewPatterns(Get("/api/v1/anomalies")), 1);
  EXPECT_EQ(daemon_->Stop(), 0);
}

}  // namespace
}  // namespace tailwatch::daemon
