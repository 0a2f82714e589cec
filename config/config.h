// The tailwatch configuration: YAML in, immutable structs out.
//
// The schema is README.md "Configuration": CloudWatch resource fields in
// snake_case, our own keys carry their unit (`max_line_bytes`,
// `read_timeout_ms`). Loading checks everything it can without touching the
// data path: unknown keys (with "did you mean"), types, required keys,
// duplicate names, cross references, filter patterns and metric
// transformations (via the engine's parsers), alarm rules (ValidateAlarmSpec),
// and it reads the secret files (`auth_token_file`, `hmac_secret_file`,
// `credentials_file`) so a bad path fails at load time, not at the first
// alarm. Secret contents never appear in any message.
//
// Every error is collected (a load never stops at the first one) and carries
// the file, 1-based line and column, printed like compiler output:
//   tailwatch.yaml:12:7: error: unknown key 'period_sec'; did you mean 'period'?
//
// A top-level `include: [FILE, ...]` merges the lists (log_groups,
// metric_filters, alarms, anomaly_detectors, targets) of other files: relative paths are taken
// from the including file's folder, `embedded:packs/NAME.yaml` names a file
// shipped inside the binary (config/embedded_files.h). A file is included at
// most once (a repeat is skipped, a cycle is an error); included entities come
// after the including file's own, in include order. Included files may only
// hold include, log_groups, metric_filters, alarms, anomaly_detectors and
// targets.
//
// Loading does file I/O (includes, secrets) and is meant for start-up and
// reload, never for the data path. The functions are thread-compatible; a
// loaded Config is plain data.
#ifndef TAILWATCH_CONFIG_CONFIG_H_
#define TAILWATCH_CONFIG_CONFIG_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/alarm/alarm_spec.h"
#include "engine/anomaly/band_tracker.h"
#include "engine/match/filter_spec.h"

namespace tailwatch::config {

// One problem found while loading, positioned in the file it is about.
struct Diagnostic {
  enum class Severity { kError, kWarning };

  std::string file;  // the path as given, or "<embedded default>", "embedded:packs/x.yaml"
  int line = 0;      // 1-based; 0 = the whole file (e.g. it cannot be read)
  int column = 0;    // 1-based; 0 = no column
  std::string message;
  Severity severity = Severity::kError;

  // "FILE:LINE:COL: error: message" ("FILE: error: message" without a
  // position; "warning:" for warnings).
  std::string ToString() const;
};

struct ServerConfig {
  std::string listen = "127.0.0.1:9108";  // host:port; IPv6 as [::1]:9108
  // `listen` split up (filled by the loader): host without brackets, port.
  std::string listen_host = "127.0.0.1";
  uint16_t listen_port = 9108;
  bool listen_is_loopback = true;  // 127.0.0.0/8, ::1 or localhost

  std::string auth_token_file;  // empty = no token
  std::string auth_token;  // loaded from auth_token_file (trailing newline removed); never printed
  bool protect_metrics = false;  // also require the token on GET /metrics and /api/v1/alarms

  std::string tls_cert_file;  // both or neither; TLS when set
  std::string tls_key_file;

