// The AI-training pack (config/packs/.../ai-training.yaml), loaded through the
// config loader: every failure category fires on lines in the real formats,
// the corpus traps do not, and the real healthy training logs produce no
// failure metric (beyond a few fp16 gradient overflows, which only alarm as
// a sustained storm).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "config/config.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"
#include "engine/match/filter_set.h"

namespace tailwatch::config {
namespace {

std::string PackPath() {
  return std::string(TAILWATCH_SOURCE_DIR) + "/config/packs/ai-training.yaml";
}

const std::set<std::string>& FailureMetrics() {
  static const std::set<std::string> metrics = {"CudaOutOfMemory",
                                                "NcclCollectiveTimeout",
                                                "NcclWarn",
                                                "NcclError",
                                                "GpuXidError",
                                                "EccUncorrectable",
                                                "LossNonFinite",
                                                "GradNormNonFinite",
                                                "GradientOverflow",
                                                "LossScaleAtMinimum",
                                                "TorchrunWorkerFailed",
                                                "TorchrunChildFailed",
                                                "SegmentationFault",
                                                "HostOomKill",
                                                "SlurmOomKill",
                                                "RendezvousTimeout",
                                                "DiskFull"};
  return metrics;
}

class MetricSink : public engine::SampleSink {
 public:
  explicit MetricSink(const engine::FilterSet& set) : set_(set) {}
  void OnFilterMatch(size_t) override {}
  void OnSample(const engine::MetricSample& s) override {
    std::string key = set_.spec(s.filter_index).transformation.metric_name;
    for (std::string_view d : s.dimension_values) key += "[" + std::string(d) + "]";
    ++counts[key];
  }
  void OnDrop(size_t, engine::DropReason) override {}
  std::map<std::string, int> counts;

 private:
  const engine::FilterSet& set_;
};

class PackTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    LoadResult loaded = LoadConfigFile(PackPath());
    ASSERT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
    auto set = engine::FilterSet::Compile(loaded.config->metric_filters);
    ASSERT_TRUE(set.has_value()) << set.error().message;
    set_ = new engine::FilterSet(std::move(*set));
  }
  static void TearDownTestSuite() {
    delete set_;
    set_ = nullptr;
  }
  static std::map<std::string, int> Run(std::string_view line) {
    engine::EventContext ctx;
    MetricSink sink(*set_);
    set_->Process(line, ctx, sink);
    return sink.counts;
  }
  static std::set<std::string> Failures(const std::map<std::string, int>& counts) {
    std::set<std::string> out;
    for (const auto& [key, n] : counts) {
      const std::string metric = key.substr(0, key.find('['));
      if (FailureMetrics().count(metric)) out.insert(key);
    }
    return out;
  }
  static inline engine::FilterSet* set_ = nullptr;
};

struct FailureCase {
  std::string name;
  std::string line;
  std::string want;  // the one failure series it must produce
};

class PackFailureTest : public PackTest, public ::testing::WithParamInterface<FailureCase> {};

TEST_P(PackFailureTest, Fires) {
  const std::set<std::string> got = Failures(Run(GetParam().line));
  EXPECT_EQ(got, std::set<std::string>{GetParam().want}) << GetParam().line;
}

