#include "daemon/runtime/log_anomaly_runtime.h"

#include <algorithm>
#include <cstring>

#include "engine/alarm/format.h"
#include "engine/match/log_records.h"

namespace tailwatch::daemon {
namespace {

using engine::patterns::PatternAnomaly;
using engine::patterns::PatternAnomalyDetector;
using engine::patterns::PatternAnomalyOptions;

PatternAnomalyOptions OptionsFor(const config::LogAnomalyDetectorConfig& c) {
  PatternAnomalyOptions o;
  o.learning_period_ms = int64_t{c.learning_period_seconds} * 1000;
  o.evaluation_frequency_ms = int64_t{c.evaluation_frequency_seconds} * 1000;
  o.anomaly_visibility_time_ms = int64_t{c.anomaly_visibility_time_seconds} * 1000;
  return o;
}

void AppendKey(std::string& out, std::string_view key) {
  engine::AppendJsonString(out, key);
  out += ':';
}

void AppendField(std::string& out, std::string_view key, std::string_view value) {
  AppendKey(out, key);
  engine::AppendJsonString(out, value);
}

void PutBytes(std::string& out, std::string_view bytes) {
  const uint64_t size = bytes.size();
  out.append(reinterpret_cast<const char*>(&size), sizeof size);
  out.append(bytes);
}

bool GetBytes(std::string_view& in, std::string_view* bytes) {
  uint64_t size = 0;
  if (in.size() < sizeof size) return false;
  std::memcpy(&size, in.data(), sizeof size);
  in.remove_prefix(sizeof size);
  if (in.size() < size) return false;
  *bytes = in.substr(0, size);
  in.remove_prefix(size);
  return true;
}

constexpr std::string_view kMagic = "TWLAD1";

}  // namespace

LogAnomalyRuntime::LogAnomalyRuntime(const std::vector<config::LogAnomalyDetectorConfig>& detectors,
                                     std::string_view region, std::string_view account_id,
                                     LogAnomalyRuntime* previous)
    : region_(region), account_id_(account_id) {
  for (const config::LogAnomalyDetectorConfig& c : detectors) {
    Detector d;
    d.config = c;
    if (!c.filter_pattern.empty()) {
      // Checked by the config loader; a pattern that fails here watches nothing.
      auto compiled = engine::FilterPattern::Compile(c.filter_pattern);
      if (compiled) d.filter = std::move(*compiled);
    }
    d.arn = "arn:aws:logs:" + region_ + ":" + account_id_ + ":anomaly-detector:" + c.name;
    if (previous != nullptr) {
      for (Detector& old : previous->detectors_) {
        if (old.config == c && old.state) d.state = std::move(old.state);
      }
    }
    if (!d.state) d.state = std::make_unique<PatternAnomalyDetector>(OptionsFor(c));
    for (const std::string& group : c.log_groups) by_group_[group].push_back(detectors_.size());
    detectors_.push_back(std::move(d));
  }
}

bool LogAnomalyRuntime::Watches(std::string_view log_group) const {
  return by_group_.find(log_group) != by_group_.end();
}

std::vector<std::string> LogAnomalyRuntime::WatchedGroups() const {
  std::vector<std::string> groups;
  groups.reserve(by_group_.size());
  for (const auto& [group, detectors] : by_group_) groups.push_back(group);
  return groups;
}

void LogAnomalyRuntime::Feed(Detector& d, std::string_view message, int64_t time_ms,
                             std::vector<RaisedLogAnomaly>& raised) {
  if (d.filter) {
    context_.Reset(message);
    if (!d.filter->Matches(context_)) {
      // The learning period runs from the groups' first event, matched or not.
      d.state->Begin(time_ms);
      return;
    }
  }
  scratch_.clear();
  d.state->Observe(message, time_ms, scratch_);
  for (PatternAnomaly& a : scratch_) raised.push_back({d.config.name, std::move(a)});
}

void LogAnomalyRuntime::ObserveEvent(std::string_view log_group, std::string_view message,
                                     int64_t time_ms, std::vector<RaisedLogAnomaly>& raised) {
  auto it = by_group_.find(log_group);
  if (it == by_group_.end() || message.empty()) return;
  for (size_t index : it->second) Feed(detectors_[index], message, time_ms, raised);
}

void LogAnomalyRuntime::ObserveRecords(std::string_view log_group, std::string_view records,
                                       int64_t time_ms, std::vector<RaisedLogAnomaly>& raised) {
  auto it = by_group_.find(log_group);
  if (it == by_group_.end()) return;
  // The engine's record rule (engine/match/log_records.h), at its speed.
  engine::TerminatorScanner scanner(records);
  size_t start = 0;
  size_t end = 0;
  bool more = true;
  while (more) {
    more = scanner.Next(&end);
    if (!more) end = records.size();
    if (end > start) {
      const std::string_view record = records.substr(start, end - start);
      for (size_t index : it->second) Feed(detectors_[index], record, time_ms, raised);
    }
    start = end + 1;
  }
}

void LogAnomalyRuntime::Advance(int64_t now_ms, std::vector<RaisedLogAnomaly>& raised) {
  for (Detector& d : detectors_) {
    scratch_.clear();
    d.state->Advance(now_ms, scratch_);
    for (PatternAnomaly& a : scratch_) raised.push_back({d.config.name, std::move(a)});
  }
}

std::string LogAnomalyRuntime::AnomalyJson(const std::string& detector,
                                           const PatternAnomaly& a) const {
  std::string out = "{";
  std::string arn = "arn:aws:logs:" + region_ + ":" + account_id_ + ":anomaly-detector:" + detector;
  AppendField(out, "anomalyDetectorArn", arn);
  out += ',';
  AppendField(out, "anomalyId", a.id);
  out += ',';
  AppendField(out, "patternId", a.pattern_id);
  out += ',';
  AppendField(out, "patternString", a.pattern);
  out += ',';
  AppendField(out, "kind", engine::patterns::AnomalyKindName(a.kind));
  out += ',';
  AppendKey(out, "firstSeen");
  out += std::to_string(a.first_seen_ms);
  out += ',';
  AppendKey(out, "lastSeen");
  out += std::to_string(a.last_seen_ms);
  out += ',';
  AppendField(out, "description", a.description);
  out += ',';
  AppendField(out, "priority", a.priority);
  out += ',';
  AppendField(out, "state", a.state);
  out += ',';
  AppendKey(out, "active");
  out += "true,";
  AppendKey(out, "logSamples");
  out += '[';
  for (size_t i = 0; i < a.log_samples.size(); ++i) {
    if (i > 0) out += ',';
    out += '{';
    AppendKey(out, "timestamp");
    out += std::to_string(a.first_seen_ms);
    out += ',';
    AppendField(out, "message", a.log_samples[i]);
    out += '}';
  }
  out += "],";
  AppendKey(out, "logGroupArnList");
  out += '[';
  for (const Detector& d : detectors_) {
    if (d.config.name != detector) continue;
    for (size_t i = 0; i < d.config.log_groups.size(); ++i) {
      if (i > 0) out += ',';
      engine::AppendJsonString(out, "arn:aws:logs:" + region_ + ":" + account_id_ +
                                        ":log-group:" + d.config.log_groups[i]);
    }
  }
  out += "]}";
  return out;
}

std::string LogAnomalyRuntime::AnomaliesJson() const {
  std::string out = "{\"anomalies\":[";
  bool first = true;
  for (const Detector& d : detectors_) {
    for (const PatternAnomaly& a : d.state->anomalies()) {
      if (!first) out += ',';
      first = false;
      out += AnomalyJson(d.config.name, a);
    }
  }
  out += "]}";
  return out;
}

std::unordered_map<std::string, std::string> LogAnomalyRuntime::PatternsJsonByGroup(
    size_t top) const {
  std::unordered_map<std::string, std::string> out;
  for (const auto& [group, indices] : by_group_) {
    std::string json = "{";
    AppendField(json, "log_group", group);
    json += ",\"detectors\":[";
    for (size_t n = 0; n < indices.size(); ++n) {
      const Detector& d = detectors_[indices[n]];
      const engine::patterns::PatternMiner& miner = d.state->miner();
      std::vector<uint32_t> live = miner.LivePatterns();
      std::stable_sort(live.begin(), live.end(), [&](uint32_t a, uint32_t b) {
        return miner.pattern(a).count > miner.pattern(b).count;
      });
      if (live.size() > top) live.resize(top);
      if (n > 0) json += ',';
      json += '{';
      AppendField(json, "detector", d.config.name);
      json += ",\"pattern_count\":" + std::to_string(miner.live_count());
      json += ",\"lines\":" + std::to_string(miner.counters().lines);
      json += ",\"patterns\":[";
      for (size_t i = 0; i < live.size(); ++i) {
        const engine::patterns::Pattern& p = miner.pattern(live[i]);
        if (i > 0) json += ',';
        json += '{';
        AppendField(json, "pattern_id", p.id);
        json += ',';
        AppendField(json, "pattern", p.text);
        json += ",\"count\":" + std::to_string(p.count);
        json += ",\"first_seen\":" + std::to_string(p.first_seen_ms);
        json += ",\"last_seen\":" + std::to_string(p.last_seen_ms);
        // A pattern first seen after the learning period is what a
        // new_pattern anomaly reports; the status page highlights it.
        json += d.state->learning(p.first_seen_ms) ? ",\"new\":false" : ",\"new\":true";
        json += ",\"examples\":[";
        for (size_t e = 0; e < p.examples.size(); ++e) {
          if (e > 0) json += ',';
          engine::AppendJsonString(json, p.examples[e]);
        }
        // The pattern's count per evaluation period: the status page's sparkline.
        json += "],\"counts\":[";
        const std::vector<engine::patterns::PeriodCount> counts = d.state->CountHistory(live[i]);
        for (size_t c = 0; c < counts.size(); ++c) {
          if (c > 0) json += ',';
          json += "{\"start\":";
          engine::AppendJsonString(json, engine::FormatIso8601(counts[c].start_ms));
          json += ",\"count\":" + std::to_string(counts[c].count);
          if (counts[c].open) json += ",\"open\":true";
          json += '}';
        }
        json += "]}";
      }
      json += "]}";
    }
    json += "]}";
    out.emplace(group, std::move(json));
  }
  return out;
}

std::vector<std::pair<std::string, double>> LogAnomalyRuntime::PatternCounts() const {
  std::vector<std::pair<std::string, double>> out;
  for (const auto& [group, indices] : by_group_) {
    double patterns = 0;
    for (size_t index : indices) patterns += double(detectors_[index].state->miner().live_count());
    out.emplace_back(group, patterns);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string LogAnomalyRuntime::Serialize() const {
  std::string out(kMagic);
  for (const Detector& d : detectors_) {
    PutBytes(out, d.config.name);
    PutBytes(out, d.state->Serialize());
  }
  return out;
}

Status LogAnomalyRuntime::Restore(std::string_view bytes) {
  if (!bytes.starts_with(kMagic)) return MakeError("log anomaly detectors: not a known format");
  bytes.remove_prefix(kMagic.size());
  while (!bytes.empty()) {
    std::string_view name, state;
    if (!GetBytes(bytes, &name) || !GetBytes(bytes, &state)) {
      return MakeError("log anomaly detectors: truncated section");
    }
    for (Detector& d : detectors_) {
      if (d.config.name != name) continue;
      if (Status s = d.state->Restore(state); !s) {
        return MakeError("log anomaly detector '" + d.config.name + "': " + s.error().message);
      }
    }
  }
  return OkStatus();
}

}  // namespace tailwatch::daemon
