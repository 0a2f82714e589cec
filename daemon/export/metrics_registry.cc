#include "daemon/export/metrics_registry.h"

#include <prometheus/metric_type.h>
#include <prometheus/text_serializer.h>

#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <utility>

namespace tailwatch::exporter {
namespace {

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

enum class Kind { kCounter, kGauge, kHistogram };

// Our own naming rules on top of prometheus-cpp's syntax check: the prefix,
// lower-case snake_case, and `_total` exactly on counters (promtool lints
// both directions).
void CheckName(const std::string& name, Kind kind) {
  constexpr std::string_view kPrefix = "tailwatch_";
  bool ok = name.size() > kPrefix.size() && name.compare(0, kPrefix.size(), kPrefix) == 0;
  for (char c : name) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  }
  const bool total = EndsWith(name, "_total");
  if (kind == Kind::kCounter) ok = ok && total;
  if (kind != Kind::kCounter) ok = ok && !total;
  if (kind == Kind::kHistogram) {
    ok = ok && !EndsWith(name, "_bucket") && !EndsWith(name, "_count") && !EndsWith(name, "_sum");
  }
  if (!ok) throw std::invalid_argument("bad tailwatch metric name: " + name);
}

}  // namespace

const std::vector<double>& LatencyBucketsSeconds() {
  static const std::vector<double> kBuckets = {0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01,
                                               0.05,    0.1,     0.5,    1,      5,     10};
  return kBuckets;
}

void HttpMetrics::RecordRequest(std::string_view endpoint, int code, uint64_t request_body_bytes,
                                uint64_t response_body_bytes) const {
  const std::string ep(endpoint);
  requests->Add({{"endpoint", ep}, {"code", std::to_string(code)}}).Increment();
  if (request_body_bytes != 0) {
    request_bytes->Add({{"endpoint", ep}}).Increment(static_cast<double>(request_body_bytes));
  }
  if (response_body_bytes != 0) {
    response_bytes->Add({{"endpoint", ep}}).Increment(static_cast<double>(response_body_bytes));
  }
}

void HttpMetrics::RecordError(std::string_view reason) const {
  errors->Add({{"reason", std::string(reason)}}).Increment();
}

MetricsRegistry::MetricsRegistry()
    : registry_(std::make_shared<prometheus::Registry>()),
      dynamic_(std::make_shared<DynamicCollectable>()) {
  http_.requests = &AddCounterFamily("tailwatch_http_requests_total",
                                     "HTTP requests answered, by endpoint and status code.");
  http_.request_bytes = &AddCounterFamily("tailwatch_http_request_bytes_total",
                                          "HTTP request body bytes received, by endpoint.");
  http_.response_bytes = &AddCounterFamily("tailwatch_http_response_bytes_total",
                                           "HTTP response body bytes sent, by endpoint.");
  http_.errors = &AddCounterFamily(
      "tailwatch_http_errors_total",
      "HTTP requests failed before or inside a handler (timeouts, limits, handler errors).");
  http_.in_flight = &AddGaugeFamily("tailwatch_http_requests_in_flight",
                                    "HTTP requests handed to a handler and not yet answered.")
                         .Add({});
  http_.open_connections =
      &AddGaugeFamily("tailwatch_http_connections_open", "Open HTTP connections.").Add({});
  http_.rejected_connections =
      &AddCounterFamily("tailwatch_http_connections_rejected_total",
                        "HTTP connections refused because max_connections were open.")
           .Add({});

  self_.lines_dropped =
      &AddCounterFamily("tailwatch_lines_dropped_total",
                        "Log lines and events that never reached the filters, by reason.");
  self_.push_requests = &AddCounterFamily("tailwatch_push_requests_total",
                                          "Log push requests, by endpoint and status code.");
  self_.notifications = &AddCounterFamily("tailwatch_notifications_total",
                                          "Alarm notifications attempted, by target and result.");
  self_.processing_latency = &AddHistogramFamily(
      "tailwatch_processing_latency_seconds",
      "Time from reading a batch of lines to the engine having consumed it, by stage.");
}

prometheus::Family<prometheus::Counter>& MetricsRegistry::AddCounterFamily(
    const std::string& name, const std::string& help) {
  CheckName(name, Kind::kCounter);
  return prometheus::BuildCounter().Name(name).Help(help).Register(*registry_);
}

prometheus::Family<prometheus::Gauge>& MetricsRegistry::AddGaugeFamily(const std::string& name,
                                                                       const std::string& help) {
  CheckName(name, Kind::kGauge);
  return prometheus::BuildGauge().Name(name).Help(help).Register(*registry_);
}

prometheus::Family<prometheus::Histogram>& MetricsRegistry::AddHistogramFamily(
    const std::string& name, const std::string& help) {
  CheckName(name, Kind::kHistogram);
  return prometheus::BuildHistogram().Name(name).Help(help).Register(*registry_);
}

void MetricsRegistry::AddCollectHook(CollectHook hook) { dynamic_->AddHook(std::move(hook)); }

std::vector<prometheus::MetricFamily> MetricsRegistry::Collect() const {
  std::vector<prometheus::MetricFamily> out;
  std::unordered_map<std::string, size_t> index;
  auto merge = [&](std::vector<prometheus::MetricFamily> families, bool count_conflicts) {
    for (auto& family : families) {
      if (family.metric.empty()) continue;
      auto [it, inserted] = index.emplace(family.name, out.size());
      if (inserted) {
        out.push_back(std::move(family));
        continue;
      }
      auto& target = out[it->second];
      if (target.type != family.type) {
        if (count_conflicts) static_conflicts_.fetch_add(1, std::memory_order_relaxed);
        continue;
      }
      for (auto& metric : family.metric) target.metric.push_back(std::move(metric));
    }
  };
  merge(registry_->Collect(), false);
  merge(dynamic_->Collect(), true);

  prometheus::MetricFamily errors;
  errors.name = "tailwatch_scrape_errors_total";
  errors.help =
      "Dynamic series lost at scrape time: hooks that failed, families of conflicting type.";
  errors.type = prometheus::MetricType::Counter;
  prometheus::ClientMetric failed;
  failed.label = {{"reason", "hook_failed"}};
  failed.counter.value = static_cast<double>(dynamic_->hook_failures());
  prometheus::ClientMetric conflict;
  conflict.label = {{"reason", "type_conflict"}};
  conflict.counter.value = static_cast<double>(dynamic_->conflicts() +
                                               static_conflicts_.load(std::memory_order_relaxed));
  errors.metric = {std::move(failed), std::move(conflict)};
  merge({std::move(errors)}, false);
  return out;
}

std::string MetricsRegistry::SerializeText() const {
  std::ostringstream out;
  prometheus::TextSerializer().Serialize(out, Collect());
  return out.str();
}

}  // namespace tailwatch::exporter
