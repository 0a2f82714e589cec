#include "tools/loggen/training_log.h"

#include <charconv>
#include <cstring>
#include <string>
#include <utility>

// How the stream is built: a Job is one simulated training job (framework,
// nodes x GPUs, host names, pids, a loss curve). kDefault walks each job
// through its phases (shell trace, torchrun warnings, NCCL init flood,
// framework start-up, training, end) and then starts the next one; kBench
// keeps one job per framework alive and picks each line's kind from a fixed
// weight table. Which lines are failures is drawn from a second PRNG stream
// (one draw per line), so failure positions do not depend on the healthy
// content; a fatal failure (OOM, NCCL timeout, Xid, ...) ends its job.
//
// Speed: a line is built with memcpy of literals and our own integer
// formatting straight into the caller's buffer; nothing allocates.

namespace tailwatch::loggen {
namespace {

// ---------------------------------------------------------------- PRNG ----

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, fully specified.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) for n < 2^32, by multiply-shift (no modulo bias worth
  // caring about for a log generator, and identical everywhere).
  uint64_t Below(uint64_t n) { return ((Next() >> 32) * n) >> 32; }
  // Uniform in [lo, hi].
  int64_t Range(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(Below(static_cast<uint64_t>(hi - lo + 1)));
  }
  // Symmetric noise in [-amp, amp].
  int64_t Noise(int64_t amp) { return amp <= 0 ? 0 : Range(-amp, amp); }

 private:
  uint64_t state_;
};

// ---------------------------------------------------------- formatting ----

constexpr int64_t kPow10[] = {1,
                              10,
                              100,
                              1000,
                              10000,
                              100000,
                              1000000,
                              10000000,
                              100000000,
                              1000000000,
                              10000000000LL,
                              100000000000LL,
                              1000000000000LL,
                              10000000000000LL,
                              100000000000000LL,
                              1000000000000000LL,
                              10000000000000000LL,
                              100000000000000000LL,
                              1000000000000000000LL};

int DigitCount(uint64_t v) {
  int n = 1;
  while (n < 19 && v >= static_cast<uint64_t>(kPow10[n])) ++n;
  return v >= 10000000000000000000ULL ? 20 : n;
}

// A cursor into the caller's line buffer.
class Out {
 public:
  explicit Out(char* p) : p_(p) {}
  char* pos() const { return p_; }

  void Lit(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  void Ch(char c) { *p_++ = c; }
  void Repeat(char c, int n) {
    for (int i = 0; i < n; ++i) *p_++ = c;
  }

  // Decimal, right-aligned in `width` with `pad` (printf "%*d").
  void U(uint64_t v, int width = 0, char pad = ' ') {
    char tmp[20];
    int n = 0;
    do {
      tmp[n++] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v != 0);
    for (int i = n; i < width; ++i) *p_++ = pad;
    while (n > 0) *p_++ = tmp[--n];
  }
  void I(int64_t v) {
    if (v < 0) {
      Ch('-');
      U(static_cast<uint64_t>(-v));
    } else {
      U(static_cast<uint64_t>(v));
    }
  }
  // v * 10^-decimals with exactly `decimals` digits ("%.*f").
  void Fixed(int64_t v, int decimals, int width = 0) {
    if (v < 0) {
      Ch('-');
      v = -v;
    }
    const int64_t scale = kPow10[decimals];
    const int int_width = width > 0 ? width - decimals - (decimals > 0 ? 1 : 0) : 0;
    U(static_cast<uint64_t>(v / scale), int_width);
    if (decimals > 0) {
      Ch('.');
      U(static_cast<uint64_t>(v % scale), decimals, '0');
    }
  }
  // Like Fixed, but trailing zeros go (keeping one decimal), as Python's
  // repr of round(x, n) prints: 2.3100 -> "2.31", 2.0000 -> "2.0".
  void FixedTrim(int64_t v, int decimals) {
    while (decimals > 1 && v % 10 == 0) {
      v /= 10;
      --decimals;
    }
    Fixed(v, decimals);
  }
  // v * 10^-decimals (v > 0) in scientific notation with `sig` significant
  // digits: "1.244238E+01" (printf "%.6E") or, with `trim`, Python-repr-like
  // "4.9e-05". v == 0 prints as zero with the same shape.
  void Sci(int64_t v, int decimals, int sig, char e, bool trim = false) {
    if (v < 0) {
      Ch('-');
      v = -v;
    }
    int exponent = 0;
    uint64_t mantissa = 0;
    if (v != 0) {
      const int n = DigitCount(static_cast<uint64_t>(v));
      exponent = n - 1 - decimals;
      if (n > sig) {
        const int64_t div = kPow10[n - sig];
        mantissa = static_cast<uint64_t>((v + div / 2) / div);
        if (mantissa >= static_cast<uint64_t>(kPow10[sig])) {
          mantissa /= 10;
          ++exponent;
        }
      } else {
        mantissa = static_cast<uint64_t>(v * kPow10[sig - n]);
      }
    }
    int frac_digits = sig - 1;
    uint64_t frac = mantissa % static_cast<uint64_t>(kPow10[frac_digits]);
    if (trim) {
      while (frac_digits > 0 && frac % 10 == 0) {
        frac /= 10;
        --frac_digits;
      }
    }
    U(mantissa / static_cast<uint64_t>(kPow10[sig - 1]));
    if (frac_digits > 0) {
      Ch('.');
      U(frac, frac_digits, '0');
    }
    Ch(e);
    Ch(exponent < 0 ? '-' : '+');
    U(static_cast<uint64_t>(exponent < 0 ? -exponent : exponent), 2, '0');
  }
  void Hex(uint64_t v, int width = 0) {
    static constexpr char kDigits[] = "0123456789abcdef";
    char tmp[16];
    int n = 0;
    do {
      tmp[n++] = kDigits[v & 15];
      v >>= 4;
    } while (v != 0);
    for (int i = n; i < width; ++i) *p_++ = '0';
    while (n > 0) *p_++ = tmp[--n];
  }

 private:
  char* p_;
};

// ---------------------------------------------------------------- time ----

struct Civil {
  int64_t year;
  int month, day, hour, minute, second, milli;
};

// Howard Hinnant's civil_from_days, integer-only.
Civil CivilFromMs(int64_t ms) {
  int64_t secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
  const int milli = static_cast<int>(ms - secs * 1000);
  int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
  const int64_t sod = secs - days * 86400;
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return Civil{year,
               month,
               day,
               static_cast<int>(sod / 3600),
               static_cast<int>(sod % 3600 / 60),
               static_cast<int>(sod % 60),
               milli};
}

int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// ------------------------------------------------------------- content ----

enum class Framework : uint8_t { kMegatron, kHfTrainer, kNanogpt, kJsonLines, kMlperf };
constexpr int kFrameworkCount = 5;

constexpr std::string_view kLineKindNames[kLineKindCount] = {
    "megatron",       "hf_trainer",   "tqdm",        "nanogpt",
    "json_lines",     "mllog",        "nccl_info",   "torchrun_warning",
    "deepspeed_info", "rank_warning", "shell_trace", "oom_warning_trap"};

constexpr std::string_view kFailureNames[kFailureCount] = {
    "oom_torch", "oom_runtime", "oom_cuda_error",  "nccl_timeout", "nccl_warn",      "nccl_error",
    "xid",       "nan_loss",    "error_exception", "cuda_ecc",     "slurm_cancelled"};

// A failure that kills the job it happens in (kDefault then starts a new one).
constexpr bool kFatal[kFailureCount] = {true, true,  true,  true, false, true,
                                        true, false, false, true, true};

// Weights (per 1000) of the kinds in Mix::kBench, in LineKind order. Roughly
// the proportions of the real corpus, NCCL floods included.
constexpr int kBenchWeights[kLineKindCount] = {150, 80, 10, 150, 150, 120, 250, 20, 40, 15, 10, 5};

// Bus ids of the GPUs of one node: 4 x V100 (Jean Zay), 8 x H100 (DGX).
constexpr std::string_view kBus4[] = {"1a000", "1c000", "88000", "8a000"};
constexpr std::string_view kBus8[] = {"18000", "2a000", "3a000", "5d000",
                                      "9a000", "ab000", "ba000", "db000"};
constexpr std::string_view kPci8[] = {"18", "2a", "3a", "5d", "9a", "ab", "ba", "db"};

constexpr std::string_view kTqdmPartial[] = {"",       "\u258f", "\u258e", "\u258d",
                                             "\u258c", "\u258b", "\u258a", "\u2589"};

}  // namespace

// One simulated job.
struct Job {
  Framework fw = Framework::kMegatron;
  uint32_t job_id = 0;
  int nodes = 1, gpus = 4, ranks = 4;
  int rack = 6, row = 4;
  uint32_t pid_base = 37339;
  int64_t total_steps = 1000, step = 0;
  int log_interval = 10;
  int64_t gbs = 4;
  int64_t loss_floor = 0, loss_span = 0, loss_k = 1;  // micro units
  int64_t lr_max_nano = 150000, warmup = 100;
  int64_t step_ms_x100 = 100000;  // step time, 1/100 ms
  int64_t train_time_ms = 0;
  uint64_t nccl_seq = 0;
  int64_t steps_per_epoch = 1000;
  int64_t val_every = 125;
  bool deepspeed = false;
  // A follow-up line owed before the next step: nanogpt's val line (1), or
  // HF's eval progress bar (1) then eval metrics (2).
  int pending = 0;
};

namespace {

enum class Phase : uint8_t { kShell, kTorchrun, kNccl, kInit, kTrain, kEnd, kDone };

constexpr int kNcclTemplates = 12;

}  // namespace

struct TrainingLogGenerator::Impl {
  explicit Impl(const GeneratorOptions& options)
      : rng(options.seed ^ 0x6c6f6767656e2131ULL),  // "loggen!1"
        failure_rng(options.seed ^ 0x6661696c75726521ULL) {
    // Failure thresholds on one 64-bit draw per line, cumulative.
    double cumulative = 0;
    for (int i = 0; i < kFailureCount; ++i) {
      cumulative += options.failure_rates[i];
      failure_threshold[i] =
          cumulative >= 1.0 ? ~0ULL : static_cast<uint64_t>(cumulative * 18446744073709551616.0);
    }
    any_failure = cumulative > 0;
    if (options.mix != Mix::kDefault) {
      for (int f = 0; f < kFrameworkCount; ++f) NewJob(bench_jobs[f], static_cast<Framework>(f));
    }
    if (options.mix == Mix::kJsonHeavy) {
      NewJob(step_job, Framework::kJsonLines);
      // Many ranks: 8 nodes of 8 GPUs.
      step_job.nodes = 8;
      step_job.gpus = 8;
      step_job.ranks = 64;
      step_job.gbs = 512;
    }
    if (options.mix == Mix::kDefault) {
      NewJob(job, static_cast<Framework>(rng.Below(kFrameworkCount)));
      phase = Phase::kShell;
    }
  }

