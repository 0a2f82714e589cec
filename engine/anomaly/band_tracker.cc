#include "engine/anomaly/band_tracker.h"

#include <algorithm>
#include <utility>

#include "engine/alarm/evaluate.h"
#include "engine/common/byte_codec.h"
#include "engine/common/floor_div.h"

namespace tailwatch::engine::anomaly {
namespace {

constexpr uint32_t kSerialMagic = 0x44424754;  // "TGBD"
constexpr uint32_t kSerialVersion = 1;

// Periods of backlog the store keeps for a banded series (unless it keeps
// raw values for a percentile, which are too large to keep this long): a
// daemon that starts on logs with history, or comes back after a pause,
// learns from them instead of waiting out its warm-up in real time.
constexpr int kBacklogPeriods = 64;

int BacklogPeriods(const BandSeriesSpec& spec) {
  return spec.extended_statistic.empty() ? std::max(spec.history_periods, kBacklogPeriods)
                                         : spec.history_periods;
}

bool Excluded(const BandSeriesSpec& spec, int64_t t_ms) {
  return std::any_of(spec.excluded_time_ranges.begin(), spec.excluded_time_ranges.end(),
                     [&](const TimeRange& r) { return t_ms >= r.start_ms && t_ms < r.end_ms; });
}

}  // namespace

std::string BandSeriesSpec::StatisticText() const {
  return statistic ? std::string(StatisticName(*statistic)) : extended_statistic;
}

std::string BandSeriesSpec::Identity() const {
  return key.ToString() + " " + StatisticText() + "/" + std::to_string(period_seconds);
}

std::string BandSeriesSpec::ModelIdentity() const {
  // UTC adds nothing, so checkpoints written before zones existed still match.
  return local_time ? Identity() + " in " + metric_timezone : Identity();
}

BandTracker::BandTracker(std::vector<BandSeriesSpec> series) {
  for (BandSeriesSpec& spec : series) {
    spec.key.Normalize();
    spec.history_periods = std::max(1, spec.history_periods);
    if (spec.local_time && spec.local_time->IsUtc()) spec.local_time.reset();
    if (!spec.local_time) spec.metric_timezone.clear();
    if (const std::optional<size_t> i = Find(spec.Identity())) {
      BandSeriesSpec& kept = series_[*i].spec;
      kept.history_periods = std::max(kept.history_periods, spec.history_periods);
      if (!kept.local_time && spec.local_time) {
        kept.local_time = spec.local_time;
        kept.metric_timezone = spec.metric_timezone;
      }
      continue;
    }
    Series s;
    s.stat.statistic = spec.statistic;
    s.stat.extended_statistic = spec.extended_statistic;
    s.stat.percentile = ParseExtendedStatistic(spec.extended_statistic).value_or(0);
    s.stat.period_seconds = spec.period_seconds;
    s.model = BandModel(BandModelOptions{static_cast<int64_t>(spec.period_seconds) * 1000});
    s.spec = std::move(spec);
    series_.push_back(std::move(s));
  }
  for (Series& s : series_) s.recent.reserve(static_cast<size_t>(s.spec.history_periods));
}

std::optional<size_t> BandTracker::Find(std::string_view identity) const {
  for (size_t i = 0; i < series_.size(); ++i) {
    if (series_[i].spec.Identity() == identity) return i;
  }
  return std::nullopt;
}

std::optional<size_t> BandTracker::FindModel(std::string_view model_identity) const {
  for (size_t i = 0; i < series_.size(); ++i) {
    if (series_[i].spec.ModelIdentity() == model_identity) return i;
  }
  return std::nullopt;
}

void BandTracker::WatchMetrics(MetricStore& store) const {
  for (const Series& s : series_) {
    store.Watch(s.spec.key, s.spec.period_seconds, BacklogPeriods(s.spec),
                !s.spec.extended_statistic.empty());
  }
}

void BandTracker::Feed(Series& s, int64_t period_start_ms, double value) {
  // The model's profiles are in the metric's local hours; everything else
  // (the period grid, excluded ranges, the points kept) stays in UTC.
  const int64_t model_time =
      s.spec.local_time ? s.spec.local_time->ToLocalMs(period_start_ms) : period_start_ms;
  BandPoint point{period_start_ms, value, s.model.Predict(model_time)};
  if (!Excluded(s.spec, period_start_ms)) {
    s.model.Observe(model_time, value);
    s.seen_negative = s.seen_negative || value < 0;
  }
  if (s.recent.size() >= static_cast<size_t>(s.spec.history_periods)) {
    s.recent.erase(s.recent.begin());  // capacity is kept: no allocation
  }
  s.recent.push_back(point);
}

void BandTracker::Advance(size_t i, int64_t t_ms, const MetricStore& store) {
  Series& s = series_[i];
  const int64_t period_ms = static_cast<int64_t>(s.spec.period_seconds) * 1000;
  const int64_t end = AlignDown(t_ms, period_ms);  // periods ending at or before t_ms
  const int64_t backlog = BacklogPeriods(s.spec);
  int64_t start = s.fed_until_ms.value_or(end - backlog * period_ms);
  start = std::max(start, end - (backlog + 2) * period_ms);
  while (start < end) {
    // Skip silent stretches quickly: the next bucket with samples.
    const std::optional<int64_t> next = store.NextSampleTime(s.spec.key, start);
    if (!next || *next >= end) break;
    start = std::max(start, AlignDown(*next, period_ms));
    if (const std::optional<Datapoint> dp = store.Get(s.spec.key, start, s.spec.period_seconds)) {
      if (const std::optional<double> value = DatapointValue(s.stat, *dp)) Feed(s, start, *value);
    }
    start += period_ms;
  }
  if (!s.fed_until_ms || end > *s.fed_until_ms) s.fed_until_ms = end;
}

void BandTracker::AdvanceAll(int64_t t_ms, const MetricStore& store) {
  for (size_t i = 0; i < series_.size(); ++i) Advance(i, t_ms, store);
}

std::optional<Prediction> BandTracker::PredictionFor(size_t i, int64_t period_start_ms) const {
  const Series& s = series_[i];
  const int64_t aligned =
      AlignDown(period_start_ms, static_cast<int64_t>(s.spec.period_seconds) * 1000);
  for (auto it = s.recent.rbegin(); it != s.recent.rend(); ++it) {
    if (it->period_start_ms == aligned) return it->prediction;
    if (it->period_start_ms < aligned) break;
  }
  return std::nullopt;
}

std::pair<double, double> BandTracker::Bounds(size_t i, const Prediction& prediction,
                                              double k) const {
  double lower = prediction.Lower(k);
  if (!series_[i].seen_negative) lower = std::max(lower, 0.0);
  return {lower, prediction.Upper(k)};
}

void BandTracker::AdoptFrom(const BandTracker& previous) {
  for (Series& s : series_) {
    const std::optional<size_t> j = previous.FindModel(s.spec.ModelIdentity());
    if (!j) continue;
    const Series& old = previous.series_[*j];
    s.model = old.model;
    s.fed_until_ms = old.fed_until_ms;
    s.seen_negative = old.seen_negative;
    const size_t keep = std::min(old.recent.size(), static_cast<size_t>(s.spec.history_periods));
    s.recent.assign(old.recent.end() - static_cast<std::ptrdiff_t>(keep), old.recent.end());
  }
}

std::string BandTracker::Serialize() const {
  ByteWriter w;
  w.Put<uint32_t>(kSerialMagic);
  w.Put<uint32_t>(kSerialVersion);
  w.Put<uint64_t>(series_.size());
  for (const Series& s : series_) {
    w.PutString(s.spec.ModelIdentity());
    std::string model;
    s.model.Serialize(&model);
    w.PutString(model);
    w.Put<uint8_t>(s.fed_until_ms ? 1 : 0);
    w.Put<int64_t>(s.fed_until_ms.value_or(0));
    w.Put<uint8_t>(s.seen_negative ? 1 : 0);
    w.Put<uint64_t>(s.recent.size());
    for (const BandPoint& p : s.recent) {
      w.Put<int64_t>(p.period_start_ms);
      w.Put<double>(p.value);
      w.Put<uint8_t>(p.prediction ? 1 : 0);
      w.Put<double>(p.prediction ? p.prediction->center : 0);
      w.Put<double>(p.prediction ? p.prediction->spread : 0);
    }
  }
  return w.Take();
}

Status BandTracker::Restore(std::string_view bytes) {
  ByteReader r(bytes);
  if (r.Get<uint32_t>() != kSerialMagic) return MakeError("band checkpoint: bad magic");
  const auto version = r.Get<uint32_t>();
  if (version != kSerialVersion) {
    return MakeError("band checkpoint: unsupported version " + std::to_string(version));
  }
  struct Saved {
    std::string identity;
    std::string model;
    std::optional<int64_t> fed_until;
    bool seen_negative = false;
    std::vector<BandPoint> recent;
  };
  std::vector<Saved> saved;
  const uint64_t count = r.GetCount(8 + 8 + 1 + 8 + 1 + 8);
  for (uint64_t n = 0; n < count && r.ok(); ++n) {
    Saved s;
    s.identity = r.GetString();
    s.model = r.GetString();
    const bool has_fed = r.Get<uint8_t>() != 0;
    const auto fed = r.Get<int64_t>();
    if (has_fed) s.fed_until = fed;
    s.seen_negative = r.Get<uint8_t>() != 0;
    const uint64_t points = r.GetCount(8 + 8 + 1 + 8 + 8);
    for (uint64_t k = 0; k < points && r.ok(); ++k) {
      BandPoint p;
      p.period_start_ms = r.Get<int64_t>();
      p.value = r.Get<double>();
      const bool has_prediction = r.Get<uint8_t>() != 0;
      const auto center = r.Get<double>();
      const auto spread = r.Get<double>();
      if (has_prediction) p.prediction = Prediction{center, spread};
      s.recent.push_back(p);
    }
    saved.push_back(std::move(s));
  }
  if (!r.ok() || !r.done()) return MakeError("band checkpoint: truncated or corrupt");
  // Check every model before changing anything.
  std::vector<std::pair<size_t, BandModel>> models;
  for (size_t i = 0; i < saved.size(); ++i) {
    const std::optional<size_t> j = FindModel(saved[i].identity);
    // A series no longer configured, or a model of an earlier tailwatch
    // (another model layout), starts afresh: an upgrade relearns, it does not
    // refuse to start.
    if (!j || !BandModel::WrittenByThisVersion(saved[i].model)) continue;
    BandModel model(BandModelOptions{static_cast<int64_t>(series_[*j].spec.period_seconds) * 1000});
    if (!model.Restore(saved[i].model)) {
      return MakeError("band checkpoint: the model of " + saved[i].identity + " is corrupt");
    }
    models.emplace_back(i, std::move(model));
  }
  for (auto& [i, model] : models) {
    Series& s = series_[*FindModel(saved[i].identity)];
    s.model = std::move(model);
    s.fed_until_ms = saved[i].fed_until;
    s.seen_negative = saved[i].seen_negative;
    const size_t keep =
        std::min(saved[i].recent.size(), static_cast<size_t>(s.spec.history_periods));
    s.recent.assign(saved[i].recent.end() - static_cast<std::ptrdiff_t>(keep),
                    saved[i].recent.end());
  }
  return OkStatus();
}

}  // namespace tailwatch::engine::anomaly
