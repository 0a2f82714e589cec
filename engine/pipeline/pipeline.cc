#include "engine/pipeline/pipeline.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "engine/common/byte_codec.h"
#include "engine/common/fnv1a.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_set.h"
#include "engine/match/log_records.h"

namespace tailwatch::engine {
namespace {

constexpr std::string_view kMagic = "TWPIPE1";
constexpr char kSep = '\x1f';

// Everything that changes what a filter counts.
uint64_t FilterFingerprint(const FilterSpec& f) {
  std::string s =
      f.log_group + kSep + f.pattern + kSep + f.regex + kSep + f.transformation.metric_namespace +
      kSep + f.transformation.metric_name + kSep + f.transformation.metric_value + kSep +
      (f.transformation.default_value ? std::to_string(*f.transformation.default_value) : "-") +
      kSep + f.transformation.unit;
  for (const auto& [name, value] : f.transformation.dimensions) s += kSep + name + '=' + value;
  return Fnv1a(s);
}

void AppendKeyPart(std::string& key, std::string_view part) {
  key.append(part);
  key.push_back(kSep);
}

std::string EncodeKey(const MetricKey& key) {
  std::string out;
  AppendKeyPart(out, key.metric_namespace);
  AppendKeyPart(out, key.metric_name);
  for (const auto& [name, value] : key.dimensions) {
    AppendKeyPart(out, name);
    AppendKeyPart(out, value);
  }
  return out;
}

}  // namespace

struct Pipeline::Impl final : public SampleSink {
  struct Group {
    std::string name;
    std::shared_ptr<const FilterSet> filters;
    std::vector<size_t> global_filter;  // FilterSet index -> index into filters_
    std::optional<TimestampExtractor> extractor;
    std::unique_ptr<EventContext> ctx;
  };
  struct Filter {
    uint64_t fingerprint = 0;
    uint64_t matches = 0;
    uint64_t dropped_value = 0;
    uint64_t dropped_dimension = 0;
    std::vector<std::string_view> dimension_names;  // views into spec
    SeriesTotals* fixed_series = nullptr;           // cached for dimension-less filters
    MetricStore::SeriesHandle store_series;         // likewise, in the store
  };

  PipelineSpec spec;
  std::vector<Group> groups;
  std::vector<Filter> filters;
  MetricStore store;
  AlarmEngine alarms;
  std::unordered_map<std::string, std::unique_ptr<SeriesTotals>> series;
  std::string key_buffer;
  PipelineCounters counters;
  // Per group: when tailwatch began observing it (BeginObserving).
  std::vector<std::optional<int64_t>> observed_since;
  // Per alarm: the groups whose filters feed its metric (all when none), and
  // the encoded series keys of its metric and end metric.
  std::vector<std::vector<size_t>> alarm_groups;
  std::vector<std::string> alarm_series_key;
  std::vector<std::string> alarm_end_key;

  // Per event, set before FilterSet::Process.
  size_t current_group = 0;
  int64_t current_time_ms = 0;

  Impl(PipelineSpec s, MetricStoreOptions options)
      : spec(std::move(s)), store(options), alarms(spec.alarms) {}

  void OnFilterMatch(size_t filter_index) override {
    ++filters[groups[current_group].global_filter[filter_index]].matches;
  }

  void OnDrop(size_t filter_index, DropReason reason) override {
    Filter& f = filters[groups[current_group].global_filter[filter_index]];
    if (reason == DropReason::kValue) {
      ++f.dropped_value;
    } else {
      ++f.dropped_dimension;
    }
  }

  void OnSample(const MetricSample& sample) override {
    const size_t index = groups[current_group].global_filter[sample.filter_index];
    Filter& f = filters[index];
    const MetricTransformationSpec& t = spec.filters[index].transformation;
    const auto result = f.dimension_names.empty()
                            ? store.Add(&f.store_series, t.metric_namespace, t.metric_name,
                                        current_time_ms, sample.value)
                            : store.Add(t.metric_namespace, t.metric_name, f.dimension_names,
                                        sample.dimension_values, current_time_ms, sample.value);
    if (result == MetricStore::AddResult::kDimensionCapExceeded) {
      ++counters.dimension_cap_refusals;
      return;
    }
    if (result == MetricStore::AddResult::kLate) ++counters.late_samples;
    SeriesTotals* totals = f.fixed_series;
    if (totals == nullptr) {
      totals = FindOrAddSeries(t, f, sample.dimension_values);
      if (f.dimension_names.empty()) f.fixed_series = totals;
    }
    if (!totals->has_times) {
      totals->has_times = true;
      totals->first_time_ms = totals->last_time_ms = current_time_ms;
    } else {
      totals->first_time_ms = std::min(totals->first_time_ms, current_time_ms);
      totals->last_time_ms = std::max(totals->last_time_ms, current_time_ms);
    }
    totals->sum += sample.value;
    ++totals->samples;
  }

