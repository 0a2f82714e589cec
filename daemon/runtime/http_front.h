// The daemon's HTTP front: the one listener with /healthz, /readyz, /metrics,
// /api/v1/alarms, /api/v1/log_groups, /api/v1/status, /api/v1/test-pattern, the status
// page (/), the ingestion routes and the CloudWatch API (daemon/cloudwatch/). Its handlers read
// engine state only through published snapshots (engine_snapshot.h) and hand pushed events to the
// IngestSink; none of them touches the engine strand's live state.
#ifndef TAILWATCH_DAEMON_RUNTIME_HTTP_FRONT_H_
#define TAILWATCH_DAEMON_RUNTIME_HTTP_FRONT_H_

#include <functional>
#include <memory>
#include <string>

#include "config/config.h"
#include "daemon/cloudwatch/cloudwatch_routes.h"
#include "daemon/export/metrics_registry.h"
#include "daemon/http/health.h"
#include "daemon/http/http_server.h"
#include "daemon/ingest/aws_logs_read_ops.h"
#include "daemon/ingest/ingest_sink.h"
#include "daemon/ingest/logs_catalog.h"
#include "daemon/runtime/engine_snapshot.h"
#include "daemon/runtime/status_json.h"
#include "engine/common/status.h"

namespace boost::asio {
class io_context;
}  // namespace boost::asio

namespace tailwatch::daemon {

struct HttpFrontOptions {
  config::ServerConfig server;
  int passed_listener = -1;            // http::HttpServerOptions::passed_listener
  size_t max_line_bytes = 256 * 1024;  // per pushed event
  std::function<int64_t()> wall_clock_ms;
  LogsCatalog* catalog = nullptr;  // see IngestOptions
  JournalReader read_journal;
  DaemonIdentity identity;  // for GET /api/v1/status
  // The CloudWatch API's way to the metric store (must outlive the server).
  // Null: metric operations answer ServiceUnavailable.
  cloudwatch::CloudWatchEngine* cloudwatch_engine = nullptr;
  // Definitions over the API (PutMetricAlarm, PutMetricFilter, ...); must
  // outlive the server. Null: those operations answer 503.
  DefinitionsEditor* definitions = nullptr;
};

// Builds and starts the server. Everything referenced must outlive the
// server's sessions (the daemon keeps them until its io_context has run out).
Result<std::unique_ptr<http::HttpServer>> StartHttpFront(
    boost::asio::io_context& ioc, const HttpFrontOptions& options,
    const SnapshotCell<EngineSnapshot>& snapshots, IngestSink& sink,
    exporter::MetricsRegistry& metrics, std::shared_ptr<http::Readiness> readiness);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_HTTP_FRONT_H_
