#include "engine/pipeline/pipeline.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

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
      kSep + f.transformation.unit + (f.transformation.non_negative ? "+" : "");
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

// Sample times as some checkpoints kept them, outside the store: by series
// key encoded as namespace, metric name and each dimension's name and value
// (sorted), each followed by '\x1f'.
struct LegacySampleTimes {
  std::string encoded_key;
  int64_t first_ms = 0;
  int64_t last_ms = 0;
};

std::optional<MetricKey> DecodeLegacySeriesKey(std::string_view encoded) {
  std::vector<std::string> parts;
  while (!encoded.empty()) {
    const size_t end = encoded.find(kSep);
    if (end == std::string_view::npos) return std::nullopt;
    parts.emplace_back(encoded.substr(0, end));
    encoded.remove_prefix(end + 1);
  }
  if (parts.size() < 2 || parts.size() % 2 != 0) return std::nullopt;
  MetricKey key{std::move(parts[0]), std::move(parts[1]), {}};
  for (size_t i = 2; i < parts.size(); i += 2) {
    key.dimensions.emplace_back(std::move(parts[i]), std::move(parts[i + 1]));
  }
  return key;
}

}  // namespace

struct Pipeline::Impl final : public SampleSink {
  // A filter's sample feeds alarm `alarm`'s series when each listed
  // dimension value of the sample (by position in the filter's dimensions)
  // equals the alarm's.
  struct SampleRoute {
    size_t alarm = 0;
    std::vector<std::pair<size_t, std::string>> dimension_values;
  };
  struct Group {
    std::string name;
    std::shared_ptr<const FilterSet> filters;
    std::vector<size_t> global_filter;  // FilterSet index -> index into filters_
    std::optional<TimestampExtractor> extractor;
    std::unique_ptr<EventContext> ctx;

    // Starts `message` on the group's context and returns its event time:
    // the record's own, else `ingest_time_ms` (counted in `missing` when the
    // group wanted one).
    int64_t StartEvent(std::string_view message, int64_t ingest_time_ms, uint64_t& missing) {
      ctx->Reset(message);
      if (extractor->uses_ingestion_time()) return ingest_time_ms;
      if (auto t = extractor->Extract(*ctx)) return *t;
      ++missing;
      return ingest_time_ms;
    }
  };
  struct Filter {
    uint64_t fingerprint = 0;
    uint64_t matches = 0;
    uint64_t dropped_value = 0;
    uint64_t dropped_dimension = 0;
    std::vector<std::string_view> dimension_names;  // views into spec
    MetricStore::SeriesHandle store_series;         // cached for dimension-less filters
    // Rolling alarms whose series this filter may feed: the alarm, and the
    // value each of the filter's dimensions (config order) must have.
    struct RollingFeed {
      size_t alarm = 0;
      std::vector<std::string> dimension_values;
    };
    std::vector<RollingFeed> rolling_feeds;
    // The alarms keeping sample lines whose series this filter can feed.
    std::vector<SampleRoute> sample_routes;
    RecentMatchRing recent;  // the last lines it matched
  };

  PipelineSpec spec;
  std::vector<Group> groups;
  std::vector<Filter> filters;
  MetricStore store;
  AlarmEngine alarms;
  PipelineCounters counters;
  // Per group: when tailwatch began observing it (BeginObserving).
  std::vector<std::optional<int64_t>> observed_since;
  // Per alarm: the groups whose filters feed its metric (all when none), and
  // the store keys (normalized) of its metric and of its end metric, if any.
  std::vector<std::vector<size_t>> alarm_groups;
  std::vector<MetricKey> alarm_series_key;
  std::vector<std::optional<MetricKey>> alarm_end_key;
  // Per alarm: SourcesOf, kept for rolling alarms (which read it per sample)
  // and refreshed whenever observation changes.
  std::vector<AlarmSources> rolling_sources;
  // Rolling alarms' state changes since the last Tick / TakeRollingEvents.
  std::vector<AlarmEvent> pending_rolling;

  // Per event, set before FilterSet::Process.
  size_t current_group = 0;
  int64_t current_time_ms = 0;
  // The filter whose pattern matched last (OnFilterMatch comes right before
  // that match's OnSample; a default value's sample has none).
  size_t matched_filter = SIZE_MAX;
  // The file or stream the events come from (SetEventSource).
  std::string current_source;

  // The filters that noted a line since the last flush: a buffer or event
  // costs its matching filters, not every filter of the group.
  std::vector<size_t> noted_filters;

