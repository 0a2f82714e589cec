#include "config/config_writer.h"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <sstream>

#include "engine/alarm/format.h"

namespace tailwatch::config {
namespace {

void Key(YAML::Emitter& out, const char* key) { out << YAML::Key << key << YAML::Value; }

void Str(YAML::Emitter& out, const char* key, const std::string& value) {
  Key(out, key);
  out << YAML::DoubleQuoted << value;
}

void Num(YAML::Emitter& out, const char* key, double value) {
  Key(out, key);
  out << FormatNumber(value);
}

void Int(YAML::Emitter& out, const char* key, long long value) {
  Key(out, key);
  out << value;
}

void List(YAML::Emitter& out, const char* key, const std::vector<std::string>& values) {
  Key(out, key);
  out << YAML::Flow << YAML::BeginSeq;
  for (const std::string& v : values) out << YAML::DoubleQuoted << v;
  out << YAML::EndSeq;
}

void Pairs(YAML::Emitter& out, const char* key,
           const std::vector<std::pair<std::string, std::string>>& pairs) {
  Key(out, key);
  out << YAML::Flow << YAML::BeginMap;
  for (const auto& [name, value] : pairs) {
    out << YAML::Key << YAML::DoubleQuoted << name << YAML::Value << YAML::DoubleQuoted << value;
  }
  out << YAML::EndMap;
}

void WriteSettings(YAML::Emitter& out, const Config& c) {
  const Config d;
  const ServerConfig& s = c.server;
  Key(out, "server");
  out << YAML::BeginMap;
  Str(out, "listen", s.listen);
  if (!s.auth_token_file.empty()) Str(out, "auth_token_file", s.auth_token_file);
  if (s.protect_metrics) Key(out, "protect_metrics"), out << true;
  if (!s.tls_cert_file.empty()) Str(out, "tls_cert_file", s.tls_cert_file);
  if (!s.tls_key_file.empty()) Str(out, "tls_key_file", s.tls_key_file);
  if (s.max_body_bytes != d.server.max_body_bytes) Int(out, "max_body_bytes", s.max_body_bytes);
  if (s.max_connections != d.server.max_connections) {
    Int(out, "max_connections", s.max_connections);
  }
  if (s.read_timeout_ms != d.server.read_timeout_ms) Int(out, "read_timeout_ms", s.read_timeout_ms);
  if (s.idle_timeout_ms != d.server.idle_timeout_ms) Int(out, "idle_timeout_ms", s.idle_timeout_ms);
  out << YAML::EndMap;

  const JournalConfig& j = c.ingest.journal;
  const JournalConfig dj;
  if (j.fsync != dj.fsync || j.fsync_interval_ms != dj.fsync_interval_ms ||
      j.segment_bytes != dj.segment_bytes || j.max_bytes != dj.max_bytes ||
      j.max_age_hours != dj.max_age_hours) {
    Key(out, "ingest");
    out << YAML::BeginMap;
    Key(out, "journal");
    out << YAML::BeginMap;
    Key(out, "fsync");
    out << (j.fsync == JournalConfig::Fsync::kAlways     ? "always"
            : j.fsync == JournalConfig::Fsync::kInterval ? "interval"
                                                         : "never");
    if (j.fsync == JournalConfig::Fsync::kInterval) {
      Int(out, "fsync_interval_ms", j.fsync_interval_ms);
    }
    Int(out, "segment_bytes", j.segment_bytes);
    Int(out, "max_bytes", j.max_bytes);
    Int(out, "max_age_hours", j.max_age_hours);
    out << YAML::EndMap << YAML::EndMap;
  }
  Str(out, "state_dir", c.state_dir);
  if (c.checkpoint_interval_ms != d.checkpoint_interval_ms) {
    Int(out, "checkpoint_interval_ms", c.checkpoint_interval_ms);
  }
  Str(out, "region", c.region);
  Str(out, "account_id", c.account_id);
  if (c.max_dimension_combinations != d.max_dimension_combinations) {
    Int(out, "max_dimension_combinations", c.max_dimension_combinations);
  }
  if (c.dimension_idle_timeout_ms != d.dimension_idle_timeout_ms) {
    Int(out, "dimension_idle_timeout_ms", c.dimension_idle_timeout_ms);
  }
  if (c.alarm_sample_lines != d.alarm_sample_lines) {
    Int(out, "alarm_sample_lines", c.alarm_sample_lines);
  }
}

void WriteLogGroup(YAML::Emitter& out, const LogGroupConfig& g, bool placeholder) {
  const LogGroupConfig d;
  out << YAML::BeginMap;
  Str(out, "name", g.name);
  if (g.files.empty() && placeholder) {
    List(out, "files", g.files);
    out << YAML::Comment("placeholder: list the globs of this group's log files");
  } else if (!g.files.empty()) {
    List(out, "files", g.files);
  }
  if (g.start_at_beginning) Key(out, "start_at"), out << "beginning";
  if (g.timestamp.kind != TimestampConfig::Kind::kIngestionTime) {
    Key(out, "timestamp");
    out << YAML::BeginMap;
    if (g.timestamp.kind == TimestampConfig::Kind::kJsonField) {
      Str(out, "field", g.timestamp.field);
    } else {
      Str(out, "regex", g.timestamp.regex);
    }
    if (g.timestamp.format != "auto") Str(out, "format", g.timestamp.format);
    out << YAML::EndMap;
  }
  if (g.max_line_bytes != d.max_line_bytes) Int(out, "max_line_bytes", g.max_line_bytes);
  if (g.partial_line_timeout_ms != d.partial_line_timeout_ms) {
    Int(out, "partial_line_timeout_ms", g.partial_line_timeout_ms);
  }
  if (g.poll_interval_ms != d.poll_interval_ms) Int(out, "poll_interval_ms", g.poll_interval_ms);
  out << YAML::EndMap;
}

void WriteFilter(YAML::Emitter& out, const engine::FilterSpec& f) {
  out << YAML::BeginMap;
  Str(out, "name", f.name);
  Str(out, "log_group", f.log_group);
  if (!f.regex.empty()) {
    Str(out, "regex", f.regex);
  } else {
    Str(out, "pattern", f.pattern);
  }
  const engine::MetricTransformationSpec& t = f.transformation;
  Key(out, "metric_transformation");
  out << YAML::BeginMap;
  Str(out, "name", t.metric_name);
  Str(out, "namespace", t.metric_namespace);
  Str(out, "value", t.metric_value);
  if (t.default_value) Num(out, "default_value", *t.default_value);
  if (!t.dimensions.empty()) Pairs(out, "dimensions", t.dimensions);
  if (t.unit != "None") Key(out, "unit"), out << t.unit;
  if (t.non_negative) Key(out, "non_negative"), out << true;
  out << YAML::EndMap << YAML::EndMap;
}

// A band alarm's `metrics:` (config/alarm_metrics.h): the metric_stat query
// and the ANOMALY_DETECTION_BAND expression on it.
void WriteBandMetrics(YAML::Emitter& out, const engine::AlarmSpec& a) {
  const engine::BandSpec& band = *a.band;
  Key(out, "metrics");
  out << YAML::BeginSeq << YAML::BeginMap;
  Str(out, "id", band.metric_id);
  Key(out, "metric_stat");
  out << YAML::BeginMap;
  Key(out, "metric");
  out << YAML::BeginMap;
  Str(out, "namespace", a.metric_namespace);
  Str(out, "metric_name", a.metric_name);
  if (!a.dimensions.empty()) Pairs(out, "dimensions", a.dimensions);
  out << YAML::EndMap;
  Int(out, "period", a.period_seconds);
  Str(out, "stat",
      a.statistic ? std::string(engine::StatisticName(*a.statistic)) : a.extended_statistic);
  out << YAML::EndMap;
  if (!band.metric_return_data) Key(out, "return_data"), out << false;
  out << YAML::EndMap << YAML::BeginMap;
  Str(out, "id", band.band_id);
  std::ostringstream expression;
  expression << "ANOMALY_DETECTION_BAND(" << band.metric_id << ", " << band.width << ")";
  Str(out, "expression", expression.str());
  if (!band.label.empty()) Str(out, "label", band.label);
  if (!band.band_return_data) Key(out, "return_data"), out << false;
  out << YAML::EndMap << YAML::EndSeq;
  Str(out, "threshold_metric_id", band.band_id);
}

// One `anomaly_detectors:` entry (PutAnomalyDetector's shape).
void WriteAnomalyDetector(YAML::Emitter& out, const engine::anomaly::BandSeriesSpec& d) {
  out << YAML::BeginMap;
  Key(out, "metric");
  out << YAML::BeginMap;
  Str(out, "namespace", d.key.metric_namespace);
  Str(out, "metric_name", d.key.metric_name);
  if (!d.key.dimensions.empty()) Pairs(out, "dimensions", d.key.dimensions);
  out << YAML::EndMap;
  Str(out, "stat",
      d.statistic ? std::string(engine::StatisticName(*d.statistic)) : d.extended_statistic);
  Int(out, "period", d.period_seconds);
  if (!d.excluded_time_ranges.empty() || !d.metric_timezone.empty()) {
    Key(out, "configuration");
    out << YAML::BeginMap;
    if (!d.excluded_time_ranges.empty()) {
      Key(out, "excluded_time_ranges");
      out << YAML::BeginSeq;
      for (const engine::anomaly::TimeRange& range : d.excluded_time_ranges) {
        out << YAML::BeginMap;
        Str(out, "start_time", engine::FormatIso8601(range.start_ms));
        Str(out, "end_time", engine::FormatIso8601(range.end_ms));
        out << YAML::EndMap;
      }
      out << YAML::EndSeq;
    }
    if (!d.metric_timezone.empty()) Str(out, "metric_timezone", d.metric_timezone);
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
}

void WriteAlarm(YAML::Emitter& out, const engine::AlarmSpec& a) {
  out << YAML::BeginMap;
  Str(out, "name", a.name);
  if (!a.description.empty()) Str(out, "alarm_description", a.description);
  if (a.band) {
    WriteBandMetrics(out, a);
  } else {
    Str(out, "namespace", a.metric_namespace);
    Str(out, "metric_name", a.metric_name);
    if (!a.dimensions.empty()) Pairs(out, "dimensions", a.dimensions);
    if (a.statistic) {
      Key(out, "statistic");
      out << std::string(engine::StatisticName(*a.statistic));
    } else {
      Str(out, "extended_statistic", a.extended_statistic);
    }
    Int(out, "period", a.period_seconds);
  }
  Int(out, "evaluation_periods", a.evaluation_periods);
  if (a.datapoints_to_alarm) Int(out, "datapoints_to_alarm", *a.datapoints_to_alarm);
  if (!a.band) Num(out, "threshold", a.threshold);
  Key(out, "comparison_operator");
  out << std::string(engine::ComparisonOperatorName(a.comparison_operator));
  Key(out, "treat_missing_data");
  out << std::string(engine::TreatMissingDataName(a.treat_missing_data));
  if (a.ignore_low_sample_count_percentile) {
    Key(out, "evaluate_low_sample_count_percentile");
    out << "ignore";
  }
  if (a.missing_data_live_only) Key(out, "missing_data_scope"), out << "live";
  if (!a.end_metric_name.empty()) Str(out, "end_metric_name", a.end_metric_name);
  if (a.rolling) Key(out, "evaluation"), out << "rolling";
  if (a.sample_lines) Int(out, "sample_lines", *a.sample_lines);
  if (!a.unit.empty()) Key(out, "unit"), out << a.unit;
  if (!a.actions_enabled) Key(out, "actions_enabled"), out << false;
  if (!a.alarm_actions.empty()) List(out, "alarm_actions", a.alarm_actions);
  if (!a.ok_actions.empty()) List(out, "ok_actions", a.ok_actions);
  if (!a.insufficient_data_actions.empty()) {
    List(out, "insufficient_data_actions", a.insufficient_data_actions);
  }
  out << YAML::EndMap;
}

void WriteTarget(YAML::Emitter& out, const TargetConfig& t) {
  const TargetConfig d;
  out << YAML::BeginMap;
  Str(out, "name", t.name);
  Key(out, "type");
  out << (t.type == TargetConfig::Type::kWebhook        ? "webhook"
          : t.type == TargetConfig::Type::kAlertmanager ? "alertmanager"
                                                        : "sns");
  if (!t.url.empty()) Str(out, "url", t.url);
  if (!t.hmac_secret_file.empty()) Str(out, "hmac_secret_file", t.hmac_secret_file);
  if (!t.topic_arn.empty()) Str(out, "topic_arn", t.topic_arn);
  if (!t.endpoint.empty()) Str(out, "endpoint", t.endpoint);
  if (!t.region.empty()) Str(out, "region", t.region);
  if (!t.credentials_file.empty()) Str(out, "credentials_file", t.credentials_file);
  if (t.profile != d.profile) Str(out, "profile", t.profile);
  if (!t.ca_file.empty()) Str(out, "ca_file", t.ca_file);
  if (t.timeout_ms != d.timeout_ms) Int(out, "timeout_ms", t.timeout_ms);
  if (t.max_attempts != d.max_attempts) Int(out, "max_attempts", t.max_attempts);
  if (t.initial_backoff_ms != d.initial_backoff_ms) {
    Int(out, "initial_backoff_ms", t.initial_backoff_ms);
  }
  if (t.max_backoff_ms != d.max_backoff_ms) Int(out, "max_backoff_ms", t.max_backoff_ms);
  out << YAML::EndMap;
}

void WriteDetector(YAML::Emitter& out, const LogAnomalyDetectorConfig& c) {
  const LogAnomalyDetectorConfig d;
  out << YAML::BeginMap;
  Str(out, "name", c.name);
  List(out, "log_groups", c.log_groups);
  if (c.evaluation_frequency_seconds != d.evaluation_frequency_seconds) {
    Int(out, "evaluation_frequency", c.evaluation_frequency_seconds);
  }
  if (c.anomaly_visibility_time_seconds != d.anomaly_visibility_time_seconds) {
    Int(out, "anomaly_visibility_time", c.anomaly_visibility_time_seconds);
  }
  if (!c.filter_pattern.empty()) Str(out, "filter_pattern", c.filter_pattern);
  if (c.learning_period_seconds != d.learning_period_seconds) {
    Int(out, "learning_period", c.learning_period_seconds);
  }
  if (!c.actions.empty()) List(out, "actions", c.actions);
  out << YAML::EndMap;
}

template <class T, class Fn>
void Section(YAML::Emitter& out, const char* key, const std::vector<T>& items, Fn&& write) {
  if (items.empty()) return;
  Key(out, key);
  out << YAML::BeginSeq;
  for (const T& item : items) write(item);
  out << YAML::EndSeq;
}

}  // namespace

std::string FormatNumber(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

std::string WriteConfigYaml(const Config& config, const ConfigWriteOptions& options) {
  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::BeginMap;
  if (options.settings) WriteSettings(out, config);
  Section(out, "log_groups", config.log_groups,
          [&](const LogGroupConfig& g) { WriteLogGroup(out, g, options.files_placeholder); });
  Section(out, "metric_filters", config.metric_filters,
          [&](const engine::FilterSpec& f) { WriteFilter(out, f); });
  Section(out, "alarms", config.alarms, [&](const engine::AlarmSpec& a) { WriteAlarm(out, a); });
  Section(out, "anomaly_detectors", config.anomaly_detectors,
          [&](const engine::anomaly::BandSeriesSpec& d) { WriteAnomalyDetector(out, d); });
  if (options.settings) {
    Section(out, "targets", config.targets, [&](const TargetConfig& t) { WriteTarget(out, t); });
    // Their actions name targets, so they go with the settings.
    Section(out, "log_anomaly_detectors", config.log_anomaly_detectors,
            [&](const LogAnomalyDetectorConfig& c) { WriteDetector(out, c); });
  }
  out << YAML::EndMap;
  std::string text;
  for (const std::string& line : options.header) text += line.empty() ? "#\n" : "# " + line + "\n";
  text += out.c_str();
  text += "\n";
  return text;
}

}  // namespace tailwatch::config
