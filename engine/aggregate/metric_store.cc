#include "engine/aggregate/metric_store.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <deque>
#include <limits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/common/byte_codec.h"
#include "engine/common/floor_div.h"

namespace tailwatch::engine {
namespace {

constexpr size_t kMaxDimensions = 30;
constexpr int64_t kMinuteMs = 60000;
constexpr int64_t kTenSecondsMs = 10000;
constexpr int64_t kNever = std::numeric_limits<int64_t>::min();
constexpr uint32_t kSerialMagic = 0x534d5754;  // "TWMS"
// 2: each series also carries its sample times (SeriesStats). Version 1
// checkpoints still restore, every series with has_times false.
constexpr uint32_t kSerialVersion = 2;

struct Bucket {
  int64_t start_ms = 0;
  double count = 0;
  double sum = 0;
  double minimum = 0;
  double maximum = 0;
  // Raw values, only when the series keeps them (percentile watches).
  bool values_kept = false;
  uint32_t compactions = 0;
  std::vector<PercentileSample> values;
};

struct WatchInfo {
  int64_t history_ms = 0;
  int64_t bucket_ms = kMinuteMs;
  bool keep_values = false;
};

struct Series {
  MetricKey key;
  std::string metric_id;  // namespace '\0' metric: the dimension-cap group
  bool watched = false;
  bool kept = false;  // KeepSeries: never dropped for idleness
  WatchInfo watch;
  std::deque<Bucket> buckets;  // sorted by start_ms, unique, only non-empty
  int64_t newest_sample_ms = kNever;
  int64_t drained_until_ms = kNever;  // periods ending at or before were reported
  SeriesStats stats;
};

// Widens the sample times of `stats` to `time_ms`.
void NoteSampleTime(SeriesStats& stats, int64_t time_ms) {
  if (!stats.has_times) {
    stats.has_times = true;
    stats.first_sample_ms = stats.last_sample_ms = time_ms;
  } else {
    stats.first_sample_ms = std::min(stats.first_sample_ms, time_ms);
    stats.last_sample_ms = std::max(stats.last_sample_ms, time_ms);
  }
}

void CountAggregate(SeriesStats& stats, int64_t time_ms, const SampleAggregate& sample) {
  stats.total_samples += static_cast<uint64_t>(std::llround(sample.count));
  stats.total_sum += sample.sum;
  NoteSampleTime(stats, time_ms);
}

std::string MetricId(std::string_view metric_namespace, std::string_view metric_name) {
  std::string id(metric_namespace);
  id += '\0';
  id += metric_name;
  return id;
}

// A key that is not built yet: the Add arguments plus the sorted order of
// the dimensions. Lets the series map find a known series without
// allocating a MetricKey.
struct KeyView {
  std::string_view metric_namespace;
  std::string_view metric_name;
  std::span<const std::string_view> names;
  std::span<const std::string_view> values;
  std::array<uint8_t, kMaxDimensions> order{};
  size_t size = 0;
  uint64_t hash = 0;
};

struct KeyHash {
  using is_transparent = void;
  size_t operator()(const MetricKey& key) const { return HashMetricKey(key); }
  size_t operator()(const KeyView& view) const { return view.hash; }
};

struct KeyEqual {
  using is_transparent = void;
  bool operator()(const MetricKey& a, const MetricKey& b) const { return a == b; }
  bool operator()(const KeyView& view, const MetricKey& key) const {
    if (view.metric_namespace != key.metric_namespace || view.metric_name != key.metric_name ||
        view.size != key.dimensions.size()) {
      return false;
    }
    for (size_t i = 0; i < view.size; ++i) {
      const size_t j = view.order[i];
      if (view.names[j] != key.dimensions[i].first || view.values[j] != key.dimensions[i].second) {
        return false;
      }
    }
    return true;
  }
  bool operator()(const MetricKey& key, const KeyView& view) const { return (*this)(view, key); }
};

bool LessPercentile(const PercentileSample& a, const PercentileSample& b) {
  return a.value < b.value;
}

// Shrinks a full raw-value buffer to at most 3/4 of `cap` entries, KLL
// style: only samples of equal weight are merged. The weight class with the
// most entries is sorted and adjacent pairs become one sample of double
// weight (which of the pair survives alternates with the compaction count,
// so repeated compactions do not drift one way). Weights stay powers of two
// and the total weight stays the sample count.
void Compact(Bucket& bucket, size_t cap) {
  auto& values = bucket.values;
  while (values.size() > cap * 3 / 4) {
    std::sort(values.begin(), values.end(),
              [](const PercentileSample& a, const PercentileSample& b) {
                return a.weight != b.weight ? a.weight < b.weight : a.value < b.value;
              });
    // Find the largest class of equal weight.
    size_t best_begin = 0, best_size = 0;
    for (size_t begin = 0; begin < values.size();) {
      size_t end = begin;
      while (end < values.size() && values[end].weight == values[begin].weight) ++end;
      if (end - begin > best_size) {
        best_begin = begin;
        best_size = end - begin;
      }
      begin = end;
    }
    if (best_size < 2) break;
    const size_t keep_second = bucket.compactions % 2;
    std::vector<PercentileSample> merged;
    merged.reserve(values.size());
    merged.insert(merged.end(), values.begin(),
                  values.begin() + static_cast<std::ptrdiff_t>(best_begin));
    size_t i = best_begin;
    for (; i + 1 < best_begin + best_size; i += 2) {
      PercentileSample s = values[i + keep_second];
      s.weight = values[i].weight * 2;
      merged.push_back(s);
    }
    if (i < best_begin + best_size) merged.push_back(values[i]);
    merged.insert(merged.end(),
                  values.begin() + static_cast<std::ptrdiff_t>(best_begin + best_size),
                  values.end());
    values.swap(merged);
    ++bucket.compactions;
  }
}

}  // namespace

// Distinct across stores and over time, so a SeriesHandle filled by one store
// (or before a series was dropped) never matches another.
uint64_t NextGeneration() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

struct MetricStore::Impl {
  MetricStoreOptions options;
  // Changes whenever a series is dropped (SeriesHandle validity).
  uint64_t generation = NextGeneration();
  std::unordered_map<MetricKey, std::unique_ptr<Series>, KeyHash, KeyEqual> series;
  std::unordered_map<MetricKey, WatchInfo, MetricKeyHash> watches;
  std::unordered_set<MetricKey, MetricKeyHash> kept;     // KeepSeries
  std::unordered_map<std::string, size_t> combinations;  // metric id -> live series
  uint64_t samples_added = 0;
  uint64_t late_samples = 0;
  uint64_t cap_refusals = 0;
  size_t bucket_count = 0;
  int64_t now_ms = kNever;
  bool draining = false;

