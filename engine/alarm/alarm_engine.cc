#include "engine/alarm/alarm_engine.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <utility>

#include "engine/alarm/evaluate.h"
#include "engine/alarm/format.h"
#include "engine/common/byte_codec.h"
#include "engine/common/floor_div.h"

namespace tailwatch::engine {
namespace {

constexpr int64_t kMinuteMs = 60000;
constexpr int64_t kTenSecondsMs = 10000;
constexpr uint32_t kSerialMagic = 0x45415754;  // "TWAE"
// Version 2 adds the band models, version 3 the rolling windows, version 4
// the sample lines; older
// checkpoints restore without them.
constexpr uint32_t kSerialVersion = 4;

// docs/cloudwatch-semantics.md §4.2: every minute for periods of a minute or more, else every 10 s.
int64_t Cadence(const AlarmSpec& spec) {
  return spec.period_seconds >= 60 ? kMinuteMs : kTenSecondsMs;
}

// The banded series a band alarm reads.
anomaly::BandSeriesSpec BandSeriesFor(const AlarmSpec& spec) {
  anomaly::BandSeriesSpec series;
  series.key = AlarmMetricKey(spec);
  series.statistic = spec.statistic;
  series.extended_statistic = spec.extended_statistic;
  series.period_seconds = spec.period_seconds;
  series.history_periods = EvaluationRange(spec);
  return series;
}

std::vector<anomaly::BandSeriesSpec> AllBandSeries(const std::vector<AlarmSpec>& specs,
                                                   std::vector<anomaly::BandSeriesSpec> detectors) {
  for (const AlarmSpec& spec : specs) {
    if (spec.band) detectors.push_back(BandSeriesFor(spec));
  }
  return detectors;
}

}  // namespace

MetricKey AlarmMetricKey(const AlarmSpec& spec) {
  MetricKey key{spec.metric_namespace, spec.metric_name, spec.dimensions};
  key.Normalize();
  return key;
}

uint64_t AlarmSpecFingerprint(const AlarmSpec& spec) {
  // Only what changes evaluation: a new description or action list keeps
  // the alarm's state across a reload.
  MetricKeyHasher h;
  h.AddNamespace(spec.name);
  h.AddMetricName(AlarmMetricKey(spec).ToString());
  h.AddDimension("statistic", spec.statistic ? StatisticName(*spec.statistic)
                                             : std::string_view(spec.extended_statistic));
  h.AddDimension("period", std::to_string(spec.period_seconds));
  h.AddDimension("n", std::to_string(spec.evaluation_periods));
  h.AddDimension("m", spec.datapoints_to_alarm ? std::to_string(*spec.datapoints_to_alarm) : "");
  h.AddDimension("threshold", std::to_string(std::bit_cast<uint64_t>(spec.threshold)));
  h.AddDimension("operator", ComparisonOperatorName(spec.comparison_operator));
  h.AddDimension("missing", TreatMissingDataName(spec.treat_missing_data));
  h.AddDimension("low", spec.ignore_low_sample_count_percentile ? "ignore" : "evaluate");
  h.AddDimension("scope", spec.missing_data_live_only ? "live" : "all");
  h.AddDimension("end", spec.end_metric_name);
  if (spec.rolling) h.AddDimension("evaluation", "rolling");
  if (spec.band) {
    h.AddDimension("band_width", std::to_string(std::bit_cast<uint64_t>(spec.band->width)));
  }
  return h.Finish();
}

AlarmEngine::AlarmEngine(std::vector<AlarmSpec> specs,
                         std::vector<anomaly::BandSeriesSpec> detectors)
    : specs_(std::move(specs)), bands_(AllBandSeries(specs_, std::move(detectors))) {
  runtime_.resize(specs_.size());
  for (size_t i = 0; i < specs_.size(); ++i) {
    runtime_[i].reason = std::string(kInitialAlarmReason);
    runtime_[i].key = AlarmMetricKey(specs_[i]);
    runtime_[i].spec_fingerprint = AlarmSpecFingerprint(specs_[i]);
    if (specs_[i].band) runtime_[i].band_series = bands_.Find(BandSeriesFor(specs_[i]).Identity());
    if (specs_[i].rolling) {
      // Exactly the window's N sub-windows: no look-back (§4.10).
      const int n = std::max(1, specs_[i].evaluation_periods);
      runtime_[i].rolling.emplace(specs_[i].period_seconds, n);
      runtime_[i].rolling_pattern.assign(static_cast<size_t>(n), 0);
    }
    runtime_[i].samples = SampleLineRing::ForAlarm(
        specs_[i].sample_lines.value_or(0), EvaluationRange(specs_[i]), specs_[i].period_seconds,
        static_cast<int>(Cadence(specs_[i]) / 1000), SampleRankFor(specs_[i].comparison_operator));
  }
}

std::vector<SampleLine> AlarmEngine::BreachingLines(size_t index, int64_t t) const {
  const AlarmSpec& spec = specs_[index];
  const Runtime& rt = runtime_[index];
  std::vector<SampleLine> lines;
  if (!rt.samples.enabled()) return lines;
  const int64_t period_ms = static_cast<int64_t>(spec.period_seconds) * 1000;
  const auto range = static_cast<int64_t>(rt.recent.size());
  // Newest period first, each period's lines best first.
  for (int64_t i = range - 1; i >= 0; --i) {
    const std::optional<Datapoint>& datapoint = rt.recent[static_cast<size_t>(i)];
    if (!datapoint) continue;
    const std::optional<double> value = DatapointValue(spec, *datapoint);
    if (!value) continue;
    bool breaching = false;
    if (spec.band) {
      const auto& band = rt.recent_bands.size() == rt.recent.size()
                             ? rt.recent_bands[static_cast<size_t>(i)]
                             : std::nullopt;
      breaching = band && BreachesBand(spec.comparison_operator, *value, *band);
    } else {
      breaching = Breaches(spec, *value);
    }
    if (!breaching) continue;
    // A rolling alarm's sub-windows end with its newest bucket, not at `t`.
    const int64_t start = spec.rolling ? datapoint->period_start_ms : t - (range - i) * period_ms;
    rt.samples.AppendLinesIn(start, start + period_ms, lines);
  }
  // Most telling first (stable: newer periods, then earlier lines, win
  // ties), then the kept ones in time order, lines of one time in the order
  // they came.
  std::vector<size_t> order(lines.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const SampleRank rank = rt.samples.rank();
  if (rank != SampleRank::kFirst) {
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return rank == SampleRank::kHighest ? lines[a].value > lines[b].value
                                          : lines[a].value < lines[b].value;
    });
  }
  order.resize(std::min(order.size(), static_cast<size_t>(rt.samples.lines_per_period())));
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return lines[a].time_ms != lines[b].time_ms ? lines[a].time_ms < lines[b].time_ms : a < b;
  });
  std::vector<SampleLine> kept;
  kept.reserve(order.size());
  for (size_t i : order) kept.push_back(std::move(lines[i]));
  return kept;
}

