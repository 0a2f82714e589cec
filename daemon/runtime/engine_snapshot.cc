#include "daemon/runtime/engine_snapshot.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "engine/alarm/evaluate.h"
#include "engine/alarm/format.h"

namespace tailwatch::daemon {
namespace {

using exporter::DynamicFamily;
using exporter::DynamicSeries;
using exporter::SeriesType;

void AppendNumber(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buffer[64];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, ptr);
}

void AppendTime(std::string& out, int64_t time_ms) {
  if (time_ms == 0) {
    out += "null";
    return;
  }
  engine::AppendJsonString(out, engine::FormatIso8601(time_ms));
}

// Band gauges of every banded series, from its latest learned period:
// tailwatch_anomaly_band_lower / _upper for each band width an alarm on the
// series uses (CloudWatch's default 2 for a series only an anomaly detector
// names) and tailwatch_anomaly_score. Labels as tailwatch_metric_*, plus
// `statistic`, `period` and (bounds) `width`.
void AppendBandFamilies(const engine::AlarmEngine& alarms, std::vector<DynamicFamily>* out) {
  DynamicFamily lower{"tailwatch_anomaly_band_lower",
                      "Lower bound of the anomaly-detection band for the latest period, by "
                      "metric series, statistic, period and band width.",
                      SeriesType::kGauge,
                      {}};
  DynamicFamily upper{"tailwatch_anomaly_band_upper",
                      "Upper bound of the anomaly-detection band for the latest period, by "
                      "metric series, statistic, period and band width.",
                      SeriesType::kGauge,
                      {}};
  DynamicFamily score{"tailwatch_anomaly_score",
                      "Anomaly score (0 to 1) of the latest period's value against its band, by "
                      "metric series, statistic and period.",
                      SeriesType::kGauge,
                      {}};
  const engine::anomaly::BandTracker& bands = alarms.bands();
  for (size_t i = 0; i < bands.size(); ++i) {
    const std::vector<engine::anomaly::BandPoint>& recent = bands.recent(i);
    if (recent.empty() || !recent.back().prediction) continue;
    const engine::anomaly::BandPoint& point = recent.back();
    const engine::anomaly::BandSeriesSpec& spec = bands.spec(i);
    std::vector<std::pair<std::string, std::string>> labels = {
        {"namespace", spec.key.metric_namespace}, {"metric", spec.key.metric_name}};
    for (const auto& dim : spec.key.dimensions) labels.push_back(dim);
    labels.emplace_back("statistic", spec.StatisticText());
    labels.emplace_back("period", std::to_string(spec.period_seconds));
    score.series.push_back(
        DynamicSeries{labels, engine::anomaly::Score(*point.prediction, point.value)});
    std::vector<double> widths;
    for (size_t a = 0; a < alarms.specs().size(); ++a) {
      if (alarms.BandSeriesOf(a) == i) widths.push_back(alarms.specs()[a].band->width);
    }
    if (widths.empty()) widths.push_back(2);
    std::sort(widths.begin(), widths.end());
    widths.erase(std::unique(widths.begin(), widths.end()), widths.end());
    for (double k : widths) {
      const auto [lo, hi] = bands.Bounds(i, *point.prediction, k);
      auto with_width = labels;
      with_width.emplace_back("width", engine::JavaDouble(k));
      lower.series.push_back(DynamicSeries{with_width, lo});
      upper.series.push_back(DynamicSeries{std::move(with_width), hi});
    }
  }
  out->push_back(std::move(lower));
  out->push_back(std::move(upper));
  out->push_back(std::move(score));
}

}  // namespace