  // The series of `key`, whose dimensions may come in any order (sorted keys,
  // the usual case, are looked up without a copy).
  auto Find(const MetricKey& key) const {
    auto it = series.find(key);
    if (it == series.end() && !key.dimensions.empty() &&
        !std::is_sorted(key.dimensions.begin(), key.dimensions.end())) {
      MetricKey normalized = key;
      normalized.Normalize();
      it = series.find(normalized);
    }
    return it;
  }

  WatchInfo DefaultWatch() const {
    return WatchInfo{options.unwatched_history_ms, kMinuteMs, false};
  }

  // The oldest bucket start a series may still accept or keep.
  int64_t Horizon(const Series& s) const {
    const int64_t ref = std::max(s.newest_sample_ms, now_ms);
    if (ref == kNever) return kNever;
    return AlignDown(ref - s.watch.history_ms, s.watch.bucket_ms);
  }

  void ApplyWatch(Series& s, const WatchInfo& info, bool watched) {
    if (info.bucket_ms != s.watch.bucket_ms && !s.buckets.empty()) {
      // Bucket size changed (reload): old buckets cannot be re-cut.
      bucket_count -= s.buckets.size();
      s.buckets.clear();
    }
    s.watch = info;
    s.watched = watched;
  }

  Series* Create(MetricKey key) {
    auto s = std::make_unique<Series>();
    s->metric_id = MetricId(key.metric_namespace, key.metric_name);
    auto watch = watches.find(key);
    if (watch != watches.end()) {
      s->watched = true;
      s->watch = watch->second;
    } else {
      s->watch = DefaultWatch();
    }
    s->kept = kept.count(key) != 0;
    ++combinations[s->metric_id];
    s->key = std::move(key);
    Series* raw = s.get();
    MetricKey map_key = raw->key;
    series.emplace(std::move(map_key), std::move(s));
    return raw;
  }

