#include "engine/patterns/pattern_anomalies.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tailwatch::engine::patterns {
namespace {

constexpr int64_t kMinute = 60'000;

PatternAnomalyOptions Options() {
  PatternAnomalyOptions options;
  options.learning_period_ms = 10 * kMinute;
  options.evaluation_frequency_ms = kMinute;
  options.anomaly_visibility_time_ms = 60 * kMinute;
  return options;
}

// Feeds `per_minute` copies of a steady line each minute in [from, to).
void Steady(PatternAnomalyDetector& detector, int from, int to, int per_minute,
            std::vector<PatternAnomaly>& raised) {
  for (int minute = from; minute < to; ++minute) {
    for (int i = 0; i < per_minute; ++i) {
      detector.Observe("step " + std::to_string(minute * 100 + i) + " loss 2.5",
                       minute * kMinute + i * 100, raised);
    }
  }
}

TEST(PatternAnomaliesTest, NothingIsNewDuringTheLearningPeriod) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  detector.Observe("starting job 1", 0, raised);
  detector.Observe("CUDA error: out of memory on device 3", 9 * kMinute, raised);
  EXPECT_TRUE(raised.empty());
  EXPECT_TRUE(detector.learning(9 * kMinute));
  EXPECT_FALSE(detector.learning(10 * kMinute));
}

// A filter that picks failure wordings sees no line until the failure: the
// learning period runs from the group's first event (Begin), so the first
// matching line, 20 minutes in, is already past it.
TEST(PatternAnomaliesTest, LearningCountsFromBeginNotFromTheFirstObservedLine) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  detector.Begin(0);
  detector.Begin(5 * kMinute);  // later events do not restart the clock
  EXPECT_TRUE(detector.learning(9 * kMinute));
  EXPECT_FALSE(detector.learning(10 * kMinute));
  detector.Observe("RuntimeError: CUDA error: an illegal memory access was encountered",
                   20 * kMinute, raised);
  ASSERT_EQ(1u, raised.size());
  EXPECT_EQ(AnomalyKind::kNewPattern, raised[0].kind);
  EXPECT_EQ("HIGH", raised[0].priority);
  // Without Begin the same line would start the clock and be learned.
  PatternAnomalyDetector fresh(Options());
  raised.clear();
  fresh.Observe("RuntimeError: CUDA error: an illegal memory access was encountered", 20 * kMinute,
                raised);
  EXPECT_TRUE(raised.empty());
}

TEST(PatternAnomaliesTest, ANewPatternAfterLearningIsOneAnomalyWithListAnomaliesFields) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  Steady(detector, 0, 11, 5, raised);
  ASSERT_TRUE(raised.empty());
  const int64_t t = 11 * kMinute + 5;
  detector.Observe("NCCL error: unhandled system error, NCCL version 2.18.1", t, raised);
  ASSERT_EQ(1u, raised.size());
  const PatternAnomaly& a = raised[0];
  EXPECT_EQ(AnomalyKind::kNewPattern, a.kind);
  EXPECT_EQ("new_pattern", AnomalyKindName(a.kind));
  EXPECT_EQ(16u, a.id.size());
  EXPECT_EQ("NCCL error: unhandled system error, NCCL version <*>", a.pattern);
  EXPECT_EQ(detector.miner().pattern(detector.miner().LivePatterns().back()).id, a.pattern_id);
  EXPECT_EQ(t, a.first_seen_ms);
  EXPECT_EQ("HIGH", a.priority);
  EXPECT_EQ("Active", a.state);
  EXPECT_EQ(std::vector<std::string>{"NCCL error: unhandled system error, NCCL version 2.18.1"},
            a.log_samples);
  // The same wording again is no new anomaly; it moves last seen.
  raised.clear();
  detector.Observe("NCCL error: unhandled system error, NCCL version 2.19.3", t + 500, raised);
  EXPECT_TRUE(raised.empty());
  ASSERT_EQ(1u, detector.anomalies().size());
  EXPECT_EQ(t + 500, detector.anomalies()[0].last_seen_ms);
}

