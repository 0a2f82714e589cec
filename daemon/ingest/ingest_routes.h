// HTTP ingestion routes: POST /v1/logs (text lines or NDJSON, gzip allowed)
// and POST / with X-Amz-Target Logs_20140328.* (the AWS JSON 1.1 subset:
// PutLogEvents, TestMetricFilter, GetLogEvents, FilterLogEvents, the metric
// filter operations of aws_logs_filter_ops.h and the
// group/stream/retention/tag operations of aws_logs_catalog_ops.h; the full
// list is in docs/ingestion.md), with auth and limits. A POST / that
// IngestOptions::other_service_accepts (the CloudWatch API's query and JSON
// 1.0 requests) is handed to other_service instead.
//
// Answers (JSON bodies throughout):
//   POST /v1/logs?group=G[&stream=S]   (stream defaults to "default")
//     200 {"accepted":N}           every event ran through G's filters
//     400 {"error":...}            no group, empty body, bad NDJSON line (named),
//                                  a line over max_line_bytes, corrupt gzip
//     401 {"error":...}            token missing/wrong (WWW-Authenticate: Bearer)
//     404 {"error":...}            no log group G (configured or created over the API)
//     413 {"error":...}            gzip body decodes past max_decoded_body_bytes
//                                  (raw bodies over the server's max_body_bytes
//                                  get 413 from the server itself)
//     415 {"error":...}            Content-Encoding other than gzip/identity
//     429 {"error":...}            the engine is behind; Retry-After
//     503 {"error":...}            shutting down (Retry-After), or the Logs API's
//                                  catalog could not record a new stream
//   POST / (Content-Type application/x-amz-json-1.1 on every answer)
//     200 as AWS answers; errors {"__type":T,"message":M}:
//     400 SerializationException (bad JSON), InvalidParameterException
//         (validation, bad pattern), ResourceNotFoundException (unknown log
//         group), UnknownOperationException (missing/unknown X-Amz-Target)
//     401 UnrecognizedClientException (token)
//     413 SerializationException (gzip bomb), 415 for an unknown encoding
//     503 ServiceUnavailableException (overload, shutdown) with Retry-After
// PutLogEvents messages longer than max_line_bytes are cut at a UTF-8
// boundary (AWS accepts events up to 1 MB) and counted, like tailed lines.
//
// Self-metrics (families registered once here):
//   tailwatch_push_requests_total{endpoint,code}  endpoint = /v1/logs or the AWS op
//   tailwatch_push_events_accepted_total{endpoint}  endpoint = /v1/logs, PutLogEvents
//   tailwatch_push_events_rejected_total{endpoint,reason}
//       reason = too_old, too_new, unknown_log_group, overloaded, shutting_down
//   tailwatch_push_events_truncated_total{endpoint}
//   tailwatch_push_decoded_bytes_total{endpoint}  request bodies after gzip
//   tailwatch_push_event_bytes_total{endpoint}    message bytes accepted
//   tailwatch_log_groups{origin}       origin = config, api (CreateLogGroup)
//   tailwatch_log_streams{log_group}   streams the Logs API knows
#ifndef TAILWATCH_DAEMON_INGEST_INGEST_ROUTES_H_
#define TAILWATCH_DAEMON_INGEST_INGEST_ROUTES_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/common/definitions_editor.h"
#include "daemon/http/http_server.h"
#include "daemon/ingest/aws_logs_read_ops.h"
#include "daemon/ingest/ingest_sink.h"
#include "daemon/ingest/logs_catalog.h"

namespace tailwatch::exporter {
class MetricsRegistry;
}  // namespace tailwatch::exporter

namespace tailwatch::daemon {

struct IngestOptions {
  std::string auth_token;                   // empty = no auth required
  size_t max_line_bytes = 256 * 1024;       // per event / line
  size_t max_decoded_body_bytes = 8 << 20;  // after gzip
  // Seconds in the Retry-After header of 429/503 answers.
  int retry_after_seconds = 1;
  // The configured log group names, for DescribeLogGroups (called once per
  // such request, from any thread). Null: DescribeLogGroups lists none.
  std::function<std::vector<std::string>()> log_group_names;
  // Groups created over the API, streams, retention and tags (must outlive
  // the server). Null: a memory-only catalog that ends with the server.
  LogsCatalog* catalog = nullptr;
  // GetLogEvents / FilterLogEvents read pushed events through it. Null:
  // they find none.
  JournalReader read_journal;
  // The files a configured group tails now (streams named by path). Null: none.
  TailedFiles tailed_files;
  // Another AWS service sharing POST / (the CloudWatch API): requests for
  // which `other_service_accepts` is true go to `other_service` untouched.
  std::function<bool(const http::HttpRequest&)> other_service_accepts;
  http::Handler other_service;
  // PutMetricFilter / DeleteMetricFilter change the definitions made over
  // the API through it (must outlive the server). Null: they answer 503.
  DefinitionsEditor* definitions = nullptr;
  // The running metric filters, for DescribeMetricFilters (any thread).
  // Null: none.
  std::function<std::shared_ptr<const std::vector<engine::FilterSpec>>()> metric_filters;
  // Wall clock in epoch ms for PutLogEvents' too-old/too-new window. Null:
  // the system clock. Tests inject a fixed time.
  std::function<int64_t()> wall_clock_ms;
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