  void Erase(decltype(series)::iterator it) {
    auto count = combinations.find(it->second->metric_id);
    if (count != combinations.end() && --count->second == 0) combinations.erase(count);
    bucket_count -= it->second->buckets.size();
    series.erase(it);
    generation = NextGeneration();
  }

  AddResult AddTo(Series& s, int64_t time_ms, double value) {
    return AddAggregateTo(s, time_ms, SampleAggregate{1, value, value, value, value});
  }

  // One value or a statistic set; a value with a count > 1 keeps its raw
  // value as one percentile sample of that weight, a statistic set (no
  // single value) keeps none.
  AddResult AddAggregateTo(Series& s, int64_t time_ms, const SampleAggregate& sample) {
    const int64_t start = AlignDown(time_ms, s.watch.bucket_ms);
    if (start < Horizon(s)) {
      // Refused for its period, but emitted: it counts in the totals and
      // the sample times.
      ++late_samples;
      CountAggregate(s.stats, time_ms, sample);
      return AddResult::kLate;
    }
    Bucket* bucket = nullptr;
    if (!s.buckets.empty() && s.buckets.back().start_ms == start) {
      bucket = &s.buckets.back();
    } else if (s.buckets.empty() || s.buckets.back().start_ms < start) {
      bucket = &s.buckets.emplace_back();
      bucket->start_ms = start;
      ++bucket_count;
    } else {
      auto it = std::lower_bound(s.buckets.begin(), s.buckets.end(), start,
                                 [](const Bucket& b, int64_t t) { return b.start_ms < t; });
      if (it == s.buckets.end() || it->start_ms != start) {
        it = s.buckets.insert(it, Bucket{});
        it->start_ms = start;
        ++bucket_count;
      }
      bucket = &*it;
    }
    if (bucket->count == 0) {
      bucket->minimum = sample.minimum;
      bucket->maximum = sample.maximum;
      bucket->values_kept = s.watch.keep_values;
    } else {
      bucket->minimum = std::min(bucket->minimum, sample.minimum);
      bucket->maximum = std::max(bucket->maximum, sample.maximum);
    }
    bucket->count += sample.count;
    bucket->sum += sample.sum;
    if (bucket->values_kept && sample.value) {
      bucket->values.push_back(PercentileSample{*sample.value, sample.count});
      if (bucket->values.size() >= options.max_raw_values_per_bucket) {
        Compact(*bucket, options.max_raw_values_per_bucket);
      }
    }
    s.newest_sample_ms = std::max(s.newest_sample_ms, time_ms);
    CountAggregate(s.stats, time_ms, sample);
    ++samples_added;
    return AddResult::kAdded;
  }