  Rng rng;
  Rng failure_rng;
  std::array<uint64_t, kFailureCount> failure_threshold{};
  bool any_failure = false;

  // Virtual clock of the current line.
  int64_t now_ms = 0;
  Civil now{};
  int64_t cached_second = INT64_MIN;
  int64_t start_ms = 0;

  // kDefault state.
  Job job;
  Phase phase = Phase::kShell;
  int64_t phase_pos = 0;
  // kBench and kJsonHeavy state.
  Job bench_jobs[kFrameworkCount];
  // kJsonHeavy: the job whose ranks write the step records, and the next rank
  // to write one.
  Job step_job;
  int step_rank = 0;

  void SetTime(int64_t ms) {
    now_ms = ms;
    const int64_t second = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    if (second != cached_second) {
      now = CivilFromMs(ms);
      cached_second = second;
    } else {
      now.milli = static_cast<int>(ms - second * 1000);
    }
  }

  void NewJob(Job& j, Framework fw) {
    j = Job{};
    j.fw = fw;
    j.job_id = static_cast<uint32_t>(rng.Range(1800000, 2999999));
    static constexpr int kNodes[] = {1, 1, 2, 4, 8, 16};
    j.nodes = kNodes[rng.Below(6)];
    j.gpus = rng.Below(2) == 0 ? 4 : 8;
    j.ranks = j.nodes * j.gpus;
    j.rack = static_cast<int>(rng.Range(6, 9));
    j.row = static_cast<int>(rng.Below(8));
    j.pid_base = static_cast<uint32_t>(rng.Range(1200, 90000));
    j.deepspeed = rng.Below(2) == 0;
    j.loss_floor = rng.Range(1800000, 3400000);
    j.loss_span = rng.Range(6000000, 9000000);
    j.loss_k = rng.Range(20, 400);
    j.lr_max_nano = rng.Range(5, 60) * 10000;   // 5e-5 .. 6e-4
    j.step_ms_x100 = rng.Range(20000, 250000);  // 200 ms .. 2.5 s
    j.gbs = int64_t{1} << rng.Range(2, 10);
    j.nccl_seq = rng.Range(1, 1000);
    switch (fw) {
      case Framework::kMegatron:
        j.total_steps = rng.Range(20, 200) * 10 * 10;
        j.log_interval = 10;
        break;
      case Framework::kHfTrainer:
        j.total_steps = rng.Range(20, 100) * 50;
        j.log_interval = static_cast<int>(rng.Range(1, 5)) * 10;
        j.steps_per_epoch = j.total_steps / rng.Range(1, 4);
        j.val_every = j.log_interval * rng.Range(5, 20);
        break;
      case Framework::kNanogpt:
        j.total_steps = rng.Range(400, 6000);
        j.pending = 1;  // the step-0 val line
        j.loss_floor = rng.Range(3200000, 3400000);
        j.loss_span = rng.Range(7000000, 7800000);
        break;
      case Framework::kJsonLines:
        j.total_steps = rng.Range(300, 3000);
        break;
      case Framework::kMlperf:
        j.total_steps = rng.Range(200, 2000);
        j.val_every = rng.Range(20, 100);
        break;
    }
    j.warmup = j.total_steps / 20 + 1;
  }

  int64_t LossMicro(const Job& j, int64_t step) {
    const int64_t base = j.loss_floor + j.loss_span * j.loss_k / (j.loss_k + step);
    return base + rng.Noise(base / 50);
  }
  int64_t LrNano(const Job& j, int64_t step) {
    if (step < j.warmup) return j.lr_max_nano * step / j.warmup;
    const int64_t left = j.total_steps - step;
    return j.lr_max_nano / 10 +
           (j.lr_max_nano * 9 / 10) * (left < 0 ? 0 : left) / (j.total_steps - j.warmup + 1);
  }

  // ------------------------------------------------------- pieces ----

  void Host(Out& o, const Job& j, int node) {
    o.Ch('r');
    o.U(static_cast<uint64_t>((j.rack + node / 36) % 10));
    o.Ch('i');
    o.U(static_cast<uint64_t>((j.row + node / 9) % 8));
    o.Ch('n');
    o.U(static_cast<uint64_t>(node % 9));
  }
  void Ip(Out& o, const Job& j, int node, int plane) {
    const int host = j.rack * 64 + j.row * 9 + node;
    o.Lit(plane == 0 ? "10.148." : "10.149.");
    o.U(static_cast<uint64_t>(host / 250 % 256));
    o.Ch('.');
    o.U(static_cast<uint64_t>(host % 250 + 1));
  }
  uint32_t Pid(const Job& j, int rank) const {
    const int node = rank / j.gpus;
    return j.pid_base + static_cast<uint32_t>(node * 7919 % 50000) +
           static_cast<uint32_t>(rank % j.gpus);
  }
  std::string_view Bus(const Job& j, int local) const {
    return j.gpus == 4 ? kBus4[local % 4] : kBus8[local % 8];
  }
  // "2026-01-01 00:00:12" (DeepSpeed, HF logging).
  void DateTimeSpace(Out& o) {
    o.U(static_cast<uint64_t>(now.year), 4, '0');
    o.Ch('-');
    o.U(static_cast<uint64_t>(now.month), 2, '0');
    o.Ch('-');
    o.U(static_cast<uint64_t>(now.day), 2, '0');
    o.Ch(' ');
    Clock(o);
  }
  void Clock(Out& o) {
    o.U(static_cast<uint64_t>(now.hour), 2, '0');
    o.Ch(':');
    o.U(static_cast<uint64_t>(now.minute), 2, '0');
    o.Ch(':');
    o.U(static_cast<uint64_t>(now.second), 2, '0');
  }
  // glog header: "W0101 00:00:12.345000 1735 " (level, MMDD, time, thread
  // id and a space); tid 0 stops after the time, as torch's C++ logs do.
  void Glog(Out& o, char level, uint32_t tid, bool micro_zeroes) {
    o.Ch(level);
    o.U(static_cast<uint64_t>(now.month), 2, '0');
    o.U(static_cast<uint64_t>(now.day), 2, '0');
    o.Ch(' ');
    Clock(o);
    o.Ch('.');
    o.U(static_cast<uint64_t>(now.milli), 3, '0');
    if (micro_zeroes) {
      o.Lit("000");
    } else {
      o.U(rng.Below(1000), 3, '0');
    }
    if (tid == 0) return;
    o.Ch(' ');
    o.U(tid);
    o.Ch(' ');
  }
  void IsoTs(Out& o) {
    char buf[32];
    o.Lit(std::string_view(buf, FormatIso8601Ms(now_ms, buf)));
  }

