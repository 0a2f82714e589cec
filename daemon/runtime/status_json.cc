#include "daemon/runtime/status_json.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "engine/alarm/format.h"

namespace tailwatch::daemon {
namespace {

void AppendField(std::string& out, std::string_view name, uint64_t value) {
  out += ",\"";
  out += name;
  out += "\":";
  out += std::to_string(value);
}

// {"time":..,"message":..,"truncated":..,"source":..} per line, newest first.
void AppendRecentLines(std::string& out, const EngineSnapshot& snapshot, std::string_view filter,
                       std::string_view log_group) {
  out += ",\"recent_lines\":[";
  if (snapshot.filter_recent_matches) {
    for (const engine::FilterRecentMatches& f : *snapshot.filter_recent_matches) {
      if (f.filter != filter || f.log_group != log_group) continue;
      for (size_t i = 0; i < f.lines.size(); ++i) {
        const engine::RecentMatch& line = f.lines[i];
        if (i > 0) out += ',';
        out += "{\"time\":";
        engine::AppendJsonString(out, engine::FormatIso8601(line.time_ms));
        out += ",\"message\":";
        engine::AppendJsonString(out, line.message);
        out += line.truncated ? ",\"truncated\":true" : ",\"truncated\":false";
        out += ",\"source\":";
        engine::AppendJsonString(out, line.source);
        out += '}';
      }
      break;
    }
  }
  out += ']';
}

std::string_view Label(const exporter::DynamicSeries& series, std::string_view name) {
  for (const auto& [key, value] : series.labels) {
    if (key == name) return value;
  }
  return {};
}

}  // namespace

std::string StatusJson(const EngineSnapshot* snapshot, const DaemonIdentity& identity,
                       int64_t now_ms) {
  std::string out = "{\"version\":";
  engine::AppendJsonString(out, identity.version);
  out += ",\"config_source\":";
  engine::AppendJsonString(out, identity.config_source);
  out += ",\"started_at\":";
  engine::AppendJsonString(out, engine::FormatIso8601(identity.started_ms));
  out += ",\"now\":";
  engine::AppendJsonString(out, engine::FormatIso8601(now_ms));
  out += ",\"uptime_seconds\":";
  out += std::to_string(now_ms > identity.started_ms ? (now_ms - identity.started_ms) / 1000 : 0);
  out += ",\"log_groups\":[";
  if (snapshot) {
    bool first = true;
    for (const TailGroupStats& g : snapshot->tail_groups) {
      if (!first) out += ',';
      first = false;
      out += "{\"name\":";
      engine::AppendJsonString(out, g.log_group);
      AppendField(out, "lines_read", g.counters.lines_read);
      AppendField(out, "bytes_read", g.counters.bytes_read);
      AppendField(out, "files_watched", g.counters.files_watched);
      AppendField(out, "open_files", g.open_files);
      AppendField(out, "rotations", g.counters.rotations);
      AppendField(out, "truncations", g.counters.truncations);
      AppendField(out, "read_errors", g.counters.read_errors);
      AppendField(out, "lines_truncated", g.counters.lines_truncated);
      out += ",\"last_line_time\":";
      if (g.last_line_ms > 0) {
        engine::AppendJsonString(out, engine::FormatIso8601(g.last_line_ms));
      } else {
        out += "null";
      }
      AppendField(out, "bytes_behind", g.bytes_behind);
      out += '}';
    }
  }
  out += "],\"filters\":[";
  if (snapshot && snapshot->engine_families) {
    bool first = true;
    for (const exporter::DynamicFamily& family : *snapshot->engine_families) {
      if (family.name != "tailwatch_filter_matches_total") continue;
      for (const exporter::DynamicSeries& series : family.series) {
        if (!first) out += ',';
        first = false;
        out += "{\"filter\":";
        engine::AppendJsonString(out, Label(series, "filter"));
        out += ",\"log_group\":";
        engine::AppendJsonString(out, Label(series, "log_group"));
        AppendField(out, "matches", static_cast<uint64_t>(series.value));
        AppendRecentLines(out, *snapshot, Label(series, "filter"), Label(series, "log_group"));
        out += '}';
      }
    }
  }
  // Groups a log-anomaly detector watches: those GET /api/v1/patterns
  // answers for, so readers need not probe every group.
  out += "],\"pattern_log_groups\":[";
  if (snapshot && snapshot->patterns_json) {
    std::vector<std::string_view> groups;
    for (const auto& [group, json] : *snapshot->patterns_json) groups.push_back(group);
    std::sort(groups.begin(), groups.end());
    for (size_t i = 0; i < groups.size(); ++i) {
      if (i > 0) out += ',';
      engine::AppendJsonString(out, groups[i]);
    }
  }
  out += "],\"outbox\":[";
  if (snapshot) {
    bool first = true;
    for (const auto& [action, destination] : snapshot->action_destinations) {
      if (!first) out += ',';
      first = false;
      out += "{\"action\":";
      engine::AppendJsonString(out, action);
      out += ",\"destination\":";
      engine::AppendJsonString(out, destination);
      AppendField(out, "pending",
                  identity.outbox_pending ? identity.outbox_pending(destination) : 0);
      out += '}';
    }
  }
  out += "]}";
  return out;
}

}  // namespace tailwatch::daemon
