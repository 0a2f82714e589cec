// HttpServer: the only translation unit that includes Beast/Asio for serving,
// so the rest of the daemon compiles without them (pimpl).
//
// Shape (after beast example/advanced/server/advanced_server.cpp):
//   Impl      owns the acceptor (on its own strand), the routes (immutable after
//             Start) and a registry of live sessions (weak pointers) for Stop().
//   Session   one per connection, templated on the stream (plain TCP or TLS),
//             touched only on its strand. A request is read in two steps so
//             two deadlines can apply: waiting for the first byte uses the idle
//             timeout, the rest of the request (headers and body) the read
//             timeout, which is what cuts off slowloris clients.
//   ResponseSlot  the state behind one Responder: answers at most once, posts
//             the answer to the session's strand, and answers 500 if the
//             handler lets it go without answering. It holds the session
//             weakly, behind the server's Gate, so a Responder kept anywhere
//             (another thread, after Stop(), after the io_context is gone)
//             never owns an object tied to the io_context.
// Ownership: a session is owned only by the operations it has pending in the
// io_context (while a handler holds its request, by an "await" timer that
// never expires by itself). So every session is destroyed either on an io
// thread or inside ~io_context, never on a caller's thread after it.
// Nothing here throws into the io_context: every completion handler takes an
// error_code, handler calls and accepts are wrapped in try/catch.
#include "daemon/http/http_server.h"

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <cctype>
#include <chrono>
#include <exception>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <unordered_map>
#include <utility>

#include "config/listen_address.h"
#include "daemon/common/log.h"
#include "daemon/export/metrics_registry.h"

namespace tailwatch::http {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;

constexpr std::string_view kOtherEndpoint = "other";
constexpr std::string_view k100Continue = "HTTP/1.1 100 Continue\r\n\r\n";
// Answer to a connection over max_connections, written without waiting.
constexpr std::string_view kBusyResponse =
    "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
    "Content-Length: 33\r\nConnection: close\r\n\r\n{\"error\":\"too many connections\"}\n";
// How long a connection we are closing may keep sending before we drop it;
// reading that tail lets the client see our error answer instead of a reset.
constexpr std::chrono::milliseconds kLingerTime{1000};

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string PercentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out.push_back(' ');
    } else if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
               HexValue(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::string FormatEndpoint(const tcp::endpoint& ep) {
  const auto address = ep.address();
  std::string host = address.to_string();
  if (address.is_v6()) host = "[" + host + "]";
  return host + ":" + std::to_string(ep.port());
}

bool HasLineBreak(std::string_view text) {
  return text.find_first_of("\r\n") != std::string_view::npos;
}

struct RouteEntry {
  std::string method;
  std::string path;
  Handler handler;
};

int64_t SteadyNowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

class SessionBase {
 public:
  virtual ~SessionBase() = default;
  // Closes the connection; thread-safe (posts to the session's strand).
  virtual void CloseAsync() = 0;
  // Posts `response` as the answer to the request a handler holds; any thread.
  virtual void PostResponse(HttpResponse response, bool dropped) = 0;

  // When the connection began waiting for its next request (steady ns), or 0
  // while a request is being read or answered: what eviction at the
  // connection cap looks at.
  std::atomic<int64_t> idle_since_ns{0};
};

// Closed (synchronously) by HttpServer::Stop(); a ResponseSlot reaches its
// session only through an open gate. Stop() must happen before the
// io_context goes, so a session reached through the gate is on a live
// io_context, and the strong reference taken for the post is released there.
struct Gate {
  std::shared_mutex mu;
  bool open = true;  // GUARDED_BY(mu)
};

class ResponseSlot {
 public:
  ResponseSlot(std::shared_ptr<Gate> gate, std::weak_ptr<SessionBase> session)
      : gate_(std::move(gate)), session_(std::move(session)) {}
  ResponseSlot(const ResponseSlot&) = delete;
  ResponseSlot& operator=(const ResponseSlot&) = delete;

  // A Responder let go unanswered: answer 500 for it rather than leave the
  // client waiting.
  ~ResponseSlot() {
    if (!answered_.exchange(true)) Deliver(JsonError(500, "handler did not answer"), true);
  }

  void Answer(HttpResponse response) {
    if (answered_.exchange(true)) return;
    Deliver(std::move(response), false);
  }

 private:
  void Deliver(HttpResponse response, bool dropped) noexcept {
    try {
      std::shared_lock<std::shared_mutex> lock(gate_->mu);
      if (!gate_->open) return;
      if (auto session = session_.lock()) session->PostResponse(std::move(response), dropped);
    } catch (...) {
      // Out of memory while posting: the session's await timer still ends
      // with the connection; nothing to unwind here.
    }
  }

  std::shared_ptr<Gate> gate_;
  std::weak_ptr<SessionBase> session_;
  std::atomic<bool> answered_{false};
};

}  // namespace