  // ------------------------------------------------------ emitters ----

  void Megatron(Out& o, Job& j, bool nan_loss) {
    j.step += j.log_interval;
    if (j.step > j.total_steps) j.step = j.log_interval;
    o.Lit(" iteration ");
    o.U(static_cast<uint64_t>(j.step), 8);
    o.Ch('/');
    o.U(static_cast<uint64_t>(j.total_steps), 8);
    o.Lit(" | consumed samples: ");
    o.U(static_cast<uint64_t>(j.step * j.gbs), 12);
    o.Lit(" | elapsed time per iteration (ms): ");
    o.Fixed((j.step_ms_x100 + rng.Noise(j.step_ms_x100 / 40)) / 10, 1);
    o.Lit(" | learning rate: ");
    o.Sci(LrNano(j, j.step), 9, 4, 'E');
    o.Lit(" | global batch size: ");
    o.U(static_cast<uint64_t>(j.gbs), 5);
    if (nan_loss) {
      o.Lit(" | lm loss: nan | loss scale: ");
    } else {
      o.Lit(" | lm loss: ");
      o.Sci(LossMicro(j, j.step), 6, 7, 'E');
      o.Lit(" | loss scale: ");
    }
    o.U(uint64_t{1} << (12 + (j.job_id + static_cast<uint64_t>(j.step) / 500) % 6));
    o.Lit(".0 | grad norm: ");
    o.Fixed(rng.Range(300, 30000), 3);
    o.Lit(" | number of skipped iterations: ");
    o.U(rng.Below(40) == 0 ? 1 : 0, 3);
    o.Lit(" | number of nan iterations: ");
    o.U(nan_loss ? 1 : 0, 3);
    o.Lit(" |");
  }

  void HfLog(Out& o, Job& j, bool nan_loss) {
    j.step += j.log_interval;
    if (j.step > j.total_steps) j.step = j.log_interval;
    if (nan_loss) {
      o.Lit("{'loss': nan, 'grad_norm': nan, 'learning_rate': ");
    } else {
      o.Lit("{'loss': ");
      o.FixedTrim(LossMicro(j, j.step) / 100, 4);
      o.Lit(", 'grad_norm': ");
      o.FixedTrim(rng.Range(200000, 4000000), 6);
      o.Lit(", 'learning_rate': ");
    }
    o.Sci(LrNano(j, j.step), 9, 4, 'e', /*trim=*/true);
    o.Lit(", 'epoch': ");
    o.FixedTrim(j.step * 100 / j.steps_per_epoch, 2);
    o.Ch('}');
  }
  void HfEval(Out& o, Job& j) {
    o.Lit("{'eval_loss': ");
    o.FixedTrim(LossMicro(j, j.step) * 105 / 100, 6);
    o.Lit(", 'eval_runtime': ");
    const int64_t runtime = rng.Range(5000, 90000);
    o.FixedTrim(runtime, 3);
    o.Lit(", 'eval_samples_per_second': ");
    o.FixedTrim(j.gbs * 1000000 / runtime * 10, 3);
    o.Lit(", 'eval_steps_per_second': ");
    o.FixedTrim(1000000 / runtime, 3);
    o.Lit(", 'epoch': ");
    o.FixedTrim(j.step * 100 / j.steps_per_epoch, 2);
    o.Ch('}');
  }
  void HfEnd(Out& o, Job& j) {
    const int64_t runtime_ms = j.total_steps * j.step_ms_x100 / 100;
    o.Lit("{'train_runtime': ");
    o.FixedTrim(runtime_ms, 3);
    o.Lit(", 'train_samples_per_second': ");
    o.FixedTrim(j.total_steps * j.gbs * 1000000 / (runtime_ms + 1), 3);
    o.Lit(", 'train_steps_per_second': ");
    o.FixedTrim(j.total_steps * 1000000 / (runtime_ms + 1), 3);
    o.Lit(", 'epoch': ");
    o.FixedTrim(j.total_steps * 100 / j.steps_per_epoch, 2);
    o.Ch('}');
  }
  void HfRankWarning(Out& o, Job& j, int rank) {
    o.Lit("WARNING:__main__:Process rank: ");
    o.U(static_cast<uint64_t>(rank));
    o.Lit(", device: cuda:");
    o.U(static_cast<uint64_t>(rank % j.gpus));
    o.Lit(", n_gpu: 1distributed training: True, 16-bits training: ");
    o.Lit(j.deepspeed ? "True" : "False");
  }

  // tqdm writes every refresh after a bare '\r'; the '\n' comes at the end.
  void Tqdm(Out& o) {
    const int total = static_cast<int>(rng.Range(8, 24));
    const int64_t cs_per_it = rng.Range(50, 6000);  // 1/100 s per iteration
    for (int i = 0; i <= total; ++i) {
      o.Ch('\r');
      o.U(static_cast<uint64_t>(i * 100 / total), 3);
      o.Lit("%|");
      const int eighths = i * 80 / total;
      for (int k = 0; k < eighths / 8; ++k) o.Lit("\u2588");
      o.Lit(kTqdmPartial[eighths % 8]);
      o.Repeat(' ', 10 - eighths / 8 - (eighths % 8 != 0 ? 1 : 0));
      o.Lit("| ");
      o.U(static_cast<uint64_t>(i));
      o.Ch('/');
      o.U(static_cast<uint64_t>(total));
      o.Lit(" [");
      const int64_t elapsed = i * cs_per_it / 100;
      MinSec(o, elapsed);
      o.Ch('<');
      if (i == 0) {
        o.Lit("?, ?it/s]");
      } else {
        MinSec(o, (total - i) * cs_per_it / 100);
        o.Lit(", ");
        if (cs_per_it >= 100) {
          o.Fixed(cs_per_it + rng.Noise(cs_per_it / 50), 2);
          o.Lit("s/it]");
        } else {
          o.Fixed(10000 / cs_per_it, 2);
          o.Lit("it/s]");
        }
      }
    }
  }
  static void MinSec(Out& o, int64_t s) {
    o.U(static_cast<uint64_t>(s / 60), 2, '0');
    o.Ch(':');
    o.U(static_cast<uint64_t>(s % 60), 2, '0');
  }

