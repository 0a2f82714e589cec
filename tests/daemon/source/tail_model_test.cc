// Model-based test of the tail stage (after vector's file_watcher experiment):
// random seeded sequences of writes, rename-rotations, copytruncate, truncate,
// delete, recreate, polls with random budgets, clock ticks, and crashes
// ("kill -9" right after a checkpoint, then a new TailSet restored from the
// serialized offsets), on a real temp dir. The property: every written line is
// delivered exactly once, and the lines of one file in write order.
//
// Losses no tailer can avoid are kept out of the sequences by preconditions,
// which is how the model documents them:
//   - truncate / copytruncate / deleting a rotated file: only once the tailer
//     has caught up (lines truncated away or deleted unread are gone; the
//     copytruncate copy no longer matches the glob);
//   - rename-rotation: only of a file the tailer has opened (a file created and
//     rotated away between two scans is never seen);
//   - a crash while a deleted file's unread tail is readable only through the
//     tailer's open fd: the crash happens after a drain (after a restart the
//     file cannot be found by any name);
//   - while the daemon is down: at most one rotation (a file created and
//     rotated while down is never seen), and delete/recreate only when caught
//     up (a deleted file's unread tail is gone);
//   - under an fd cap (every third seed: max_open_files 1), delete only when
//     caught up: a parked file has no fd to keep its unread tail readable.
// TAILWATCH_MODEL_TRACE=1 prints the steps as they run.
// "Caught up" is not trusted, it is checked: every Drain asserts that the
// delivered lines equal the written ones so far.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "daemon/source/tail_set.h"
#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::Append;
using testing::RecordingSink;
using testing::TempDir;

constexpr int64_t kRescanMs = 1000;

class TailModel {
 public:
  explicit TailModel(uint64_t seed, bool whole_buffers = false) : rng_(seed), sink_(whole_buffers) {
    options_.globs = {dir_ / "*.log"};
    options_.start_at = Pick({StartAt::kEnd, StartAt::kBeginning});
    options_.rescan_interval_ms = kRescanMs;
    options_.use_inotify = Chance(50);
    options_.file.read_chunk_bytes = Pick<size_t>({7, 64, 4096, 256 * 1024});
    options_.file.rotate_wait_ms = Pick<int64_t>({0, 2000});
    options_.file.partial_line_timeout_ms = 500;
    // Every third seed under a cap of one open file: rotations then park and
    // reopen the current file by identity (taken from the seed, not the rng,
    // so the other choices of a seed stay what they were).
    if (seed % 3 == 0) options_.max_open_files = 1;
    Log("options chunk=" + std::to_string(options_.file.read_chunk_bytes) +
        " rotate_wait=" + std::to_string(options_.file.rotate_wait_ms) +
        " max_open_files=" + std::to_string(options_.max_open_files));
    set_ = std::make_unique<TailSet>(options_, clock_);
    set_->Poll(sink_, 1 << 20);  // start-up scan: every file below appears later
  }

  void Run(int steps) {
    for (int i = 0; i < steps && !::testing::Test::HasFatalFailure(); ++i) Step();
    if (!live_) Restart();
    Drain();
    clock_.Advance(options_.file.rotate_wait_ms + kRescanMs);
    Drain();
    CheckDelivered();
  }

  std::string Trace() const {
    std::string out;
    for (const auto& t : trace_) out += "  " + t + "\n";
    return out;
  }

 private:
  template <class T>
  T Pick(std::initializer_list<T> values) {
    std::uniform_int_distribution<size_t> d(0, values.size() - 1);
    return *(values.begin() + d(rng_));
  }
  bool Chance(int percent) { return std::uniform_int_distribution<int>(0, 99)(rng_) < percent; }
  void Log(std::string what) {
    if (std::getenv("TAILWATCH_MODEL_TRACE")) std::fprintf(stderr, "%s\n", what.c_str());
    trace_.push_back(std::move(what));
  }

  void Step() {
    int roll = std::uniform_int_distribution<int>(0, 99)(rng_);
    if (!live_) {
      if (roll < 30) return Write();
      if (roll < 40) return Tick();
      if (roll < 50) return RotateWhileDown();
      if (roll < 60) return DestructiveWhileDown();
      return Restart();
    }
    if (roll < 30) return Write();
    if (roll < 45) return Poll();
    if (roll < 52) return Drain();
    if (roll < 58) return Tick();
    if (roll < 66) return Rotate();
    if (roll < 71) return CopyTruncate(/*copy=*/true);
    if (roll < 75) return CopyTruncate(/*copy=*/false);
    if (roll < 80) return Delete(/*recreate=*/false);
    if (roll < 85) return Delete(/*recreate=*/true);
    if (roll < 88) return DeleteRotated();
    return Crash();
  }