std::vector<DynamicFamily> EngineFamilies(const engine::Pipeline& pipeline) {
  DynamicFamily value{"tailwatch_metric_value_total",
                      "Sum of the metric values emitted by metric filters, by metric series.",
                      SeriesType::kCounter,
                      {}};
  DynamicFamily samples{"tailwatch_metric_samples_total",
                        "Number of metric values emitted by metric filters, by metric series.",
                        SeriesType::kCounter,
                        {}};
  pipeline.ForEachSeries([&](const engine::SeriesTotals& s) {
    std::vector<std::pair<std::string, std::string>> labels = {
        {"namespace", s.key.metric_namespace}, {"metric", s.key.metric_name}};
    for (const auto& dim : s.key.dimensions) labels.push_back(dim);
    value.series.push_back(DynamicSeries{labels, s.sum});
    samples.series.push_back(DynamicSeries{std::move(labels), static_cast<double>(s.samples)});
  });

  DynamicFamily matches{"tailwatch_filter_matches_total",
                        "Log events matched, by metric filter and log group.",
                        SeriesType::kCounter,
                        {}};
  DynamicFamily dropped{"tailwatch_metric_values_dropped_total",
                        "Matched events that emitted no value (value missing or not a number, "
                        "or a dimension missing), by metric filter and reason.",
                        SeriesType::kCounter,
                        {}};
  for (const engine::FilterCounters& f : pipeline.Filters()) {
    matches.series.push_back(
        DynamicSeries{{{"filter", f.filter}, {"log_group", f.log_group}}, double(f.matches)});
    dropped.series.push_back(
        DynamicSeries{{{"filter", f.filter}, {"reason", "value"}}, double(f.dropped_value)});
    dropped.series.push_back(DynamicSeries{{{"filter", f.filter}, {"reason", "dimension"}},
                                           double(f.dropped_dimension)});
  }

  DynamicFamily states{"tailwatch_alarm_state",
                       "1 for the alarm's current state, 0 for the other two states.",
                       SeriesType::kGauge,
                       {}};
  for (const auto& status : pipeline.alarms().Statuses()) {
    for (engine::AlarmState s : {engine::AlarmState::kOk, engine::AlarmState::kAlarm,
                                 engine::AlarmState::kInsufficientData}) {
      states.series.push_back(DynamicSeries{
          {{"alarm", status.spec->name}, {"state", std::string(engine::AlarmStateName(s))}},
          status.state == s ? 1.0 : 0.0});
    }
  }

  const engine::PipelineCounters c = pipeline.counters();
  const engine::MetricStoreCounters store = pipeline.store().counters();
  DynamicFamily events{"tailwatch_events_total",
                       "Log events run through the metric filters.",
                       SeriesType::kCounter,
                       {{{}, double(c.events)}}};
  DynamicFamily no_time{"tailwatch_events_without_timestamp_total",
                        "Events whose time fell back to ingestion time (no timestamp found).",
                        SeriesType::kCounter,
                        {{{}, double(c.timestamp_missing)}}};
  DynamicFamily refused{"tailwatch_metric_samples_refused_total",
                        "Metric samples the metric store refused, by reason.",
                        SeriesType::kCounter,
                        {{{{"reason", "late"}}, double(store.late_samples)},
                         {{{"reason", "dimension_cap"}}, double(c.dimension_cap_refusals)}}};
  DynamicFamily series{"tailwatch_metric_series",
                       "Metric series held by the metric store.",
                       SeriesType::kGauge,
                       {{{}, double(store.series)}}};

  std::vector<DynamicFamily> out;
  for (DynamicFamily* f :
       {&value, &samples, &matches, &dropped, &states, &events, &no_time, &refused, &series}) {
    out.push_back(std::move(*f));
  }
  AppendBandFamilies(pipeline.alarms(), &out);
  return out;
}