  // The lines the filters noted during this call: copied before the
  // caller's buffer goes.
  void FlushRecentMatches() {
    for (const size_t index : noted_filters) filters[index].recent.Flush(current_source);
    noted_filters.clear();
  }

  Impl(PipelineSpec s, MetricStoreOptions options)
      : spec(std::move(s)), store(options), alarms(spec.alarms, spec.anomaly_detectors) {}

  void OnFilterMatch(size_t filter_index) override {
    Match(filter_index, groups[current_group].ctx->message());
  }

  void Match(size_t filter_index, std::string_view message) {
    const size_t global = groups[current_group].global_filter[filter_index];
    Filter& f = filters[global];
    ++f.matches;
    if (!f.recent.noted()) noted_filters.push_back(global);
    f.recent.Note(current_time_ms, message);
    matched_filter = filter_index;
  }

  void OnDrop(size_t filter_index, DropReason reason) override {
    matched_filter = SIZE_MAX;
    Filter& f = filters[groups[current_group].global_filter[filter_index]];
    if (reason == DropReason::kValue) {
      ++f.dropped_value;
    } else {
      ++f.dropped_dimension;
    }
  }

  void OnSample(const MetricSample& sample) override {
    Sample(sample, groups[current_group].ctx->message());
  }

  void Sample(const MetricSample& sample, std::string_view message) {
    const size_t index = groups[current_group].global_filter[sample.filter_index];
    Filter& f = filters[index];
    const MetricTransformationSpec& t = spec.filters[index].transformation;
    if (t.non_negative && sample.value < 0) {
      ++f.dropped_value;
      return;
    }
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
    const bool matched = matched_filter == sample.filter_index;
    matched_filter = SIZE_MAX;
    if (result == MetricStore::AddResult::kAdded && matched && !f.sample_routes.empty()) {
      OfferSampleLine(f, sample, message);
    }
    for (const Filter::RollingFeed& feed : f.rolling_feeds) {
      bool same_series = true;
      for (size_t d = 0; d < feed.dimension_values.size() && same_series; ++d) {
        same_series = sample.dimension_values[d] == feed.dimension_values[d];
      }
      if (!same_series) continue;
      alarms.AddRollingSample(feed.alarm, current_time_ms, sample.value,
                              rolling_sources[feed.alarm], pending_rolling);
    }
  }

  void RefreshRollingSources() {
    rolling_sources.resize(spec.alarms.size());
    for (size_t i = 0; i < spec.alarms.size(); ++i) {
      if (spec.alarms[i].rolling) rolling_sources[i] = SourcesOf(i);
    }
  }

  // Which rolling alarms each filter feeds: same namespace, metric and
  // dimension names; the values are compared per sample.
  void LinkRollingFeeds() {
    for (size_t fi = 0; fi < filters.size(); ++fi) {
      const MetricTransformationSpec& t = spec.filters[fi].transformation;
      for (size_t a = 0; a < spec.alarms.size(); ++a) {
        const AlarmSpec& alarm = spec.alarms[a];
        if (!alarm.rolling || alarm.metric_namespace != t.metric_namespace ||
            alarm.metric_name != t.metric_name || alarm.dimensions.size() != t.dimensions.size()) {
          continue;
        }
        Filter::RollingFeed feed{a, {}};
        for (const auto& [name, selector] : t.dimensions) {
          const auto it = std::find_if(
              alarm.dimensions.begin(), alarm.dimensions.end(),
              [&name = name](const auto& dimension) { return dimension.first == name; });
          if (it == alarm.dimensions.end()) break;
          feed.dimension_values.push_back(it->second);
        }
        if (feed.dimension_values.size() == t.dimensions.size()) {
          filters[fi].rolling_feeds.push_back(std::move(feed));
        }
      }
    }
  }

  // The event's line, to the alarms keeping sample lines of its series.
  void OfferSampleLine(const Filter& f, const MetricSample& sample, std::string_view message) {
    for (const SampleRoute& route : f.sample_routes) {
      const bool same_series = std::all_of(
          route.dimension_values.begin(), route.dimension_values.end(), [&](const auto& dim) {
            return dim.first < sample.dimension_values.size() &&
                   sample.dimension_values[dim.first] == dim.second;
          });
      if (!same_series) continue;
      alarms.OfferSampleLine(route.alarm, current_time_ms, sample.value, message,
                             groups[current_group].name, current_source);
    }
  }

