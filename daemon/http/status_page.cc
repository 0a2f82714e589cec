#include "daemon/http/status_page.h"

#include <string>
#include <string_view>

#include "daemon/http/status_page_files.h"

namespace tailwatch::http {
namespace {

std::string ContentType(std::string_view path) {
  if (path.ends_with(".html")) return "text/html; charset=utf-8";
  if (path.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (path.ends_with(".css")) return "text/css; charset=utf-8";
  if (path.ends_with(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

Handler ServeFile(std::string_view path, std::string_view text) {
  return [type = ContentType(path), text](HttpRequest&&, Responder respond) {
    HttpResponse response;
    response.content_type = type;
    response.body = std::string(text);
    response.headers.emplace_back("Content-Security-Policy", kStatusPageCsp);
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("Cache-Control", "no-cache");
    respond(std::move(response));
  };
}

}  // namespace

void RegisterStatusPageRoutes(HttpServer& server) {
  for (const status_page::EmbeddedFile& file : status_page::EmbeddedFiles()) {
    server.Route("GET", "/" + std::string(file.path), ServeFile(file.path, file.text));
    if (file.path == "index.html") server.Route("GET", "/", ServeFile(file.path, file.text));
  }
}

}  // namespace tailwatch::http
