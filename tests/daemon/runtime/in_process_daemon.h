// tailwatchd run in-process on a thread, for tests that drive it over real
// sockets and files: start on a config file, scrape /metrics, stop with
// SIGTERM as a service manager would.
#ifndef TAILWATCH_TESTS_DAEMON_RUNTIME_IN_PROCESS_DAEMON_H_
#define TAILWATCH_TESTS_DAEMON_RUNTIME_IN_PROCESS_DAEMON_H_

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>

#include "daemon/runtime/daemon.h"
#include "tests/daemon/http/raw_client.h"

namespace tailwatch::daemon::testing {

// The value of the first exposition line starting with `prefix` and holding
// `needle`, or -1.
inline double ExpositionValue(const std::string& text, const std::string& prefix,
                              const std::string& needle = "") {
  size_t pos = 0;
  while ((pos = text.find(prefix, pos)) != std::string::npos) {
    const size_t end = text.find('\n', pos);
    const std::string line = text.substr(pos, end - pos);
    if ((pos == 0 || text[pos - 1] == '\n') && line.find(needle) != std::string::npos) {
      return std::stod(line.substr(line.rfind(' ') + 1));
    }
    ++pos;
  }
  return -1;
}

class InProcessDaemon {
 public:
  ~InProcessDaemon() {
    if (runner_.joinable()) Stop();
  }

  // Starts on `options` (config_path set by the caller) and waits until it
  // listens. Fails the test when it does not within 30 s.
  void Start(DaemonOptions options) {
    std::promise<uint16_t> listening;
    auto port = listening.get_future();
    options.on_listening = [&listening](uint16_t p) { listening.set_value(p); };
    daemon_ = std::make_unique<Daemon>(std::move(options));
    runner_ = std::thread([this] { exit_code_ = daemon_->Run(); });
    ASSERT_EQ(std::future_status::ready, port.wait_for(std::chrono::seconds(30)));
    port_ = port.get();
  }

  // SIGTERM, then the exit code of Run().
  int Stop() {
    ::kill(::getpid(), SIGTERM);
    runner_.join();
    daemon_.reset();
    return exit_code_;
  }

  std::string Scrape() const {
    tailwatch::testing::RawClient client(port_);
    if (!client.Send(tailwatch::testing::Get("/metrics"))) return "";
    return client.Read(std::chrono::milliseconds(5000)).body;
  }

  uint16_t port() const { return port_; }

 private:
  std::unique_ptr<Daemon> daemon_;
  std::thread runner_;
  std::atomic<int> exit_code_{-1};
  uint16_t port_ = 0;
};

}  // namespace tailwatch::daemon::testing

#endif  // TAILWATCH_TESTS_DAEMON_RUNTIME_IN_PROCESS_DAEMON_H_
