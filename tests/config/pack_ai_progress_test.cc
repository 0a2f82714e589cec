// The AI-training pack's progress filters, loaded through the config loader:
// every trainer format yields exactly the progress metrics its line holds,
// with the values it holds (seconds converted to ms, `5,856`, `1.2k`), the
// traps (\r progress bars, ANSI colours, nan, several losses on one line,
// evaluation lines that look like training lines) yield nothing wrong, and
// the Loghub system logs yield no progress metric at all.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "config/config.h"
#include "engine/match/filter_set.h"

namespace tailwatch::config {
namespace {

std::string PackPath() {
  return std::string(TAILWATCH_SOURCE_DIR) + "/config/packs/ai-training.yaml";
}

// The progress series; LearningRate is checked only where a case names it.
const std::set<std::string>& ProgressMetrics() {
  static const std::set<std::string> metrics = {"TrainLoss",
                                                "ValLoss",
                                                "Step",
                                                "StepTime",
                                                "TokensPerSecond",
                                                "SamplesPerSecond",
                                                "IterationsPerSecond",
                                                "GradNorm",
                                                "LearningRate",
                                                "ProgressLines"};
  return metrics;
}

class ValueSink : public engine::SampleSink {
 public:
  explicit ValueSink(const engine::FilterSet& set) : set_(set) {}
  void OnFilterMatch(size_t) override {}
  void OnSample(const engine::MetricSample& s) override {
    const std::string& metric = set_.spec(s.filter_index).transformation.metric_name;
    if (ProgressMetrics().count(metric)) values[metric].push_back(s.value);
  }
  void OnDrop(size_t, engine::DropReason) override {}
  std::map<std::string, std::vector<double>> values;

