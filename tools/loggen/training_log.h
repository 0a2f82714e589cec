// The line-producing core of tailwatch-loggen: a deterministic generator of
// GPU training-job logs, modelled on the real logs in
// shared/corpora/training-runs/ (Megatron iteration lines, HF Trainer dicts,
// modded-nanogpt step lines, JSON-lines loggers, MLPerf `:::MLLOG`, NCCL INFO
// floods, torchrun glog warnings, `[rankN]:` prefixes, tqdm with bare '\r').
// It can inject the real wordings of training failures at chosen rates.
//
// Determinism contract: for identical GeneratorOptions the byte sequence is
// identical on every machine and compiler. Hence: one seeded splitmix64
// stream, integer-only scaling (no std::*_distribution, whose output is
// implementation-defined, and no libm calls), and our own number formatting
// (no printf, no locale). The only floating point is the per-line time
// `start + i * 1000 / rate`, plain IEEE-754 double arithmetic.
//
// Standard library only; the benchmark programs include training_log.cc
// directly, so this pair must not depend on any tailwatch library.
//
// Thread safety: a generator is a plain value with mutable state; use one per
// thread.
#ifndef TAILWATCH_TOOLS_LOGGEN_TRAINING_LOG_H_
#define TAILWATCH_TOOLS_LOGGEN_TRAINING_LOG_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace tailwatch::loggen {

// Which stream to produce.
//   kDefault: a realistic sequence of jobs, each with a start-up phase (torchrun
//             warnings, an NCCL INFO flood from every rank, DeepSpeed info),
//             a training phase in one framework's format, and an end.
//   kBench:   a stationary weighted mix of every line kind, so that throughput
//             numbers do not depend on how many lines are produced.
//   kJsonHeavy: kBench's mix with 55 % of the lines replaced by per-rank JSON
//             step records of a large job (`{"ts":...,"step":1000,"loss":3.1094,
//             "lr":...,"tokens_per_s":48190,"grad_norm":1.07,"rank":20,"mfu":0.387,
//             "gpu_mem_gb":62.8,"step_time_ms":676}`, every rank once per step),
//             how multi-rank jobs that log JSON per step look.
enum class Mix { kDefault, kBench, kJsonHeavy };

// "default", "bench", "json-heavy".
std::string_view MixName(Mix mix);

// The healthy line kinds, named after the program that writes them. Two are
// "traps" seen in healthy real runs: nanogpt steps print `step_avg:nanms`
// before an average exists, and kOomWarningTrap is maskrcnn's start-up warning
// that *mentions* an out-of-memory (OOM) error.
enum class LineKind : uint8_t {
  kMegatron,   // ` iteration   120/ 1000 | consumed samples: ... | lm loss: 1.244238E+01 | ...`
  kHfTrainer,  // `{'loss': 2.31, 'grad_norm': 1.2, 'learning_rate': 4.9e-05, 'epoch': 0.5}`
  kTqdm,       // `\r  6%|▋         | 1/16 [00:58<14:41, 58.76s/it]\r...` (bare CRs)
  kNanogpt,    // `step:1/20344 train_loss:22.6248 train_time:87786ms step_avg:nanms`
  kJsonLines,  // `{"ts":"2026-...Z","level":"info","step":12,"loss":2.31,...,"rank":3}`
  kMllog,      // `:::MLLOG {"namespace": "", "time_ms": ..., "key": ..., ...}`
  kNcclInfo,   // `r6i4n5:37339:37339 [0] NCCL INFO ...`
  kTorchrunWarning,  // `W0101 00:00:00.123000 1735 torch/distributed/run.py:851] ...`
  kDeepspeedInfo,    // `[2026-01-01 00:00:00,123] [INFO] [utils.py:588:see_memory_usage] ...`
  kRankWarning,      // `[rank3]:[W101 00:00:00.123456 ProcessGroupNCCL.cpp:4115] ...`
  kShellTrace,       // `+ export NCCL_DEBUG=info`
  kOomWarningTrap,   // `WARNING:maskrcnn_benchmark.data.build:When using more than one image ...`
  kFailure,          // the line is an injected failure (see Failure)
};
inline constexpr int kLineKindCount = 12;  // kinds before kFailure

