// Liveness and readiness endpoints.
//
// GET /healthz answers 200 {"status":"ok"} whenever the io_context runs the
// request at all: that is what liveness means for the daemon. GET /readyz
// answers 200 {"status":"ready"} once the daemon called Readiness::SetReady
// (config loaded, sources started, checkpoint restored), 503
// {"status":"not ready"} before that and again after SetReady(false) (e.g.
// while shutting down).
#ifndef TAILWATCH_DAEMON_HTTP_HEALTH_H_
#define TAILWATCH_DAEMON_HTTP_HEALTH_H_

#include <atomic>
#include <memory>

#include "daemon/http/http_server.h"

namespace tailwatch::http {

// Thread-safe readiness flag; starts not ready.
class Readiness {
 public:
  void SetReady(bool ready) { ready_.store(ready, std::memory_order_release); }
  bool ready() const { return ready_.load(std::memory_order_acquire); }

 private:
  std::atomic<bool> ready_{false};
};

Handler MakeHealthzHandler();
Handler MakeReadyzHandler(std::shared_ptr<const Readiness> readiness);

// Routes GET /healthz and GET /readyz on `server` (before Start()).
void RegisterHealthRoutes(HttpServer& server, std::shared_ptr<const Readiness> readiness);

}  // namespace tailwatch::http

#endif  // TAILWATCH_DAEMON_HTTP_HEALTH_H_