 private:
  const engine::FilterSet& set_;
};

class PackProgressTest : public ::testing::Test {
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
  // Splits `text` into records on \n and \r, as the tailer and replay do.
  static std::map<std::string, std::vector<double>> Run(std::string_view text) {
    engine::EventContext ctx;
    ValueSink sink(*set_);
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find_first_of("\r\n", start);
      if (end == std::string_view::npos) end = text.size();
      if (end > start) set_->Process(text.substr(start, end - start), ctx, sink);
      start = end + 1;
    }
    return sink.values;
  }
  static inline engine::FilterSet* set_ = nullptr;
};

struct ProgressCase {
  std::string name;  // Framework_What
  std::string line;
  // Every progress metric the line must yield, one sample each, with its
  // value; none other (LearningRate and ProgressLines only when named).
  std::map<std::string, double> want;
};

class PackProgressFormatTest : public PackProgressTest,
                               public ::testing::WithParamInterface<ProgressCase> {};

TEST_P(PackProgressFormatTest, YieldsTheLinesValues) {
  const ProgressCase& c = GetParam();
  std::map<std::string, std::vector<double>> got = Run(c.line);
  // Cases named "...IsNoLearningRate" check that no LearningRate comes out.
  if (!c.want.count("LearningRate") && c.name.find("IsNoLearningRate") == std::string::npos) {
    got.erase("LearningRate");
  }
  if (!c.want.count("ProgressLines")) {
    // Every line with a loss or a step is a progress line for the stall alarm.
    if (c.want.count("TrainLoss") || c.want.count("ValLoss") || c.want.count("Step")) {
      EXPECT_EQ(got["ProgressLines"].size(), 1u) << "no heartbeat: " << c.line;
    }
    got.erase("ProgressLines");
  }
  for (const auto& [metric, value] : c.want) {
    const std::vector<double>& samples = got[metric];
    ASSERT_EQ(samples.size(), 1u) << metric << " in " << c.line;
    EXPECT_NEAR(samples[0], value, 1e-9 * std::max(1.0, std::abs(value))) << metric;
  }
  for (const auto& [metric, samples] : got) {
    EXPECT_TRUE(c.want.count(metric) || samples.empty())
        << "unexpected " << metric << "=" << samples[0] << " in " << c.line;
  }
}

// Lines in each trainer's real format (fields, spacing and wording as the
// tools print them, values as seen in public training logs).
INSTANTIATE_TEST_SUITE_P(
    Formats, PackProgressFormatTest,
    ::testing::Values(
        ProgressCase{"Megatron_Iteration",
                     " iteration       20/    1000 | consumed samples:           80 | elapsed "
                     "time per iteration (ms): 1354.9 | learning rate: 1.500E-04 | global batch "
                     "size:     4 | lm loss: 1.203115E+01 | loss scale: 32768.0 | grad norm: "
                     "67.593 | number of skipped iterations:   0 | number of nan iterations:   0 |",
                     {{"Step", 20},
                      {"StepTime", 1354.9},
                      {"TrainLoss", 12.03115},
                      {"GradNorm", 67.593},
                      {"LearningRate", 1.5e-4}}},
        ProgressCase{"Megatron_Validation",
                     " validation loss at iteration 1000 | lm loss value: 6.010531E+00 | lm loss "
                     "PPL: 4.076413E+02 | ",
                     {{"ValLoss", 6.010531}}},
        ProgressCase{"NeMo_Bar",
                     "Epoch 0: :  12%|#2        | 120/1000 [02:10<15:57, reduced_train_loss=2.340, "
                     "global_step=119.0, consumed_samples=30720.0, train_step_timing in s=1.05]",
                     {{"TrainLoss", 2.34}, {"Step", 119}, {"StepTime", 1050}}},
        ProgressCase{"HfTrainer_Log",
                     "{'loss': 1.5545, 'grad_norm': 1.4142, 'learning_rate': "
                     "0.00028994575745834946, 'epoch': 0.22}",
                     {{"TrainLoss", 1.5545},
                      {"GradNorm", 1.4142},
                      {"LearningRate", 0.00028994575745834946}}},
        ProgressCase{"HfTrainer_EvalIsNotTrain",
                     "{'eval_loss': 1.2764, 'eval_runtime': 12.31, 'eval_samples_per_second': "
                     "40.62, 'eval_steps_per_second': 5.08, 'epoch': 1.0}",
                     {{"ValLoss", 1.2764}}},
        ProgressCase{"HfTrainer_BarThenLog",
                     "\r  4%|3         | 1318/36234 [11:37<5:12:34,  1.86it/s]\r"
                     "                                                      \r"
                     "{'loss': 1.3465, 'learning_rate': 0.000289937455028505, 'epoch': 0.22}\n",
                     {{"TrainLoss", 1.3465}}},
        ProgressCase{
            "HfTrainer_Summary",
            "{'train_runtime': 3021.5, 'train_samples_per_second': 12.31, "
            "'train_steps_per_second': 0.385, 'train_loss': 1.7012, 'epoch': 3.0}",
            {{"SamplesPerSecond", 12.31}, {"IterationsPerSecond", 0.385}, {"TrainLoss", 1.7012}}},
        ProgressCase{"DeepSpeed_Step",
                     "[2021-05-23 08:29:53,123] [INFO] [logging.py:60:log_dist] [Rank 0] "
                     "step=100, skipped=0, lr=[0.0001], mom=[(0.9, 0.999)]",
                     {{"Step", 100}, {"LearningRate", 0.0001}}},
        // the current rate, not the running average since the start
        ProgressCase{"DeepSpeed_Throughput",
                     "[2021-05-23 08:29:53,124] [INFO] [timer.py:157:stop] "
                     "epoch=0/micro_step=100/global_step=100, RunningAvgSamplesPerSec=123.45, "
                     "CurrSamplesPerSec=130.1, MemAllocated=4.2GB, MaxMemAllocated=6.1GB",
                     {{"Step", 100}, {"SamplesPerSecond", 130.1}}},
        ProgressCase{"DeepSpeed_PipelineEngine",
                     "steps: 1 loss: 12.7902 iter time (s): 150.471 samples/sec: 6.805",
                     {{"Step", 1},
                      {"TrainLoss", 12.7902},
                      {"StepTime", 150471},
                      {"SamplesPerSecond", 6.805}}},
        ProgressCase{"HfTrainer_ArgumentsDumpIsNoLearningRate",
                     "INFO:__main__:Training/evaluation parameters TrainingArguments(output_dir="
                     "output_dir, do_train=True, learning_rate=5e-05, weight_decay=0.0)",
                     {}},
        ProgressCase{"Dllogger_ParameterIsNoLearningRate",
                     "DLL 2021-05-17 17:13:53.852570 - PARAMETER | lr :  0.007",
                     {}},
        ProgressCase{"DeepSpeed_ConfigPrintIsNoLearningRate",
                     "[2021-05-25 06:38:26,359] [INFO] [config.py:752:print]   optimizer_params "
                     "............. {'lr': 5e-05, 'betas': [0.9, 0.999], 'eps': 1e-08}",
                     {}},
        ProgressCase{"DeepSpeed_JsonConfigIsNoLearningRate", "            \"lr\": 5e-05, ", {}},
        ProgressCase{"HugeCtr_Iter",
                     "[19d22h10m18s][HUGECTR][INFO]: Iter: 1000 Time(1000 iters): 93.957850s "
                     "Loss: 0.124771",
                     {{"Step", 1000}, {"TrainLoss", 0.124771}}},
        ProgressCase{"Lightning_V1Bar",
                     "Epoch 0:   6%|6         | 32040/500150 [6:28:43<94:39:17,  1.37it/s, "
                     "loss=2.6, v_num=0]",
                     {{"TrainLoss", 2.6}, {"IterationsPerSecond", 1.37}}},
        ProgressCase{"Lightning_V2BarTrainAndVal",
                     "Epoch 1: 100%|##########| 938/938 [00:15<00:00, 61.13it/s, v_num=0, "
                     "val_loss=0.101, train_loss=0.123]",
                     {{"TrainLoss", 0.123}, {"ValLoss", 0.101}, {"IterationsPerSecond", 61.13}}},
        ProgressCase{"Lightning_KiloRate",
                     "Epoch 3:  50%|#####     | 2000/4000 [00:01<00:01, 1.21kit/s, loss=0.0312]",
                     {{"TrainLoss", 0.0312}, {"IterationsPerSecond", 1210}}},
        ProgressCase{"Lightning_SlowBarIsStepTime",
                     "Epoch 0:   1%|1         | 32/2500 [01:28<1:54:20,  2.78s/it, loss=6.91, "
                     "v_num=3]",
                     {{"TrainLoss", 6.91}, {"StepTime", 2780}}},
        ProgressCase{"Torchtitan_AnsiColours",
                     "[titan] 2024-11-20 10:12:41,503 - root - INFO - \x1b[31mstep: 10  "
                     "\x1b[32mloss:  9.4520  \x1b[33mmemory: 12.19GiB(15.39%)  \x1b[34mtps: "
                     "5,856  \x1b[35mmfu: 3.21%\x1b[39m",
                     {{"Step", 10}, {"TrainLoss", 9.452}, {"TokensPerSecond", 5856}}},
        ProgressCase{
            "Torchtitan_GradNorm",
            "step:  1  loss: 12.2341  grad_norm:  4.1234  memory: 34.41GiB(36.20%)  "
            "tps: 1,286  tflops: 74.52  mfu: 7.53%",
            {{"Step", 1}, {"TrainLoss", 12.2341}, {"GradNorm", 4.1234}, {"TokensPerSecond", 1286}}},
        ProgressCase{"ModdedNanogpt_Train",
                     "step:1/20344 train_loss:22.6248 train_time:87786ms step_avg:nanms",
                     {{"Step", 1}, {"TrainLoss", 22.6248}}},
        ProgressCase{"ModdedNanogpt_Val",
                     "step:125/3040 val_loss:4.51317 train_time:76.628s step_avg:613.02ms",
                     {{"Step", 125}, {"ValLoss", 4.51317}, {"StepTime", 613.02}}},
        ProgressCase{"Nanogpt_Iter",
                     "iter 100: loss 4.1234, time 123.45ms, mfu 12.34%",
                     {{"Step", 100}, {"TrainLoss", 4.1234}, {"StepTime", 123.45}}},
        ProgressCase{"Nanogpt_EvalBothLosses",
                     "step 500: train loss 5.7373, val loss 5.9544",
                     {{"Step", 500}, {"TrainLoss", 5.7373}, {"ValLoss", 5.9544}}},
        ProgressCase{"Llmc_Old",
                     "step    1/74: train loss 4.283334 norm 1.1234 lr 1.00e-04 (1234.56 ms, 3318 "
                     "tok/s)",
                     {{"Step", 1},
                      {"TrainLoss", 4.283334},
                      {"GradNorm", 1.1234},
                      {"StepTime", 1234.56},
                      {"TokensPerSecond", 3318}}},
        ProgressCase{"Llmc_New",
                     "step    2/74 | loss 7.577271 (+nanz)| norm 52.1382 (+nanz)| lr 8.57e-06 | "
                     "164.21 ms | 28.6% bf16 MFU | 79823 tok/s",
                     {{"Step", 2},
                      {"TrainLoss", 7.577271},
                      {"GradNorm", 52.1382},
                      {"StepTime", 164.21},
                      {"TokensPerSecond", 79823}}},
        ProgressCase{"Llmc_Cpu",
                     "step 0: train loss 4.845659 (took 2141 ms)",
                     {{"Step", 0}, {"TrainLoss", 4.845659}, {"StepTime", 2141}}},
        ProgressCase{"Llmc_Val", "val loss 6.444646", {{"ValLoss", 6.444646}}},
        ProgressCase{"Llmc_PythonShort", "s:0 trl:10.965596", {{"TrainLoss", 10.965596}}},
        ProgressCase{"Llama2c_Iter",
                     "490 | loss 5.7543 | lr 4.900000e-05 | 8060.78ms | mfu 0.21%",
                     {{"Step", 490},
                      {"TrainLoss", 5.7543},
                      {"StepTime", 8060.78},
                      {"LearningRate", 4.9e-05}}},
        ProgressCase{"Fairseq_Inner",
                     "| epoch 001:    450 / 1891 loss=11.521, nll_loss=10.881, ppl=1886.05, "
                     "wps=52922, ups=0.5, wpb=104928, bsz=5325, num_updates=445, "
                     "lr=8.90889e-05, gnorm=1.543, clip=0%, oom=0, loss_scale=2.000, wall=882, "
                     "train_wall=756",
                     {{"TrainLoss", 11.521},
                      {"TokensPerSecond", 52922},
                      {"IterationsPerSecond", 0.5},
                      {"Step", 445},
                      {"GradNorm", 1.543}}},
        ProgressCase{"Fairseq_EpochSummary",
                     "| epoch 008 | loss 6.326 | nll_loss 5.193 | ppl 36.58 | wps 12876 | ups 4.9 "
                     "| wpb 2578 | bsz 108 | num_updates 21896 | lr 0.000213706 | gnorm 1.201 | "
                     "clip 0% | oom 0 | wall 4634 | train_wall 4309",
                     {{"TrainLoss", 6.326},
                      {"TokensPerSecond", 12876},
                      {"IterationsPerSecond", 4.9},
                      {"Step", 21896},
                      {"GradNorm", 1.201}}},
        ProgressCase{"Fairseq_ValidIsNotTrain",
                     "| epoch 008 | valid on 'valid' subset | valid_loss 6.43844 | "
                     "valid_nll_loss 5.23288 | valid_ppl 37.61 | num_updates 21896 | best 6.43844",
                     {{"ValLoss", 6.43844}, {"Step", 21896}}},
        ProgressCase{"Fairseq_HydraValidIsNotTrain",
                     "2021-03-01 12:00:00 | INFO | valid | epoch 001 | valid on 'valid' subset | "
                     "loss 8.113 | nll_loss 7.301 | ppl 157.7 | wps 35544.1 | wpb 2003.2 | bsz "
                     "64 | num_updates 1000",
                     {{"ValLoss", 8.113}, {"TokensPerSecond", 35544.1}, {"Step", 1000}}},
        ProgressCase{"Fairseq_HydraTrainSummary",
                     "2021-03-01 12:00:00 | INFO | train | epoch 001 | loss 9.213 | nll_loss 8.6 "
                     "| ppl 388.1 | wps 41234.5 | ups 2.31 | wpb 17822.1 | bsz 512 | num_updates "
                     "1000 | lr 0.0005 | gnorm 1.102 | train_wall 400 | wall 431",
                     {{"TrainLoss", 9.213},
                      {"TokensPerSecond", 41234.5},
                      {"IterationsPerSecond", 2.31},
                      {"Step", 1000},
                      {"GradNorm", 1.102}}},
        ProgressCase{"FairseqJson_Train",
                     "{\"epoch\": 27, \"update\": 26.267, \"loss\": \"8.206\", \"nll_loss\": "
                     "\"7.049\", \"ppl\": \"132.47\", \"wps\": \"1195.4\", \"ups\": \"1.62\", "
                     "\"wpb\": \"738.1\", \"bsz\": \"46.4\", \"num_updates\": \"33700\", \"lr\": "
                     "\"0.00017226\", \"gnorm\": \"1.833\", \"clip\": \"1\", \"train_wall\": "
                     "\"61\", \"wall\": \"30542\"}",
                     {{"TrainLoss", 8.206},
                      {"TokensPerSecond", 1195.4},
                      {"IterationsPerSecond", 1.62},
                      {"Step", 33700},
                      {"GradNorm", 1.833}}},
        ProgressCase{"FairseqJson_Valid",
                     "{\"epoch\": 9, \"valid_loss\": 3.170829971076651, \"valid_nll_loss\": "
                     "1.3833437350205129, \"valid_ppl\": \"2.61\"}",
                     {{"ValLoss", 3.170829971076651}}},
        ProgressCase{"Detectron2_Events",
                     "[11/01 11:27:04 d2.utils.events]: eta: 8:05:12  iter: 1259  total_loss: "
                     "1.012  loss_cls: 0.714  loss_box_reg: 0.291  time: 0.3322  data_time: "
                     "0.0334  lr: 0.010000  max_mem: 3961M",
                     {{"Step", 1259}, {"TrainLoss", 1.012}, {"StepTime", 332.2}}},
        ProgressCase{"MaskrcnnBenchmark_Trainer",
                     "2019-05-27 10:48:54,461 maskrcnn_benchmark.trainer INFO: eta: 0:17:37  iter: "
                     "87940  loss: 0.6097 (0.9191)  loss_classifier: 0.1472 (0.3151)  "
                     "loss_box_reg: 0.0702 (0.1441)  time: 0.5063 (0.5132)  data: 0.0062 "
                     "(0.0078)  lr: 0.000025  max mem: 4358",
                     {{"Step", 87940}, {"TrainLoss", 0.6097}, {"StepTime", 506.3}}},
        ProgressCase{"Mmcv_EpochRunnerManyLosses",
                     "2020-05-08 18:44:23,494 - mmdet - INFO - Epoch [1][1200/7517]\tlr: "
                     "0.00125, eta: 4:44:04, time: 0.593, data_time: 0.031, memory: 6836, "
                     "loss_rpn_cls: 0.0927, loss_rpn_bbox: 0.0444, loss_cls: 0.1861, acc: "
                     "94.0625, loss_bbox: 0.1375, loss: 0.4606",
                     {{"TrainLoss", 0.4606}, {"StepTime", 593}}},
        ProgressCase{"Mmcv_CascadeStageLosses",
                     "2020-05-21 04:01:33,217 - mmdet - INFO - Epoch [1][19/678]\tlr: 0.00020, "
                     "eta: 1 day, 16:44:26, time: 1.413, data_time: 0.116, memory: 9581, "
                     "loss_rpn_cls: 0.6978, s0.loss_cls: 0.4852, s0.acc: 92.1875, s1.loss_cls: "
                     "0.2759, loss: 3.0130",
                     {{"TrainLoss", 3.013}, {"StepTime", 1413}}},
        ProgressCase{"Mmcv_IterRunner",
                     "2021-07-01 10:00:00,000 - mmseg - INFO - Iter [50/80000]\tlr: 9.997e-03, "
                     "eta: 7:01:30, time: 0.316, data_time: 0.005, memory: 3772, "
                     "decode.loss_seg: 2.0131, decode.acc_seg: 40.1, aux.loss_seg: 0.8052, loss: "
                     "2.8183",
                     {{"Step", 50}, {"TrainLoss", 2.8183}, {"StepTime", 316}}},
        ProgressCase{"MmEngine_Train",
                     "01/10 12:00:00 - mmengine - INFO - Epoch(train)  [1][  50/1221]  lr: "
                     "2.0000e-02  eta: 2:55:11  time: 0.5160  data_time: 0.0096  memory: 3926  "
                     "grad_norm: 5.1234  loss: 1.0963  loss_rpn_cls: 0.2133  loss_bbox: 0.1201",
                     {{"TrainLoss", 1.0963}, {"StepTime", 516}, {"GradNorm", 5.1234}}},
        ProgressCase{"MmEngine_IterTrain",
                     "01/10 12:00:00 - mmengine - INFO - Iter(train) [  100/80000]  lr: 1.0e-02  "
                     "eta: 5:00:00  time: 0.2250  data_time: 0.0050  memory: 3000  loss: 1.5000  "
                     "decode.loss_ce: 1.5000",
                     {{"Step", 100}, {"TrainLoss", 1.5}, {"StepTime", 225}}},
        ProgressCase{"MmEngine_ValIsNotStepTime",
                     "01/10 12:10:00 - mmengine - INFO - Epoch(val)  [1][ 50/500]    eta: 0:00:21  "
                     "time: 0.0450  data_time: 0.0021  memory: 480",
                     {}},
        ProgressCase{"Dllogger_Training",
                     "DLL 2020-06-25 12:23:21.123456 - Training Epoch: 0 Training Iteration: 10  "
                     "train.loss : 6.94219  train.total_ips : 330.70 img/s train.lr : 0.256",
                     {{"Step", 10},
                      {"TrainLoss", 6.94219},
                      {"SamplesPerSecond", 330.7},
                      {"LearningRate", 0.256}}},
        ProgressCase{"Dllogger_Bert",
                     "DLL 2021-02-01 09:00:00.000000 - Iteration: 100  throughput_train : 345.612 "
                     "seq/s mlm_loss : 7.3128  step_loss : 7.4512",
                     {{"Step", 100}, {"SamplesPerSecond", 345.612}, {"TrainLoss", 7.4512}}},
        ProgressCase{"Keras_EpochEnd",
                     "100/100 [==============================] - 2s 15ms/step - loss: 0.3021 - "
                     "accuracy: 0.9012 - val_loss: 0.2543 - val_accuracy: 0.9210",
                     {{"TrainLoss", 0.3021}, {"ValLoss", 0.2543}, {"StepTime", 15}}},
        ProgressCase{"Keras_SlowSteps",
                     "10/10 [==============================] - 23s 2s/step - loss: 1.9876",
                     {{"TrainLoss", 1.9876}, {"StepTime", 2000}}},
        ProgressCase{"Keras3_Bar",
                     "\x1b[1m1875/1875\x1b[0m \x1b[32m━━━━━━━━━━━━━━━━━━━━\x1b[0m\x1b[37m\x1b[0m "
                     "\x1b[1m3s\x1b[0m 1ms/step - accuracy: 0.8768 - loss: 0.4371",
                     {{"TrainLoss", 0.4371}, {"StepTime", 1}}},
        ProgressCase{"Keras3_PlainBar",
                     "1875/1875 ━━━━━━━━━━━━━━━━━━━━ 3s 1ms/step - accuracy: 0.8768 - loss: "
                     "0.4371 - val_accuracy: 0.9012 - val_loss: 0.3012",
                     {{"TrainLoss", 0.4371}, {"ValLoss", 0.3012}, {"StepTime", 1}}},
        ProgressCase{"Returnn_Step",
                     "train epoch 1, step 59, cost:output 4.5321, error:output 0.8762, loss "
                     "2351.9, max_size:classes 38, max_size:data 1143, mem_usage:GPU:0 1.1GB, "
                     "num_seqs 16, 0.862 sec/step, elapsed 0:00:52, exp. remaining 1:23:45, "
                     "complete 1.02%",
                     {{"TrainLoss", 4.5321}, {"StepTime", 862}}},
        ProgressCase{"Returnn_Dev",
                     "epoch 1 score: 5.2315 error: 0.8722 elapsed: 1:23:45 "
                     "dev: score 4.1023 error 0.8011",
                     {{"ValLoss", 4.1023}}},
        ProgressCase{"Returnn_BatchLines",
                     "train epoch 1, batch 3, cost:output 15.2745442708, elapsed 0:00:06, exp. "
                     "remaining 0:51:02, complete 0.21%",
                     {{"TrainLoss", 15.2745442708}}},
        ProgressCase{"Returnn_DevEvalIsNotTrain",
                     "pretrain epoch 1 'dev' eval, step 55, cost:ctc 266.5517305701014, "
                     "error:ctc 7.970425241626799, loss 149186.28, max_size:classes 32, num_seqs "
                     "19, 2.677 sec/step, elapsed 0:02:57, exp. remaining 0:06:10, complete 32.40%",
                     {}},
        ProgressCase{
            "MmcvJson_Train",
            "{\"mode\": \"train\", \"epoch\": 1, \"iter\": 100, \"lr\": 2e-05, \"memory\": "
            "10944, \"data_time\": 0.01538, \"loss_cls\": 1.02531, \"loss_bbox\": 0.78262, "
            "\"loss\": 1.80794, \"time\": 0.61618}",
            {{"TrainLoss", 1.80794}, {"StepTime", 616.18}, {"LearningRate", 2e-05}}},
        ProgressCase{"Detectron_JsonStats",
                     "json_stats: {\"accuracy_cls\": 0.923639, \"eta\": \"1 day, 13:30:44\", "
                     "\"iter\": 120000, \"loss\": 0.562384, \"loss_bbox\": 0.107754, \"lr\": "
                     "0.010000, \"mb_qsize\": 64, \"mem\": 6407, \"time\": 0.562685}",
                     {{"Step", 120000}, {"TrainLoss", 0.562384}, {"StepTime", 562.685}}},
        ProgressCase{"DeepLabCut_Iteration",
                     "iteration: 64000 loss: 0.0020 lr: 0.02",
                     {{"Step", 64000}, {"TrainLoss", 0.002}}},
        ProgressCase{"Keras_UnknownLength",
                     "    101/Unknown - 8s 81ms/step - loss: 0.6679 - accuracy: 0.8117",
                     {{"TrainLoss", 0.6679}, {"StepTime", 81}}},
        ProgressCase{
            "ThreeDetr_Iter",
            "Epoch [0/1080]; Iter [0/36]; Loss 29.53; LR 1.00e-06; Iter time 10.21; ETA "
            "4 days, 14:13:32; Mem 2846.38MB",
            // 3DETR's Iter is the global iteration (the epoch times the batches
            // per epoch, plus the batch), out of max_epoch times the batches.
            {{"Step", 0}, {"TrainLoss", 29.53}, {"StepTime", 10210}, {"LearningRate", 1e-6}}},
        ProgressCase{"MlxLm_Train",
                     "Iter 36: Train loss 4.040, Learning Rate 2.000e-08, It/sec 1.472, "
                     "Tokens/sec 67.707, Trained Tokens 1656, Peak mem 5.094 GB",
                     {{"Step", 36},
                      {"TrainLoss", 4.04},
                      {"IterationsPerSecond", 1.472},
                      {"TokensPerSecond", 67.707},
                      {"LearningRate", 2e-8}}},
        // the evaluation's iteration is the run's step
        ProgressCase{"MlxLm_Val",
                     "Iter 200: Val loss 1.213, Val took 3.412s",
                     {{"Step", 200}, {"ValLoss", 1.213}}},
        ProgressCase{"PaddleSeg_Train",
                     "2022-01-04 19:24:33 [INFO]\t[TRAIN] epoch: 1, iter: 10/100000, loss: "
                     "2.7599, lr: 0.049996, batch_cost: 0.2763, reader_cost: 0.02104, ips: "
                     "28.9558 samples/sec | ETA 07:40:25",
                     {{"Step", 10},
                      {"TrainLoss", 2.7599},
                      {"StepTime", 276.3},
                      {"SamplesPerSecond", 28.9558}}},
        ProgressCase{"Timm_Train",
                     "Train: 0 [ 100/1251 (  8%)]  Loss: 6.789 (6.85)  Time: 0.321s,  797.2/s  "
                     "(0.330s,  775.5/s)  LR: 1.000e-04  Data: 0.012 (0.015)",
                     {{"TrainLoss", 6.789}, {"StepTime", 321}, {"SamplesPerSecond", 797.2}}},
        ProgressCase{"Timm_TestIsNotTrain",
                     "Test: [   0/48]  Time: 1.204 (1.204)  Loss:  0.8125 (0.8125)  Acc@1: "
                     "82.0312 (82.0312)  Acc@5: 95.3125 (95.3125)",
                     {}},
        ProgressCase{"AdHoc_EpochLoss", "epoch 3 loss 0.1234", {{"TrainLoss", 0.1234}}},
        ProgressCase{"AdHoc_EpochSlashLoss", "Epoch 1/10, Loss: 0.2345", {{"TrainLoss", 0.2345}}},
        ProgressCase{"AdHoc_TutorialStep",
                     "Epoch [1/5], Step [100/600], Loss: 0.2193",
                     {{"TrainLoss", 0.2193}}},
        ProgressCase{"AdHoc_TrainAndValidation",
                     "Epoch: 1 \tTraining Loss: 0.512345 \tValidation Loss: 0.432109",
                     {{"TrainLoss", 0.512345}, {"ValLoss", 0.432109}}},
        ProgressCase{"AdHoc_DevHostIsNoEvaluation",
                     "[dev-node3] epoch 2 loss: 0.3012",
                     {{"TrainLoss", 0.3012}}},
        ProgressCase{"AdHoc_KeyValue",
                     "step=1200 loss=2.3456 lr=3e-4 tok/s=15234.5",
                     {{"Step", 1200},
                      {"TrainLoss", 2.3456},
                      {"TokensPerSecond", 15234.5},
                      {"LearningRate", 3e-4}}},
        // Families added from the held-out sets of bench/ai_progress (lines as
        // printed by each tool, values as in public logs).
        ProgressCase{"OpenNmt_Step",
                     "[2018-11-26 14:47:26,759 INFO] Step 5350/50000; acc:  51.25; ppl:  8.43; "
                     "xent: 2.13; lr: 0.00066; 1320/1445 tok/s;  19995 sec",
                     {{"Step", 5350}, {"TrainLoss", 2.13}, {"TokensPerSecond", 1445}}},
        ProgressCase{"OpenNmt_OldSrcTgtRates",
                     "Epoch  1, 12900/37527; acc:   4.48; ppl: 35173.75; xent:  10.47; 3599 src "
                     "tok/s; 3678 tgt tok/s;   9861 s elapsed",
                     {{"TrainLoss", 10.47}, {"TokensPerSecond", 3678}}},
        ProgressCase{"Espnet_TrainTimeSeconds",
                     "[kamo-desktop] 2020-03-29 18:04:38,450 (trainer:452) INFO: "
                     "10epoch:train:1-10batch: iter_time=0.007, forward_time=0.156, loss=41.992, "
                     "loss_att=22.768, loss_ctc=61.217, acc=0.682, backward_time=0.088, "
                     "optim_step_time=0.007, lr_0=1.000, train_time=0.471",
                     {{"TrainLoss", 41.992}, {"StepTime", 471}}},
        ProgressCase{"Yolox_IterTimeSeconds",
                     "2021-09-10 14:30:26 | INFO | yolox.core.trainer:246 - epoch: 36/300, iter: "
                     "1040/1849, mem: 7420Mb, iter_time: 3.068s, data_time: 1.767s, total_loss: "
                     "6.6, iou_loss: 2.4, l1_loss: 0.0, conf_loss: 2.8, cls_loss: 1.3, lr: "
                     "9.723e-03, size: 704, ETA: 14 days, 3:04:24",
                     {{"TrainLoss", 6.6}, {"StepTime", 3068}, {"Step", 1040}}},
        ProgressCase{"MaxText_PerDevice",
                     "completed step: 18, seconds: 11.716, TFLOP/s/device: 348.750, "
                     "Tokens/s/device: 6760.245, Samples/s/device: 0.0854, Frames/s/device: 7.255, "
                     "loss: 1.540",
                     {{"Step", 18},
                      {"StepTime", 11716},
                      {"TokensPerSecond", 6760.245},
                      {"SamplesPerSecond", 0.0854},
                      {"TrainLoss", 1.54}}},
        ProgressCase{
            "TorchvisionRefs_ImgPerSecond",
            "Epoch: [0]  [ 103/5005]  eta: 4:43:31  lr: 0.1  img/s: 13.62830983555788  "
            "loss: 6.8536 (6.9458)  acc1: 0.0000 (0.2103)  acc5: 0.0000 (0.9916)  time: "
            "2.5401  data: 0.0336  max mem: 3524",
            {{"TrainLoss", 6.8536}, {"SamplesPerSecond", 13.62830983555788}, {"StepTime", 2540.1}}},
        ProgressCase{"ImagenetExample_AverageMeters",
                     "Epoch: [0][  400/80073]\tTime  0.315 ( 0.372)\tData  0.002 ( 0.073)\tLoss "
                     "6.9802e+00 (7.0827e+00)\tAcc@1   0.00 (  0.08)\tAcc@5   6.25 (  0.55)",
                     {{"TrainLoss", 6.9802}, {"StepTime", 315}}},
        ProgressCase{
            "ImagenetExample_TestIsNotTrain",
            "Test: [1460/2500]       Time 0.036 (0.039)      Loss 2.6388 (0.9189)    Acc@1 "
            "45.000 (76.451)   Acc@5 55.000 (93.474)",
            {}},
        ProgressCase{"TfEstimator_LossThenStep",
                     "INFO:tensorflow:loss = 4.264659, step = 100 (124.394 sec)",
                     {{"TrainLoss", 4.264659}, {"Step", 100}}},
        ProgressCase{"TfEstimator_GlobalStepPerSecond",
                     "INFO:tensorflow:global_step/sec: 0.682575",
                     {{"IterationsPerSecond", 0.682575}}},
        ProgressCase{"TfOdApi2_PerStepTime",
                     "I0912 11:40:27.956218 139735407601536 model_lib_v2.py:652] Step 100 "
                     "per-step time 0.813s loss=1.396",
                     {{"Step", 100}, {"StepTime", 813}, {"TrainLoss", 1.396}}},
        ProgressCase{"Caffe_Iteration",
                     "I1128 08:59:24.187857 14972 solver.cpp:218] Iteration 1170 (6.24905 iter/s, "
                     "62.4095s/390 iters), loss = 87.3363",
                     {{"Step", 1170}, {"TrainLoss", 87.3363}, {"IterationsPerSecond", 6.24905}}},
        ProgressCase{"Caffe_TestNetOutputIsNotTrain",
                     "I1128 08:59:24.073571 14972 solver.cpp:397]     Test net output #1: "
                     "SoftmaxWithLoss1 = 87.3362 (* 1 = 87.3362 loss)",
                     {}},
        ProgressCase{"Torchtune_StepPipe",
                     "Step 10 | loss:1.0359036922454834 lr:2e-05 "
                     "tokens_per_second_per_gpu:962.2259327743811",
                     {{"Step", 10},
                      {"TrainLoss", 1.0359036922454834},
                      {"TokensPerSecond", 962.2259327743811}}},
        ProgressCase{
            "LitGpt_LossTrainVal",
            "Epoch 34 | iter 3050700 step 610140 | loss train: 2.846, val: 2.861 | iter "
            "time: 112.20 ms (step) remaining time: 0:01:54",
            {{"Step", 610140}, {"TrainLoss", 2.846}, {"ValLoss", 2.861}, {"StepTime", 112.2}}},
        ProgressCase{"Darknet_AvgLine",
                     "9002: 0.211667, 0.060730 avg, 0.001000 rate, 3.868000 seconds, 576128 "
                     "images Loaded: 0.000000 seconds",
                     {{"Step", 9002}, {"TrainLoss", 0.211667}, {"StepTime", 3868}}},
        ProgressCase{"Olmo_SlashKeys",
                     "    train/CrossEntropyLoss=12.18\n"
                     "    throughput/device/tokens_per_second=26,668\n"
                     "    optim/total_grad_norm=231.7",
                     {{"TrainLoss", 12.18}, {"TokensPerSecond", 26668}, {"GradNorm", 231.7}}},
        ProgressCase{"Nanotron_KSuffixes",
                     "10/17/2025 16:31:56 [INFO|DP=0|PP=0|TP=0]: iteration: 327281 / 378950 | "
                     "consumed_tokens: 85.8G | elapsed_time_per_iteration_ms: 11.5K | "
                     "tokens_per_sec: 22.8K | tokens_per_sec_per_gpu: 11.4K | global_batch_size: "
                     "64 | lm_loss: 2.38 | lr: 1e-05 | model_tflops_per_gpu: 38.3 | "
                     "hardware_tflops_per_gpu: 38.3 | grad_norm: 1.25",
                     {{"Step", 327281},
                      {"StepTime", 11500},
                      {"TokensPerSecond", 22800},
                      {"TrainLoss", 2.38},
                      {"GradNorm", 1.25}}},
        ProgressCase{"BigDl_Sentences",
                     "2018-04-13 07:12:15 INFO  DistriOptimizer$:392 - [Epoch 42 "
                     "933888/1281167][Iteration 17442][Wall Clock 26290.6678436s] Trained 3072 "
                     "records in 1.468526684 seconds. Throughput is 2091.8926 records/second. Loss "
                     "is 1.72319. Current learning rate is 0.07595911266872037.",
                     {{"Step", 17442},
                      {"StepTime", 1468.526684},
                      {"SamplesPerSecond", 2091.8926},
                      {"TrainLoss", 1.72319}}},
        ProgressCase{"Sockeye_RateUnitsBeforeNumbers",
                     "[INFO:sockeye.training] Epoch[0] Batch [850]    Speed: 1233.65 samples/sec "
                     "36868.08 tokens/sec 6.31 updates/sec perplexity=1069.412118  "
                     "accuracy=0.125694",
                     {{"SamplesPerSecond", 1233.65},
                      {"TokensPerSecond", 36868.08},
                      {"IterationsPerSecond", 6.31}}},
        ProgressCase{"MsSwift_GlobalStepOfMax",
                     "{'loss': 0.23179118, 'grad_norm': 0.65250963, 'learning_rate': 8.6e-07, "
                     "'memory(GiB)': 63.16, 'train_speed(iter/s)': 0.01119, 'nll_loss': 0.921875, "
                     "'epoch': 0.64, 'global_step/max_steps': '56/176', 'percentage': '31.82%'}",
                     {{"TrainLoss", 0.23179118},
                      {"GradNorm", 0.65250963},
                      {"IterationsPerSecond", 0.01119},
                      {"Step", 56}}},
        ProgressCase{"ColossalAi_InEpochStepThenGlobal",
                     "INFO: Training, Epoch: 0, Step: 2, Global_Step: 7, Loss: distogram=4.159",
                     {{"Step", 7}}},
        ProgressCase{"MindYolo_InEpochStepIsNoStep",
                     "2024-10-18 10:02:35,268 [INFO] Epoch 1/500, Step 970/1516, step time: 92.90 "
                     "ms",
                     {{"StepTime", 92.9}}},
        ProgressCase{"PithTrain_HyphenatedKeys",
                     "2026-04-01 14:07:05 | INFO | step 00000002/00000015 | step-time 28.823 sec | "
                     "cross-entropy-loss 2.5949 | load-balance-loss 0.001803 | learning-rate "
                     "1.000000e-06 | gradient-norm 20.0672 | tokens-per-second 72,759",
                     {{"Step", 2},
                      {"StepTime", 28823},
                      {"TrainLoss", 2.5949},
                      {"GradNorm", 20.0672},
                      {"TokensPerSecond", 72759}}},
        ProgressCase{
            "Verl_ActorLoss",
            "(TaskRunner pid=222265) step:34 - actor/pg_loss:0.042396901015308686 - "
            "actor/kl_loss:0.0013280365410537343 - actor/loss:0.042398229241371155 - "
            "actor/grad_norm:0.129638671875 - training/global_step:34",
            {{"Step", 34}, {"TrainLoss", 0.042398229241371155}, {"GradNorm", 0.129638671875}}},
        ProgressCase{"Marian_UpdateCostWordsPerSecond",
                     "[2021-07-17 12:54:33] Ep. 1 : Up. 14000 : Sen. 965,843 : Cost 5.20174599 : "
                     "Time 359.59s : 3007.81 words/s",
                     {{"Step", 14000}, {"TrainLoss", 5.20174599}, {"TokensPerSecond", 3007.81}}},
        ProgressCase{"Marian_ValidCrossEntropyIsValLoss",
                     "[2021-07-17 13:50:36] [valid] Ep. 1 : Up. 20000 : cross-entropy : 130.97 : "
                     "new best",
                     {{"Step", 20000}, {"ValLoss", 130.97}}},
        ProgressCase{"Marian_ValidCeMeanWords",
                     "[2019-08-18 08:45:32] [valid] Ep. 2 : Up. 680000 : ce-mean-words : 1.57514 : "
                     "stalled 38 times (last best: 1.56489)",
                     {{"Step", 680000}, {"ValLoss", 1.57514}}},
        ProgressCase{"OpenNmtTf_StepRatesAndLoss",
                     "INFO:tensorflow:Step = 20100 ; steps/s = 2.09, source words/s = 6382, target "
                     "words/s = 6382 ; Learning rate = 0.000250 ; Loss = 3.851096",
                     {{"Step", 20100},
                      {"IterationsPerSecond", 2.09},
                      {"TokensPerSecond", 6382},
                      {"TrainLoss", 3.851096}}},
        ProgressCase{"OpenNmtTf_EvaluationResultIsValLoss",
                     "INFO:tensorflow:Evaluation result for step 20000: perplexity = 99.456184 ; "
                     "loss = 4.599717",
                     {{"Step", 20000}, {"ValLoss", 4.599717}}},
        ProgressCase{"OpenNmtTf_TargetWordsPerSecondSummary",
                     "INFO:tensorflow:words_per_sec/labels:0: 3610.39",
                     {{"TokensPerSecond", 3610.39}}},
        ProgressCase{"NeMo_BarReducedTrainLossOverBarMean",
                     "Epoch 0:   1%|          | 795/77225 [9:07:58<878:01:48, 41.36s/it, loss=3.1, "
                     "v_num=, reduced_train_loss=3.090, global_step=794.0, "
                     "consumed_samples=1.63e+6]",
                     {{"TrainLoss", 3.09}, {"Step", 794}, {"StepTime", 41360}}},
        ProgressCase{
            "NeMo2_PipeSeparatedColons",
            "Training epoch 0, iteration 120/149 | lr: 3e-05 | consumed_samples: 121 | "
            "global_batch_size: 1 | global_step: 120 | reduced_train_loss: 1.233 | "
            "train_step_timing in s: 0.03146 | val_loss: 4.106",
            {{"Step", 120}, {"TrainLoss", 1.233}, {"StepTime", 31.46}, {"ValLoss", 4.106}}},
        ProgressCase{"LlamaFactory_JsonCurrentStepsNullLoss",
                     "{\"current_steps\": 3235, \"total_steps\": 3235, \"loss\": null, "
                     "\"eval_loss\": null, \"learning_rate\": null, \"epoch\": 1.0}",
                     {{"Step", 3235}}},
        ProgressCase{"HfTfTrainer_QuotedStepKey",
                     "[INFO|trainer_tf.py:398] 2021-01-15 10:28:50,371 >> {'loss': 0.6347228, "
                     "'learning_rate': 4.891304e-05, 'epoch': 0.08695652173913043, 'step': 10}",
                     {{"TrainLoss", 0.6347228}, {"Step", 10}, {"LearningRate", 4.891304e-05}}},
        ProgressCase{"PaddleNlp_IntervalRates",
                     "[    INFO] - loss: 2.00048828, learning_rate: 2.1e-06, global_step: 20, "
                     "interval_runtime: 26.3106, interval_samples_per_second: 6.081193361471736, "
                     "interval_steps_per_second: 0.760149170183967, epoch: 0.0014",
                     {{"TrainLoss", 2.00048828},
                      {"Step", 20},
                      {"SamplesPerSecond", 6.081193361471736},
                      {"IterationsPerSecond", 0.760149170183967}}},
        ProgressCase{"FairseqLegacy_PipeWordsPerSecond",
                     "| epoch 010 | train loss 1.44 | train ppl 2.72 | s/checkpoint    7747 | "
                     "words/s    961 | words/batch    906 | bsz    32 | lr 0.001000 | clip 100% | "
                     "gnorm 2.1113",
                     {{"TrainLoss", 1.44}, {"TokensPerSecond", 961}, {"GradNorm", 2.1113}}},
        ProgressCase{"GluonNlp_KiloWps",
                     "2020-01-08 08:53:50,968 - root - [Epoch 0 Batch 100/1043] loss=6.4215, "
                     "ppl=614.9522, gnorm=0.7030, throughput=39.15K wps, wc=606.57K",
                     {{"TrainLoss", 6.4215}, {"GradNorm", 0.703}, {"TokensPerSecond", 39150}}},
        ProgressCase{"OpenClip_BatchTimeAndRate",
                     "2023-06-29,15:45:36 | INFO | Train Epoch: 0 [  6464/109468 (3%)] Loss: "
                     "0.97884 (1.023) Data (t): 0.158 Batch (t): 0.559, 36.0876/s LR: 0.000001 "
                     "Logit Scale: 99.995 - V4",
                     {{"TrainLoss", 0.97884}, {"StepTime", 559}, {"SamplesPerSecond", 36.0876}}},
        ProgressCase{"KerasVerbose2_StepTimeAfterEpochTime",
                     "1079/1079 - 21s - loss: 0.2431 - 21s/epoch - 19ms/step",
                     {{"TrainLoss", 0.2431}, {"StepTime", 19}}},
        ProgressCase{
            "LitGpt_LossTrainCurr",
            "Ep 1 | iter 4 | step 1: loss train (curr): 1.585, val (prev val iter): None | "
            "iter time: 181.34 ms (opt.step)",
            {{"Step", 1}, {"TrainLoss", 1.585}, {"StepTime", 181.34}}},
        ProgressCase{"WeNet_CrossValidationIsNoTrainLoss",
                     "2023-01-30 18:49:55,773 DEBUG CV Batch 4/0 loss 28.517015 loss_att 24.142754 "
                     "loss_ctc 38.723625 history loss 27.957858 rank 2",
                     {{"ProgressLines", 1}}},
        ProgressCase{"GptNeoX_ConfigDumpLossCoefficientIsNoLoss",
                     "  moe_loss_coeff .................. 0.1.........................default",
                     {}},
        ProgressCase{"MusubiTuner_AvrLossInBar",
                     "[08:03:59] [STDERR] steps:  39%|███▊      | 37/96 [13:19<21:14, 21.61s/it, "
                     "avr_loss=0.0853]",
                     {{"TrainLoss", 0.0853}}},
        ProgressCase{"LlamaAccessory_MetricLoggerFirstLossMeter",
                     "[07:15:39.400163] Epoch: [2]  [1480/1504]  lr: 0.000005  closs: 0.8662 "
                     "(0.8558)  grad_norm: 0.2537 (0.3329)  time: 4.3713  data: 0.0001  max mem: "
                     "51710",
                     {{"TrainLoss", 0.8662}, {"GradNorm", 0.2537}, {"StepTime", 4371.3}}},
        ProgressCase{"MnistExample_TestSetAverageLossIsValLoss",
                     "Test set: Average loss: 0.2848, Accuracy: 9166/10000 (92%)",
                     {{"ValLoss", 0.2848}}},
        ProgressCase{"MnistExample_TrainEpochThroughput",
                     "Train Epoch: 0, Loss: 0.139567, throughput: 5457.295432123302 samples/sec",
                     {{"TrainLoss", 0.139567}, {"SamplesPerSecond", 5457.295432123302}}},
        ProgressCase{"AdHoc_AverageLossPastSteps",
                     "[Step 100] Past 100 steps: Average Loss 2.254 | Accuracy: 18%",
                     {{"Step", 100}, {"TrainLoss", 2.254}}},
        ProgressCase{"TfEstimator_EvalSummaryIsNoTrainLoss",
                     "INFO:tensorflow:Saving dict for global step 6000: accuracy = 0.4044, "
                     "average_loss = 1.74068, global_step = 6000, loss = 17.4068",
                     {{"Step", 6000}}},
        ProgressCase{"LigerHf_StepTokensPerSecondKey",
                     "{'loss': 75.1831, 'grad_norm': 9.36429500579834, 'epoch': 1.0, "
                     "'num_input_tokens_seen': 65536, 'step_peak_memory_allocated_MB': 26279.24, "
                     "'step_tokens_per_second': 18801.85, 'avg_tokens_per_second': 18801.85}",
                     {{"TrainLoss", 75.1831},
                      {"GradNorm", 9.36429500579834},
                      {"TokensPerSecond", 18801.85}}},
        ProgressCase{"ParameterGolf_WarmupStepIsNoStep", "warmup_step:3/20", {}},
        ProgressCase{"AdHoc_EpochTimeIsNoStepTime",
                     "2023-06-22 20:01:22,494 - CLTR - INFO - Training Epoch:[35/1500]\t "
                     "loss=10.29890\t lr=0.000100\t epoch_time=144.021",
                     {{"TrainLoss", 10.2989}, {"LearningRate", 0.0001}}},
        ProgressCase{
            "OpenPcDet_AccIterAndBatchTime",
            "2023-01-05 16:34:49,377   INFO  Train:    1/3 ( 33%) [  49/323 ( 15%)]  Loss: "
            "36.77 (81.7)  LR: 1.351e-04  Time cost: 00:15/01:25 [00:15/04:48]  Acc_iter 50 "
            "         Data time: 0.00(0.02)  Forward time: 0.31(0.29)  Batch time: 0.31(0.31)",
            {{"TrainLoss", 36.77}, {"Step", 50}, {"StepTime", 310}}},
        // Seconds after a time key on a step or iteration line, `s/iter`, lower-case
        // AverageMeter fields, and quoted `train_step_` keys.
        ProgressCase{"DlLogger_TookSeconds",
                     "DLL 2021-06-14 23:09:28.449961 - epoch    1 | iter   2/48 | loss 41.07 | "
                     "mel loss 35.12 | kl loss 0.02258 | kl weight 0.01000 |    4154.18 frames/s "
                     "| took 34.79 s | lrate 6.32e-06",
                     {{"TrainLoss", 41.07}, {"StepTime", 34790}}},
        ProgressCase{"PaddleClas_ElapseSeconds",
                     "2020-11-25 11:36:45 INFO: epoch:4   train step:6    loss:  6.7186 top1: "
                     "0.0078 top5: 0.0078 lr: 0.100000 elapse: 0.120s ips: 1062.78452 images/sec.",
                     {{"Step", 6},
                      {"TrainLoss", 6.7186},
                      {"StepTime", 120},
                      {"SamplesPerSecond", 1062.78452},
                      {"LearningRate", 0.1}}},
        ProgressCase{"AdHoc_BracketedStepTimeSeconds",
                     "Epoch: [0/100] step: [1/6] time: 36.611s, mse: 0.473",
                     {{"StepTime", 36611}}},
        ProgressCase{"Dassl_LowerCaseMeters",
                     "epoch [2/100][1/1]\ttime 0.869 (0.869)\tdata 0.758 (0.758)\teta 0:01:25\t"
                     "loss 2.7656 (2.7656)\tacc 50.0000 (50.0000)\tlr 1.999013e-03",
                     {{"TrainLoss", 2.7656}, {"StepTime", 869}, {"LearningRate", 1.999013e-3}}},
        ProgressCase{"LiBai_SecondsPerIter",
                     "[09/10 10:40:56 lb.utils.events]:  eta: 21:00:38  iteration: 19/10000  "
                     "consumed_samples: 80  total_loss: 9.895  time: 7.5187 s/iter  data_time: "
                     "0.0021 s/iter total_throughput: 0.53 samples/s lr: 1.50e-04",
                     {{"Step", 19},
                      {"TrainLoss", 9.895},
                      {"StepTime", 7518.7},
                      {"SamplesPerSecond", 0.53},
                      {"LearningRate", 1.5e-4}}},
        ProgressCase{"TimeSeriesLibrary_Speed",
                     "\tspeed: 1.1179s/iter; left time: 70049.4050s",
                     {{"StepTime", 1117.9}}},
        ProgressCase{"TimeSeriesLibrary_ValiLossBeforeTestLoss",
                     "Epoch: 18, Steps: 569 | Train Loss: 0.1296439 Vali Loss: 0.1200742 Test "
                     "Loss: 0.1446345",
                     {{"TrainLoss", 0.1296439}, {"ValLoss", 0.1200742}}},
        ProgressCase{
            "ThreeDetr_GlobalIter",
            "Epoch [0/1080]; Iter [100/713880]; Loss 37.46; LR 1.27e-05; Iter time 0.48; "
            "ETA 3 days, 22:11:35; Mem 11358.37MB",
            {{"Step", 100}, {"TrainLoss", 37.46}, {"StepTime", 480}, {"LearningRate", 1.27e-5}}},
        ProgressCase{"FairseqLua_JoinedTrainLoss",
                     "| epoch 009 | 0046063 updates | words/s    7730| trainloss     3.03 | train "
                     "ppl     8.14",
                     {{"TokensPerSecond", 7730}, {"TrainLoss", 3.03}}},
        ProgressCase{"FairseqLua_JoinedValidLoss",
                     "| checkpoint 010 | epoch 010 | 0050070 updates | validloss     3.23 | valid "
                     "ppl     9.36 | testloss     3.28 | test ppl     9.70",
                     {{"ValLoss", 3.23}}},
        ProgressCase{
            "AdHoc_CurLoss", "[2022-02-08 08:52:41,978] cur_loss: 0.118", {{"TrainLoss", 0.118}}},
        ProgressCase{"HfTrainer_StepPrefixedKeys",
                     "{'train_step_runtime': 0.6309, 'train_step_samples_per_second': 57.063, "
                     "'epoch': 0.98}",
                     {{"StepTime", 630.9}, {"SamplesPerSecond", 57.063}}},
        // Swin-style meters after a tab, nanochat's `dt:` and `tok/sec:`, Megatron lines
        // that start with `iteration` and print `(ms)` after the value, the TF tutorial's
        // `examples/sec` and `sec/batch`, ssd.pytorch's `iter N || Loss` and `timer:`.
        ProgressCase{"SwinStyle_TabSeparatedMeters",
                     "[2024-07-27 03:32:50 vssm1_high_tiny_gradacc2] (main.py 295): INFO Train: "
                     "[29/300][2670/2859]\teta 0:01:24 lr 0.000872\t wd 0.0500\ttime 0.4283 "
                     "(0.4481)\tdata time 0.0008 (0.0122)\tmodel time 0.4275 (0.4359)\tloss 2.0148 "
                     "(1.9972)\tgrad_norm 4.1605 (inf)\tloss_scale 32768.0000 (34681.8180)\tmem "
                     "16138MB",
                     {{"TrainLoss", 2.0148}, {"StepTime", 428.3}, {"GradNorm", 4.1605}}},
        ProgressCase{"Nanochat_DtAndTokPerSec",
                     "step 00004/21400 (0.02%) | loss: 8.893647 | lrm: 1.00 | dt: 989.44ms | "
                     "tok/sec: 529,882 | mfu: 74.13 | total time: 0.00m",
                     {{"Step", 4},
                      {"TrainLoss", 8.893647},
                      {"StepTime", 989.44},
                      {"TokensPerSecond", 529882}}},
        ProgressCase{"MegatronLm_IterationAtLineStart",
                     "iteration 5/50 | elapsed time per iteration: 21392.5 ms |",
                     {{"Step", 5}, {"StepTime", 21392.5}}},
        ProgressCase{
            "TfCifar10Tutorial_ExamplesPerSec",
            "2016-03-12 14:05:27.346289: step 4640, loss = 1.30 (421.5 examples/sec; "
            "0.304 sec/batch)",
            {{"Step", 4640}, {"TrainLoss", 1.3}, {"SamplesPerSecond", 421.5}, {"StepTime", 304}}},
        ProgressCase{"SsdPytorch_DoubleBarsAndTimer",
                     "iter 50230 || Loss: 4.7412 || timer: 0.4015 sec.",
                     {{"Step", 50230}, {"TrainLoss", 4.7412}, {"StepTime", 401.5}}},
        ProgressCase{"Generic_NanLossIsNoSample",
                     " iteration      700/  292968 | lm loss: nan | loss scale: 1.0 |",
                     {{"Step", 700}}},
        ProgressCase{"Generic_InfGradNormIsNoSample",
                     "{'loss': 2.5, 'grad_norm': inf}",
                     {{"TrainLoss", 2.5}}},
        // Families rather than trainers: component losses before the total,
        // running averages before the step's value, GAN d/g losses, units in
        // keys, a value before its key, per-GPU rates, exponents.
        ProgressCase{"EfficientDet_TotalAfterComponentLosses",
                     "Step: 39434. Epoch: 77/500. Iteration: 473/506. Cls loss: 0.22619. Reg "
                     "loss: 0.00448. Total loss: 0.23068:  93%|████████████████████",
                     {{"Step", 39434}, {"TrainLoss", 0.23068}}},
        ProgressCase{"MiniLlm_TotLossAndGlobalIter",
                     "train | data_epochs  0/10 | inner iter:   7/  8 | ppo epoch:  2/ 4 | global "
                     "iter:     13/  5000| tot_loss: 2.3541 | rl_loss: -0.0407 | pt_loss: 2.3948 | "
                     "pg_loss: -0.0428 | reg_loss: 0.0021 | reward: 0.0000",
                     {{"Step", 13}, {"TrainLoss", 2.3541}}},
        ProgressCase{"Mmdet3d_SlashedPartsAreNoTotal",
                     "2025-08-12 11:56:37,566 - mmdet3d - INFO - Epoch [1][27/30895]\tlr: "
                     "7.360e-05, eta: 4 days, 13:16:00, time: 1.940, data_time: 0.090, memory: "
                     "12811, loss/object/heatmap/task0: 1.6504, loss/object/bbox/task0: 0.0120, "
                     "loss/occ/loss_occ: 2.5735, loss: 119.6038, grad_norm: 775.8964",
                     {{"TrainLoss", 119.6038}, {"StepTime", 1940}, {"GradNorm", 775.8964}}},
        ProgressCase{"Gns_StepLossAfterRunningAverage",
                     "Epoch 0: 100%|██████████| 994/994 [03:44<00:00,  4.42batch/s, avg_loss=0.34, "
                     "loss=0.06, lr=1.00e-04]",
                     {{"TrainLoss", 0.06}, {"IterationsPerSecond", 4.42}}},
        ProgressCase{"NnUnet_UnderscoreKeyNegativeValue",
                     "2024-04-23 15:23:41.803760: train_loss -0.7526",
                     {{"TrainLoss", -0.7526}}},
        ProgressCase{"AdHoc_DoubleColonKeys",
                     "('::Step::9,10558', '::total_loss::80117.11', '::time::0.235623836517')",
                     {{"TrainLoss", 80117.11}}},
        ProgressCase{"Tinygrad_ValueBeforeKey",
                     "    4 4.32 s run, 11.8750 loss, 0.000000000002 LR, 1454.57 GB used, "
                     "401488.40 GFLOPS",
                     {{"TrainLoss", 11.875}}},
        ProgressCase{"DllLogger_GanLossesAreNoTrainLoss",
                     "DLL 2021-06-30 10:58:06.999175 - epoch    1 | iter   2/24 | d loss  7.957 | "
                     "g loss 96.151 | mel loss 87.627 | 35109.29 frames/s | took 1.17 s | g lr "
                     "3.00e-04 |",
                     {{"StepTime", 1170}}},
        ProgressCase{"Tgan_GanLossDictIsNoTrainLoss",
                     "{\"QueueInput/queue_size\": 50.0, \"GAN_loss/gen/loss\": 0.975, "
                     "\"GAN_loss/discrim/loss\": 0.656, \"epoch_num\": 5, \"global_step\": 1000}",
                     {{"Step", 1000}}},
        ProgressCase{"BigDl_LossIsSummaryIsNoTrainLoss",
                     "Loss is (Loss: 134.79276, count: 128, Average Loss: 1.0530684) ",
                     {}},
        ProgressCase{"Flair_DevLineIsValidation",
                     "2019-02-19 18:37:12,571 DEV  : loss 0.03877527 - f-score 0.5586 - acc 0.5586",
                     {{"ValLoss", 0.03877527}}},
        ProgressCase{"Flair_SamplesPerSec",
                     "2022-11-08 11:14:32,333 epoch 1 - iter 122/1227 - loss 0.93329908 - time "
                     "(sec): 5.65 - samples/sec: 86.35 - lr: 0.000030",
                     {{"TrainLoss", 0.93329908}, {"SamplesPerSecond", 86.35}}},
        ProgressCase{"Espnet_IterationsKey",
                     "iterations:57, train acc:0.440, train loss:616.408, train loss "
                     "ctc:1156.613, train loss att:76.203,",
                     {{"Step", 57}, {"TrainLoss", 616.408}}},
        ProgressCase{"Espnet1_ItersPerSec",
                     "    2.6103 iters/sec. Estimated time to finish: 20 days, 16:07:53.087728.",
                     {{"IterationsPerSecond", 2.6103}}},
        ProgressCase{"Tflearn_SampleCounterIsNoStep",
                     "| Adam | epoch: 001 | loss: 1.87821 - acc: 0.3264 | val_loss: 1.42485 - "
                     "val_acc: 0.5097 -- iter: 00640/55000",
                     {{"TrainLoss", 1.87821}, {"ValLoss", 1.42485}}},
        ProgressCase{"AdHoc_CapitalisedTimeDataMeters",
                     "Epoch: [17][240/588], Time: 3.58, Data: 0.09, lr_sound: 0.001, lr_frame: "
                     "0.0001, loss: 0.6075",
                     {{"TrainLoss", 0.6075}, {"StepTime", 3580}}},
        ProgressCase{"Ultralytics_TrainingBarRate",
                     "       1/20      4.28G      0.865      1.986      1.303         69        "
                     "640:  69%|██████▉   | 175/253 [02:09<00:19,  3.99it/s]",
                     {{"IterationsPerSecond", 3.99}}},
        ProgressCase{"Ultralytics_ValidationBarIsNoRate",
                     "                 Class     Images  Instances      Box(P          R      "
                     "mAP50  mAP50-95): 100%|██████████| 8/8 [00:03<00:00,  2.17it/s]",
                     {}},
        ProgressCase{
            "AdHoc_TokensPerGpuPerSec",
            "step: 10         train loss: 3.11        test loss: 3.05         "
            "tokens/gpu/sec: 9378.40         MFU: 63.91%",
            {{"Step", 10}, {"TrainLoss", 3.11}, {"ValLoss", 3.05}, {"TokensPerSecond", 9378.4}}},
        ProgressCase{"Fairseq_WpsExponent",
                     "81989/88743 [10:51:46<53:53,  2.09it/s, loss=5.72711e-14, wps=8.90638e+19, "
                     "ups=2.11, wpb=4.2243e+19, bsz=5.26836e+06, num_updates=348000, lr=0.00020708",
                     {{"TrainLoss", 5.72711e-14},
                      {"TokensPerSecond", 8.90638e+19},
                      {"IterationsPerSecond", 2.11},
                      {"Step", 348000}}},
        ProgressCase{"WordLanguageModel_UnitBeforeValue",
                     "| epoch   1 |   200/ 2983 batches | lr 20.00 | ms/batch 45.67 | loss  7.62 | "
                     "ppl  2040.55",
                     {{"StepTime", 45.67}, {"TrainLoss", 7.62}}},
        ProgressCase{"Tqdm_EpochOfEpochsBar",
                     "Epoch 3/10: 100%|██████████| 938/938 [00:12<00:00, 75.21it/s, loss=0.0123]",
                     {{"IterationsPerSecond", 75.21}, {"TrainLoss", 0.0123}}},
        ProgressCase{"AdHoc_AbbreviatedValLoss",
                     "\t Val. Loss: 0.400 |  Val. PPL:   1.492",
                     {{"ValLoss", 0.4}}},
        ProgressCase{"OpenNmt_ValidationXentIsNoTrainLoss",
                     "[2023-05-03 10:00:00,000 INFO] Validation xent: 3.2345",
                     {{"ValLoss", 3.2345}}},
        ProgressCase{"Yolo_BarWithoutMemoryColumn",
                     "      0/399     1.234         0     2.345: 100%|██████████| 100/100 "
                     "[01:00<00:00,  1.66it/s]",
                     {{"IterationsPerSecond", 1.66}}},
        ProgressCase{"PytorchGan_BracketedDAndGLosses",
                     "[Epoch 1/200] [Batch 0/938] [D loss: 0.693147] [G loss: 0.701234]",
                     {}},
        ProgressCase{
            "Generic_MsPerStepAndUnitInKey",
            "step 120 | loss 2.3456 | step time (ms): 92.9 | 1234 tokens/s",
            {{"Step", 120}, {"TrainLoss", 2.3456}, {"StepTime", 92.9}, {"TokensPerSecond", 1234}}},
        ProgressCase{
            "Generic_TotalNormAndTgs",
            "step=20 loss=2.25 total_norm=0.87 tgs=3456.7",
            {{"Step", 20}, {"TrainLoss", 2.25}, {"GradNorm", 0.87}, {"TokensPerSecond", 3456.7}}},
        ProgressCase{"Generic_LossValAfterKey",
                     "epoch 3 loss_train: 0.512 loss_val: 0.634",
                     {{"TrainLoss", 0.512}, {"ValLoss", 0.634}}}),
    [](const auto& tc) { return tc.param.name; });

// Families the fourth and fifth blind sets exposed (not held-out after the
// revision): one real line of each, from those sets.
INSTANTIATE_TEST_SUITE_P(
    BlindFamiliesThreeAndFour, PackProgressFormatTest,
    ::testing::Values(
        ProgressCase{
            "TfCustomLoop_ItPerSecColon",
            "[1,0]<stdout>:2020-12-23 23:07:21,094 __main__    : INFO     Train step 1040 -- "
            "Loss: 11.174, MLM: 10.479, SOP: 0.695, MLM_acc: 0.000, SOP_acc: 0.521 -- It/s: 1.69",
            {{"IterationsPerSecond", 1.69}, {"Step", 1040}, {"TrainLoss", 11.174}}},
        ProgressCase{
            "AdHoc_PipeTableMsPerB",
            "| epoch 23 | step 2250 |  ms/b 731.76 | train loss 0.00317672 | NA acc: 0.96 | not "
            "NA acc: 0.91  | tot acc: 0.95",
            {{"Step", 2250}, {"StepTime", 731.76}, {"TrainLoss", 0.00317672}}},
        ProgressCase{
            "Dgl_ParenthesisedSamplesPerSec",
            "Epoch 00000 | Step 00020 | Loss 2.6650 | Train Acc 0.3400 | Speed (samples/sec) "
            "43672.9658 | GPU 401.2 MB",
            {{"SamplesPerSecond", 43672.9658}, {"Step", 20}, {"TrainLoss", 2.665}}},
        ProgressCase{
            "MegatronDeepSpeed_ElapsedTimePerIterationInSeconds",
            " [default7]: iteration    12695/  115311 | consumed samples:      9841584 | consumed "
            "tokens:  20155564032 | elapsed time per iteration (s): 105.22 | learning rate: "
            "5.969E-05 "
            "| global batch size:  2048 | lm loss: 2.463556E+00 | grad norm: 0.174 | num zeros: "
            "0.0 | number of skipped iterations:   0 | number of nan iterations:   0 | samples "
            "per second: 19.463 | TFLOPs: 149.02 |",
            {{"GradNorm", 0.174},
             {"SamplesPerSecond", 19.463},
             {"Step", 12695},
             {"StepTime", 105220},
             {"TrainLoss", 2.463556}}},
        ProgressCase{
            "Keras3_EtaBeforeSecondsPerStep",
            "   1/469 ━━━━━━━━━━━━━━━━━━━━  8:21 1s/step - accuracy: 0.1406 - loss: 0.1000 - "
            "moe_loss: 3.8421",
            {{"StepTime", 1000}, {"TrainLoss", 0.1}}},
        ProgressCase{"Lightning_TrainLossOverRunningLoss",
                     "Epoch 0:  97% 1655/1702 [13:01<00:22,  2.12it/s, loss=0.158, v_num=0, "
                     "train_loss=0.149]",
                     {{"IterationsPerSecond", 2.12}, {"TrainLoss", 0.149}}},
        ProgressCase{"ParallelWaveGan_TrainLabelledBarRate",
                     "[train]:   0%|          | 1982/3000000 [08:37<201:48:36,  4.13it/s]",
                     {{"IterationsPerSecond", 4.13}}},
        ProgressCase{"MinGpt_IterDt",
                     "iter_dt 7797.46ms; iter 2: train loss 2.60938",
                     {{"Step", 2}, {"StepTime", 7797.46}, {"TrainLoss", 2.60938}}},
        ProgressCase{
            "AdHoc_TrainEpochTqdmBarRate",
            "Train Epoch: 2 Loss: 4.504 Acc@1 14.611 Acc@5 33.232: 100%|██████████| 10010/10010 "
            "[59:42<00:00,  2.79it/s]",
            {{"IterationsPerSecond", 2.79}, {"TrainLoss", 4.504}}},
        ProgressCase{"Nemo2_ValidationBarIsNoStep", "    Validation: iteration 3/20", {}},
        ProgressCase{
            "Darknet_RegionLineIsNoLoss",
            "v3 (mse loss, Normalizer: (iou: 0.75, obj: 1.00, cls: 1.00) Region 139 Avg (IOU: "
            "0.517554), count: 4, class_loss = 4698.752441, iou_loss = 0.478516, total_loss = "
            "4699.230957 ",
            {}},
        ProgressCase{
            "Torchtune_InferenceRateIsNoTrainingRate",
            "INFO:torchtune.utils.logging:Time for inference: 25.33 sec total, 11.84 tokens/sec",
            {}},
        ProgressCase{"Nvlog_TrainIterationLoss",
                     ":::NVLOGv0.2.2 Tacotron2_PyT 1560936207.209611416 "
                     "(/workspace/tacotron2/dllogger/logger.py:251) "
                     "train_iteration_loss: 5.415428161621094",
                     {{"TrainLoss", 5.415428162}}},
        ProgressCase{
            "Gnmt_SentencesPerSec",
            "training time for epoch 1: 29.37 mins (2918.36 sent/sec, 139640.48 tokens/sec)",
            {{"SamplesPerSecond", 2918.36}, {"TokensPerSecond", 139640.48}}},
        ProgressCase{"Gnmt_EvalTimingIsNoRate",
                     "eval time for epoch 1: 1.57 mins (78.48 sent/sec, 4283.88 tokens/sec)",
                     {}},
        ProgressCase{
            "Paddle_BatchCostInSec",
            "INFO:utils.utility:[Pass 0, train batch 10]   loss 21.68535, acc1 0.00781, acc5 "
            "0.00781, lr 0.10000, batch_cost 0.13110 sec, reader_cost 0.00069 sec, ips 976.32917 "
            "images/sec",
            {{"SamplesPerSecond", 976.32917}, {"StepTime", 131.1}, {"TrainLoss", 21.68535}}},
        ProgressCase{"Cntk_TrainLossPerSampleAndSamplesPerSecond",
                     " Epoch[17 of 30]-Minibatch[   1- 500, 64.02%]: SamplesSeen = 32000; "
                     "TrainLossPerSample "
                     "=  0.61816498; EvalErr[0]PerSample = 0.20075000; TotalTime = 60.3761s; "
                     "SamplesPerSecond "
                     "= 530.0",
                     {{"SamplesPerSecond", 530}, {"TrainLoss", 0.61816498}}},
        ProgressCase{
            "Detectron_QuotedJsonTime",
            "json_stats: {\"accuracy_cls\": \"0.666667\", \"eta\": \"6:43:21\", \"iter\": 29160, "
            "\"loss\": \"5.467151\", \"loss_bbox\": \"0.010930\", \"loss_cls\": \"1.028070\", "
            "\"loss_kps\": \"4.319079\", \"lr\": \"0.002500\", \"mb_qsize\": 64, \"mem\": 6340, "
            "\"time\": \"0.239996\"}",
            {{"Step", 29160}, {"StepTime", 239.996}, {"TrainLoss", 5.467151}}},
        ProgressCase{
            "PyFasterRcnn_SpacedSecondsPerIter", "speed: 1.718s / iter", {{"StepTime", 1718}}},
        ProgressCase{"DeepSpeech_WerReportIsNoLoss",
                     "I WER: 1.000000, loss: 21.939014, mean edit distance: 1.000000",
                     {}},
        ProgressCase{
            "ParlAi_NumUpdatesInDict",
            "[ time:4.0s total_exs:7360 epochs:0.82 time_left:21.0s ] {'exs': 3744, 'lr': 1, "
            "'num_updates': 230, 'gnorm': 1.19, 'clip': 1.0, 'loss': 107.5, 'token_acc': 0.6095, "
            "'nll_loss': 0.9184, 'ppl': 2.505}",
            {{"GradNorm", 1.19}, {"Step", 230}, {"TrainLoss", 107.5}}},
        ProgressCase{"ParlAi_ValidDictLoss",
                     "valid:{'exs': 1000, 'accuracy': 0.452, 'f1': 0.452, 'bleu': 4.52e-10, 'lr': "
                     "1, 'num_updates': "
                     "282, 'loss': 28.08, 'token_acc': 0.726, 'nll_loss': 0.8082, 'ppl': 2.244}",
                     {{"Step", 282}, {"ValLoss", 28.08}}},
        ProgressCase{"SpeechBrain_BarWithTrainLoss",
                     "100% 2774/2774 [14:16<00:00,  3.24it/s, train_loss=5.49]",
                     {{"IterationsPerSecond", 3.24}, {"TrainLoss", 5.49}}},
        ProgressCase{
            "Kohya_StepsBarRate",
            "steps:  22%|█████████████████████████████████                                   "
            "                                                                                "
            "  | 176/800 [00:46<02:44,  3.79it/s, avr_loss=0]",
            // the bar's position is kohya's global step
            {{"IterationsPerSecond", 3.79}, {"TrainLoss", 0}, {"Step", 176}}},
        ProgressCase{
            "DeepSpeed_TimerLineIsNoStep",
            "[2021-10-08 20:18:46,393] [INFO] [logging.py:68:log_dist] [Rank 0] rank=0 time (ms) "
            "| forward: 316.00 | backward: 747.31 | backward_inner: 514.96 | backward_allreduce: "
            "232.28 | step: 663.59",
            {}},
        ProgressCase{
            "MsSwift_JsonTrainSpeed",
            "{\"loss\": 1e-08, \"grad_norm\": 0.03865505, \"learning_rate\": 1e-08, \"reward\": "
            "0.65625, \"reward_std\": 0.13814646, \"frac_reward_zero_std\": 0.625, "
            "\"rewards/PointwiseRMAccuracyORM/mean\": "
            "0.65625, \"rewards/PointwiseRMAccuracyORM/std\": 0.42950645, "
            "\"completions/mean_length\": "
            "2362.40625, \"completions/min_length\": 1310.0, \"completions/max_length\": 3962.0, "
            "\"completions/clipped_ratio\": 0.75, \"kl\": 0.0, \"clip_ratio/low_mean\": 0.0, "
            "\"clip_ratio/low_min\": 0.0, \"clip_ratio/high_mean\": 0.0, \"clip_ratio/high_max\": "
            "0.0, \"clip_ratio/region_mean\": 0.0, \"epoch\": 0.00045568, "
            "\"global_step/max_steps\": "
            "\"2/4389\", \"percentage\": \"0.05%\", \"elapsed_time\": \"6m 50s\", "
            "\"remaining_time\": "
            "\"10d 9h 50m 13s\", \"train_speed(iter/s)\": 0.004878}",
            {{"GradNorm", 0.03865505},
             {"IterationsPerSecond", 0.004878},
             {"Step", 2},
             {"TrainLoss", 1e-08}}},
        ProgressCase{
            "PaddleSeg_EqualsSeparatedIterAndBatchCost",
            "2021-01-19 07:02:44 [INFO]\t[TRAIN] epoch=1, iter=10/100, loss=2.2584, lr=0.009186, "
            "batch_cost=0.6143, reader_cost=0.0000 | ETA 00:00:55",
            {{"Step", 10}, {"StepTime", 614.3}, {"TrainLoss", 2.2584}}},
        ProgressCase{"Nemo_TqdmExponentGlobalStep",
                     "Epoch 0: :   3%|▎         | 9000/301500 [1:42:42<55:37:46, v_num=0-56, "
                     "reduced_train_loss=nan.0, "
                     "global_step=9e+3, consumed_samples=6.3e+5, train_step_timing in s=0.615, "
                     "val_loss=7.040]",
                     {{"Step", 9000}, {"StepTime", 615}, {"ValLoss", 7.04}}},
        ProgressCase{"Kohya_TotalStepsIsNoStep", "08:36:05-220855 INFO     Total steps: 480", {}},
        ProgressCase{
            "Tinygrad_ValueBeforeKeyAtLineStart",
            "10.4828 loss, 0.000025033951 LR, 124.27 GB used, 12.50 s                        "
            "                                                                              ",
            {{"TrainLoss", 10.4828}}},
        ProgressCase{"BuildNanogpt_NormWithColon",
                     "step 40 | loss: 5.6547 | dt: 19595.06ms | tok/sec: 6689.03 | norm: 1.76 | "
                     "lr: 0.000410",
                     {{"GradNorm", 1.76},
                      {"Step", 40},
                      {"StepTime", 19595.06},
                      {"TokensPerSecond", 6689.03},
                      {"TrainLoss", 5.6547}}},
        ProgressCase{
            "Wav2letter_NupdatesAndBchMs",
            "epoch:       56 | nupdates:      1933583 | lr: 0.000015 | lrcriterion: 0.000015 "
            "| runtime: 03:51:15 | bch(ms): 394.69 | smp(ms): 0.83 | fwd(ms): 111.46 | "
            "crit-fwd(ms): "
            "7.28 | bwd(ms): 190.78 | optim(ms): 68.15 | loss:  262.54934 | train-TER: 108.17 "
            "| train-WER: 195.99 | dev-clean-loss:  155.33469 | dev-clean-TER: 115.00 | "
            "dev-clean-WER: "
            "191.11 | dev-other-loss:  136.31209 | dev-other-TER: 104.57 | dev-other-WER: 160.46 "
            "| avg-isz: 1229 | avg-tsz: 041 | max-tsz: 102 | hrs:  960.47 | thrpt(sec/sec): 249.19",
            {{"Step", 1933583}, {"StepTime", 394.69}, {"TrainLoss", 262.54934}}}),
    [](const auto& tc) { return tc.param.name; });

// Families the fifth blind set exposed (not held-out after the revision):
// one real line of each, from that set.
INSTANTIATE_TEST_SUITE_P(
    BlindFamiliesFive, PackProgressFormatTest,
    ::testing::Values(
        ProgressCase{"Demucs_SpacedItPerSec",
                     "[04-04 22:54:07][demucs.solver][INFO] - Train | Epoch 35 | 83/332 | 0.89 "
                     "it/sec | Loss 0.1098 | Reco 0.1098 | Grad 0.0700",
                     // Demucs logs the total gradient norm as `grad`
                     {{"TrainLoss", 0.1098}, {"IterationsPerSecond", 0.89}, {"GradNorm", 0.07}}},
        ProgressCase{"TpuEstimator_ExamplesPerSec",
                     "I0609 07:53:35.833359 140427424720704 tpu_estimator.py:2351] examples/sec: "
                     "1.24294",
                     {{"SamplesPerSecond", 1.24294}}},
        ProgressCase{"Monodepth2_ExamplesPerS",
                     "epoch   0 | lr 0.000100 |lr_p 0.000100 | batch    250 | examples/s:  22.1 | "
                     "loss: 0.13400 | time elapsed: 00h03m34s | time left: 23h42m04s",
                     {{"TrainLoss", 0.134}, {"SamplesPerSecond", 22.1}, {"LearningRate", 0.0001}}},
        ProgressCase{"Detectron2MetricsJson_DataTimeFirst",
                     "{\"data_time\": 0.03743188094813377, \"eta_seconds\": 118238.22103583533, "
                     "\"iteration\": 199, \"lr\": 8.85870579571892e-06, \"time\": "
                     "0.19272940803784877, \"total_loss\": 6.912674188613892}",
                     {{"Step", 199},
                      {"StepTime", 192.72940803784877},
                      {"TrainLoss", 6.912674188613892},
                      {"LearningRate", 8.85870579571892e-06}}},
        ProgressCase{
            "AdHoc_ValLossSlashPpl", "Val Loss/PPL: 8.069 / 3193.848", {{"ValLoss", 8.069}}}),
    [](const auto& tc) { return tc.param.name; });

// Lightning's checkpoint message names the validation loss it saved on, and
// the global step; it is no training progress line, so no heartbeat.
TEST_F(PackProgressTest, LightningCheckpointMessageGivesValLossAndStep) {
  auto got =
      Run("Epoch 4, global step 5: 'val_loss' reached 0.14244 (best 0.14244), saving model to "
          "'checkpoints/epoch=4-step=5-val_loss=0.1424.ckpt' as top 5");
  EXPECT_EQ(got["ValLoss"], (std::vector<double>{0.14244}));
  EXPECT_EQ(got["Step"], (std::vector<double>{5}));
  EXPECT_TRUE(got["TrainLoss"].empty());
}

// Families read by the second Step and heartbeat filters and by new key
// spellings (one real line of each, from the third to sixth blind sets,
// which are not held-out after this revision; nanoT5's evaluation line is in
// the format its logger prints).
INSTANTIATE_TEST_SUITE_P(
    BlindFamiliesThreeToSix, PackProgressFormatTest,
    ::testing::Values(
        ProgressCase{"NanoT5_ArrowSeparatedStats",
                     "[2024-08-09 08:42:09,928][Main][INFO] - [train] Step 100 out of 80000 | "
                     "Loss --> 22.120 | Grad_l2 --> 47.074 | Weights_l2 --> 8624.166 | Lr --> "
                     "0.004 | Seconds_per_step --> 4.964 |",
                     {{"Step", 100},
                      {"TrainLoss", 22.12},
                      {"GradNorm", 47.074},
                      {"StepTime", 4964},
                      {"LearningRate", 0.004}}},
        // the evaluation line's loss is the validation loss, not a training loss
        ProgressCase{"NanoT5_EvalArrowsIsValLoss",
                     "[2024-08-09 09:20:11,402][Main][INFO] - [eval] Step 1000 out of 80000 | "
                     "Loss --> 2.871 | Accuracy --> 0.476 | Time --> 41.203 |",
                     {{"Step", 1000}, {"ValLoss", 2.871}}},
        ProgressCase{"BasicSr_IterWithThousands",
                     "2025-02-04 17:18:23,956 INFO: [basel..][epoch: 18, iter:   1,000, "
                     "lr:(2.766e-05,)] [eta: 2:32:53, time (data): 2.020 (0.524)] l_mos: "
                     "6.4552e-04 l_metric: 6.1209e-02 train_metrics/srcc: 9.7059e-01 ",
                     {{"Step", 1000}, {"StepTime", 2020}}},
        ProgressCase{"Chainer_ProgressBarIteration",
                     "     91300 iter, 7 epoch / 20 epochs",
                     {{"Step", 91300}}},
        ProgressCase{"Composer_BatchHeader", "[batch=366/48000]:", {{"Step", 366}}},
        ProgressCase{"CoquiTts_GlobalStep",
                     "    --> STEP: 49/377 -- GLOBAL_STEP: 370050",
                     {{"Step", 370050}}},
        ProgressCase{
            "CluLoggingWriter_StepPrefix",
            "I1002 21:43:51.424899 140400640460352 logging_writer.py:35] [1000] "
            "steps_per_second=1.760847, train_accuracy=0.006696777418255806, "
            "train_learning_rate=0.9738461971282959, train_loss=6.525280952453613",
            {{"Step", 1000}, {"IterationsPerSecond", 1.760847}, {"TrainLoss", 6.525280952453613}}},
        ProgressCase{"CluLoggingWriter_EvalIsValLoss",
                     "I1002 21:43:14.805023 139917864867392 logging_writer.py:35] [936] "
                     "eval_accuracy=0.005859375, eval_loss=6.6112446784973145",
                     {{"Step", 936}, {"ValLoss", 6.6112446784973145}}},
        ProgressCase{
            "TransformerXl_GlobalStepAfterEpoch",
            "| epoch   1 step      500 | batches    500 / 16802 | lr 5.000e-03 | ms/batch "
            "221.4 | tok/s   27747 | loss  6.42 | ppl    611.70",
            {{"Step", 500}, {"StepTime", 221.4}, {"TokensPerSecond", 27747}, {"TrainLoss", 6.42}}},
        ProgressCase{"CharRnn_GlobalIteration",
                     "168/446 (epoch 0), train_loss = 2.304, time/batch = 0.160",
                     {{"Step", 168}, {"TrainLoss", 2.304}, {"StepTime", 160}}},
        ProgressCase{"TorchRnn_Iteration",
                     "Epoch 43.28 / 50, i = 822993 / 973300, loss = 4.236250",
                     {{"Step", 822993}, {"TrainLoss", 4.23625}}},
        ProgressCase{"Torchtune_BarDescription",
                     "[trainer0|0]:1|55|Loss: 1.0744975805282593:  54%|\xe2\x96\x88\xe2\x96\x88"
                     "\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x8d    | 55/101 [15:04<11:17, "
                     "14.73s/it][trainer0|0]:",
                     {{"Step", 55}, {"TrainLoss", 1.0744975805282593}}},
        ProgressCase{"DyNet_StepHash",
                     "Step #79: Acc: arc 0.59, rel 0.81, overall 0.51, loss 0.980",
                     {{"Step", 79}, {"TrainLoss", 0.98}}},
        ProgressCase{"TfRetrain_CrossEntropy",
                     "INFO:tensorflow:2019-04-23 05:08:06.707314: Step 90: Cross entropy = "
                     "0.031337",
                     {{"Step", 90}, {"TrainLoss", 0.031337}}},
        ProgressCase{"Insightface_GlobalStepAfterLoss",
                     "Training: 2022-03-03 08:05:46,223-Speed 13926.31 samples/sec Loss 42.4764 "
                     "LearningRate 0.0000 Epoch: 0 Global Step: 30 Fp16 Grad Scale: 65536 "
                     "Required: 35 hours",
                     {{"Step", 30}, {"TrainLoss", 42.4764}, {"SamplesPerSecond", 13926.31}}},
        ProgressCase{"Sockeye_CheckpointUpdates",
                     "[INFO:sockeye.training] Checkpoint [6]  Updates=6000 Epoch=1 "
                     "Samples=633045 Time-cost=674.813 Updates/sec=1.482",
                     {{"Step", 6000}}},
        ProgressCase{"ParlAi_TotalTrainUpdates",
                     "[rank:  0] [ time:4.0s total_exs:2030 epochs:4.06 time_left:16.0s ] {'exs': "
                     "1022, 'loss': 0.643, 'ppl': 1.902, 'token_acc': 0.7973, 'tokens_per_batch': "
                     "70.0, 'gnorm': 2.757, 'clip': 1.0, 'updates': 73, 'lr': 0.007, "
                     "'gpu_mem_percent': 0.001516, 'total_train_updates': 145}",
                     {{"Step", 145}, {"TrainLoss", 0.643}, {"GradNorm", 2.757}}},
        ProgressCase{"FairseqJson_TrainNumUpdates",
                     "2021-01-05 21:54:56 | INFO | train | {\"epoch\": 21, \"train_loss\": "
                     "\"816.933\", \"train_nll_loss\": \"7.584\", \"train_num_updates\": \"643\", "
                     "\"train_lr\": \"2.49835e-05\", \"train_wall\": \"2448\"}",
                     {{"Step", 643}, {"TrainLoss", 816.933}}},
        ProgressCase{"Paddle_AvgLossSoFar",
                     "Epoch 0, Step 25, total used time 7.178124904632568 (s), avg loss so far is "
                     "0.10979227721691132",
                     {{"TrainLoss", 0.10979227721691132}}},
        ProgressCase{"Paddle_ValLossIs",
                     "Epoch 149, val loss is 0.029728464782238007, val mse is "
                     "0.011231481097638607.",
                     {{"ValLoss", 0.029728464782238007}}},
        ProgressCase{
            "AdHoc_TrainLossSlashPpl", "Train Loss/PPL: 8.185 / 3586.749", {{"TrainLoss", 8.185}}},
        ProgressCase{"HfTrainer_PrefixedEvalLoss",
                     "{'mrpc_en_eval_loss': 4.203643321990967, 'mrpc_en_eval_f1': 0.0, "
                     "'mrpc_en_eval_runtime': 2.0033, 'mrpc_en_eval_samples_per_second': 101.834, "
                     "'epoch': 0.87}",
                     {{"ValLoss", 4.203643321990967}}},
        ProgressCase{"AdHoc_StepsPerSecond",
                     "step   100/ 1000 | loss 3.3669 | avg50 2.6936 |  10.40 steps/s | elapsed   "
                     "0.16m | eta   1.44m",
                     {{"Step", 100}, {"TrainLoss", 3.3669}, {"IterationsPerSecond", 10.4}}},
        ProgressCase{"AdHoc_ExamplesPerSecondTrain",
                     "      Examples/second (train): 8182",
                     {{"SamplesPerSecond", 8182}}},
        ProgressCase{"AdHoc_ExamplesPerSecondTestIsNone", "      Examples/second (test): 9748", {}},
        // HF datasets' map/filter bars and detectron2's inference progress are
        // no training throughput or step time
        ProgressCase{"HfDatasets_FilterBarIsNone",
                     "Filter: 100%|\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88"
                     "\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88| 468/468 "
                     "[00:00<00:00, 8050.09 examples/s]",
                     {}},
        ProgressCase{"Detectron2_InferenceDoneIsNone",
                     "[11/16 03:04:10] d2.evaluation.evaluator INFO: Inference done 132/3334. "
                     "Dataloading: 0.0015 s/iter. Inference: 0.0403 s/iter. Eval: 0.0002 s/iter. "
                     "Total: 0.0421 s/iter. ETA=0:02:14",
                     {}},
        // Composer counts `[epoch=N][batch=M/T]` inside the epoch; its
        // evaluation header is no training step either
        ProgressCase{"Composer_InEpochBatchIsNone", "[epoch=1][batch=16/625]:", {}},
        ProgressCase{"Composer_EvalBatchIsNone", "[Eval batch=1/79] Eval on eval data", {}},
        // a diagram's arrow after the word loss is no value
        ProgressCase{"Diagram_LossArrowIsNone", "  LOSS --> REMOTE --> PULL", {}}),
    [](const auto& tc) { return tc.param.name; });

// A `Steps:` bar (diffusers, kohya) counts global steps: each refresh gives
// its position; a nan loss gives no TrainLoss (and no heartbeat), the next
// refresh's loss does.
TEST_F(PackProgressTest, StepsBarPositionIsTheStepAcrossRefreshes) {
  auto got =
      Run("Steps:   1%|          | 1/100 [00:09<16:00,  9.70s/it, loss=nan, lr=1e-6]\rSteps:   3%|"
          "\xe2\x96\x8e         | 3/100 [00:10<03:51,  2.39s/it, loss=0.231, lr=1e-6]");
  EXPECT_EQ(got["Step"], (std::vector<double>{1, 3}));
  EXPECT_EQ(got["TrainLoss"], (std::vector<double>{0.231}));
  EXPECT_EQ(got["ProgressLines"].size(), 1u);
}

// EasyDeL's `training process:` bar: its position and rate; no loss on the
// line, so no heartbeat (bars with a loss get theirs from the loss).
TEST_F(PackProgressTest, TrainingProcessBarGivesStepAndRate) {
  auto got =
      Run("training process:  97%|\xe2\x96\x89| 252/260 [02:48<00:05,  1.55it/s, "
          "mlperf/execution_time=0.378, mlperf/flops=8.25e+12]");
  EXPECT_EQ(got["Step"], (std::vector<double>{252}));
  EXPECT_EQ(got["IterationsPerSecond"], (std::vector<double>{1.55}));
  EXPECT_TRUE(got["TrainLoss"].empty());
}

// Ludwig's batch loss follows a tqdm bar on the same record; the loss is read
// (by the unkeyed filter), but the line is no heartbeat: the heartbeat regex
// has no room left for the `(for one batch)` wording.
TEST_F(PackProgressTest, LudwigBatchLossIsReadWithoutHeartbeat) {
  auto got = Run(
      "Training:   3%|\xe2\x96\x8e         | 1/38 [00:03<01:57,  3.18s/it]Training loss (for one "
      "batch): 7.38712215423584");
  ASSERT_EQ(got["TrainLoss"].size(), 1u);
  EXPECT_NEAR(got["TrainLoss"][0], 7.38712215423584, 1e-12);
  EXPECT_TRUE(got["StepTime"].empty());
  EXPECT_TRUE(got["IterationsPerSecond"].empty());
}

TEST_F(PackProgressTest, KerasBarRefreshesAreEachAProgressSample) {
  auto got =
      Run(" 12/100 [==>...........................] - ETA: 3s - loss: 0.6931 - accuracy: 0.5000"
          "\x08\x08\x08\x08\r 13/100 [==>...........................] - ETA: 3s - loss: 0.6925");
  EXPECT_EQ(got["TrainLoss"], (std::vector<double>{0.6931, 0.6925}));
  EXPECT_EQ(got["ProgressLines"].size(), 2u);
}

// Every Loghub system log: no progress metric, and no heartbeat, from the
// numbers of unrelated lines.
TEST_F(PackProgressTest, LoghubSystemLogsYieldNoProgress) {
  const std::filesystem::path corpus =
      std::filesystem::path(TAILWATCH_SOURCE_DIR) / "../shared/corpora/loghub";
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".log") continue;
    ++files;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    for (const auto& [metric, samples] : Run(buffer.str())) {
      ADD_FAILURE() << entry.path() << ": " << metric << " x" << samples.size() << ", first "
                    << samples[0];
    }
  }
  EXPECT_GE(files, 16u);
}