void AlarmEngine::WatchMetrics(MetricStore& store) const {
  for (size_t i = 0; i < specs_.size(); ++i) {
    store.Watch(runtime_[i].key, specs_[i].period_seconds, EvaluationRange(specs_[i]),
                !specs_[i].extended_statistic.empty());
  }
  bands_.WatchMetrics(store);
}

bool AlarmEngine::EvaluateAt(size_t index, int64_t t, const MetricStore& store,
                             const EvidenceRule& evidence, std::vector<AlarmEvent>& events) {
  const AlarmSpec& spec = specs_[index];
  Runtime& rt = runtime_[index];
  const int range = EvaluationRange(spec);
  const int64_t period_ms = static_cast<int64_t>(spec.period_seconds) * 1000;
  rt.recent.assign(static_cast<size_t>(range), std::nullopt);
  bool all_missing = true;
  for (int i = 0; i < range; ++i) {
    // Oldest first: slot i holds period j = range - 1 - i.
    const int64_t start = t - static_cast<int64_t>(range - i) * period_ms;
    rt.recent[static_cast<size_t>(i)] = store.Get(rt.key, start, spec.period_seconds);
    if (rt.recent[static_cast<size_t>(i)]) all_missing = false;
  }
  rt.recent_bands.clear();
  if (rt.band_series) {
    // The model learns every period that closed by t before the alarm
    // judges it; each period's band was predicted before it was learned.
    bands_.Advance(*rt.band_series, t, store);
    rt.recent_bands.assign(static_cast<size_t>(range), std::nullopt);
    for (int i = 0; i < range; ++i) {
      const int64_t start = t - static_cast<int64_t>(range - i) * period_ms;
      if (const auto prediction = bands_.PredictionFor(*rt.band_series, start)) {
        const auto [lower, upper] = bands_.Bounds(*rt.band_series, *prediction, spec.band->width);
        rt.recent_bands[static_cast<size_t>(i)] = BandBounds{lower, upper};
      }
    }
  }
  rt.last_evaluated_ms = t;
  Apply(index, t, EvaluateAlarm(spec, rt.recent, rt.state, t, evidence, rt.recent_bands), events);
  return all_missing;
}