std::string AlarmsJson(const engine::Pipeline& pipeline,
                       const std::deque<engine::AlarmEvent>& recent_transitions) {
  std::string out = "{\"alarms\":[";
  bool first = true;
  for (const auto& status : pipeline.alarms().Statuses()) {
    if (!first) out += ',';
    first = false;
    out += "{\"name\":";
    engine::AppendJsonString(out, status.spec->name);
    out += ",\"state\":\"";
    out += engine::AlarmStateName(status.state);
    out += "\",\"reason\":";
    engine::AppendJsonString(out, status.reason);
    out += ",\"namespace\":";
    engine::AppendJsonString(out, status.spec->metric_namespace);
    out += ",\"metric\":";
    engine::AppendJsonString(out, status.spec->metric_name);
    out += ",\"threshold\":";
    AppendNumber(out, status.spec->threshold);
    out += ",\"comparison_operator\":\"";
    out += engine::ComparisonOperatorName(status.spec->comparison_operator);
    out += "\",\"period\":";
    out += std::to_string(status.spec->period_seconds);
    out += ",\"evaluation_periods\":";
    out += std::to_string(status.spec->evaluation_periods);
    out += ",\"datapoints_to_alarm\":";
    out += std::to_string(status.spec->datapoints_to_alarm_or_n());
    out += ",\"actions_enabled\":";
    out += status.spec->actions_enabled ? "true" : "false";
    out += ",\"actions\":{";
    const std::pair<const char*, const std::vector<std::string>*> kActions[] = {
        {"ALARM", &status.spec->alarm_actions},
        {"OK", &status.spec->ok_actions},
        {"INSUFFICIENT_DATA", &status.spec->insufficient_data_actions}};
    for (size_t a = 0; a < std::size(kActions); ++a) {
      if (a) out += ',';
      out += '"';
      out += kActions[a].first;
      out += "\":[";
      for (size_t i = 0; i < kActions[a].second->size(); ++i) {
        if (i) out += ',';
        engine::AppendJsonString(out, (*kActions[a].second)[i]);
      }
      out += ']';
    }
    out += '}';
    out += ",\"last_change\":";
    AppendTime(out, status.last_change_ms);
    out += ",\"last_evaluated\":";
    AppendTime(out, status.last_evaluated_ms);
    if (status.spec->band) {
      const engine::BandSpec& band = *status.spec->band;
      out += ",\"band\":{\"metric_id\":";
      engine::AppendJsonString(out, band.metric_id);
      out += ",\"threshold_metric_id\":";
      engine::AppendJsonString(out, band.band_id);
      out += ",\"width\":";
      AppendNumber(out, band.width);
      out += ",\"comparison_operator\":";
      engine::AppendJsonString(out,
                               engine::ComparisonOperatorName(status.spec->comparison_operator));
      out += '}';
    }
    out += ",\"recent_datapoints\":[";
    bool first_dp = true;
    const int64_t period_ms = int64_t{status.spec->period_seconds} * 1000;
    for (size_t i = 0; i < status.recent.size(); ++i) {
      if (!first_dp) out += ',';
      first_dp = false;
      // recent[] is oldest first and ends at the last evaluation boundary.
      const int64_t start =
          status.last_evaluated_ms - static_cast<int64_t>(status.recent.size() - i) * period_ms;
      out += "{\"period_start\":";
      AppendTime(out, start);
      out += ",\"value\":";
      std::optional<double> v;
      if (status.recent[i]) v = engine::DatapointValue(*status.spec, *status.recent[i]);
      if (v) {
        AppendNumber(out, *v);
      } else {
        out += "null";
      }
      if (status.spec->band) {
        // The band this period was judged against (null: none yet).
        const engine::BandBounds* band = i < status.recent_bands.size() && status.recent_bands[i]
                                             ? &*status.recent_bands[i]
                                             : nullptr;
        if (band != nullptr) {
          out += ",\"band_lower\":";
          AppendNumber(out, band->lower);
          out += ",\"band_upper\":";
          AppendNumber(out, band->upper);
        } else {
          out += ",\"band_lower\":null,\"band_upper\":null";
        }
      }
      out += '}';
    }
    out += "],\"sample_lines\":";
    engine::AppendSampleLinesApiJson(out, status.sample_lines);
    out += '}';
  }
  out += "],\"transitions\":[";
  first = true;
  for (const engine::AlarmEvent& e : recent_transitions) {
    if (!first) out += ',';
    first = false;
    out += "{\"id\":";
    engine::AppendJsonString(out, e.id);
    out += ",\"alarm\":";
    engine::AppendJsonString(out, e.alarm_name);
    out += ",\"from\":\"";
    out += engine::AlarmStateName(e.old_state);
    out += "\",\"to\":\"";
    out += engine::AlarmStateName(e.new_state);
    out += "\",\"time\":";
    AppendTime(out, e.time_ms);
    out += ",\"reason\":";
    engine::AppendJsonString(out, e.reason);
    if (!e.sample_lines.empty()) {
      out += ",\"sample_lines\":";
      engine::AppendSampleLinesApiJson(out, e.sample_lines);
    }
    if (!e.log_locations.empty()) {
      out += ",\"log_locations\":";
      engine::AppendLogLocationsApiJson(out, e.log_locations);
    }
    out += '}';
  }
  out += "]}";
  return out;
}