  // Which alarms keeping sample lines each filter's samples can feed: same
  // namespace and metric, and the same dimension names.
  void RouteSampleLines() {
    for (size_t i = 0; i < filters.size(); ++i) {
      const MetricTransformationSpec& t = spec.filters[i].transformation;
      filters[i].sample_routes.clear();
      for (size_t a = 0; a < spec.alarms.size(); ++a) {
        const AlarmSpec& alarm = spec.alarms[a];
        if (!alarms.KeepsSampleLines(a) || alarm.metric_namespace != t.metric_namespace ||
            alarm.metric_name != t.metric_name || alarm.dimensions.size() != t.dimensions.size()) {
          continue;
        }
        SampleRoute route{a, {}};
        for (const auto& [name, value] : alarm.dimensions) {
          for (size_t d = 0; d < t.dimensions.size(); ++d) {
            if (t.dimensions[d].first == name) route.dimension_values.emplace_back(d, value);
          }
        }
        if (route.dimension_values.size() == alarm.dimensions.size()) {
          filters[i].sample_routes.push_back(std::move(route));
        }
      }
    }
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
    if (const SeriesStats* s = store.FindSeries(alarm_series_key[i]); s && s->has_times) {
      sources.first_sample_ms = s->first_sample_ms;
      sources.last_sample_ms = s->last_sample_ms;
    }
    if (alarm_end_key[i]) {
      if (const SeriesStats* e = store.FindSeries(*alarm_end_key[i]); e && e->has_times) {
        sources.end_sample_ms = e->last_sample_ms;
      }
    }
    return sources;
  }

  // The store keeps what the alarms read: their history, and for
  // `missing_data_scope: live` the series (with its sample times) of the
  // metric and of the end metric however long they are silent.
  void WatchStore() {
    alarms.WatchMetrics(store);
    for (size_t i = 0; i < spec.alarms.size(); ++i) {
      if (!spec.alarms[i].missing_data_live_only) continue;
      store.KeepSeries(alarm_series_key[i]);
      if (alarm_end_key[i]) store.KeepSeries(*alarm_end_key[i]);
    }
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
    MetricKey series_key = AlarmMetricKey(alarm);
    series_key.Normalize();
    impl->alarm_series_key.push_back(std::move(series_key));
    if (alarm.end_metric_name.empty()) {
      impl->alarm_end_key.emplace_back();
    } else {
      impl->alarm_end_key.push_back(MetricKey{alarm.metric_namespace, alarm.end_metric_name, {}});
    }
  }
  impl->WatchStore();
  impl->LinkRollingFeeds();
  impl->RefreshRollingSources();
  impl->RouteSampleLines();
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
  const int64_t time_ms = ProcessRecord(group_index, message, ingest_time_ms);
  impl_->FlushRecentMatches();
  return time_ms;
}

int64_t Pipeline::ProcessRecord(size_t group_index, std::string_view message,
                                int64_t ingest_time_ms) {
  Impl& impl = *impl_;
  Impl::Group& group = impl.groups[group_index];
  const int64_t time_ms =
      group.StartEvent(message, ingest_time_ms, impl.counters.timestamp_missing);
  ++impl.counters.events;
  impl.current_group = group_index;
  impl.current_time_ms = time_ms;
  group.filters->Process(message, *group.ctx, impl);
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
      ProcessRecord(group_index, record, ingest_time_ms);
    });
    impl.FlushRecentMatches();
    return records;
  }
  impl.current_group = group_index;
  impl.current_time_ms = ingest_time_ms;
  const size_t records = group.filters->ProcessBuffer(text, *group.ctx, impl);
  impl.FlushRecentMatches();
  impl.counters.events += records;
  return records;
}

namespace {

// MatchBuffer's sink: FilterSet's calls, recorded with the event time.
class MatchRecorder final : public SampleSink {
 public:
  MatchRecorder(const EventContext& ctx, std::vector<MatchBatch::Entry>& entries,
                std::vector<std::pair<uint32_t, uint32_t>>& dimensions, std::string& text)
      : ctx_(ctx), entries_(entries), dimensions_(dimensions), text_(text) {}

  int64_t time_ms = 0;

  void OnFilterMatch(size_t filter_index) override {
    MatchBatch::Entry& e = entries_.emplace_back();
    e.kind = MatchBatch::Kind::kMatch;
    e.filter = static_cast<uint32_t>(filter_index);
    e.time_ms = time_ms;
    e.message = ctx_.message();
  }
  void OnSample(const MetricSample& sample) override {
    MatchBatch::Entry& e = entries_.emplace_back();
    e.kind = MatchBatch::Kind::kSample;
    e.filter = static_cast<uint32_t>(sample.filter_index);
    e.value = sample.value;
    e.time_ms = time_ms;
    e.message = ctx_.message();
    e.dimensions_begin = static_cast<uint32_t>(dimensions_.size());
    e.dimensions_count = static_cast<uint32_t>(sample.dimension_values.size());
    for (const std::string_view value : sample.dimension_values) {
      dimensions_.emplace_back(static_cast<uint32_t>(text_.size()),
                               static_cast<uint32_t>(value.size()));
      text_.append(value);
    }
  }
  void OnDrop(size_t filter_index, DropReason reason) override {
    MatchBatch::Entry& e = entries_.emplace_back();
    e.kind = MatchBatch::Kind::kDrop;
    e.reason = reason;
    e.filter = static_cast<uint32_t>(filter_index);
    e.time_ms = time_ms;
  }