void AlarmEngine::Apply(size_t index, int64_t t, EvaluationResult result,
                        std::vector<AlarmEvent>& events) {
  const AlarmSpec& spec = specs_[index];
  Runtime& rt = runtime_[index];
  const bool to_alarm =
      !result.kept_state && result.state != rt.state && result.state == AlarmState::kAlarm;
  if (to_alarm) {
    rt.breaching_lines = BreachingLines(index, t);
  } else if (rt.state == AlarmState::kAlarm && rt.samples.enabled()) {
    // Still in ALARM: the lines of the latest breaching datapoints (kept
    // while the range holds none, e.g. missing data ignored).
    if (std::vector<SampleLine> lines = BreachingLines(index, t); !lines.empty()) {
      rt.breaching_lines = std::move(lines);
    }
  }
  if (!result.kept_state && result.state != rt.state) {
    // A state set by hand after boundary t but before t was judged stays
    // earlier in the alarm's history than the judgement that replaces it.
    const int64_t when = std::max(t, rt.last_change_ms);
    AlarmEvent event;
    event.id = MakeAlarmEventId(spec.name, when, ++sequence_);
    event.alarm_name = spec.name;
    event.old_state = rt.state;
    event.new_state = result.state;
    event.reason = result.reason;
    event.reason_data_json = result.reason_data_json;
    event.time_ms = when;
    if (result.state == AlarmState::kAlarm) {
      event.sample_lines = rt.breaching_lines;
    } else {
      rt.breaching_lines.clear();
    }
    events.push_back(std::move(event));
    rt.state = result.state;
    rt.reason = std::move(result.reason);
    rt.reason_data_json = std::move(result.reason_data_json);
    rt.last_change_ms = when;
  } else if ((result.too_few_evidence_periods || result.band_learning) && !result.kept_state) {
    // Still INSUFFICIENT_DATA, but now for a stated reason (docs/cloudwatch-semantics.md
    // §4.7) rather than "Initial alarm creation": no transition, no event.
    rt.reason = std::move(result.reason);
    rt.reason_data_json = std::move(result.reason_data_json);
  }
}

namespace {

// The verdict pattern of one sub-window (see Runtime::rolling_pattern).
uint8_t PatternOf(const AlarmSpec& spec, const std::optional<Datapoint>& d, int64_t start_ms,
                  int64_t missing_since_ms) {
  if (!d) return start_ms >= missing_since_ms ? 1 : 0;
  const std::optional<double> value = DatapointValue(spec, *d);
  if (!value) return start_ms >= missing_since_ms ? 1 : 0;
  return Breaches(spec, *value) ? 3 : 2;
}

// docs/cloudwatch-semantics.md §4.10: a rolling alarm's reason ends with
// the bounds of the window it judged (its N sub-windows).
void AddRollingBounds(const RollingWindow& window, std::string& reason) {
  constexpr size_t kMaxReasonChars = 1023;
  const int64_t start = window.SubWindowStart(0);
  const std::string bounds =
      " Rolling window " + FormatIso8601(start) + " to " + FormatIso8601(window.end_ms()) + ".";
  if (reason.size() + bounds.size() > kMaxReasonChars) {
    reason.resize(kMaxReasonChars - bounds.size() - 3);
    reason += "...";
  }
  reason += bounds;
}

}  // namespace

