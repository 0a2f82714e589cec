#include "engine/patterns/pattern_anomalies.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <utility>

#include "engine/common/byte_codec.h"
#include "engine/common/fnv1a.h"

namespace tailwatch::engine::patterns {
namespace {

// 2 added the per-pattern count history; version 1 restores without it.
constexpr uint32_t kSerialVersion = 2;
// After a gap longer than this many evaluation periods the detector jumps
// to the current period instead of feeding every empty one to the models.
constexpr int64_t kMaxPeriodsClosedAtOnce = 1000;

std::string Hex(uint64_t value) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(value));
  return hex;
}

// Failure wording in a template makes its anomaly HIGH priority.
bool SoundsLikeFailure(std::string_view text) {
  static constexpr std::string_view kWords[] = {
      "error",  "fail",    "fatal",   "panic",     "exception", "killed", "abort",
      "denied", "refused", "timeout", "timed out", "critical",  "oom",    "segfault"};
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const std::string_view word : kWords) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

void PutAnomaly(ByteWriter& out, const PatternAnomaly& a) {
  out.PutString(a.id);
  out.Put<uint8_t>(static_cast<uint8_t>(a.kind));
  out.PutString(a.pattern_id);
  out.PutString(a.pattern);
  out.Put<int64_t>(a.first_seen_ms);
  out.Put<int64_t>(a.last_seen_ms);
  out.PutString(a.description);
  out.PutString(a.priority);
  out.PutString(a.state);
  out.Put<uint64_t>(a.log_samples.size());
  for (const std::string& sample : a.log_samples) out.PutString(sample);
}

PatternAnomaly GetAnomaly(ByteReader& in) {
  PatternAnomaly a;
  a.id = in.GetString();
  const auto kind = in.Get<uint8_t>();
  if (kind > static_cast<uint8_t>(AnomalyKind::kFrequency)) in.Fail();
  a.kind = static_cast<AnomalyKind>(kind);
  a.pattern_id = in.GetString();
  a.pattern = in.GetString();
  a.first_seen_ms = in.Get<int64_t>();
  a.last_seen_ms = in.Get<int64_t>();
  a.description = in.GetString();
  a.priority = in.GetString();
  a.state = in.GetString();
  a.log_samples.resize(in.GetCount(8));
  for (std::string& sample : a.log_samples) sample = in.GetString();
  return a;
}

}  // namespace

std::string_view AnomalyKindName(AnomalyKind kind) {
  return kind == AnomalyKind::kNewPattern ? "new_pattern" : "frequency";
}

PatternAnomalyDetector::PatternAnomalyDetector(PatternAnomalyOptions options)
    : options_(options), miner_(options.miner) {
  options_.evaluation_frequency_ms = std::max<int64_t>(1, options_.evaluation_frequency_ms);
}

bool PatternAnomalyDetector::learning(int64_t time_ms) const {
  return !started_ || time_ms < first_line_ms_ + options_.learning_period_ms;
}

PatternAnomalyDetector::PatternSeries& PatternAnomalyDetector::SeriesOf(uint32_t index) {
  const auto [it, inserted] = series_.try_emplace(index);
  if (inserted) {
    it->second.model = anomaly::BandModel({.period_ms = options_.evaluation_frequency_ms});
  }
  return it->second;
}

bool PatternAnomalyDetector::IsSuppressed(const Pattern& pattern) const {
  if (suppressed_.empty()) return false;
  if (suppressed_.count(pattern.id) > 0) return true;
  return std::any_of(pattern.aliases.begin(), pattern.aliases.end(),
                     [&](const std::string& alias) { return suppressed_.count(alias) > 0; });
}

void PatternAnomalyDetector::Suppress(std::string_view pattern_id) {
  suppressed_.emplace(pattern_id);
}

void PatternAnomalyDetector::Unsuppress(std::string_view pattern_id) {
  suppressed_.erase(std::string(pattern_id));
}

