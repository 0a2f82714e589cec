#include "config/sections.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <utility>

#include "config/alarm_metrics.h"
#include "config/did_you_mean.h"
#include "config/listen_address.h"
#include "config/secrets.h"
#include "engine/alarm/sample_lines.h"
#include "engine/match/filter_pattern.h"
#include "engine/match/metric_transformation.h"
#include "engine/pipeline/timestamp_format.h"

namespace tailwatch::config {
namespace {

constexpr long long kIntMin = -2147483647LL - 1;
constexpr long long kIntMax = 2147483647LL;
bool IsLogGroupName(std::string_view name) {
  if (name.empty() || name.size() > 512) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
           c == '/' || c == '#';
  });
}

bool IsFilterName(std::string_view name) {
  return !name.empty() && name.size() <= 512 && name.find_first_of(":*") == std::string::npos;
}

// Reads the required `name` into `*name`, keeps its node in `*name_node`, and
// reports "name: <rule>" when `valid` (if given) refuses it.
void ReadName(MapReader& r, std::string* name, YAML::Node* name_node,
              bool (*valid)(std::string_view), std::string_view rule) {
  if (!r.String("name", name, /*required=*/true)) return;
  name_node->reset(r.Value("name"));
  if (valid != nullptr && !valid(*name)) r.ErrorAt("name", "name: " + std::string(rule));
}

bool IsTargetName(std::string_view name) {
  if (name.empty() || name.size() > 256) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_';
  });
}

bool IsHttpUrl(std::string_view url) {
  std::string_view rest;
  if (url.starts_with("http://")) {
    rest = url.substr(7);
  } else if (url.starts_with("https://")) {
    rest = url.substr(8);
  } else {
    return false;
  }
  const size_t host_end = rest.find_first_of("/?#");
  const std::string_view host = rest.substr(0, host_end);
  if (host.empty() || host.front() == ':') return false;
  return std::none_of(url.begin(), url.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) ||
           std::iscntrl(static_cast<unsigned char>(c));
  });
}

// Reads `key` as a secret file name and loads it; returns the contents.
void ReadSecretKey(MapReader& r, std::string_view key, std::string* path, std::string* secret) {
  if (!r.String(key, path)) return;
  Result<std::string> data = ReadSecretFile(*path);
  if (!data) {
    r.ErrorAt(key, std::string(key) + ": " + data.error().message);
    return;
  }
  *secret = std::move(*data);
}

void ReadableFileKey(MapReader& r, std::string_view key, std::string* path) {
  if (!r.String(key, path)) return;
  if (Status status = CheckReadable(*path); !status) {
    r.ErrorAt(key, std::string(key) + ": " + status.error().message);
  }
}

// Reports each of `errors` (from an engine validator; Error::field is a path
// below `r`'s mapping) at its field's value, or at the mapping when the field
// is not written there.
void ReportFieldErrors(MapReader& r, std::vector<Error> errors) {
  for (Error& error : errors) {
    if (error.field.empty()) {
      r.diags().Error(r.file(), r.node(), std::move(error.message));
      continue;
    }
    Position pos = r.PositionFor(error.field.front());
    YAML::Node node = r.Value(error.field.front());
    for (size_t i = 1; i < error.field.size() && node.IsDefined() && node.IsMap(); ++i) {
      YAML::Node next{YAML::NodeType::Undefined};
      for (auto it = node.begin(); it != node.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == error.field[i]) next.reset(it->second);
      }
      if (!next.IsDefined()) break;
      pos = PositionOf(next);
      node.reset(next);
    }
    r.diags().Error(r.file(), pos, std::move(error.message));
  }
}

// --- timestamp -------------------------------------------------------------

void DecodeTimestamp(MapReader& group, TimestampConfig* ts) {
  if (!group.Has("timestamp")) return;
  static constexpr std::string_view kKeys[] = {"field", "regex", "format"};
  static constexpr std::string_view kFormats[] = {"auto",     "iso8601",  "epoch_s",
                                                  "epoch_ms", "epoch_us", "epoch_ns"};
  static_assert(std::size(kFormats) > 0);
  const YAML::Node node = group.Value("timestamp");
  MapReader r(group.diags(), group.file(), node, kKeys, "timestamp");
  if (!r.is_map()) return;
  const bool has_field = r.String("field", &ts->field);
  const bool has_regex = r.String("regex", &ts->regex);
  // A format with '%' is a strptime(3) format; anything else must be a name
  // the engine knows.
  if (r.String("format", &ts->format) && ts->format.find('%') == std::string::npos &&
      !engine::ParseTimestampFormat(ts->format)) {
    r.ErrorAt("format",
              "format: expected auto, iso8601, epoch_s, epoch_ms, epoch_us, epoch_ns "
              "or a strptime format with '%', got '" +
                  ts->format + "'" + DidYouMean(ts->format, kFormats));
  }
  if (r.Has("field") && r.Has("regex")) {
    r.ErrorAt("regex", "timestamp: give either field or regex, not both");
    return;
  }
  if (has_field) {
    ts->kind = TimestampConfig::Kind::kJsonField;
    if (!ts->field.starts_with("$.") && !ts->field.starts_with("$[")) {
      r.ErrorAt("field", "field: expected a JSON selector such as '$.ts', got '" + ts->field + "'");
    }
  } else if (has_regex) {
    ts->kind = TimestampConfig::Kind::kRegex;
    RE2::Options options;
    options.set_log_errors(false);
    const RE2 re(ts->regex, options);
    if (!re.ok()) {
      r.ErrorAt("regex", "regex: " + re.error());
    } else if (re.NumberOfCapturingGroups() < 1) {
      r.ErrorAt("regex", "regex: needs a capture group around the time, e.g. '^(\\S+)'");
    }
  } else if (r.Has("format")) {
    r.ErrorAt("format", "format: needs field or regex to say where the time is");
  }
}