// The real training logs of the corpus: every file with a Megatron,
// modded-nanogpt or HF+DeepSpeed progress format yields its series.
TEST_F(PackProgressTest, TrainingCorpusYieldsProgress) {
  const std::filesystem::path corpus =
      std::filesystem::path(TAILWATCH_SOURCE_DIR) / "../shared/corpora/training-runs";
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  const std::filesystem::path megatron =
      corpus / "bigscience-jean-zay/gpt2-meg__meg_gpt2_base_n4_dp1_tp4_pp4-1809579.out";
  std::ifstream in(megatron, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto got = Run(buffer.str());
  EXPECT_EQ(got["Step"].size(), 20u);
  EXPECT_EQ(got["StepTime"].size(), 20u);
  EXPECT_EQ(got["TrainLoss"].size(), 19u);  // one iteration line's loss is nan
  EXPECT_EQ(got["GradNorm"].size(), 18u);
}

// Families of the seventh blind set (not held-out after this revision), each
// with its trap: PaddleVideo's validation batches and epoch averages are
// validation losses (their batch_cost and ips are evaluation speed), LeRobot
// abbreviates its step with K, verl times its step in seconds.
INSTANTIATE_TEST_SUITE_P(
    BlindFamiliesSeven, PackProgressFormatTest,
    ::testing::Values(
        ProgressCase{"PaddleVideo_TrainIpsInstancePerSec",
                     "[12/25 14:24:53] epoch:[  1/25 ] train step:100  loss: 3.45068 lr: 0.010000 "
                     "top1: 0.23438 top5: 0.45312 batch_cost: 1.94236 sec, reader_cost: 1.53779 "
                     "sec, ips: 32.94963 instance/sec.",
                     {{"Step", 100},
                      {"TrainLoss", 3.45068},
                      {"LearningRate", 0.01},
                      {"StepTime", 1942.36},
                      {"SamplesPerSecond", 32.94963}}},
        ProgressCase{"PaddleVideo_ValStepIsValLossOnly",
                     "[12/25 14:25:57] epoch:[  1/25 ] val step:0    loss: 3.27431 top1: 0.12500 "
                     "top5: 0.48438 batch_cost: 4.21128 sec, reader_cost: 0.00000 sec, ips: "
                     "15.19727 instance/sec.",
                     {{"Step", 0}, {"ValLoss", 3.27431}}},
        ProgressCase{"PaddleVideo_EndEpochValLossAvg",
                     "[12/25 14:26:56] END epoch:1   val loss_avg: 3.62249 top1_avg: 0.14896 "
                     "top5_avg: 0.38984 avg_batch_cost: 0.03663 sec, avg_reader_cost: 0.00000 "
                     "sec, batch_cost_sum: 63.13030 sec, avg_ips: 60.82658 instance/sec.",
                     {{"ValLoss", 3.62249}}},
        ProgressCase{
            "LeRobot_StepWithKSuffixAndGrdn",
            "INFO 2026-06-12 10:58:46 ot_train.py:357 step:1K smpl:32K ep:101 epch:2.53 "
            "loss:1.226 grdn:34.825 lr:1.0e-05 updt_s:0.502 data_s:0.010",
            {{"Step", 1000}, {"TrainLoss", 1.226}, {"GradNorm", 34.825}, {"LearningRate", 1e-05}}},
        ProgressCase{"LeRobot_PlainStep",
                     "INFO 2026-06-12 10:53:24 ot_train.py:357 step:400 smpl:13K ep:40 epch:1.01 "
                     "loss:2.215 grdn:49.836 lr:1.0e-05 updt_s:0.504 data_s:0.083",
                     {{"Step", 400}, {"TrainLoss", 2.215}, {"GradNorm", 49.836}}},
        // the other timing_s keys (one phase each) are not the step's time
        ProgressCase{
            "Verl_TimingSecondsPerStep",
            "step:2 - actor/pg_loss:0.0475 - actor/loss:0.0462 - actor/grad_norm:1.6577 "
            "- actor/lr:3e-05 - training/global_step:2 - timing_s/gen:2.5396 - "
            "timing_s/update_actor:3.0854 - timing_s/step:13.609954 - "
            "timing_s/stop_profile:7.2879 - perf/throughput:169.2878",
            {{"Step", 2}, {"TrainLoss", 0.0462}, {"GradNorm", 1.6577}, {"StepTime", 13609.954}}}));

// General forms, each with its trap: a bare `Loss` beside component losses
// (`Critic Loss = ...`, `KD Loss: ...`) is the training loss, components alone
// are none; bracketed keys (`[Loss] 1.2`, `[step] 89`); a `batch_` prefix; a
// step printed as a float (`step=6.0000`); `Iters: N/M`; `grad N.N` in a pipe
// table; `Val    loss=` with padding and `test epoch: ... Loss:` as ValLoss.
INSTANTIATE_TEST_SUITE_P(
    GeneralForms, PackProgressFormatTest,
    ::testing::Values(
        ProgressCase{"Acme_BareLossBesideComponentLosses",
                     "I0925 19:03:41.208113 140563283464576 terminal.py:91] [Learner] Actor "
                     "Episodes = 4 | Actor Steps = 3301 | Critic Loss = 0.1083 | Entropy = "
                     "-2.7710 | Entropy Loss = -0.0139 | Evaluator Episodes = 2 | Evaluator Steps "
                     "= 1530 | Learner Steps = 7 | Learner Time Elapsed = 31.412 | Loss = -0.2915 "
                     "| Param Norm = 48.7411 | Param Updates Norm = 0.1822 | Policy Loss = -0.3859",
                     {{"Step", 7}, {"TrainLoss", -0.2915}}},
        // the components of one head, no total: no training loss
        ProgressCase{"Dsfd_ComponentLossesAreNoTrainLoss",
                     "->> pal2 conf loss:1.2045 || pal2 loc loss:0.9871",
                     {}},
        ProgressCase{"Dsfd_EpochIterLoss",
                     "epoch:3 || iter:4210 || Loss:6.1032",
                     {{"Step", 4210}, {"TrainLoss", 6.1032}}},
        ProgressCase{
            "Dsfd_TestEpochIsValLoss", "test epoch:3 || Loss:5.0127", {{"ValLoss", 5.0127}}},
        ProgressCase{"Adhoc_ComponentsWithPipedTotal",
                     "[train] cls loss: 0.4120 | box loss: 0.2231 | total loss: 0.6351",
                     {{"TrainLoss", 0.6351}}},
        // a single qualified loss stays the training loss
        ProgressCase{"Adhoc_SingleQualifiedLoss",
                     "epoch 2 batch 40, NER loss: 0.473211",
                     {{"TrainLoss", 0.473211}}},
        // two task losses, neither a total: the step only
        ProgressCase{"Cirkd_ItersWithTwoComponentLosses",
                     "2023-10-02 23:12:41,118 semantic_segmentation INFO: Iters: 140/20000 || "
                     "Lr: 0.019874 || Task Loss: 3.1207 || KD Loss: 0.8813|| Cost Time: 0:03:04 "
                     "|| Estimated Time: 8:02:10",
                     {{"Step", 140}}},
        // `iters` before a time is a count of evaluated batches, not a step
        ProgressCase{"HugeCtr_EvalItersIsNoStep",
                     "[19d22h14m17s][HUGECTR][INFO]: Eval Time for 153 iters: 33.433667s",
                     {}},
        ProgressCase{"Lion_BracketedKeys",
                     "2023-01-25 00:20:44.510 | INFO     | trainers.base_trainer:train_epochs:256 "
                     "- [R0] | E4 iter[ 14/ 15] | [Loss] 8412.07 | [exp] ./exp/0125/car/run | "
                     "[step]    74 | [url] none | [time] 0.4m (~5h) |[best] 0 -100.000x1e-2 ",
                     {{"Step", 74}, {"TrainLoss", 8412.07}}},
        // a nan loss is no value; the step still is
        ProgressCase{"Lion_BracketedNanLoss",
                     "2023-01-25 00:21:34.569 | INFO     | trainers.base_trainer:train_epochs:256 "
                     "- [R0] | E6 iter[ 14/ 15] | [Loss] nan | [exp] ./exp/0125/car/run | [step]  "
                     " 104 | [url] none | [time] 0.4m (~5h) |",
                     {{"Step", 104}}},
        // the batch's loss, not the running average after it; the float step
        ProgressCase{"Mlprof_BatchLossAndFloatStep",
                     "[2023-01-11 13:28:16,201][mlprof.trainers.pytorch.trainer][INFO] - [0] "
                     "[1/10: 1792/1875 (96%)] epoch=1.0000 step=8.0000 dt=0.0024 "
                     "batch_acc=0.6719 batch_loss=0.0041 acc=0.3102 running_loss=0.0058",
                     {{"Step", 8}, {"TrainLoss", 0.0041}}},
        ProgressCase{"Adhoc_PipeTableGrad",
                     "step   51200 | loss 1.3917 | lr 1.62e-04 | grad 0.083 | 112.9k tok/s | mfu "
                     "113.55%",
                     {{"Step", 51200},
                      {"TrainLoss", 1.3917},
                      {"GradNorm", 0.083},
                      {"TokensPerSecond", 112900}}},
        // an integer after `grad` is a count (accumulation), not a norm
        ProgressCase{"Adhoc_GradCountIsNoGradNorm", "config | grad 8 | micro batch 4 |", {}},
        ProgressCase{
            "AdhocTqdm_PaddedValLoss", "  Val    loss=0.7913  acc=0.5312", {{"ValLoss", 0.7913}}},
        // Chinese prints: a full-width colon, step keys (训练次数 = training
        // steps so far, 迭代次数 = iterations), 测试 (test) before a loss
        ProgressCase{"Adhoc_ChineseStepKeyAndFullWidthColon",
                     "训练次数：300, Loss：1.7342",
                     {{"Step", 300}, {"TrainLoss", 1.7342}}},
        ProgressCase{"Adhoc_ChineseIterationKey",
                     "迭代次数: 1200, loss: 0.8812",
                     {{"Step", 1200}, {"TrainLoss", 0.8812}}},
        ProgressCase{"Adhoc_ChineseTestSetLossIsValLoss",
                     "整体测试集上的Loss: 215.3726",
                     {{"ValLoss", 215.3726}}},
        ProgressCase{"Adhoc_ChineseTestFullWidthIsNoTrainLoss",
                     "测试集上的Loss：1.2504",
                     {{"ValLoss", 1.2504}}},
        ProgressCase{"AdhocTqdm_PaddedTrainLoss",
                     "\r  Train  loss=0.7402  acc=0.5410",
                     {{"TrainLoss", 0.7402}}}));

// Epoch columns without a loss key, a step leading the line, a per-step
// seconds key, `avg_train_loss` and a unitless `batch time:`: each form with
// its trap.
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsTwo, PackProgressFormatTest,
    ::testing::Values(
        ProgressCase{"Adhoc_TrainValColumns",
                     "epoch  12/200  train 0.4183  val 0.5127  mr 0.41  pf 0.02  lr 6.10e-04",
                     {{"TrainLoss", 0.4183}, {"ValLoss", 0.5127}}},
        ProgressCase{"Adhoc_TrainTestColumns",
                     "ep 3 | train 1.2044 | test 1.3391 | 41.2s",
                     {{"TrainLoss", 1.2044}, {"ValLoss", 1.3391}}},
        // counts and other metric names between the columns are no losses
        ProgressCase{"Adhoc_TrainBatchesCountIsNoLoss", "train batches: 398  val batches: 50", {}},
        ProgressCase{
            "Adhoc_TrainColumnBeforeValAccIsNoLoss", "epoch 4  train 0.9120  val acc 0.8810", {}},
        ProgressCase{"Adhoc_DatasetSizesAreNoLoss", "split: train 45000  val 5000", {}},
        ProgressCase{"Adhoc_TrainHeldoutKeys",
                     "[pretrain] epoch   9/40  train=7.0415  heldout=7.1822  lr=2.51e-04",
                     {{"TrainLoss", 7.0415}, {"ValLoss", 7.1822}}},
        ProgressCase{"Adhoc_KeyedDatasetSizesAreNoLoss", "split train=45000 val=5000", {}},
        ProgressCase{"DeepTextRecognition_BracketStep",
                     "[2000/300000] Train loss: 1.84210, Valid loss: 1.90133, "
                     "Elapsed_time: 4212.33310",
                     {{"Step", 2000}, {"TrainLoss", 1.8421}, {"ValLoss", 1.90133}}},
        // a bracketed counter before anything but a training word is no step
        ProgressCase{"Adhoc_BracketEpochIsNoStep", "[3/10] Epoch finished", {}},
        ProgressCase{"GaitSet_IterColonComma",
                     "iter 2300:, hard_loss_metric=0.41, full_loss_metric=0.20, mean_dist=1.02, "
                     "lr=0.000100, hard or full='full'",
                     {{"Step", 2300}}},
        ProgressCase{"Adhoc_StepSecondsKey",
                     "train step=40/6000 loss=9.8120 step_s=0.131 avg_s=0.140",
                     {{"Step", 40}, {"TrainLoss", 9.812}, {"StepTime", 131}}},
        // an average alone is not the step's time
        ProgressCase{"Adhoc_AverageSecondsIsNoStepTime",
                     "train step=40/6000 loss=9.8120 avg_s=0.140",
                     {{"Step", 40}, {"TrainLoss", 9.812}}},
        ProgressCase{"Adhoc_AvgTrainLossKey",
                     "Epoch 3 - avg_train_loss: 0.5820  avg_val_loss: 0.6015  time: 61s",
                     {{"TrainLoss", 0.582}, {"ValLoss", 0.6015}}},
        // beside a plain train_loss key (either order) the average is not read
        ProgressCase{"Adhoc_AvgTrainLossBesideTrainLossIsNotRead",
                     "{'train_loss': 0.5100, 'avg_train_loss': 0.6230}",
                     {{"TrainLoss", 0.51}}},
        ProgressCase{"Adhoc_AvgTrainLossAfterTrainLossKeyOrder",
                     "avg_train_loss=0.6230, train_loss=0.5100",
                     {{"TrainLoss", 0.51}}},
        ProgressCase{"PaddleAdhoc_UnitlessBatchTime",
                     "Epoch 2[1200/5011]: loss:0.21330, lr:0.01000, batch time:0.3512, data "
                     "time:0.0004",
                     {{"TrainLoss", 0.2133}, {"StepTime", 351.2}}},
        // read once: by the seconds filter's `time: N, data_time` form, or
        // by the milliseconds filter when a unit follows
        ProgressCase{"Adhoc_BatchTimeBeforeDataTimeOnce",
                     "it 5 batch time: 0.41, data_time: 0.10 loss: 1.07",
                     {{"TrainLoss", 1.07}, {"StepTime", 410}}},
        ProgressCase{"Adhoc_BatchTimeWithUnitOnce",
                     "it 5 batch time: 0.41 s loss: 1.07",
                     {{"TrainLoss", 1.07}, {"StepTime", 410}}}));