TEST(PatternAnomaliesTest, AMergeIsNotANewPattern) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  detector.Observe("Invalid user webmaster from 10.0.0.1", 0, raised);
  detector.Observe("tick", 11 * kMinute, raised);
  raised.clear();
  // A number where the pattern had a word generalizes it: a merge.
  detector.Observe("Invalid user 4242 from 10.0.0.2", 11 * kMinute + 1, raised);
  EXPECT_TRUE(raised.empty());
}

TEST(PatternAnomaliesTest, SuppressedPatternsRaiseNothingButAreCounted) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  detector.Observe("warmup line", 0, raised);
  detector.Observe("disk sda is failing", 11 * kMinute, raised);
  ASSERT_EQ(1u, raised.size());
  const std::string id = raised[0].pattern_id;
  // Suppression holds for the pattern; a fresh detector learns the same id.
  PatternAnomalyDetector other(Options());
  other.Suppress(id);
  raised.clear();
  other.Observe("warmup line", 0, raised);
  other.Observe("disk sda is failing", 11 * kMinute, raised);
  EXPECT_TRUE(raised.empty());
  EXPECT_EQ(1u, other.counters().suppressed);
  other.Unsuppress(id);
  other.Observe("disk sdb is failing badly", 11 * kMinute + 1, raised);
  EXPECT_EQ(1u, raised.size());
}

TEST(PatternAnomaliesTest, AnomaliesExpireAfterTheirVisibilityTime) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  detector.Observe("warmup line", 0, raised);
  detector.Observe("kernel panic on node 7", 11 * kMinute, raised);
  ASSERT_EQ(1u, detector.anomalies().size());
  detector.Advance(11 * kMinute + 60 * kMinute, raised);
  EXPECT_EQ(1u, detector.anomalies().size());
  detector.Advance(11 * kMinute + 60 * kMinute + 1, raised);
  EXPECT_TRUE(detector.anomalies().empty());
}

TEST(PatternAnomaliesTest, ACountFarOutsideItsBandIsAFrequencyAnomaly) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  Steady(detector, 0, 40, 10, raised);
  ASSERT_TRUE(raised.empty());
  Steady(detector, 40, 41, 500, raised);  // a flood of the same line
  detector.Advance(41 * kMinute, raised);
  ASSERT_EQ(1u, raised.size());
  EXPECT_EQ(AnomalyKind::kFrequency, raised[0].kind);
  EXPECT_EQ(40 * kMinute, raised[0].first_seen_ms);
  EXPECT_EQ("step <*> loss <*>", raised[0].pattern);
  EXPECT_NE(std::string::npos, raised[0].description.find("500 lines"));
}

TEST(PatternAnomaliesTest, CheckpointRoundTripKeepsAnomaliesAndLearning) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  Steady(detector, 0, 12, 3, raised);
  detector.Observe("segfault in worker 3", 12 * kMinute + 7, raised);
  detector.Suppress("0123456789abcdef");
  PatternAnomalyDetector restored(Options());
  ASSERT_TRUE(restored.Restore(detector.Serialize()));
  EXPECT_EQ(detector.Serialize(), restored.Serialize());
  ASSERT_EQ(1u, restored.anomalies().size());
  EXPECT_EQ(detector.anomalies()[0].id, restored.anomalies()[0].id);
  std::vector<PatternAnomaly> a;
  std::vector<PatternAnomaly> b;
  detector.Observe("segfault in worker 9", 13 * kMinute, a);
  restored.Observe("segfault in worker 9", 13 * kMinute, b);
  detector.Observe("brand new failure wording here", 13 * kMinute + 1, a);
  restored.Observe("brand new failure wording here", 13 * kMinute + 1, b);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].id, b[i].id);
  EXPECT_FALSE(restored.Restore(std::string_view(detector.Serialize()).substr(0, 40)));
  EXPECT_EQ(1u + a.size(), restored.anomalies().size());  // a failed restore changes nothing
}

// The index of the one live pattern whose template starts with `text`.
uint32_t IndexOf(const PatternAnomalyDetector& detector, const std::string& text) {
  for (const uint32_t index : detector.miner().LivePatterns()) {
    if (detector.miner().pattern(index).text.starts_with(text)) return index;
  }
  ADD_FAILURE() << "no pattern " << text;
  return 0;
}