// --- metric filter -----------------------------------------------------------

// --- alarm -----------------------------------------------------------------

// Reads one entity from the mapping `node` (keys `keys`, named `what` in
// errors): `decode(r, out)` fills `out`, which is valid when that added no
// error.
template <class L, class Decode>
L DecodeEntity(Diagnostics& diags, const SourceFile& file, const YAML::Node& node,
               std::span<const std::string_view> keys, std::string_view what, Decode decode) {
  L out;
  out.file = &file;
  out.node = node;
  const size_t errors_before = diags.error_count();
  MapReader r(diags, file, node, keys, what);
  decode(r, out);
  out.valid = diags.error_count() == errors_before;
  return out;
}

template <class Enum>
bool DecodeEnum(MapReader& r, std::string_view key, std::span<const std::string_view> names,
                std::optional<Enum> (*parse)(std::string_view), Enum* out) {
  std::string text;
  if (!r.Enum(key, names, &text)) return false;
  const std::optional<Enum> value = parse(text);
  if (!value) return false;  // names and parse disagree: Enum() already listed the names
  *out = *value;
  return true;
}

}  // namespace

bool IsSnsTopicArn(std::string_view text, std::string* region) {
  // arn:PARTITION:sns:REGION:ACCOUNT:NAME
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (parts.size() < 5) {
    const size_t colon = text.find(':', start);
    if (colon == std::string_view::npos) return false;
    parts.push_back(text.substr(start, colon - start));
    start = colon + 1;
  }
  parts.push_back(text.substr(start));
  if (parts[0] != "arn" || parts[2] != "sns") return false;
  if (parts[1] != "aws" && parts[1] != "aws-cn" && parts[1] != "aws-us-gov") return false;
  const std::string_view reg = parts[3];
  const std::string_view account = parts[4];
  const std::string_view name = parts[5];
  if (reg.empty() || !std::all_of(reg.begin(), reg.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c)) ||
               std::isdigit(static_cast<unsigned char>(c)) || c == '-';
      })) {
    return false;
  }
  if (account.size() != 12 || !std::all_of(account.begin(), account.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    return false;
  }
  std::string_view base = name;
  if (base.ends_with(".fifo")) base.remove_suffix(5);
  if (base.empty() || name.size() > 256 || !std::all_of(base.begin(), base.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
      })) {
    return false;
  }
  if (region) *region = std::string(reg);
  return true;
}

void DecodeServer(MapReader& top, ServerConfig* server) {
  static constexpr std::string_view kKeys[] = {
      "listen",          "auth_token_file",  "protect_metrics",         "tls_cert_file",
      "tls_key_file",    "max_body_bytes",   "max_connections",         "read_timeout_ms",
      "idle_timeout_ms", "write_timeout_ms", "allow_unknown_log_groups"};
  const YAML::Node node = top.Value("server");
  if (!node.IsDefined() || node.IsNull()) return;  // `server:` alone: all defaults
  MapReader r(top.diags(), top.file(), node, kKeys, "server");
  if (!r.is_map()) return;
  bool listen_ok = false;
  if (r.String("listen", &server->listen)) {
    Result<ListenAddress> address = ParseListenAddress(server->listen);
    if (!address) {
      r.diags().Error(r.file(),
                      ScalarTextPosition(r.file(), r.Value("listen"), address.error().column),
                      "listen: " + address.error().message);
    } else {
      server->listen_host = address->host;
      server->listen_port = address->port;
      server->listen_is_loopback = address->loopback;
      listen_ok = true;
    }
  }
  ReadSecretKey(r, "auth_token_file", &server->auth_token_file, &server->auth_token);
  if (listen_ok && !server->listen_is_loopback && !r.Has("auth_token_file")) {
    r.ErrorAt("listen", "listen: a listener beyond loopback needs auth_token_file");
  }
  r.Bool("protect_metrics", &server->protect_metrics);
  ReadableFileKey(r, "tls_cert_file", &server->tls_cert_file);
  ReadableFileKey(r, "tls_key_file", &server->tls_key_file);
  if (r.Has("tls_cert_file") != r.Has("tls_key_file")) {
    const std::string_view given = r.Has("tls_cert_file") ? "tls_cert_file" : "tls_key_file";
    const std::string_view other = r.Has("tls_cert_file") ? "tls_key_file" : "tls_cert_file";
    r.ErrorAt(given, std::string(given) + ": needs " + std::string(other) + " too");
  }
  r.Size("max_body_bytes", &server->max_body_bytes, 1, 1LL << 30);
  r.Size("max_connections", &server->max_connections, 1, 1000000);
  r.Int("read_timeout_ms", &server->read_timeout_ms, 1, 3600000);
  r.Int("idle_timeout_ms", &server->idle_timeout_ms, 1, 3600000);
  // Removed keys: an error naming why, never silently ignored.
  if (r.Has("write_timeout_ms")) {
    r.ErrorAt("write_timeout_ms",
              "write_timeout_ms: removed key: tailwatch never applied it; delete it "
              "(read_timeout_ms bounds a request's read)");
  }
  bool allow_unknown = false;
  if (r.Bool("allow_unknown_log_groups", &allow_unknown)) {
    const std::string message =
        "allow_unknown_log_groups: removed key: events for a log group the config does not "
        "define are always refused, as they would be counted nowhere; define the log group "
        "instead";
    if (allow_unknown) {
      r.ErrorAt("allow_unknown_log_groups", message);
    } else {
      // `false` asks for what tailwatch does: accepted, with a warning.
      r.diags().Warning(r.file(), r.Value("allow_unknown_log_groups"),
                        message + "; delete this line");
    }
  }
}