void PatternAnomalyDetector::Begin(int64_t time_ms) {
  if (started_) return;
  const int64_t period = options_.evaluation_frequency_ms;
  started_ = true;
  first_line_ms_ = time_ms;
  period_start_ms_ = time_ms - ((time_ms % period) + period) % period;
}

void PatternAnomalyDetector::Observe(std::string_view line, int64_t time_ms,
                                     std::vector<PatternAnomaly>& raised) {
  Begin(time_ms);
  if (time_ms >= period_start_ms_ + options_.evaluation_frequency_ms) {
    ClosePeriods(time_ms, raised);
  }
  const Assignment assignment = miner_.Observe(line, time_ms);
  if (assignment.index == PatternMiner::kOverflow) return;
  ++lines_in_period_;
  ++SeriesOf(assignment.index).count;
  const Pattern& pattern = miner_.pattern(assignment.index);
  if (!active_.empty()) {
    if (const auto it = active_.find(pattern.id); it != active_.end()) {
      PatternAnomaly& a = anomalies_[it->second];
      a.last_seen_ms = std::max(a.last_seen_ms, time_ms);
    }
  }
  if (!assignment.created || learning(time_ms)) return;
  PatternAnomaly a;
  a.kind = AnomalyKind::kNewPattern;
  a.pattern_id = pattern.id;
  a.pattern = pattern.text;
  a.first_seen_ms = a.last_seen_ms = time_ms;
  a.description = "New pattern: " + pattern.text;
  a.priority = SoundsLikeFailure(pattern.text) ? "HIGH" : "MEDIUM";
  a.log_samples.emplace_back(line.substr(0, options_.miner.max_example_bytes));
  Raise(std::move(a), assignment.index, raised);
}

void PatternAnomalyDetector::Raise(PatternAnomaly anomaly, uint32_t index,
                                   std::vector<PatternAnomaly>& raised) {
  if (IsSuppressed(miner_.pattern(index))) {
    ++counters_.suppressed;
    return;
  }
  anomaly.id = Hex(Fnv1a(std::to_string(anomaly.first_seen_ms),
                         Fnv1a(anomaly.pattern_id, Fnv1a(AnomalyKindName(anomaly.kind)))));
  ++(anomaly.kind == AnomalyKind::kNewPattern ? counters_.raised_new_pattern
                                              : counters_.raised_frequency);
  raised.push_back(anomaly);
  if (anomalies_.size() >= options_.max_anomalies && !anomalies_.empty()) {
    anomalies_.erase(anomalies_.begin());
  }
  anomalies_.push_back(std::move(anomaly));
  active_.clear();
  for (size_t i = 0; i < anomalies_.size(); ++i) {
    if (anomalies_[i].kind == AnomalyKind::kNewPattern) active_[anomalies_[i].pattern_id] = i;
  }
}