// Injected failures; each line of a failure carries its wording verbatim:
//   kOomTorch        `torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate ...`
//   kOomRuntime      `RuntimeError: CUDA out of memory. Tried to allocate ...`
//   kOomCudaError    `RuntimeError: CUDA error: out of memory`
//   kNcclTimeout     `[Rank 3] Watchdog caught collective operation timeout: WorkNCCL(...) ran for
//   ... milliseconds before timing out.` kNcclWarn        `host:pid:tid [g] NCCL WARN ...`
//   kNcclError       `torch.distributed.DistBackendError: NCCL error in: ...`
//   kXid             `[ t] NVRM: Xid (PCI:0000:3b:00): 79, pid=..., GPU has fallen off the bus.`
//   (also 48, 74) kNanLoss         `'loss': nan` | `train_loss:nan ` | `lm loss: nan |` |
//   `"loss":NaN` kErrorException  a line holding `Error Exception` (the seed filter's terms)
//   kCudaEcc         `RuntimeError: CUDA error: uncorrectable ECC error encountered`
//   kSlurmCancelled  `slurmstepd: error: *** STEP n.0 ON host CANCELLED AT ... ***`
// No healthy line and no other failure contains these wordings, and only
// kErrorException lines contain both `Error` and `Exception`.
enum class Failure : uint8_t {
  kOomTorch,
  kOomRuntime,
  kOomCudaError,
  kNcclTimeout,
  kNcclWarn,
  kNcclError,
  kXid,
  kNanLoss,
  kErrorException,
  kCudaEcc,
  kSlurmCancelled,
};
inline constexpr int kFailureCount = 11;

// snake_case names used on the command line and in the summary.
std::string_view LineKindName(LineKind kind);
std::string_view FailureName(Failure failure);
std::optional<Failure> FailureFromName(std::string_view name);

// The rate `--failures some` gives each failure kind (per line).
inline constexpr double kDefaultFailureRate = 1e-4;

// Parses `--failures`: "none", "some" (every kind at `default_rate`), or a
// comma-separated LIST of `name` or `name=rate` (rate = probability per line,
// in [0, 1]); `oom` names the three OOM wordings. On error returns nullopt and
// sets `*error`.
std::optional<std::array<double, kFailureCount>> ParseFailureSpec(std::string_view spec,
                                                                  double default_rate,
                                                                  std::string* error);

struct GeneratorOptions {
  uint64_t seed = 1;
  Mix mix = Mix::kDefault;
  // Per-line probability of each failure; their sum must be <= 1.
  std::array<double, kFailureCount> failure_rates{};
  // Virtual clock: line i (0-based) happens at start_ms + i * 1000 / rate.
  // Every in-line timestamp (JSON "ts", MLLOG time_ms, glog, DeepSpeed) uses it.
  int64_t start_ms = 1767225600000;  // 2026-01-01T00:00:00Z
  double lines_per_second = 1000.0;
  // Prefix each line with `2026-01-01T00:00:00.000Z ` (the line's time).
  bool timestamps = false;
};

// Per-kind counts of what was produced so far.
struct Counts {
  uint64_t lines = 0;
  uint64_t bytes = 0;
  std::array<uint64_t, kLineKindCount> kinds{};
  std::array<uint64_t, kFailureCount> failures{};
};

class TrainingLogGenerator {
 public:
  // Longest line NextLine() may write, prefix and '\n' included.
  static constexpr size_t kMaxLineBytes = 4096;

  explicit TrainingLogGenerator(const GeneratorOptions& options);

  // Writes the next line, terminated by '\n', to `out` (which must have room
  // for kMaxLineBytes) and returns its length. Lines may hold bare '\r' (tqdm)
  // but never '\n' except the last byte. Never allocates.
  size_t NextLine(char* out);

  // Kind of the line NextLine() last wrote (and which failure, if kFailure).
  LineKind last_kind() const { return last_kind_; }
  Failure last_failure() const { return last_failure_; }

  const Counts& counts() const { return counts_; }
  // The summary as one JSON object (no trailing newline):
  // {"seed":S,"mix":"default","lines":N,"bytes":B,"kinds":{...},"failures":{...}}
  std::string SummaryJson() const;

  ~TrainingLogGenerator();
  TrainingLogGenerator(TrainingLogGenerator&&) noexcept;
  TrainingLogGenerator& operator=(TrainingLogGenerator&&) noexcept;

  struct Impl;  // the job simulation, defined in training_log.cc

 private:
  GeneratorOptions options_;
  std::unique_ptr<Impl> impl_;
  LineKind last_kind_ = LineKind::kNcclInfo;
  Failure last_failure_ = Failure::kOomTorch;
  Counts counts_;
};

// Formats `ms` since the Unix epoch as `YYYY-MM-DDTHH:MM:SS.mmmZ` (24 bytes)
// into `out`; returns the number of bytes written.
size_t FormatIso8601Ms(int64_t ms, char* out);
// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (or `+00:00`) into ms since the epoch.
std::optional<int64_t> ParseIso8601Ms(std::string_view text);

}  // namespace tailwatch::loggen

#endif  // TAILWATCH_TOOLS_LOGGEN_TRAINING_LOG_H_