void DecodeIngest(MapReader& top, IngestConfig* ingest) {
  static constexpr std::string_view kKeys[] = {"journal"};
  static constexpr std::string_view kJournalKeys[] = {"fsync", "fsync_interval_ms", "segment_bytes",
                                                      "max_bytes", "max_age_hours"};
  static constexpr std::string_view kFsync[] = {"always", "interval", "never"};
  const YAML::Node node = top.Value("ingest");
  if (!node.IsDefined() || node.IsNull()) return;
  MapReader r(top.diags(), top.file(), node, kKeys, "ingest");
  if (!r.is_map()) return;
  const YAML::Node journal = r.Value("journal");
  if (!journal.IsDefined() || journal.IsNull()) return;
  MapReader j(top.diags(), top.file(), journal, kJournalKeys, "ingest.journal");
  if (!j.is_map()) return;
  JournalConfig& out = ingest->journal;
  std::string fsync;
  if (j.Enum("fsync", kFsync, &fsync)) {
    out.fsync = fsync == "interval" ? JournalConfig::Fsync::kInterval
                : fsync == "never"  ? JournalConfig::Fsync::kNever
                                    : JournalConfig::Fsync::kAlways;
  }
  j.Int("fsync_interval_ms", &out.fsync_interval_ms, 1, 3600000);
  if (j.Has("fsync_interval_ms") && !j.Failed("fsync_interval_ms") &&
      out.fsync != JournalConfig::Fsync::kInterval) {
    j.ErrorAt("fsync_interval_ms", "fsync_interval_ms: only used with fsync: interval");
  }
  j.Size("segment_bytes", &out.segment_bytes, 4096, 1LL << 40);
  j.Size("max_bytes", &out.max_bytes, 0, 1LL << 50);
  j.Int("max_age_hours", &out.max_age_hours, 0, 24 * 365 * 10);
}

