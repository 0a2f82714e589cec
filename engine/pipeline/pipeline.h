// The whole engine for one configuration: events of each log group run
// through that group's FilterSet; samples land in the MetricStore; alarms are
// evaluated over it at their boundaries. This is what `tailwatch replay` drives
// in event time and what tailwatchd drives on its engine strand in wall time.
//
// Life of an event: ProcessEvent(group, message, ingest_ms) -> the group's
// timestamp extractor picks the event time (or ingestion time) -> FilterSet
// runs every filter once (shared prefilter, JSON parsed at most once) ->
// per filter: a match counter, then one sample (value or default) added to the
// store's series (namespace, metric, dimensions), whose totals Prometheus
// exports -> Tick(now) evaluates alarms and expires idle series.
//
// Pure and single-threaded (no clocks, locks or I/O); the owner serializes
// calls. Series totals and match counters only grow while their series or
// filter lives, and survive Serialize / Restore and config reloads
// (AdoptStateFrom); a series' totals go when the store expires the series.
#ifndef TAILWATCH_ENGINE_PIPELINE_PIPELINE_H_
#define TAILWATCH_ENGINE_PIPELINE_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/aggregate/metric_key.h"
#include "engine/aggregate/metric_store.h"
#include "engine/alarm/alarm_engine.h"
#include "engine/alarm/alarm_event.h"
#include "engine/alarm/alarm_spec.h"
#include "engine/common/status.h"
#include "engine/match/filter_spec.h"
#include "engine/pipeline/match_batch.h"
#include "engine/pipeline/recent_matches.h"
#include "engine/pipeline/timestamp_extractor.h"

namespace tailwatch::engine {

struct LogGroupSpec {
  std::string name;
  TimestampSpec timestamp;
};

struct PipelineSpec {
  std::vector<LogGroupSpec> log_groups;
  std::vector<FilterSpec> filters;  // each names its log group
  std::vector<AlarmSpec> alarms;
  // Banded series without an alarm (the config's anomaly_detectors).
  std::vector<anomaly::BandSeriesSpec> anomaly_detectors;
  MetricStoreOptions store;
};

// Cumulative totals of one metric series, as Prometheus exports them, and
// the event times of its first and last samples, which
// `missing_data_scope: live` alarms read (docs/cloudwatch-semantics.md
// §4.8): the store's SeriesStats. `has_times` is false until a sample was
// timed: a series restored from a checkpoint written before times were kept
// has samples but no times, and must not look live. `key` refers into the
// store; valid during the ForEachSeries call only.
struct SeriesTotals {
  const MetricKey& key;
  double sum = 0;
  uint64_t samples = 0;
  bool has_times = false;
  int64_t first_time_ms = 0;
  int64_t last_time_ms = 0;
};

struct FilterCounters {
  std::string filter;
  std::string log_group;
  uint64_t matches = 0;
  uint64_t dropped_value = 0;      // matched, but the value was missing / not a number
  uint64_t dropped_dimension = 0;  // matched, but a dimension was missing
};

// The last lines a filter matched (since start; a reload keeps those of an
// unchanged filter), newest first.
struct FilterRecentMatches {
  std::string filter;
  std::string log_group;
  std::vector<RecentMatch> lines;
};

struct PipelineCounters {
  uint64_t events = 0;
  uint64_t timestamp_missing = 0;  // event time fell back to ingestion time
  uint64_t late_samples = 0;
  uint64_t dimension_cap_refusals = 0;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(PipelineSpec spec);
  ~Pipeline();

  const PipelineSpec& spec() const;
  // Index of the log group, or nullopt.
  std::optional<size_t> FindLogGroup(std::string_view name) const;

  // One event of log group `group`; `ingest_time_ms` is its time when the
  // group has no timestamp setting or the event carries none. Returns the
  // event time used. Never throws; allocates only for new series.
  int64_t ProcessEvent(size_t group, std::string_view message, int64_t ingest_time_ms);

  // The events of `text`, a buffer of whole log records of `group` (see
  // engine/match/log_records.h), all ingested at `ingest_time_ms`: the same
  // as ProcessEvent on each record in order, at a cost per byte rather than
  // per record where the group's filters allow (FilterSet::ProcessBuffer).
  // Returns the number of records.
  size_t ProcessBuffer(size_t group, std::string_view text, int64_t ingest_time_ms);