  // Step 0 and every val_every-th step print a val line before the next
  // train step, as train_gpt.py does.
  void Nanogpt(Out& o, Job& j, bool nan_loss) {
    const bool val = !nan_loss && j.pending;
    if (val) {
      j.pending = 0;
    } else {
      j.step += 1;
      if (j.step > j.total_steps) j.step = 1;
      if (j.step % j.val_every == 0) j.pending = 1;
    }
    const int64_t step_ms = j.step_ms_x100 / 100;
    // Steps 1..10 are warm-up: the timer restarts at step 11 and the average
    // is "nan" until then (the healthy `step_avg:nanms` trap).
    j.train_time_ms =
        j.step <= 10 ? 80000 * (j.step > 0) + j.step * step_ms + 400 : (j.step - 10) * step_ms;
    o.Lit("step:");
    o.U(static_cast<uint64_t>(j.step));
    o.Ch('/');
    o.U(static_cast<uint64_t>(j.total_steps));
    if (val) {
      o.Lit(" val_loss:");
      o.Fixed(LossMicro(j, j.step) / 100, 4);
    } else if (nan_loss) {
      o.Lit(" train_loss:nan");
    } else {
      o.Lit(" train_loss:");
      o.Fixed(LossMicro(j, j.step) / 100, 4);
    }
    o.Lit(" train_time:");
    o.U(static_cast<uint64_t>(j.train_time_ms + static_cast<int64_t>(rng.Below(
                                                    static_cast<uint64_t>(step_ms / 20 + 1)))));
    o.Lit("ms step_avg:");
    if (j.step <= 10) {
      o.Lit("nanms");
    } else {
      o.Fixed(j.train_time_ms * 100 / (j.step - 10) + rng.Noise(50), 2);
      o.Lit("ms");
    }
  }
  void NanogptEnd(Out& o, Job& j) {
    o.Lit("peak memory allocated: ");
    o.U(static_cast<uint64_t>(20000 + (j.job_id % 30000)));
    o.Lit(" MiB reserved: ");
    o.U(static_cast<uint64_t>(30000 + (j.job_id % 40000)));
    o.Lit(" MiB");
  }

  void JsonLine(Out& o, Job& j, bool nan_loss) {
    j.step += 1;
    if (j.step > j.total_steps) j.step = 1;
    o.Lit("{\"ts\":\"");
    IsoTs(o);
    o.Lit(nan_loss ? "\",\"level\":\"warning\",\"step\":" : "\",\"level\":\"info\",\"step\":");
    o.U(static_cast<uint64_t>(j.step));
    if (nan_loss) {
      o.Lit(",\"loss\":NaN");
    } else {
      o.Lit(",\"loss\":");
      o.FixedTrim(LossMicro(j, j.step) / 100, 4);
    }
    o.Lit(",\"lr\":");
    o.Sci(LrNano(j, j.step), 9, 4, 'e', true);
    o.Lit(",\"grad_norm\":");
    o.FixedTrim(rng.Range(1000, 40000), 4);
    o.Lit(",\"tokens_per_s\":");
    o.Fixed(j.gbs * 2048 * 100000 / j.step_ms_x100 * 10 + rng.Range(0, 9999), 1);
    o.Lit(",\"rank\":");
    o.U(rng.Below(static_cast<uint64_t>(j.ranks)));
    o.Ch('}');
  }
  // One rank's step record of kJsonHeavy's job; the ranks take turns, and
  // the step advances when every rank has written it.
  void StepRecord(Out& o, Job& j) {
    if (step_rank == 0) {
      j.step += 1;
      if (j.step > j.total_steps) j.step = 1;
    }
    o.Lit("{\"ts\":\"");
    IsoTs(o);
    o.Lit("\",\"step\":");
    o.U(static_cast<uint64_t>(j.step));
    o.Lit(",\"loss\":");
    o.FixedTrim(LossMicro(j, j.step) / 100 + static_cast<int64_t>(rng.Below(200)), 4);
    o.Lit(",\"lr\":");
    o.Sci(LrNano(j, j.step), 9, 4, 'e', true);
    o.Lit(",\"tokens_per_s\":");
    o.U(static_cast<uint64_t>(j.gbs * 2048 * 100000 / j.step_ms_x100 / j.ranks) + rng.Below(2000));
    o.Lit(",\"grad_norm\":");
    // A rare spike: what a `$.grad_norm >= 100` alarm is for.
    o.FixedTrim(rng.Below(20000) == 0 ? rng.Range(1000000, 9000000) : rng.Range(3000, 30000), 4);
    o.Lit(",\"rank\":");
    o.U(static_cast<uint64_t>(step_rank));
    o.Lit(",\"mfu\":");
    o.FixedTrim(rng.Range(300, 450), 3);
    o.Lit(",\"gpu_mem_gb\":");
    o.FixedTrim(rng.Range(600, 790), 1);
    o.Lit(",\"step_time_ms\":");
    o.U(static_cast<uint64_t>(j.step_ms_x100 / 100) + rng.Below(50));
    o.Ch('}');
    if (++step_rank >= j.ranks) step_rank = 0;
  }
  void JsonEnd(Out& o, Job& j) {
    o.Lit("{\"ts\":\"");
    IsoTs(o);
    o.Lit("\",\"level\":\"info\",\"msg\":\"training complete\",\"step\":");
    o.U(static_cast<uint64_t>(j.total_steps));
    o.Lit(",\"rank\":0}");
  }

  void MllogHead(Out& o, std::string_view event_type, std::string_view key) {
    o.Lit(":::MLLOG {\"namespace\": \"\", \"time_ms\": ");
    o.I(now_ms);
    o.Lit(", \"event_type\": \"");
    o.Lit(event_type);
    o.Lit("\", \"key\": \"");
    o.Lit(key);
    o.Lit("\", \"value\": ");
  }
  void MllogStep(Out& o, Job& j) {
    if (j.step > 0 && j.step % j.val_every == 0 && rng.Below(2) == 0) {
      MllogHead(o, "POINT_IN_TIME", "eval_accuracy");
      o.Fixed(LossMicro(j, j.step), 6);
      o.Lit(
          ", \"metadata\": {\"file\": \"/workspace/llm/custom_callbacks.py\", \"lineno\": 244, "
          "\"epoch_num\": ");
      o.U(static_cast<uint64_t>(j.step * j.gbs * 2048));
      o.Lit("}}");
      return;
    }
    j.step += 1;
    if (j.step > j.total_steps) j.step = 1;
    MllogHead(o, "POINT_IN_TIME", "tracked_stats");
    o.Lit("{\"train_step_timing\": ");
    o.Fixed(j.step_ms_x100 * 100 + rng.Noise(j.step_ms_x100 * 2), 7);
    o.Lit(
        "}, \"metadata\": {\"file\": \"/workspace/llm/custom_callbacks.py\", \"lineno\": 277, "
        "\"step\": ");
    o.U(static_cast<uint64_t>(j.step * j.gbs * 2048));
    o.Lit("}}");
  }
  void MllogInit(Out& o, int64_t pos) {
    switch (pos) {
      case 0:
        MllogHead(o, "POINT_IN_TIME", "cache_clear");
        o.Lit("true, \"metadata\": {\"file\": \"<string>\", \"lineno\": 3}}");
        break;
      case 1:
        MllogHead(o, "POINT_IN_TIME", "submission_benchmark");
        o.Lit(
            "\"gpt3\", \"metadata\": {\"file\": \"/workspace/llm/custom_callbacks.py\", "
            "\"lineno\": 77}}");
        break;
      case 2:
        MllogHead(o, "INTERVAL_START", "init_start");
        o.Lit(
            "null, \"metadata\": {\"file\": \"/workspace/llm/megatron_gpt_pretraining_custom.py\", "
            "\"lineno\": 153}}");
        break;
      case 3:
        MllogHead(o, "INTERVAL_END", "init_stop");
        o.Lit(
            "null, \"metadata\": {\"file\": \"/workspace/llm/custom_callbacks.py\", \"lineno\": "
            "95}}");
        break;
      default:
        MllogHead(o, "INTERVAL_START", "run_start");
        o.Lit(
            "null, \"metadata\": {\"file\": \"/workspace/llm/custom_callbacks.py\", \"lineno\": "
            "101}}");
        break;
    }
  }
  void MllogEnd(Out& o) {
    MllogHead(o, "INTERVAL_END", "run_stop");
    o.Lit(
        "null, \"metadata\": {\"file\": \"/workspace/llm/custom_callbacks.py\", \"lineno\": 134, "
        "\"samples_count\": 0, \"status\": \"success\"}}");
  }