// Lines in the exact formats the tools print (PyTorch, NCCL, the NVIDIA
// driver, torchrun, the kernel, SLURM, DeepSpeed); the overflow lines are
// from the BigScience corpus logs.
INSTANTIATE_TEST_SUITE_P(
    Categories, PackFailureTest,
    ::testing::Values(
        FailureCase{"OomAllocator",
                    "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 64.00 MiB. "
                    "GPU 0 has a total capacity of 79.15 GiB of which 11.25 MiB is free.",
                    "CudaOutOfMemory"},
        FailureCase{"OomRuntimeError", "[rank3]: RuntimeError: CUDA error: out of memory",
                    "CudaOutOfMemory"},
        FailureCase{"OomOldWording",
                    "RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 5.80 "
                    "GiB total capacity; 4.36 GiB already allocated)",
                    "CudaOutOfMemory"},
        FailureCase{"NcclWatchdog",
                    "[rank1]:[E626 06:24:44.903881913 ProcessGroupNCCL.cpp:616] [Rank 1] Watchdog "
                    "caught collective operation timeout: WorkNCCL(SeqNum=808, OpType=ALLREDUCE, "
                    "NumelIn=9801523, NumelOut=9801523, Timeout(ms)=600000) ran for 600020 "
                    "milliseconds before timing out.",
                    "NcclCollectiveTimeout[1][ALLREDUCE]"},
        FailureCase{"NcclBlockingWait",
                    "[E ProcessGroupNCCL.cpp:756] Work WorkNCCL(SeqNum=2521, OpType=ALLREDUCE, "
                    "Timeout(ms)=600000) timed out in blocking wait.",
                    "NcclCollectiveTimeout"},
        FailureCase{"NcclWarn",
                    "r6i4n5:37339:37402 [2] NCCL WARN Call to connect returned Connection refused",
                    "NcclWarn[2]"},
        FailureCase{
            "NcclError",
            "RuntimeError: NCCL error in: ../torch/csrc/distributed/c10d/NCCLUtils.hpp:219, "
            "unhandled system error, NCCL version 2.14.3",
            "NcclError"},
        FailureCase{
            "Xid79",
            "[ 1843.30] NVRM: Xid (PCI:0000:44:00): 79, pid=2301, GPU has fallen off the bus.",
            "GpuXidError[Xid][79][0000:44:00]"},
        FailureCase{"SXid",
                    "kernel: NVRM: SXid (PCI:0000:06:00.0): 20034, Fatal, Link 30 LTSSM Fault",
                    "GpuXidError[SXid][20034][0000:06:00.0]"},
        FailureCase{"Ecc", "RuntimeError: CUDA error: uncorrectable ECC error encountered",
                    "EccUncorrectable"},
        FailureCase{"NanLossMegatron",
                    " iteration      700/  292968 | lm loss: nan | loss scale: 1.0 |",
                    "LossNonFinite"},
        FailureCase{"NanLossHf", "{'loss': nan, 'learning_rate': 4.9e-05, 'epoch': 0.1}",
                    "LossNonFinite"},
        FailureCase{"InfGradNorm", "{'grad_norm': inf, 'epoch': 0.1}", "GradNormNonFinite"},
        FailureCase{"OverflowDeepSpeed",
                    "[2021-05-23 08:04:30,165] [INFO] [stage3.py:2335:_overflow_clean_up] "
                    "[deepscale] OVERFLOW! Rank 0 Skipping step. Attempted loss scale: 4294967296, "
                    "reducing to 2147483648",
                    "GradientOverflow"},
        FailureCase{
            "LossScaleMinimum",
            "Exception: Current loss scale already at minimum - cannot decrease scale anymore. "
            "Exiting run.",
            "LossScaleAtMinimum"},
        FailureCase{
            "TorchrunWorker",
            "E0325 20:57:27.620000 2606 torch/distributed/elastic/multiprocessing/api.py:869] "
            "failed (exitcode: -9) local_rank: 5 (pid: 2630) of binary: /usr/bin/python",
            "TorchrunWorkerFailed[-9][5]"},
        FailureCase{"ChildFailedError",
                    "torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ",
                    "TorchrunChildFailed"},
        FailureCase{"Segfault",
                    "/var/spool/slurmd/job123/slurm_script: line 9: 4242 Segmentation fault (core "
                    "dumped) python train.py",
                    "SegmentationFault"},
        FailureCase{"HostOom",
                    "kernel: Out of memory: Killed process 12345 (python) total-vm:812345kB",
                    "HostOomKill[python]"},
        FailureCase{"SlurmOom",
                    "slurmstepd: error: Detected 1 oom-kill event(s) in StepId=1809562.0. Some of "
                    "your processes may have been killed by the cgroup out-of-memory handler.",
                    "SlurmOomKill"},
        FailureCase{"Rendezvous",
                    "torch.distributed.DistStoreError: Timed out after 901 seconds waiting for "
                    "clients. 1/2 clients joined.",
                    "RendezvousTimeout"},
        FailureCase{"DiskFull",
                    "OSError: [Errno 28] No space left on device: 'checkpoints/step_1000'",
                    "DiskFull"},
        FailureCase{"AnsiColouredPrefix",
                    "\x1b[31m[default7]:RuntimeError: CUDA error: out of memory\x1b[0m",
                    "CudaOutOfMemory"}),
    [](const auto& tc) { return tc.param.name; });

struct TrapCase {
  std::string name;
  std::string line;
};

class PackTrapTest : public PackTest, public ::testing::WithParamInterface<TrapCase> {};

TEST_P(PackTrapTest, DoesNotFire) {
  EXPECT_TRUE(Failures(Run(GetParam().line)).empty()) << GetParam().line;
}