// A time key in milliseconds on a step line, `tok-sec`, a total behind a
// `train_` prefix, CamelCase keys and a best-loss summary: each form with its
// trap.
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsThree, PackProgressFormatTest,
    ::testing::Values(
        // the step's `time:` in ms, not the run's `total time:` in seconds
        ProgressCase{"Nanochat_TimeMsAndTokSec",
                     "step: 00120/19073 | loss: 7.2231 | matrix lr 2.1e-05 | time: 1003.41ms | "
                     "tok-sec: 4082.77 | total time: 120.50s | eta: 330.2m | total tokens: 491,520",
                     {{"Step", 120},
                      {"TrainLoss", 7.2231},
                      {"StepTime", 1003.41},
                      {"TokensPerSecond", 4082.77}}},
        ProgressCase{"Nanochat_DtAndTokSecThousands",
                     "step 00450/21400 (2.10%) | loss: 4.512345 | lrm: 1.00 | dt: 1160.38ms | "
                     "tok/sec: 451,822 | mfu: 41.20 | total time: 8.71m",
                     {{"Step", 450},
                      {"TrainLoss", 4.512345},
                      {"StepTime", 1160.38},
                      {"TokensPerSecond", 451822}}},
        // an epoch's time in ms is not the step's: the per-step time is read
        // (the step counts inside the epoch: none)
        ProgressCase{"MindSpore_EpochTimeMsIsNoStepTime",
                     "epoch: 4, step: 310, loss is loss:0.071204, epoch time: 58120.400ms, per "
                     "step time: 187.485ms",
                     {{"TrainLoss", 0.071204}, {"StepTime", 187.485}}},
        // a total behind the `train_` prefix, after a component; the bar's
        // s/it is its step time
        ProgressCase{"Lightning2_TrainTotalLossPostfix",
                     "\rEpoch 1:  42%|\xe2\x96\x88\xe2\x96\x8f     | 1680/3999 [48:12<1:06:30,  "
                     "1.72s/it, v_num=31, train_intent_loss_step=0.982, train_total_loss=2.140]",
                     {{"TrainLoss", 2.14}, {"StepTime", 1720}}},
        ProgressCase{"Adhoc_CamelCaseKeys",
                     "2026-02-10 18:02:11,512 | INFO | Step=600/4000 TrainLoss=0.0412 "
                     "GradNorm=0.512 TrainAcc=98.44%",
                     {{"Step", 600}, {"TrainLoss", 0.0412}, {"GradNorm", 0.512}}},
        ProgressCase{"Adhoc_CamelCaseValLoss",
                     "2026-02-10 18:02:40,007 | INFO | Step=600/4000 ValLoss=0.0533 ValAcc=98.10%",
                     {{"Step", 600}, {"ValLoss", 0.0533}}},
        // a run's best loss is a summary, not a training step's loss
        ProgressCase{"Adhoc_BestLossIsNoTrainLoss",
                     "2025-09-16 22:04:10,311 - train - INFO - Best loss: 19.504121780395508",
                     {}}));