std::string HttpRequest::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (IEquals(key, name)) return value;
  }
  return "";
}

std::string HttpRequest::QueryParam(std::string_view name) const {
  std::string_view rest = query;
  while (!rest.empty()) {
    const size_t amp = rest.find('&');
    std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    const size_t eq = pair.find('=');
    if (PercentDecode(pair.substr(0, eq)) != name) continue;
    return eq == std::string_view::npos ? std::string() : PercentDecode(pair.substr(eq + 1));
  }
  return "";
}

HttpResponse JsonError(int status, std::string_view message) {
  std::string body = "{\"error\":\"";
  for (char c : message) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      body.push_back('\\');
      body.push_back(c);
    } else if (u < 0x20) {
      static constexpr char kHex[] = "0123456789abcdef";
      body += "\\u00";
      body.push_back(kHex[u >> 4]);
      body.push_back(kHex[u & 0xF]);
    } else {
      body.push_back(c);
    }
  }
  body += "\"}\n";
  HttpResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
  Impl(net::io_context& context, HttpServerOptions opts)
      : ioc(context),
        options(std::move(opts)),
        passed_listener(options.passed_listener),
        acceptor(net::make_strand(context)),
        retry_timer(acceptor.get_executor()) {}
  ~Impl() {
    if (passed_listener >= 0) ::close(passed_listener);  // never started
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  void DoAccept();
  void Accepted(beast::error_code ec, tcp::socket socket);
  void OnAccept(beast::error_code ec, tcp::socket socket);
  void Reject(tcp::socket& socket);
  void StopOnStrand();
  // At the connection cap: closes the connection idle for longest, if any.
  bool EvictOldestIdle();

  const RouteEntry* FindRoute(std::string_view method, std::string_view path,
                              std::string* allow) const {
    for (const auto& route : routes) {
      if (route.path != path) continue;
      if (route.method == method) return &route;
      if (allow != nullptr) {
        if (!allow->empty()) *allow += ", ";
        *allow += route.method;
      }
    }
    return nullptr;
  }
  bool KnownPath(std::string_view path) const {
    return std::any_of(routes.begin(), routes.end(),
                       [&](const RouteEntry& r) { return r.path == path; });
  }

  uint64_t Register(std::weak_ptr<SessionBase> session) {
    std::lock_guard<std::mutex> lock(mu);
    const uint64_t id = next_id++;
    sessions.emplace(id, std::move(session));
    return id;
  }
  void Unregister(uint64_t id) {
    std::lock_guard<std::mutex> lock(mu);
    sessions.erase(id);
  }

  net::io_context& ioc;
  const HttpServerOptions options;
  int passed_listener;             // options.passed_listener until Start() adopts or closes it
  std::vector<RouteEntry> routes;  // written before Start() only
  std::optional<net::ssl::context> ssl;
  tcp::acceptor acceptor;  // used on its strand only, after Start()
  net::steady_timer retry_timer;
  std::atomic<bool> started{false};
  std::atomic<bool> stopped{false};
  std::atomic<uint16_t> port{0};
  std::atomic<size_t> open{0};
  std::shared_ptr<Gate> gate = std::make_shared<Gate>();

  std::mutex mu;
  uint64_t next_id = 1;                                               // GUARDED_BY(mu)
  std::unordered_map<uint64_t, std::weak_ptr<SessionBase>> sessions;  // GUARDED_BY(mu)
};