  void NcclPrefix(Out& o, const Job& j, int rank, bool main_thread) {
    const int node = rank / j.gpus;
    const uint32_t pid = Pid(j, rank);
    Host(o, j, node);
    o.Ch(':');
    o.U(pid);
    o.Ch(':');
    o.U(main_thread ? pid : pid + 70 + static_cast<uint32_t>(rank % j.gpus) * 3);
    o.Lit(" [");
    o.U(static_cast<uint64_t>(rank % j.gpus));
    o.Lit("] ");
  }
  void NcclInfo(Out& o, Job& j, int rank, int templ) {
    const int node = rank / j.gpus;
    const int local = rank % j.gpus;
    NcclPrefix(o, j, rank, templ < 4);
    o.Lit("NCCL INFO ");
    switch (templ) {
      case 0:
        o.Lit("Bootstrap : Using [0]ib0:");
        Ip(o, j, node, 0);
        o.Lit("<0> [1]ib1:");
        Ip(o, j, node, 1);
        o.Lit("<0>");
        break;
      case 1:
        o.Lit("NET/Plugin : No plugin found (libnccl-net.so), using internal implementation");
        break;
      case 2:
        o.Lit(
            "NET/IB : Using [0]hfi1_2:1/IB [1]hfi1_0:1/IB [2]hfi1_3:1/IB [3]hfi1_1:1/IB ; OOB "
            "ib0:");
        Ip(o, j, node, 0);
        o.Lit("<0>");
        break;
      case 3:
        o.Lit("Using network IB");
        break;
      case 4:
        o.Lit("Setting affinity for GPU ");
        o.U(static_cast<uint64_t>(local));
        o.Lit(local < j.gpus / 2 ? " to 0fffff" : " to ff,fff00000");
        break;
      case 5:
        o.Lit("threadThresholds 8/8/64 | ");
        o.U(static_cast<uint64_t>(j.ranks) * 8);
        o.Lit("/8/64 | 8/8/64");
        break;
      case 6:
      case 7: {
        o.Lit("Channel ");
        o.U(rng.Below(32), 2, '0');
        o.Lit(" : ");
        o.U(static_cast<uint64_t>(rank));
        o.Ch('[');
        o.Lit(Bus(j, local));
        o.Lit("] -> ");
        const int peer = (rank + 1) % j.ranks;
        o.U(static_cast<uint64_t>(peer));
        o.Ch('[');
        o.Lit(Bus(j, peer % j.gpus));
        o.Lit("] via P2P/IPC");
        break;
      }
      case 8:
      case 9: {
        o.Lit("Channel ");
        o.U(rng.Below(4), 2, '0');
        o.Lit(" : ");
        const int peer = (rank + j.gpus) % j.ranks;
        o.U(static_cast<uint64_t>(templ == 8 ? peer : rank));
        o.Ch('[');
        o.Lit(Bus(j, local));
        o.Lit("] -> ");
        o.U(static_cast<uint64_t>(templ == 8 ? rank : peer));
        o.Ch('[');
        o.Lit(Bus(j, local));
        o.Lit(templ == 8 ? "] [receive] via NET/IB/" : "] [send] via NET/IB/");
        o.U(static_cast<uint64_t>(local % 4));
        break;
      }
      case 10:
        o.Lit("32 coll channels, 32 p2p channels, 32 p2p channels per peer");
        break;
      default:
        o.Lit("comm 0x14");
        o.Hex((static_cast<uint64_t>(j.pid_base) * 2654435761ULL + static_cast<uint64_t>(rank)) &
                  0xffffff,
              6);
        o.Lit("001060 rank ");
        o.U(static_cast<uint64_t>(rank));
        o.Lit(" nranks ");
        o.U(static_cast<uint64_t>(j.ranks));
        o.Lit(" cudaDev ");
        o.U(static_cast<uint64_t>(local));
        o.Lit(" busId ");
        o.Lit(Bus(j, local));
        o.Lit(" - Init COMPLETE");
        break;
    }
  }

  void Torchrun(Out& o, Job& j, int64_t pos) {
    Glog(o, 'W', j.pid_base - 400, true);
    o.Lit("torch/distributed/run.py:851] ");
    switch (pos % 4) {
      case 0:
        break;
      case 2:
        o.Lit(
            "Setting OMP_NUM_THREADS environment variable for each process to be 1 in default, to "
            "avoid your system being overloaded, please further tune the variable for optimal "
            "performance in your application as needed. ");
        break;
      default:
        o.Lit("*****************************************");
        break;
    }
  }

  void Deepspeed(Out& o, Job& j, int64_t pos) {
    o.Ch('[');
    DateTimeSpace(o);
    o.Ch(',');
    o.U(static_cast<uint64_t>(now.milli), 3, '0');
    o.Lit("] [INFO] ");
    switch (pos % 6) {
      case 0:
        o.Lit(
            "[checkpointing.py:223:model_parallel_cuda_manual_seed] > initializing model parallel "
            "cuda seeds on global rank 0, model parallel rank 0, and data parallel rank 0 with "
            "model parallel seed: ");
        o.U(3952 + j.job_id % 1000);
        o.Lit(" and data parallel seed: 42");
        break;
      case 1:
        o.Lit("[utils.py:588:see_memory_usage] Before Building Model");
        break;
      case 2:
      case 4: {
        o.Lit("[utils.py:589:see_memory_usage] MA ");
        const int64_t ma = pos % 6 == 2 ? 0 : rng.Range(50, 4000);
        o.Fixed(ma, 2);
        o.Lit(" GB         Max_MA ");
        o.Fixed(ma + ma / 10, 2);
        o.Lit(" GB         CA ");
        o.Fixed(ma + ma / 5, 2);
        o.Lit(" GB         Max_CA ");
        o.U(static_cast<uint64_t>((ma + ma / 5) / 100 + 1));
        o.Lit(" GB ");
        break;
      }
      case 3:
        o.Lit("[utils.py:597:see_memory_usage] CPU Virtual Memory:  used = ");
        o.Fixed(rng.Range(2000, 20000), 2);
        o.Lit(" GB, percent = ");
        o.Fixed(rng.Range(50, 900), 1);
        o.Ch('%');
        break;
      default:
        o.Lit(
            "[engine.py:1135:_configure_optimizer] Using DeepSpeed Optimizer param name adam as "
            "basic optimizer");
        break;
    }
  }

  void RankWarning(Out& o, Job& j, int rank, bool at_exit) {
    o.Lit("[rank");
    o.U(static_cast<uint64_t>(rank));
    o.Lit("]:[");
    Glog(o, 'W', 0, false);
    if (at_exit) {
      o.Lit(
          " ProcessGroupNCCL.cpp:1250] Warning: WARNING: process group has NOT been destroyed "
          "before we destruct ProcessGroupNCCL. On normal program exit, the application should "
          "call destroy_process_group to ensure that any pending NCCL operations have finished in "
          "this process. In rare cases this process can exit before this point and block the "
          "progress of another member of the process group. This constraint has always been "
          "present,  but this warning has only been added since PyTorch 2.4 (function "
          "operator())");
    } else {
      o.Lit(" ProcessGroupNCCL.cpp:4115] [PG ID 0 PG GUID 0 Rank ");
      o.U(static_cast<uint64_t>(rank));
      o.Lit("]  using GPU ");
      o.U(static_cast<uint64_t>(rank % j.gpus));
      o.Lit(
          " to perform barrier as devices used by this process are currently unknown. This can "
          "potentially cause a hang if this rank to GPU mapping is incorrect. Specify device_ids "
          "in barrier() to force use of a particular device, or call init_process_group() with a "
          "device_id.");
    }
  }

  void ShellTrace(Out& o, Job& j, int64_t pos) {
    switch (pos % 3) {
      case 0:
        o.Lit("+ export NCCL_DEBUG=info");
        break;
      case 1:
        o.Lit("+ nvidia-smi");
        break;
      default:
        o.Lit("+ srun --jobid ");
        o.U(j.job_id);
        o.Lit(" bash -c 'python -u -m torch.distributed.run --nproc_per_node ");
        o.U(static_cast<uint64_t>(j.gpus));
        o.Lit(" --nnodes ");
        o.U(static_cast<uint64_t>(j.nodes));
        o.Lit(" --rdzv_endpoint ");
        Host(o, j, 0);
        o.Lit(
            ":6000 --rdzv_backend c10d --max_restarts 0 pretrain_gpt.py "
            "--tensor-model-parallel-size ");
        o.U(static_cast<uint64_t>(j.gpus));
        o.Lit(" --pipeline-model-parallel-size ");
        o.U(static_cast<uint64_t>(j.nodes));
        o.Lit(" --micro-batch-size 1 --global-batch-size ");
        o.U(static_cast<uint64_t>(j.gbs));
        o.Lit(" --train-iters ");
        o.U(static_cast<uint64_t>(j.total_steps));
        o.Lit(" --fp16'");
        break;
    }
  }