// A padded global counter after `Epoch: N`, a bracketed step header before a
// one-letter loss, comma-separated `key,value` rows, a plural `Steps N,`, a
// validation line's total, thousands in a step and a model card's loss item:
// each form with its trap.
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsFour, PackProgressFormatTest,
    ::testing::Values(
        ProgressCase{"CoreNet_PaddedGlobalCounter",
                     "2024-07-17 05:51:02 - \x1b[34m\x1b[1mLOGS   \x1b[0m - Epoch:  74 [    "
                     "8312/10000000], loss: {'classification': 2.1107, 'neural_augmentation': "
                     "0.5521, 'total_loss': 2.6628}, LR: [1.2e-05, 1.2e-05], Avg. batch load time: "
                     "0.391, Elapsed time:  0.61",
                     {{"Step", 8312}, {"TrainLoss", 2.6628}}},
        // a sample counter with its percentage is no step
        ProgressCase{"MnistExample_SampleCounterIsNoStep",
                     "Train Epoch: 2 [12800/60000 (21%)]\tLoss: 0.412371",
                     {{"TrainLoss", 0.412371}}},
        ProgressCase{"Adhoc_BracketedStepHeaderOneLetterLoss",
                     "[ep 5 step  1250 t=   2410s vram= 5904MB] L=0.4011  D=0.3950  PSNR= 4.02  "
                     "R=0.3107 bpp",
                     {{"Step", 1250}, {"TrainLoss", 0.4011}}},
        // `L=` without a step header, or in other text, is no loss
        ProgressCase{"Adhoc_OneLetterWithoutStepHeaderIsNoLoss", "[ep 5 t=2410s] L=0.4011", {}},
        ProgressCase{"Adhoc_OneLetterInOtherTextIsNoLoss", "link 3: tx power L=0.35 R=0.41", {}},
        ProgressCase{"AdhocCsv_KeyValueRow",
                     "iteration,20,train_loss,2.2014381,train_accuracy,0.171875",
                     {{"Step", 20}, {"TrainLoss", 2.2014381}}},
        ProgressCase{"Adhoc_CommaFieldsTrainRow",
                     "epoch 2, phase train, step 120, loss_train, 0.512",
                     {{"Step", 120}, {"TrainLoss", 0.512}}},
        ProgressCase{"Adhoc_CommaFieldsValRow",
                     "epoch 2, phase val, step 120, loss_val, 0.604",
                     {{"ValLoss", 0.604}}},
        // no loss field, or an integer, is no progress row
        ProgressCase{"AdhocCsv_RowWithoutLossIsNothing", "iteration,1,train_accuracy,0.05", {}},
        ProgressCase{"AdhocCsv_IntegerLossFieldIsNoLoss", "run,3,loss,5,seed,42", {}},
        ProgressCase{"Adhoc_PluralStepsBeforeLoss",
                     "*Dec02-0910*  2019-12-02 09:14:51 Steps 300, Total time 6.02, data 0.01%. "
                     "Loss 1.212e+01 lr 1.000e-04",
                     {{"Step", 300}, {"TrainLoss", 12.12}}},
        // a count of warmup steps beside a loss scale is no step
        ProgressCase{
            "Adhoc_WarmupStepsIsNoStep", "lr schedule: warmup steps 500, loss scale 65536", {}},
        // batches per epoch and environment steps are no global step
        ProgressCase{
            "TimeSeriesLibrary_StepsPerEpochIsNoStep",
            "Epoch: 3, Steps: 569 | Train Loss: 0.1302 Vali Loss: 0.1211 Test Loss: 0.1450",
            {{"TrainLoss", 0.1302}, {"ValLoss", 0.1211}}},
        ProgressCase{"Adhoc_ValidationTotalAfterComponents",
                     "2019-12-10 17:40:02,511 INFO     Validation: Loc Loss: 0.3981,Cls Loss: "
                     "0.6402,Tot Loss: 0.5191",
                     {{"ValLoss", 0.5191}}},
        ProgressCase{"Adhoc_StepWithThousandsSeparator",
                     "[resume] step=2,500, tokens=1,310,720,000",
                     {{"Step", 2500}}},
        // a comma before a new field is no thousands separator
        ProgressCase{"DeepSpeed_StepBeforeCommaField",
                     "[Rank 0] step=120, skipped=0, lr=[0.0001], mom=[(0.9, 0.999)]",
                     {{"Step", 120}}},
        // a model card's evaluation results are no training loss; Keras'
        // ` - loss:` still is
        ProgressCase{"HfModelCard_LossItemIsNoTrainLoss", "- Loss: 0.6127", {}},
        ProgressCase{"Keras_Verbose2LossAfterDash",
                     " - 2s - loss: 0.6931 - acc: 0.5104",
                     {{"TrainLoss", 0.6931}}},
        // slash-joined keys and values: the total (the batch counts inside
        // the epoch: no step)
        ProgressCase{"GluonNlp_SlashJoinedTotal",
                     "2020-07-11 00:41:02,118 - root - INFO - Epoch: 1, Batch: 4000/8164, Loss "
                     "span/answer/total=0.7512/0.1690/0.9202, LR=0.00001850, grad_norm=19.8812. "
                     "Time cost=92.10, Throughput=52.11 samples/s ETA=1.66h",
                     {{"TrainLoss", 0.9202}, {"GradNorm", 19.8812}, {"SamplesPerSecond", 52.11}}},
        ProgressCase{"GluonNlp_SlashJoinedPartsWithoutTotalAreNoLoss",
                     "Epoch: 1, Batch: 4000/8164, Loss span/answer=0.7512/0.1690",
                     {}},
        // a bracketed label after `Epoch N/M` still makes a training bar
        ProgressCase{"AdhocTqdm_BracketLabelledEpochBar",
                     "Epoch 7/50 [FT]: 100%|\xe2\x96\x88\xe2\x96\x88| 157/157 [01:57<00:00,  "
                     "1.34it/s, loss=0.702]",
                     {{"IterationsPerSecond", 1.34}, {"TrainLoss", 0.702}}}));

// The forms blind11 exposed, each written as a general form with its
// neighbouring spellings and its trap (docs/ai-pack.md format table).
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsFive, PackProgressFormatTest,
    ::testing::Values(
        // BasicSR: one space before the grouped iteration (read once), or
        // several (padding)
        ProgressCase{"BasicSr_ThousandsInIterOnlyLossPart",
                     "23-06-01 04:12:09.102 - INFO: [epoch: 12, iter: 84,300, lr:(1.812e-04,)] "
                     "l_pix: 7.3312e-03 ",
                     {{"Step", 84300}, {"TrainLoss", 0.0073312}}},
        ProgressCase{
            "BasicSr_PaddedIterOnlyLossPart",
            "2022-11-02 09:01:44,511 INFO: [train..][epoch:  1, iter:   2,100, lr:(2.000e-04,)] "
            "[eta: 3 days, 1:02:17, time (data): 0.212 (0.003)] l_g_pix: 2.4716e-02 ",
            {{"Step", 2100}, {"TrainLoss", 0.024716}, {"StepTime", 212}}},
        // several loss parts are no total; a GAN's generator and
        // discriminator parts neither
        ProgressCase{
            "BasicSr_SeveralPartsAreNoLoss",
            "2026-01-09 11:30:02,774 INFO: [LMNet..][epoch: 41, iter:  72,000, "
            "lr:(1.623e-04,)] [eta: 6:01:13, time (data): 0.488 (0.004)] l_pix: 1.2210e-02 "
            "l_LL: 3.9102e-02 l_cr: 6.2031e-01 ",
            {{"Step", 72000}, {"StepTime", 488}}},
        ProgressCase{"BasicSr_GanPartsAreNoLoss",
                     "2021-05-03 18:20:33,004 INFO: [ESRGAN..][epoch:  3, iter:  15,000, "
                     "lr:(1.000e-04,)] [eta: 1 day, 4:11:02, time (data): 0.390 (0.005)] l_g_pix: "
                     "1.1034e-02 l_g_percep: 2.0312e+00 l_g_gan: 4.9921e-03 l_d_real: 2.1e-04 "
                     "out_d_real: 1.3e+01 l_d_fake: 1.0e-04 out_d_fake: -5.2e+00 ",
                     {{"Step", 15000}, {"StepTime", 390}}},
        // one blank before the grouped iteration: read once
        ProgressCase{"BasicSr_OneSpaceThousandsReadOnce",
                     "2023-06-01 04:12:09,102 INFO: [DRSR..][epoch: 12, iter: 84,300, "
                     "lr:(1.812e-04,)] [eta: 2:10:41, time (data): 0.412 (0.003)] l_pix: "
                     "7.3312e-03 l_ssim: 1.2044e-01 ",
                     {{"Step", 84300}, {"StepTime", 412}}},
        ProgressCase{"Adhoc_GlobalStepWithThousands",
                     "global_step: 1,500 | loss: 0.1234",
                     {{"Step", 1500}, {"TrainLoss", 0.1234}}},
        ProgressCase{"Adhoc_OnlyComponentLossAfterStep",
                     "Train Epoch: 3/100 Step: 120/965 | 1.982s/batch | lr 4.9000e-04 || "
                     "Mask_Loss 0.9412",
                     {{"TrainLoss", 0.9412}, {"StepTime", 1982}}},
        // a part beside a `total:` key, an evaluation part and a loss weight
        // in a configuration are no training loss
        ProgressCase{"Mmdet_PartBesideTotalIsNoLoss",
                     "2024-09-10 10:13:10,021 - mmdet - INFO - Iter [300/15000]       lr: "
                     "7.315e-05, eta: 2:18:02, time: 0.558, data_time: 0.012, memory: 10190, cls: "
                     "1.9034, reg: 7.1123, trans_loss: 0.2811, total: 48.1320, grad_norm: 61.2231",
                     {{"Step", 300}, {"StepTime", 558}, {"GradNorm", 61.2231}}},
        ProgressCase{"Adhoc_EvaluationPartIsNoTrainLoss", "Epoch 3 | val_mask_loss 0.5123", {}},
        ProgressCase{"Adhoc_LossWeightIsNoLoss", "config: epoch 3 mask_loss_weight: 1.0", {}},
        ProgressCase{"Ultralytics84_BarWithoutBrackets",
                     "\r\x1b[K      12/100      5.14G      1.233     0.8421      1.102         64  "
                     "      640: 45% \xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x94\x80"
                     "\xe2\x94\x80 120/266 3.4it/s 35.2s<42.8s",
                     {{"IterationsPerSecond", 3.4}}},
        ProgressCase{
            "Ultralytics84_ValidationBarIsNoRate",
            "\r\x1b[K                 Class     Images  Instances      Box(P          R      "
            "mAP50  mAP50-95): 100% \xe2\x94\x81\xe2\x94\x81\xe2\x94\x81 3/3 6.1it/s 0.5s",
            {}},
        ProgressCase{"Lightning_SlashScopedTotalStepPostfix",
                     "Epoch 7: 100%|\xe2\x96\x88\xe2\x96\x88| 352/352 [00:23<00:00, 15.02it/s, "
                     "v_num=k2x1, train/loss_total_step=1.412, val/auroc=0.962, "
                     "train/loss_total_epoch=1.530]",
                     {{"TrainLoss", 1.412}, {"IterationsPerSecond", 15.02}}},
        // the step's slash-scoped key over the bar's running `loss=`
        ProgressCase{"Lightning_SlashScopedStepOverRunningLoss",
                     "Epoch 2:  40%|\xe2\x96\x88\xe2\x96\x88  | 120/300 [00:41<01:02,  2.90it/s, "
                     "loss=1.31, v_num=3, train/loss_step=1.250]",
                     {{"TrainLoss", 1.25}, {"IterationsPerSecond", 2.9}}},
        // an evaluation bar ended by a cursor-up, then the epoch's record
        ProgressCase{"Lightning_ValidationBarThenEpochRecord",
                     "\rValidation: |          | 0/? [00:00<?, ?it/s]\x1b[A[\x1b[37m03/11/25 "
                     "09:12:44\x1b[0m] \x1b[34mINFO\x1b[0m   Epoch 5: v_recons 4.112e-01  recons "
                     "4.203e-01  v_loss 3.870e+00  loss 4.015e+00  v_kl 7.1e+00",
                     {{"TrainLoss", 4.015}, {"ValLoss", 3.87}}},
        // without the cursor-up the loss stays in the evaluation context
        ProgressCase{"Adhoc_ValidationLineLossIsValLoss",
                     "Validation: 100%|##| 5/5 [00:00<00:00] loss: 0.512",
                     {{"ValLoss", 0.512}}},
        ProgressCase{"BuildNanogpt_TrainColumns",
                     "2500 train 3.612044",
                     {{"Step", 2500}, {"TrainLoss", 3.612044}}},
        ProgressCase{
            "BuildNanogpt_ValColumns", "2500 val 3.7012", {{"Step", 2500}, {"ValLoss", 3.7012}}},
        // another split word, an integer or more fields are no loss
        ProgressCase{"BuildNanogpt_HellaswagIsNoLoss", "2500 hella 0.2811", {}},
        ProgressCase{"Adhoc_TrainCountIsNoLoss", "100 train 1000", {}},
        // a clock since the start is no step time; a step line's own time is
        ProgressCase{"FastScnn_CumulativeTimeIsNoStepTime",
                     "2025-06-12 16:40:11,020 - INFO - Epoch: [12/200] Iter [1200/1487] || Time: "
                     "6612.0410 sec || lr: 0.00941212 || Loss: 1.1834",
                     {{"Step", 1200}, {"TrainLoss", 1.1834}}},
        ProgressCase{"Adhoc_StepTookSeconds",
                     "step 10 | loss 2.1034 | took 0.52 s",
                     {{"Step", 10}, {"TrainLoss", 2.1034}, {"StepTime", 520}}},
        // an AverageMeter without training context (feature extraction)
        ProgressCase{"Adhoc_FeatureExtractionMeterIsNoStepTime",
                     "Extract Features: [80/137]\tTime 1.702 (1.912)\tData 0.001 (0.091)\t",
                     {}},
        ProgressCase{"ImagenetExample_MeterWithEpoch",
                     "Epoch: [3][ 120/400]\tTime  0.412 ( 0.430)\tData  0.002 ( 0.011)\tLoss "
                     "1.2034e+00 (1.3312e+00)",
                     {{"TrainLoss", 1.2034}, {"StepTime", 412}}},
        // a plain `Epoch N/M:` tqdm bar's s/it is no step time (a Lightning
        // `Epoch N:` bar's still is)
        ProgressCase{"CycleGan_EpochOfBarSecondsPerItIsNoStepTime",
                     "\rEpoch 3/200:  12%|\xe2\x96\x88         | 21/180 [10:02<1:16:02, 28.70s/it]",
                     {}},
        ProgressCase{"Lightning_BarSecondsPerItIsStepTime",
                     "\rEpoch 1:   1%|          | 1/180 [00:29<1:28:35, 29.70s/it, loss=0.512]",
                     {{"TrainLoss", 0.512}, {"StepTime", 29700}}}));

