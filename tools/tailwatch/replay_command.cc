// `tailwatch replay`: runs the whole engine (filters, metric store, alarms)
// over historical logs in event time and prints one JSON line per closed
// datapoint and per alarm state change. This is how thresholds are tuned on
// past incidents: a day of logs replays in seconds.
//
// Event time comes from each event: the log group's `timestamp:` setting for
// text/NDJSON logs, the `timestamp` member for an AWS events file
// (`--events FILE.json`, the shape `aws logs put-log-events --log-events
// file://FILE.json` takes). An event without a timestamp takes the time of the
// event before it (the first ones: --start, default the Unix epoch), plus
// --line-interval (default 0): logs without timestamps can be paced at a
// stated nominal rate, so that durations counted in event time (a log-anomaly
// detector's learning_period) pass while they replay.
//
// Observation (docs/cloudwatch-semantics.md §4.7) begins at the first event's time, for every
// log group: a replay knows nothing of the time before its first event, so an
// alarm's empty periods before it are no evidence either way.
#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "config/pipeline_spec.h"
#include "engine/alarm/format.h"
#include "engine/common/floor_div.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"
#include "engine/match/log_records.h"
#include "engine/patterns/pattern_anomalies.h"
#include "engine/pipeline/pipeline.h"
#include "engine/pipeline/timestamp_format.h"
#include "tools/tailwatch/commands.h"
#include "tools/tailwatch/record_reader.h"
#include "tools/tailwatch/s3_input.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch replay --config FILE [--group NAME] [--until TIME] [--start TIME]\n"
    "                        [--line-interval MS] [--period SECONDS] [--since TIME]\n"
    "                        [--endpoint-url URL]\n"
    "                        (LOG... | s3://BUCKET[/PREFIX]... | --events FILE.json)\n"
    "\n"
    "Runs the filters and alarms of FILE over past logs in event time and prints JSON lines:\n"
    "  "
    "{\"type\":\"datapoint\",\"namespace\":..,\"metric\":..,\"dimensions\":{..},\"period_start\":.."
    ",\n"
    "   \"sum\":..,\"sample_count\":..,\"average\":..,\"minimum\":..,\"maximum\":..}\n"
    "      one per closed period (--period, default 60 s) per metric series; a series with an\n"
    "      anomaly-detection band of that period adds \"band_statistic\", \"band_width\",\n"
    "      \"band_lower\", \"band_upper\" and \"anomaly_score\" (null while the model learns)\n"
    "  {\"type\":\"alarm\",\"alarm\":..,\"from\":..,\"to\":..,\"time\":..,\"reason\":..}\n"
    "      one per alarm state change\n"
    "  "
    "{\"type\":\"anomaly\",\"detector\":..,\"kind\":..,\"pattern_id\":..,\"pattern\":..,\"time\":.."
    ",\n"
    "   \"line\":N,\"file\":..}\n"
    "      one per anomaly of a log_anomaly_detectors entry on the group (N: its line, 1-based)\n"
    "\n"
    "  --config FILE       the configuration (filters, alarms, log groups)\n"
    "  --group NAME        the log group whose filters see the events (default: the first)\n"
    "  --until TIME        evaluate alarms up to TIME (ISO 8601 or epoch ms; default: the end\n"
    "                      of the last event's period)\n"
    "  --start TIME        time of events before the first one with a timestamp (default 0)\n"
    "  --line-interval MS  an event without a timestamp comes MS after the event before it\n"
    "                      (default 0: at the same time); e.g. 100 paces an untimestamped\n"
    "                      log at 10 lines a second\n"
    "  --period SECONDS    datapoint period printed (default 60)\n"
    "  --events FILE.json  events as [{\"timestamp\":ms,\"message\":\"...\"}] (AWS CLI shape)\n"
    "  LOG                 text or NDJSON log files ('-' = stdin; FILE.gz is inflated);\n"
    "                      records split on \\n and \\r\n"
    "  s3://BUCKET/PREFIX  the objects an S3 sink shipped under PREFIX (docs/s3.md), listed\n"
    "                      and streamed in order; only the replayed group's objects are read\n"
    "  --since TIME        S3: skip objects of hours before TIME (minus one hour); with\n"
    "                      --until, objects of hours after it are skipped too\n"
    "  --endpoint-url URL  S3: the service URL (default: the sink's endpoint for that bucket)\n"
    "\n"
    "Event time: the log group's `timestamp:` setting; events without one take the time of the\n"
    "event before them (plus --line-interval). Exit: 0 ok, 1 bad config or input, 2 usage error.\n";