void AlarmEngine::EvaluateRollingAt(size_t index, int64_t t, const AlarmSources& sources,
                                    bool keep_recent, std::vector<AlarmEvent>& events) {
  const AlarmSpec& spec = specs_[index];
  Runtime& rt = runtime_[index];
  RollingWindow& window = *rt.rolling;
  t = std::max(t, rt.last_evaluated_ms);
  window.AdvanceTo(t);
  const std::vector<std::optional<Datapoint>>& subs = window.SubWindows();
  rt.last_evaluated_ms = t;
  if (keep_recent) rt.recent = subs;
  // Rolling alarms are never live-scoped, so only observation limits evidence.
  const int64_t missing_since =
      sources.observed_since_ms.value_or(std::numeric_limits<int64_t>::min());
  bool same = rt.judged;
  for (size_t i = 0; i < subs.size(); ++i) {
    const uint8_t code =
        PatternOf(spec, subs[i], window.SubWindowStart(static_cast<int>(i)), missing_since);
    if (rt.rolling_pattern[i] != code) {
      same = false;
      rt.rolling_pattern[i] = code;
    }
  }
  // The rules read nothing but this pattern (and the state, which only
  // changes here), so an unchanged pattern gives the same verdict.
  if (same) return;
  rt.judged = true;
  if (!keep_recent) rt.recent = subs;
  EvaluationResult result =
      EvaluateAlarm(spec, subs, rt.state, t, EvidenceAt(spec, sources, t), rt.recent_bands);
  AddRollingBounds(window, result.reason);
  Apply(index, t, std::move(result), events);
}

void AlarmEngine::AddRollingSample(size_t index, int64_t time_ms, double value,
                                   const AlarmSources& sources, std::vector<AlarmEvent>& events) {
  Runtime& rt = runtime_[index];
  if (!rt.rolling || !rt.rolling->Add(time_ms, value)) return;
  EvaluateRollingAt(index, time_ms, sources, /*keep_recent=*/false, events);
}

std::vector<AlarmEvent> AlarmEngine::Tick(int64_t now_ms, const MetricStore& store,
                                          std::span<const AlarmSources> sources) {
  std::vector<AlarmEvent> events;
  if (last_tick_ms_ && now_ms <= *last_tick_ms_) return events;
  for (size_t i = 0; i < specs_.size(); ++i) {
    if (runtime_[i].rolling) {
      const AlarmSources none;
      EvaluateRollingAt(i, now_ms, i < sources.size() ? sources[i] : none, /*keep_recent=*/true,
                        events);
      continue;
    }
    const int64_t cadence = Cadence(specs_[i]);
    const int64_t last = AlignDown(now_ms, cadence);
    int64_t t = last_tick_ms_ ? AlignDown(*last_tick_ms_, cadence) + cadence : last;

    const int64_t range_ms = static_cast<int64_t>(EvaluationRange(specs_[i])) *
                             static_cast<int64_t>(specs_[i].period_seconds) * 1000;
    while (t <= last) {
      const EvidenceRule evidence =
          i < sources.size() ? EvidenceAt(specs_[i], sources[i], t) : EvidenceRule{};
      const bool all_missing = EvaluateAt(i, t, store, evidence, events);
      // Skipping needs the outcome to stay put: not while the evidence start
      // is inside the range (the number of evidence periods still grows), nor
      // for a live-scoped alarm (liveness changes with the end metric, which
      // NextSampleTime does not see).
      const bool steady =
          !specs_[i].missing_data_live_only && evidence.missing_since_ms <= t - range_ms;
      if (!all_missing || !steady) {
        t += cadence;
        continue;
      }
      // An all-missing range gives the same outcome until data enters the
      // range again, so jump to the first boundary whose range can hold the
      // next sample (or to the last boundary), evaluating that one.
      const std::optional<int64_t> next = store.NextSampleTime(runtime_[i].key, t);
      int64_t skip_to = next ? AlignDown(*next, cadence) + cadence : last;
      skip_to = std::min(skip_to, last);
      if (skip_to > t + cadence) {
        // Boundaries strictly between t and skip_to see no data either.

        t = skip_to;
      } else {
        t += cadence;
      }
    }
  }
  // Series no alarm reads (anomaly_detectors) learn too.
  bands_.AdvanceAll(now_ms, store);
  std::stable_sort(events.begin(), events.end(),
                   [](const AlarmEvent& a, const AlarmEvent& b) { return a.time_ms < b.time_ms; });
  last_tick_ms_ = now_ms;
  return events;
}