void PatternAnomalyDetector::ClosePeriods(int64_t until_ms, std::vector<PatternAnomaly>& raised) {
  const int64_t period = options_.evaluation_frequency_ms;
  if (!started_) return;
  // The start the count history gives the next closed period: its own,
  // except after a jump, when that period holds the open period's lines.
  int64_t history_start = period_start_ms_;
  if ((until_ms - period_start_ms_) / period > kMaxPeriodsClosedAtOnce) {
    // A long silence: the open period still counts, the empty ones do not.
    const int64_t last = until_ms - ((until_ms % period) + period) % period - period;
    if (last > period_start_ms_) period_start_ms_ = last;
  }
  while (period_start_ms_ + period <= until_ms) {
    const bool evaluate = lines_in_period_ > 0 && !learning(period_start_ms_);
    for (const uint32_t index : miner_.LivePatterns()) {
      PatternSeries& series = SeriesOf(index);
      const double count = static_cast<double>(series.count);
      const auto prediction = series.model.Predict(period_start_ms_);
      if (evaluate && prediction &&
          (count > prediction->Upper(options_.band_width) ||
           count < prediction->Lower(options_.band_width))) {
        const Pattern& pattern = miner_.pattern(index);
        PatternAnomaly a;
        a.kind = AnomalyKind::kFrequency;
        a.pattern_id = pattern.id;
        a.pattern = pattern.text;
        a.first_seen_ms = a.last_seen_ms = period_start_ms_;
        char band[160];
        std::snprintf(band, sizeof band, "%.0f lines in the period, expected %.1f to %.1f", count,
                      prediction->Lower(options_.band_width),
                      prediction->Upper(options_.band_width));
        a.description = std::string("Unusual frequency of pattern: ") + band;
        a.priority = SoundsLikeFailure(pattern.text) ? "MEDIUM" : "LOW";
        a.log_samples = pattern.examples;
        Raise(std::move(a), index, raised);
      }
      series.model.Observe(period_start_ms_, count);
      if (options_.count_history > 0) {
        std::vector<uint32_t>& history = series.history;
        // Sized once: the oldest count shifts out (at most count_history moves a period).
        if (history.empty()) history.reserve(options_.count_history);
        if (history.size() >= options_.count_history) history.erase(history.begin());
        history.push_back(static_cast<uint32_t>(std::min<uint64_t>(series.count, UINT32_MAX)));
      }
      series.count = 0;
    }
    if (options_.count_history > 0) {
      closed_starts_.push_back(history_start);
      while (closed_starts_.size() > options_.count_history) closed_starts_.pop_front();
    }
    // Patterns merged away take their series with them.
    std::erase_if(series_,
                  [&](const auto& entry) { return miner_.Resolve(entry.first) != entry.first; });
    lines_in_period_ = 0;
    period_start_ms_ += period;
    history_start = period_start_ms_;
  }
}

void PatternAnomalyDetector::Advance(int64_t now_ms, std::vector<PatternAnomaly>& raised) {
  ClosePeriods(now_ms, raised);
  const auto expired = [&](const PatternAnomaly& a) {
    return a.last_seen_ms + options_.anomaly_visibility_time_ms < now_ms;
  };
  if (std::any_of(anomalies_.begin(), anomalies_.end(), expired)) {
    std::erase_if(anomalies_, expired);
    active_.clear();
    for (size_t i = 0; i < anomalies_.size(); ++i) {
      if (anomalies_[i].kind == AnomalyKind::kNewPattern) active_[anomalies_[i].pattern_id] = i;
    }
  }
}

std::vector<PeriodCount> PatternAnomalyDetector::CountHistory(uint32_t index) const {
  std::vector<PeriodCount> out;
  if (!started_) return out;
  const uint32_t live = miner_.Resolve(index);
  const auto it = series_.find(live);
  if (it != series_.end()) {
    const std::vector<uint32_t>& history = it->second.history;
    const size_t n = std::min(history.size(), closed_starts_.size());
    out.reserve(n + 1);
    for (size_t i = 0; i < n; ++i) {
      out.push_back(
          {closed_starts_[closed_starts_.size() - n + i], history[history.size() - n + i], false});
    }
  }
  out.push_back({period_start_ms_, it == series_.end() ? 0 : it->second.count, true});
  return out;
}