namespace {

using Impl = HttpServer::Impl;

template <class Stream>
class Session : public SessionBase, public std::enable_shared_from_this<Session<Stream>> {
 public:
  static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

  Session(tcp::socket socket, std::shared_ptr<Impl> impl)
      : impl_(std::move(impl)),
        stream_(MakeStream(std::move(socket))),
        buffer_(impl_->options.max_header_bytes + 64 * 1024) {
    impl_->open.fetch_add(1);
    if (impl_->options.metrics != nullptr) impl_->options.metrics->open_connections->Increment();
    beast::error_code ec;
    const auto remote = beast::get_lowest_layer(stream_).socket().remote_endpoint(ec);
    if (!ec) remote_ = FormatEndpoint(remote);
  }

  // No metrics here: a session can be destroyed with the io_context, after
  // the registry is gone. Close() settles the gauges.
  ~Session() override {
    impl_->Unregister(id_);
    impl_->open.fetch_sub(1);
  }

  void Start() {
    id_ = impl_->Register(this->weak_from_this());
    net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
      if (self->impl_->stopped.load()) return self->Close();
      if constexpr (kTls) {
        self->Lowest().expires_after(self->ReadTimeout());
        self->stream_.async_handshake(net::ssl::stream_base::server, [self](beast::error_code ec) {
          if (ec) return self->Close();
          self->ReadRequest();
        });
      } else {
        self->ReadRequest();
      }
    });
  }

  void CloseAsync() override {
    net::post(stream_.get_executor(), [self = this->shared_from_this()] { self->Close(); });
  }

  // Called by a ResponseSlot on any thread, behind the open gate.
  void PostResponse(HttpResponse response, bool dropped) override {
    net::post(stream_.get_executor(),
              [self = this->shared_from_this(), dropped, response = std::move(response)]() mutable {
                if (!self->awaiting_) return;
                if (dropped && self->metrics() != nullptr)
                  self->metrics()->RecordError("handler_dropped");
                self->WriteResponse(std::move(response), false);
              });
  }

  const exporter::HttpMetrics* metrics() const { return impl_->options.metrics; }

 private:
  std::chrono::milliseconds ReadTimeout() const {
    return std::chrono::milliseconds(impl_->options.read_timeout_ms);
  }
  std::chrono::milliseconds IdleTimeout() const {
    return std::chrono::milliseconds(impl_->options.idle_timeout_ms);
  }

  Stream MakeStream(tcp::socket socket) {
    if constexpr (kTls) {
      return Stream(std::move(socket), *impl_->ssl);
    } else {
      return Stream(std::move(socket));
    }
  }

  beast::tcp_stream& Lowest() { return beast::get_lowest_layer(stream_); }

  void ReadRequest() {
    if (closed_) return;
    parser_.emplace();
    parser_->header_limit(
        static_cast<std::uint32_t>(std::min<size_t>(impl_->options.max_header_bytes, UINT32_MAX)));
    parser_->body_limit(static_cast<std::uint64_t>(impl_->options.max_body_bytes));
    request_started_ = false;
    endpoint_ = std::string(kOtherEndpoint);
    if (buffer_.size() > 0) return ReadRest();  // a pipelined request is already here
    // Waiting for the next request: the idle timeout applies until its first byte.
    idle_since_ns.store(SteadyNowNs());
    Lowest().expires_after(IdleTimeout());
    stream_.async_read_some(buffer_.prepare(4096),
                            [self = this->shared_from_this()](beast::error_code ec, std::size_t n) {
                              if (ec) return self->Close();  // idle timeout, peer closed, or Stop()
                              self->buffer_.commit(n);
                              self->ReadRest();
                            });
  }

  void ReadRest() {
    idle_since_ns.store(0);
    request_started_ = true;
    // One deadline for headers and body together, so a client trickling bytes
    // cannot extend it. Our own timer rather than the stream's expiry: on
    // expiry the stream closes the socket, and we want to answer 408 first.
    Lowest().expires_never();
    reading_ = true;
    timed_out_ = false;
    const uint64_t seq = ++request_seq_;
    deadline_.expires_after(ReadTimeout());
    deadline_.async_wait([self = this->shared_from_this(), seq](beast::error_code ec) {
      // A stale expiry (the read finished meanwhile) must not cancel the
      // next operation.
      if (ec || !self->reading_ || seq != self->request_seq_ || self->closed_) return;
      self->timed_out_ = true;
      self->Lowest().cancel();
    });
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                               self->OnHeader(ec);
                             });
  }

  void OnHeader(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    const auto& header = parser_->get();
    const std::string_view target = header.target();
    const std::string_view path = target.substr(0, target.find('?'));
    if (impl_->KnownPath(path)) endpoint_ = std::string(path);
    if (parser_->is_done()) return OnRequest();
    auto read_body = [self = this->shared_from_this()] {
      bhttp::async_read(self->stream_, self->buffer_, *self->parser_,
                        [self](beast::error_code ec2, std::size_t) {
                          if (ec2) return self->OnReadError(ec2);
                          self->OnRequest();
                        });
    };
    if (IEquals(header[bhttp::field::expect], "100-continue")) {
      net::async_write(
          stream_, net::buffer(k100Continue.data(), k100Continue.size()),
          [self = this->shared_from_this(), read_body](beast::error_code ec2, std::size_t) {
            if (ec2) return self->Close();
            read_body();
          });
      return;
    }
    read_body();
  }

  void EndRead() {
    reading_ = false;
    deadline_.cancel();
  }

  void OnReadError(beast::error_code ec) {
    EndRead();
    if (closed_) return Close();
    if (timed_out_) {
      timed_out_ = false;
      return SendError(408, "request not complete in time", "timeout");
    }
    if (ec == net::error::operation_aborted) return Close();
    if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message ||
        ec == net::error::eof || ec == net::error::connection_reset) {
      return Close();
    }
    if (ec == bhttp::error::header_limit || ec == bhttp::error::buffer_overflow) {
      return SendError(431, "request header too large", "header_too_large");
    }
    if (ec == bhttp::error::body_limit) {
      return SendError(413, "request body too large", "body_too_large");
    }
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category()) {
      return SendError(400, "malformed request", "bad_request");
    }
    Close();
  }

  void SendError(int status, std::string_view message, std::string_view reason) {
    if (metrics() != nullptr) metrics()->RecordError(reason);
    WriteResponse(JsonError(status, message), true);
  }

  void OnRequest();

  void WriteResponse(HttpResponse response, bool force_close) {
    if (awaiting_) {
      awaiting_ = false;
      await_.cancel();
      if (metrics() != nullptr) metrics()->in_flight->Decrement();
    }
    if (closed_) return;
    const int status = (response.status >= 100 && response.status <= 599) ? response.status : 500;
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>(
        static_cast<bhttp::status>(status), version_);
    res->set(bhttp::field::server, "tailwatch");
    if (!response.content_type.empty() && !HasLineBreak(response.content_type)) {
      res->set(bhttp::field::content_type, response.content_type);
    }
    for (const auto& [name, value] : response.headers) {
      // Never let a handler split the response; Beast does not check.
      if (name.empty() || HasLineBreak(name) || HasLineBreak(value)) continue;
      res->set(name, value);
    }
    deadline_.cancel();
    close_after_write_ = force_close || !keep_alive_ || impl_->stopped.load();
    res->keep_alive(!close_after_write_);
    const uint64_t body_bytes = response.body.size();
    res->body() = std::move(response.body);
    res->prepare_payload();
    if (metrics() != nullptr) {
      metrics()->RecordRequest(endpoint_, status, request_body_bytes_, body_bytes);
    }
    request_body_bytes_ = 0;
    // Writes get the idle timeout: a big /metrics to a slow scraper is fine,
    // a reader that stopped reading is not.
    Lowest().expires_after(IdleTimeout());
    bhttp::async_write(stream_, *res,
                       [self = this->shared_from_this(), res](beast::error_code ec, std::size_t) {
                         if (ec) return self->Close();
                         if (self->close_after_write_) return self->Linger();
                         self->ReadRequest();
                       });
  }

  // Half-close, then read and discard what the client still sends for a
  // moment, so it reads our answer before the connection goes away.
  void Linger() {
    if (closed_) return;
    if constexpr (kTls) {
      Lowest().expires_after(kLingerTime);
      stream_.async_shutdown(
          [self = this->shared_from_this()](beast::error_code) { self->Close(); });
    } else {
      beast::error_code ec;
      Lowest().socket().shutdown(tcp::socket::shutdown_send, ec);
      if (ec) return Close();
      Lowest().expires_after(std::min(kLingerTime, ReadTimeout()));
      Drain();
    }
  }

  void Drain() {
    stream_.async_read_some(net::buffer(scratch_),
                            [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec) return self->Close();
                              self->Drain();
                            });
  }

  void Close() {
    if (closed_) return;
    closed_ = true;
    idle_since_ns.store(0);
    deadline_.cancel();
    await_.cancel();
    if (metrics() != nullptr) {
      metrics()->open_connections->Decrement();
      if (awaiting_) metrics()->in_flight->Decrement();
    }
    awaiting_ = false;
    beast::error_code ec;
    Lowest().socket().shutdown(tcp::socket::shutdown_both, ec);
    Lowest().close();
  }

  std::shared_ptr<Impl> impl_;
  Stream stream_;
  beast::flat_buffer buffer_;
  net::steady_timer deadline_{stream_.get_executor()};  // request read deadline
  // Never expires by itself: its pending wait owns the session while a
  // handler holds the request (the Responder holds the session only weakly).
  net::steady_timer await_{stream_.get_executor()};
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::array<char, 4096> scratch_{};
  std::string remote_;
  std::string endpoint_{kOtherEndpoint};
  uint64_t id_ = 0;
  uint64_t request_body_bytes_ = 0;
  unsigned version_ = 11;
  bool keep_alive_ = true;
  bool request_started_ = false;
  bool reading_ = false;    // a request (after its first byte) is being read
  bool timed_out_ = false;  // deadline_ cancelled that read
  uint64_t request_seq_ = 0;
  bool awaiting_ = false;  // a handler holds this request's Responder
  bool close_after_write_ = false;
  bool closed_ = false;
};

