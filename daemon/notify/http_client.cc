#include "daemon/notify/http_client.h"

#include <openssl/ssl.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <optional>

namespace tailwatch::notify {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;
using boost::system::error_code;

bool IsIpAddress(const std::string& host) {
  error_code ec;
  asio::ip::make_address(host, ec);
  return !ec;
}

// An error of transport `code`, its message led by the code's name.
Error KindError(ErrorCode code, const std::string& message) {
  std::string_view name = "protocol";
  switch (code) {
    case ErrorCode::kConnect:
      name = "connect";
      break;
    case ErrorCode::kTls:
      name = "tls";
      break;
    case ErrorCode::kTimeout:
      name = "timeout";
      break;
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kProtocol:
      break;
  }
  return Error{std::string(name) + ": " + message, 0, 0, code, {}};
}

// Errors that mean "the kept-alive connection was closed under us".
bool IsStaleConnection(const error_code& ec) {
  return ec == bhttp::error::end_of_stream || ec == asio::error::eof ||
         ec == asio::error::connection_reset || ec == asio::error::broken_pipe ||
         ec == asio::error::connection_aborted || ec == ssl::error::stream_truncated;
}

}  // namespace

std::string Url::HostHeader() const {
  std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  if ((https && port == "443") || (!https && port == "80")) return h;
  return h + ":" + port;
}

Result<Url> ParseUrl(std::string_view text) {
  Url url;
  std::string_view rest;
  if (text.rfind("https://", 0) == 0) {
    url.https = true;
    rest = text.substr(8);
  } else if (text.rfind("http://", 0) == 0) {
    rest = text.substr(7);
  } else {
    return MakeError("url '" + std::string(text) + "': must start with http:// or https://");
  }
  const size_t slash = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, slash);
  url.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
  if (url.target.front() == '?') url.target = "/" + url.target;
  if (authority.find('@') != std::string_view::npos) {
    return MakeError("url '" + std::string(text) + "': user info is not supported");
  }
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    const size_t close = authority.find(']');
    if (close == std::string_view::npos)
      return MakeError("url '" + std::string(text) + "': bad IPv6 host");
    url.host = std::string(authority.substr(1, close - 1));
    if (close + 1 < authority.size() && authority[close + 1] == ':')
      port = authority.substr(close + 2);
  } else {
    const size_t colon = authority.rfind(':');
    url.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
  }
  if (url.host.empty()) return MakeError("url '" + std::string(text) + "': no host");
  if (port.empty()) {
    url.port = url.https ? "443" : "80";
  } else {
    for (char c : port) {
      if (c < '0' || c > '9') return MakeError("url '" + std::string(text) + "': bad port");
    }
    url.port = std::string(port);
  }
  return url;
}

struct HttpClient::Impl {
  HttpClientOptions options;
  asio::io_context ioc;
  std::optional<ssl::context> ssl_ctx;
  std::string ssl_ctx_error;

  std::string connection_key;  // "https://host:port" of the open connection
  std::unique_ptr<beast::tcp_stream> plain;
  std::unique_ptr<beast::ssl_stream<beast::tcp_stream>> tls;
  beast::flat_buffer buffer;
  int opened = 0;

  std::chrono::milliseconds timeout() const {
    return std::chrono::milliseconds(options.timeout_ms > 0 ? options.timeout_ms : 5000);
  }

  // Runs one asynchronous operation to completion on the private io_context:
  // the tcp_stream's expiry bounds it (beast::error::timeout).
  template <class Start>
  error_code Run(Start&& start) {
    error_code result = asio::error::would_block;
    start([&result](error_code ec, auto&&...) { result = ec; });
    ioc.restart();
    ioc.run();
    return result;
  }

  void Close() {
    error_code ignored;
    if (tls) beast::get_lowest_layer(*tls).socket().close(ignored);
    if (plain) plain->socket().close(ignored);
    tls.reset();
    plain.reset();
    connection_key.clear();
    buffer.clear();
  }