TEST(PatternAnomaliesTest, CountHistoryHoldsEachClosedPeriodThenTheOpenOne) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  EXPECT_TRUE(detector.CountHistory(0).empty());  // nothing seen yet
  Steady(detector, 0, 3, 4, raised);
  detector.Observe("disk full on node 7", 3 * kMinute + 5, raised);
  const uint32_t step = IndexOf(detector, "step <*> loss <*>");
  EXPECT_EQ(
      (std::vector<PeriodCount>{
          {0, 4, false}, {kMinute, 4, false}, {2 * kMinute, 4, false}, {3 * kMinute, 0, true}}),
      detector.CountHistory(step));
  // A pattern created later has only the periods since; a period without
  // its lines counts 0.
  detector.Advance(5 * kMinute, raised);
  const uint32_t disk = IndexOf(detector, "disk full on node");
  EXPECT_EQ((std::vector<PeriodCount>{
                {3 * kMinute, 1, false}, {4 * kMinute, 0, false}, {5 * kMinute, 0, true}}),
            detector.CountHistory(disk));
  EXPECT_EQ(6u, detector.CountHistory(step).size());
}

TEST(PatternAnomaliesTest, CountHistoryIsBoundedAndRollsOver) {
  PatternAnomalyOptions options = Options();
  options.count_history = 5;
  PatternAnomalyDetector detector(options);
  std::vector<PatternAnomaly> raised;
  for (int minute = 0; minute < 12; ++minute)
    Steady(detector, minute, minute + 1, minute + 1, raised);
  const uint32_t step = IndexOf(detector, "step <*> loss <*>");
  const std::vector<PeriodCount> history = detector.CountHistory(step);
  ASSERT_EQ(6u, history.size());  // the last 5 closed periods and the open one
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ((6 + i) * kMinute, history[i].start_ms);
    EXPECT_EQ(uint64_t(7 + i), history[i].count);
    EXPECT_FALSE(history[i].open);
  }
  EXPECT_EQ((PeriodCount{11 * kMinute, 12, true}), history[5]);
  // After a silence longer than the jump limit the open period keeps its
  // start and the skipped empty periods are absent: the starts show the gap.
  detector.Observe("step 1 loss 2.5", 5000 * kMinute, raised);
  const std::vector<PeriodCount> after = detector.CountHistory(step);
  ASSERT_EQ(6u, after.size());
  EXPECT_EQ((PeriodCount{11 * kMinute, 12, false}), after[4]);
  EXPECT_EQ((PeriodCount{5000 * kMinute, 1, true}), after[5]);
}

TEST(PatternAnomaliesTest, CheckpointKeepsTheCountHistory) {
  PatternAnomalyDetector detector(Options());
  std::vector<PatternAnomaly> raised;
  Steady(detector, 0, 4, 3, raised);
  PatternAnomalyDetector restored(Options());
  ASSERT_TRUE(restored.Restore(detector.Serialize()));
  const uint32_t step = IndexOf(detector, "step <*> loss <*>");
  EXPECT_EQ(4u, restored.CountHistory(step).size());
  EXPECT_EQ(detector.CountHistory(step), restored.CountHistory(step));
}

// A checkpoint written before the count history (version 1: the same
// fields without the histories and period starts) still restores.
TEST(PatternAnomaliesTest, AVersion1CheckpointRestoresWithoutHistory) {
  PatternAnomalyDetector fresh(Options());
  std::string bytes = fresh.Serialize();  // no series: the history is the 8-byte count at the end
  ASSERT_GT(bytes.size(), 12u);
  bytes[0] = 1;
  bytes.resize(bytes.size() - 8);
  PatternAnomalyDetector restored(Options());
  ASSERT_TRUE(restored.Restore(bytes));
  std::vector<PatternAnomaly> raised;
  Steady(restored, 0, 2, 3, raised);
  const uint32_t step = IndexOf(restored, "step <*> loss <*>");
  EXPECT_EQ(2u, restored.CountHistory(step).size());
  bytes[0] = 3;
  EXPECT_FALSE(restored.Restore(bytes));
}

}  // namespace
}  // namespace tailwatch::engine::patterns
