// Helpers for the tail stage tests: a real temp dir, file operations as a log
// writer and logrotate perform them, and a sink that records lines.
#ifndef TAILWATCH_TESTS_DAEMON_SOURCE_TAIL_TEST_UTIL_H_
#define TAILWATCH_TESTS_DAEMON_SOURCE_TAIL_TEST_UTIL_H_

#include <fcntl.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "daemon/source/clock.h"
#include "daemon/source/line_sink.h"
#include "daemon/source/tail_set.h"
#include "engine/match/log_records.h"

namespace tailwatch::daemon::testing {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "tailwatch-test-XXXXXX").string();
    char* made = ::mkdtemp(tmpl.data());
    if (made == nullptr) std::abort();
    path_ = made;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(std::string_view name) const { return path_ + "/" + std::string(name); }

 private:
  std::string path_;
};

// Appends with O_APPEND, as loggers do.
inline void Append(const std::string& path, std::string_view data) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0) << path;
  ASSERT_EQ(::write(fd, data.data(), data.size()), static_cast<ssize_t>(data.size()));
  ::close(fd);
}
inline void Truncate(const std::string& path, off_t size = 0) {
  ASSERT_EQ(::truncate(path.c_str(), size), 0) << path;
}
inline void Rename(const std::string& from, const std::string& to) {
  ASSERT_EQ(::rename(from.c_str(), to.c_str()), 0) << from;
}
inline void Remove(const std::string& path) { ASSERT_EQ(::unlink(path.c_str()), 0) << path; }
// copytruncate as logrotate does it: copy the content, then truncate in place.
inline void CopyTruncate(const std::string& path, const std::string& copy) {
  std::filesystem::copy_file(path, copy, std::filesystem::copy_options::overwrite_existing);
  Truncate(path, 0);
}

// Records every line it gets. With `whole` it takes whole read buffers
// (LineSink::TakesWholeBuffers) and cuts them itself, so tests can check that
// both ways deliver the same lines.
struct RecordingSink : LineSink {
  explicit RecordingSink(bool whole_buffers = false) : whole(whole_buffers) {}
  void OnLines(const LineBatch& batch) override {
    ++batches;
    if (!batch.records.empty()) {
      // The whole read buffer, when given, holds exactly the batch's lines.
      ++whole_batches;
      std::vector<std::string_view> cut;
      engine::ForEachLogRecord(batch.records, [&](std::string_view r) { cut.push_back(r); });
      EXPECT_EQ(std::vector<std::string_view>(batch.lines.begin(), batch.lines.end()), cut);
    }
    for (std::string_view line : batch.lines) {
      lines.emplace_back(line);
      paths.emplace_back(batch.path);
    }
  }
  bool TakesWholeBuffers() const override { return whole; }
  size_t OnRecords(std::string_view path, std::string_view records) override {
    ++batches;
    ++record_buffers;
    EXPECT_TRUE(whole);
    size_t count = 0;
    engine::ForEachLogRecord(records, [&](std::string_view r) {
      ++count;
      lines.emplace_back(r);
      paths.emplace_back(path);
    });
    return count;
  }
  std::vector<std::string> Take() { return std::exchange(lines, {}); }
  bool whole = false;
  std::vector<std::string> lines;
  std::vector<std::string> paths;
  int batches = 0;
  int whole_batches = 0;
  int record_buffers = 0;
};

// A TailSet over dir_/*.log with a manual clock and a recording sink: the
// fixture of the tail stage's tests.
class TailSetFixture : public ::testing::Test {
 protected:
  static constexpr size_t kBudget = 1 << 20;

  TailSetOptions Options(StartAt start_at = StartAt::kBeginning) {
    TailSetOptions options;
    options.globs = {dir_ / "*.log"};
    options.start_at = start_at;
    options.rescan_interval_ms = 1000;
    options.file.rotate_wait_ms = 0;
    return options;
  }
  std::unique_ptr<TailSet> Make(TailSetOptions options) {
    return std::make_unique<TailSet>(std::move(options), clock_);
  }
  // Polls until nothing is pending, as the daemon does.
  void Drain(TailSet& set) {
    for (int i = 0; i < 1000 && set.Poll(sink_, kBudget); ++i) {
    }
  }
  // Lets the periodic rescan run, then drains.
  void RescanAndDrain(TailSet& set) {
    clock_.Advance(1000);
    Drain(set);
  }

  TempDir dir_;
  std::string log_ = dir_ / "app.log";
  ManualClock clock_{1'000'000};
  RecordingSink sink_;
};

}  // namespace tailwatch::daemon::testing

#endif  // TAILWATCH_TESTS_DAEMON_SOURCE_TAIL_TEST_UTIL_H_