template <class Stream>
void Session<Stream>::OnRequest() {
  EndRead();
  auto message = parser_->release();
  parser_.reset();
  keep_alive_ = message.keep_alive();
  version_ = message.version();

  HttpRequest request;
  request.method = std::string(message.method_string());
  const std::string_view target = message.target();
  const size_t question = target.find('?');
  request.path = std::string(target.substr(0, question));
  if (question != std::string_view::npos) request.query = std::string(target.substr(question + 1));
  for (const auto& field : message) {
    request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  }
  request.body = std::move(message.body());
  request.remote = remote_;
  request_body_bytes_ = request.body.size();

  std::string allow;
  const RouteEntry* route = impl_->FindRoute(request.method, request.path, &allow);
  if (route == nullptr) {
    if (allow.empty()) return WriteResponse(JsonError(404, "not found"), false);
    HttpResponse response = JsonError(405, "method not allowed");
    response.headers.emplace_back("Allow", allow);
    return WriteResponse(std::move(response), false);
  }

  // The handler may take its time; only the write deadline applies again.
  Lowest().expires_never();
  awaiting_ = true;
  if (metrics() != nullptr) metrics()->in_flight->Increment();
  await_.expires_at(net::steady_timer::time_point::max());
  await_.async_wait([self = this->shared_from_this()](beast::error_code) {});
  auto slot = std::make_shared<ResponseSlot>(impl_->gate, this->weak_from_this());
  Responder responder = [slot](HttpResponse response) { slot->Answer(std::move(response)); };
  const char* what = nullptr;
  try {
    route->handler(std::move(request), std::move(responder));
    return;
  } catch (const std::exception& e) {
    what = e.what();
    TW_LOG_ERROR("http: handler for %s %s threw: %s", route->method.c_str(), route->path.c_str(),
                 what);
  } catch (...) {
    TW_LOG_ERROR("http: handler for %s %s threw", route->method.c_str(), route->path.c_str());
  }
  if (metrics() != nullptr) metrics()->RecordError("handler_exception");
  // Answered here, on the strand; a Responder the handler kept is ignored.
  slot->Answer(JsonError(500, "internal error"));
}

}  // namespace