// A journal field name (sd-journal's rule): upper-case letters, digits and
// '_', not starting with a digit, at most 64 bytes.
bool IsJournalFieldName(std::string_view name) {
  if (name.empty() || name.size() > 64 || (name[0] >= '0' && name[0] <= '9')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

void DecodeJournalSource(MapReader& group, JournalSourceConfig* out) {
  static constexpr std::string_view kKeys[] = {"units", "identifiers", "priority",
                                               "match", "directory",   "fields"};
  static constexpr std::string_view kPriorities[] = {"emerg",   "alert",  "crit", "err",
                                                     "warning", "notice", "info", "debug"};
  const YAML::Node node = group.Value("journal");
  if (!node.IsDefined()) return;
  out->enabled = true;
  if (node.IsNull()) return;  // `journal:` alone: every entry of the local journal
  MapReader r(group.diags(), group.file(), node, kKeys, "journal");
  if (!r.is_map()) return;
  r.StringList("units", &out->units);
  for (std::string& unit : out->units) {
    if (unit.empty()) {
      r.ErrorAt("units", "units: empty unit name");
    } else if (unit.find('.') == std::string::npos) {
      unit += ".service";  // as journalctl -u does
    }
  }
  r.StringList("identifiers", &out->identifiers);
  for (const std::string& id : out->identifiers) {
    if (id.empty()) r.ErrorAt("identifiers", "identifiers: empty identifier");
  }
  if (r.StringList("match", &out->match)) {
    for (const std::string& m : out->match) {
      const size_t eq = m.find('=');
      if (eq == std::string::npos || !IsJournalFieldName(std::string_view(m).substr(0, eq))) {
        r.ErrorAt("match", "match: '" + m +
                               "' is not FIELD=value (FIELD: upper-case letters, digits and "
                               "'_', e.g. _TRANSPORT=kernel)");
        break;
      }
    }
  }
  if (r.Has("priority")) {
    const YAML::Node p = r.Value("priority");
    const std::string text = p.IsScalar() ? p.Scalar() : std::string();
    int level = -1;
    for (size_t i = 0; i < std::size(kPriorities); ++i) {
      if (text == kPriorities[i] || text == std::to_string(i)) level = static_cast<int>(i);
    }
    if (level < 0) {
      r.ErrorAt("priority",
                "priority: expected emerg, alert, crit, err, warning, notice, info, debug or "
                "0-7, got '" +
                    text + "' (entries at this priority or more urgent are read)");
    } else {
      out->max_priority = level;
    }
  }
  if (r.StringList("fields", &out->fields)) {
    for (const std::string& f : out->fields) {
      if (!IsJournalFieldName(f) || f == "MESSAGE") {
        r.ErrorAt("fields", "fields: '" + f +
                                "' is not a journal field name other than MESSAGE (upper-case "
                                "letters, digits and '_', e.g. _SYSTEMD_UNIT)");
        break;
      }
    }
  }
  if (r.String("directory", &out->directory) && out->directory.empty()) {
    r.ErrorAt("directory", "directory: must not be empty (leave it out for the local journal)");
  }
}

Loaded<LogGroupConfig> DecodeLogGroup(Diagnostics& diags, const SourceFile& file,
                                      const YAML::Node& node) {
  static constexpr std::string_view kKeys[] = {"name",
                                               "files",
                                               "journal",
                                               "kernel",
                                               "start_at",
                                               "timestamp",
                                               "max_line_bytes",
                                               "partial_line_timeout_ms",
                                               "poll_interval_ms"};
  static constexpr std::string_view kStartAt[] = {"end", "beginning"};
  return DecodeEntity<Loaded<LogGroupConfig>>(
      diags, file, node, kKeys, "log group", [&](MapReader& r, Loaded<LogGroupConfig>& out) {
        LogGroupConfig& g = out.value;
        ReadName(r, &g.name, &out.name_node, IsLogGroupName,
                 "a log group name is 1-512 characters of letters, digits and "
                 "'.', '-', '_', '/', '#'");
        r.StringList("files", &g.files);
        for (size_t i = 0; i < g.files.size(); ++i) {
          if (g.files[i].empty()) diags.Error(file, r.Value("files")[i], "files: empty file name");
        }
        DecodeJournalSource(r, &g.journal);
        r.Bool("kernel", &g.kernel);
        if (g.kernel && g.journal.enabled) {
          r.ErrorAt("kernel",
                    "kernel: true reads the kernel's log itself (from the journal when it "
                    "holds kernel entries, else /dev/kmsg); give either kernel or journal");
        }
        std::string start_at;
        if (r.Enum("start_at", kStartAt, &start_at)) g.start_at_beginning = start_at == "beginning";
        if (r.is_map()) DecodeTimestamp(r, &g.timestamp);
        r.Size("max_line_bytes", &g.max_line_bytes, 64, 64LL << 20);
        r.Int("partial_line_timeout_ms", &g.partial_line_timeout_ms, 0, 3600000);
        r.Int("poll_interval_ms", &g.poll_interval_ms, 1, 60000);
      });
}

LoadedFilter DecodeFilter(Diagnostics& diags, const SourceFile& file, const YAML::Node& node) {
  static constexpr std::string_view kKeys[] = {"name", "log_group", "pattern", "regex",
                                               "metric_transformation"};
  static constexpr std::string_view kTransformationKeys[] = {
      "name", "namespace", "value", "default_value", "dimensions", "unit", "non_negative"};
  return DecodeEntity<LoadedFilter>(
      diags, file, node, kKeys, "metric filter", [&](MapReader& r, LoadedFilter& out) {
        engine::FilterSpec& f = out.value;
        ReadName(r, &f.name, &out.name_node, IsFilterName,
                 "a filter name is 1-512 characters without ':' or '*'");
        if (r.String("log_group", &f.log_group, /*required=*/true)) {
          out.log_group_node.reset(r.Value("log_group"));
        }
        // A JSON or space-delimited pattern left unquoted parses as a YAML
        // mapping or list; say how to fix it rather than just "expected a string".
        const YAML::Node pattern_node = r.Value("pattern");
        bool pattern_ok = false;
        // `regex:` (tailwatch's own kind, full RE2) replaces `pattern:`; exactly
        // one of the two is given.
        const bool has_regex = r.Has("regex");
        if (has_regex && r.Has("pattern")) {
          r.ErrorAt("regex", "regex: give either pattern or regex, not both");
        } else if (has_regex) {
          if (r.String("regex", &f.regex, /*required=*/true) && f.regex.empty()) {
            r.ErrorAt("regex", "regex: must not be empty");
          }
        } else if (pattern_node.IsDefined() &&
                   (pattern_node.IsMap() || pattern_node.IsSequence())) {
          r.ErrorAt("pattern", std::string("pattern: expected a string, got ") +
                                   Describe(pattern_node) +
                                   "; quote the pattern, e.g. pattern: '{ $.level = \"ERROR\" }'");
        } else if (pattern_node.IsDefined() && pattern_node.IsNull()) {
          pattern_ok = true;  // `pattern:` alone is the empty pattern: every event
        } else {
          pattern_ok = r.String("pattern", &f.pattern, /*required=*/true);
        }

        std::optional<engine::FilterPattern> compiled;
        if (has_regex && !r.Has("pattern") && !f.regex.empty()) {
          Result<engine::FilterPattern> regex =
              engine::FilterPattern::CompileExtendedRegex(f.regex);
          if (regex) {
            compiled = std::move(*regex);
          } else {
            const YAML::Node regex_node = r.Value("regex");
            diags.Error(file, ScalarTextPosition(file, regex_node, regex.error().column),
                        "regex: " + regex.error().message);
          }
        } else if (pattern_ok) {
          Result<engine::FilterPattern> pattern = engine::FilterPattern::Compile(f.pattern);
          if (pattern) {
            compiled = std::move(*pattern);
          } else {
            diags.Error(file, ScalarTextPosition(file, pattern_node, pattern.error().column),
                        "pattern: " + pattern.error().message);
          }
        }

        if (r.Require("metric_transformation")) {
          engine::MetricTransformationSpec& t = f.transformation;
          MapReader tr(diags, file, r.Value("metric_transformation"), kTransformationKeys,
                       "metric_transformation");
          tr.String("name", &t.metric_name, /*required=*/true);
          tr.String("namespace", &t.metric_namespace, /*required=*/true);
          tr.String("value", &t.metric_value, /*required=*/true);
          double default_value = 0;
          if (tr.Double("default_value", &default_value)) t.default_value = default_value;
          tr.StringMap("dimensions", &t.dimensions);
          tr.String("unit", &t.unit);
          if (tr.Bool("non_negative", &t.non_negative) && t.non_negative) {
            double literal = 0;
            const std::string& v = t.metric_value;
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), literal);
            if (ec == std::errc() && end == v.data() + v.size() && literal < 0) {
              tr.ErrorAt("non_negative", "non_negative: the value " + v + " is negative");
            } else if (t.default_value && *t.default_value < 0) {
              tr.ErrorAt("non_negative", "non_negative: default_value is negative");
            }
          }
          if (tr.is_map()) {
            // CloudWatch's rules, on the fields that decoded well.
            ReportFieldErrors(tr, engine::MetricTransformationErrors(
                                      compiled ? &*compiled : nullptr, t, tr.failed_keys()));
          }
        }
      });
}

