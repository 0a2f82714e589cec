// What readers of a running tailwatchd see, with its real clock: a scrape is
// answered while ingestion is held in the middle of a poll (readers take the
// published snapshot, never the engine's state), and a series held at the
// dimension cap is forgotten once idle, so rotating dimension values keep
// being counted.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>

#include "tests/daemon/http/raw_client.h"
#include "tests/daemon/runtime/in_process_daemon.h"

namespace tailwatch::daemon {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;
using testing::ExpositionValue;
using testing::InProcessDaemon;

class DaemonReadersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tw-daemon-readers-XXXXXX";
    ASSERT_NE(nullptr, mkdtemp(tmpl));
    dir_ = tmpl;
    std::ofstream(dir_ + "/app.log");
  }
  void TearDown() override {
    daemon_.reset();
    fs::remove_all(dir_);
  }

  DaemonOptions WriteConfig(const std::string& extra) {
    std::ofstream out(dir_ + "/tailwatch.yaml");
    out << "server:\n  listen: \"127.0.0.1:0\"\n"
        << "state_dir: " << dir_ << "/state\n"
        << extra << "log_groups:\n"
        << "  - name: app\n    files: [\"" << dir_ << "/app.log\"]\n    start_at: beginning\n"
        << "    poll_interval_ms: 50\n"
        << "metric_filters:\n"
        << "  - name: jobs\n    log_group: app\n    pattern: \"[verb=JOB, name]\"\n"
        << "    metric_transformation:\n"
        << "      {name: Jobs, namespace: T, value: \"1\", dimensions: {Name: \"$name\"}}\n";
    DaemonOptions options;
    options.config_path = dir_ + "/tailwatch.yaml";
    return options;
  }

  void Append(const std::string& text) { std::ofstream(dir_ + "/app.log", std::ios::app) << text; }

  // Waits until `predicate(scrape)` holds; false after ~10 s.
  template <class Predicate>
  bool WaitFor(Predicate predicate) {
    for (int i = 0; i < 200; ++i) {
      if (predicate(daemon_->Scrape())) return true;
      std::this_thread::sleep_for(milliseconds(50));
    }
    return false;
  }

  std::string dir_;
  std::unique_ptr<InProcessDaemon> daemon_ = std::make_unique<InProcessDaemon>();
};

TEST_F(DaemonReadersTest, ScrapesAreAnsweredWhileIngestionIsHeld) {
  std::mutex mu;
  std::condition_variable cv;
  bool hold = false, holding = false;
  DaemonOptions options = WriteConfig("");
  options.before_group_poll = [&](const std::string&) {
    std::unique_lock lock(mu);
    if (!hold) return;
    holding = true;
    cv.notify_all();
    cv.wait(lock, [&] { return !hold; });
    holding = false;
  };
  daemon_->Start(options);
  Append("JOB a\n");
  ASSERT_TRUE(WaitFor([](const std::string& m) {
    return ExpositionValue(m, "tailwatch_metric_samples_total{", "\"Jobs\"") == 1;
  }));

  {
    std::unique_lock lock(mu);
    hold = true;
    ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return holding; }));
  }
  // The engine strand is now stopped inside a poll. Readers still answer,
  // from the last published snapshot.
  const std::string metrics = daemon_->Scrape();
  tailwatch::testing::RawClient client(daemon_->port());
  ASSERT_TRUE(client.Send(tailwatch::testing::Get("/api/v1/alarms")));
  const auto alarms = client.Read(milliseconds(5000));
  {
    std::lock_guard lock(mu);
    EXPECT_TRUE(holding) << "the poll was released before the reads finished";
    hold = false;
  }
  cv.notify_all();
  EXPECT_EQ(1, ExpositionValue(metrics, "tailwatch_metric_samples_total{", "\"Jobs\""));
  EXPECT_EQ(200, alarms.status);
  EXPECT_EQ(0, daemon_->Stop());
}

// A poll that reads nothing publishes nothing: readers keep the snapshot
// they have, and only the once-a-second tick publishes while idle.
TEST_F(DaemonReadersTest, IdlePollsPublishNoSnapshot) {
  std::atomic<int> polls{0}, publications{0};
  DaemonOptions options = WriteConfig("");
  options.before_group_poll = [&](const std::string&) { ++polls; };
  options.on_snapshot_published = [&](uint64_t) { ++publications; };
  daemon_->Start(options);
  Append("JOB a\n");
  ASSERT_TRUE(WaitFor([](const std::string& m) {
    return ExpositionValue(m, "tailwatch_metric_samples_total{", "\"Jobs\"") == 1;
  }));
  const int polls_before = polls.load(), publications_before = publications.load();
  const auto started = std::chrono::steady_clock::now();
  for (int i = 0; i < 400 && polls.load() < polls_before + 20; ++i) {
    std::this_thread::sleep_for(milliseconds(25));
  }
  const int idle_polls = polls.load() - polls_before;
  const int idle_publications = publications.load() - publications_before;
  const auto ticks =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started)
          .count() +
      2;
  ASSERT_GE(idle_polls, 20);
  EXPECT_LE(idle_publications, ticks) << idle_polls << " idle polls";

  // Input still publishes at once.
  Append("JOB b\n");
  ASSERT_TRUE(WaitFor([](const std::string& m) {
    return ExpositionValue(m, "tailwatch_metric_samples_total{", "Name=\"b\"") == 1;
  }));
  EXPECT_EQ(0, daemon_->Stop());
}

TEST_F(DaemonReadersTest, SeriesAtTheDimensionCapAreForgottenWhenIdle) {
  daemon_->Start(WriteConfig("max_dimension_combinations: 2\ndimension_idle_timeout_ms: 1000\n"));
  Append("JOB a\nJOB b\nJOB c\n");
  // a and b take the two places; c is refused and counted.
  ASSERT_TRUE(WaitFor([](const std::string& m) {
    return ExpositionValue(m, "tailwatch_metric_samples_refused_total", "dimension_cap") == 1;
  })) << daemon_->Scrape();
  std::string m = daemon_->Scrape();
  EXPECT_EQ(1, ExpositionValue(m, "tailwatch_metric_samples_total{", "Name=\"a\""));
  EXPECT_EQ(-1, ExpositionValue(m, "tailwatch_metric_samples_total{", "Name=\"c\""));

  // Idle for longer than the timeout, a and b are forgotten; new values
  // are counted again.
  ASSERT_TRUE(WaitFor([](const std::string& text) {
    return ExpositionValue(text, "tailwatch_metric_samples_total{", "Name=\"a\"") == -1;
  })) << daemon_->Scrape();
  Append("JOB c\nJOB d\n");
  ASSERT_TRUE(WaitFor([](const std::string& text) {
    return ExpositionValue(text, "tailwatch_metric_samples_total{", "Name=\"c\"") == 1 &&
           ExpositionValue(text, "tailwatch_metric_samples_total{", "Name=\"d\"") == 1;
  })) << daemon_->Scrape();
  EXPECT_EQ(1, ExpositionValue(daemon_->Scrape(), "tailwatch_metric_samples_refused_total",
                               "dimension_cap"));
  EXPECT_EQ(0, daemon_->Stop());
}

}  // namespace
}  // namespace tailwatch::daemon