void Impl::DoAccept() {
  acceptor.async_accept(net::make_strand(ioc),
                        [self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
                          self->OnAccept(ec, std::move(socket));
                        });
}

void Impl::OnAccept(beast::error_code ec, tcp::socket socket) {
  if (stopped.load() || ec == net::error::operation_aborted) return;
  try {
    Accepted(ec, std::move(socket));
  } catch (const std::exception& e) {
    // Out of memory or a socket error thrown by a library call: drop this
    // connection, keep accepting.
    TW_LOG_WARNING("http: accepting a connection failed: %s", e.what());
    if (!stopped.load()) DoAccept();
  }
}

void Impl::Accepted(beast::error_code ec, tcp::socket socket) {
  if (ec) {
    // EMFILE and friends: back off instead of spinning on the acceptor.
    TW_LOG_WARNING("http: accept failed: %s", ec.message().c_str());
    retry_timer.expires_after(std::chrono::milliseconds(100));
    retry_timer.async_wait([self = shared_from_this()](beast::error_code timer_ec) {
      if (timer_ec || self->stopped.load()) return;
      self->DoAccept();
    });
    return;
  }
  if (open.load() >= options.max_connections && !EvictOldestIdle()) {
    Reject(socket);
  } else if (ssl) {
    std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(std::move(socket),
                                                                    shared_from_this())
        ->Start();
  } else {
    std::make_shared<Session<beast::tcp_stream>>(std::move(socket), shared_from_this())->Start();
  }
  DoAccept();
}