void AppendNumber(std::string& out, double v) {
  if (std::isnan(v)) {
    out += "\"NaN\"";
    return;
  }
  if (std::isinf(v)) {
    out += v > 0 ? "\"Infinity\"" : "\"-Infinity\"";
    return;
  }
  char buffer[64];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, ptr);
}

std::optional<int64_t> ParseTimeArg(std::string_view text) {
  return engine::ParseTimestamp(text, engine::TimestampFormat::kAuto);
}

// A log_anomaly_detectors entry that watches the replayed group.
struct ReplayDetector {
  std::string name;
  std::optional<engine::FilterPattern> filter;
  engine::patterns::PatternAnomalyDetector state;
};

// Prints each anomaly the detectors raise on `record`, line `line` of `file`.
class AnomalyPrinter {
 public:
  explicit AnomalyPrinter(std::vector<ReplayDetector>& detectors) : detectors_(detectors) {}
  bool empty() const { return detectors_.empty(); }

  void Observe(std::string_view record, int64_t time_ms, uint64_t line, const std::string& file) {
    for (ReplayDetector& d : detectors_) {
      if (d.filter) {
        context_.Reset(record);
        if (!d.filter->Matches(context_)) {
          d.state.Begin(time_ms);
          continue;
        }
      }
      raised_.clear();
      d.state.Observe(record, time_ms, raised_);
      for (const engine::patterns::PatternAnomaly& a : raised_) {
        std::string out = "{\"type\":\"anomaly\",\"detector\":";
        engine::AppendJsonString(out, d.name);
        out += ",\"kind\":\"";
        out += engine::patterns::AnomalyKindName(a.kind);
        out += "\",\"pattern_id\":";
        engine::AppendJsonString(out, a.pattern_id);
        out += ",\"pattern\":";
        engine::AppendJsonString(out, a.pattern);
        out += ",\"time\":";
        engine::AppendJsonString(out, engine::FormatIso8601(time_ms));
        out += ",\"line\":" + std::to_string(line) + ",\"file\":";
        engine::AppendJsonString(out, file);
        out += "}\n";
        std::fwrite(out.data(), 1, out.size(), stdout);
      }
    }
  }

 private:
  std::vector<ReplayDetector>& detectors_;
  engine::EventContext context_;
  std::vector<engine::patterns::PatternAnomaly> raised_;
};

class Replayer {
 public:
  Replayer(engine::Pipeline& pipeline, size_t group, int period_seconds, int64_t start_ms,
           int64_t line_interval_ms)
      : pipeline_(pipeline),
        group_(group),
        period_ms_(int64_t{period_seconds} * 1000),
        period_seconds_(period_seconds),
        line_interval_ms_(line_interval_ms),
        last_time_ms_(start_ms) {}

  // Whether records must go one by one (Event) even where the log group takes
  // event time from ingestion: pacing moves the clock per record.
  bool paced() const { return line_interval_ms_ > 0; }

  // Counts one event, then moves the clock to its time: periods that closed
  // before it are reported and alarms evaluated at the boundaries passed.
  // (An evaluation at boundary b reads periods ending at b, so the event at
  // time >= b never leaks into them.)
  int64_t Event(std::string_view message, std::optional<int64_t> given_time) {
    const int64_t untimed = started_ ? last_time_ms_ + line_interval_ms_ : last_time_ms_;
    const int64_t time = pipeline_.ProcessEvent(group_, message, given_time.value_or(untimed));
    if (!started_) pipeline_.BeginObservingAll(time);
    started_ = true;
    last_time_ms_ = time;
    max_time_ms_ = std::max(max_time_ms_, time);
    ++events_;
    Advance(time);
    return time;
  }

  void Finish(std::optional<int64_t> until) {
    if (!started_) return;
    const int64_t end = until.value_or(AlignDown(max_time_ms_, period_ms_) + period_ms_);
    Advance(end);
  }