// Forms from blind12 and blind13, each with its neighbours and traps.
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsSix, PackProgressFormatTest,
    ::testing::Values(
        // dict records pasted with typographic quotes (issues, forums); also `’`
        ProgressCase{"HfTrainer_TypographicQuotedDict",
                     "{\xe2\x80\x98loss\xe2\x80\x99: 1.453, \xe2\x80\x98grad_norm\xe2\x80\x99: "
                     "2.474428415298462, \xe2\x80\x98learning_rate\xe2\x80\x99: "
                     "4.682539682539683e-05, \xe2\x80\x98"
                     "epoch\xe2\x80\x99: 0.19}",
                     {{"TrainLoss", 1.453}, {"GradNorm", 2.474428415298462}}},
        ProgressCase{"HfTrainer_ClosingQuotesOnlyDict",
                     "{\xe2\x80\x99loss\xe2\x80\x99: 0.7215, \xe2\x80\x99grad_norm\xe2\x80\x99: "
                     "1.0931, \xe2\x80\x99learning_rate\xe2\x80\x99: 1.2e-05, \xe2\x80\x99"
                     "epoch\xe2\x80\x99: 2.0}",
                     {{"TrainLoss", 0.7215}, {"GradNorm", 1.0931}}},
        ProgressCase{"HfTrainer_TypographicDoubleQuotedEval",
                     "{\xe2\x80\x9c"
                     "eval_loss\xe2\x80\x9d: 0.8123, \xe2\x80\x9c"
                     "eval_runtime\xe2\x80\x9d: 12.31, \xe2\x80\x9c"
                     "eval_samples_per_second\xe2\x80\x9d: 81.2, \xe2\x80\x9c"
                     "epoch\xe2\x80\x9d: 1.0}",
                     {{"ValLoss", 0.8123}}},
        // ms-swift's quoted string values: the job's token rate, not one GPU's
        ProgressCase{
            "MsSwift_QuotedTokensGlobalPerSec",
            "{'loss': '1.184', 'grad_norm': '71.65', 'learning_rate': '1.808e-05', 'token_acc': "
            "'0.6802', 'epoch': '0.2414', 'global_step/max_steps': '71/294', 'elapsed_time': '1h "
            "42m 59s', 'remaining_time': '5h 23m 26s', 'tokens_per_gpu_per_sec': '147', "
            "'tokens_global_per_sec': '1176', 'tokens_this_step': 25583, 'memory(GiB)': '37.77', "
            "'train_speed(s/it)': '87.02'}",
            {{"TrainLoss", 1.184}, {"GradNorm", 71.65}, {"Step", 71}, {"TokensPerSecond", 1176}}},
        ProgressCase{"MsSwift_PerGpuTokenRateIsNoJobRate",
                     "{'tokens_per_gpu_per_sec': '563.1', 'tokens_this_step': 2114}",
                     {}},
        // steps: a plural key, a `step N |` head, `Global Batch N`, UER-py's
        // column, nanoGPT's evaluation columns, `step=N` key=value rows
        ProgressCase{"DeBERTa_PluralStepsKey",
                     "04/28/2023 10:19:56|INFO|RTD|00| [D][0.0%][-1813.71h] Steps=100, "
                     "loss=3.7474557736516, examples=6400, loss_scale=4096.0, 653.0s",
                     {{"Step", 100}}},
        ProgressCase{"Adhoc_StepHeadBeforeOtherFields",
                     "step  969000 | phase 2 | loss_G 2.9571 | sep 2.8768 | phase_l 0.1580 | amp_l "
                     "0.0013 | rms 0.96 | lr 7.46e-05 | rss 1521MB | 0.25s",
                     {{"Step", 969000}}},
        ProgressCase{"Adhoc_StepHeadSingleBlank",
                     "step 100 | lr 3.0e-4 | tokens 1.2M | 0.25s",
                     {{"Step", 100}}},
        ProgressCase{"Adhoc_GlobalBatch",
                     "2024-11-05 23:17:05,224 - INFO - Epoch 1, Global Batch 5, Training Loss: "
                     "33.1831, Validation Loss: 11.8694, Validation Accuracy: 0.0000",
                     {{"Step", 5}, {"TrainLoss", 33.1831}, {"ValLoss", 11.8694}}},
        ProgressCase{"UerPy_StepsColumn",
                     "|     1000/  100000 steps| 14071.82 tokens/s| loss    5.53| acc: 0.188",
                     {{"Step", 1000}, {"TokensPerSecond", 14071.82}, {"TrainLoss", 5.53}}},
        ProgressCase{"NanoGpt_EvalIterColumns",
                     "[eval] iter 0: train 9.8508 val 9.8491 lr 7.50e-07",
                     {{"Step", 0}, {"TrainLoss", 9.8508}, {"ValLoss", 9.8491}}},
        ProgressCase{"Adhoc_KeyValueRowLedByStep",
                     "2026-03-24 11:16:01,143 | INFO | epoch=0 step=21 lr=0.001 total=2.260281 "
                     "det=2.017524 kd=0.485513 w_l2=201.640 w_max=4.595",
                     {{"Step", 21}}},
        // with a loss key, progressStep reads the row (one sample)
        ProgressCase{"Adhoc_KeyValueRowWithLoss",
                     "epoch=1 step=340 lr=0.0005 loss=2.3105",
                     {{"Step", 340}, {"TrainLoss", 2.3105}}},
        ProgressCase{"Adhoc_EvalStepHeadWithLoss",
                     "  [eval] step   48000 | val_loss 4.0749",
                     {{"Step", 48000}, {"ValLoss", 4.0749}}},
        // a run's planned total, a resume notice and an episode's length are no
        // step; keras-rl's step is the row's leading counter
        ProgressCase{"Verl_TotalTrainingStepsIsNoStep",
                     "\x1b[36m(main_task pid=2105103)\x1b[0m Total training steps: 560",
                     {}},
        ProgressCase{
            "Kohya_TotalStepsStaysNoStep", "08:36:05-220855 INFO     Total steps: 480", {}},
        ProgressCase{"Adhoc_ResumedAtStepIsNoStep",
                     "Resumed at step 705000 (best_val_loss=None, "
                     "best_val_si_sdr=-2.267410543190796, patience=0)",
                     {}},
        ProgressCase{"KerasRl_EpisodeStepsIsNoStep",
                     "20.  43587/50000: episode: 588, duration: 0.930s, episode steps: 180, steps "
                     "per second: 194, episode reward: 180.000, mean reward: 1.000 [1.000, 1.000], "
                     "mean action: 0.494 [0.000, 1.000], mean observation: -0.425 [-2.404, 0.976], "
                     "loss: 4.918419, mean_absolute_error: 32.250721, mean_q: 64.780350",
                     {{"Step", 43587}, {"TrainLoss", 4.918419}}}));

INSTANTIATE_TEST_SUITE_P(
    GeneralFormsSeven, PackProgressFormatTest,
    ::testing::Values(
        // NVIDIA tacotron2: step, loss, grad norm and the iteration's own seconds;
        // its validation line's number before the colon is the iteration
        ProgressCase{
            "Tacotron2_TrainRow",
            "Train loss 1 35.229748 Grad Norm 25.020286 3.79s/it",
            {{"Step", 1}, {"TrainLoss", 35.229748}, {"GradNorm", 25.020286}, {"StepTime", 3790}}},
        ProgressCase{
            "Tacotron2_TrainRowLate",
            "Train loss 64998 0.302735 Grad Norm 0.958112 4.36s/it",
            {{"Step", 64998}, {"TrainLoss", 0.302735}, {"GradNorm", 0.958112}, {"StepTime", 4360}}},
        ProgressCase{"Tacotron2_ValidationIterationIsNoLoss",
                     "Validation loss 0: 37.061010  ",
                     {{"ValLoss", 37.06101}}},
        ProgressCase{"Tacotron2_ValidationLaterIteration",
                     "Validation loss 65000: 0.398766  ",
                     {{"ValLoss", 0.398766}}},
        // a rate's unit as the key before its value, in blank-separated columns
        ProgressCase{"Edm_ItersPerSecColumn",
                     "tick 300   kimg 15014.5   time 1d 02h 23m   sec/tick 313.7   sec/kimg 6.27   "
                     " iters/sec 2.492442946003479 maintenance 0.0    cpumem 1.83   gpumem 11.94  "
                     "reserved 12.21 ",
                     {{"IterationsPerSecond", 2.492442946003479}}},
        ProgressCase{"Pix2pixTf_ImagePerSecColumn",
                     "progress  epoch 50  step 602  image/sec 35.7  remaining 0m",
                     {{"SamplesPerSecond", 35.7}}},
        ProgressCase{"Adhoc_ExamplesPerSecAtLineEnd",
                     "epoch 3  batch 1200  examples/sec 812.5",
                     {{"SamplesPerSecond", 812.5}}},
        // losses: an evaluation's `Test Error:` and `Val: loss =`, a running
        // average in parentheses, Chinese keys; an evaluation summary's
        // `Average Loss` after its accuracy is no training loss
        ProgressCase{"PyTorchTutorial_TestErrorAvgLoss",
                     "Test Error: Avg loss: 0.062938",
                     {{"ValLoss", 0.062938}}},
        ProgressCase{"PyTorchTutorial_TestErrorWithAccuracy",
                     "Test Error: Accuracy: 94.4%, Avg loss: 0.178293",
                     {{"ValLoss", 0.178293}}},
        ProgressCase{"Adhoc_TrainingThenValLossEquals",
                     "Training: loss = 1.63155, acc = 0.50714 | Val: loss = 1.70797, acc = 0.47200 "
                     "| Time: 16.76185 (graph/s)",
                     {{"TrainLoss", 1.63155}, {"ValLoss", 1.70797}}},
        ProgressCase{"Adhoc_TrainingLossRunningAverage",
                     "2024-10-31 21:45:02,592 - INFO - Stage 1, Epoch 1, Batch 1800, Training Loss "
                     "(avg over last 100): 0.1812",
                     {{"TrainLoss", 0.1812}}},
        ProgressCase{"Adhoc_ChineseTrainLoss",
                     "2026-01-28 18:28:20,294 - train_face - INFO - "
                     "\xe8\xae\xad\xe7\xbb\x83\xe6\x8d\x9f\xe5\xa4\xb1: 1.5476, "
                     "\xe8\xae\xad\xe7\xbb\x83\xe5\x87\x86\xe7\xa1\xae\xe7\x8e\x87: 36.46%",
                     {{"TrainLoss", 1.5476}}},
        ProgressCase{"Adhoc_ChineseValLoss",
                     "2026-01-28 18:28:24,560 - train_face - INFO - "
                     "\xe9\xaa\x8c\xe8\xaf\x81\xe6\x8d\x9f\xe5\xa4\xb1: 1.3829, "
                     "\xe9\xaa\x8c\xe8\xaf\x81\xe5\x87\x86\xe7\xa1\xae\xe7\x8e\x87: 43.85%",
                     {{"ValLoss", 1.3829}}},
        ProgressCase{"Adhoc_ChineseTestSetLossFullWidthColon",
                     "\xe6\xb5\x8b\xe8\xaf\x95\xe9\x9b\x86\xe6\x8d\x9f\xe5\xa4\xb1\xef\xbc\x9a"
                     "0.5214",
                     {{"ValLoss", 0.5214}}},
        ProgressCase{"Adhoc_ChineseTrainKeyWithLatinLoss",
                     "\xe8\xae\xad\xe7\xbb\x83loss: 1.2345",
                     {{"TrainLoss", 1.2345}}},
        ProgressCase{
            "Adhoc_ChineseSetLossesFullWidthColons",
            "Epoch 3 \xe8\xae\xad\xe7\xbb\x83\xe9\x9b\x86\xe6\x8d\x9f\xe5\xa4\xb1\xef\xbc\x9a"
            "0.5123 \xe9\xaa\x8c\xe8\xaf\x81\xe9\x9b\x86\xe6\x8d\x9f\xe5\xa4\xb1\xef\xbc\x9a"
            "0.6011",
            {{"TrainLoss", 0.5123}, {"ValLoss", 0.6011}}},
        ProgressCase{"Adhoc_AverageAccuracyThenLossIsNoTrainLoss",
                     " * Average accuracy 0.700; Average Loss 0.727",
                     {}},
        // Swin's train-line meter before its loss; darknet rows whose loss is
        // nan
        ProgressCase{
            "Swin_TrainTimeBeforeLoss",
            "[2022-03-14 09:05:16 swin_v1_tiny_patch4_window7_224_WindowAttention] (main.py 226): "
            "INFO Train: [14/300][250/1251]\teta 0:10:52 lr 0.000710\ttime 0.6408 (0.6516)\tloss "
            "6.5584 (6.3074)\tgrad_norm 6.5613 (10.6225)\tmem 14764MB",
            {{"TrainLoss", 6.5584}, {"GradNorm", 6.5613}, {"StepTime", 640.8}}},
        ProgressCase{"Swin_TrainTimeSpaced",
                     "[2021-04-25 21:57:25 swin_tiny_patch4_window7_224](main.py 221): INFO Train: "
                     "[3/300][370/1251]  eta 0:08:57 lr 0.000166 time 0.6068 (0.6098)    loss "
                     "6.3568 (6.1324)    grad_norm 2.0382 (inf)  mem 11818MB",
                     {{"TrainLoss", 6.3568}, {"GradNorm", 2.0382}, {"StepTime", 606.8}}},
        ProgressCase{"Darknet_NanLossRowKeepsStepAndTime",
                     " 182: -nan, -nan avg loss, 0.000000 rate, 2.011170 seconds, 11648 images, "
                     "17.923213 hours left",
                     {{"Step", 182}, {"StepTime", 2011.17}}},
        // an RL update's `v_loss` beside its policy loss is the critic's
        // value loss, not a validation loss (a Lightning `v_loss` still is)
        ProgressCase{"Ppo_ValueLossAfterPolicyLossIsNoValLoss",
                     "update 12 policy_loss=0.0123 v_loss=0.8812 entropy=1.02",
                     {}}));

INSTANTIATE_TEST_SUITE_P(
    GeneralFormsEight, PackProgressFormatTest,
    ::testing::Values(
        // rates keyed by a capitalised or spelled-out unit (Lingvo), and TF's
        // logger prefix before `examples/sec:` (TPUEstimator)
        ProgressCase{"Lingvo_StepsAndExamplesPerSecond",
                     "I0308 16:13:49.943696 140304032200448 trainer.py:371] Steps/second: "
                     "0.014225, Examples/second: 0.731300",
                     {{"IterationsPerSecond", 0.014225}, {"SamplesPerSecond", 0.7313}}},
        ProgressCase{"TfEstimator_ExamplesPerSecAfterLoggerPrefix",
                     "INFO:tensorflow:examples/sec: 2015.35",
                     {{"SamplesPerSecond", 2015.35}}},
        ProgressCase{"Adhoc_StepsPerSecKey",
                     "step 1200, loss 2.31, steps/sec: 4.12",
                     {{"Step", 1200}, {"TrainLoss", 2.31}, {"IterationsPerSecond", 4.12}}},
        // a value before `it/s:` is no rate (the key's value is); an
        // evaluation's rate is none
        ProgressCase{"Adhoc_ItPerSecKeyAfterLossValue",
                     "step 10 loss 2.31 it/s: 3.4",
                     {{"Step", 10}, {"TrainLoss", 2.31}, {"IterationsPerSecond", 3.4}}},
        ProgressCase{"Adhoc_EvaluationStepsPerSecIsNoRate", "Evaluation steps/sec: 30.1", {}},
        // a detectron2-style event writer whose `time:` is followed by `lr:`,
        // not `data_time:` (the standard writer's line keeps one sample)
        ProgressCase{
            "Detectron2StyleWriter_TimeBeforeLr",
            "20231023_095643|core.utils.my_writer@171: eta: 15:06:27 iter: 50699/102400[49.5%] "
            "time: 1.0520   lr: 1.0000e-04  max_mem: 3611M total_grad_norm: N/A total_loss: "
            "1.3978e+01 (1.5329e+01)  loss_coor_x: 1.5648e-02 (3.0480e-02)",
            {{"Step", 50699}, {"TrainLoss", 13.978}, {"StepTime", 1052}}},
        ProgressCase{
            "Detectron2_TimeThenDataTimeIsOneSample",
            "[11/01 11:27:04 d2.utils.events]: eta: 8:05:12  iter: 1259  total_loss: 1.012 "
            " loss_cls: 0.714  time: 0.3322  last_time: 0.3301  data_time: 0.0334  lr: "
            "0.010000",
            {{"Step", 1259}, {"TrainLoss", 1.012}, {"StepTime", 332.2}}},
        // TensorFlow's translate-style loops: `global step N` before the
        // learning rate, step-time and perplexity (no loss on the line)
        ProgressCase{"TfTranslate_GlobalStepLearningRate",
                     "global step 400 learning rate 0.5000 step-time 2.78 perplexity 7.83",
                     {{"Step", 400}}},
        ProgressCase{"TfTranslate_GlobalStepAfterLoggerPrefix",
                     "INFO:tensorflow:global step 200 learning rate 0.5000 step-time 0.53 "
                     "perplexity 1150.24",
                     {{"Step", 200}}},
        ProgressCase{
            "TfSlim_GlobalStepWithLossIsOneStep",
            "INFO:tensorflow:global step 200 learning rate 0.5000 step-time 1.20 loss 4.21",
            {{"Step", 200}, {"TrainLoss", 4.21}}},
        // a padded `iter N |` line head
        ProgressCase{"Adhoc_PaddedIterHead",
                     "iter      0 | loss 1.2678 | lr 1.00e-06 | 0s",
                     {{"Step", 0}, {"TrainLoss", 1.2678}}},
        ProgressCase{"Adhoc_PaddedIterHeadLater",
                     "iter     50 | loss 0.9582 | lr 2.96e-05 | 5s",
                     {{"Step", 50}, {"TrainLoss", 0.9582}}},
        // `|g|` (also `||g||`, `|grad|`) as the gradient norm; a bold marker
        // pasted before `grad_norm:`
        ProgressCase{"Adhoc_AbsGradNorm",
                     "step 1/5000  loss 9.0401  lr 3.00e-06  |g| 4.55  0.0m",
                     {{"Step", 1}, {"TrainLoss", 9.0401}, {"GradNorm", 4.55}}},
        ProgressCase{"Adhoc_DoubleBarGradNorm",
                     "step 300 | loss 3.4120 | ||g|| 0.812 | lr 2.0e-04",
                     {{"Step", 300}, {"TrainLoss", 3.412}, {"GradNorm", 0.812}}},
        ProgressCase{"Adhoc_AbsGradKeyColon",
                     "step 3 loss 0.5 |grad|: 0.75",
                     {{"Step", 3}, {"TrainLoss", 0.5}, {"GradNorm", 0.75}}},
        ProgressCase{
            "Beit_BoldGradNormInPaste",
            "Epoch: [115]  [1298/1299]  eta: 0:00:00  lr: 0.001435  min_lr: 0.001435  mlm_acc: "
            "0.0333 (0.0344)  loss: 6.5993 (6.5971)  loss_scale: 8192.0000 (8646.0600)  "
            "weight_decay: 0.0500 (0.0500)  **grad_norm: 0.3922 (nan)**  time: 0.4944  data: "
            "0.0001  max mem: 19152",
            {{"TrainLoss", 6.5993}, {"GradNorm", 0.3922}, {"StepTime", 494.4}}},
        // metric records `{"name": "loss", ..., "value": X}` (caikit-nlp's
        // training_logs.jsonl), also an evaluation loss's record
        ProgressCase{"Caikit_NameValueLossRecord",
                     "{\"name\": \"loss\", \"data\": {\"epoch\": 0.01, \"step\": 1, \"value\": "
                     "3.9274, \"timestamp\": \"2023-09-26T19:25:18.737364\"}}",
                     {{"Step", 1}, {"TrainLoss", 3.9274}}},
        ProgressCase{"MetricRecord_EvalLossNameValue",
                     "{\"name\": \"eval_loss\", \"value\": 0.5213, \"step\": 100}",
                     {{"Step", 100}, {"ValLoss", 0.5213}}},
        // epoch columns with colons; an accuracy line's columns are no loss,
        // nor LitGPT's `loss train: X, val: Y` (read once, by its own form)
        ProgressCase{"Adhoc_TrainValColonColumns",
                     "[Unfrozen] Epoch 1/500 -- train: 0.5309  val: 0.6230  ppl: 1.86  (70s)",
                     {{"TrainLoss", 0.5309}, {"ValLoss", 0.623}}},
        ProgressCase{
            "Adhoc_AccuracyColumnsAreNoLoss", "Accuracy -- train: 0.9120  val: 0.8830", {}},
        ProgressCase{
            "LitGpt_LossTrainValIsOneSampleEach",
            "Epoch 34 | iter 3050700 step 610140 | loss train: 2.846, val: 2.861 | iter "
            "time: 112.20 ms (step) remaining time: 0:01:54",
            {{"Step", 610140}, {"TrainLoss", 2.846}, {"ValLoss", 2.861}, {"StepTime", 112.2}}},
        // traps: TRL PPO's `loss/value_avg` (the critic's loss, no validation
        // loss) and a replay buffer's `mem avg. loss` (not the stream's loss)
        ProgressCase{"TrlPpo_LossValueIsNoValLoss",
                     "{'eps': 1, 'objective/kl': 6.809290409088135, 'objective/entropy': "
                     "114.40665435791016, 'policy/approxkl_avg': 0.0027319653891026974, "
                     "'loss/policy_avg': -0.0032048856373876333, 'loss/value_avg': "
                     "0.3470359146595001, 'val/clipfrac_avg': 0.0047607421875, 'episode': 96, "
                     "'epoch': 0.11}",
                     {}},
        ProgressCase{"ContinualLearning_MemoryLossIsNoTrainLoss",
                     "==>>> it: 101, mem avg. loss: 3.170260, running mem acc: 0.290",
                     {}},
        ProgressCase{"ContinualLearning_StreamLossIsTrainLoss",
                     "==>>> it: 101, avg. loss: 5.062602, running train acc: 0.020",
                     {{"TrainLoss", 5.062602}}}));

INSTANTIATE_TEST_SUITE_P(
    GeneralFormsNine, PackProgressFormatTest,
    ::testing::Values(
        // short throughput keys of JSON and dict records
        ProgressCase{"JsonLines_TokPerS",
                     "{\"step\": 50, \"loss\": 5.272745840549469, \"lr\": 7.35e-05, \"tok_per_s\": "
                     "83331.52241346275, \"eta_hours\": 3.9720543168650733}",
                     {{"Step", 50},
                      {"TrainLoss", 5.272745840549469},
                      {"TokensPerSecond", 83331.52241346275}}},
        ProgressCase{"DictRecord_ToksPerSec",
                     "{'step': 120, 'loss': 2.114, 'toks_per_sec': 51234.5}",
                     {{"Step", 120}, {"TrainLoss", 2.114}, {"TokensPerSecond", 51234.5}}},
        ProgressCase{
            "JsonLines_SamplesAndItPerS",
            "{\"step\": 300, \"loss\": 1.25, \"samples_per_s\": 412.7, \"it_per_s\": 3.22}",
            {{"Step", 300},
             {"TrainLoss", 1.25},
             {"SamplesPerSecond", 412.7},
             {"IterationsPerSecond", 3.22}}},
        ProgressCase{"JsonLines_ImgSizeAndSamplesSeenAreNoRates",
                     "{\"img_size\": 640, \"samples_seen\": 1200}",
                     {}},
        // batch rates: tensorpack's closing bar, `batch/s`, and a value
        // before `batches/sec:` is not the rate
        ProgressCase{"Tensorpack_BatchesPerSec",
                     "|####################| 100.00%, 109326/0 sec. train epoch 1, iter "
                     "10000/10000, loss 0.089837, 0.09 batches/sec.",
                     {{"TrainLoss", 0.089837}, {"IterationsPerSecond", 0.09}}},
        ProgressCase{"Adhoc_BatchPerS",
                     "step 40 loss 0.52 5.1 batch/s",
                     {{"Step", 40}, {"TrainLoss", 0.52}, {"IterationsPerSecond", 5.1}}},
        ProgressCase{"Adhoc_ValueBeforeBatchesPerSecKeyIsNoRate",
                     "epoch 2 batch 300 loss 0.4471 batches/sec: 2.85",
                     {{"TrainLoss", 0.4471}, {"IterationsPerSecond", 2.85}}},
        // a dict of losses led by its total (glue-factory), and its
        // validation dict's `loss/total`; an evaluation line's dict is none
        ProgressCase{"GlueFactory_LossDictTotal",
                     "[07/26/2025 10:28:16 gluefactory INFO] [E 0 | it 0] loss {total 1.597E+00, "
                     "last 9.226E-01, assignment_nll 9.226E-01, nll_pos 1.512E+00, nll_neg "
                     "3.329E-01, num_matchable 4.883E+02, num_unmatchable 7.289E+02, confidence "
                     "2.972E-01, row_norm 8.665E-01}",
                     {{"TrainLoss", 1.597}}},
        ProgressCase{"GlueFactory_ValidationLossTotal",
                     "[07/29/2025 14:29:11 gluefactory INFO] [Validation] {match_recall "
                     "8.398E-01, match_precision 8.016E-01, accuracy 9.248E-01, "
                     "average_precision 6.953E-01, loss/total 4.884E-01, loss/last 4.884E-01, "
                     "loss/assignment_nll 4.884E-01, loss/nll_pos 7.882E-01, loss/nll_neg "
                     "1.885E-01, loss/num_matchable 3.691E+02, loss/num_unmatchable 7.058E+02, "
                     "loss/row_norm 8.762E-01}",
                     {{"ValLoss", 0.4884}}},
        ProgressCase{"Adhoc_QuotedLossDictTotal",
                     "Epoch 3 it 200 loss: {'total': 0.734, 'cls': 0.21}",
                     {{"TrainLoss", 0.734}}},
        ProgressCase{"Adhoc_ValidationLossDictIsNoTrainLoss",
                     "[Validation] loss {'total': 0.5, 'cls': 0.2}",
                     {}},
        // a bare `iter N` opening key-value pairs is the global step; not
        // beside a step or an epoch
        ProgressCase{"KerasGan_BareIterHead",
                     "iter 343747 cur_block 0.0 lr 0.001 kimg 5499.952 losses_d [-923.39386, "
                     "-1826.8832, 28.22277, 621261.6] loss_g 1557.2732",
                     {{"Step", 343747}}},
        ProgressCase{"Adhoc_BareIterBesideEpochIsNoStep", "iter 12 epoch 3 acc 0.91", {}},
        // `Dev Loss` is an evaluation loss; a config dump gives nothing
        ProgressCase{"Adhoc_DevLossIsNoTrainLoss",
                     "2020-05-26 22:44:55,485 - main.py - train - INFO - Iter: 27600 | Dev Loss: "
                     "0.6830 | Dev F1-macro: 0.9777 | Time: 1:28:33 | ",
                     {{"Step", 27600}, {"ValLoss", 0.683}}},
        ProgressCase{"Adhoc_TrainAndDevLoss",
                     "2020-05-23 20:14:22,403 - train.log - INFO - Iter: 500 | Train Loss: "
                     "175.9309 | Dev Loss: 18.5972 | Dev F1-macro: 0.3642 | Time: 0:03:43 | *",
                     {{"Step", 500}, {"TrainLoss", 175.9309}, {"ValLoss", 18.5972}}},
        ProgressCase{"Flair_DevLineIsNoTrainLoss",
                     "2019-02-19 18:37:12,571 DEV  : loss 0.03877527 - f-score 0.5586 - acc 0.5586",
                     {{"ValLoss", 0.03877527}}},
        ProgressCase{"Argparse_NamespaceDumpIsNoProgress",
                     "Namespace(arcloss=True, bs=64, checkpoint=False, "
                     "checkpoint_path='./pt/1.pt', embeddingdim=512, epochs=300, "
                     "finetune_from=None, loss=1, lr=0.0003, model_ema=True, "
                     "pathtrain='../TextureDataset/train', pathval='../TextureDataset/val')",
                     {}}));

