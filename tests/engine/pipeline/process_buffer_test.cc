// Pipeline::ProcessBuffer is ProcessEvent on each record of the buffer: the
// same counters, filter counts, series totals and datapoints, for a group that
// takes whole buffers and for one whose records carry their own time.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "engine/match/log_records.h"
#include "engine/pipeline/pipeline.h"
#include "tests/engine/pipeline/plain_and_timed_spec.h"

namespace tailwatch::engine {
namespace {

PipelineSpec Spec() { return testing::PlainAndTimedSpec(); }

using Series = std::map<std::string, std::tuple<double, uint64_t>>;

Series AllSeries(const Pipeline& p) {
  Series out;
  p.ForEachSeries([&](const SeriesTotals& t) {
    std::string key = t.key.metric_name;
    for (const auto& [name, value] : t.key.dimensions) key += "," + name + "=" + value;
    out[key] = {t.sum, t.samples};
  });
  return out;
}

TEST(PipelineProcessBufferTest, SameStateAsEventByEvent) {
  const std::vector<std::string> pieces = {"ERROR x",
                                           "Error",
                                           "loss: nan",
                                           "lossnan",
                                           "\n",
                                           "\r\n",
                                           "\r",
                                           " ",
                                           "{\"ts\": 60000, \"loss\": 1.5, \"rank\": 0}",
                                           "{\"ts\": 120000, \"loss\": 2, \"rank\": 1}",
                                           "{\"loss\": \"x\"}",
                                           "{'loss': 3}"};
  std::mt19937 rng(17);
  for (const size_t group : {size_t{0}, size_t{1}}) {
    auto by_buffer = Pipeline::Create(Spec());
    auto by_event = Pipeline::Create(Spec());
    ASSERT_TRUE(by_buffer.has_value() && by_event.has_value());
    EXPECT_EQ(group == 0, (*by_buffer)->UsesIngestionTime(group));
    int64_t now = 1000;
    for (int round = 0; round < 200; ++round) {
      std::string text;
      for (size_t k = rng() % 40; k > 0; --k) text += pieces[rng() % pieces.size()];
      now += 1000;
      const size_t records = (*by_buffer)->ProcessBuffer(group, text, now);
      size_t want = 0;
      ForEachLogRecord(text, [&](std::string_view record) {
        ++want;
        (*by_event)->ProcessEvent(group, record, now);
      });
      ASSERT_EQ(want, records);
    }
    const PipelineCounters a = (*by_buffer)->counters(), b = (*by_event)->counters();
    EXPECT_EQ(b.events, a.events);
    EXPECT_EQ(b.timestamp_missing, a.timestamp_missing);
    EXPECT_EQ(b.late_samples, a.late_samples);
    const auto fa = (*by_buffer)->Filters(), fb = (*by_event)->Filters();
    ASSERT_EQ(fb.size(), fa.size());
    for (size_t i = 0; i < fa.size(); ++i) {
      EXPECT_EQ(fb[i].matches, fa[i].matches) << fa[i].filter;
      EXPECT_EQ(fb[i].dropped_value, fa[i].dropped_value) << fa[i].filter;
      EXPECT_EQ(fb[i].dropped_dimension, fa[i].dropped_dimension) << fa[i].filter;
    }
    EXPECT_GT(fa[group * 3].matches, 0U);
    EXPECT_EQ(AllSeries(**by_event), AllSeries(**by_buffer));
    EXPECT_EQ((*by_event)->store().Serialize(), (*by_buffer)->store().Serialize());
  }
}

// The last lines each filter matched are the same whether the records come
// one by one or as one buffer, newest first, with their file.
TEST(PipelineProcessBufferTest, KeepsEachFiltersRecentMatches) {
  auto by_event = Pipeline::Create(Spec());
  auto by_buffer = Pipeline::Create(Spec());
  ASSERT_TRUE(by_event && by_buffer);
  std::string buffer;
  for (int i = 0; i < 8; ++i) {
    const std::string line = "ERROR number " + std::to_string(i);
    (*by_event)->SetEventSource("app.log");
    (*by_event)->ProcessEvent(0, line, 1000 + i);
    buffer += line + "\n";
    buffer += "fine\n";
  }
  (*by_buffer)->SetEventSource("app.log");
  (*by_buffer)->ProcessBuffer(0, buffer, 1007);
  const auto event_lines = (*by_event)->RecentMatches();
  const auto buffer_lines = (*by_buffer)->RecentMatches();
  ASSERT_EQ(Spec().filters.size(), event_lines.size());
  EXPECT_EQ("plain_errors", event_lines[0].filter);
  EXPECT_EQ("plain", event_lines[0].log_group);
  ASSERT_EQ(kRecentMatchesPerFilter, event_lines[0].lines.size());
  EXPECT_EQ((RecentMatch{1007, "ERROR number 7", false, "app.log"}), event_lines[0].lines[0]);
  EXPECT_EQ("ERROR number 3", event_lines[0].lines[4].message);
  EXPECT_TRUE(event_lines[1].lines.empty());
  ASSERT_EQ(event_lines[0].lines.size(), buffer_lines[0].lines.size());
  for (size_t i = 0; i < event_lines[0].lines.size(); ++i) {
    EXPECT_EQ(event_lines[0].lines[i].message, buffer_lines[0].lines[i].message);
    EXPECT_EQ(event_lines[0].lines[i].source, buffer_lines[0].lines[i].source);
  }
}

}  // namespace
}  // namespace tailwatch::engine