  // The records of `text` (a buffer of whole records), for a log group that
  // takes event time from ingestion: they all get the current time, so the
  // clock moves once, as it would after each of them.
  void Buffer(std::string_view text) {
    const size_t records = pipeline_.ProcessBuffer(group_, text, last_time_ms_);
    if (records == 0) return;
    if (!started_) pipeline_.BeginObservingAll(last_time_ms_);
    started_ = true;
    max_time_ms_ = std::max(max_time_ms_, last_time_ms_);
    events_ += records;
    Advance(last_time_ms_);
  }

  uint64_t events() const { return events_; }

 private:
  void Advance(int64_t now) {
    if (now <= clock_ms_) return;
    clock_ms_ = now;
    drained_.clear();
    pipeline_.mutable_store().DrainClosed(
        now, period_seconds_, [&](const engine::MetricKey& key, const engine::Datapoint& dp) {
          drained_.emplace_back(key, dp);
        });
    // Ticking first lets the band models learn the periods just closed, so
    // each datapoint is printed with the band it was judged against.
    const std::vector<engine::AlarmEvent> events = pipeline_.Tick(now);
    for (const auto& [key, dp] : drained_) PrintDatapoint(key, dp);
    for (const engine::AlarmEvent& event : events) PrintAlarm(event);
  }

  // The band of the first banded series of `key` with the printed period:
  // band_statistic, band_width (the first band alarm's, else 2), band_lower,
  // band_upper and anomaly_score of that period.
  void AppendBand(std::string& out, const engine::MetricKey& key, int64_t period_start_ms) {
    const engine::AlarmEngine& alarms = pipeline_.alarms();
    const engine::anomaly::BandTracker& bands = alarms.bands();
    for (size_t i = 0; i < bands.size(); ++i) {
      if (bands.spec(i).key != key || bands.spec(i).period_seconds != period_seconds_) continue;
      double width = 2;
      for (size_t a = 0; a < alarms.specs().size(); ++a) {
        if (alarms.BandSeriesOf(a) == i) {
          width = alarms.specs()[a].band->width;
          break;
        }
      }
      std::optional<engine::anomaly::BandPoint> point;
      for (const engine::anomaly::BandPoint& p : bands.recent(i)) {
        if (p.period_start_ms == period_start_ms) point = p;
      }
      out += ",\"band_statistic\":";
      engine::AppendJsonString(out, bands.spec(i).StatisticText());
      out += ",\"band_width\":";
      AppendNumber(out, width);
      if (point && point->prediction) {
        const auto [lower, upper] = bands.Bounds(i, *point->prediction, width);
        out += ",\"band_lower\":";
        AppendNumber(out, lower);
        out += ",\"band_upper\":";
        AppendNumber(out, upper);
        out += ",\"anomaly_score\":";
        AppendNumber(out, engine::anomaly::Score(*point->prediction, point->value));
      } else {
        out += ",\"band_lower\":null,\"band_upper\":null,\"anomaly_score\":null";
      }
      return;
    }
  }

  void PrintDatapoint(const engine::MetricKey& key, const engine::Datapoint& dp) {
    std::string out = "{\"type\":\"datapoint\",\"namespace\":";
    engine::AppendJsonString(out, key.metric_namespace);
    out += ",\"metric\":";
    engine::AppendJsonString(out, key.metric_name);
    out += ",\"dimensions\":{";
    for (size_t i = 0; i < key.dimensions.size(); ++i) {
      if (i > 0) out += ',';
      engine::AppendJsonString(out, key.dimensions[i].first);
      out += ':';
      engine::AppendJsonString(out, key.dimensions[i].second);
    }
    out += "},\"period_start\":";
    engine::AppendJsonString(out, engine::FormatIso8601(dp.period_start_ms));
    out += ",\"sum\":";
    AppendNumber(out, dp.sum);
    out += ",\"sample_count\":";
    AppendNumber(out, dp.sample_count);
    out += ",\"average\":";
    AppendNumber(out, dp.average());
    out += ",\"minimum\":";
    AppendNumber(out, dp.minimum);
    out += ",\"maximum\":";
    AppendNumber(out, dp.maximum);
    AppendBand(out, key, dp.period_start_ms);
    out += "}\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
  }

