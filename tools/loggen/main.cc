// tailwatch-loggen: writes deterministic GPU training-job logs (see
// training_log.h) for demos, tests and benchmarks.
//
// Output goes through one 1 MiB buffer and write(2): no iostream per line.
// In --follow mode lines are paced against the steady clock (no drift: the
// number due is rate * elapsed), flushed every tick, and SIGTERM/SIGINT stop
// the loop between ticks so the file never ends in a partial line.
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "tools/loggen/training_log.h"

namespace tailwatch::loggen {
namespace {

constexpr std::string_view kUsage =
    R"(usage: tailwatch-loggen [options]

Writes realistic, deterministic logs of GPU training jobs (Megatron, HF Trainer,
modded-nanogpt, JSON lines, MLPerf :::MLLOG, NCCL INFO floods, torchrun
warnings, tqdm with bare CRs) and can inject real failure wordings.
The same arguments give the same bytes on every machine.

options:
  --seed N            PRNG seed (default 1)
  --lines N           write N lines (default 1000 unless --bytes or --follow)
  --bytes N[K|M|G|T]  write lines until at least N bytes (binary units: 1G = 2^30)
  --mix default|bench|json-heavy
                      default: jobs with start-up floods and training phases;
                      bench: a stationary weighted mix of every line kind;
                      json-heavy: bench's mix with 55 % of the lines per-rank
                      JSON step records of a 64-rank job
  --failures SPEC     none (default) | some (every failure at --failure-rate) |
                      LIST: comma-separated NAME or NAME=RATE (probability per line);
                      names: oom (the three OOM wordings), oom_torch, oom_runtime,
                      oom_cuda_error, nccl_timeout, nccl_warn, nccl_error, xid,
                      nan_loss, error_exception, cuda_ecc, slurm_cancelled
  --failure-rate R    rate for 'some' and for names given without one (default 0.0001)
  --timestamps        prefix every line with its ISO-8601 time and a space
  --rate N            lines per second of the virtual clock (default 1000); with
                      --follow, the real output rate
  --start TIME        time of the first line, YYYY-MM-DDTHH:MM:SS[.mmm]Z
                      (default 2026-01-01T00:00:00Z; with --follow, now)
  --follow            write --rate lines/s until SIGTERM/SIGINT (or --lines/--bytes)
  --out FILE          write to FILE (truncated; appended to with --follow) instead of stdout
  --help              this text

At the end a JSON summary of the lines written per kind and per failure goes
to stderr. Exit status: 0 ok, 1 output error, 2 usage error.
)";

volatile sig_atomic_t g_stop = 0;

void OnSignal(int) { g_stop = 1; }

struct Args {
  GeneratorOptions gen;
  std::optional<uint64_t> lines;
  std::optional<uint64_t> bytes;
  bool follow = false;
  bool start_given = false;
  std::string out;
  std::string failures = "none";
  double failure_rate = kDefaultFailureRate;
};

bool ParseU64(std::string_view text, uint64_t* value) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size();
}

bool ParseSize(std::string_view text, uint64_t* value) {
  uint64_t multiplier = 1;
  if (text.ends_with("iB")) text.remove_suffix(2);
  if (text.ends_with("B")) text.remove_suffix(1);
  if (!text.empty()) {
    switch (text.back()) {
      case 'K':
      case 'k':
        multiplier = uint64_t{1} << 10;
        break;
      case 'M':
      case 'm':
        multiplier = uint64_t{1} << 20;
        break;
      case 'G':
      case 'g':
        multiplier = uint64_t{1} << 30;
        break;
      case 'T':
      case 't':
        multiplier = uint64_t{1} << 40;
        break;
      default:
        break;
    }
    if (multiplier != 1) text.remove_suffix(1);
  }
  uint64_t n = 0;
  if (!ParseU64(text, &n) || n > UINT64_MAX / multiplier) return false;
  *value = n * multiplier;
  return true;
}

int Usage(const std::string& message) {
  std::fprintf(stderr, "tailwatch-loggen: %s\n(see tailwatch-loggen --help)\n", message.c_str());
  return 2;
}

// Returns -1 when parsing succeeded, else the exit code.
int ParseArgs(int argc, char** argv, Args* args) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string_view* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    std::string_view v;
    if (arg == "--help" || arg == "-h") {
      std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
      return 0;
    } else if (arg == "--seed") {
      if (!value(&v) || !ParseU64(v, &args->gen.seed)) return Usage("--seed wants an integer");
    } else if (arg == "--lines") {
      uint64_t n = 0;
      if (!value(&v) || !ParseU64(v, &n)) return Usage("--lines wants an integer");
      args->lines = n;
    } else if (arg == "--bytes") {
      uint64_t n = 0;
      if (!value(&v) || !ParseSize(v, &n)) return Usage("--bytes wants a size such as 1G");
      args->bytes = n;
    } else if (arg == "--mix") {
      if (!value(&v)) return Usage("--mix wants default, bench or json-heavy");
      if (v == "default") {
        args->gen.mix = Mix::kDefault;
      } else if (v == "bench") {
        args->gen.mix = Mix::kBench;
      } else if (v == "json-heavy") {
        args->gen.mix = Mix::kJsonHeavy;
      } else {
        return Usage("--mix wants default, bench or json-heavy, not '" + std::string(v) + "'");
      }
    } else if (arg == "--failures") {
      if (!value(&v)) return Usage("--failures wants none, some or a list");
      args->failures = v;
    } else if (arg == "--failure-rate") {
      if (!value(&v)) return Usage("--failure-rate wants a number");
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), args->failure_rate);
      if (ec != std::errc() || end != v.data() + v.size() ||
          !(args->failure_rate >= 0 && args->failure_rate <= 1)) {
        return Usage("--failure-rate wants a number in [0, 1]");
      }
    } else if (arg == "--timestamps") {
      args->gen.timestamps = true;
    } else if (arg == "--rate") {
      if (!value(&v)) return Usage("--rate wants a number");
      const auto [end, ec] =
          std::from_chars(v.data(), v.data() + v.size(), args->gen.lines_per_second);
      if (ec != std::errc() || end != v.data() + v.size() ||
          !(args->gen.lines_per_second > 0 && args->gen.lines_per_second <= 1e9)) {
        return Usage("--rate wants a number of lines per second in (0, 1e9]");
      }
    } else if (arg == "--start") {
      if (!value(&v)) return Usage("--start wants a time");
      const std::optional<int64_t> ms = ParseIso8601Ms(v);
      if (!ms)
        return Usage("--start wants YYYY-MM-DDTHH:MM:SS[.mmm]Z, not '" + std::string(v) + "'");
      args->gen.start_ms = *ms;
      args->start_given = true;
    } else if (arg == "--follow") {
      args->follow = true;
    } else if (arg == "--out") {
      if (!value(&v) || v.empty()) return Usage("--out wants a file name");
      args->out = v;
    } else {
      return Usage("unknown argument '" + std::string(arg) + "'");
    }
  }
  std::string error;
  const auto rates = ParseFailureSpec(args->failures, args->failure_rate, &error);
  if (!rates) return Usage("--failures: " + error);
  args->gen.failure_rates = *rates;
  if (!args->lines && !args->bytes && !args->follow) args->lines = 1000;
  return -1;
}