  void Write() {
    if (!app_exists_) {
      ++generation_;
      app_exists_ = true;
      seen_ = false;
    }
    int n = std::uniform_int_distribution<int>(1, 8)(rng_);
    std::string data;
    for (int i = 0; i < n; ++i) {
      std::string line = "g" + std::to_string(generation_) + "-" + std::to_string(++seq_) + "-";
      // Varied bytes, as real lines have (timestamps, ids): a run of equal
      // padding would make distinct files look alike to the offset marker.
      int pad = std::uniform_int_distribution<int>(0, 150)(rng_);
      for (int k = 0; k < pad; ++k) {
        line.push_back(static_cast<char>('a' + std::uniform_int_distribution<int>(0, 25)(rng_)));
      }
      written_.push_back(line);
      data += line + (Chance(20) ? "\r\n" : "\n");
    }
    Log("write " + std::to_string(n) + " lines up to seq " + std::to_string(seq_));
    Append(log_, data);  // one write(2): the tailer never sees half a line
    caught_up_ = false;
  }

  void Poll() {
    size_t budget = Pick<size_t>({1, 10, 100, 1000, 1 << 20});
    Log("poll budget " + std::to_string(budget));
    set_->Poll(sink_, budget);
  }

  // Lets a rescan run and reads everything; then nothing may be missing.
  void Drain() {
    if (!live_) return;
    Log("drain");
    clock_.Advance(kRescanMs);
    for (int i = 0; set_->Poll(sink_, 1 << 20); ++i) {
      ASSERT_LT(i, 100000) << "Poll never runs out of data";
    }
    seen_ = app_exists_;
    caught_up_ = true;
    deleted_unread_ = false;
    CheckDelivered();
  }

  void Tick() {
    int64_t ms = Pick<int64_t>({10, 300, 1500});
    Log("tick " + std::to_string(ms));
    clock_.Advance(ms);
  }

  std::string NextRotatedName() { return log_ + "." + std::to_string(++rotated_count_); }

  void Rotate() {
    if (!app_exists_) return Write();
    if (!seen_) Drain();  // precondition: the tailer has the file open
    std::string to = NextRotatedName();
    Log("rename-rotate to " + to);
    testing::Rename(log_, to);
    rotated_.push_back(to);
    app_exists_ = false;
    if (Chance(70)) Write();  // logrotate 'create', or the app recreates it on its next line
  }

  void CopyTruncate(bool copy) {
    if (!app_exists_) return Write();
    if (!caught_up_) Drain();  // precondition: nothing unread is truncated away
    if (copy) {
      std::string to = NextRotatedName();
      Log("copytruncate to " + to);
      testing::CopyTruncate(log_, to);
      rotated_.push_back(to);
    } else {
      Log("truncate");
      testing::Truncate(log_);
    }
    if (Chance(50)) Write();
  }

  void Delete(bool recreate) {
    if (!app_exists_) return Write();
    if (!seen_) Drain();  // live: the open fd keeps the unread tail readable
    // Under the fd cap the file may be parked (no fd): what it got since its
    // last read dies with it (the cap's documented cost).
    if (options_.max_open_files == 1 && !caught_up_) Drain();
    Log(recreate ? "delete + recreate" : "delete");
    testing::Remove(log_);
    app_exists_ = false;
    if (!caught_up_) deleted_unread_ = true;
    if (recreate) Write();
  }

  void DeleteRotated() {
    if (rotated_.empty()) return Write();
    if (!caught_up_) Drain();
    Log("delete " + rotated_.front());
    testing::Remove(rotated_.front());
    rotated_.erase(rotated_.begin());
  }

  void RotateWhileDown() {
    if (!app_exists_ || !seen_ || rotated_while_down_) return Write();
    std::string to = NextRotatedName();
    Log("(down) rename-rotate to " + to);
    testing::Rename(log_, to);
    rotated_.push_back(to);
    app_exists_ = false;
    seen_ = false;
    rotated_while_down_ = true;
  }

  void DestructiveWhileDown() {
    if (!caught_up_) return Tick();
    switch (std::uniform_int_distribution<int>(0, 3)(rng_)) {
      case 0:
        if (!app_exists_) return;
        Log("(down) truncate");
        testing::Truncate(log_);
        return;
      case 1: {
        if (!app_exists_) return;
        std::string to = NextRotatedName();
        Log("(down) copytruncate to " + to);
        testing::CopyTruncate(log_, to);
        rotated_.push_back(to);
        return;
      }
      case 2:
        if (!app_exists_) return;
        Log("(down) delete + recreate");
        testing::Remove(log_);
        app_exists_ = false;
        seen_ = false;
        return Write();  // may well reuse the freed inode
      default:
        if (rotated_.empty()) return;
        Log("(down) delete " + rotated_.front());
        testing::Remove(rotated_.front());
        rotated_.erase(rotated_.begin());
        return;
    }
  }