  size_t max_body_bytes = 2 << 20;  // push bodies (a full PutLogEvents batch fits); larger -> 413
  size_t max_connections = 256;     // at the cap: the longest-idle one is closed, or 503
  int read_timeout_ms = 30000;      // whole request read
  // A keep-alive connection with no new request for this long is closed; at
  // max_connections the longest-idle one is closed to make room anyway.
  int idle_timeout_ms = 60000;
  // Always false: events for a log group the config does not define are
  // refused (ResourceNotFoundException / 404), as a group without filters
  // would count nothing. `allow_unknown_log_groups` is a removed key.
  static constexpr bool allow_unknown_log_groups = false;
};

// ingest.journal: the push journal in state_dir/journal (docs/ingestion.md).
struct JournalConfig {
  // always: a 2xx is on disk (fdatasync, group commit); interval: a 2xx
  // survives kill -9, power loss may take the last fsync_interval_ms; never:
  // the kernel syncs when it likes.
  enum class Fsync { kAlways, kInterval, kNever };
  Fsync fsync = Fsync::kAlways;
  int fsync_interval_ms = 200;
  size_t segment_bytes = 64u << 20;
  // Retention of segments already covered by a checkpoint: deleted once
  // beyond max_bytes (newer segments hold that much) or max_age_hours.
  size_t max_bytes = size_t{1} << 30;
  int max_age_hours = 24;
};

struct IngestConfig {
  JournalConfig journal;
};

struct TimestampConfig {
  // kIngestionTime: the time tailwatch reads the line (the default).
  // kJsonField: `field` is a `$.selector` into a JSON event.
  // kRegex: the first capture group of `regex` (RE2 syntax) holds the time.
  enum class Kind { kIngestionTime, kJsonField, kRegex };
  Kind kind = Kind::kIngestionTime;
  std::string field;
  std::string regex;
  // "auto" (default: numbers are epoch seconds/milliseconds by magnitude,
  // strings ISO 8601), "iso8601", "epoch_s", "epoch_ms", "epoch_us",
  // "epoch_ns", or a strptime(3) format containing '%' (e.g. "%y%m%d %H%M%S",
  // read as UTC).
  std::string format = "auto";
};

// `journal:` of a log group: entries of the systemd journal, read through
// sd-journal. (units OR identifiers) AND every match AND priority <= max.
struct JournalSourceConfig {
  bool enabled = false;
  std::vector<std::string> units;        // _SYSTEMD_UNIT (".service" added when no '.')
  std::vector<std::string> identifiers;  // SYSLOG_IDENTIFIER
  std::vector<std::string> match;        // "FIELD=value"; same field ORed, fields ANDed
  int max_priority = 7;                  // PRIORITY 0 (emerg) .. 7 (debug)
  std::string directory;                 // empty: the local journal
  // Journal fields carried with MESSAGE: when set, each event is a JSON
  // object {"MESSAGE": ..., "_SYSTEMD_UNIT": ...} so patterns and dimensions
  // select them as `$.FIELD`.
  std::vector<std::string> fields;
  bool operator==(const JournalSourceConfig&) const = default;
};

struct LogGroupConfig {
  std::string name;                // CloudWatch log group name
  std::vector<std::string> files;  // globs; stream name = file path; empty = push only
  JournalSourceConfig journal;     // journal: entries of the systemd journal
  // kernel: true -- the kernel's log: the journal's kernel entries when a
  // journal holding them is readable, else /dev/kmsg.
  bool kernel = false;
  bool start_at_beginning = false;  // start_at: beginning|end (first sight of a file only)
  TimestampConfig timestamp;
  size_t max_line_bytes = 256 * 1024;  // longer lines are truncated and counted
  int partial_line_timeout_ms = 5000;  // an unterminated last line is taken after this
  int poll_interval_ms = 250;          // stat/read cadence of the tailer
};

struct TargetConfig {
  enum class Type { kWebhook, kAlertmanager, kSns };
  std::string name;
  Type type = Type::kWebhook;

  // webhook, alertmanager: base URL (http:// or https://).
  std::string url;
  // webhook: HMAC-SHA256 signing key; loaded from hmac_secret_file, never printed.
  std::string hmac_secret_file;
  std::string hmac_secret;

  // sns: topic ARN arn:aws:sns:REGION:ACCOUNT:NAME; endpoint overrides the
  // regional URL (e.g. a local emulator); region defaults to the ARN's.
  std::string topic_arn;
  std::string endpoint;
  std::string region;
  // sns: an AWS shared credentials file (INI) and its profile (default
  // "default"). Empty file = the daemon takes AWS_* environment variables.
  std::string credentials_file;
  std::string profile = "default";
  std::string aws_access_key_id;      // loaded; never printed
  std::string aws_secret_access_key;  // loaded; never printed
  std::string aws_session_token;      // loaded (optional); never printed

  std::string ca_file;           // extra CA bundle for https
  int timeout_ms = 5000;         // one delivery attempt
  int max_attempts = 10;         // then the event is dropped and counted
  int initial_backoff_ms = 500;  // doubles per attempt ...
  int max_backoff_ms = 60000;    // ... up to this
};

// A sink ships the raw events of its log groups to S3-compatible storage as
// compressed objects, exactly once per line (docs/s3.md).
struct SinkConfig {
  enum class Compression { kGzip };
  std::string name;
  std::vector<std::string> log_groups;  // each names one of Config::log_groups
  std::string bucket;
  std::string prefix;  // key prefix, without leading or trailing '/'
  std::string region = "us-east-1";
  // The service URL; empty: https://s3.REGION.amazonaws.com. Requests use
  // path-style addressing (ENDPOINT/BUCKET/KEY), which emulators expect.
  std::string endpoint;
  // An AWS shared credentials file (INI) and its profile, as an SNS target's;
  // empty file = the environment, then ~/.aws/credentials.
  std::string credentials_file;
  std::string profile = "default";
  std::string aws_access_key_id;      // loaded; never printed
  std::string aws_secret_access_key;  // loaded; never printed
  std::string aws_session_token;      // loaded (optional); never printed
  size_t max_batch_bytes = 8u << 20;  // raw bytes of one object, before compression
  int max_batch_seconds = 60;         // an open batch is cut after this long
  Compression compression = Compression::kGzip;
  int compression_level = 1;                     // zlib level 1..9
  size_t multipart_threshold_bytes = 16u << 20;  // compressed objects over this use multipart
  size_t multipart_part_bytes = 8u << 20;        // at least 5 MiB (S3's minimum part)
  std::string ca_file;
  int timeout_ms = 30000;  // one request
  int initial_backoff_ms = 500;
  int max_backoff_ms = 60000;