namespace {

// statistic / extended_statistic (exactly one: checked by ValidateAlarmSpec).
void DecodeAlarmStatistic(MapReader& r, engine::AlarmSpec* a) {
  static constexpr std::string_view kStatistics[] = {"SampleCount", "Average", "Sum", "Minimum",
                                                     "Maximum"};
  engine::Statistic statistic{};
  if (DecodeEnum<engine::Statistic>(r, "statistic", kStatistics, &engine::ParseStatistic,
                                    &statistic)) {
    a->statistic = statistic;
  }
  if (r.String("extended_statistic", &a->extended_statistic)) {
    if (const std::optional<double> p = engine::ParseExtendedStatistic(a->extended_statistic)) {
      a->percentile = *p;
    }
  }
}

// period, evaluation_periods, datapoints_to_alarm, threshold,
// comparison_operator, treat_missing_data, evaluate_low_sample_count_percentile.
void DecodeAlarmRule(MapReader& r, engine::AlarmSpec* a, bool band) {
  static constexpr std::string_view kOperators[] = {"GreaterThanOrEqualToThreshold",
                                                    "GreaterThanThreshold", "LessThanThreshold",
                                                    "LessThanOrEqualToThreshold"};
  static constexpr std::string_view kBandOperators[] = {"LessThanLowerOrGreaterThanUpperThreshold",
                                                        "LessThanLowerThreshold",
                                                        "GreaterThanUpperThreshold"};
  static constexpr std::string_view kTreatMissing[] = {"missing", "ignore", "breaching",
                                                       "notBreaching"};
  static constexpr std::string_view kLowSample[] = {"evaluate", "ignore"};
  static constexpr std::string_view kMissingScope[] = {"all", "live"};
  if (!band) r.Int("period", &a->period_seconds, kIntMin, kIntMax, /*required=*/true);
  r.Int("evaluation_periods", &a->evaluation_periods, kIntMin, kIntMax, /*required=*/true);
  int datapoints = 0;
  if (r.Int("datapoints_to_alarm", &datapoints, kIntMin, kIntMax)) {
    a->datapoints_to_alarm = datapoints;
  }
  if (!band) r.Double("threshold", &a->threshold, /*required=*/true);
  const YAML::Node op = r.Value("comparison_operator");
  if (band) {
    static constexpr std::string_view kAllOperators[] = {"LessThanLowerOrGreaterThanUpperThreshold",
                                                         "LessThanLowerThreshold",
                                                         "GreaterThanUpperThreshold",
                                                         "GreaterThanOrEqualToThreshold",
                                                         "GreaterThanThreshold",
                                                         "LessThanThreshold",
                                                         "LessThanOrEqualToThreshold"};
    DecodeEnum<engine::ComparisonOperator>(r, "comparison_operator", kAllOperators,
                                           &engine::ParseComparisonOperator,
                                           &a->comparison_operator);
    if (!r.Has("comparison_operator")) r.Require("comparison_operator");
  } else if (op.IsDefined() && op.IsScalar() &&
             std::find(std::begin(kBandOperators), std::end(kBandOperators), op.Scalar()) !=
                 std::end(kBandOperators)) {
    r.ErrorAt("comparison_operator", "comparison_operator: '" + op.Scalar() +
                                         "' compares against an anomaly-detection band: give "
                                         "metrics with ANOMALY_DETECTION_BAND and "
                                         "threshold_metric_id");
  } else {
    DecodeEnum<engine::ComparisonOperator>(r, "comparison_operator", kOperators,
                                           &engine::ParseComparisonOperator,
                                           &a->comparison_operator);
    if (!r.Has("comparison_operator")) r.Require("comparison_operator");
  }
  DecodeEnum<engine::TreatMissingData>(r, "treat_missing_data", kTreatMissing,
                                       &engine::ParseTreatMissingData, &a->treat_missing_data);
  std::string low_sample;
  if (r.Enum("evaluate_low_sample_count_percentile", kLowSample, &low_sample)) {
    a->ignore_low_sample_count_percentile = low_sample == "ignore";
  }
  std::string missing_scope;
  if (r.Enum("missing_data_scope", kMissingScope, &missing_scope)) {
    a->missing_data_live_only = missing_scope == "live";
  }
  r.String("end_metric_name", &a->end_metric_name);
  static constexpr std::string_view kEvaluation[] = {"periodic", "rolling"};
  std::string evaluation;
  if (r.Enum("evaluation", kEvaluation, &evaluation)) a->rolling = evaluation == "rolling";
  int sample_lines = 0;
  if (r.Int("sample_lines", &sample_lines, 0, engine::kMaxSampleLinesPerPeriod)) {
    a->sample_lines = sample_lines;
  }
}

// A band alarm's period and statistic live in metrics[].metric_stat: rule
// errors about them are reported there.
void PointIntoMetricStat(MapReader& r, const YAML::Node& metric_stat, std::vector<Error>* errors) {
  for (auto it = errors->begin(); it != errors->end();) {
    const std::string field = it->field.empty() ? "" : it->field.front();
    if (field != "period" && field != "statistic" && field != "extended_statistic" &&
        field != "namespace" && field != "metric_name" && field != "dimensions") {
      ++it;
      continue;
    }
    YAML::Node at{YAML::NodeType::Undefined};
    if (metric_stat.IsDefined() && metric_stat.IsMap()) {
      const std::string key = field == "period" ? "period" : "stat";
      at.reset(metric_stat[key].IsDefined() ? metric_stat[key] : metric_stat);
    }
    r.diags().Error(r.file(), at.IsDefined() ? PositionOf(at) : r.PositionFor("metrics"),
                    "metric_stat." + it->message);
    it = errors->erase(it);
  }
}

// alarm_actions, ok_actions, insufficient_data_actions, each action also
// listed in `out->actions` with its node.
void DecodeAlarmActions(MapReader& r, LoadedAlarm* out) {
  engine::AlarmSpec& a = out->value;
  for (auto [key, list] :
       {std::pair{"alarm_actions", &a.alarm_actions}, std::pair{"ok_actions", &a.ok_actions},
        std::pair{"insufficient_data_actions", &a.insufficient_data_actions}}) {
    if (!r.StringList(key, list)) continue;
    const YAML::Node items = r.Value(key);
    for (size_t i = 0; i < list->size(); ++i) {
      out->actions.push_back({key, (*list)[i], items[i]});
    }
  }
}

}  // namespace