  // ProcessBuffer in two halves, for an owner that runs the filter stage of
  // several log groups at once (match_batch.h). MatchBuffer runs `group`'s
  // filters over `text` into `out` (cleared first) and touches only that
  // group's own per-event state: calls for different groups may run
  // concurrently with each other, and with nothing else. ApplyMatches then
  // does to the store, alarms and counters what ProcessBuffer would have,
  // `source` naming the events' file or stream (as SetEventSource); `text`
  // must still be alive. Returns the number of records.
  size_t MatchBuffer(size_t group, std::string_view text, int64_t ingest_time_ms, MatchBatch& out);
  void ApplyMatches(size_t group, const MatchBatch& batch, std::string_view source);

  // Names the file or log stream the next events come from (until the next
  // call), for the sample lines alarms keep (engine/alarm/sample_lines.h);
  // empty = unknown. Copies `source` (no allocation once the name fits).
  void SetEventSource(std::string_view source);

  // Whether `group` takes every event's time from its ingestion (no
  // `timestamp:` setting): then ProcessEvent returns the ingestion time.
  bool UsesIngestionTime(size_t group) const;

  // Observation (docs/cloudwatch-semantics.md §4.7): tailwatch began
  // observing log group `group` at `now_ms`. The first call per group counts; later ones (a
  // restart, a reload) change nothing, so the time survives in the
  // checkpoint. An alarm's empty periods before the earliest observation of
  // the groups whose filters feed its metric (all groups when none does) are
  // not evidence. Groups never declared do not limit anything: a pipeline
  // whose owner never calls this judges every period, as CloudWatch does.
  //  - tailwatchd calls it for every group when it starts watching (start,
  //    reload). Its downtime later on counts as observed: on restart it
  //    reads what was written meanwhile from the checkpointed offsets.
  //  - `tailwatch replay` calls it for every group at the first event's time.
  void BeginObserving(size_t group, int64_t now_ms);
  void BeginObservingAll(int64_t now_ms);
  std::optional<int64_t> ObservedSince(size_t group) const;

  // Evaluates alarms at every boundary up to `now_ms` (rolling alarms at
  // now_ms) and expires old data. The state changes of rolling alarms made
  // by samples since the last call or TakeRollingEvents come first.
  std::vector<AlarmEvent> Tick(int64_t now_ms);

  // Rolling alarms (`evaluation: rolling`) are judged at every sample of
  // their series, as it is processed: their state changes since the last
  // Tick / TakeRollingEvents, in order, for the owner to deliver at once.
  bool HasRollingEvents() const;
  std::vector<AlarmEvent> TakeRollingEvents();

  const MetricStore& store() const;
  MetricStore& mutable_store();
  const AlarmEngine& alarms() const;
  // AlarmEngine::SetState on this pipeline's alarms.
  bool SetAlarmState(std::string_view name, AlarmState state, std::string reason,
                     std::string reason_data_json, int64_t now_ms, std::vector<AlarmEvent>& events);

  std::vector<FilterCounters> Filters() const;
  // Per filter (config order), the last kRecentMatchesPerFilter lines it
  // matched, cut to kRecentMatchLineMaxBytes (engine/pipeline/recent_matches.h).
  std::vector<FilterRecentMatches> RecentMatches() const;
  // Every series the metric store holds, with its totals and sample times
  // since it was created: the store's series identity and SeriesStats,
  // bounded as the store is (a series idle for the dimension window expires
  // with its totals, which start again from 0 if it comes back, unless a
  // `missing_data_scope: live` alarm reads it; at most the dimension cap per
  // metric). tailwatch_metric_series counts them.
  void ForEachSeries(const std::function<void(const SeriesTotals&)>& fn) const;
  PipelineCounters counters() const;

  // Takes over from the pipeline of the previous config: the metric store's
  // data, series totals, counters of filters whose definition is unchanged
  // (same name, log group, pattern and transformation), and the state of
  // unchanged alarms.
  void AdoptStateFrom(Pipeline& previous);

  // Checkpointing: all mutable state (store with its series totals and
  // sample times, alarms, counters, observation times) as one versioned byte
  // string, and its inverse (unknown filters/alarms/groups ignored; a
  // checkpoint written before observation times were kept restores with
  // none, one written before sample times were kept restores its series
  // without times).
  std::string Serialize() const;
  Status Restore(std::string_view bytes);

  struct Impl;

 private:
  explicit Pipeline(std::unique_ptr<Impl> impl);
  // ProcessEvent without copying the filters' noted lines (ProcessBuffer
  // copies them once, after its last record).
  int64_t ProcessRecord(size_t group, std::string_view message, int64_t ingest_time_ms);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_PIPELINE_PIPELINE_H_