std::vector<DynamicFamily> TailFamilies(const std::vector<TailGroupStats>& groups) {
  struct Field {
    const char* name;
    const char* help;
    SeriesType type;
    uint64_t TailCounters::*value;
  };
  static constexpr Field kFields[] = {
      {"tailwatch_read_lines_total", "Log lines read, by log group.", SeriesType::kCounter,
       &TailCounters::lines_read},
      {"tailwatch_read_bytes_total", "Log bytes read, by log group.", SeriesType::kCounter,
       &TailCounters::bytes_read},
      {"tailwatch_lines_truncated_total", "Log lines cut at max_line_bytes, by log group.",
       SeriesType::kCounter, &TailCounters::lines_truncated},
      {"tailwatch_file_rotations_total",
       "Rotations seen (the path names another file), by log group.", SeriesType::kCounter,
       &TailCounters::rotations},
      {"tailwatch_file_truncations_total",
       "Files that shrank or were replaced in place, by log group.", SeriesType::kCounter,
       &TailCounters::truncations},
      {"tailwatch_file_read_errors_total", "open/stat/read failures (retried), by log group.",
       SeriesType::kCounter, &TailCounters::read_errors},
      {"tailwatch_files_watched", "Files open for tailing, by log group.", SeriesType::kGauge,
       &TailCounters::files_watched},
      {"tailwatch_tail_unseen_rotations_total",
       "Files created and rotated out of the globs while tailwatchd was down (never read), by "
       "log group.",
       SeriesType::kCounter, &TailCounters::unseen_rotations},
      {"tailwatch_tail_fd_cap_hits_total",
       "Times a log group reached its share of the open-files budget.", SeriesType::kCounter,
       &TailCounters::fd_cap_hits},
      {"tailwatch_tail_files_parked_total",
       "Idle files closed to stay within the open-files budget, by log group.",
       SeriesType::kCounter, &TailCounters::files_parked},
      {"tailwatch_tail_files_reopened_total",
       "Parked files reopened by identity when they changed, by log group.", SeriesType::kCounter,
       &TailCounters::files_reopened},
  };
  std::vector<DynamicFamily> out;
  out.reserve(std::size(kFields));
  for (const Field& field : kFields) {
    DynamicFamily family{field.name, field.help, field.type, {}};
    family.series.reserve(groups.size());
    for (const TailGroupStats& g : groups) {
      family.series.push_back({{{"log_group", g.log_group}}, double(g.counters.*field.value)});
    }
    out.push_back(std::move(family));
  }
  DynamicFamily open{"tailwatch_tail_open_files",
                     "Tailed-file descriptors open now, by log group.",
                     SeriesType::kGauge,
                     {}};
  DynamicFamily budget{"tailwatch_tail_max_open_files",
                       "The log group's share of the open-files budget.",
                       SeriesType::kGauge,
                       {}};
  DynamicFamily skipped{"tailwatch_tail_files_skipped_total",
                        "Paths the globs match that cannot be tailed (each counted once), by log "
                        "group and reason.",
                        SeriesType::kCounter,
                        {}};
  for (const TailGroupStats& g : groups) {
    open.series.push_back({{{"log_group", g.log_group}}, double(g.open_files)});
    budget.series.push_back({{{"log_group", g.log_group}}, double(g.max_open_files)});
    for (size_t r = 0; r < kSkipReasonCount; ++r) {
      skipped.series.push_back(
          {{{"log_group", g.log_group}, {"reason", SkipReasonName(static_cast<SkipReason>(r))}},
           double(g.counters.skipped_files[r])});
    }
  }
  out.push_back(std::move(open));
  out.push_back(std::move(budget));
  out.push_back(std::move(skipped));
  return out;
}

std::vector<AlarmStatusRecord> AlarmStatusRecords(const engine::Pipeline& pipeline) {
  std::vector<AlarmStatusRecord> records;
  for (const engine::AlarmEngine::AlarmStatus& status : pipeline.alarms().Statuses()) {
    records.push_back(AlarmStatusRecord{*status.spec, status.state, status.reason,
                                        status.reason_data_json, status.last_change_ms,
                                        status.last_evaluated_ms});
  }
  return records;
}

}  // namespace tailwatch::daemon