 private:
  const EventContext& ctx_;
  std::vector<MatchBatch::Entry>& entries_;
  std::vector<std::pair<uint32_t, uint32_t>>& dimensions_;
  std::string& text_;
};

}  // namespace

size_t Pipeline::MatchBuffer(size_t group_index, std::string_view text, int64_t ingest_time_ms,
                             MatchBatch& out) {
  out.Clear();
  Impl::Group& group = impl_->groups[group_index];
  EventContext& ctx = *group.ctx;
  MatchRecorder recorder(ctx, out.entries_, out.dimensions_, out.dimension_text_);
  recorder.time_ms = ingest_time_ms;
  if (group.extractor->uses_ingestion_time()) {
    out.records_ = group.filters->ProcessBuffer(text, ctx, recorder);
    return out.records_;
  }
  // Each record carries its own time: one by one, as ProcessRecord.
  ForEachLogRecord(text, [&](std::string_view record) {
    ++out.records_;
    recorder.time_ms = group.StartEvent(record, ingest_time_ms, out.timestamp_missing_);
    group.filters->Process(record, ctx, recorder);
  });
  return out.records_;
}

void Pipeline::ApplyMatches(size_t group_index, const MatchBatch& batch, std::string_view source) {
  Impl& impl = *impl_;
  impl.current_source.assign(source);
  impl.current_group = group_index;
  std::array<std::string_view, EventContext::kMaxDimensions> dimension_values;
  for (const MatchBatch::Entry& e : batch.entries_) {
    impl.current_time_ms = e.time_ms;
    switch (e.kind) {
      case MatchBatch::Kind::kMatch:
        impl.Match(e.filter, e.message);
        break;
      case MatchBatch::Kind::kSample: {
        const uint32_t count = std::min<uint32_t>(e.dimensions_count, EventContext::kMaxDimensions);
        for (uint32_t d = 0; d < count; ++d) {
          const auto [offset, size] = batch.dimensions_[e.dimensions_begin + d];
          dimension_values[d] = std::string_view(batch.dimension_text_).substr(offset, size);
        }
        impl.Sample(MetricSample{e.filter, e.value,
                                 std::span<const std::string_view>(dimension_values.data(), count)},
                    e.message);
        break;
      }
      case MatchBatch::Kind::kDrop:
        impl.OnDrop(e.filter, e.reason);
        break;
    }
  }
  impl.FlushRecentMatches();
  impl.counters.events += batch.records_;
  impl.counters.timestamp_missing += batch.timestamp_missing_;
}

void Pipeline::SetEventSource(std::string_view source) { impl_->current_source.assign(source); }

bool Pipeline::UsesIngestionTime(size_t group) const {
  return impl_->groups[group].extractor->uses_ingestion_time();
}

void Pipeline::BeginObserving(size_t group, int64_t now_ms) {
  if (impl_->observed_since[group]) return;
  impl_->observed_since[group] = now_ms;
  impl_->RefreshRollingSources();
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
  // Rolling alarms' changes happened at their samples, before this tick.
  std::vector<AlarmEvent> events = TakeRollingEvents();
  std::vector<AlarmEvent> ticked = impl_->alarms.Tick(now_ms, impl_->store, sources);
  events.insert(events.end(), std::make_move_iterator(ticked.begin()),
                std::make_move_iterator(ticked.end()));
  impl_->store.Expire(now_ms);
  return events;
}

bool Pipeline::HasRollingEvents() const { return !impl_->pending_rolling.empty(); }

std::vector<AlarmEvent> Pipeline::TakeRollingEvents() {
  std::vector<AlarmEvent> events;
  events.swap(impl_->pending_rolling);
  return events;
}

