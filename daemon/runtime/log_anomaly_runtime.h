// The configured log-anomaly detectors as the engine strand runs them
// (docs/patterns.md "In the daemon"): each detector owns a
// PatternAnomalyDetector (engine/patterns/pattern_anomalies.h) and sees
// every event of its log groups that its filter_pattern matches.
//
// Owned by the engine strand; the JSON builders produce what the snapshot
// hands to HTTP readers. A reload keeps the learned state of every detector
// whose definition did not change; the checkpoint holds it in a section of
// its own.
#ifndef TAILWATCH_DAEMON_RUNTIME_LOG_ANOMALY_RUNTIME_H_
#define TAILWATCH_DAEMON_RUNTIME_LOG_ANOMALY_RUNTIME_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "config/config.h"
#include "engine/common/status.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"
#include "engine/patterns/pattern_anomalies.h"

namespace tailwatch::daemon {

inline constexpr std::string_view kLogAnomalyNamespace = "tailwatch/LogAnomalies";
inline constexpr std::string_view kLogAnomalyMetric = "AnomalyCount";
inline constexpr std::string_view kLogAnomalySection = "log_anomaly_detectors";

struct RaisedLogAnomaly {
  std::string detector;
  engine::patterns::PatternAnomaly anomaly;
  std::string entry = {};  // its ListAnomalies entry (AnomalyJson), once rendered
};

class LogAnomalyRuntime {
 public:
  // Builds the detectors of `detectors`; those equal to one of `previous`
  // (when given) take over its learned state.
  LogAnomalyRuntime(const std::vector<config::LogAnomalyDetectorConfig>& detectors,
                    std::string_view region, std::string_view account_id,
                    LogAnomalyRuntime* previous = nullptr);

  bool empty() const { return detectors_.empty(); }
  bool Watches(std::string_view log_group) const;
  // The log groups some detector watches.
  std::vector<std::string> WatchedGroups() const;

  // A buffer of whole records (engine/match/log_records.h) of `log_group`.
  void ObserveRecords(std::string_view log_group, std::string_view records, int64_t time_ms,
                      std::vector<RaisedLogAnomaly>& raised);
  void ObserveEvent(std::string_view log_group, std::string_view message, int64_t time_ms,
                    std::vector<RaisedLogAnomaly>& raised);
  // Closes evaluation periods (frequency anomalies) and expires old ones.
  void Advance(int64_t now_ms, std::vector<RaisedLogAnomaly>& raised);

  // GET /api/v1/anomalies: {"anomalies":[ListAnomalies entries]}.
  std::string AnomaliesJson() const;
  // GET /api/v1/patterns?log_group=G, for every watched group:
  // {"log_group":G,"detectors":[{"detector":..,"patterns":[{..,"new":..}]}]},
  // top patterns by count; "new": first seen after the learning period;
  // "counts": [{"start":ISO-8601,"count":N}] per closed evaluation period
  // (the last 30), then the open one with "open":true.
  std::unordered_map<std::string, std::string> PatternsJsonByGroup(size_t top) const;
  // tailwatch_log_patterns{log_group}: live patterns per watched group.
  std::vector<std::pair<std::string, double>> PatternCounts() const;

  // One ListAnomalies entry (also the webhook body's element).
  std::string AnomalyJson(const std::string& detector,
                          const engine::patterns::PatternAnomaly& anomaly) const;

  std::string Serialize() const;
  // Unknown detectors in `bytes` are ignored (a detector removed since).
  Status Restore(std::string_view bytes);

 private:
  struct Detector {
    config::LogAnomalyDetectorConfig config;
    std::optional<engine::FilterPattern> filter;  // none: every event
    std::unique_ptr<engine::patterns::PatternAnomalyDetector> state;
    std::string arn;
  };
  void Feed(Detector& d, std::string_view message, int64_t time_ms,
            std::vector<RaisedLogAnomaly>& raised);

  std::string region_;
  std::string account_id_;
  std::vector<Detector> detectors_;
  // Heterogeneous lookup: finding a group by string_view allocates nothing.
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
  };
  std::unordered_map<std::string, std::vector<size_t>, NameHash, std::equal_to<>> by_group_;
  engine::EventContext context_;
  std::vector<engine::patterns::PatternAnomaly> scratch_;
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_LOG_ANOMALY_RUNTIME_H_