INSTANTIATE_TEST_SUITE_P(
    GeneralFormsTen, PackProgressFormatTest,
    ::testing::Values(
        // validation summaries: a MetricLogger's labelled `averaged stats`,
        // `Mean test loss of N batches:`, WeNet's `cv_loss`
        ProgressCase{"MetricLogger_ValAveragedStats",
                     "[10:35:48.626120] [Val] averaged stats: loss: 0.0732 (0.0732)  PSNR: 19.6569 "
                     "(19.6569)  MSE: 523.7881 (523.7881)  SSIM: 0.2725 (0.2725)",
                     {{"ValLoss", 0.0732}}},
        ProgressCase{"MetricLogger_TestAveragedStats",
                     "Test:  Averaged stats: loss: 0.8124 (0.8124)  acc1: 79.412 (79.412)",
                     {{"ValLoss", 0.8124}}},
        ProgressCase{"MetricLogger_EvalAveragedStats",
                     "[Eval] averaged stats: loss: 0.3512 (0.3601)  acc1: 80.1 (80.1)",
                     {{"ValLoss", 0.3512}}},
        ProgressCase{
            "MetricLogger_TrainAveragedStatsIsTrainLoss",
            "[10:31:02.118240] [Train] averaged stats: lr: 0.000100  loss: 0.0832 (0.0901)",
            {{"TrainLoss", 0.0832}}},
        ProgressCase{"MetricLogger_UnlabelledAveragedStatsIsTrainLoss",
                     "Averaged stats: lr: 0.000100  loss: 0.4512 (0.4601)",
                     {{"TrainLoss", 0.4512}}},
        ProgressCase{
            "CtrGcn_MeanTestLossOfBatches",
            "[ Sun Oct 29 17:00:09 2023 ] \tMean test loss of 8 batches: 0.5755612291395664.",
            {{"ValLoss", 0.5755612291395664}}},
        ProgressCase{"Adhoc_MeanValLossOfBatches",
                     "Mean val loss of 20 batches: 0.412.",
                     {{"ValLoss", 0.412}}},
        ProgressCase{"CtrGcn_MeanTrainingLossIsTrainLoss",
                     "[ Sun Oct 29 16:58:41 2023 ] \tMean training loss: 0.6256.",
                     {{"TrainLoss", 0.6256}}},
        ProgressCase{"WeNet_CvInfoCvLoss",
                     "2021-12-01 02:59:09,169 INFO Epoch 1 CV info cv_loss 62.99524268536945",
                     {{"ValLoss", 62.99524268536945}}},
        ProgressCase{"WeNet_CvInfoWithLrAndStep",
                     "2023-06-01 10:02:11,402 INFO Epoch 0 Step 1000 CV info lr 0.0008 cv_loss "
                     "45.6 rank 0 acc 0.3",
                     {{"ValLoss", 45.6}}},
        ProgressCase{
            "Adhoc_CvLossKey", "epoch 5 | cv_loss=3.21 | cv_acc=0.52", {{"ValLoss", 3.21}}},
        ProgressCase{"Adhoc_DevAndEvalLossKeys",
                     "epoch 3 dev_loss 1.234 eval_loss 1.301",
                     {{"ValLoss", 1.234}}},
        // WeNet's per-batch CV lines are no training loss and no validation
        // summary (like timm's per-batch `Test:` lines)
        ProgressCase{"WeNet_CvBatchIsNoLoss",
                     "2021-12-01 02:58:40,011 INFO CV Batch 0/10 loss 12.3 loss_att 11.2 "
                     "loss_ctc 14.1 history loss 12.3",
                     {{"ProgressLines", 1}}},
        // an evaluation label before lower-case meters makes their times
        // inference times; the training label keeps them
        ProgressCase{"ConvNetPytorch_EvaluatingTimeIsNoStepTime",
                     "EVALUATING - Epoch: [0][10/20]\tTime 0.016 (0.086)\tData 0.000 (0.066)\tLoss "
                     "1.8037 (1.7113)\tPrec@1 33.594 (34.570)\tPrec@5 87.305 (89.169)\tAcc 0.346 "
                     "(0.341)\t",
                     {{"ProgressLines", 1}}},
        ProgressCase{"ConvNetPytorch_TrainingTime",
                     "TRAINING - Epoch: [0][10/20]\tTime 0.252 (0.301)\tData 0.000 (0.066)\tLoss "
                     "1.8037 (1.7113)\tPrec@1 33.594 (34.570)",
                     {{"StepTime", 252}, {"TrainLoss", 1.8037}}},
        ProgressCase{"Adhoc_ValidatingEpochTimeIsNoStepTime",
                     "VALIDATING - Epoch: [0][10/20]\tTime 0.016 (0.086)\tData 0.000 (0.066)\tLoss "
                     "1.8 (1.7)",
                     {{"ProgressLines", 1}}},
        ProgressCase{"Adhoc_TestLabelledEpochTimeIsNoStepTime",
                     "2023-01-01 12:00:00 Test: Epoch: [3][10/50]\tTime 0.210 (0.230)\tData 0.010 "
                     "(0.020)\tLoss 1.2 (1.3)",
                     {{"ProgressLines", 1}}},
        ProgressCase{"Dassl_LowerCaseMeters",
                     "epoch [3/50][10/100]\ttime 0.428 (0.448)\tdata 0.001 (0.002)\tloss 1.2 "
                     "(1.3)\tlr 1.0e-03",
                     {{"StepTime", 428}, {"TrainLoss", 1.2}}},
        // a struct dump's unquoted `key: value,` line is no loss; a
        // pretty-printed JSON record's quoted key is read
        ProgressCase{"StructDump_TrainingLossIsNoLoss",
                     "\xf0\x9f\x9a\x80 Top-level statement: training_loss: 0.0,",
                     {}},
        ProgressCase{"StructDump_IndentedFieldIsNoLoss", "    training_loss: 0.0,", {}},
        ProgressCase{
            "PrettyJson_QuotedLossIsRead", "    \"train_loss\": 2.3456,", {{"TrainLoss", 2.3456}}},
        ProgressCase{"Argparse_NamespaceAccumIterIsNoStep",
                     "Namespace(accum_iter=4, batch_size=64, blr=0.001)",
                     {}},
        // spaced-slash rate keys (the Annotated Transformer)
        ProgressCase{"AnnotatedTransformer_TokensSpacedSlashSec",
                     "Epoch Step:   1801 | Accumulation Step: 181 | Loss:   2.79 | Tokens / Sec:   "
                     "126.8 | Learning Rate: 9.7e-04",
                     {{"Step", 1801}, {"TrainLoss", 2.79}, {"TokensPerSecond", 126.8}}},
        ProgressCase{"Adhoc_SpacedSlashRates",
                     "step 100 | loss 2.31 | Samples / Sec: 412.7 | Steps / Sec: 3.22",
                     {{"Step", 100},
                      {"TrainLoss", 2.31},
                      {"SamplesPerSecond", 412.7},
                      {"IterationsPerSecond", 3.22}}},
        ProgressCase{"Adhoc_ValueBeforeSpacedTokensUnit",
                     "step 100 | loss 2.31 | 15234.5 tokens / sec | 3.2 it/s",
                     {{"Step", 100},
                      {"TrainLoss", 2.31},
                      {"TokensPerSecond", 15234.5},
                      {"IterationsPerSecond", 3.2}}},
        ProgressCase{"AnnotatedTransformer2018_TokensPerSec",
                     "Epoch Step: 51 Loss: 3.120144 Tokens per Sec: 27.634542",
                     {{"Step", 51}, {"TrainLoss", 3.120144}, {"TokensPerSecond", 27.634542}}},
        ProgressCase{
            "Adhoc_ImagesPerSec", "epoch 3 | Images per sec: 812.3", {{"SamplesPerSecond", 812.3}}},
        ProgressCase{"Adhoc_SpacedTokensPerSequenceIsNoRate", "2048 tokens per sequence", {}},
        ProgressCase{"Adhoc_EvalSpacedSlashTokensIsNoRate", "Eval | Tokens / Sec: 99.0", {}},
        ProgressCase{"Adhoc_TokensPerSequenceIsNoRate", "tokens / sequence: 512", {}},
        // an accumulated global iteration counter is the step
        ProgressCase{
            "OpenPcdet_AccIter",
            "2022-10-23 04:01:47,901   INFO  epoch: 22/120, acc_iter=5963, cur_iter=0/271, "
            "batch_size=4, loss=3.365386962890625, lr=0.00147378964050293",
            {{"Step", 5963}, {"TrainLoss", 3.365386962890625}}},
        ProgressCase{"Adhoc_AccumulatedIter",
                     "accumulated_iter=1200, loss=0.52",
                     {{"Step", 1200}, {"TrainLoss", 0.52}}},
        ProgressCase{"Adhoc_StepBeforeAccIterIsTheStep",
                     "step=10, acc_iter=5963, loss=0.5",
                     {{"Step", 10}, {"TrainLoss", 0.5}}},
        ProgressCase{"Marian_UpdateIsTheStep",
                     "[2017-01-01 12:00:00] Ep. 1 : Up. 14000 : Sen. 3,200,000 : Cost 3.20 : Time "
                     "41.48s : 3007.81 words/s",
                     {{"Step", 14000}, {"TrainLoss", 3.2}, {"TokensPerSecond", 3007.81}}}));

// Rates, times, steps and evaluation losses of single trainers' reports
// (progressStepKeys, progressStepTimeKeys, progressSamplesPerSecondKeys), each
// beside the trap its wording shares with other trainers.
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsEleven, PackProgressFormatTest,
    ::testing::Values(
        // a total closing a chain of component losses: one TrainLoss
        ProgressCase{"Adhoc_TotalAfterComponentLossesOnce",
                     "Step 0: CE Loss: 1.5764, Sim Loss: 3.3481, Total Loss: 3.5058",
                     {{"Step", 0}, {"TrainLoss", 3.5058}}},
        ProgressCase{"Adhoc_TotalAfterComponentsSeparatedByPipes",
                     "cls loss: 0.41 | box loss: 0.22 | total loss: 0.63",
                     {{"TrainLoss", 0.63}}},
        // PaddleOCR's unit-less `ips` beside its `batch_cost`; with a unit it
        // is read once
        ProgressCase{"PaddleOcr_UnitlessIps",
                     "[2021/02/23 22:52:57] root INFO: epoch: [5/500], iter: 11550, lr: 0.001000, "
                     "loss: 4.880471, acc: 0.598958, norm_edit_dis: 0.877949, reader_cost: 5.33854 "
                     "s, batch_cost: 5.97875 s, samples: 960, ips: 16.05686",
                     {{"Step", 11550},
                      {"TrainLoss", 4.880471},
                      {"StepTime", 5978.75},
                      {"SamplesPerSecond", 16.05686}}},
        ProgressCase{
            "PaddleOcr_IpsWithUnitOnce",
            "[2022/08/01 10:12:44] ppocr INFO: epoch: [1/500], global_step: 10, lr: "
            "0.001000, loss: 4.88, avg_reader_cost: 0.01 s, avg_batch_cost: 0.35 s, "
            "avg_samples: 8.0, ips: 22.9 samples/s, eta: 0:55:22",
            {{"Step", 10}, {"TrainLoss", 4.88}, {"StepTime", 350}, {"SamplesPerSecond", 22.9}}},
        // tensorpack's monitor line; an evaluation's throughput is none
        ProgressCase{"Tensorpack_ThroughputSamplesPerSec",
                     "[0119 15:39:22 @monitor.py:474] Throughput (samples/sec): 4.5542",
                     {{"SamplesPerSecond", 4.5542}}},
        ProgressCase{
            "Adhoc_EvalThroughputIsNoTrainingSpeed", "[eval] Throughput (samples/sec): 20.5", {}},
        ProgressCase{"Dgl_SpeedSamplesPerSecOnce",
                     "Epoch 00003 | Step 00020 | Speed (samples/sec) 43672.9",
                     {{"SamplesPerSecond", 43672.9}}},
        ProgressCase{"Tensorpack_EpochFinishedGlobalStep",
                     "[0119 15:39:21 @base.py:283] Epoch 16 (global_step 8000) finished, "
                     "time:1 minute 49 seconds.",
                     {{"Step", 8000}}},
        // JSON records: a quoted per-step seconds key, x1000
        ProgressCase{
            "Json_QuotedStepSeconds",
            "{\"step\": 50, \"samples\": 400, \"episodes\": 2, \"epochs\": 0.03, \"loss\": "
            "13.628, \"grad_norm\": 272.022, \"lr\": 1e-05, \"step_s\": 0.447, "
            "\"samples_per_s\": 18, \"gpu_mem_gb\": 3.72}",
            {{"Step", 50},
             {"TrainLoss", 13.628},
             {"GradNorm", 272.022},
             {"StepTime", 447},
             {"SamplesPerSecond", 18}}},
        ProgressCase{"Json_AverageStepSecondsIsNoStepTime",
                     "{\"step_time_s\": 0.52, \"avg_step_s\": 0.4}",
                     {{"StepTime", 520}}},
        // a unit in parentheses after `Time/Batch`
        ProgressCase{"Adhoc_TimePerBatchMs",
                     "Epoch  1 | Batch 100/972 | Time/Batch(ms) 691.84 | Train Loss 0.7241",
                     {{"StepTime", 691.84}, {"TrainLoss", 0.7241}}},
        ProgressCase{"Adhoc_TimePerBatchSeconds",
                     "Epoch 1 | Time/Batch(s) 0.69 | Loss 0.3",
                     {{"StepTime", 690}, {"TrainLoss", 0.3}}},
        // seconds after a bracketed batch counter; after a counter with its
        // total the time is the epoch's clock
        ProgressCase{"Adhoc_BracketedBatchTimeSeconds",
                     "-- Epoch:[0]; Batch:[100]; Time: 0.13797 s; ppl: 485.27556",
                     {{"StepTime", 137.97}}},
        ProgressCase{"Adhoc_EpochClockAfterBatchOfTotalIsNoStepTime",
                     "Epoch:  16 | Batch:   920/ 1330 | LR: 2.97e-04 |Loss: 4.6069 | Time: 266.5s",
                     {{"TrainLoss", 4.6069}}},
        ProgressCase{
            "Adhoc_ValidBatchTimeIsNoStepTime", "Valid Epoch:[0]; Batch:[10]; Time: 0.5 s;", {}},
        // RLlib / Tune result blocks, one key a line, and their dict form
        ProgressCase{"Rllib_TimeThisIterSeconds",
                     "time_this_iter_s: 2.8040077686309814",
                     {{"StepTime", 2804.0077686309814}}},
        ProgressCase{"Rllib_TrainingIteration", "training_iteration: 85", {{"Step", 85}}},
        ProgressCase{"Tune_ResultDict",
                     "{'time_this_iter_s': 2.8, 'training_iteration': 3, 'episode_reward_mean': "
                     "10.0}",
                     {{"Step", 3}, {"StepTime", 2800}}},
        ProgressCase{
            "Tune_StopCriterionIsNoStep", "tune.run(PPO, stop={'training_iteration': 100})", {}},
        ProgressCase{"Rllib_EpisodeRewardIsNoProgress", "episode_reward_mean: -550.34", {}},
        // `step N done in`: the step and its duration; an epoch's is none
        ProgressCase{"Adhoc_StepDoneIn",
                     "step 0 done in 6928s total fetched 289.7 GB",
                     {{"Step", 0}, {"StepTime", 6928000}}},
        ProgressCase{"Adhoc_StepFinishedInMs",
                     "Step 12 finished in 840ms",
                     {{"Step", 12}, {"StepTime", 840}}},
        ProgressCase{"Adhoc_StepDoneInWithLossOnce",
                     "step 5 done in 3.2s, loss 1.2",
                     {{"Step", 5}, {"StepTime", 3200}, {"TrainLoss", 1.2}}},
        ProgressCase{"Adhoc_EpochDoneInIsNoStep", "Epoch 3 done in 120s", {}},
        // a padded `step N |` head before train/val columns
        ProgressCase{"Adhoc_PaddedStepHeadWithColumns",
                     "  step     1 | train 3.572 | val 3.603 | 3s elapsed",
                     {{"Step", 1}, {"TrainLoss", 3.572}, {"ValLoss", 3.603}}},
        // a tab after `Iteration:`; padded `iter:` keys and tqdm's
        // `Iteration:` bar are other trainers'
        ProgressCase{"DeepRm_IterationTab", "Iteration: \t 1", {{"Step", 1}}},
        ProgressCase{"DeepRm_EvalIterationTabIsNoStep", "Evaluation Iteration:\t 3", {}},
        ProgressCase{"Irn_PaddedIterIsNoTabStep",
                     "20-07-28 20:02:43.941 - INFO: <epoch: 99, iter:   5,000> psnr: 2.9862e+01.",
                     {}},
        ProgressCase{
            "DlLogger_IterationBarThenRecordOnce",
            "Iteration:  23%|\xe2\x96\x88\xe2\x96\x88| 650/2771 [01:23<04:25,  7.98it/s]DLL "
            "2022-04-05 05:10:36.324733 - Training Epoch: 0 Training Iteration: 651  "
            "step_loss : 2.0511345863342285  learning_rate : 2.9369138959931797e-05",
            {{"Step", 651}, {"TrainLoss", 2.0511345863342285}}},
        // evaluation losses: a `test_mean` key, a validation batch (its rate
        // is no training speed), a record's average over its cumulative sum
        ProgressCase{
            "PointNet_TestMeanLossIsValLoss", "test_mean loss: 0.504793", {{"ValLoss", 0.504793}}},
        ProgressCase{
            "PointNet_TrainMeanLoss", "train_mean loss: 0.281639", {{"TrainLoss", 0.281639}}},
        ProgressCase{
            "Demucs_ValidBatchIsValLoss",
            "- Valid | Epoch 3 | 2/3 | 0.39 it/sec | Loss 0.1820 | Reco 0.1820 | Nsdr 5.027",
            {{"ValLoss", 0.182}}},
        ProgressCase{"Demucs_TrainBatchRateKept",
                     "- Train | Epoch 1 | 143/573 | 1.45 it/sec | Loss 0.2343 | Reco 0.2312 | Grad "
                     "0.1202 | Penalty 304.120",
                     {{"TrainLoss", 0.2343}, {"IterationsPerSecond", 1.45}, {"GradNorm", 0.1202}}},
        ProgressCase{"Lightning_ValidLossKeyKeepsBarRate",
                     "Epoch 3: 100%|##########| 50/50 [00:10<00:00, 4.9it/s, loss=0.3, "
                     "valid_loss=0.2]",
                     {{"IterationsPerSecond", 4.9}, {"TrainLoss", 0.3}, {"ValLoss", 0.2}}},
        ProgressCase{
            "Json_ValidationAverageOverCumulativeLoss",
            "{\"name\": \"validation\", \"epoch\": 13, \"cumulative loss\": "
            "54.061622858047485, \"dataset length\": 2688.0, \"iteration\": 21.0, "
            "\"average loss\": 2.5743629932403564, \"validation time\": 14.44613003730774}",
            {{"ValLoss", 2.5743629932403564}}}));

// Gradient-boosting evaluation lines (progressTrainLossBoosting,
// progressValLossBoosting) and key families of single trainers, each beside
// the line of the same shape that stays quiet.
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsTwelve, PackProgressFormatTest,
    ::testing::Values(
        // LightGBM's Python package: the training set's loss and the
        // validation set's
        ProgressCase{"LightGbm_TrainingAndValidBinaryLogloss",
                     "[1]\ttraining's binary_logloss: 0.712679\tvalid_1's binary_logloss: 0.712513",
                     {{"TrainLoss", 0.712679}, {"ValLoss", 0.712513}}},
        ProgressCase{"LightGbm_MultiLogloss",
                     "[10]\ttraining's multi_logloss: 1.2034\tvalid_0's multi_logloss: 1.3311",
                     {{"TrainLoss", 1.2034}, {"ValLoss", 1.3311}}},
        ProgressCase{"LightGbmR_L2WithoutBlank",
                     "[5]:    train's l2:0.0950898    valid's l2:0.100327",
                     {{"TrainLoss", 0.0950898}, {"ValLoss", 0.100327}}},
        // a validation set's `cross_entropy` is no training loss
        ProgressCase{"LightGbm_CrossEntropyOnce",
                     "[100]\ttraining's cross_entropy: 0.2\tvalid_1's cross_entropy: 0.25",
                     {{"TrainLoss", 0.2}, {"ValLoss", 0.25}}},
        ProgressCase{"LightGbm_ValidCrossEntropyIsValLoss",
                     "[1]\tvalid_0's cross_entropy: 0.4",
                     {{"ValLoss", 0.4}}},
        ProgressCase{"LightGbm_ValidOnlyLogloss",
                     "[1]     valid_0's binary_logloss: 0.436842",
                     {{"ValLoss", 0.436842}}},
        // no loss metric, or two metrics of one set: which one is the
        // objective the line does not say
        ProgressCase{"LightGbm_AucIsNoLoss", "[10]\ttraining's auc: 0.91\tvalid_1's auc: 0.88", {}},
        ProgressCase{"LightGbm_TwoTrainingMetricsGiveNone",
                     "[2]     training's binary_logloss: -0.0636605   training's focal_loss: "
                     "0.00258841",
                     {}},
        ProgressCase{"LightGbm_ThreeValidMetricsGiveNone",
                     "[1]     valid_0's l2: 0.128616  valid_0's auc: 0.538306 valid_0's "
                     "binary_logloss: 0.436842",
                     {}},
        // LightGBM's CLI, one metric a line
        ProgressCase{"LightGbmCli_TrainingLogloss",
                     "[LightGBM] [Info] Iteration:2, training binary_logloss : 0.499464",
                     {{"Step", 2}, {"TrainLoss", 0.499464}}},
        ProgressCase{"LightGbmCli_ValidLogloss",
                     "[LightGBM] [Info] Iteration:1, valid_1 binary_logloss : 0.582968",
                     {{"Step", 1}, {"ValLoss", 0.582968}}},
        // auc is no loss; the line still prints the boosting round
        ProgressCase{"LightGbmCli_AucIsNoLoss",
                     "[LightGBM] [Info] Iteration:1, training auc : 0.641065",
                     {{"Step", 1}}},
        // XGBoost: `set-metric:value`, one sample per metric
        ProgressCase{"Xgboost_TrainAndEvalLogloss",
                     "[0]\ttrain-logloss:0.61234\teval-logloss:0.62345",
                     {{"TrainLoss", 0.61234}, {"ValLoss", 0.62345}}},
        ProgressCase{"Xgboost_TrainAndValidateRmse",
                     "[15]\ttrain-rmse:0.981582\tvalidate-rmse:0.990112",
                     {{"TrainLoss", 0.981582}, {"ValLoss", 0.990112}}},
        ProgressCase{"Xgboost_AucIsNoLoss", "[0]\ttrain-auc:0.61\teval-auc:0.62", {}},
        // `avg_loss_<name>` keys: the first is the total, parts follow; an
        // evaluation suffix or word, or two `avg_loss_` keys, give none
        ProgressCase{"HyperCdr_AvgLossTgt",
                     "INFO:__main__:Epoch: 0003 avg_loss_tgt: 151.978 time: 9.3542s",
                     {{"TrainLoss", 151.978}}},
        ProgressCase{"HyperCdr_AvgLossTgtBeforeParts",
                     "INFO:__main__:Epoch: 0012 avg_loss_tgt: 337.317 origin_loss_tgt: 95.605 "
                     "cluster_loss_tgt: 18.701 trans_loss_tgt: 223.011 time: 12.9874s",
                     {{"TrainLoss", 337.317}}},
        ProgressCase{"Adhoc_AvgLossValIsNoTrainLoss", "epoch 3 avg_loss_val: 0.52", {}},
        ProgressCase{
            "Adhoc_ValidationAvgLossIsNoTrainLoss", "Validation epoch 3 avg_loss_tgt: 0.52", {}},
        ProgressCase{"Adhoc_TwoAvgLossPartsGiveNone",
                     "Epoch: 0042 avg_loss_src: 3.1 avg_loss_tgt: 12.5 time: 9.1s",
                     {}},
        // an abbreviated `trloss`; the `valloss` beside it stays ValLoss
        ProgressCase{"Disgen_TrlossAndValloss",
                     "Epoch: 10, trloss: 1.4387, trroc: 0.6298, trf1: 0.1026, tracc: 0.5607, "
                     "valloss: 0.7404, valroc: 0.7160, testloss_1: 0.7468, testroc_1: 0.6089",
                     {{"TrainLoss", 1.4387}, {"ValLoss", 0.7404}}},
        ProgressCase{"Adhoc_TrUnderscoreLoss",
                     "Epoch 3 | tr_loss=0.41 | val_loss=0.5",
                     {{"TrainLoss", 0.41}, {"ValLoss", 0.5}}},
        ProgressCase{"Adhoc_TestTrlossIsNoTrainLoss", "test trloss: 0.3", {}},
        // `LogLoss`: a validation line's is ValLoss, a training line's TrainLoss
        ProgressCase{"AdhocRecommender_ValidationLogLoss",
                     "05/21/26 16:20:53 - 0:01:46 - Epoch 1 Validation | AUC: 0.976644203859184, "
                     "LogLoss: 0.31357982754707336",
                     {{"ValLoss", 0.31357982754707336}}},
        ProgressCase{"Adhoc_TrainLogLoss",
                     "Epoch 2 Train | AUC: 0.91, LogLoss: 0.4466",
                     {{"TrainLoss", 0.4466}}},
        ProgressCase{
            "Adhoc_TestLogLossIsValLoss", "epoch 2 test logloss: 0.31", {{"ValLoss", 0.31}}},
        // `all_loss` closing a chain of parts (MTCNN); after an evaluation
        // word none
        ProgressCase{"Mtcnn_AllLossAfterParts",
                     "2022-11-21 19:30:05.052381 : Epoch: 1, Step: 4000, accuracy: 0.93846154, det "
                     "loss: 0.15973765, bbox loss: 0.017046608, all_loss: 0.16826095, lr:0.01 ",
                     {{"TrainLoss", 0.16826095}}},
        ProgressCase{"Adhoc_AllLossWithBlank",
                     "cls loss: 0.1, reg loss: 0.2, all loss: 0.3",
                     {{"TrainLoss", 0.3}}},
        ProgressCase{"Adhoc_ValAllLossIsNoTrainLoss",
                     "val cls loss: 0.1, val reg loss: 0.2, val all_loss: 0.3",
                     {}},
        // Stable-Baselines3's table: the `loss` row; its parts are none
        ProgressCase{
            "Sb3_LossRow", "|    loss                 | 86.8         |", {{"TrainLoss", 86.8}}},
        ProgressCase{"Sb3_LossRowExponent",
                     "|    loss                 | 1.2e+03      |",
                     {{"TrainLoss", 1200}}},
        ProgressCase{
            "Sb3_ValueLossRowIsNoTrainLoss", "|    value_loss           | 86.8         |", {}},
        ProgressCase{"Sb3_PolicyGradientLossRowIsNoTrainLoss",
                     "|    policy_gradient_loss | -0.01        |",
                     {}},
        // TF nmt's GNMT step line after leading blanks
        ProgressCase{"Gnmt_GlobalStepAfterBlanks",
                     "  global step 100 lr 1 step-time 0.91s wps 8.00K ppl 211545.75 bleu 0.00",
                     {{"Step", 100}, {"StepTime", 910}, {"TokensPerSecond", 8000}}},
        ProgressCase{
            "Gnmt_GlobalStepWithLossOnce",
            "  global step 2300 lr 0.5 step-time 1.10s wps 9.12K ppl 12.3 loss 3.2",
            {{"Step", 2300}, {"StepTime", 1100}, {"TokensPerSecond", 9120}, {"TrainLoss", 3.2}}},
        // habitat-baselines' update counts; its phase timings are none
        ProgressCase{"Habitat_UpdateFps",
                     "2024-03-20 16:51:22,459 update: 10\tfps: 26.673\t",
                     {{"Step", 10}}},
        ProgressCase{"Habitat_NumUpdates",
                     "2024-03-20 16:51:22,459 Num updates: 10\tNum frames 5120",
                     {{"Step", 10}}},
        ProgressCase{"Habitat_PerfStatsIsNoProgress",
                     "2024-03-20 16:51:22,460 \tPerf Stats: trainer.rollout_collect: 18.088 "
                     "trainer.sample_action: 0.007 trainer.update_agent: 0.707",
                     {}}));