bool Impl::EvictOldestIdle() {
  std::shared_ptr<SessionBase> oldest;
  int64_t oldest_ns = 0;
  {
    std::lock_guard<std::mutex> lock(mu);
    for (auto& [id, weak] : sessions) {
      auto session = weak.lock();
      if (!session) continue;
      const int64_t since = session->idle_since_ns.load();
      if (since != 0 && (oldest == nullptr || since < oldest_ns)) {
        oldest = std::move(session);
        oldest_ns = since;
      }
    }
  }
  if (oldest == nullptr) return false;
  // Not waited for: the newcomer is served at once, and the count comes back
  // under the cap when the evicted session closes on its strand.
  oldest->idle_since_ns.store(0);
  oldest->CloseAsync();
  if (options.metrics != nullptr) options.metrics->RecordError("idle_evicted");
  return true;
}

void Impl::Reject(tcp::socket& socket) {
  if (options.metrics != nullptr) options.metrics->rejected_connections->Increment();
  beast::error_code ec;
  socket.non_blocking(true, ec);
  // Whatever the client already sent is read first, so closing does not turn
  // into a reset that hides the answer. Never blocks: the socket is non-blocking
  // and a fresh socket's send buffer holds the short answer.
  std::array<char, 4096> scratch;
  socket.read_some(net::buffer(scratch), ec);
  if (!ssl) socket.write_some(net::buffer(kBusyResponse.data(), kBusyResponse.size()), ec);
  socket.shutdown(tcp::socket::shutdown_both, ec);
  socket.close(ec);
}

void Impl::StopOnStrand() {
  beast::error_code ec;
  acceptor.close(ec);
  retry_timer.cancel();
}

HttpServer::HttpServer(boost::asio::io_context& ioc, HttpServerOptions options)
    : impl_(std::make_shared<Impl>(ioc, std::move(options))) {}

HttpServer::~HttpServer() { Stop(); }

void HttpServer::Route(std::string method, std::string path, Handler handler) {
  if (impl_->started.load()) return;
  impl_->routes.push_back({std::move(method), std::move(path), std::move(handler)});
}