const MetricStore& Pipeline::store() const { return impl_->store; }
MetricStore& Pipeline::mutable_store() { return impl_->store; }
const AlarmEngine& Pipeline::alarms() const { return impl_->alarms; }
bool Pipeline::SetAlarmState(std::string_view name, AlarmState state, std::string reason,
                             std::string reason_data_json, int64_t now_ms,
                             std::vector<AlarmEvent>& events) {
  return impl_->alarms.SetState(name, state, std::move(reason), std::move(reason_data_json), now_ms,
                                events);
}

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

std::vector<FilterRecentMatches> Pipeline::RecentMatches() const {
  std::vector<FilterRecentMatches> out;
  out.reserve(impl_->filters.size());
  for (size_t i = 0; i < impl_->filters.size(); ++i) {
    out.push_back(FilterRecentMatches{impl_->spec.filters[i].name, impl_->spec.filters[i].log_group,
                                      impl_->filters[i].recent.Newest()});
  }
  return out;
}

void Pipeline::ForEachSeries(const std::function<void(const SeriesTotals&)>& fn) const {
  impl_->store.ForEachSeries([&fn](const MetricKey& key, const SeriesStats& stats) {
    fn(SeriesTotals{key, stats.total_sum, stats.total_samples, stats.has_times,
                    stats.first_sample_ms, stats.last_sample_ms});
  });
}

PipelineCounters Pipeline::counters() const { return impl_->counters; }

void Pipeline::AdoptStateFrom(Pipeline& previous) {
  Impl& prev = *previous.impl_;
  impl_->store = std::move(prev.store);
  impl_->store.ClearWatches();
  impl_->WatchStore();
  impl_->alarms.AdoptStateFrom(prev.alarms);
  impl_->RelinkFixedSeries();
  impl_->pending_rolling = std::move(prev.pending_rolling);
  impl_->counters = prev.counters;
  for (size_t g = 0; g < impl_->groups.size(); ++g) {
    for (size_t j = 0; j < prev.groups.size(); ++j) {
      if (prev.groups[j].name == impl_->groups[g].name) {
        impl_->observed_since[g] = prev.observed_since[j];
      }
    }
  }
  impl_->RefreshRollingSources();
  for (size_t i = 0; i < impl_->filters.size(); ++i) {
    for (size_t j = 0; j < prev.filters.size(); ++j) {
      if (prev.spec.filters[j].name == impl_->spec.filters[i].name &&
          prev.filters[j].fingerprint == impl_->filters[i].fingerprint) {
        impl_->filters[i].matches = prev.filters[j].matches;
        impl_->filters[i].recent = prev.filters[j].recent;
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
  // Appended later, read when present: observation starts per group, then a
  // list of sample times by encoded series key that is always empty now (the
  // times live with their series in the store's bytes; it stays so that
  // checkpoints which kept them here still restore).
  uint64_t observed = 0;
  for (const auto& since : impl_->observed_since) observed += since ? 1 : 0;
  w.Put<uint64_t>(observed);
  for (size_t g = 0; g < impl_->groups.size(); ++g) {
    if (!impl_->observed_since[g]) continue;
    w.PutString(impl_->groups[g].name);
    w.Put<int64_t>(*impl_->observed_since[g]);
  }
  w.Put<uint64_t>(0);
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
  // Observation starts and legacy sample times: absent from older checkpoints.
  std::vector<std::pair<std::string, int64_t>> observed;
  std::vector<LegacySampleTimes> legacy_times;
  if (r.ok() && !r.done()) {
    observed.resize(r.GetCount(2 * sizeof(uint64_t)));
    for (auto& [name, since] : observed) {
      name = r.GetString();
      since = r.Get<int64_t>();
    }
    legacy_times.resize(r.GetCount(3 * sizeof(uint64_t)));
    for (LegacySampleTimes& t : legacy_times) {
      t.encoded_key = r.GetString();
      t.first_ms = r.Get<int64_t>();
      t.last_ms = r.Get<int64_t>();
    }
  }
  if (!r.ok() || !r.done()) return MakeError("engine checkpoint is truncated or corrupt");
  if (auto s = impl_->store.Restore(store_bytes); !s) return s;
  for (const LegacySampleTimes& t : legacy_times) {
    if (std::optional<MetricKey> key = DecodeLegacySeriesKey(t.encoded_key)) {
      impl_->store.SetSampleTimes(*key, t.first_ms, t.last_ms);
    }
  }
  if (auto s = impl_->alarms.Restore(alarm_bytes); !s) return s;
  impl_->RelinkFixedSeries();
  impl_->counters = c;
  for (size_t g = 0; g < impl_->groups.size(); ++g) {
    for (const auto& [name, since] : observed) {
      if (name == impl_->groups[g].name) impl_->observed_since[g] = since;
    }
  }
  impl_->RefreshRollingSources();
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