  friend bool operator==(const SinkConfig&, const SinkConfig&) = default;
};

// A log-anomaly detector (CloudWatch Logs' LogAnomalyDetector, names in
// snake_case; every duration in seconds): learns the patterns of its groups'
// events and raises new_pattern / frequency anomalies (docs/patterns.md).
struct LogAnomalyDetectorConfig {
  std::string name;
  std::vector<std::string> log_groups;  // each names one of Config::log_groups
  int evaluation_frequency_seconds = 300;
  int anomaly_visibility_time_seconds = 21 * 86400;
  std::string filter_pattern;  // a metric-filter pattern; empty = every event
  int learning_period_seconds = 3600;
  std::vector<std::string> actions;  // target names

  bool operator==(const LogAnomalyDetectorConfig&) const = default;
};

// Definitions made over the CloudWatch and Logs APIs (PutMetricAlarm,
// PutMetricFilter), kept in state_dir/api_definitions.yaml in this schema
// (log_groups, metric_filters, alarms) and merged after the configuration
// file by the same loader, so they are checked exactly like YAML ones. The
// log groups are push-only groups created over the Logs API that an API
// filter names.
struct ApiDefinitions {
  std::vector<LogGroupConfig> log_groups;
  std::vector<engine::FilterSpec> metric_filters;
  std::vector<engine::AlarmSpec> alarms;

  bool empty() const { return log_groups.empty() && metric_filters.empty() && alarms.empty(); }
};

inline constexpr std::string_view kApiDefinitionsFileName = "api_definitions.yaml";

struct Config {
  ServerConfig server;
  IngestConfig ingest;
  std::string state_dir = "./state";  // checkpoints and the notification outbox
  int checkpoint_interval_ms = 1000;
  std::string region = "us-west-2";  // for alarm ARNs and notifications
  std::string account_id = "123456789012";
  size_t max_dimension_combinations = 1000;  // per filter; beyond it values are dropped and counted
  // A series with no sample for this long (and nothing left to report) is
  // forgotten, which frees its place under max_dimension_combinations.
  int dimension_idle_timeout_ms = 3600000;
  // Log lines per period each alarm keeps to show with its events and status
  // (an alarm's own `sample_lines` wins); 0 = none.
  int alarm_sample_lines = 5;

  std::vector<LogGroupConfig> log_groups;
  std::vector<engine::FilterSpec> metric_filters;  // every log_group names one of log_groups
  std::vector<engine::AlarmSpec> alarms;
  // Banded series without an alarm (`anomaly_detectors:`, PutAnomalyDetector).
  std::vector<engine::anomaly::BandSeriesSpec> anomaly_detectors;
  std::vector<TargetConfig> targets;
  std::vector<LogAnomalyDetectorConfig> log_anomaly_detectors;
  std::vector<SinkConfig> sinks;

  std::string source_name;  // file path or "<embedded default>"

  // What LoadOptions::api_definitions merged: the document as read (shadowed
  // entries included, so a later write keeps them), the names of the filters
  // and alarms above that came from it, and how many of its filters and
  // alarms the configuration file also defines (the file's definition wins).
  ApiDefinitions api_definitions;
  std::vector<std::string> api_filter_names;
  std::vector<std::string> api_alarm_names;
  size_t api_shadowed = 0;
};

struct LoadOptions {
  // Merge the definitions made over the API: the document at
  // STATE_DIR/api_definitions.yaml, STATE_DIR being `state_dir` when set,
  // else the loaded file's state_dir. A missing document is empty.
  bool api_definitions = false;
  std::string state_dir;
  // The document's text instead of the file (a candidate not yet written).
  std::optional<std::string> api_definitions_text;
};

struct LoadResult {
  std::optional<Config> config;    // set only when there is no error
  std::vector<Diagnostic> errors;  // every error, in file order per file
  std::vector<Diagnostic>
      warnings;  // do not stop the load (e.g. an alarm on a metric no filter emits)

  // Some error is in the API definitions document (not the configuration).
  bool api_definitions_failed = false;

  bool ok() const { return config.has_value() && errors.empty(); }
  // Every error (then warning) as Diagnostic::ToString(), one per line.
  std::string FormatDiagnostics() const;
};

// Loads the file at `path` (and what it includes).
LoadResult LoadConfigFile(const std::string& path, const LoadOptions& options = {});
// Loads YAML text; `display_name` names it in diagnostics and its folder is
// the base of relative includes.
LoadResult LoadConfigString(std::string_view yaml, const std::string& display_name);
// Loads config/tailwatch.default.yaml as embedded in the binary; source_name
// "<embedded default>". `extra_packs` (embedded paths such as
// "packs/gpu-node.yaml") are included as if the default named them: the
// daemon adds the GPU-node pack where a kernel log is readable.
LoadResult LoadEmbeddedDefault(const std::vector<std::string>& extra_packs = {},
                               const LoadOptions& options = {});
// STATE_DIR/api_definitions.yaml
std::string ApiDefinitionsPath(const std::string& state_dir);
// The document's text: the config schema's log_groups, metric_filters and
// alarms, with a header saying where it comes from.
std::string ApiDefinitionsYaml(const ApiDefinitions& definitions);

inline constexpr std::string_view kEmbeddedDefaultName = "<embedded default>";
inline constexpr std::string_view kEmbeddedPrefix = "embedded:";

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_CONFIG_H_