// Generality round on blind21/blind22 formats: each form with other numbers
// and keys of the same shape, and a near miss per form that stays quiet.
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsThirteen, PackProgressFormatTest,
    ::testing::Values(
        // XGBoost cv rows: a mean and its deviation; auc gives none
        ProgressCase{"XgboostCv_LoglossMeanAndStd",
                     "[2135]\ttrain-logloss:0.528952+0.000417\ttest-logloss:0.529975+0.002922",
                     {{"TrainLoss", 0.528952}, {"ValLoss", 0.529975}}},
        ProgressCase{"XgboostCv_RmseMeanAndStd",
                     "[42]\ttrain-rmse:3.101+0.05\ttest-rmse:3.4+0.12",
                     {{"TrainLoss", 3.101}, {"ValLoss", 3.4}}},
        ProgressCase{"XgboostCv_AucIsNoLoss", "[42]\ttrain-auc:0.91+0.01\ttest-auc:0.88+0.02", {}},
        // OneFlow's latency per step; its evaluation record gives none
        ProgressCase{"OneFlow_StepLossLatency",
                     "Rank[0], Step 22, Loss 3.2065, Latency 18.266 ms, Throughput 3503.8, "
                     "2022-09-07 07:53:28",
                     {{"Step", 22}, {"TrainLoss", 3.2065}, {"StepTime", 18.266}}},
        ProgressCase{"OneFlow_EvalRecordIsNoStepTime",
                     "Rank[0], Step 21, AUC 0.60486, Eval_time 0.02 s, AUC_time 0.00 s, "
                     "Eval_samples 640, GPU_Memory 4238 MiB, Host_Memory 29851 MiB",
                     {}},
        // PaddleRec's `ips` in instances per second
        ProgressCase{
            "PaddleRec_IpsInsPerSecond",
            "2022-04-12 18:32:33,502 - INFO - epoch: 4, batch_id: 1500, AUC:0.932259, "
            "ACC:0.889900, loss:0.11615647, avg_reader_cost: 0.00011 sec, avg_batch_cost: "
            "0.53740 sec, avg_samples: 1024.00000, ips: 1905.48287 ins/s",
            {{"TrainLoss", 0.11615647}, {"StepTime", 537.4}, {"SamplesPerSecond", 1905.48287}}},
        // the current loss after a running average, not the average
        ProgressCase{
            "SpeechTransformer_CurrentOverAverage",
            "Epoch 149 | Iter 51 | Average Loss 1.209 | Current Loss 1.260853 | 78.9 ms/batch",
            {{"TrainLoss", 1.260853}, {"StepTime", 78.9}}},
        ProgressCase{"Adhoc_AvgThenCurLoss",
                     "epoch 3 | avg loss 2.5 | cur loss 2.4 |",
                     {{"TrainLoss", 2.4}}},
        ProgressCase{"SpeechTransformer_ValidSummaryIsValLoss",
                     "Valid Summary | End of Epoch 149 | Time 121.37s | Valid Loss 1.209",
                     {{"ValLoss", 1.209}}},
        // RETURNN keys (moved filters) still read
        ProgressCase{"Returnn_CeKey", "ep 1 train, step 59, ce 5.123,", {{"TrainLoss", 5.123}}},
        ProgressCase{"Returnn_CostKey",
                     "train epoch 2, batch 1, cost:output 15.5196750217,",
                     {{"TrainLoss", 15.5196750217}}},
        // ctrNet's space-separated logloss; after an evaluation word none
        ProgressCase{
            "CtrNet_Logloss",
            "  epoch 0 step 500 lr 0.001 logloss 0.167133 gN 0.21, Wed Jul  3 17:17:36 2019",
            {{"TrainLoss", 0.167133}}},
        ProgressCase{"Adhoc_EvalLoglossIsNoTrainLoss", "epoch 2 eval logloss 0.5 auc 0.71", {}},
        ProgressCase{"CtrNet_EvalAucIsNoProgress",
                     "# Epcho-time 355.16s Eval AUC 0.982286. Best AUC 0.982286.",
                     {}},
        // a bar's s/it: only Lightning's `Epoch N:` bar
        ProgressCase{
            "Lightning_BarSecondsPerIt",
            "Epoch 0:  22%|##        | 4/18 [00:17<01:02,  4.47s/it, loss=10.072, v_num=193315]",
            {{"TrainLoss", 10.072}, {"StepTime", 4470}}},
        ProgressCase{"Tqdm_TrainingEpochBarIsNoStepTime",
                     "Training Epoch 2:  50%|#####     | 14/28 [00:31<00:31,  2.25s/it, loss=0.41]",
                     {{"TrainLoss", 0.41}}},
        // EfficientDet's validation summary: its total
        ProgressCase{"EfficientDet_ValTotalLoss",
                     "Val. Epoch: 2/10. Classification loss: 2.28463. Regression loss: 0.09089. "
                     "Total loss: 2.37552",
                     {{"ValLoss", 2.37552}}},
        ProgressCase{"EfficientDet_TrainBarTotalLoss",
                     "Step: 7081. Epoch: 1/10. Iteration: 3541/3541. Cls loss: 2.30212. Reg loss: "
                     "0.09391. Total loss: 2.39603: 100%|#| 3541/3541 [1:11:47<",
                     {{"Step", 7081}, {"TrainLoss", 2.39603}}},
        // Detectron json stats without their prefix, and pretty-printed
        ProgressCase{
            "Detectron_JsonStatsWithoutPrefix",
            "{\"accuracy_cls\": \"0.953125\", \"eta\": \"1 day, 2:10:41\", \"iter\": 4020, "
            "\"loss\": \"0.412300\", \"loss_bbox\": \"0.101200\", \"lr\": \"0.020000\"}",
            {{"Step", 4020}, {"TrainLoss", 0.4123}, {"LearningRate", 0.02}}},
        ProgressCase{"Detectron_PrettyPrintedIter", "  \"iter\": 120000,", {{"Step", 120000}}},
        ProgressCase{"Detectron_PrettyPrintedMemIsNoProgress", "  \"mem\": 6407, ", {}},
        ProgressCase{
            "Mmcv_JsonIterInEpochIsNoStep",
            "{\"mode\": \"train\", \"epoch\": 1, \"iter\": 50, \"lr\": 0.01, \"loss\": 0.5}",
            {{"TrainLoss", 0.5}, {"LearningRate", 0.01}}},
        // Caffe's solver lr line, U2PL-style `iter [N/M] LR`, Light-Head's
        // `iter N,` with `tot_losses`
        ProgressCase{"Caffe_IterationLrLine",
                     "I0314 11:00:34.803800 18580 sgd_solver.cpp:107] Iteration 20, lr = 0.001",
                     {{"Step", 20}}},
        ProgressCase{"Caffe_TestNetOutputIsNoProgress",
                     "I0314 11:02:11.000000 18580 solver.cpp:330] Iteration 500, Testing net (#0)",
                     {}},
        ProgressCase{
            "SemiSeg_IterBracketLr",
            "[2023-03-13 12:13:38,319][       train.py][line: 833][    INFO] [3:20 high] iter "
            "[13100/49000] LR 0.00189 Sup 1.4166 Unsup 0.2648 Contra 1.6171 mIoU 87.30",
            {{"Step", 13100}}},
        ProgressCase{"LightHead_IterTotLosses",
                     "iter 120, rpn_loss_cls: 0.0210, rpn_loss_box: 0.1200, loss_cls: 0.3100, "
                     "loss_box: 0.0500, tot_losses: 0.5010, lr: 0.0030, speed: 0.801s/iter",
                     {{"Step", 120}, {"TrainLoss", 0.501}, {"StepTime", 801}}},
        // a step glued to a bar's `]`
        ProgressCase{
            "FlowMatching_StepAfterBar",
            "Epochs:   2%|          | 3/126 [02:58<2:02:10, 59.60s/it]Step: 299 (2) | Loss: "
            "0.25981 | Grad: 1.02474 | Lr: 3.332e-06",
            {{"Step", 299}, {"TrainLoss", 0.25981}, {"GradNorm", 1.02474}}},
        // a bracketed validation tag before `Epoch N ...: loss =`
        ProgressCase{"Diffusion_BracketValTagIsValLoss",
                     "2026-05-12 13:02:11,102 - INFO - [Diff-Val(Test-Normal)] Epoch 020 "
                     "(Deterministic): loss = 0.003412",
                     {{"ValLoss", 0.003412}}},
        ProgressCase{"Diffusion_BracketTrainTagIsTrainLoss",
                     "2026-05-12 12:41:06,285 - INFO - [Train] Epoch 012: loss = 0.004699",
                     {{"TrainLoss", 0.004699}}}));

// Generality round on blind23/blind24 formats: each form with other numbers
// and keys of the same shape, and a near miss per form that stays quiet.
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsFourteen, PackProgressFormatTest,
    ::testing::Values(
        // FuxiCTR: `[Metrics]` is its evaluation summary; `Train loss:` is read
        ProgressCase{"FuxiCtr_MetricsLoglossIsNoTrainLoss",
                     "2021-03-01 10:00:00,100 P123 INFO [Metrics] logloss: 0.442100 - AUC: "
                     "0.810100 - gAUC: 0.710000",
                     {}},
        ProgressCase{"FuxiCtr_TrainLoss",
                     "2020-02-26 01:40:08,126 P590 INFO Train loss: 0.446761",
                     {{"TrainLoss", 0.446761}}},
        // PaddleClas evaluation batches and summary: a ValLoss, no step,
        // step time or throughput
        ProgressCase{"PaddleClas_ValidStepIsEvaluation",
                     "2020-12-30 06:13:45 INFO: valid step:20   top1: 0.1250 top5: 0.2500 loss: "
                     "312.5000 lr: 0.000000, batch_cost: 0.08012 s, reader_cost: 0.00011 s, ips: "
                     "399.40090 images/sec.",
                     {{"ValLoss", 312.5}}},
        ProgressCase{"PaddleClas_EndValidIsValLoss",
                     "2020-12-30 06:15:02 INFO: END valid top1: 0.0311 top5: 0.1047 loss: "
                     "4120.0573  batch_cost: 0.09021 s, reader_cost: 0.00008 s, batch_cost_sum: "
                     "2.43567 s, ips: 310.38912 images/sec.",
                     {{"ValLoss", 4120.0573}}},
        // a list of losses (one per past iteration) is no loss
        ProgressCase{"Adhoc_LossesListIsNoLoss", "Losses: 12.5 12.1 11.907 11.85", {}},
        ProgressCase{
            "Adhoc_LossesListAfterStampIsNoLoss", "2023-01-01 12:00:00 Losses: 1.25 1.21 1.19", {}},
        ProgressCase{"Hrnet_ValSummaryIsNoTrainLoss",
                     "2019-05-01 12:00:00,123 Loss: 0.412, MeanIU:  0.6960, Best_mIoU:  0.7017",
                     {}},
        ProgressCase{"Hrnet_TrainLoss",
                     "2019-05-01 11:58:00,123 Epoch: [3/484] Iter:[10/371], Time: 2.89, lr: "
                     "[0.0099], Loss: 1.964000",
                     {{"TrainLoss", 1.964}}},
        // checkpoint metadata naming a best iteration: no step, and a
        // validation loss inside a longer key is no training loss
        ProgressCase{"CheckpointMeta_BestIterationIsNoStep",
                     "  meta: {'iteration': 40, 'best_iteration': 38, 'deep_distilled_from': "
                     "'cd', 'val_loss': 1.2071, 'reg_lambda': 0.5}",
                     {{"ValLoss", 1.2071}}},
        ProgressCase{"Adhoc_PrefixedValLossIsNoTrainLoss",
                     "step 500 | teacher_val_loss: 0.3127",
                     {{"Step", 500}, {"ValLoss", 0.3127}}},
        ProgressCase{"Adhoc_DictStepWithLoss",
                     "{'step': 40, 'loss': 1.2, 'lr': 0.001}",
                     {{"Step", 40}, {"TrainLoss", 1.2}}},
        // llama.cpp finetune: a padded `iter=`
        ProgressCase{"LlamaCppFinetune_PaddedIter",
                     "train_opt_callback: iter=   123 sample=125/5608 sched=0.900000 "
                     "loss=5.204811 dt=00:00:12 eta=01:00:00 |>",
                     {{"Step", 123}, {"TrainLoss", 5.204811}}},
        ProgressCase{"LlamaCppFinetune_WideIter",
                     "train_opt_callback: iter=100000 sample=3/5608 sched=0.100000 "
                     "loss=2.500000 dt=00:00:03 eta=00:10:00 |>",
                     {{"Step", 100000}, {"TrainLoss", 2.5}}},
        ProgressCase{"LlamaCpp_OptSettingIsNoStep", "main: opt iter 256", {}},
        // mlx_lm: the evaluation's iteration is the run's step
        ProgressCase{"MlxLm_ValLossIter",
                     "Iter 250: Val loss 1.234, Val took 12.500s",
                     {{"Step", 250}, {"ValLoss", 1.234}}},
        ProgressCase{"MlxLm_StartIsNoProgress", "Starting training..., iters: 1000", {}},
        // a run summary pasted as text
        ProgressCase{"RunSummary_StepTokens", "step 1200 token 6b ", {{"Step", 1200}}},
        ProgressCase{"RunSummary_TrainSlashLoss", "train/loss 0.0031 ", {{"TrainLoss", 0.0031}}},
        ProgressCase{
            "RunSummary_PerLengthLossIsNoLoss", "train/per_length_loss/loss@4096 3.4491 ", {}},
        ProgressCase{"Adhoc_StepOfStepsIsNoStep", "step 3 of 10 done", {}},
        // LXMERT's loss phrase
        ProgressCase{"Lxmert_TrainingLossForEpoch",
                     "The training loss for Epoch 12 is 0.1234",
                     {{"TrainLoss", 0.1234}}},
        ProgressCase{
            "Adhoc_TrainLossOfStep", "The train loss of step 300 = 2.5", {{"TrainLoss", 2.5}}},
        ProgressCase{"Lxmert_LossPartsAreNoLoss",
                     "The losses are Mask_LM: 1.7000 Matched: 0.3337 Obj: 1.5459 Attr: 0.5252 ",
                     {}},
        // Acme: `Steps` under the learner's label; the actor's are
        // environment steps
        ProgressCase{"Acme_LearnerSteps",
                     "[Learner] Loss = 1.514 | Steps = 7000 | Walltime = 100.201",
                     {{"Step", 7000}, {"TrainLoss", 1.514}}},
        ProgressCase{"Acme_ActorStepsAreNoStep",
                     "[Actor] Episode Length = 1000 | Episode Return = 21.0 | Episodes = 5 | "
                     "Steps = 5000",
                     {}},
        // DLRM: the iteration counts the global step in epoch 0 only
        ProgressCase{"Dlrm_FinishedTrainingItEpochZero",
                     "Finished training it 1024/306969 of epoch 0, 40.12 ms/it, loss 0.512345, "
                     "accuracy 78.010 %",
                     {{"Step", 1024}, {"StepTime", 40.12}, {"TrainLoss", 0.512345}}},
        ProgressCase{"Dlrm_LaterEpochIsNoStep",
                     "Finished training it 1024/306969 of epoch 1, 40.12 ms/it, loss 0.442345, "
                     "accuracy 79.510 %",
                     {{"StepTime", 40.12}, {"TrainLoss", 0.442345}}},
        ProgressCase{"Dlrm_TestingIsNoProgress",
                     "Testing at - 1024/306969 of epoch 0, loss 0.460000, accuracy 79.012 %",
                     {}},
        // OpenSeq2Seq's time per step (h:mm:s.fff)
        ProgressCase{"OpenSeq2Seq_TimePerStep", "time per step = 0:00:1.042", {{"StepTime", 1042}}},
        ProgressCase{"OpenSeq2Seq_TimePerEpochIsNoStepTime", "time per epoch = 0:05:12.000", {}}));

// Generality round on blind25/blind26 formats: each form with other numbers
// and keys of the same shape, and a near miss per form that stays quiet.
INSTANTIATE_TEST_SUITE_P(
    GeneralFormsFifteen, PackProgressFormatTest,
    ::testing::Values(
        // LightGBM: one loss among a set's non-loss metrics, either order
        ProgressCase{"LightGbm_AucThenLoglossIsValLoss",
                     "13129.7s | 202 | [365]\tvalid_0's auc: 0.610046\tvalid_0's binary_logloss: "
                     "0.180457",
                     {{"ValLoss", 0.180457}}},
        ProgressCase{"LightGbm_MultiLoglossThenErrorIsValLoss",
                     "[120]\tvalid_0's multi_logloss: 0.512\tvalid_0's multi_error: 0.18",
                     {{"ValLoss", 0.512}}},
        ProgressCase{"LightGbm_L2ThenAucIsValLoss",
                     "[50]\tvalid_0's l2: 0.128\tvalid_0's auc: 0.71",
                     {{"ValLoss", 0.128}}},
        ProgressCase{"LightGbm_TrainingAndValidPairs",
                     "[10]\ttraining's auc: 0.912\ttraining's binary_logloss: 0.301\tvalid_1's "
                     "auc: 0.854\tvalid_1's binary_logloss: 0.352",
                     {{"TrainLoss", 0.301}, {"ValLoss", 0.352}}},
        ProgressCase{"LightGbm_TwoLossesOfOneSetAreNoLoss",
                     "[1]     valid_0's l2: 0.128616  valid_0's auc: 0.538306 valid_0's "
                     "binary_logloss: 0.436842",
                     {}},
        ProgressCase{"LightGbm_ErrorAndAucAreNoLoss",
                     "[392]\tvalid_0's binary_error: 0.199585\tvalid_0's auc: 0.869714",
                     {}},
        // TRL DPOTrainer: a zero token rate (tokens not counted) is no
        // throughput; a real one is
        ProgressCase{"TrlDpo_ZeroTokenRateIsNoThroughput",
                     "{'loss': 0.6934, 'grad_norm': 3.3249874114990234, 'learning_rate': "
                     "9.274193548387096e-07, 'rewards/chosen': 0.029392287135124207, 'epoch': "
                     "0.08, 'num_input_tokens_seen': 0, 'train_runtime': 256.2288, "
                     "'train_tokens_per_second': 0.0}",
                     {{"TrainLoss", 0.6934}, {"GradNorm", 3.3249874114990234}}},
        ProgressCase{"HfTrainer_TokenRate",
                     "{'train_runtime': 256.2288, 'train_tokens_per_second': 812.5, 'epoch': 1.0}",
                     {{"TokensPerSecond", 812.5}}},
        // LightGBM CLI: the round of a line without a loss, and its
        // `finished N iteration` line
        ProgressCase{"LightGbmCli_AucRoundIsStep",
                     "[LightGBM] [Info] Iteration:998, training's auc: 1.000000",
                     {{"Step", 998}}},
        ProgressCase{"LightGbmCli_NdcgRoundIsStep",
                     "[LightGBM] [Info] Iteration:250, training's ndcg@5: 0.7712",
                     {{"Step", 250}}},
        ProgressCase{"LightGbmCli_FinishedNIteration",
                     "[LightGBM] [Info] 2.432232 seconds elapsed, finished 998 iteration",
                     {{"Step", 998}}},
        ProgressCase{"LightGbmCli_FinishedIterationN",
                     "[LightGBM] [Info] 15.374525 seconds elapsed, finished iteration 1",
                     {{"Step", 1}}},
        ProgressCase{"LightGbmCli_LoadingIsNoProgress",
                     "[LightGBM] [Info] Finished loading data in 0.524019 seconds",
                     {}},
        // CatBoost: the row's iteration
        ProgressCase{"CatBoost_LearnRowStep",
                     "211:\tlearn: 0.9111800\ttotal: 4m 16s\tremaining: 25m 57s",
                     {{"Step", 211}}},
        ProgressCase{"CatBoost_LearnTestRowStep",
                     "0:\tlearn: 0.6879043\ttest: 0.6880122\tbest: 0.6880122 (0)\ttotal: "
                     "61.2ms\tremaining: 61.1s",
                     {{"Step", 0}}},
        ProgressCase{"CatBoost_ShrinkIsNoStep", "Shrink model to first 812 iterations.", {}},
        // a Fortran fit's padded `Iteration:  N  Time:` (the time is a clock)
        ProgressCase{"FortranFit_IterationTime",
                     " Iteration:            2  Time: 120022.699",
                     {{"Step", 2}}},
        ProgressCase{"FortranFit_IterationTimeLater",
                     " Iteration:          137  Time: 123511.042",
                     {{"Step", 137}}},
        ProgressCase{"FortranFit_MaeIsNoProgress",
                     "  MAE:    1.61894719689637       over        11236  points",
                     {}},
        // a loss named by its epoch
        ProgressCase{"Adhoc_LossInEpoch",
                     "Loss in epoch 0  =  2.16241826098016",
                     {{"TrainLoss", 2.16241826098016}}},
        ProgressCase{"Adhoc_LossPerEpochN",
                     "07/08/2022 07:22:57 AM Loss per epoch 26 :1.717768319125877",
                     {{"TrainLoss", 1.717768319125877}}},
        ProgressCase{"Adhoc_LossPerEpochs",
                     "07/07/2022 05:34:51 PM Loss per epochs:815.4445641040802",
                     {{"TrainLoss", 815.4445641040802}}},
        ProgressCase{"Adhoc_BestLossInEpochIsNoTrainLoss", "Best loss in epoch 7 = 0.4121", {}},
        ProgressCase{
            "Adhoc_ValidationLossForEpochIsNoTrainLoss", "Validation loss for epoch 3: 0.52", {}},
        // PyTorch-YOLOv3: the total closing a `Losses:` list
        ProgressCase{"YoloV3_LossesTotal",
                     "[Epoch 0/30, Batch 0/7329] [Losses: x 0.272151, y 0.254906, w 4.818650, h "
                     "4.610126, conf 4.368177, cls 0.819295, total 15.143305, recall: 0.00000, "
                     "precision: 0.00000]",
                     {{"TrainLoss", 15.143305}}},
        ProgressCase{"YoloV3_LossesTotalLater",
                     "[Epoch 12/30, Batch 4410/7329] [Losses: x 0.101, y 0.099, w 0.412, h 0.380, "
                     "conf 0.951, cls 0.120, total 2.063, recall: 0.81, precision: 0.34]",
                     {{"TrainLoss", 2.063}}},
        ProgressCase{
            "YoloV3_ValLossesAreNoTrainLoss", "[Val] [Losses: x 0.27, total 1.5, recall: 0.1]", {}},
        // `[Train]` / `[Valid]` rows of `KEY-value` columns
        ProgressCase{"Seq2Seq_TrainRowLoss",
                     "[Train][ 1][1/22]   NLL-36.105   ACC-0.000   PPL-4786647635853312.000   "
                     "LOSS-36.105   TIME-2.03",
                     {{"TrainLoss", 36.105}}},
        ProgressCase{"Seq2Seq_ValidRowLoss",
                     "[Valid][ 3]   NLL-4.210   ACC-0.312   PPL-67.360   LOSS-4.210",
                     {{"ValLoss", 4.21}}},
        ProgressCase{
            "Seq2Seq_TestRowWithoutLossIsNoProgress", "[Test]  BLEU-12.31   ACC-0.412", {}},
        // a `[Val]` / `[Test]` tag before `loss:`
        ProgressCase{"CtGan_ValTagLoss",
                     "2026-03-01 10:13:22 [INFO] trainer: Epoch 2/200 [Val]   loss: 0.619400, l1: "
                     "0.161922, ssim: 0.457478",
                     {{"ValLoss", 0.6194}}},
        ProgressCase{"Adhoc_TestTagLoss", "[Test] loss: 0.5912, psnr: 27.1", {{"ValLoss", 0.5912}}},
        ProgressCase{"CtGan_TrainTagLoss",
                     "Epoch 4/200 [Train] loss: 0.414321, l1: 0.103127, ssim: 0.311194",
                     {{"TrainLoss", 0.414321}}},
        ProgressCase{
            "Adhoc_ValTagWithoutLossIsNoProgress", "[Val] ssim: 0.457478, psnr: 27.10", {}},
        // an evaluation accuracy, then `loss:`
        ProgressCase{"Cifar_TestAccThenLoss",
                     "The result of BN_Relu_RestNet18 with Adam is test acc: 76.82%, loss: "
                     "0.6848062366247177",
                     {{"ValLoss", 0.6848062366247177}}},
        ProgressCase{"Adhoc_ValAccuracyThenLoss",
                     "val accuracy: 0.912, loss: 0.2871",
                     {{"ValLoss", 0.2871}}},
        ProgressCase{"Cifar_PerClassTestAccIsNoProgress",
                     "\t test acc for airplane is 78.9000015258789%",
                     {}}));

}  // namespace
}  // namespace tailwatch::config