  // kill -9 right after a checkpoint: polls after it are lost with the process,
  // and so is what they delivered to the (equally restarted) engine.
  void Crash() {
    if (deleted_unread_) Drain();  // precondition (see the file comment)
    std::string offsets = set_->SerializeOffsets();
    size_t delivered = sink_.lines.size();
    int extra = std::uniform_int_distribution<int>(0, 2)(rng_);
    Log("checkpoint (" + std::to_string(delivered) + " delivered), " + std::to_string(extra) +
        " lost polls, crash");
    for (int i = 0; i < extra; ++i) set_->Poll(sink_, Pick<size_t>({100, 1 << 20}));
    set_.reset();
    sink_.lines.resize(delivered);
    sink_.paths.resize(delivered);
    checkpoint_ = std::move(offsets);
    live_ = false;
    rotated_while_down_ = false;
    // seen_ and caught_up_ are as they were at the checkpoint: no write since.
  }

  void Restart() {
    TailSetOptions options = options_;
    options.start_at = Pick({StartAt::kEnd, StartAt::kBeginning});  // must not matter
    Log("restart");
    set_ = std::make_unique<TailSet>(options, clock_);
    auto status = set_->RestoreOffsets(checkpoint_);
    ASSERT_TRUE(status) << status.error().message;
    live_ = true;
  }

  void CheckDelivered() {
    std::vector<std::string> want = written_;
    std::vector<std::string> got = sink_.lines;
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    if (want != got) {
      std::vector<std::string> missing, extra;
      std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                          std::back_inserter(missing));
      std::set_difference(got.begin(), got.end(), want.begin(), want.end(),
                          std::back_inserter(extra));
      FAIL() << "after " << trace_.size() << " steps: " << missing.size()
             << " lines missing (first: " << (missing.empty() ? "" : missing[0]) << "), "
             << extra.size() << " extra (first: " << (extra.empty() ? "" : extra[0]) << ")\n"
             << Trace();
      return;
    }
    // Per file generation, lines come in write order.
    std::map<std::string, long> last_seq;
    for (const std::string& line : sink_.lines) {
      size_t d1 = line.find('-');
      size_t d2 = line.find('-', d1 + 1);
      std::string gen = line.substr(0, d1);
      long seq = std::stol(line.substr(d1 + 1, d2 - d1 - 1));
      auto [it, fresh] = last_seq.emplace(gen, seq);
      if (!fresh) {
        ASSERT_LT(it->second, seq) << "out of order in " << gen << "\n" << Trace();
        it->second = seq;
      }
    }
  }

  TempDir dir_;
  std::string log_ = dir_ / "app.log";
  std::mt19937_64 rng_;
  ManualClock clock_{1'000'000};
  TailSetOptions options_;
  std::unique_ptr<TailSet> set_;
  RecordingSink sink_;
  std::vector<std::string> written_;
  std::vector<std::string> trace_;
  std::vector<std::string> rotated_;
  std::string checkpoint_;
  int generation_ = 0;
  long seq_ = 0;
  int rotated_count_ = 0;
  bool live_ = true;
  bool app_exists_ = false;
  bool seen_ = false;      // the tailer has the current app.log open
  bool caught_up_ = true;  // everything written has been delivered
  bool rotated_while_down_ = false;
  bool deleted_unread_ = false;  // a deleted file may hold unread lines
};

class TailModelTest : public ::testing::TestWithParam<std::tuple<uint64_t, bool>> {};

TEST_P(TailModelTest, EveryLineExactlyOnce) {
  TailModel model(std::get<0>(GetParam()), std::get<1>(GetParam()));
  model.Run(150);
}

// More seeds: TAILWATCH_MODEL_SEEDS=1000 runs seeds 1000..1999 in one test.
TEST(TailModelSoak, ManySeedsFromEnvironment) {
  const char* base = std::getenv("TAILWATCH_MODEL_SEEDS");
  if (base == nullptr) GTEST_SKIP() << "set TAILWATCH_MODEL_SEEDS to run";
  uint64_t first = std::strtoull(base, nullptr, 10);
  for (uint64_t seed = first; seed < first + 1000 && !HasFailure(); ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    TailModel model(seed);
    model.Run(200);
  }
}

// Each seed with a sink that takes lines and one that takes whole buffers.
INSTANTIATE_TEST_SUITE_P(Seeds, TailModelTest,
                         ::testing::Combine(::testing::Range<uint64_t>(1, 61), ::testing::Bool()),
                         [](const auto& p) {
                           return "seed" + std::to_string(std::get<0>(p.param)) +
                                  (std::get<1>(p.param) ? "_whole" : "");
                         });

}  // namespace
}  // namespace tailwatch::daemon
