// libFuzzer: the two halves tailwatchd's engine threads run instead of
// Pipeline::ProcessBuffer (MatchBuffer for two log groups before either is
// applied, then ApplyMatches in group order) must leave a pipeline exactly as
// ProcessBuffer on each group in turn: counters, filter counts, recent
// matches, rolling and periodic alarm events, and the serialized store.
// Both pipelines live across inputs, so state built by earlier inputs
// (series, alarm windows, late samples) is compared too. Any difference
// aborts.
//
// Input: byte 0 places the split between the two groups' texts; byte 1's
// low 7 bits advance the ingestion clock by that many 500 ms steps, its top
// bit ends the input with a Tick. The rest is the texts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/pipeline/match_batch.h"
#include "engine/pipeline/pipeline.h"
#include "tests/engine/pipeline/plain_and_timed_spec.h"

namespace {

using tailwatch::engine::AlarmEvent;
using tailwatch::engine::MatchBatch;
using tailwatch::engine::Pipeline;

constexpr int64_t kT0 = 1767225600000;  // 2026-01-01T00:00:00Z
constexpr const char* kSources[2] = {"a.log", "b.log"};

std::unique_ptr<Pipeline> Make() {
  auto created = Pipeline::Create(tailwatch::engine::testing::PlainAndTimedSpecWithAlarms());
  if (!created) std::abort();
  return std::move(*created);
}

std::string Events(const std::vector<AlarmEvent>& events) {
  std::string out;
  for (const AlarmEvent& e : events) {
    out += e.alarm_name + ":" + std::string(AlarmStateName(e.new_state)) + "@" +
           std::to_string(e.time_ms) + " " + e.reason + "\n";
  }
  return out;
}

void Check(bool same, const char* what) {
  if (same) return;
  std::fprintf(stderr, "MatchBuffer + ApplyMatches differ from ProcessBuffer: %s\n", what);
  std::abort();
}

void Compare(const Pipeline& whole, const Pipeline& halves) {
  Check(whole.counters().events == halves.counters().events, "events");
  Check(whole.counters().timestamp_missing == halves.counters().timestamp_missing,
        "timestamp_missing");
  Check(whole.counters().late_samples == halves.counters().late_samples, "late_samples");
  const auto fw = whole.Filters(), fh = halves.Filters();
  Check(fw.size() == fh.size(), "filter list");
  for (size_t i = 0; i < fw.size(); ++i) {
    Check(fw[i].matches == fh[i].matches, "filter matches");
    Check(fw[i].dropped_value == fh[i].dropped_value, "dropped values");
    Check(fw[i].dropped_dimension == fh[i].dropped_dimension, "dropped dimensions");
  }
  const auto rw = whole.RecentMatches(), rh = halves.RecentMatches();
  Check(rw.size() == rh.size(), "recent matches");
  for (size_t i = 0; i < rw.size(); ++i) Check(rw[i].lines == rh[i].lines, "recent lines");
  Check(whole.Serialize() == halves.Serialize(), "serialized store and alarms");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<Pipeline> whole = Make();
  static const std::unique_ptr<Pipeline> halves = Make();
  static MatchBatch batches[2];
  static int64_t now = kT0;
  if (size < 2) return 0;
  const size_t body = size - 2;
  const size_t split = body * data[0] / 255;
  const std::string_view text(reinterpret_cast<const char*>(data) + 2, body);
  const std::string_view texts[2] = {text.substr(0, split), text.substr(split)};
  now += int64_t{500} * (data[1] & 0x7f);

  size_t records[2];
  for (size_t group = 0; group < 2; ++group) {
    records[group] = halves->MatchBuffer(group, texts[group], now, batches[group]);
  }
  for (size_t group = 0; group < 2; ++group) {
    whole->SetEventSource(kSources[group]);
    Check(whole->ProcessBuffer(group, texts[group], now) == records[group], "record count");
    Check(batches[group].records() == records[group], "batch record count");
    halves->ApplyMatches(group, batches[group], kSources[group]);
  }
  Check(Events(whole->TakeRollingEvents()) == Events(halves->TakeRollingEvents()),
        "rolling alarm events");
  if ((data[1] & 0x80) != 0) {
    Check(Events(whole->Tick(now)) == Events(halves->Tick(now)), "alarm events of a tick");
  }
  Compare(*whole, *halves);
  return 0;
}
