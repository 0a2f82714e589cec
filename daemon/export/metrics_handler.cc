#include "daemon/export/metrics_handler.h"

#include <string>
#include <utility>

namespace tailwatch::exporter {

http::Handler MakeMetricsHandler(const MetricsRegistry& registry) {
  return [&registry](http::HttpRequest&&, http::Responder respond) {
    http::HttpResponse response;
    response.content_type = std::string(kTextContentType);
    response.body = registry.SerializeText();
    respond(std::move(response));
  };
}

}  // namespace tailwatch::exporter