LoadedAlarm DecodeAlarm(Diagnostics& diags, const SourceFile& file, const YAML::Node& node) {
  static constexpr std::string_view kKeys[] = {"name",
                                               "alarm_description",
                                               "namespace",
                                               "metric_name",
                                               "dimensions",
                                               "statistic",
                                               "extended_statistic",
                                               "period",
                                               "evaluation_periods",
                                               "datapoints_to_alarm",
                                               "threshold",
                                               "comparison_operator",
                                               "treat_missing_data",
                                               "evaluate_low_sample_count_percentile",
                                               "missing_data_scope",
                                               "end_metric_name",
                                               "evaluation",
                                               "sample_lines",
                                               "unit",
                                               "actions_enabled",
                                               "alarm_actions",
                                               "ok_actions",
                                               "insufficient_data_actions",
                                               "metrics",
                                               "threshold_metric_id"};
  return DecodeEntity<LoadedAlarm>(
      diags, file, node, kKeys, "alarm", [&](MapReader& r, LoadedAlarm& out) {
        engine::AlarmSpec& a = out.value;
        ReadName(r, &a.name, &out.name_node, nullptr, "");  // ValidateAlarmSpec checks it
        r.String("alarm_description", &a.description);
        const bool band = r.Has("metrics");
        std::vector<std::string> unknown;
        YAML::Node metric_stat{YAML::NodeType::Undefined};
        if (band) {
          // A band alarm names its metric in metrics[].metric_stat only.
          for (std::string_view key : {"namespace", "metric_name", "dimensions", "statistic",
                                       "extended_statistic", "period", "threshold"}) {
            if (!r.Has(key)) continue;
            r.ErrorAt(key, std::string(key) + (key == "threshold"
                                                   ? ": a band alarm has no threshold; it "
                                                     "compares against the band that "
                                                     "threshold_metric_id names"
                                                   : ": not allowed with metrics (give it in "
                                                     "the metric_stat query)"));
          }
          bool metrics_ok = false;
          metric_stat = DecodeAlarmMetrics(r, &a, &metrics_ok);
          if (!metrics_ok) {
            unknown = {"metrics",   "namespace",          "metric_name",
                       "statistic", "extended_statistic", "period"};
          }
        } else {
          if (r.Has("threshold_metric_id")) {
            r.ErrorAt("threshold_metric_id",
                      "threshold_metric_id: needs metrics (an ANOMALY_DETECTION_BAND alarm)");
          }
          r.String("namespace", &a.metric_namespace, /*required=*/true);
          r.String("metric_name", &a.metric_name, /*required=*/true);
          if (r.StringMap("dimensions", &a.dimensions)) {
            std::sort(a.dimensions.begin(), a.dimensions.end());
          }
          DecodeAlarmStatistic(r, &a);
        }
        DecodeAlarmRule(r, &a, band);
        if (r.Has("evaluation")) out.evaluation_node.reset(r.Value("evaluation"));
        r.String("unit", &a.unit);
        r.Bool("actions_enabled", &a.actions_enabled);
        DecodeAlarmActions(r, &out);
        if (r.is_map()) {
          // CloudWatch's rules, on the fields that decoded well.
          for (const std::string& key : r.failed_keys()) unknown.push_back(key);
          std::vector<Error> errors = engine::ValidateAlarmSpec(a, unknown);
          if (band) PointIntoMetricStat(r, metric_stat, &errors);
          ReportFieldErrors(r, std::move(errors));
        }
      });
}