  const SeriesTotals* FindSeries(const std::string& encoded) const {
    auto it = series.find(encoded);
    return it == series.end() ? nullptr : it->second.get();
  }

  // What the alarm engine needs to know about alarm `i`'s metric.
  AlarmSources SourcesOf(size_t i) const {
    AlarmSources sources;
    for (size_t g : alarm_groups[i]) {
      if (!observed_since[g]) continue;
      if (!sources.observed_since_ms || *observed_since[g] < *sources.observed_since_ms) {
        sources.observed_since_ms = observed_since[g];
        sources.observed_group = groups[g].name;
      }
    }
    if (!spec.alarms[i].missing_data_live_only) return sources;
    if (const SeriesTotals* s = FindSeries(alarm_series_key[i]); s && s->has_times) {
      sources.first_sample_ms = s->first_time_ms;
      sources.last_sample_ms = s->last_time_ms;
    }
    if (const SeriesTotals* e = FindSeries(alarm_end_key[i]); e && e->has_times) {
      sources.end_sample_ms = e->last_time_ms;
    }
    return sources;
  }

  SeriesTotals* FindOrAddSeries(const MetricTransformationSpec& t, const Filter& f,
                                std::span<const std::string_view> values) {
    // Canonical order: dimensions sorted by name (at most 3, so a tiny sort).
    std::array<size_t, 3> order{0, 1, 2};
    const size_t n = std::min<size_t>(f.dimension_names.size(), 3);
    // Insertion sort: n <= 3, and std::sort trips GCC 12's -Warray-bounds here.
    for (size_t i = 1; i < n; ++i) {
      for (size_t j = i; j > 0; --j) {
        const size_t a = order[j - 1], b = order[j];
        if (std::tie(f.dimension_names[b], values[b]) >=
            std::tie(f.dimension_names[a], values[a])) {
          break;
        }
        std::swap(order[j - 1], order[j]);
      }
    }
    key_buffer.clear();
    AppendKeyPart(key_buffer, t.metric_namespace);
    AppendKeyPart(key_buffer, t.metric_name);
    for (size_t i = 0; i < n; ++i) {
      AppendKeyPart(key_buffer, f.dimension_names[order[i]]);
      AppendKeyPart(key_buffer, values[order[i]]);
    }
    auto it = series.find(key_buffer);
    if (it != series.end()) return it->second.get();
    auto totals = std::make_unique<SeriesTotals>();
    totals->key.metric_namespace = t.metric_namespace;
    totals->key.metric_name = t.metric_name;
    for (size_t i = 0; i < n; ++i) {
      totals->key.dimensions.emplace_back(std::string(f.dimension_names[order[i]]),
                                          std::string(values[order[i]]));
    }
    SeriesTotals* raw = totals.get();
    series.emplace(key_buffer, std::move(totals));
    return raw;
  }