std::string PatternAnomalyDetector::Serialize() const {
  ByteWriter out;
  out.Put<uint32_t>(kSerialVersion);
  out.PutString(miner_.Serialize());
  out.Put<uint8_t>(started_ ? 1 : 0);
  out.Put<int64_t>(first_line_ms_);
  out.Put<int64_t>(period_start_ms_);
  out.Put<uint64_t>(lines_in_period_);
  out.Put<uint64_t>(counters_.raised_new_pattern);
  out.Put<uint64_t>(counters_.raised_frequency);
  out.Put<uint64_t>(counters_.suppressed);
  std::vector<uint32_t> indices;
  for (const auto& entry : series_) indices.push_back(entry.first);
  std::sort(indices.begin(), indices.end());
  out.Put<uint64_t>(indices.size());
  for (const uint32_t index : indices) {
    const PatternSeries& series = series_.at(index);
    out.Put<uint32_t>(index);
    out.Put<uint64_t>(series.count);
    std::string model;
    series.model.Serialize(&model);
    out.PutString(model);
    // The count history is checkpointed: it spans count_history periods
    // (2.5 hours at the default 5 minutes), which a restart would otherwise
    // blank for as long, and costs 4 bytes per period per pattern.
    out.Put<uint64_t>(series.history.size());
    for (const uint32_t count : series.history) out.Put<uint32_t>(count);
  }
  out.Put<uint64_t>(closed_starts_.size());
  for (const int64_t start : closed_starts_) out.Put<int64_t>(start);
  std::vector<std::string> suppressed(suppressed_.begin(), suppressed_.end());
  std::sort(suppressed.begin(), suppressed.end());
  out.Put<uint64_t>(suppressed.size());
  for (const std::string& id : suppressed) out.PutString(id);
  out.Put<uint64_t>(anomalies_.size());
  for (const PatternAnomaly& a : anomalies_) PutAnomaly(out, a);
  return out.Take();
}

Status PatternAnomalyDetector::Restore(std::string_view bytes) {
  PatternAnomalyDetector restored(options_);
  ByteReader in(bytes);
  const auto version = in.Get<uint32_t>();
  if (version != 1 && version != kSerialVersion) {
    return MakeError("anomaly checkpoint: unknown version");
  }
  if (const Status miner = restored.miner_.Restore(in.GetString()); !miner) return miner;
  restored.started_ = in.Get<uint8_t>() != 0;
  restored.first_line_ms_ = in.Get<int64_t>();
  restored.period_start_ms_ = in.Get<int64_t>();
  restored.lines_in_period_ = in.Get<uint64_t>();
  restored.counters_.raised_new_pattern = in.Get<uint64_t>();
  restored.counters_.raised_frequency = in.Get<uint64_t>();
  restored.counters_.suppressed = in.Get<uint64_t>();
  const uint64_t series = in.GetCount(20);
  for (uint64_t i = 0; i < series && in.ok(); ++i) {
    const auto index = in.Get<uint32_t>();
    PatternSeries& s = restored.SeriesOf(index);
    s.count = in.Get<uint64_t>();
    if (!s.model.Restore(in.GetString())) in.Fail();
    if (version >= 2) {
      const uint64_t counts = in.GetCount(4);
      for (uint64_t c = 0; c < counts && in.ok(); ++c) s.history.push_back(in.Get<uint32_t>());
      if (s.history.size() > options_.count_history) {
        s.history.erase(s.history.begin(),
                        s.history.end() - static_cast<std::ptrdiff_t>(options_.count_history));
      }
    }
  }
  if (version >= 2) {
    const uint64_t starts = in.GetCount(8);
    for (uint64_t i = 0; i < starts && in.ok(); ++i) {
      restored.closed_starts_.push_back(in.Get<int64_t>());
    }
    while (restored.closed_starts_.size() > options_.count_history) {
      restored.closed_starts_.pop_front();
    }
  }
  const uint64_t suppressed = in.GetCount(8);
  for (uint64_t i = 0; i < suppressed && in.ok(); ++i) restored.suppressed_.insert(in.GetString());
  const uint64_t anomalies = in.GetCount(8);
  for (uint64_t i = 0; i < anomalies && in.ok(); ++i) {
    restored.anomalies_.push_back(GetAnomaly(in));
  }
  if (!in.ok() || !in.done()) return MakeError("anomaly checkpoint: truncated or corrupt");
  for (size_t i = 0; i < restored.anomalies_.size(); ++i) {
    if (restored.anomalies_[i].kind == AnomalyKind::kNewPattern) {
      restored.active_[restored.anomalies_[i].pattern_id] = i;
    }
  }
  *this = std::move(restored);
  return OkStatus();
}

}  // namespace tailwatch::engine::patterns
