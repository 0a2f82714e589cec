#include "engine/pipeline/pipeline.h"

#include <algorithm>

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

// Skips the series totals section of a checkpoint. Older versions kept a
// second copy of the totals there, keyed apart from the store; it is
// ignored, and the store's own totals come back with its bytes. The two
// differ only where the old copy outlived its series in the store or counted
// a late sample the store had refused.
void SkipLegacySeriesTotals(ByteReader& r) {
  // A series record holds at least two string lengths, a count and two numbers.
  const uint64_t series_count = r.GetCount(5 * sizeof(uint64_t));
  for (uint64_t i = 0; i < series_count && r.ok(); ++i) {
    r.GetString();  // namespace
    r.GetString();  // metric name
    const uint64_t dims = r.GetCount(2 * sizeof(uint64_t));
    if (dims > 64) r.Fail();
    for (uint64_t d = 0; d < dims && r.ok(); ++d) {
      r.GetString();
      r.GetString();
    }
    r.Get<double>();    // sum
    r.Get<uint64_t>();  // samples
  }
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
    MetricStore::SeriesHandle store_series;         // cached for dimension-less filters
  };

  PipelineSpec spec;
  std::vector<Group> groups;
  std::vector<Filter> filters;
  MetricStore store;
  AlarmEngine alarms;
  PipelineCounters counters;

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
  }

  void RelinkFixedSeries() {
    for (Filter& f : filters) f.store_series = {};
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

std::vector<AlarmEvent> Pipeline::Tick(int64_t now_ms) {
  auto events = impl_->alarms.Tick(now_ms, impl_->store);
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
  impl_->store.ForEachSeries([&fn](const MetricKey& key, uint64_t samples, double sum) {
    fn(SeriesTotals{key, sum, samples});
  });
}

PipelineCounters Pipeline::counters() const { return impl_->counters; }

void Pipeline::AdoptStateFrom(Pipeline& previous) {
  Impl& prev = *previous.impl_;
  impl_->store = std::move(prev.store);
  impl_->store.ClearWatches();
  impl_->alarms.WatchMetrics(impl_->store);
  impl_->alarms.AdoptStateFrom(prev.alarms);
  impl_->RelinkFixedSeries();
  impl_->counters = prev.counters;
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
  // Series totals live in the store's bytes; this section, which held a copy
  // of them, stays (empty) so that either version restores the other's
  // checkpoints.
  w.Put<uint64_t>(0);
  const PipelineCounters& c = impl_->counters;
  for (uint64_t v : {c.events, c.timestamp_missing, c.late_samples, c.dimension_cap_refusals}) {
    w.Put<uint64_t>(v);
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
  SkipLegacySeriesTotals(r);
  PipelineCounters c;
  for (uint64_t* v :
       {&c.events, &c.timestamp_missing, &c.late_samples, &c.dimension_cap_refusals}) {
    *v = r.Get<uint64_t>();
  }
  if (!r.ok() || !r.done()) return MakeError("engine checkpoint is truncated or corrupt");
  if (auto s = impl_->store.Restore(store_bytes); !s) return s;
  if (auto s = impl_->alarms.Restore(alarm_bytes); !s) return s;
  impl_->RelinkFixedSeries();
  impl_->counters = c;
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