// Real lines from the corpora that mention failure words but are healthy.
INSTANTIATE_TEST_SUITE_P(
    Traps, PackTrapTest,
    ::testing::Values(
        TrapCase{"StepAvgNanms", "step:0/20344 val_loss:22.6321 train_time:465ms step_avg:nanms"},
        TrapCase{"OomWarning",
                 "WARNING: When using more than one image per GPU you may encounter an "
                 "out-of-memory (OOM) error if your GPU does not have sufficient memory."},
        TrapCase{"MegatronNanIterations",
                 " iteration       20/    1000 | lm loss: 1.203115E+01 | loss scale: 32768.0 | "
                 "number of skipped iterations:   8 | number of nan iterations:   0 |"},
        TrapCase{"NvidiaSmiEccHeader",
                 "| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |"},
        TrapCase{"BglCorrectedDdr",
                 "- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 "
                 "R02-M1-N0-C:J12-U11 RAS KERNEL INFO 1 ddr errors(s) detected and corrected on "
                 "rank 0, symbol 24, bit 3"},
        TrapCase{"NcclInfo",
                 "r6i4n5:37339:37339 [0] NCCL INFO Bootstrap : Using [0]ib0:10.148.8.5<0>"},
        TrapCase{"SlurmCancelled",
                 "slurmstepd: error: *** STEP 1809562.0 ON r6i5n1 CANCELLED AT 2021-05-23T08:29:53 "
                 "***"}),
    [](const auto& tc) { return tc.param.name; });

// Every real training log of the corpus, split on \n and \r as the tailer
// does: no failure metric except gradient overflows, and those stay far
// below the storm alarm's 200 per 10 minutes even with every line at once.
TEST_F(PackTest, HealthyCorpusLogsRaiseNoFailures) {
  const std::filesystem::path corpus =
      std::filesystem::path(TAILWATCH_SOURCE_DIR) / "../shared/corpora/training-runs";
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    const std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || (ext != ".txt" && ext != ".out" && ext != ".log")) continue;
    ++files;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    engine::EventContext ctx;
    MetricSink sink(*set_);
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find_first_of("\r\n", start);
      if (end == std::string::npos) end = text.size();
      if (end > start) set_->Process(std::string_view(text).substr(start, end - start), ctx, sink);
      start = end + 1;
    }
    for (const std::string& key : Failures(sink.counts)) {
      if (key == "GradientOverflow") {
        EXPECT_LE(sink.counts[key], 200) << entry.path();
      } else {
        ADD_FAILURE() << entry.path() << ": " << key << " x" << sink.counts[key];
      }
    }
  }
  EXPECT_GE(files, 38u);
}

// The pack's log-anomaly detector learns failure wordings only: its
// filter_pattern takes each failure ending's key line and none of the
// corpus's healthy lines that merely mention a failure word.
TEST(PackDetectorTest, LearnsFailureWordingsNotProseOrTheSchedulersEnd) {
  LoadResult loaded = LoadConfigFile(PackPath());
  ASSERT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  ASSERT_EQ(loaded.config->log_anomaly_detectors.size(), 1u);
  const LogAnomalyDetectorConfig& d = loaded.config->log_anomaly_detectors[0];
  EXPECT_EQ(d.name, "aiTrainingFailureWordings");
  EXPECT_EQ(d.log_groups, std::vector<std::string>{"aiTraining"});
  EXPECT_EQ(d.learning_period_seconds, 300);
  auto filter = engine::FilterPattern::Compile(d.filter_pattern);
  ASSERT_TRUE(filter.has_value()) << filter.error().message;
  engine::EventContext context;
  auto matches = [&](std::string_view line) {
    context.Reset(line);
    return filter->Matches(context);
  };
  for (const char* line : {
           "[rank3]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.53 GiB.",
           "Traceback (most recent call last):",
           "E1009 03:12:44.553000 140213 torch/distributed/elastic/multiprocessing/api.py:869] "
           "failed (exitcode: 1) local_rank: 3 (pid: 140283) of binary: /usr/bin/python3",
           "[E ProcessGroupNCCL.cpp:566] [Rank 12] Watchdog caught collective operation timeout",
           "srun: error: r7i4n3: task 12: Aborted (core dumped)",
           "NVRM: Xid (PCI:0000:b7:00): 79, pid=0, GPU has fallen off the bus.",
           "Fatal Python error: Segmentation fault",
           "r6i4n5:37339:37340 [0] NCCL WARN Call to connect returned Connection refused",
           "srun: error: r6i4n5: task 0: Exited with exit code 1",
       }) {
    EXPECT_TRUE(matches(line)) << line;
  }
  for (const char* line : {
           "slurmstepd: error: *** JOB 1809579 ON r8i3n1 CANCELLED AT 2021-05-23T08:45:57 ***",
           "srun: Job step aborted: Waiting up to 62 seconds for job step to finish.",
           "Killing subprocess 16343",
           "Main process received SIGTERM, exiting",
           "WARNING: When using more than one image per GPU you may encounter an out-of-memory "
           "(OOM) error if your GPU does not have sufficient memory.",
           "UserWarning: Detected call of `lr_scheduler.step()` before `optimizer.step()`. "
           "Failure to do this will result in PyTorch skipping the first value",
           "step:1/1670 train_time:435ms step_avg:nanms",
       }) {
    EXPECT_FALSE(matches(line)) << line;
  }
}

}  // namespace
}  // namespace tailwatch::config