Loaded<TargetConfig> DecodeTarget(Diagnostics& diags, const SourceFile& file,
                                  const YAML::Node& node) {
  static constexpr std::string_view kKeys[] = {"name",
                                               "type",
                                               "url",
                                               "hmac_secret_file",
                                               "topic_arn",
                                               "endpoint",
                                               "region",
                                               "credentials_file",
                                               "profile",
                                               "ca_file",
                                               "timeout_ms",
                                               "max_attempts",
                                               "initial_backoff_ms",
                                               "max_backoff_ms"};
  static constexpr std::string_view kTypes[] = {"webhook", "alertmanager", "sns"};
  // Keys that only make sense for some types.
  static constexpr std::pair<std::string_view, std::string_view> kOnlyFor[] = {
      {"url", "webhook alertmanager"},
      {"hmac_secret_file", "webhook"},
      {"topic_arn", "sns"},
      {"endpoint", "sns"},
      {"region", "sns"},
      {"credentials_file", "sns"},
      {"profile", "sns"}};

  return DecodeEntity<Loaded<TargetConfig>>(
      diags, file, node, kKeys, "target", [&](MapReader& r, Loaded<TargetConfig>& out) {
        TargetConfig& t = out.value;
        ReadName(r, &t.name, &out.name_node, IsTargetName,
                 "a target name is 1-256 characters of letters, digits and '.', '-', '_'");
        std::string type;
        if (r.Enum("type", kTypes, &type, /*required=*/true)) {
          t.type = type == "sns"            ? TargetConfig::Type::kSns
                   : type == "alertmanager" ? TargetConfig::Type::kAlertmanager
                                            : TargetConfig::Type::kWebhook;
          for (const auto& [key, types] : kOnlyFor) {
            if (!r.Has(key)) continue;
            bool applies = false;
            size_t start = 0;
            while (start <= types.size()) {
              const size_t end = std::min(types.find(' ', start), types.size());
              applies = applies || types.substr(start, end - start) == type;
              start = end + 1;
            }
            if (!applies) {
              diags.Error(file, r.KeyNode(key),
                          "'" + std::string(key) + "' does not apply to a target of type " + type);
            }
          }
          if (t.type == TargetConfig::Type::kSns) {
            std::string arn_region;
            if (r.String("topic_arn", &t.topic_arn, /*required=*/true) &&
                !IsSnsTopicArn(t.topic_arn, &arn_region)) {
              r.ErrorAt("topic_arn", "topic_arn: expected arn:aws:sns:REGION:ACCOUNT:NAME, got '" +
                                         t.topic_arn + "'");
            }
            t.region = arn_region;
            r.String("region", &t.region);
            if (r.String("endpoint", &t.endpoint) && !IsHttpUrl(t.endpoint)) {
              r.ErrorAt("endpoint", "endpoint: expected an http:// or https:// URL");
            }
            r.String("profile", &t.profile);
            if (r.String("credentials_file", &t.credentials_file)) {
              Result<AwsCredentials> creds = ReadAwsCredentials(t.credentials_file, t.profile);
              if (!creds) {
                r.ErrorAt("credentials_file", "credentials_file: " + creds.error().message);
              } else {
                t.aws_access_key_id = std::move(creds->access_key_id);
                t.aws_secret_access_key = std::move(creds->secret_access_key);
                t.aws_session_token = std::move(creds->session_token);
              }
            }
          } else {
            if (r.String("url", &t.url, /*required=*/true) && !IsHttpUrl(t.url)) {
              r.ErrorAt("url", "url: expected an http:// or https:// URL, got '" + t.url + "'");
            }
            if (t.type == TargetConfig::Type::kWebhook) {
              ReadSecretKey(r, "hmac_secret_file", &t.hmac_secret_file, &t.hmac_secret);
            }
          }
        }
        ReadableFileKey(r, "ca_file", &t.ca_file);
        r.Int("timeout_ms", &t.timeout_ms, 1, 600000);
        r.Int("max_attempts", &t.max_attempts, 1, 1000000);
        r.Int("initial_backoff_ms", &t.initial_backoff_ms, 1, 3600000);
        r.Int("max_backoff_ms", &t.max_backoff_ms, 1, 86400000);
        if (t.max_backoff_ms < t.initial_backoff_ms) {
          r.ErrorAt("max_backoff_ms", "max_backoff_ms: must be at least initial_backoff_ms");
        }
      });
}

namespace {

// An S3 bucket name (the rules for new buckets): 3-63 characters of
// lower-case letters, digits, '.' and '-', starting and ending with a letter
// or digit.
bool IsBucketName(std::string_view name) {
  if (name.size() < 3 || name.size() > 63) return false;
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!alnum(name.front()) || !alnum(name.back())) return false;
  return std::all_of(name.begin(), name.end(),
                     [&](char c) { return alnum(c) || c == '.' || c == '-'; });
}

// A key prefix: printable ASCII without a backslash, no empty or dot segments, no
// leading or trailing '/' (the sink adds the separators).
bool IsKeyPrefix(std::string_view prefix) {
  if (prefix.size() > 512) return false;
  if (prefix.empty()) return true;
  if (prefix.front() == '/' || prefix.back() == '/') return false;
  if (prefix.find("//") != std::string_view::npos) return false;
  size_t start = 0;
  while (start <= prefix.size()) {
    const size_t end = std::min(prefix.find('/', start), prefix.size());
    const std::string_view segment = prefix.substr(start, end - start);
    if (segment == "." || segment == "..") return false;
    start = end + 1;
  }
  return std::all_of(prefix.begin(), prefix.end(),
                     [](char c) { return c > ' ' && c < 0x7f && c != '\\'; });
}

}  // namespace