  void RelinkFixedSeries() {
    for (Filter& f : filters) {
      f.fixed_series = nullptr;
      f.store_series = {};
    }
  }
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(PipelineSpec spec) {
  MetricStoreOptions options = spec.store;
  auto impl = std::make_unique<Impl>(std::move(spec), options);
  const PipelineSpec& s = impl->spec;
  impl->filters.resize(s.filters.size());
  for (size_t i = 0; i < s.filters.size(); ++i) {
    Impl::Filter& f = impl->filters[i];
    f.fingerprint = FilterFingerprint(s.filters[i]);
    for (const auto& dim : s.filters[i].transformation.dimensions) {
      f.dimension_names.push_back(dim.first);
    }
  }
  for (const LogGroupSpec& group_spec : s.log_groups) {
    Impl::Group group;
    group.name = group_spec.name;
    auto extractor = TimestampExtractor::Create(group_spec.timestamp);
    if (!extractor) {
      return MakeError("log group '" + group_spec.name + "': " + extractor.error().message);
    }
    group.extractor = std::move(*extractor);
    std::vector<FilterSpec> group_filters;
    for (size_t i = 0; i < s.filters.size(); ++i) {
      if (s.filters[i].log_group == group_spec.name) {
        group_filters.push_back(s.filters[i]);
        group.global_filter.push_back(i);
      }
    }
    auto compiled = FilterSet::Compile(std::move(group_filters));
    if (!compiled) {
      return MakeError("log group '" + group_spec.name + "': " + compiled.error().message);
    }
    group.filters = std::make_shared<const FilterSet>(std::move(*compiled));
    group.ctx = std::make_unique<EventContext>();
    impl->groups.push_back(std::move(group));
  }
  for (size_t i = 0; i < s.filters.size(); ++i) {
    const bool known =
        std::any_of(s.log_groups.begin(), s.log_groups.end(),
                    [&](const LogGroupSpec& g) { return g.name == s.filters[i].log_group; });
    if (!known) {
      return MakeError("metric filter '" + s.filters[i].name + "': unknown log group '" +
                       s.filters[i].log_group + "'");
    }
  }
  impl->observed_since.resize(impl->groups.size());
  for (const AlarmSpec& alarm : s.alarms) {
    std::vector<size_t> feeding;
    for (size_t g = 0; g < impl->groups.size(); ++g) {
      const bool feeds = std::any_of(impl->groups[g].global_filter.begin(),
                                     impl->groups[g].global_filter.end(), [&](size_t f) {
                                       const MetricTransformationSpec& t =
                                           s.filters[f].transformation;
                                       return t.metric_namespace == alarm.metric_namespace &&
                                              t.metric_name == alarm.metric_name;
                                     });
      if (feeds) feeding.push_back(g);
    }
    if (feeding.empty()) {
      // No filter feeds it: only tailwatch's own start of observation says
      // anything.
      for (size_t g = 0; g < impl->groups.size(); ++g) feeding.push_back(g);
    }
    impl->alarm_groups.push_back(std::move(feeding));
    impl->alarm_series_key.push_back(EncodeKey(AlarmMetricKey(alarm)));
    MetricKey end_key{alarm.metric_namespace, alarm.end_metric_name, {}};
    impl->alarm_end_key.push_back(alarm.end_metric_name.empty() ? std::string()
                                                                : EncodeKey(end_key));
  }
  impl->alarms.WatchMetrics(impl->store);
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

const PipelineSpec& Pipeline::spec() const { return impl_->spec; }

std::optional<size_t> Pipeline::FindLogGroup(std::string_view name) const {
  for (size_t i = 0; i < impl_->groups.size(); ++i) {
    if (impl_->groups[i].name == name) return i;
  }
  return std::nullopt;
}

int64_t Pipeline::ProcessEvent(size_t group_index, std::string_view message,
                               int64_t ingest_time_ms) {
  Impl& impl = *impl_;
  Impl::Group& group = impl.groups[group_index];
  EventContext& ctx = *group.ctx;
  ctx.Reset(message);
  int64_t time_ms = ingest_time_ms;
  if (!group.extractor->uses_ingestion_time()) {
    if (auto t = group.extractor->Extract(ctx)) {
      time_ms = *t;
    } else {
      ++impl.counters.timestamp_missing;
    }
  }
  ++impl.counters.events;
  impl.current_group = group_index;
  impl.current_time_ms = time_ms;
  group.filters->Process(message, ctx, impl);
  return time_ms;
}

size_t Pipeline::ProcessBuffer(size_t group_index, std::string_view text, int64_t ingest_time_ms) {
  Impl& impl = *impl_;
  Impl::Group& group = impl.groups[group_index];
  if (!group.extractor->uses_ingestion_time()) {
    // Each record carries its own time: one by one.
    size_t records = 0;
    ForEachLogRecord(text, [&](std::string_view record) {
      ++records;
      ProcessEvent(group_index, record, ingest_time_ms);
    });
    return records;
  }
  impl.current_group = group_index;
  impl.current_time_ms = ingest_time_ms;
  const size_t records = group.filters->ProcessBuffer(text, *group.ctx, impl);
  impl.counters.events += records;
  return records;
}

bool Pipeline::UsesIngestionTime(size_t group) const {
  return impl_->groups[group].extractor->uses_ingestion_time();
}

void Pipeline::BeginObserving(size_t group, int64_t now_ms) {
  if (!impl_->observed_since[group]) impl_->observed_since[group] = now_ms;
}

void Pipeline::BeginObservingAll(int64_t now_ms) {
  for (size_t g = 0; g < impl_->groups.size(); ++g) BeginObserving(g, now_ms);
}

std::optional<int64_t> Pipeline::ObservedSince(size_t group) const {
  return impl_->observed_since[group];
}

std::vector<AlarmEvent> Pipeline::Tick(int64_t now_ms) {
  std::vector<AlarmSources> sources;
  sources.reserve(impl_->spec.alarms.size());
  for (size_t i = 0; i < impl_->spec.alarms.size(); ++i) sources.push_back(impl_->SourcesOf(i));
  auto events = impl_->alarms.Tick(now_ms, impl_->store, sources);
  impl_->store.Expire(now_ms);
  return events;
}

const MetricStore& Pipeline::store() const { return impl_->store; }
MetricStore& Pipeline::mutable_store() { return impl_->store; }
const AlarmEngine& Pipeline::alarms() const { return impl_->alarms; }

std::vector<FilterCounters> Pipeline::Filters() const {
  std::vector<FilterCounters> out;
  out.reserve(impl_->filters.size());
  for (size_t i = 0; i < impl_->filters.size(); ++i) {
    const auto& f = impl_->filters[i];
    out.push_back(FilterCounters{impl_->spec.filters[i].name, impl_->spec.filters[i].log_group,
                                 f.matches, f.dropped_value, f.dropped_dimension});
  }
  return out;
}

void Pipeline::ForEachSeries(const std::function<void(const SeriesTotals&)>& fn) const {
  for (const auto& [key, totals] : impl_->series) fn(*totals);
}

PipelineCounters Pipeline::counters() const { return impl_->counters; }

void Pipeline::AdoptStateFrom(Pipeline& previous) {
  Impl& prev = *previous.impl_;
  impl_->store = std::move(prev.store);
  impl_->store.ClearWatches();
  impl_->alarms.WatchMetrics(impl_->store);
  impl_->alarms.AdoptStateFrom(prev.alarms);
  impl_->series = std::move(prev.series);
  impl_->RelinkFixedSeries();
  impl_->counters = prev.counters;
  for (size_t g = 0; g < impl_->groups.size(); ++g) {
    for (size_t j = 0; j < prev.groups.size(); ++j) {
      if (prev.groups[j].name == impl_->groups[g].name) {
        impl_->observed_since[g] = prev.observed_since[j];
      }
    }
  }
  for (size_t i = 0; i < impl_->filters.size(); ++i) {
    for (size_t j = 0; j < prev.filters.size(); ++j) {
      if (prev.spec.filters[j].name == impl_->spec.filters[i].name &&
          prev.filters[j].fingerprint == impl_->filters[i].fingerprint) {
        impl_->filters[i].matches = prev.filters[j].matches;
        impl_->filters[i].dropped_value = prev.filters[j].dropped_value;
        impl_->filters[i].dropped_dimension = prev.filters[j].dropped_dimension;
      }
    }
  }
}

std::string Pipeline::Serialize() const {
  ByteWriter w;
  w.PutString(kMagic);
  w.PutString(impl_->store.Serialize());
  w.PutString(impl_->alarms.Serialize());
  w.Put<uint64_t>(impl_->filters.size());
  for (size_t i = 0; i < impl_->filters.size(); ++i) {
    const auto& f = impl_->filters[i];
    w.PutString(impl_->spec.filters[i].name);
    for (uint64_t v : {f.fingerprint, f.matches, f.dropped_value, f.dropped_dimension}) {
      w.Put<uint64_t>(v);
    }
  }
  w.Put<uint64_t>(impl_->series.size());
  for (const auto& [encoded, totals] : impl_->series) {
    w.PutString(totals->key.metric_namespace);
    w.PutString(totals->key.metric_name);
    w.Put<uint64_t>(totals->key.dimensions.size());
    for (const auto& [name, value] : totals->key.dimensions) {
      w.PutString(name);
      w.PutString(value);
    }
    w.Put<double>(totals->sum);
    w.Put<uint64_t>(totals->samples);
  }
  const PipelineCounters& c = impl_->counters;
  for (uint64_t v : {c.events, c.timestamp_missing, c.late_samples, c.dimension_cap_refusals}) {
    w.Put<uint64_t>(v);
  }
  // Appended later, read when present: observation starts per group and the
  // first/last sample times per series.
  uint64_t observed = 0;
  for (const auto& since : impl_->observed_since) observed += since ? 1 : 0;
  w.Put<uint64_t>(observed);
  for (size_t g = 0; g < impl_->groups.size(); ++g) {
    if (!impl_->observed_since[g]) continue;
    w.PutString(impl_->groups[g].name);
    w.Put<int64_t>(*impl_->observed_since[g]);
  }
  uint64_t timed = 0;
  for (const auto& [encoded, totals] : impl_->series) timed += totals->has_times ? 1 : 0;
  w.Put<uint64_t>(timed);
  for (const auto& [encoded, totals] : impl_->series) {
    if (!totals->has_times) continue;
    w.PutString(encoded);
    w.Put<int64_t>(totals->first_time_ms);
    w.Put<int64_t>(totals->last_time_ms);
  }
  return w.Take();
}

Status Pipeline::Restore(std::string_view bytes) {
  ByteReader r(bytes);
  if (r.GetString() != kMagic || !r.ok()) {
    return MakeError("engine checkpoint has an unknown format");
  }
  const std::string store_bytes = r.GetString();
  const std::string alarm_bytes = r.GetString();

  struct SavedFilter {
    std::string name;
    uint64_t fingerprint = 0, matches = 0, dropped_value = 0, dropped_dimension = 0;
  };
  // A filter record holds at least a string length and four counters.
  std::vector<SavedFilter> saved(r.GetCount(5 * sizeof(uint64_t)));
  for (auto& f : saved) {
    f.name = r.GetString();
    for (uint64_t* v : {&f.fingerprint, &f.matches, &f.dropped_value, &f.dropped_dimension}) {
      *v = r.Get<uint64_t>();
    }
  }
  // A series record holds at least two string lengths, a count and two numbers.
  const uint64_t series_count = r.GetCount(5 * sizeof(uint64_t));
  std::unordered_map<std::string, std::unique_ptr<SeriesTotals>> series;
  for (uint64_t i = 0; i < series_count && r.ok(); ++i) {
    auto totals = std::make_unique<SeriesTotals>();
    totals->key.metric_namespace = r.GetString();
    totals->key.metric_name = r.GetString();
    const uint64_t dims = r.GetCount(2 * sizeof(uint64_t));
    if (dims > 64) r.Fail();
    for (uint64_t d = 0; d < dims && r.ok(); ++d) {
      std::string name = r.GetString();
      std::string value = r.GetString();
      totals->key.dimensions.emplace_back(std::move(name), std::move(value));
    }
    totals->sum = r.Get<double>();
    totals->samples = r.Get<uint64_t>();
    totals->key.Normalize();
    std::string encoded = EncodeKey(totals->key);
    series.emplace(std::move(encoded), std::move(totals));
  }
  PipelineCounters c;
  for (uint64_t* v :
       {&c.events, &c.timestamp_missing, &c.late_samples, &c.dimension_cap_refusals}) {
    *v = r.Get<uint64_t>();
  }
  // Observation starts and sample times: absent from older checkpoints.
  std::vector<std::pair<std::string, int64_t>> observed;
  if (r.ok() && !r.done()) {
    observed.resize(r.GetCount(2 * sizeof(uint64_t)));
    for (auto& [name, since] : observed) {
      name = r.GetString();
      since = r.Get<int64_t>();
    }
    const uint64_t times = r.GetCount(3 * sizeof(uint64_t));
    for (uint64_t i = 0; i < times && r.ok(); ++i) {
      const std::string encoded = r.GetString();
      const auto first = r.Get<int64_t>();
      const auto last = r.Get<int64_t>();
      if (auto it = series.find(encoded); it != series.end()) {
        it->second->has_times = true;
        it->second->first_time_ms = first;
        it->second->last_time_ms = last;
      }
    }
  }
  if (!r.ok() || !r.done()) return MakeError("engine checkpoint is truncated or corrupt");
  if (auto s = impl_->store.Restore(store_bytes); !s) return s;
  if (auto s = impl_->alarms.Restore(alarm_bytes); !s) return s;
  impl_->series = std::move(series);
  impl_->RelinkFixedSeries();
  impl_->counters = c;
  for (size_t g = 0; g < impl_->groups.size(); ++g) {
    for (const auto& [name, since] : observed) {
      if (name == impl_->groups[g].name) impl_->observed_since[g] = since;
    }
  }
  for (size_t i = 0; i < impl_->filters.size(); ++i) {
    for (const SavedFilter& f : saved) {
      if (f.name == impl_->spec.filters[i].name && f.fingerprint == impl_->filters[i].fingerprint) {
        impl_->filters[i].matches = f.matches;
        impl_->filters[i].dropped_value = f.dropped_value;
        impl_->filters[i].dropped_dimension = f.dropped_dimension;
      }
    }
  }
  return OkStatus();
}

}  // namespace tailwatch::engine