  // Aggregates the buckets of `s` in [start, end) into `out` (empty: count 0).
  static void Aggregate(const Series& s, int64_t start, int64_t end, Datapoint& out) {
    out = Datapoint{};
    out.period_start_ms = start;
    auto it = std::lower_bound(s.buckets.begin(), s.buckets.end(), start,
                               [](const Bucket& b, int64_t t) { return b.start_ms < t; });
    bool all_kept = true;
    for (; it != s.buckets.end() && it->start_ms < end; ++it) {
      if (out.sample_count == 0) {
        out.minimum = it->minimum;
        out.maximum = it->maximum;
      } else {
        out.minimum = std::min(out.minimum, it->minimum);
        out.maximum = std::max(out.maximum, it->maximum);
      }
      out.sample_count += it->count;
      out.sum += it->sum;
      all_kept = all_kept && it->values_kept;
      if (it->values_kept) {
        out.percentile_samples.insert(out.percentile_samples.end(), it->values.begin(),
                                      it->values.end());
      }
    }
    if (out.sample_count > 0 && all_kept) {
      out.has_percentile_samples = true;
      std::sort(out.percentile_samples.begin(), out.percentile_samples.end(), LessPercentile);
    } else {
      out.percentile_samples.clear();
    }
  }
};

MetricStore::MetricStore(MetricStoreOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  if (impl_->options.max_raw_values_per_bucket < 16) impl_->options.max_raw_values_per_bucket = 16;
}
MetricStore::~MetricStore() = default;
MetricStore::MetricStore(MetricStore&&) noexcept = default;
MetricStore& MetricStore::operator=(MetricStore&&) noexcept = default;

void MetricStore::Watch(const MetricKey& key, int period_seconds, int range_periods,
                        bool needs_percentiles) {
  MetricKey normalized = key;
  normalized.Normalize();
  const int64_t period_ms = static_cast<int64_t>(std::max(period_seconds, 1)) * 1000;
  const int64_t bucket_ms = period_seconds < 60 ? kTenSecondsMs : kMinuteMs;
  // The range, the open period ahead of the newest boundary, and slack for
  // bucket alignment.
  const int64_t history_ms =
      (static_cast<int64_t>(std::max(range_periods, 1)) + 1) * period_ms + 2 * bucket_ms;

  auto [it, inserted] = impl_->watches.try_emplace(normalized, WatchInfo{});
  WatchInfo& info = it->second;
  if (inserted) {
    info = WatchInfo{std::max(history_ms, impl_->options.unwatched_history_ms), bucket_ms,
                     needs_percentiles};
  } else {
    info.history_ms = std::max(info.history_ms, history_ms);
    info.bucket_ms = std::min(info.bucket_ms, bucket_ms);
    info.keep_values = info.keep_values || needs_percentiles;
  }
  auto series = impl_->series.find(normalized);
  if (series != impl_->series.end()) impl_->ApplyWatch(*series->second, info, true);
}

void MetricStore::KeepSeries(const MetricKey& key) {
  MetricKey normalized = key;
  normalized.Normalize();
  auto series = impl_->series.find(normalized);
  if (series != impl_->series.end()) series->second->kept = true;
  impl_->kept.insert(std::move(normalized));
}

void MetricStore::ClearWatches() {
  impl_->watches.clear();
  impl_->kept.clear();
  for (auto& [key, s] : impl_->series) {
    s->kept = false;
    WatchInfo info = impl_->DefaultWatch();
    info.bucket_ms = s->watch.bucket_ms;  // keep the data already cut
    impl_->ApplyWatch(*s, info, false);
  }
}

MetricStore::AddResult MetricStore::Add(std::string_view metric_namespace,
                                        std::string_view metric_name,
                                        std::span<const std::string_view> dimension_names,
                                        std::span<const std::string_view> dimension_values,
                                        int64_t time_ms, double value) {
  Impl& impl = *impl_;
  KeyView view;
  view.metric_namespace = metric_namespace;
  view.metric_name = metric_name;
  view.names = dimension_names;
  view.values = dimension_values;
  view.size = std::min(dimension_names.size(), dimension_values.size());
  if (view.size > kMaxDimensions) {
    ++impl.cap_refusals;
    return AddResult::kDimensionCapExceeded;
  }
  // Insertion sort of the (few) dimensions by (name, value).
  for (size_t i = 0; i < view.size; ++i) {
    size_t j = i;
    while (j > 0) {
      const size_t prev = view.order[j - 1];
      const bool less = dimension_names[i] < dimension_names[prev] ||
                        (dimension_names[i] == dimension_names[prev] &&
                         dimension_values[i] < dimension_values[prev]);
      if (!less) break;
      view.order[j] = view.order[j - 1];
      --j;
    }
    view.order[j] = static_cast<uint8_t>(i);
  }
  MetricKeyHasher hasher;
  hasher.AddNamespace(metric_namespace);
  hasher.AddMetricName(metric_name);
  for (size_t i = 0; i < view.size; ++i) {
    hasher.AddDimension(dimension_names[view.order[i]], dimension_values[view.order[i]]);
  }
  view.hash = hasher.Finish();

  auto it = impl.series.find(view);
  if (it != impl.series.end()) return impl.AddTo(*it->second, time_ms, value);

  // A new series: the slow path (allocates the key).
  MetricKey key;
  key.metric_namespace = std::string(metric_namespace);
  key.metric_name = std::string(metric_name);
  key.dimensions.reserve(view.size);
  for (size_t i = 0; i < view.size; ++i) {
    key.dimensions.emplace_back(std::string(dimension_names[view.order[i]]),
                                std::string(dimension_values[view.order[i]]));
  }
  return Add(key, time_ms, value);
}

MetricStore::AddResult MetricStore::Add(SeriesHandle* handle, std::string_view metric_namespace,
                                        std::string_view metric_name, int64_t time_ms,
                                        double value) {
  Impl& impl = *impl_;
  if (handle->series != nullptr && handle->generation == impl.generation) {
    return impl.AddTo(*static_cast<Series*>(handle->series), time_ms, value);
  }
  const AddResult result = Add(metric_namespace, metric_name, {}, {}, time_ms, value);
  KeyView view;
  view.metric_namespace = metric_namespace;
  view.metric_name = metric_name;
  MetricKeyHasher hasher;
  hasher.AddNamespace(metric_namespace);
  hasher.AddMetricName(metric_name);
  view.hash = hasher.Finish();
  if (auto it = impl.series.find(view); it != impl.series.end()) {
    handle->series = it->second.get();
    handle->generation = impl.generation;
  }
  return result;
}

MetricStore::AddResult MetricStore::Add(const MetricKey& key, int64_t time_ms, double value) {
  return AddAggregate(key, time_ms, SampleAggregate{1, value, value, value, value});
}

MetricStore::AddResult MetricStore::AddAggregate(const MetricKey& key_in, int64_t time_ms,
                                                 const SampleAggregate& sample) {
  Impl& impl = *impl_;
  MetricKey key = key_in;
  key.Normalize();
  auto it = impl.series.find(key);
  if (it != impl.series.end()) return impl.AddAggregateTo(*it->second, time_ms, sample);

  auto watch = impl.watches.find(key);
  const bool watched = watch != impl.watches.end();
  const WatchInfo info = watched ? watch->second : impl.DefaultWatch();
  // Refuse a late first sample before creating anything.
  if (impl.now_ms != kNever && AlignDown(time_ms, info.bucket_ms) <
                                   AlignDown(impl.now_ms - info.history_ms, info.bucket_ms)) {
    ++impl.late_samples;
    return AddResult::kLate;
  }
  if (!watched) {
    auto count = impl.combinations.find(MetricId(key.metric_namespace, key.metric_name));
    if (count != impl.combinations.end() &&
        count->second >= impl.options.max_dimension_combinations_per_metric) {
      ++impl.cap_refusals;
      return AddResult::kDimensionCapExceeded;
    }
  }
  Series* s = impl.Create(std::move(key));
  return impl.AddAggregateTo(*s, time_ms, sample);
}

std::optional<Datapoint> MetricStore::Get(const MetricKey& key, int64_t period_start_ms,
                                          int period_seconds) const {
  auto it = impl_->Find(key);
  if (it == impl_->series.end() || period_seconds <= 0) return std::nullopt;
  const Series& s = *it->second;
  const int64_t period_ms = static_cast<int64_t>(period_seconds) * 1000;
  if (period_start_ms % s.watch.bucket_ms != 0 || period_ms % s.watch.bucket_ms != 0) {
    return std::nullopt;
  }
  Datapoint out;
  Impl::Aggregate(s, period_start_ms, period_start_ms + period_ms, out);
  if (out.sample_count <= 0) return std::nullopt;
  return out;
}

void MetricStore::DrainClosed(int64_t now_ms, int period_seconds,
                              const std::function<void(const MetricKey&, const Datapoint&)>& out) {
  if (period_seconds <= 0) return;
  Impl& impl = *impl_;
  impl.draining = true;
  const int64_t period_ms = static_cast<int64_t>(period_seconds) * 1000;
  const int64_t end_limit = AlignDown(now_ms, period_ms);
  std::vector<std::pair<const MetricKey*, Datapoint>> closed;
  for (auto& [key, s] : impl.series) {
    if (s->buckets.empty()) continue;
    int64_t from = s->drained_until_ms;
    if (from == kNever) from = AlignDown(s->buckets.front().start_ms, period_ms);
    auto it = std::lower_bound(s->buckets.begin(), s->buckets.end(), from,
                               [](const Bucket& b, int64_t t) { return b.start_ms < t; });
    while (it != s->buckets.end() && it->start_ms < end_limit) {
      const int64_t period_start = AlignDown(it->start_ms, period_ms);
      Datapoint dp;
      Impl::Aggregate(*s, period_start, period_start + period_ms, dp);
      if (dp.sample_count > 0) closed.emplace_back(&s->key, std::move(dp));
      while (it != s->buckets.end() && it->start_ms < period_start + period_ms) ++it;
    }
    s->drained_until_ms = std::max(s->drained_until_ms, end_limit);
  }
  std::sort(closed.begin(), closed.end(), [](const auto& a, const auto& b) {
    if (a.second.period_start_ms != b.second.period_start_ms) {
      return a.second.period_start_ms < b.second.period_start_ms;
    }
    return *a.first < *b.first;
  });
  for (const auto& [key, dp] : closed) out(*key, dp);
}

void MetricStore::Expire(int64_t now_ms) {
  Impl& impl = *impl_;
  impl.now_ms = std::max(impl.now_ms, now_ms);
  for (auto it = impl.series.begin(); it != impl.series.end();) {
    Series& s = *it->second;
    const int64_t horizon = impl.Horizon(s);
    while (!s.buckets.empty() && s.buckets.front().start_ms < horizon &&
           (!impl.draining || s.buckets.front().start_ms < s.drained_until_ms)) {
      s.buckets.pop_front();
      --impl.bucket_count;
    }
    const bool idle = s.newest_sample_ms == kNever ||
                      s.newest_sample_ms < impl.now_ms - impl.options.dimension_window_ms;
    // An idle unwatched series whose periods were all reported holds
    // buckets only to fold late samples into them; with a dimension window
    // shorter than that history it must still die when idle, or a series
    // held at the cap would block new dimension values for good.
    const bool reported = !impl.draining || s.buckets.empty() ||
                          s.buckets.back().start_ms + s.watch.bucket_ms <= s.drained_until_ms;
    const bool spent = s.buckets.empty() || (!s.watched && reported);
    if (spent && idle && !s.kept) {
      auto next = std::next(it);
      impl.Erase(it);
      it = next;
    } else {
      ++it;
    }
  }
}

void MetricStore::ForEachSeries(
    const std::function<void(const MetricKey&, const SeriesStats&)>& fn) const {
  for (const auto& [key, s] : impl_->series) fn(s->key, s->stats);
}

const SeriesStats* MetricStore::FindSeries(const MetricKey& key) const {
  auto it = impl_->Find(key);
  return it == impl_->series.end() ? nullptr : &it->second->stats;
}

bool MetricStore::SetSampleTimes(const MetricKey& key, int64_t first_sample_ms,
                                 int64_t last_sample_ms) {
  MetricKey normalized = key;
  normalized.Normalize();
  auto it = impl_->series.find(normalized);
  if (it == impl_->series.end()) return false;
  SeriesStats& stats = it->second->stats;
  if (!stats.has_times) {
    stats.has_times = true;
    stats.first_sample_ms = first_sample_ms;
    stats.last_sample_ms = last_sample_ms;
  }
  return true;
}

std::optional<int64_t> MetricStore::NextSampleTime(const MetricKey& key, int64_t from_ms) const {
  auto it = impl_->series.find(key);
  if (it == impl_->series.end()) return std::nullopt;
  const Series& s = *it->second;
  auto b = std::lower_bound(
      s.buckets.begin(), s.buckets.end(), from_ms,
      [&](const Bucket& bucket, int64_t t) { return bucket.start_ms + s.watch.bucket_ms <= t; });
  if (b == s.buckets.end()) return std::nullopt;
  return b->start_ms;
}

MetricStoreCounters MetricStore::counters() const {
  MetricStoreCounters c;
  c.samples_added = impl_->samples_added;
  c.late_samples = impl_->late_samples;
  c.dimension_cap_refusals = impl_->cap_refusals;
  c.series = impl_->series.size();
  c.buckets = impl_->bucket_count;
  return c;
}

const MetricStoreOptions& MetricStore::options() const { return impl_->options; }

std::string MetricStore::Serialize() const {
  const Impl& impl = *impl_;
  ByteWriter w;
  w.Put<uint32_t>(kSerialMagic);
  w.Put<uint32_t>(kSerialVersion);
  w.Put<uint64_t>(impl.samples_added);
  w.Put<uint64_t>(impl.late_samples);
  w.Put<uint64_t>(impl.cap_refusals);
  w.Put<int64_t>(impl.now_ms);
  w.Put<uint8_t>(impl.draining ? 1 : 0);
  // Sorted by key so equal stores serialize to equal bytes.
  std::vector<const Series*> ordered;
  for (const auto& [key, s] : impl.series) ordered.push_back(s.get());
  std::sort(ordered.begin(), ordered.end(),
            [](const Series* a, const Series* b) { return a->key < b->key; });
  w.Put<uint64_t>(ordered.size());
  for (const Series* s : ordered) {
    w.PutString(s->key.metric_namespace);
    w.PutString(s->key.metric_name);
    w.Put<uint64_t>(s->key.dimensions.size());
    for (const auto& [name, value] : s->key.dimensions) {
      w.PutString(name);
      w.PutString(value);
    }
    w.Put<int64_t>(s->watch.bucket_ms);
    w.Put<int64_t>(s->newest_sample_ms);
    w.Put<int64_t>(s->drained_until_ms);
    w.Put<uint64_t>(s->stats.total_samples);
    w.Put<double>(s->stats.total_sum);
    w.Put<uint8_t>(s->stats.has_times ? 1 : 0);
    w.Put<int64_t>(s->stats.first_sample_ms);
    w.Put<int64_t>(s->stats.last_sample_ms);
    w.Put<uint64_t>(s->buckets.size());
    for (const Bucket& b : s->buckets) {
      w.Put<int64_t>(b.start_ms);
      w.Put<double>(b.count);
      w.Put<double>(b.sum);
      w.Put<double>(b.minimum);
      w.Put<double>(b.maximum);
      w.Put<uint8_t>(b.values_kept ? 1 : 0);
      w.Put<uint32_t>(b.compactions);
      w.Put<uint64_t>(b.values.size());
      for (const PercentileSample& v : b.values) {
        w.Put<double>(v.value);
        w.Put<double>(v.weight);
      }
    }
  }
  return w.Take();
}

Status MetricStore::Restore(std::string_view bytes) {
  ByteReader r(bytes);
  if (r.Get<uint32_t>() != kSerialMagic) return MakeError("metric store checkpoint: bad magic");
  const auto version = r.Get<uint32_t>();
  if (version != 1 && version != kSerialVersion) {
    return MakeError("metric store checkpoint: unsupported version " + std::to_string(version));
  }
  Impl fresh;
  fresh.options = impl_->options;
  fresh.watches = impl_->watches;
  fresh.kept = impl_->kept;
  fresh.samples_added = r.Get<uint64_t>();
  fresh.late_samples = r.Get<uint64_t>();
  fresh.cap_refusals = r.Get<uint64_t>();
  fresh.now_ms = r.Get<int64_t>();
  fresh.draining = r.Get<uint8_t>() != 0;
  const uint64_t series_count = r.GetCount(8);
  for (uint64_t i = 0; i < series_count && r.ok(); ++i) {
    MetricKey key;
    key.metric_namespace = r.GetString();
    key.metric_name = r.GetString();
    const uint64_t dims = r.GetCount(16);
    for (uint64_t d = 0; d < dims && r.ok(); ++d) {
      std::string name = r.GetString();
      std::string value = r.GetString();
      key.dimensions.emplace_back(std::move(name), std::move(value));
    }
    if (!r.ok()) break;
    key.Normalize();
    if (fresh.series.count(key) != 0) {
      r.Fail();
      break;
    }
    Series* s = fresh.Create(std::move(key));
    const auto bucket_ms = r.Get<int64_t>();
    if (bucket_ms != kMinuteMs && bucket_ms != kTenSecondsMs) {
      r.Fail();
      break;
    }
    if (!s->watched) s->watch = fresh.DefaultWatch();
    s->watch.bucket_ms = bucket_ms;
    s->newest_sample_ms = r.Get<int64_t>();
    s->drained_until_ms = r.Get<int64_t>();
    s->stats.total_samples = r.Get<uint64_t>();
    s->stats.total_sum = r.Get<double>();
    if (version >= 2) {
      s->stats.has_times = r.Get<uint8_t>() != 0;
      s->stats.first_sample_ms = r.Get<int64_t>();
      s->stats.last_sample_ms = r.Get<int64_t>();
      if (s->stats.has_times && s->stats.first_sample_ms > s->stats.last_sample_ms) r.Fail();
    }
    const uint64_t buckets = r.GetCount(8 * 5 + 1 + 4 + 8);
    for (uint64_t b = 0; b < buckets && r.ok(); ++b) {
      Bucket bucket;
      bucket.start_ms = r.Get<int64_t>();
      bucket.count = r.Get<double>();
      bucket.sum = r.Get<double>();
      bucket.minimum = r.Get<double>();
      bucket.maximum = r.Get<double>();
      bucket.values_kept = r.Get<uint8_t>() != 0;
      bucket.compactions = r.Get<uint32_t>();
      const uint64_t values = r.GetCount(16);
      bucket.values.reserve(values);
      for (uint64_t v = 0; v < values && r.ok(); ++v) {
        const double value = r.Get<double>();
        const double weight = r.Get<double>();
        bucket.values.push_back(PercentileSample{value, weight});
      }
      if (!s->buckets.empty() && s->buckets.back().start_ms >= bucket.start_ms) r.Fail();
      if (bucket.start_ms % bucket_ms != 0) r.Fail();
      s->buckets.push_back(std::move(bucket));
      ++fresh.bucket_count;
    }
  }
  if (!r.ok() || !r.done()) return MakeError("metric store checkpoint: truncated or corrupt");
  *impl_ = std::move(fresh);
  return OkStatus();
}

}  // namespace tailwatch::engine
