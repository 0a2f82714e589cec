#include "daemon/http/health.h"

#include <utility>

namespace tailwatch::http {

Handler MakeHealthzHandler() {
  return [](HttpRequest&&, Responder respond) {
    HttpResponse response;
    response.body = "{\"status\":\"ok\"}\n";
    respond(std::move(response));
  };
}

Handler MakeReadyzHandler(std::shared_ptr<const Readiness> readiness) {
  return [readiness = std::move(readiness)](HttpRequest&&, Responder respond) {
    HttpResponse response;
    if (readiness != nullptr && readiness->ready()) {
      response.body = "{\"status\":\"ready\"}\n";
    } else {
      response.status = 503;
      response.body = "{\"status\":\"not ready\"}\n";
    }
    respond(std::move(response));
  };
}

void RegisterHealthRoutes(HttpServer& server, std::shared_ptr<const Readiness> readiness) {
  server.Route("GET", "/healthz", MakeHealthzHandler());
  server.Route("GET", "/readyz", MakeReadyzHandler(std::move(readiness)));
}

}  // namespace tailwatch::http