  void PrintAlarm(const engine::AlarmEvent& event) {
    std::string out = "{\"type\":\"alarm\",\"alarm\":";
    engine::AppendJsonString(out, event.alarm_name);
    out += ",\"from\":\"";
    out += engine::AlarmStateName(event.old_state);
    out += "\",\"to\":\"";
    out += engine::AlarmStateName(event.new_state);
    out += "\",\"time\":";
    engine::AppendJsonString(out, engine::FormatIso8601(event.time_ms));
    out += ",\"reason\":";
    engine::AppendJsonString(out, event.reason);
    if (!event.sample_lines.empty()) {
      out += ",\"sample_lines\":";
      engine::AppendSampleLinesApiJson(out, event.sample_lines);
    }
    out += "}\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
  }

  engine::Pipeline& pipeline_;
  size_t group_;
  int64_t period_ms_;
  int period_seconds_;
  int64_t line_interval_ms_;
  int64_t last_time_ms_;
  int64_t max_time_ms_ = INT64_MIN;
  int64_t clock_ms_ = INT64_MIN;
  bool started_ = false;
  std::vector<std::pair<engine::MetricKey, engine::Datapoint>> drained_;
  uint64_t events_ = 0;
};

int Usage(const std::string& message) {
  std::fprintf(stderr, "tailwatch replay: %s\n(see tailwatch replay --help)\n", message.c_str());
  return kExitUsage;
}

// Replays an AWS events file: [{"timestamp": ms, "message": "..."}].
int ReplayEventsFile(const std::string& path, Replayer& replayer) {
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json) != simdjson::SUCCESS) {
    std::fprintf(stderr, "tailwatch replay: cannot read %s\n", path.c_str());
    return kExitUserError;
  }
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto error = parser.parse(json).get(root); error) {
    std::fprintf(stderr, "tailwatch replay: %s: invalid JSON: %s\n", path.c_str(),
                 simdjson::error_message(error));
    return kExitUserError;
  }
  simdjson::dom::array events;
  if (root.get_array().get(events) != simdjson::SUCCESS) {
    std::fprintf(stderr, "tailwatch replay: %s: expected a JSON array of events\n", path.c_str());
    return kExitUserError;
  }
  size_t index = 0;
  for (simdjson::dom::element event : events) {
    std::string_view message;
    int64_t timestamp = 0;
    if (event["message"].get_string().get(message) != simdjson::SUCCESS ||
        event["timestamp"].get_int64().get(timestamp) != simdjson::SUCCESS) {
      std::fprintf(stderr,
                   "tailwatch replay: %s: event %zu: needs \"timestamp\" (ms) and \"message\"\n",
                   path.c_str(), index);
      return kExitUserError;
    }
    replayer.Event(message, timestamp);
    ++index;
  }
  return kExitOk;
}

// Lists the sink objects under `url` and replays them one by one, each
// inflated on the fly.
template <class ReplayInput>
int ReplayS3(const config::Config& config, const S3Url& url, const std::string& endpoint_url,
             const std::string& log_group, std::optional<int64_t> since,
             std::optional<int64_t> until, ReplayInput& replay_input) {
  const std::string name = "s3://" + url.bucket + "/" + url.prefix;
  auto options = ReplayS3Options(config, url.bucket, endpoint_url);
  if (!options) {
    std::fprintf(stderr, "tailwatch replay: %s: %s\n", name.c_str(),
                 options.error().message.c_str());
    return kExitUserError;
  }
  sink::S3Client client(std::move(*options));
  size_t skipped = 0;
  auto objects = ListReplayObjects(client, url, log_group, since, until, &skipped);
  if (!objects) {
    std::fprintf(stderr, "tailwatch replay: %s: %s\n", name.c_str(),
                 objects.error().message.c_str());
    return kExitUserError;
  }
  std::fprintf(stderr, "tailwatch replay: %s: %zu object(s) of log group %s (%zu other key(s))\n",
               name.c_str(), objects->size(), log_group.c_str(), skipped);
  for (const S3ReplayObject& object : *objects) {
    const std::string object_name = "s3://" + url.bucket + "/" + object.key;
    auto data = client.GetObject(url.bucket, object.key);
    Status status = data ? replay_input(object_name,
                                        [&](const std::function<void(std::string_view)>& fn) {
                                          return ForEachRecordBufferOfGzip(*data, object_name, fn);
                                        })
                         : Status(tl::unexpected(data.error()));
    if (!status) {
      std::fprintf(stderr, "tailwatch replay: %s\n", status.error().message.c_str());
      return kExitUserError;
    }
  }
  return kExitOk;
}

}  // namespace

