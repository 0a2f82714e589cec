// The daemon's Prometheus registry: owns the prometheus-cpp Registry of
// self-metrics, the dynamic series collected at scrape time, and renders the
// text exposition (format 0.0.4) served on GET /metrics.
//
// Naming (README.md "Prometheus metrics"): every family starts with
// `tailwatch_`, counters end in `_total` and their HELP/TYPE lines carry that
// full name (prometheus-cpp 1.0 writes the family name as given), units are in
// the name (`_seconds`, `_bytes`). Labels come from bounded sets.
//
// Thread safety: all members are thread-safe. Resolve label sets once at setup
// and keep the `Counter&` (Family::Add takes a mutex; Increment is an atomic).
// The MetricsRegistry must outlive every handler and server that uses it.
#ifndef TAILWATCH_DAEMON_EXPORT_METRICS_REGISTRY_H_
#define TAILWATCH_DAEMON_EXPORT_METRICS_REGISTRY_H_

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/export/dynamic_series.h"

namespace tailwatch::exporter {

// The Content-Type Prometheus expects for the text exposition.
inline constexpr std::string_view kTextContentType = "text/plain; version=0.0.4; charset=utf-8";

// Buckets for processing latencies (seconds): 10 µs .. 10 s.
const std::vector<double>& LatencyBucketsSeconds();

// Self-metrics recorded by the HTTP server (daemon/http/http_server.h).
// `endpoint` is a registered route path or "other" (so the label set stays
// bounded whatever clients ask for); `code` is the numeric status.
struct HttpMetrics {
  prometheus::Family<prometheus::Counter>* requests;        // {endpoint,code}
  prometheus::Family<prometheus::Counter>* request_bytes;   // {endpoint}: bodies received
  prometheus::Family<prometheus::Counter>* response_bytes;  // {endpoint}: bodies sent
  prometheus::Family<prometheus::Counter>* errors;          // {reason}
  prometheus::Gauge* in_flight;                             // requests handed to a handler
  prometheus::Gauge* open_connections;
  prometheus::Counter* rejected_connections;  // over max_connections

  // Counts one answered request. Takes the family mutex (once per request,
  // not per line).
  void RecordRequest(std::string_view endpoint, int code, uint64_t request_body_bytes,
                     uint64_t response_body_bytes) const;
  // reason: timeout, header_too_large, body_too_large, bad_request,
  // handler_exception, handler_dropped, idle_evicted (a connection closed at
  // max_connections to make room).
  void RecordError(std::string_view reason) const;
};

// Self-metric families shared by several stages, for each to resolve its
// series from at setup. Families one stage owns are registered by that stage
// (AddCounterFamily) or filled at scrape time by a collect hook.
struct SelfMetrics {
  // tailwatch_lines_dropped_total{reason}: log lines or events that reached
  // tailwatch and never reached the filters, by a reason from a fixed set
  // (README "Prometheus metrics"). Every stage that drops input counts here.
  prometheus::Family<prometheus::Counter>* lines_dropped;
  prometheus::Family<prometheus::Counter>*
      push_requests;  // tailwatch_push_requests_total{endpoint,code}
  prometheus::Family<prometheus::Counter>*
      notifications;  // tailwatch_notifications_total{target,result}
  prometheus::Family<prometheus::Histogram>*
      processing_latency;  // tailwatch_processing_latency_seconds{stage}
};

class MetricsRegistry {
 public:
  MetricsRegistry();
  MetricsRegistry(const MetricsRegistry&) = delete;
  MetricsRegistry& operator=(const MetricsRegistry&) = delete;

  prometheus::Registry& registry() { return *registry_; }

  // Create (or return the existing) family. Setup-time only: a name that is
  // not `tailwatch_[a-z0-9_]+`, or a counter name without `_total`, or a
  // gauge/histogram name with it, throws std::invalid_argument (a programming
  // error, like prometheus-cpp's own name checks).
  prometheus::Family<prometheus::Counter>& AddCounterFamily(const std::string& name,
                                                            const std::string& help);
  prometheus::Family<prometheus::Gauge>& AddGaugeFamily(const std::string& name,
                                                        const std::string& help);
  prometheus::Family<prometheus::Histogram>& AddHistogramFamily(const std::string& name,
                                                                const std::string& help);

  // Registers a hook that fills dynamic series at scrape time (see
  // dynamic_series.h). Families from hooks merge with same-named static
  // families of the same type; a type mismatch drops the hook's series.
  void AddCollectHook(CollectHook hook);

  // Every family, static then dynamic, each name exactly once, empty
  // families left out, plus tailwatch_scrape_errors_total{reason} counting
  // hooks that threw (hook_failed) and dropped type conflicts (type_conflict).
  std::vector<prometheus::MetricFamily> Collect() const;
  // Collect() in the text format 0.0.4 (Content-Type kTextContentType).
  std::string SerializeText() const;

  const HttpMetrics& http() const { return http_; }
  const SelfMetrics& self() const { return self_; }

 private:
  std::shared_ptr<prometheus::Registry> registry_;
  std::shared_ptr<DynamicCollectable> dynamic_;
  mutable std::atomic<uint64_t> static_conflicts_{0};
  HttpMetrics http_{};
  SelfMetrics self_{};
};

}  // namespace tailwatch::exporter

#endif  // TAILWATCH_DAEMON_EXPORT_METRICS_REGISTRY_H_
