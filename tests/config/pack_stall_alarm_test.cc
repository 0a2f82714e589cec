// The alarms of the embedded default (seed example + AI-training pack) over
// time, driven through the engine Pipeline with an injected clock (a plain
// number: engine/ has no clock of its own). Pins the promises of
// docs/ai-pack.md: no logs at all raise no alarm; a job that ends raises no
// stall alarm; a job whose log stops mid-training raises the stall alarm
// within its stated bound (31 minutes after the last progress line).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "config/pipeline_spec.h"
#include "engine/pipeline/pipeline.h"

namespace tailwatch::config {
namespace {

using engine::AlarmEvent;
using engine::AlarmState;

constexpr int64_t kSecond = 1000;
constexpr int64_t kMinute = 60 * kSecond;
// Not on a minute boundary: a daemon starts whenever it starts.
constexpr int64_t kStart = 1767225600000 + 17 * kSecond + 345;

std::unique_ptr<engine::Pipeline> DefaultPipeline() {
  LoadResult loaded = LoadEmbeddedDefault();
  EXPECT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  if (!loaded.ok()) return nullptr;
  auto spec = ToPipelineSpec(*loaded.config);
  EXPECT_TRUE(spec.has_value());
  if (!spec) return nullptr;
  auto pipeline = engine::Pipeline::Create(std::move(*spec));
  EXPECT_TRUE(pipeline.has_value()) << pipeline.error().message;
  if (!pipeline) return nullptr;
  return std::move(*pipeline);
}

AlarmState StateOf(const engine::Pipeline& p, const std::string& name) {
  for (const auto& status : p.alarms().Statuses()) {
    if (status.spec->name == name) return status.state;
  }
  ADD_FAILURE() << "no alarm " << name;
  return AlarmState::kInsufficientData;
}

std::string ReasonOf(const engine::Pipeline& p, const std::string& name) {
  for (const auto& status : p.alarms().Statuses()) {
    if (status.spec->name == name) return status.reason;
  }
  return {};
}

// A daemon-like driver: Tick every second of [from, to], feeding `lines`
// (one per `every` ms from `from`, `count` of them) as they come due.
struct Driver {
  engine::Pipeline& p;
  size_t group;
  std::vector<AlarmEvent> to_alarm;