  static void OomWarningTrap(Out& o) {
    o.Lit(
        "WARNING:maskrcnn_benchmark.data.build:When using more than one image per GPU you may "
        "encounter an out-of-memory (OOM) error if your GPU does not have sufficient memory. If "
        "this happens, you can reduce SOLVER.IMS_PER_BATCH (for training) or TEST.IMS_PER_BATCH "
        "(for inference). For training, you must also adjust the learning rate and schedule "
        "length according to the linear scaling rule. See for example: "
        "https://github.com/facebookresearch/Detectron/blob/master/configs/getting_started/"
        "tutorial_1gpu_e2e_faster_rcnn_R-50-FPN.yaml#L14");
  }

  // ------------------------------------------------------ failures ----

  void RankPrefix(Out& o, int rank) {
    o.Lit("[rank");
    o.U(static_cast<uint64_t>(rank));
    o.Lit("]: ");
  }

  void WriteFailure(Out& o, Job& j, Failure f) {
    const int rank = static_cast<int>(rng.Below(static_cast<uint64_t>(j.ranks)));
    const int local = rank % j.gpus;
    switch (f) {
      case Failure::kOomTorch: {
        RankPrefix(o, rank);
        o.Lit("torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate ");
        o.Fixed(rng.Range(2, 2000) * 2, 2);
        o.Lit(" GiB. GPU ");
        o.U(static_cast<uint64_t>(local));
        o.Lit(" has a total capacity of 79.11 GiB of which ");
        o.Fixed(rng.Range(100, 99999), 2);
        o.Lit(" MiB is free. Including non-PyTorch memory, this process has 78.");
        o.U(rng.Below(100), 2, '0');
        o.Lit(" GiB memory in use. Of the allocated memory ");
        o.Fixed(rng.Range(6000, 7600), 2);
        o.Lit(" GiB is allocated by PyTorch, and ");
        o.Fixed(rng.Range(1000, 900000), 2);
        o.Lit(
            " MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is "
            "large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid "
            "fragmentation.  See documentation for Memory Management  "
            "(https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)");
        break;
      }
      case Failure::kOomRuntime:
        o.Lit("RuntimeError: CUDA out of memory. Tried to allocate ");
        o.Fixed(rng.Range(2, 5000) * 2, 2);
        o.Lit(" MiB (GPU ");
        o.U(static_cast<uint64_t>(local));
        o.Lit("; 31.75 GiB total capacity; 29.");
        o.U(rng.Below(100), 2, '0');
        o.Lit(" GiB already allocated; ");
        o.Fixed(rng.Range(100, 9000), 2);
        o.Lit(" MiB free; 30.");
        o.U(rng.Below(100), 2, '0');
        o.Lit(
            " GiB reserved in total by PyTorch) If reserved memory is >> allocated memory try "
            "setting max_split_size_mb to avoid fragmentation.  See documentation for Memory "
            "Management and PYTORCH_CUDA_ALLOC_CONF");
        break;
      case Failure::kOomCudaError:
        if (rng.Below(2) == 0) RankPrefix(o, rank);
        o.Lit("RuntimeError: CUDA error: out of memory");
        break;
      case Failure::kNcclTimeout: {
        const uint64_t seq = j.nccl_seq += rng.Range(1, 5000);
        const uint64_t numel = static_cast<uint64_t>(rng.Range(1, 400000000));
        if (rng.Below(2) == 0) {
          o.Lit("[rank");
          o.U(static_cast<uint64_t>(rank));
          o.Lit("]:[");
          Glog(o, 'E', 0, false);
          o.Lit(" ProcessGroupNCCL.cpp:616] ");
        } else {
          o.Lit("[E ProcessGroupNCCL.cpp:475] ");
        }
        o.Lit("[Rank ");
        o.U(static_cast<uint64_t>(rank));
        o.Lit("] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=");
        o.U(seq);
        o.Lit(", OpType=");
        static constexpr std::string_view kOps[] = {"ALLREDUCE", "ALLREDUCE", "ALLGATHER",
                                                    "_REDUCE_SCATTER_BASE", "BROADCAST"};
        o.Lit(kOps[rng.Below(5)]);
        o.Lit(", NumelIn=");
        o.U(numel);
        o.Lit(", NumelOut=");
        o.U(numel);
        o.Lit(", Timeout(ms)=600000) ran for ");
        o.U(600000 + rng.Below(900));
        o.Lit(" milliseconds before timing out.");
        break;
      }
      case Failure::kNcclWarn:
        NcclPrefix(o, j, rank, false);
        o.Lit("NCCL WARN ");
        switch (rng.Below(3)) {
          case 0:
            o.Lit("NET/IB : Got completion from peer ");
            Ip(o, j, static_cast<int>(rng.Below(static_cast<uint64_t>(j.nodes))), 0);
            o.Ch('<');
            o.U(rng.Range(32768, 60999));
            o.Lit("> with error 12, opcode 0, len 0, vendor err 129 (Recv)");
            break;
          case 1:
            o.Lit("Call to ibv_modify_qp failed with error Connection timed out");
            break;
          default:
            o.Lit("[Service thread] Accept failed Resource temporarily unavailable");
            break;
        }
        break;
      case Failure::kNcclError:
        RankPrefix(o, rank);
        o.Lit(
            "torch.distributed.DistBackendError: NCCL error in: "
            "../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, unhandled system error "
            "(run with NCCL_DEBUG=INFO for details), NCCL version 2.20.5");
        break;
      case Failure::kXid: {
        const int64_t uptime_ms = (now_ms - start_ms) + 86400000LL + j.job_id % 100000;
        o.Lit("[");
        o.U(static_cast<uint64_t>(uptime_ms / 1000), 5);
        o.Ch('.');
        o.U(static_cast<uint64_t>(uptime_ms % 1000) * 1000 + rng.Below(1000), 6, '0');
        o.Lit("] NVRM: Xid (PCI:0000:");
        o.Lit(kPci8[local % 8]);
        o.Lit(":00): ");
        const uint64_t pid = Pid(j, rank);
        switch (rng.Below(4)) {
          case 0:
            o.Lit("48, pid=");
            o.U(pid);
            o.Lit(
                ", An uncorrectable double bit error (DBE) has been detected on GPU in the "
                "framebuffer at partition 0, subpartition 0.");
            break;
          case 1:
            o.Lit("74, pid=");
            o.U(pid);
            o.Lit(", NVLink: fatal error detected on link ");
            o.U(rng.Below(18));
            o.Lit("(0x0, 0x0, 0x10000, 0x0, 0x0, 0x0, 0x0)");
            break;
          default:
            o.Lit("79, pid=");
            o.U(pid);
            o.Lit(", GPU has fallen off the bus.");
            break;
        }
        break;
      }
      case Failure::kNanLoss:
        switch (j.fw) {
          case Framework::kMegatron:
            Megatron(o, j, true);
            break;
          case Framework::kHfTrainer:
            HfLog(o, j, true);
            break;
          case Framework::kNanogpt:
            Nanogpt(o, j, true);
            break;
          case Framework::kJsonLines:
          case Framework::kMlperf:
            JsonLine(o, j, true);
            break;
        }
        break;
      case Failure::kErrorException:
        if (rng.Below(2) == 0) {
          RankPrefix(o, rank);
          o.Lit("Error Exception in training loop at step ");
          o.U(static_cast<uint64_t>(j.step));
          o.Lit(": DataLoader worker (pid ");
          o.U(Pid(j, rank) + 4000 + rng.Below(400));
          o.Lit(") exited unexpectedly");
        } else {
          o.Lit("ERROR:__main__:Error Exception while saving checkpoint global_step");
          o.U(static_cast<uint64_t>(j.step));
          o.Lit(": [Errno 28] No space left on device");
        }
        break;
      case Failure::kCudaEcc:
        RankPrefix(o, rank);
        o.Lit("RuntimeError: CUDA error: uncorrectable ECC error encountered");
        break;
      case Failure::kSlurmCancelled:
        o.Lit("slurmstepd: error: *** STEP ");
        o.U(j.job_id);
        o.Lit(".0 ON ");
        Host(o, j, 0);
        o.Lit(" CANCELLED AT ");
        o.U(static_cast<uint64_t>(now.year), 4, '0');
        o.Ch('-');
        o.U(static_cast<uint64_t>(now.month), 2, '0');
        o.Ch('-');
        o.U(static_cast<uint64_t>(now.day), 2, '0');
        o.Ch('T');
        Clock(o);
        o.Lit(rng.Below(2) == 0 ? " DUE TO TIME LIMIT ***" : " ***");
        break;
    }
  }

