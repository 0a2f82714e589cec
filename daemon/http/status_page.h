// The status page at GET / (index.html, status.js, status.css), served from
// the files compiled into the binary. The page itself holds no data, so it is
// served without a token; it reads the documented JSON endpoints, which stay
// behind `protect_metrics` like /api/v1/alarms (the page asks for the token
// and sends it as a bearer token).
//
// Every answer carries `Content-Security-Policy: default-src 'self';
// script-src 'self'`: the page has no inline script and loads nothing from
// elsewhere.
#ifndef TAILWATCH_DAEMON_HTTP_STATUS_PAGE_H_
#define TAILWATCH_DAEMON_HTTP_STATUS_PAGE_H_

#include "daemon/http/http_server.h"

namespace tailwatch::http {

inline constexpr const char* kStatusPageCsp = "default-src 'self'; script-src 'self'";

// Routes GET / and GET /<file> for every embedded file.
void RegisterStatusPageRoutes(HttpServer& server);

}  // namespace tailwatch::http

#endif  // TAILWATCH_DAEMON_HTTP_STATUS_PAGE_H_