int RunReplay(Args args) {
  std::string config_path, group_name, events_path, endpoint_url;
  std::optional<int64_t> until, since;
  int64_t start_ms = 0;
  int period_seconds = 60;
  int64_t line_interval_ms = 0;
  std::vector<std::string> logs;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    auto value = [&](std::string_view flag) -> std::optional<std::string> {
      if (i + 1 >= args.size()) return std::nullopt;
      (void)flag;
      return std::string(args[++i]);
    };
    if (arg == "--help" || arg == "-h") {
      std::fputs(kHelp.data(), stdout);
      return kExitOk;
    } else if (arg == "--config") {
      auto v = value(arg);
      if (!v) return Usage("--config needs a file");
      config_path = *v;
    } else if (arg == "--group") {
      auto v = value(arg);
      if (!v) return Usage("--group needs a name");
      group_name = *v;
    } else if (arg == "--events") {
      auto v = value(arg);
      if (!v) return Usage("--events needs a file");
      events_path = *v;
    } else if (arg == "--endpoint-url") {
      auto v = value(arg);
      if (!v) return Usage("--endpoint-url needs a URL");
      endpoint_url = *v;
    } else if (arg == "--since") {
      auto v = value(arg);
      if (!v) return Usage("--since needs a time");
      since = ParseTimeArg(*v);
      if (!since) return Usage("--since: not a time (ISO 8601 or epoch ms): " + *v);
    } else if (arg == "--until" || arg == "--start") {
      auto v = value(arg);
      if (!v) return Usage(std::string(arg) + " needs a time");
      auto t = ParseTimeArg(*v);
      if (!t) return Usage(std::string(arg) + ": not a time (ISO 8601 or epoch ms): " + *v);
      if (arg == "--until") {
        until = *t;
      } else {
        start_ms = *t;
      }
    } else if (arg == "--line-interval") {
      auto v = value(arg);
      if (!v) return Usage("--line-interval needs milliseconds");
      int64_t ms = -1;
      const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), ms);
      if (ec != std::errc() || end != v->data() + v->size() || ms < 0 || ms > 86'400'000) {
        return Usage("--line-interval: milliseconds from 0 to 86400000, not " + *v);
      }
      line_interval_ms = ms;
    } else if (arg == "--period") {
      auto v = value(arg);
      if (!v) return Usage("--period needs seconds");
      const auto p = std::atoi(v->c_str());
      if (!(p == 10 || p == 20 || p == 30 || (p > 0 && p % 60 == 0))) {
        return Usage("--period must be 10, 20, 30 or a multiple of 60");
      }
      period_seconds = p;
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      return Usage("unknown option " + std::string(arg));
    } else {
      logs.emplace_back(arg);
    }
  }
  if (config_path.empty()) return Usage("--config FILE is required");
  if (logs.empty() == events_path.empty()) {
    return Usage("give log files or --events FILE.json (one of them)");
  }

  config::LoadResult loaded = config::LoadConfigFile(config_path);
  if (!loaded.ok()) {
    std::fputs(loaded.FormatDiagnostics().c_str(), stderr);
    return kExitUserError;
  }
  auto spec = config::ToPipelineSpec(*loaded.config);
  if (!spec) {
    std::fprintf(stderr, "%s: error: %s\n", config_path.c_str(), spec.error().message.c_str());
    return kExitUserError;
  }
  auto pipeline = engine::Pipeline::Create(std::move(*spec));
  if (!pipeline) {
    std::fprintf(stderr, "%s: error: %s\n", config_path.c_str(), pipeline.error().message.c_str());
    return kExitUserError;
  }
  engine::Pipeline& p = **pipeline;
  if (p.spec().log_groups.empty()) {
    std::fprintf(stderr, "%s: error: the configuration has no log group\n", config_path.c_str());
    return kExitUserError;
  }
  size_t group = 0;
  if (!group_name.empty()) {
    auto found = p.FindLogGroup(group_name);
    if (!found) {
      std::fprintf(stderr, "tailwatch replay: no log group '%s' in %s\n", group_name.c_str(),
                   config_path.c_str());
      return kExitUserError;
    }
    group = *found;
  }

  std::vector<ReplayDetector> detectors;
  for (const config::LogAnomalyDetectorConfig& c : loaded.config->log_anomaly_detectors) {
    const std::string& name = p.spec().log_groups[group].name;
    if (std::find(c.log_groups.begin(), c.log_groups.end(), name) == c.log_groups.end()) continue;
    engine::patterns::PatternAnomalyOptions o;
    o.learning_period_ms = int64_t{c.learning_period_seconds} * 1000;
    o.evaluation_frequency_ms = int64_t{c.evaluation_frequency_seconds} * 1000;
    o.anomaly_visibility_time_ms = int64_t{c.anomaly_visibility_time_seconds} * 1000;
    ReplayDetector d{c.name, std::nullopt, engine::patterns::PatternAnomalyDetector(o)};
    if (!c.filter_pattern.empty()) {
      if (auto compiled = engine::FilterPattern::Compile(c.filter_pattern)) {
        d.filter = std::move(*compiled);
      }
    }
    detectors.push_back(std::move(d));
  }
  AnomalyPrinter anomalies(detectors);
  Replayer replayer(p, group, period_seconds, start_ms, line_interval_ms);
  if (!events_path.empty()) {
    p.SetEventSource(events_path);
    if (int rc = ReplayEventsFile(events_path, replayer); rc != kExitOk) return rc;
  } else {
    // Each input hands out buffers of whole records: a local file (".gz"
    // inflated) or one S3 object after another.
    using Buffers = std::function<Status(const std::function<void(std::string_view)>&)>;
    auto replay_input = [&](const std::string& log, const Buffers& for_each_buffer) -> Status {
      p.SetEventSource(log);  // names the file or object in alarms' sample lines
      if (!anomalies.empty()) {
        // Detectors print line numbers: records one by one, counting lines
        // ('\n' ends a line; blank lines are counted, not events).
        uint64_t line = 1;
        return for_each_buffer([&](std::string_view text) {
          size_t start = 0;
          for (size_t i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
            if (i > start) {
              const std::string_view record = text.substr(start, i - start);
              const int64_t time = replayer.Event(record, std::nullopt);
              anomalies.Observe(record, time, line, log);
            }
            if (i < text.size() && text[i] == '\n') ++line;
            start = i + 1;
          }
        });
      }
      // Without event times in the records, whole read buffers go to the
      // engine (one prefilter scan each); with them, or paced by
      // --line-interval, the clock moves per record, so records go one by one.
      if (p.UsesIngestionTime(group) && !replayer.paced()) {
        return for_each_buffer([&](std::string_view text) { replayer.Buffer(text); });
      }
      return for_each_buffer([&](std::string_view text) {
        engine::ForEachLogRecord(
            text, [&](std::string_view record) { replayer.Event(record, std::nullopt); });
      });
    };
    for (const std::string& log : logs) {
      if (auto s3_url = ParseS3Url(log)) {
        if (int rc = ReplayS3(*loaded.config, *s3_url, endpoint_url,
                              p.spec().log_groups[group].name, since, until, replay_input);
            rc != kExitOk) {
          return rc;
        }
        continue;
      }
      Status status = replay_input(log, [&](const std::function<void(std::string_view)>& fn) {
        return ForEachRecordBuffer(log, fn);
      });
      if (!status) {
        std::fprintf(stderr, "tailwatch replay: %s\n", status.error().message.c_str());
        return kExitUserError;
      }
    }
  }
  replayer.Finish(until);
  std::fflush(stdout);
  const engine::PipelineCounters counters = p.counters();
  std::fprintf(stderr,
               "tailwatch replay: %llu events, %llu without a timestamp, %llu late samples\n",
               static_cast<unsigned long long>(counters.events),
               static_cast<unsigned long long>(counters.timestamp_missing),
               static_cast<unsigned long long>(counters.late_samples));
  return kExitOk;
}

}  // namespace tailwatch::tools
