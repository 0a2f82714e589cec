// The daemon's one HTTP/1.1 listener (stage `http_push`, STYLE.md §1).
//
// One acceptor, one asynchronous Beast session per connection, each session on
// its own strand of the caller's io_context (run it on 1-4 threads). Routing
// is exact on (method, path): an unknown path answers 404, a known path with
// another method 405 (with an Allow header). Limits are enforced before a
// handler sees anything:
//   - request header larger than max_header_bytes -> 431, connection closed;
//   - body larger than max_body_bytes -> 413 as soon as the Content-Length (or
//     the chunked stream) says so, without reading the rest; closed;
//   - max_connections open -> the connection that has waited longest for its
//     next request is closed to make room; with none idle, the new connection
//     gets a 503 and is closed at once (before any authentication, so idle
//     connections cannot starve health checks);
//   - a request (headers and body) not complete within read_timeout_ms after
//     its first byte -> 408, closed (slowloris); a keep-alive connection with
//     no new request within idle_timeout_ms is closed silently.
// Every response has a Content-Length. Keep-alive and pipelined requests are
// answered in order, one at a time per connection.
//
// Handlers run on the session's strand and may answer later from any thread
// by calling the Responder exactly once (later calls are ignored). A handler
// that throws gets a 500 and is counted; a handler that drops its Responder
// without calling it gets a 500 too, so no connection hangs on a lost request.
// No exception ever reaches the io_context.
//
// Lifetime: the io_context must outlive the HttpServer; sessions are owned by
// their pending operations, so they end on an io thread (or inside
// ~io_context), never on a handler's thread. A Responder owns nothing tied to
// the io_context: it may be kept past Stop(), the server and the io_context,
// and calling or dropping it then does nothing. After Stop() and the closing
// of every connection, run() returns by itself (no io_context::stop()
// needed). Route() is for setup, before Start(). Start/Stop/port are
// thread-safe.
#ifndef TAILWATCH_DAEMON_HTTP_HTTP_SERVER_H_
#define TAILWATCH_DAEMON_HTTP_HTTP_SERVER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/common/status.h"

namespace boost::asio {
class io_context;
}  // namespace boost::asio

namespace tailwatch::exporter {
struct HttpMetrics;
}  // namespace tailwatch::exporter

namespace tailwatch::http {

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // target up to '?', not percent-decoded
  std::string query;   // after '?', without it; empty when none
  std::vector<std::pair<std::string, std::string>> headers;  // as received
  std::string body;
  std::string remote;  // "127.0.0.1:53422" / "[::1]:53422"

  // The first header of that name (case-insensitive), or "" when absent.
  std::string Header(std::string_view name) const;
  // The first value of query parameter `name`, percent-decoded ('+' = ' '),
  // or "" when absent.
  std::string QueryParam(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  // Extra headers. Content-Length, Connection and Server are set by the server.
  std::vector<std::pair<std::string, std::string>> headers;
};

// Call exactly once, from any thread; the server copies nothing the caller
// still owns.
using Responder = std::function<void(HttpResponse)>;
using Handler = std::function<void(HttpRequest&&, Responder)>;

// A JSON error answer `{"error":"<message>"}` (message JSON-escaped).
HttpResponse JsonError(int status, std::string_view message);

struct HttpServerOptions {
  std::string listen = "127.0.0.1:9108";  // host:port, [v6]:port; port 0 = any free port
  size_t max_header_bytes = 16 * 1024;
  size_t max_body_bytes = 1024 * 1024;
  size_t max_connections = 512;
  int read_timeout_ms = 10000;  // first byte of a request -> request complete; also writes
  int idle_timeout_ms = 60000;  // between requests on a keep-alive connection
  // Both set: serve HTTPS only (PEM files, read at Start()).
  std::string tls_cert_file;
  std::string tls_key_file;
  // Optional self-metrics (daemon/export/metrics_registry.h); must outlive the
  // server's sessions.
  const exporter::HttpMetrics* metrics = nullptr;
  // A listening socket passed at start (passed_listener.h), or -1. Start()
  // serves on it when it is bound to exactly `listen`'s address and port
  // (never for port 0), and otherwise closes it and binds as usual.
  int passed_listener = -1;
};

class HttpServer {
 public:
  HttpServer(boost::asio::io_context& ioc, HttpServerOptions options);
  ~HttpServer();  // Stop()
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Registers `handler` for exact `method` and `path` (no query). Before
  // Start() only; a later call is ignored.
  void Route(std::string method, std::string path, Handler handler);

  // Resolves and binds `listen`, starts accepting. Errors: bad address, port
  // in use, TLS files unreadable; "listen ADDRESS: reason".
  Status Start();

  // The bound port (useful with port 0); 0 before a successful Start().
  uint16_t port() const;

  // Closes the listener and every open connection. Asynchronous (posted to
  // the strands, so it is safe from any thread, including handlers);
  // idempotent. Responders called or dropped afterwards are ignored: this
  // call waits for one that is delivering an answer right now.
  void Stop();

  // Connections currently open (accepted and not yet closed).
  size_t open_connections() const;

  struct Impl;

 private:
  std::shared_ptr<Impl> impl_;
};

}  // namespace tailwatch::http

#endif  // TAILWATCH_DAEMON_HTTP_HTTP_SERVER_H_