LoadedSink DecodeSink(Diagnostics& diags, const SourceFile& file, const YAML::Node& node) {
  static constexpr std::string_view kKeys[] = {"name",
                                               "type",
                                               "log_groups",
                                               "bucket",
                                               "prefix",
                                               "region",
                                               "endpoint",
                                               "credentials_file",
                                               "profile",
                                               "max_batch_bytes",
                                               "max_batch_seconds",
                                               "compression",
                                               "compression_level",
                                               "multipart_threshold_bytes",
                                               "multipart_part_bytes",
                                               "ca_file",
                                               "timeout_ms",
                                               "initial_backoff_ms",
                                               "max_backoff_ms"};
  static constexpr std::string_view kTypes[] = {"s3"};
  static constexpr std::string_view kCompressions[] = {"gzip"};
  return DecodeEntity<LoadedSink>(
      diags, file, node, kKeys, "sink", [&](MapReader& r, LoadedSink& out) {
        SinkConfig& k = out.value;
        ReadName(r, &k.name, &out.name_node, IsTargetName,
                 "a sink name is 1-256 characters of letters, digits and '.', '-', '_'");
        std::string type;
        r.Enum("type", kTypes, &type, /*required=*/true);
        if (r.StringList("log_groups", &k.log_groups, /*required=*/true)) {
          out.log_groups_node.reset(r.Value("log_groups"));
          if (k.log_groups.empty()) r.ErrorAt("log_groups", "log_groups: name at least one");
        }
        if (r.String("bucket", &k.bucket, /*required=*/true) && !IsBucketName(k.bucket)) {
          r.ErrorAt("bucket",
                    "bucket: 3-63 characters of lower-case letters, digits, '.' and '-', "
                    "starting and ending with a letter or digit");
        }
        if (r.String("prefix", &k.prefix) && !IsKeyPrefix(k.prefix)) {
          r.ErrorAt(
              "prefix",
              "prefix: printable characters without a backslash, spaces, empty or '.' segments, "
              "and no leading or trailing '/'");
        }
        r.String("region", &k.region);
        if (r.String("endpoint", &k.endpoint) && !IsHttpUrl(k.endpoint)) {
          r.ErrorAt("endpoint", "endpoint: expected an http:// or https:// URL");
        }
        r.String("profile", &k.profile);
        if (r.String("credentials_file", &k.credentials_file)) {
          Result<AwsCredentials> creds = ReadAwsCredentials(k.credentials_file, k.profile);
          if (!creds) {
            r.ErrorAt("credentials_file", "credentials_file: " + creds.error().message);
          } else {
            k.aws_access_key_id = std::move(creds->access_key_id);
            k.aws_secret_access_key = std::move(creds->secret_access_key);
            k.aws_session_token = std::move(creds->session_token);
          }
        }
        r.Size("max_batch_bytes", &k.max_batch_bytes, 1024, 1ll << 30);
        r.Int("max_batch_seconds", &k.max_batch_seconds, 1, 86400);
        std::string compression;
        r.Enum("compression", kCompressions, &compression);
        r.Int("compression_level", &k.compression_level, 1, 9);
        r.Size("multipart_threshold_bytes", &k.multipart_threshold_bytes, 1024, 5ll << 30);
        r.Size("multipart_part_bytes", &k.multipart_part_bytes, 5 << 20, 5ll << 30);
        ReadableFileKey(r, "ca_file", &k.ca_file);
        r.Int("timeout_ms", &k.timeout_ms, 1, 600000);
        r.Int("initial_backoff_ms", &k.initial_backoff_ms, 1, 3600000);
        r.Int("max_backoff_ms", &k.max_backoff_ms, 1, 86400000);
        if (k.max_backoff_ms < k.initial_backoff_ms) {
          r.ErrorAt("max_backoff_ms", "max_backoff_ms: must be at least initial_backoff_ms");
        }
      });
}

LoadedLogAnomalyDetector DecodeLogAnomalyDetector(Diagnostics& diags, const SourceFile& file,
                                                  const YAML::Node& node) {
  static constexpr std::string_view kKeys[] = {"name",
                                               "log_groups",
                                               "evaluation_frequency",
                                               "anomaly_visibility_time",
                                               "filter_pattern",
                                               "learning_period",
                                               "actions"};
  return DecodeEntity<LoadedLogAnomalyDetector>(
      diags, file, node, kKeys, "log anomaly detector",
      [&](MapReader& r, LoadedLogAnomalyDetector& out) {
        LogAnomalyDetectorConfig& d = out.value;
        ReadName(r, &d.name, &out.name_node, IsFilterName,
                 "a detector name is 1-512 characters without ':' or '*'");
        if (r.StringList("log_groups", &d.log_groups, /*required=*/true)) {
          out.log_groups_node.reset(r.Value("log_groups"));
          if (d.log_groups.empty()) r.ErrorAt("log_groups", "log_groups: name at least one");
        }
        // Seconds; CloudWatch allows 5 min to 1 h (evaluation) and 7 to 90
        // days (visibility): tailwatch also takes shorter, for tests.
        r.Int("evaluation_frequency", &d.evaluation_frequency_seconds, 1, 3600);
        r.Int("anomaly_visibility_time", &d.anomaly_visibility_time_seconds, 1, 90 * 86400);
        r.Int("learning_period", &d.learning_period_seconds, 0, 90 * 86400);
        const YAML::Node pattern_node = r.Value("filter_pattern");
        if (pattern_node.IsDefined() && (pattern_node.IsMap() || pattern_node.IsSequence())) {
          r.ErrorAt("filter_pattern", std::string("filter_pattern: expected a string, got ") +
                                          Describe(pattern_node) +
                                          "; quote the pattern, e.g. filter_pattern: 'ERROR'");
        } else if (pattern_node.IsDefined() && !pattern_node.IsNull() &&
                   r.String("filter_pattern", &d.filter_pattern)) {
          Result<engine::FilterPattern> pattern = engine::FilterPattern::Compile(d.filter_pattern);
          if (!pattern) {
            diags.Error(file, ScalarTextPosition(file, pattern_node, pattern.error().column),
                        "filter_pattern: " + pattern.error().message);
          }
        }
        if (r.StringList("actions", &d.actions)) out.actions_node.reset(r.Value("actions"));
      });
}

}  // namespace tailwatch::config
