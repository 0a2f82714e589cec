// Placeholder until the ingestion routes land: registers nothing.
#include "daemon/ingest/ingest_routes.h"

namespace tailwatch::daemon {

void RegisterIngestRoutes(http::HttpServer& /*server*/, IngestSink& /*sink*/,
                          IngestOptions /*options*/, exporter::MetricsRegistry& /*metrics*/) {}

bool IsAuthorized(const http::HttpRequest& /*request*/, std::string_view token) {
  return token.empty();
}

}  // namespace tailwatch::daemon