  Status EnsureSslContext() {
    if (ssl_ctx)
      return ssl_ctx_error.empty() ? OkStatus()
                                   : tl::unexpected(KindError(ErrorCode::kTls, ssl_ctx_error));
    ssl_ctx.emplace(ssl::context::tls_client);
    error_code ec;
    ssl_ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                             ssl::context::no_sslv3 | ssl::context::no_tlsv1 |
                             ssl::context::no_tlsv1_1,
                         ec);
    ssl_ctx->set_default_verify_paths(ec);
    if (ec) ssl_ctx_error = "system CA store: " + ec.message();
    if (!options.ca_file.empty()) {
      ssl_ctx->load_verify_file(options.ca_file, ec);
      if (ec) ssl_ctx_error = "ca_file " + options.ca_file + ": " + ec.message();
    }
    ssl_ctx->set_verify_mode(ssl::verify_peer, ec);
    return ssl_ctx_error.empty() ? OkStatus()
                                 : tl::unexpected(KindError(ErrorCode::kTls, ssl_ctx_error));
  }

  Status Connect(const Url& url) {
    Close();
    tcp::resolver resolver(ioc);
    error_code ec;
    auto endpoints = resolver.resolve(url.host, url.port, ec);
    if (ec)
      return tl::unexpected(
          KindError(ErrorCode::kConnect, "resolve " + url.host + ": " + ec.message()));
    auto stream = std::make_unique<beast::tcp_stream>(ioc);
    stream->expires_after(timeout());
    ec = Run([&](auto handler) { stream->async_connect(endpoints, std::move(handler)); });
    if (ec == beast::error::timeout) {
      return tl::unexpected(KindError(ErrorCode::kTimeout, "connect " + url.host + ":" + url.port));
    }
    if (ec) {
      return tl::unexpected(
          KindError(ErrorCode::kConnect, url.host + ":" + url.port + ": " + ec.message()));
    }
    ++opened;
    if (!url.https) {
      plain = std::move(stream);
    } else {
      if (Status s = EnsureSslContext(); !s) return s;
      tls = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(std::move(*stream), *ssl_ctx);
      if (!IsIpAddress(url.host)) SSL_set_tlsext_host_name(tls->native_handle(), url.host.c_str());
      tls->set_verify_callback(ssl::host_name_verification(url.host));
      beast::get_lowest_layer(*tls).expires_after(timeout());
      ec = Run([&](auto handler) {
        tls->async_handshake(ssl::stream_base::client, std::move(handler));
      });
      if (ec) {
        const bool timed_out = ec == beast::error::timeout;
        Close();
        if (timed_out)
          return tl::unexpected(KindError(ErrorCode::kTimeout, "TLS handshake with " + url.host));
        std::string detail = ec.message();
        return tl::unexpected(
            KindError(ErrorCode::kTls, "handshake with " + url.host + ": " + detail));
      }
    }
    connection_key = (url.https ? "https://" : "http://") + url.host + ":" + url.port;
    return OkStatus();
  }

  template <class Stream>
  error_code Exchange(Stream& stream, bhttp::request<bhttp::string_body>& request,
                      bhttp::response_parser<bhttp::string_body>& parser, bool& wrote) {
    beast::get_lowest_layer(stream).expires_after(timeout());
    error_code ec =
        Run([&](auto handler) { bhttp::async_write(stream, request, std::move(handler)); });
    if (ec) return ec;
    wrote = true;
    beast::get_lowest_layer(stream).expires_after(timeout());
    return Run(
        [&](auto handler) { bhttp::async_read(stream, buffer, parser, std::move(handler)); });
  }

  Result<HttpReply> SendOnce(const Url& url, const OutgoingRequest& out, bool& stale) {
    stale = false;
    const std::string key = (url.https ? "https://" : "http://") + url.host + ":" + url.port;
    const bool reused = key == connection_key && (plain || tls);
    if (!reused) {
      if (Status s = Connect(url); !s) return tl::unexpected(s.error());
    }
    bhttp::request<bhttp::string_body> request;
    request.method_string(out.method);
    request.target(url.target);
    request.version(11);
    request.set(bhttp::field::host, url.HostHeader());
    request.set(bhttp::field::user_agent, options.user_agent);
    for (const auto& [name, value] : out.headers) request.set(name, value);
    request.body() = out.body;
    request.keep_alive(true);
    request.prepare_payload();

    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(options.max_reply_bytes);
    bool wrote = false;
    error_code ec =
        tls ? Exchange(*tls, request, parser, wrote) : Exchange(*plain, request, parser, wrote);
    if (ec) {
      Close();
      if (reused && IsStaleConnection(ec)) {
        stale = true;
        return tl::unexpected(KindError(ErrorCode::kConnect, "stale connection"));
      }
      if (ec == beast::error::timeout) {
        return tl::unexpected(
            KindError(ErrorCode::kTimeout, (wrote ? "reading from " : "writing to ") + key));
      }
      if (ec.category() == asio::error::get_ssl_category()) {
        return tl::unexpected(KindError(ErrorCode::kTls, key + ": " + ec.message()));
      }
      return tl::unexpected(
          KindError(wrote ? ErrorCode::kProtocol : ErrorCode::kConnect, key + ": " + ec.message()));
    }
    HttpReply reply;
    reply.status = static_cast<int>(parser.get().result_int());
    reply.body = std::move(parser.get().body());
    if (auto etag = parser.get().find(bhttp::field::etag); etag != parser.get().end()) {
      reply.etag = std::string(etag->value());
    }
    if (!parser.get().keep_alive()) Close();
    return reply;
  }
};

HttpClient::HttpClient(HttpClientOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
}

HttpClient::~HttpClient() { impl_->Close(); }

Result<HttpReply> HttpClient::Send(const Url& url, const OutgoingRequest& request) {
  bool stale = false;
  auto reply = impl_->SendOnce(url, request, stale);
  if (!reply && stale) reply = impl_->SendOnce(url, request, stale);
  return reply;
}

void HttpClient::Close() { impl_->Close(); }

void HttpClient::SetOptions(HttpClientOptions options) {
  impl_->Close();
  impl_->ssl_ctx.reset();
  impl_->ssl_ctx_error.clear();
  impl_->options = std::move(options);
}

int HttpClient::connections_opened() const { return impl_->opened; }

}  // namespace tailwatch::notify