  // -------------------------------------------------- line choosers ----

  // Mix::kBench: one weighted draw per line.
  LineKind BenchLine(Out& o) {
    int pick = static_cast<int>(rng.Below(1000));
    int kind = 0;
    while (kind < kLineKindCount - 1 && pick >= kBenchWeights[kind]) pick -= kBenchWeights[kind++];
    const LineKind k = static_cast<LineKind>(kind);
    Job& any = bench_jobs[rng.Below(kFrameworkCount)];
    switch (k) {
      case LineKind::kMegatron:
        Megatron(o, bench_jobs[0], false);
        break;
      case LineKind::kHfTrainer:
        if (rng.Below(8) == 0) {
          HfEval(o, bench_jobs[1]);
        } else {
          HfLog(o, bench_jobs[1], false);
        }
        break;
      case LineKind::kTqdm:
        Tqdm(o);
        break;
      case LineKind::kNanogpt:
        Nanogpt(o, bench_jobs[2], false);
        break;
      case LineKind::kJsonLines:
        JsonLine(o, bench_jobs[3], false);
        break;
      case LineKind::kMllog:
        MllogStep(o, bench_jobs[4]);
        break;
      case LineKind::kNcclInfo:
        NcclInfo(o, any, static_cast<int>(rng.Below(static_cast<uint64_t>(any.ranks))),
                 static_cast<int>(rng.Below(kNcclTemplates)));
        break;
      case LineKind::kTorchrunWarning:
        Torchrun(o, any, static_cast<int64_t>(rng.Below(4)));
        break;
      case LineKind::kDeepspeedInfo:
        Deepspeed(o, bench_jobs[0], static_cast<int64_t>(rng.Below(6)));
        break;
      case LineKind::kRankWarning:
        RankWarning(o, any, static_cast<int>(rng.Below(static_cast<uint64_t>(any.ranks))),
                    rng.Below(2) == 0);
        break;
      case LineKind::kShellTrace:
        ShellTrace(o, any, static_cast<int64_t>(rng.Below(3)));
        break;
      default:
        OomWarningTrap(o);
        break;
    }
    return k;
  }

  // Mix::kJsonHeavy: a step record, else one of kBench's lines.
  LineKind JsonHeavyLine(Out& o) {
    if (rng.Below(100) < 55) {
      StepRecord(o, step_job);
      return LineKind::kJsonLines;
    }
    return BenchLine(o);
  }

  // Mix::kDefault: the job's phases in order.
  LineKind DefaultLine(Out& o) {
    Job& j = job;
    for (;;) {
      switch (phase) {
        case Phase::kShell:
          if (phase_pos < 3) {
            ShellTrace(o, j, phase_pos++);
            return LineKind::kShellTrace;
          }
          break;
        case Phase::kTorchrun:
          // torchrun runs once per node and warns each time.
          if (phase_pos < 4 * std::min(j.nodes, 4)) {
            Torchrun(o, j, phase_pos++);
            return LineKind::kTorchrunWarning;
          }
          break;
        case Phase::kNccl:
          if (phase_pos < static_cast<int64_t>(j.ranks) * kNcclTemplates) {
            const int templ = static_cast<int>(phase_pos / j.ranks);
            const int rank = static_cast<int>((phase_pos * 7 + templ) % j.ranks);
            ++phase_pos;
            NcclInfo(o, j, rank, templ);
            return LineKind::kNcclInfo;
          }
          break;
        case Phase::kInit:
          if (j.fw == Framework::kMegatron && j.deepspeed && phase_pos < 6) {
            Deepspeed(o, j, phase_pos++);
            return LineKind::kDeepspeedInfo;
          }
          if (j.fw == Framework::kHfTrainer && phase_pos < std::min(j.ranks, 8)) {
            HfRankWarning(o, j, static_cast<int>(phase_pos++));
            return LineKind::kHfTrainer;
          }
          if (j.fw == Framework::kMlperf && phase_pos < 5) {
            MllogInit(o, phase_pos++);
            return LineKind::kMllog;
          }
          if (j.fw == Framework::kMlperf && phase_pos < 5 + std::min(j.ranks, 4)) {
            ++phase_pos;
            OomWarningTrap(o);
            return LineKind::kOomWarningTrap;
          }
          if (j.fw == Framework::kJsonLines && phase_pos < std::min(j.ranks, 8)) {
            RankWarning(o, j, static_cast<int>(phase_pos++), false);
            return LineKind::kRankWarning;
          }
          break;
        case Phase::kTrain:
          if (j.step < j.total_steps) return TrainLine(o, j);
          break;
        case Phase::kEnd:
          if (phase_pos == 0) {
            ++phase_pos;
            switch (j.fw) {
              case Framework::kHfTrainer:
                HfEnd(o, j);
                return LineKind::kHfTrainer;
              case Framework::kNanogpt:
                NanogptEnd(o, j);
                return LineKind::kNanogpt;
              case Framework::kJsonLines:
                JsonEnd(o, j);
                return LineKind::kJsonLines;
              case Framework::kMlperf:
                MllogEnd(o);
                return LineKind::kMllog;
              case Framework::kMegatron:
                break;
            }
          }
          if (phase_pos <= std::min(j.ranks, 8)) {
            RankWarning(o, j, static_cast<int>(phase_pos++ - 1), true);
            return LineKind::kRankWarning;
          }
          break;
        case Phase::kDone:
          NewJob(job, static_cast<Framework>(rng.Below(kFrameworkCount)));
          phase = Phase::kShell;
          phase_pos = 0;
          continue;
      }
      phase = static_cast<Phase>(static_cast<int>(phase) + 1);
      phase_pos = 0;
    }
  }

  LineKind TrainLine(Out& o, Job& j) {
    // A rare NCCL line from a late communicator, as real runs have.
    if (rng.Below(400) == 0) {
      NcclInfo(o, j, static_cast<int>(rng.Below(static_cast<uint64_t>(j.ranks))), 11);
      return LineKind::kNcclInfo;
    }
    switch (j.fw) {
      case Framework::kMegatron:
        Megatron(o, j, false);
        return LineKind::kMegatron;
      case Framework::kHfTrainer:
        // Every val_every steps: the eval progress bar, then the eval metrics.
        if (j.pending == 1) {
          j.pending = 2;
          Tqdm(o);
          return LineKind::kTqdm;
        }
        if (j.pending == 2) {
          j.pending = 0;
          HfEval(o, j);
          return LineKind::kHfTrainer;
        }
        HfLog(o, j, false);
        if (j.step % j.val_every == 0) j.pending = 1;
        return LineKind::kHfTrainer;
      case Framework::kNanogpt:
        Nanogpt(o, j, false);
        return LineKind::kNanogpt;
      case Framework::kJsonLines:
        JsonLine(o, j, false);
        return LineKind::kJsonLines;
      case Framework::kMlperf:
        MllogStep(o, j);
        return LineKind::kMllog;
    }
    return LineKind::kMegatron;
  }