bool AlarmEngine::SetState(std::string_view name, AlarmState state, std::string reason,
                           std::string reason_data_json, int64_t now_ms,
                           std::vector<AlarmEvent>& events) {
  for (size_t i = 0; i < specs_.size(); ++i) {
    if (specs_[i].name != name) continue;
    Runtime& rt = runtime_[i];
    if (rt.state != state) {
      AlarmEvent event;
      event.id = MakeAlarmEventId(specs_[i].name, now_ms, ++sequence_);
      event.alarm_name = specs_[i].name;
      event.old_state = rt.state;
      event.new_state = state;
      event.reason = reason;
      event.reason_data_json = reason_data_json;
      event.time_ms = now_ms;
      events.push_back(std::move(event));
      rt.state = state;
      rt.last_change_ms = now_ms;
    }
    rt.reason = std::move(reason);
    rt.reason_data_json = std::move(reason_data_json);
    return true;
  }
  return false;
}

std::vector<AlarmEngine::AlarmStatus> AlarmEngine::Statuses() const {
  std::vector<AlarmStatus> out;
  out.reserve(specs_.size());
  for (size_t i = 0; i < specs_.size(); ++i) {
    const Runtime& rt = runtime_[i];
    out.push_back(AlarmStatus{&specs_[i], rt.state, rt.reason, rt.reason_data_json,
                              rt.last_change_ms, rt.last_evaluated_ms, rt.recent, rt.recent_bands,
                              rt.breaching_lines});
  }
  return out;
}

void AlarmEngine::AdoptStateFrom(const AlarmEngine& previous) {
  for (size_t i = 0; i < specs_.size(); ++i) {
    for (size_t j = 0; j < previous.specs_.size(); ++j) {
      if (previous.specs_[j].name != specs_[i].name ||
          previous.runtime_[j].spec_fingerprint != runtime_[i].spec_fingerprint) {
        continue;
      }
      const Runtime& old = previous.runtime_[j];
      Runtime& rt = runtime_[i];
      rt.state = old.state;
      rt.reason = old.reason;
      rt.reason_data_json = old.reason_data_json;
      rt.last_change_ms = old.last_change_ms;
      rt.last_evaluated_ms = old.last_evaluated_ms;
      rt.recent = old.recent;
      rt.recent_bands = old.recent_bands;
      if (rt.rolling && old.rolling) rt.rolling = old.rolling;
      rt.judged = false;
      rt.samples.AdoptFrom(old.samples);
      rt.breaching_lines = old.breaching_lines;
      break;
    }
  }
  bands_.AdoptFrom(previous.bands_);
  last_tick_ms_ = previous.last_tick_ms_;
  sequence_ = previous.sequence_;
}

std::string AlarmEngine::Serialize() const {
  ByteWriter w;
  w.Put<uint32_t>(kSerialMagic);
  w.Put<uint32_t>(kSerialVersion);
  w.Put<uint8_t>(last_tick_ms_ ? 1 : 0);
  w.Put<int64_t>(last_tick_ms_.value_or(0));
  w.Put<uint64_t>(sequence_);
  w.Put<uint64_t>(specs_.size());
  for (size_t i = 0; i < specs_.size(); ++i) {
    const Runtime& rt = runtime_[i];
    w.PutString(specs_[i].name);
    w.Put<uint64_t>(rt.spec_fingerprint);
    w.Put<uint8_t>(static_cast<uint8_t>(rt.state));
    w.PutString(rt.reason);
    w.PutString(rt.reason_data_json);
    w.Put<int64_t>(rt.last_change_ms);
    w.Put<int64_t>(rt.last_evaluated_ms);
  }
  w.PutString(bands_.Serialize());
  uint64_t rolling = 0;
  for (const Runtime& rt : runtime_) rolling += rt.rolling ? 1 : 0;
  w.Put<uint64_t>(rolling);
  for (size_t i = 0; i < specs_.size(); ++i) {
    if (!runtime_[i].rolling) continue;
    w.PutString(specs_[i].name);
    w.Put<uint64_t>(runtime_[i].spec_fingerprint);
    w.PutString(runtime_[i].rolling->Serialize());
  }
  // Version 4: each alarm's kept sample lines and its current breaching ones.
  for (size_t i = 0; i < specs_.size(); ++i) {
    w.PutString(runtime_[i].samples.Serialize());
    w.PutString(SerializeSampleLines(runtime_[i].breaching_lines));
  }
  return w.Take();
}

