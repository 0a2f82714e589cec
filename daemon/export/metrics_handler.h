// GET /metrics: the Prometheus text exposition of a MetricsRegistry.
#ifndef TAILWATCH_DAEMON_EXPORT_METRICS_HANDLER_H_
#define TAILWATCH_DAEMON_EXPORT_METRICS_HANDLER_H_

#include "daemon/export/metrics_registry.h"
#include "daemon/http/http_server.h"

namespace tailwatch::exporter {

// Answers 200 with registry.SerializeText() and Content-Type
// `text/plain; version=0.0.4; charset=utf-8`. Collect hooks run on the
// calling session's strand. `registry` must outlive the server.
http::Handler MakeMetricsHandler(const MetricsRegistry& registry);

}  // namespace tailwatch::exporter

#endif  // TAILWATCH_DAEMON_EXPORT_METRICS_HANDLER_H_