namespace {

// Serves on the socket passed at start when it is bound to `endpoint`;
// otherwise closes it (false: bind as usual).
bool AdoptPassedListener(HttpServer::Impl& impl, const tcp::endpoint& endpoint) {
  const int fd = std::exchange(impl.passed_listener, -1);
  if (fd < 0) return false;
  tcp::endpoint bound;
  socklen_t size = static_cast<socklen_t>(bound.capacity());
  bool same = ::getsockname(fd, bound.data(), &size) == 0;
  if (same) {
    bound.resize(size);
    same = endpoint.port() != 0 && bound == endpoint;
  }
  beast::error_code ec;
  if (same) impl.acceptor.assign(endpoint.protocol(), fd, ec);
  if (same && !ec) return true;
  TW_LOG_WARNING("http: the socket passed at start (%s) is not %s; closed, binding anew",
                 same ? ec.message().c_str() : "another address", impl.options.listen.c_str());
  ::close(fd);
  return false;
}

}  // namespace

Status HttpServer::Start() {
  Impl& impl = *impl_;
  const std::string& listen = impl.options.listen;
  if (impl.started.exchange(true)) return MakeError("listen " + listen + ": already started");
  auto fail = [&](const std::string& why) {
    impl.started.store(false);
    return MakeError("listen " + listen + ": " + why);
  };
  // The one listen-address parser (config/listen_address.h), also for --listen.
  auto parts = config::ParseListenAddress(listen);
  if (!parts) return fail(parts.error().message);

  if (!impl.options.tls_cert_file.empty() || !impl.options.tls_key_file.empty()) {
    if (impl.options.tls_cert_file.empty() || impl.options.tls_key_file.empty()) {
      return fail("TLS needs both tls_cert_file and tls_key_file");
    }
    impl.ssl.emplace(net::ssl::context::tls_server);
    beast::error_code ec;
    impl.ssl->set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                              net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                              net::ssl::context::no_tlsv1_1,
                          ec);
    impl.ssl->use_certificate_chain_file(impl.options.tls_cert_file, ec);
    if (ec) return fail("TLS certificate " + impl.options.tls_cert_file + ": " + ec.message());
    impl.ssl->use_private_key_file(impl.options.tls_key_file, net::ssl::context::pem, ec);
    if (ec) return fail("TLS key " + impl.options.tls_key_file + ": " + ec.message());
  }

  // Numeric addresses only (plus "localhost"): a listen address that needs
  // DNS would make start-up depend on the network.
  beast::error_code ec;
  const std::string host = parts->host == "localhost" ? "127.0.0.1" : parts->host;
  const auto address = net::ip::make_address(host, ec);
  if (ec) return fail("not an IP address: '" + parts->host + "'");
  const tcp::endpoint endpoint(address, parts->port);
  if (AdoptPassedListener(impl, endpoint)) {
    ec = {};
  } else {
    impl.acceptor.open(endpoint.protocol(), ec);
    if (ec) return fail(ec.message());
    impl.acceptor.set_option(net::socket_base::reuse_address(true), ec);
    impl.acceptor.bind(endpoint, ec);
    if (!ec) impl.acceptor.listen(net::socket_base::max_listen_connections, ec);
  }
  if (ec) {
    beast::error_code ignored;
    impl.acceptor.close(ignored);
    return fail(ec.message());
  }
  const auto local = impl.acceptor.local_endpoint(ec);
  impl.port.store(ec ? 0 : local.port());
  net::post(impl.acceptor.get_executor(), [self = impl_] {
    if (!self->stopped.load()) self->DoAccept();
  });
  return OkStatus();
}

uint16_t HttpServer::port() const { return impl_->port.load(); }

size_t HttpServer::open_connections() const { return impl_->open.load(); }

void HttpServer::Stop() {
  if (impl_->stopped.exchange(true)) return;
  {
    // From here on no Responder reaches a session; waits for one that is
    // posting now.
    std::unique_lock<std::shared_mutex> lock(impl_->gate->mu);
    impl_->gate->open = false;
  }
  if (impl_->started.load()) {
    net::post(impl_->acceptor.get_executor(), [self = impl_] { self->StopOnStrand(); });
  }
  std::vector<std::shared_ptr<SessionBase>> live;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    for (auto& [id, weak] : impl_->sessions) {
      if (auto session = weak.lock()) live.push_back(std::move(session));
    }
  }
  // Outside the lock: CloseAsync posts, and dropping `live` may destroy a
  // session, whose destructor takes the lock to unregister.
  for (auto& session : live) session->CloseAsync();
}

}  // namespace tailwatch::http