Status AlarmEngine::Restore(std::string_view bytes) {
  ByteReader r(bytes);
  if (r.Get<uint32_t>() != kSerialMagic) return MakeError("alarm checkpoint: bad magic");
  const auto version = r.Get<uint32_t>();
  if (version < 1 || version > kSerialVersion) {
    return MakeError("alarm checkpoint: unsupported version " + std::to_string(version));
  }
  const bool has_tick = r.Get<uint8_t>() != 0;
  const auto tick = r.Get<int64_t>();
  const auto sequence = r.Get<uint64_t>();
  const uint64_t count = r.GetCount(8 + 8 + 1 + 8 + 8 + 8 + 8);
  struct Saved {
    std::string name;
    uint64_t fingerprint;
    uint8_t state;
    std::string reason, reason_data;
    int64_t last_change, last_evaluated;
    std::string samples, breaching;  // version 4
  };
  std::vector<Saved> saved;
  for (uint64_t i = 0; i < count && r.ok(); ++i) {
    Saved s;
    s.name = r.GetString();
    s.fingerprint = r.Get<uint64_t>();
    s.state = r.Get<uint8_t>();
    s.reason = r.GetString();
    s.reason_data = r.GetString();
    s.last_change = r.Get<int64_t>();
    s.last_evaluated = r.Get<int64_t>();
    if (s.state > static_cast<uint8_t>(AlarmState::kInsufficientData)) r.Fail();
    saved.push_back(std::move(s));
  }
  const std::string band_bytes = version >= 2 ? r.GetString() : std::string();
  struct SavedWindow {
    std::string name;
    uint64_t fingerprint;
    std::string bytes;
  };
  std::vector<SavedWindow> windows(version >= 3 ? r.GetCount(3 * 8) : 0);
  for (SavedWindow& w : windows) {
    w.name = r.GetString();
    w.fingerprint = r.Get<uint64_t>();
    w.bytes = r.GetString();
  }
  if (version >= 4) {
    for (Saved& s : saved) {
      s.samples = r.GetString();
      s.breaching = r.GetString();
    }
  }
  if (!r.ok() || !r.done()) return MakeError("alarm checkpoint: truncated or corrupt");
  std::vector<std::optional<RollingWindow>> restored(specs_.size());
  for (size_t i = 0; i < specs_.size(); ++i) {
    if (!runtime_[i].rolling) continue;
    for (const SavedWindow& w : windows) {
      if (w.name != specs_[i].name || w.fingerprint != runtime_[i].spec_fingerprint) continue;
      restored[i] = *runtime_[i].rolling;
      if (auto s = restored[i]->Restore(w.bytes); !s) return s;
    }
  }
  // Sample lines are parsed before anything changes, so a corrupt section
  // leaves the engine as it was.
  std::vector<SampleLineRing> rings(specs_.size());
  std::vector<std::vector<SampleLine>> breaching(specs_.size());
  for (size_t i = 0; i < specs_.size(); ++i) {
    rings[i] = SampleLineRing(runtime_[i].samples.lines_per_period(), runtime_[i].samples.periods(),
                              runtime_[i].samples.period_seconds(), runtime_[i].samples.rank());
    for (const Saved& s : saved) {
      if (s.name != specs_[i].name || s.fingerprint != runtime_[i].spec_fingerprint) continue;
      if (s.samples.empty()) break;
      if (auto st = rings[i].Restore(s.samples); !st)
        return MakeError("alarm checkpoint: " + st.error().message);
      auto lines = ParseSampleLines(s.breaching);
      if (!lines) return MakeError("alarm checkpoint: " + lines.error().message);
      breaching[i] = std::move(*lines);
      break;
    }
  }
  if (!band_bytes.empty()) {
    if (auto s = bands_.Restore(band_bytes); !s) return s;
  }
  for (size_t i = 0; i < specs_.size(); ++i) {
    for (const Saved& s : saved) {
      if (s.name != specs_[i].name || s.fingerprint != runtime_[i].spec_fingerprint) continue;
      Runtime& rt = runtime_[i];
      rt.state = static_cast<AlarmState>(s.state);
      rt.reason = s.reason;
      rt.reason_data_json = s.reason_data;
      rt.last_change_ms = s.last_change;
      rt.last_evaluated_ms = s.last_evaluated;
      break;
    }
    if (restored[i]) runtime_[i].rolling = std::move(restored[i]);
    runtime_[i].judged = false;
    if (runtime_[i].samples.enabled()) {
      runtime_[i].samples = std::move(rings[i]);
      runtime_[i].breaching_lines = std::move(breaching[i]);
    }
  }
  if (has_tick) last_tick_ms_ = tick;
  sequence_ = sequence;
  return OkStatus();
}

}  // namespace tailwatch::engine
