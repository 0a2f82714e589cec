#include "daemon/runtime/http_front.h"

#include <utility>

#include "daemon/export/metrics_handler.h"
#include "daemon/http/status_page.h"
#include "daemon/ingest/aws_logs_api.h"
#include "daemon/ingest/ingest_routes.h"
#include "daemon/runtime/test_pattern_route.h"

namespace tailwatch::daemon {
namespace {

// {"log_groups":[{"name":..,"origin":"config"|"api","creation_time":..,
//   "retention_in_days":..(when set),"tags":{..},"streams":[{"name":..,
//   "creation_time":..,"last_event_time":..,"stored_bytes":..}]}]}
std::string LogGroupsJson(const std::vector<LogGroupInfo>& groups) {
  std::string out = "{\"log_groups\":[";
  for (size_t i = 0; i < groups.size(); ++i) {
    const LogGroupInfo& group = groups[i];
    if (i > 0) out += ',';
    out += "{\"name\":";
    AppendJsonText(out, group.name);
    out += group.api_created ? ",\"origin\":\"api\"" : ",\"origin\":\"config\"";
    out += ",\"creation_time\":" + std::to_string(group.creation_ms);
    if (group.retention_days) {
      out += ",\"retention_in_days\":" + std::to_string(*group.retention_days);
    }
    out += ",\"tags\":";
    AppendTagsJson(out, group.tags);
    out += ",\"streams\":[";
    bool first = true;
    for (const auto& [name, stream] : group.streams) {
      if (!first) out += ',';
      first = false;
      out += "{\"name\":";
      AppendJsonText(out, name);
      out += ",\"creation_time\":" + std::to_string(stream.creation_ms);
      out += ",\"last_event_time\":" + std::to_string(stream.last_event_ms);
      out += ",\"stored_bytes\":" + std::to_string(stream.stored_bytes);
      out += '}';
    }
    out += "]}";
  }
  out += "]}";
  return out;
}

}  // namespace

Result<std::unique_ptr<http::HttpServer>> StartHttpFront(
    boost::asio::io_context& ioc, const HttpFrontOptions& options,
    const SnapshotCell<EngineSnapshot>& snapshots, IngestSink& sink,
    exporter::MetricsRegistry& metrics, std::shared_ptr<http::Readiness> readiness) {
  const config::ServerConfig& server_config = options.server;
  http::HttpServerOptions http_options;
  http_options.listen = server_config.listen;
  http_options.passed_listener = options.passed_listener;
  http_options.max_body_bytes = server_config.max_body_bytes;
  http_options.max_connections = server_config.max_connections;
  http_options.read_timeout_ms = server_config.read_timeout_ms;
  http_options.idle_timeout_ms = server_config.idle_timeout_ms;
  http_options.tls_cert_file = server_config.tls_cert_file;
  http_options.tls_key_file = server_config.tls_key_file;
  http_options.metrics = &metrics.http();
  auto server = std::make_unique<http::HttpServer>(ioc, http_options);
  http::RegisterHealthRoutes(*server, std::move(readiness));

  const bool protect = server_config.protect_metrics;
  const std::string token = server_config.auth_token;
  auto guarded = [protect, token](http::Handler handler) -> http::Handler {
    if (!protect) return handler;
    return [handler = std::move(handler), token](http::HttpRequest&& request,
                                                 http::Responder respond) {
      if (!IsAuthorized(request, token)) {
        respond(http::JsonError(401, "missing or wrong token"));
        return;
      }
      handler(std::move(request), std::move(respond));
    };
  };
  server->Route("GET", "/metrics", guarded(exporter::MakeMetricsHandler(metrics)));
  server->Route("GET", "/api/v1/alarms",
                guarded([&snapshots](http::HttpRequest&&, http::Responder respond) {
                  http::HttpResponse response;
                  const auto snapshot = snapshots.Get();
                  if (snapshot && snapshot->alarms_json) response.body = *snapshot->alarms_json;
                  respond(std::move(response));
                }));

  if (options.catalog != nullptr) {
    LogsCatalog* catalog = options.catalog;
    server->Route("GET", "/api/v1/log_groups",
                  guarded([&snapshots, catalog](http::HttpRequest&&, http::Responder respond) {
                    const auto snapshot = snapshots.Get();
                    http::HttpResponse response;
                    response.body = LogGroupsJson(catalog->Groups(
                        snapshot ? snapshot->log_groups : std::vector<std::string>{}));
                    respond(std::move(response));
                  }));
  }
  server->Route("GET", "/api/v1/status",
                guarded([&snapshots, identity = options.identity, clock = options.wall_clock_ms](
                            http::HttpRequest&&, http::Responder respond) {
                  http::HttpResponse response;
                  const auto snapshot = snapshots.Get();
                  response.body = StatusJson(snapshot.get(), identity, clock());
                  respond(std::move(response));
                }));
  // One alarm's view from the snapshot; the `alarm` query parameter is required.
  using AlarmView = std::string (*)(const EngineSnapshot*, const std::string&);
  const auto alarm_route = [&](const char* path, AlarmView view) {
    server->Route("GET", path,
                  guarded([&snapshots, view](http::HttpRequest&& request, http::Responder respond) {
                    const std::string alarm = request.QueryParam("alarm");
                    if (alarm.empty()) {
                      respond(http::JsonError(400, "missing query parameter 'alarm'"));
                      return;
                    }
                    http::HttpResponse response;
                    response.body = view(snapshots.Get().get(), alarm);
                    respond(std::move(response));
                  }));
  };
  alarm_route("/api/v1/alarm-history",
              [](const EngineSnapshot* snapshot, const std::string& alarm) {
                return AlarmHistoryJson(snapshot ? snapshot->alarm_history.get() : nullptr, alarm);
              });
  alarm_route("/api/v1/deliveries", [](const EngineSnapshot* snapshot, const std::string& alarm) {
    return notify::DeliveriesJson(snapshot ? snapshot->deliveries.get() : nullptr, alarm);
  });
  server->Route("POST", "/api/v1/test-pattern",
                guarded([max_line_bytes = options.max_line_bytes](http::HttpRequest&& request,
                                                                  http::Responder respond) {
                  respond(TestPattern(request.body, max_line_bytes));
                }));
  http::RegisterStatusPageRoutes(*server);
  server->Route("GET", "/api/v1/anomalies",
                guarded([&snapshots](http::HttpRequest&&, http::Responder respond) {
                  http::HttpResponse response;
                  const auto snapshot = snapshots.Get();
                  response.body = snapshot && snapshot->anomalies_json ? *snapshot->anomalies_json
                                                                       : "{\"anomalies\":[]}";
                  respond(std::move(response));
                }));
  server->Route("GET", "/api/v1/patterns",
                guarded([&snapshots](http::HttpRequest&& request, http::Responder respond) {
                  const std::string group = request.QueryParam("log_group");
                  if (group.empty()) {
                    respond(http::JsonError(400, "missing query parameter 'log_group'"));
                    return;
                  }
                  const auto snapshot = snapshots.Get();
                  if (!snapshot || !snapshot->patterns_json) {
                    respond(http::JsonError(404, "no log anomaly detector watches this log group"));
                    return;
                  }
                  auto it = snapshot->patterns_json->find(group);
                  if (it == snapshot->patterns_json->end()) {
                    respond(http::JsonError(404, "no log anomaly detector watches this log group"));
                    return;
                  }
                  http::HttpResponse response;
                  response.body = it->second;
                  respond(std::move(response));
                }));

  IngestOptions ingest;
  ingest.auth_token = server_config.auth_token;
  ingest.max_line_bytes = options.max_line_bytes;
  ingest.wall_clock_ms = options.wall_clock_ms;
  ingest.catalog = options.catalog;
  ingest.tailed_files = [&snapshots](std::string_view group) {
    const auto snapshot = snapshots.Get();
    if (snapshot) {
      for (const TailGroupStats& stats : snapshot->tail_groups) {
        if (stats.log_group == group) return stats.paths;
      }
    }
    return std::vector<std::string>{};
  };
  ingest.read_journal = options.read_journal;
  ingest.log_group_names = [&snapshots] {
    const auto snapshot = snapshots.Get();
    return snapshot ? snapshot->log_groups : std::vector<std::string>{};
  };
  ingest.definitions = options.definitions;
  ingest.metric_filters = [&snapshots] {
    const auto snapshot = snapshots.Get();
    return snapshot ? snapshot->metric_filters : nullptr;
  };
  cloudwatch::CloudWatchApiOptions cloudwatch_options;
  cloudwatch_options.auth_token = server_config.auth_token;
  cloudwatch_options.wall_clock_ms = options.wall_clock_ms;
  cloudwatch_options.snapshots = &snapshots;
  cloudwatch_options.engine = options.cloudwatch_engine;
  cloudwatch_options.definitions = options.definitions;
  auto cloudwatch_api = cloudwatch::RegisterCloudWatchRoutes(*server, cloudwatch_options);
  ingest.other_service_accepts = cloudwatch::IsCloudWatchRequest;
  ingest.other_service = [cloudwatch_api](http::HttpRequest&& request, http::Responder respond) {
    cloudwatch::HandleCloudWatchRequest(cloudwatch_api, std::move(request), std::move(respond));
  };
  RegisterIngestRoutes(*server, sink, ingest, metrics);
  if (Status s = server->Start(); !s) return tl::unexpected(s.error());
  return server;
}

}  // namespace tailwatch::daemon