  void Run(int64_t from, int64_t to, int count = 0, int64_t every = 0,
           const std::string& first_line = {}, int first_step = 0) {
    int fed = 0;
    for (int64_t now = from; now <= to; now += kSecond) {
      while (fed < count && from + fed * every <= now) {
        const std::string line = first_line.empty()
                                     ? "step:" + std::to_string(first_step + fed) +
                                           "/5000 train_time:" + std::to_string(fed * 400) +
                                           "ms step_avg:400.00ms"
                                     : first_line;
        p.ProcessEvent(group, line, from + fed * every);
        ++fed;
      }
      for (const AlarmEvent& e : p.Tick(now)) {
        if (e.new_state == AlarmState::kAlarm) to_alarm.push_back(e);
      }
    }
  }
};

TEST(DefaultAlarmsOverTime, NoLogsRaiseNoAlarmForAnHour) {
  auto p = DefaultPipeline();
  ASSERT_TRUE(p);
  p->BeginObservingAll(kStart);
  Driver d{*p, 0, {}};
  d.Run(kStart, kStart + 60 * kMinute);
  for (const AlarmEvent& e : d.to_alarm) ADD_FAILURE() << e.alarm_name << ": " << e.reason;
  // The failure alarms are OK (observed, nothing failed); the stall alarm has
  // no job to judge.
  EXPECT_EQ(AlarmState::kOk, StateOf(*p, "aiCudaOutOfMemory"));
  EXPECT_EQ(AlarmState::kInsufficientData, StateOf(*p, "aiTrainingStalled"));
  EXPECT_NE(std::string::npos, ReasonOf(*p, "aiTrainingStalled").find("no datapoint yet"))
      << ReasonOf(*p, "aiTrainingStalled");
}

class StallTest : public ::testing::Test {
 protected:
  void SetUp() override {
    p_ = DefaultPipeline();
    ASSERT_TRUE(p_);
    group_ = p_->FindLogGroup("aiTraining");
    ASSERT_TRUE(group_.has_value());
    p_->BeginObservingAll(kStart);
  }
  std::unique_ptr<engine::Pipeline> p_;
  std::optional<size_t> group_;
};

TEST_F(StallTest, LogStoppingMidTrainingAlarmsWithin31Minutes) {
  Driver d{*p_, *group_, {}};
  // 20 minutes of steps every 2 s, then nothing: no end line.
  const int steps = 600;
  const int64_t last_line = kStart + 5 * kMinute + (steps - 1) * 2 * kSecond;
  d.Run(kStart + 5 * kMinute, last_line, steps, 2 * kSecond);
  EXPECT_TRUE(d.to_alarm.empty());
  EXPECT_EQ(AlarmState::kOk, StateOf(*p_, "aiTrainingStalled"));
  d.Run(last_line + kSecond, last_line + 45 * kMinute);
  ASSERT_EQ(1u, d.to_alarm.size());
  EXPECT_EQ("aiTrainingStalled", d.to_alarm[0].alarm_name);
  EXPECT_GT(d.to_alarm[0].time_ms, last_line + 30 * kMinute);
  EXPECT_LE(d.to_alarm[0].time_ms, last_line + 31 * kMinute);
}

TEST_F(StallTest, PausesShorterThanThirtyMinutesDoNotAlarm) {
  Driver d{*p_, *group_, {}};
  d.Run(kStart, kStart + 10 * kMinute, 300, 2 * kSecond);
  // A 29-minute evaluation/checkpoint pause, then training goes on.
  const int64_t resume = kStart + 10 * kMinute + 29 * kMinute;
  d.Run(kStart + 10 * kMinute + kSecond, resume - kSecond);
  d.Run(resume, resume + 10 * kMinute, 300, 2 * kSecond, {}, 300);
  for (const AlarmEvent& e : d.to_alarm) ADD_FAILURE() << e.alarm_name << ": " << e.reason;
}

TEST_F(StallTest, AJobThatEndsLeavesTheNodeQuiet) {
  Driver d{*p_, *group_, {}};
  d.Run(kStart, kStart + 10 * kMinute, 300, 2 * kSecond);
  const int64_t end = kStart + 10 * kMinute + 5 * kSecond;
  p_->ProcessEvent(*group_, "peak memory allocated: 32712 MiB reserved: 48456 MiB", end);
  d.Run(kStart + 10 * kMinute + kSecond, kStart + 4 * 60 * kMinute);
  for (const AlarmEvent& e : d.to_alarm) ADD_FAILURE() << e.alarm_name << ": " << e.reason;
  EXPECT_EQ(AlarmState::kInsufficientData, StateOf(*p_, "aiTrainingStalled"));
  EXPECT_NE(std::string::npos, ReasonOf(*p_, "aiTrainingStalled").find("ended it at"))
      << ReasonOf(*p_, "aiTrainingStalled");

  // A second job on the same node, which then hangs: live again, alarms.
  const int64_t second = kStart + 5 * 60 * kMinute;
  d.Run(second, second + 5 * kMinute, 150, 2 * kSecond);
  d.Run(second + 5 * kMinute + kSecond, second + 45 * kMinute);
  ASSERT_EQ(1u, d.to_alarm.size());
  EXPECT_EQ("aiTrainingStalled", d.to_alarm[0].alarm_name);
}

TEST_F(StallTest, JobEndLinesOfEachFormatEndTheJob) {
  const std::vector<std::string> ends = {
      ":::MLLOG {\"namespace\": \"\", \"time_ms\": 1696315074544, \"event_type\": "
      "\"INTERVAL_END\", \"key\": \"run_stop\", \"value\": null, \"metadata\": {\"status\": "
      "\"success\"}}",
      "ENDING TIMING RUN AT 2021-05-18 02:47:57 PM",
      "peak memory allocated: 32712 MiB reserved: 48456 MiB",
      "[INFO|trainer_pt_utils.py:908] 2021-05-25 06:45:27,966 >> ***** train metrics *****",
      "slurmstepd: error: *** JOB 1809579 ON r8i3n1 CANCELLED AT 2021-05-23T08:45:57 ***",
      "slurmstepd: error: *** STEP 1809562.0 ON r6i5n1 CANCELLED AT 2021-05-23T08:29:53 ***",
      "Main process received SIGTERM, exiting",
  };
  // One node, one job after another on the same pipeline (building a
  // pipeline compiles the whole default, the dearest step here): each job
  // trains for 5 minutes, ends with one format's line, and the node then
  // stays quiet for two hours, past the stall alarm's 31-minute bound.
  Driver d{*p_, *group_, {}};
  int64_t start = kStart;
  for (const std::string& end : ends) {
    d.Run(start, start + 5 * kMinute, 100, 2 * kSecond);
    p_->ProcessEvent(*group_, end, start + 5 * kMinute + 500);
    d.Run(start + 5 * kMinute + kSecond, start + 2 * 60 * kMinute);
    for (const AlarmEvent& e : d.to_alarm) ADD_FAILURE() << end << ": " << e.alarm_name;
    d.to_alarm.clear();
    start += 2 * 60 * kMinute + kSecond;
  }
}

}  // namespace
}  // namespace tailwatch::config
