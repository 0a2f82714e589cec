// HTTP ingestion routes: POST /v1/logs (text lines or NDJSON, gzip allowed)
// and POST / with X-Amz-Target Logs_20140328.* (the AWS JSON 1.1 subset:
// PutLogEvents, TestMetricFilter, CreateLogGroup, CreateLogStream,
// DescribeLogGroups), with auth and limits.
#ifndef TAILWATCH_DAEMON_INGEST_INGEST_ROUTES_H_
#define TAILWATCH_DAEMON_INGEST_INGEST_ROUTES_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "daemon/http/http_server.h"
#include "daemon/ingest/ingest_sink.h"

namespace tailwatch::exporter {
class MetricsRegistry;
}  // namespace tailwatch::exporter

namespace tailwatch::daemon {

struct IngestOptions {
  std::string auth_token;            // empty = no auth required
  size_t max_line_bytes = 256 * 1024;  // per event / line
  size_t max_decoded_body_bytes = 8 << 20;  // after gzip
};

// Registers the routes on `server` (before Start()). `sink` and `metrics`
// must outlive the server.
void RegisterIngestRoutes(http::HttpServer& server, IngestSink& sink, IngestOptions options,
                          exporter::MetricsRegistry& metrics);

// True when `request` carries `token` as `Authorization: Bearer <token>` or
// as the access key id of an AWS SigV4 Authorization header. Constant-time
// comparison. Always true when `token` is empty.
bool IsAuthorized(const http::HttpRequest& request, std::string_view token);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_INGEST_ROUTES_H_