// Buffered output to one fd. A write error (EPIPE: the reader went away)
// makes ok() false; the caller stops producing.
class Writer {
 public:
  static constexpr size_t kCapacity = size_t{1} << 20;
  explicit Writer(int fd) : fd_(fd), data_(new char[kCapacity]) {}

  // Room for one more line; flushes first when needed.
  char* Reserve() {
    if (kCapacity - size_ < TrainingLogGenerator::kMaxLineBytes) Flush();
    return data_.get() + size_;
  }
  void Commit(size_t n) { size_ += n; }

  void Flush() {
    size_t done = 0;
    while (done < size_ && ok_) {
      const ssize_t n = ::write(fd_, data_.get() + done, size_ - done);
      if (n > 0) {
        done += static_cast<size_t>(n);
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else {
        error_ = errno;
        ok_ = false;
      }
    }
    size_ = 0;
  }
  bool ok() const { return ok_; }
  int error() const { return error_; }

 private:
  int fd_;
  std::unique_ptr<char[]> data_;
  size_t size_ = 0;
  bool ok_ = true;
  int error_ = 0;
};

bool Done(const Args& args, const Counts& counts) {
  return (args.lines && counts.lines >= *args.lines) || (args.bytes && counts.bytes >= *args.bytes);
}

void SleepFor(std::chrono::nanoseconds d) {
  timespec ts;
  ts.tv_sec = static_cast<time_t>(d.count() / 1000000000);
  ts.tv_nsec = static_cast<long>(d.count() % 1000000000);
  // A signal cuts the sleep short (EINTR), so SIGTERM is seen within a tick.
  ::nanosleep(&ts, nullptr);
}

int Run(int argc, char** argv) {
  Args args;
  if (const int rc = ParseArgs(argc, argv, &args); rc >= 0) return rc;

  if (args.follow && !args.start_given) {
    args.gen.start_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
  }

  int fd = STDOUT_FILENO;
  if (!args.out.empty()) {
    const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (args.follow ? O_APPEND : O_TRUNC);
    fd = ::open(args.out.c_str(), flags, 0644);
    if (fd < 0) {
      std::fprintf(stderr, "tailwatch-loggen: cannot open %s: %s\n", args.out.c_str(),
                   std::strerror(errno));
      return 1;
    }
  }

  // A closed pipe shows up as EPIPE from write(), not as a silent death.
  ::signal(SIGPIPE, SIG_IGN);
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: let nanosleep return early
  ::sigaction(SIGTERM, &action, nullptr);
  ::sigaction(SIGINT, &action, nullptr);

  TrainingLogGenerator generator(args.gen);
  Writer writer(fd);

  if (!args.follow) {
    while (!Done(args, generator.counts()) && writer.ok() && !g_stop) {
      // Produce in batches so the stop checks stay off the per-line path.
      for (int k = 0; k < 256 && !Done(args, generator.counts()); ++k) {
        char* p = writer.Reserve();
        writer.Commit(generator.NextLine(p));
      }
    }
  } else {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const double rate = args.gen.lines_per_second;
    // Tick often enough to look smooth, rarely enough to stay cheap.
    const auto tick = std::chrono::nanoseconds(
        std::min<int64_t>(100000000, std::max<int64_t>(1000000, static_cast<int64_t>(1e9 / rate))));
    while (!g_stop && writer.ok() && !Done(args, generator.counts())) {
      const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
      const auto due = static_cast<uint64_t>(elapsed * rate) + 1;
      while (generator.counts().lines < due && !Done(args, generator.counts())) {
        char* p = writer.Reserve();
        writer.Commit(generator.NextLine(p));
      }
      writer.Flush();
      if (!Done(args, generator.counts())) SleepFor(tick);
    }
  }
  writer.Flush();
  if (fd != STDOUT_FILENO) ::close(fd);

  const std::string summary = generator.SummaryJson() + "\n";
  std::fwrite(summary.data(), 1, summary.size(), stderr);
  if (!writer.ok() && writer.error() != EPIPE) {
    std::fprintf(stderr, "tailwatch-loggen: write failed: %s\n", std::strerror(writer.error()));
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace tailwatch::loggen

int main(int argc, char** argv) { return tailwatch::loggen::Run(argc, argv); }