  // Returns the failure to inject on this line, if any.
  std::optional<Failure> DrawFailure() {
    if (!any_failure) return std::nullopt;
    const uint64_t r = failure_rng.Next();
    for (int i = 0; i < kFailureCount; ++i) {
      if (r < failure_threshold[i]) return static_cast<Failure>(i);
    }
    return std::nullopt;
  }
};

// ------------------------------------------------------------- public ----

std::string_view LineKindName(LineKind kind) {
  const int i = static_cast<int>(kind);
  return i < kLineKindCount ? kLineKindNames[i] : std::string_view("failure");
}

std::string_view MixName(Mix mix) {
  switch (mix) {
    case Mix::kDefault:
      return "default";
    case Mix::kBench:
      return "bench";
    case Mix::kJsonHeavy:
      return "json-heavy";
  }
  return "default";
}

std::string_view FailureName(Failure failure) { return kFailureNames[static_cast<int>(failure)]; }

std::optional<Failure> FailureFromName(std::string_view name) {
  for (int i = 0; i < kFailureCount; ++i) {
    if (kFailureNames[i] == name) return static_cast<Failure>(i);
  }
  return std::nullopt;
}

std::optional<std::array<double, kFailureCount>> ParseFailureSpec(std::string_view spec,
                                                                  double default_rate,
                                                                  std::string* error) {
  std::array<double, kFailureCount> rates{};
  if (spec == "none") return rates;
  if (spec == "some" || spec == "all") {
    rates.fill(default_rate);
    return rates;
  }
  while (!spec.empty()) {
    const size_t comma = spec.find(',');
    std::string_view item = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    double rate = default_rate;
    const size_t eq = item.find('=');
    if (eq != std::string_view::npos) {
      const std::string_view number = item.substr(eq + 1);
      const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), rate);
      if (ec != std::errc() || end != number.data() + number.size() || !(rate >= 0 && rate <= 1)) {
        *error = "bad failure rate '" + std::string(number) + "' (want a number in [0, 1])";
        return std::nullopt;
      }
      item = item.substr(0, eq);
    }
    if (item == "oom") {
      rates[static_cast<int>(Failure::kOomTorch)] = rate;
      rates[static_cast<int>(Failure::kOomRuntime)] = rate;
      rates[static_cast<int>(Failure::kOomCudaError)] = rate;
      continue;
    }
    const std::optional<Failure> f = FailureFromName(item);
    if (!f) {
      *error = "unknown failure '" + std::string(item) + "'; known: oom";
      for (std::string_view name : kFailureNames) *error += ", " + std::string(name);
      return std::nullopt;
    }
    rates[static_cast<int>(*f)] = rate;
  }
  double sum = 0;
  for (double r : rates) sum += r;
  if (sum > 1.0) {
    *error = "failure rates add up to more than 1";
    return std::nullopt;
  }
  return rates;
}

TrainingLogGenerator::TrainingLogGenerator(const GeneratorOptions& options)
    : options_(options), impl_(std::make_unique<Impl>(options)) {
  impl_->start_ms = options.start_ms;
}
TrainingLogGenerator::~TrainingLogGenerator() = default;
TrainingLogGenerator::TrainingLogGenerator(TrainingLogGenerator&&) noexcept = default;
TrainingLogGenerator& TrainingLogGenerator::operator=(TrainingLogGenerator&&) noexcept = default;

size_t TrainingLogGenerator::NextLine(char* out) {
  Impl& impl = *impl_;
  const double offset_ms = static_cast<double>(counts_.lines) * 1000.0 / options_.lines_per_second;
  impl.SetTime(options_.start_ms + static_cast<int64_t>(offset_ms));
  Out o(out);
  if (options_.timestamps) {
    o = Out(out + FormatIso8601Ms(impl.now_ms, out));
    o.Ch(' ');
  }
  if (const std::optional<Failure> f = impl.DrawFailure()) {
    Job& j = options_.mix != Mix::kDefault
                 ? impl.bench_jobs[impl.failure_rng.Below(kFrameworkCount)]
                 : impl.job;
    impl.WriteFailure(o, j, *f);
    if (kFatal[static_cast<int>(*f)]) {
      if (options_.mix != Mix::kDefault) {
        j.step = 0;
      } else {
        impl.phase = Phase::kDone;
      }
    }
    last_kind_ = LineKind::kFailure;
    last_failure_ = *f;
    ++counts_.failures[static_cast<int>(*f)];
  } else {
    switch (options_.mix) {
      case Mix::kDefault:
        last_kind_ = impl.DefaultLine(o);
        break;
      case Mix::kBench:
        last_kind_ = impl.BenchLine(o);
        break;
      case Mix::kJsonHeavy:
        last_kind_ = impl.JsonHeavyLine(o);
        break;
    }
    ++counts_.kinds[static_cast<int>(last_kind_)];
  }
  o.Ch('\n');
  const size_t length = static_cast<size_t>(o.pos() - out);
  ++counts_.lines;
  counts_.bytes += length;
  return length;
}

std::string TrainingLogGenerator::SummaryJson() const {
  std::string s = "{\"seed\":" + std::to_string(options_.seed) + ",\"mix\":\"" +
                  std::string(MixName(options_.mix)) +
                  "\",\"lines\":" + std::to_string(counts_.lines) +
                  ",\"bytes\":" + std::to_string(counts_.bytes) + ",\"kinds\":{";
  for (int i = 0; i < kLineKindCount; ++i) {
    if (i > 0) s += ',';
    s += '"';
    s += kLineKindNames[i];
    s += "\":" + std::to_string(counts_.kinds[i]);
  }
  s += "},\"failures\":{";
  uint64_t total = 0;
  for (int i = 0; i < kFailureCount; ++i) {
    if (i > 0) s += ',';
    s += '"';
    s += kFailureNames[i];
    s += "\":" + std::to_string(counts_.failures[i]);
    total += counts_.failures[i];
  }
  s += "},\"failure_lines\":" + std::to_string(total) + "}";
  return s;
}

size_t FormatIso8601Ms(int64_t ms, char* out) {
  const Civil c = CivilFromMs(ms);
  Out o(out);
  o.U(static_cast<uint64_t>(c.year), 4, '0');
  o.Ch('-');
  o.U(static_cast<uint64_t>(c.month), 2, '0');
  o.Ch('-');
  o.U(static_cast<uint64_t>(c.day), 2, '0');
  o.Ch('T');
  o.U(static_cast<uint64_t>(c.hour), 2, '0');
  o.Ch(':');
  o.U(static_cast<uint64_t>(c.minute), 2, '0');
  o.Ch(':');
  o.U(static_cast<uint64_t>(c.second), 2, '0');
  o.Ch('.');
  o.U(static_cast<uint64_t>(c.milli), 3, '0');
  o.Ch('Z');
  return static_cast<size_t>(o.pos() - out);
}

std::optional<int64_t> ParseIso8601Ms(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.f+](Z|+00:00)
  auto digits = [&](size_t pos, size_t n, int64_t* value) {
    if (pos + n > text.size()) return false;
    int64_t v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + (text[i] - '0');
    }
    *value = v;
    return true;
  };
  int64_t y, mo, d, h, mi, s;
  if (!digits(0, 4, &y) || text.size() < 19 || text[4] != '-' || !digits(5, 2, &mo) ||
      text[7] != '-' || !digits(8, 2, &d) || (text[10] != 'T' && text[10] != ' ') ||
      !digits(11, 2, &h) || text[13] != ':' || !digits(14, 2, &mi) || text[16] != ':' ||
      !digits(17, 2, &s)) {
    return std::nullopt;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return std::nullopt;
  size_t pos = 19;
  int64_t milli = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    int n = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (n < 3) milli = milli * 10 + (text[pos] - '0');
      ++n;
      ++pos;
    }
    if (n == 0) return std::nullopt;
    for (; n < 3; ++n) milli *= 10;
  }
  const std::string_view zone = text.substr(pos);
  if (zone != "Z" && zone != "+00:00" && !zone.empty()) return std::nullopt;
  const int64_t days = DaysFromCivil(y, static_cast<int>(mo), static_cast<int>(d));
  return ((days * 24 + h) * 60 + mi) * 60000 + s * 1000 + milli;
}

}  // namespace tailwatch::loggen
