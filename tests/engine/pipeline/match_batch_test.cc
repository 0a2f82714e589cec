// MatchBuffer + ApplyMatches is ProcessBuffer in two halves: the same
// counters, filter counts, recent matches, series, alarm state and rolling
// alarm events, whether a group takes whole buffers or its records carry
// their own time, and when several groups are matched before any is applied
// (how tailwatchd runs groups' filter stages at once).
#include "engine/pipeline/match_batch.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "engine/pipeline/pipeline.h"
#include "tests/engine/pipeline/plain_and_timed_spec.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

std::unique_ptr<Pipeline> Make() {
  auto created = Pipeline::Create(testing::PlainAndTimedSpecWithAlarms());
  EXPECT_TRUE(created) << created.error().message;
  return std::move(*created);
}

std::string Events(const std::vector<AlarmEvent>& events) {
  std::string out;
  for (const AlarmEvent& e : events) {
    out += e.alarm_name + ":" + std::string(AlarmStateName(e.new_state)) + "@" +
           std::to_string(e.time_ms - kT0) + " ";
  }
  return out;
}

void ExpectSameState(Pipeline& a, Pipeline& b) {
  EXPECT_EQ(a.counters().events, b.counters().events);
  EXPECT_EQ(a.counters().timestamp_missing, b.counters().timestamp_missing);
  EXPECT_EQ(a.counters().late_samples, b.counters().late_samples);
  const auto fa = a.Filters(), fb = b.Filters();
  ASSERT_EQ(fa.size(), fb.size());
  for (size_t i = 0; i < fa.size(); ++i) {
    EXPECT_EQ(fa[i].matches, fb[i].matches) << fa[i].filter;
    EXPECT_EQ(fa[i].dropped_value, fb[i].dropped_value) << fa[i].filter;
    EXPECT_EQ(fa[i].dropped_dimension, fb[i].dropped_dimension) << fa[i].filter;
  }
  const auto ra = a.RecentMatches(), rb = b.RecentMatches();
  ASSERT_EQ(ra.size(), rb.size());
  for (size_t i = 0; i < ra.size(); ++i) EXPECT_EQ(ra[i].lines, rb[i].lines) << ra[i].filter;
  EXPECT_EQ(a.Serialize(), b.Serialize());
}

TEST(MatchBatchTest, TwoHalvesAreProcessBuffer) {
  const std::vector<std::string> pieces = {
      "ERROR x",
      "Error",
      "loss: nan",
      "lossnan",
      "\n",
      "\r\n",
      "\r",
      " ",
      "out of memory",
      "\n",
      "\n",
      "\n",
      "{\"ts\": " + std::to_string(kT0 + 60000) + ", \"loss\": 1.5, \"rank\": 0}",
      "{\"ts\": " + std::to_string(kT0 + 120000) + ", \"loss\": 2, \"rank\": \"a\\u00e9\"}",
      "{\"loss\": \"x\"}",
      "{'loss': 3}"};
  std::mt19937 rng(23);
  auto whole = Make();
  auto halves = Make();
  MatchBatch batches[2];
  std::string texts[2];
  std::string whole_events, halves_events;
  int64_t now = kT0;
  for (int round = 0; round < 300; ++round) {
    now += 700;
    for (size_t group : {size_t{0}, size_t{1}}) {
      texts[group].clear();
      for (size_t k = rng() % 40; k > 0; --k) texts[group] += pieces[rng() % pieces.size()];
    }
    // Both groups matched first, then applied in order, as in the daemon.
    size_t records[2];
    for (size_t group : {size_t{0}, size_t{1}}) {
      records[group] = halves->MatchBuffer(group, texts[group], now, batches[group]);
    }
    for (size_t group : {size_t{0}, size_t{1}}) {
      const std::string source = group == 0 ? "a.log" : "b.log";
      whole->SetEventSource(source);
      EXPECT_EQ(whole->ProcessBuffer(group, texts[group], now), records[group]);
      EXPECT_EQ(batches[group].records(), records[group]);
      halves->ApplyMatches(group, batches[group], source);
    }
    whole_events += Events(whole->TakeRollingEvents());
    halves_events += Events(halves->TakeRollingEvents());
    if (round % 50 == 49) {
      whole_events += Events(whole->Tick(now));
      halves_events += Events(halves->Tick(now));
    }
  }
  EXPECT_NE(whole_events.find("oom:ALARM"), std::string::npos) << whole_events;
  EXPECT_EQ(whole_events, halves_events);
  EXPECT_GT(whole->Filters()[1].matches, 0U);
  EXPECT_GT(whole->Filters()[4].matches, 0U);
  ExpectSameState(*whole, *halves);
}

// A warm batch is cleared, not reallocated, and an empty buffer is no event.
TEST(MatchBatchTest, ClearedBetweenBuffers) {
  auto p = Make();
  MatchBatch batch;
  EXPECT_EQ(p->MatchBuffer(0, "ERROR a\nfine\nERROR b\n", kT0, batch), 3U);
  EXPECT_EQ(batch.records(), 3U);
  EXPECT_GT(batch.entries(), 0U);
  EXPECT_EQ(p->MatchBuffer(0, "", kT0, batch), 0U);
  EXPECT_TRUE(batch.empty());
  EXPECT_EQ(batch.entries(), 0U);
  p->ApplyMatches(0, batch, "a.log");
  EXPECT_EQ(p->counters().events, 0U);
}

}  // namespace
}  // namespace tailwatch::engine
