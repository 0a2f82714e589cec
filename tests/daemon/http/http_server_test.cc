// HttpServer over real sockets on 127.0.0.1, port 0, with an io_context run
// on two threads as the daemon does. Timeouts are shortened so the slow-client
// cases finish in well under a second each.
#include "daemon/http/http_server.h"

#include <gtest/gtest.h>

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "daemon/export/metrics_registry.h"
#include "daemon/http/health.h"
#include "tests/daemon/http/raw_client.h"

namespace tailwatch::http {
namespace {

using std::chrono::milliseconds;
using tailwatch::testing::Get;
using tailwatch::testing::Post;
using tailwatch::testing::RawClient;
using tailwatch::testing::RawResponse;

HttpResponse Text(std::string body, int status = 200) {
  HttpResponse response;
  response.status = status;
  response.content_type = "text/plain";
  response.body = std::move(body);
  return response;
}

class HttpServerTest : public ::testing::Test {
 protected:
  HttpServerTest() : guard_(boost::asio::make_work_guard(ioc_)) {
    for (int i = 0; i < 2; ++i) threads_.emplace_back([this] { ioc_.run(); });
  }

  ~HttpServerTest() override {
    if (server_) server_->Stop();
    guard_.reset();
    ioc_.stop();
    for (auto& thread : threads_) thread.join();
    server_.reset();
  }

  HttpServerOptions DefaultOptions() {
    HttpServerOptions options;
    options.listen = "127.0.0.1:0";
    options.max_header_bytes = 4096;
    options.max_body_bytes = 64 * 1024;
    options.read_timeout_ms = 400;
    options.idle_timeout_ms = 2000;
    options.metrics = &metrics_.http();
    return options;
  }

  // Builds the server with the standard routes and starts it.
  void StartServer(HttpServerOptions options) {
    server_ = std::make_unique<HttpServer>(ioc_, std::move(options));
    server_->Route("GET", "/hello", [](HttpRequest&& req, Responder respond) {
      respond(Text("hello " + req.QueryParam("name")));
    });
    server_->Route("POST", "/echo", [](HttpRequest&& req, Responder respond) {
      HttpResponse response = Text(std::move(req.body));
      response.headers.emplace_back("X-Method", req.method);
      response.headers.emplace_back("X-Header", req.Header("x-test"));
      response.headers.emplace_back("X-Remote-Set", req.remote.empty() ? "no" : "yes");
      respond(std::move(response));
    });
    server_->Route("GET", "/echo", [](HttpRequest&&, Responder respond) { respond(Text("get")); });
    server_->Route("GET", "/throw",
                   [](HttpRequest&&, Responder) { throw std::runtime_error("boom"); });
    server_->Route("GET", "/drop", [](HttpRequest&&, Responder) {});
    server_->Route("GET", "/twice", [](HttpRequest&&, Responder respond) {
      respond(Text("first"));
      respond(Text("second"));
    });
    server_->Route("GET", "/hold", [this](HttpRequest&&, Responder respond) {
      // Keeps the request in the handler until the test answers it.
      std::lock_guard<std::mutex> lock(late_mu_);
      held_.push_back(std::move(respond));
    });
    RegisterHealthRoutes(*server_, readiness_);
    auto status = server_->Start();
    ASSERT_TRUE(status.has_value()) << status.error().message;
    ASSERT_NE(server_->port(), 0);
  }

  uint16_t port() const { return server_->port(); }

  // One request on a fresh connection.
  RawResponse Request(const std::string& raw) {
    RawClient client(port());
    EXPECT_TRUE(client.connected());
    EXPECT_TRUE(client.Send(raw));
    return client.Read();
  }

  double Counter(const std::string& name, const std::string& needle) {
    // The exposition line of `name` containing `needle` (labels), or -1.
    const std::string text = metrics_.SerializeText();
    size_t pos = 0;
    while ((pos = text.find("\n" + name, pos)) != std::string::npos) {
      ++pos;
      const size_t end = text.find('\n', pos);
      const std::string line = text.substr(pos, end - pos);
      const char after = line.size() > name.size() ? line[name.size()] : '\0';
      if ((after == '{' || after == ' ') && line.find(needle) != std::string::npos) {
        return std::stod(line.substr(line.rfind(' ') + 1));
      }
      pos = end;
    }
    return -1;
  }

  size_t HeldCount() {
    std::lock_guard<std::mutex> lock(late_mu_);
    return held_.size();
  }
  void AnswerHeld(size_t i, HttpResponse response) {
    Responder respond;
    {
      std::lock_guard<std::mutex> lock(late_mu_);
      respond = held_.at(i);
    }
    respond(std::move(response));
  }

  boost::asio::io_context ioc_{2};
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> guard_;
  std::vector<std::thread> threads_;
  exporter::MetricsRegistry metrics_;
  std::shared_ptr<Readiness> readiness_ = std::make_shared<Readiness>();
  std::unique_ptr<HttpServer> server_;
  std::mutex late_mu_;
  std::vector<Responder> held_;  // GUARDED_BY(late_mu_)
};

struct RouteCase {
  std::string name;
  std::string request;
  int status;
  std::string body;
  std::string allow;  // expected Allow header, "" = none
};

class HttpRoutingTest : public HttpServerTest, public ::testing::WithParamInterface<RouteCase> {};

TEST_P(HttpRoutingTest, AnswersByMethodAndPath) {
  StartServer(DefaultOptions());
  const RouteCase& c = GetParam();
  const RawResponse response = Request(c.request);
  EXPECT_EQ(c.status, response.status);
  EXPECT_EQ(c.body, response.body);
  EXPECT_EQ(std::to_string(response.body.size()), response.Header("content-length"));
  if (c.allow.empty()) {
    EXPECT_EQ(0u, response.headers.count("allow"));
  } else {
    EXPECT_EQ(c.allow, response.Header("allow"));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Routes, HttpRoutingTest,
    ::testing::Values(
        RouteCase{"Get", Get("/hello"), 200, "hello ", ""},
        RouteCase{"GetWithQuery", Get("/hello?x=1&name=J%C3%BCrgen+B"), 200, "hello Jürgen B", ""},
        RouteCase{"PostEcho", Post("/echo", "payload"), 200, "payload", ""},
        RouteCase{"SamePathOtherMethod", Get("/echo"), 200, "get", ""},
        RouteCase{"UnknownPath", Get("/nope"), 404, "{\"error\":\"not found\"}\n", ""},
        RouteCase{"UnknownPathWithBody", Post("/nope", "x"), 404, "{\"error\":\"not found\"}\n",
                  ""},
        RouteCase{"WrongMethod", Post("/hello", "x"), 405, "{\"error\":\"method not allowed\"}\n",
                  "GET"},
        RouteCase{"WrongMethodTwoAllowed", "DELETE /echo HTTP/1.1\r\nHost: t\r\n\r\n", 405,
                  "{\"error\":\"method not allowed\"}\n", "POST, GET"},
        RouteCase{"Healthz", Get("/healthz"), 200, "{\"status\":\"ok\"}\n", ""},
        RouteCase{"ReadyzBeforeReady", Get("/readyz"), 503, "{\"status\":\"not ready\"}\n", ""},
        RouteCase{"HandlerThrows", Get("/throw"), 500, "{\"error\":\"internal error\"}\n", ""},
        RouteCase{"HandlerDropsResponder", Get("/drop"), 500,
                  "{\"error\":\"handler did not answer\"}\n", ""},
        RouteCase{"ResponderCalledTwice", Get("/twice"), 200, "first", ""},
        RouteCase{"MalformedRequestLine", "GET\r\n\r\n", 400, "{\"error\":\"malformed request\"}\n",
                  ""}),
    [](const ::testing::TestParamInfo<RouteCase>& param_info) { return param_info.param.name; });

TEST_F(HttpServerTest, PassesHeadersBodyAndRemoteToHandler) {
  StartServer(DefaultOptions());
  const RawResponse response = Request(Post("/echo", "a\nb", "X-Test: value 1\r\n"));
  EXPECT_EQ(200, response.status);
  EXPECT_EQ("a\nb", response.body);
  EXPECT_EQ("POST", response.Header("x-method"));
  EXPECT_EQ("value 1", response.Header("x-header"));
  EXPECT_EQ("yes", response.Header("x-remote-set"));
  EXPECT_EQ("text/plain", response.Header("content-type"));
}

TEST_F(HttpServerTest, ReadyzFollowsReadiness) {
  StartServer(DefaultOptions());
  EXPECT_EQ(503, Request(Get("/readyz")).status);
  readiness_->SetReady(true);
  EXPECT_EQ(200, Request(Get("/readyz")).status);
  readiness_->SetReady(false);
  EXPECT_EQ(503, Request(Get("/readyz")).status);
}

TEST_F(HttpServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  StartServer(DefaultOptions());
  RawClient client(port());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(client.Send(Get("/hello?name=" + std::to_string(i))));
    const RawResponse response = client.Read();
    EXPECT_EQ(200, response.status);
    EXPECT_EQ("hello " + std::to_string(i), response.body);
  }
  // Errors that leave the stream in sync keep the connection too.
  ASSERT_TRUE(client.Send(Get("/nope")));
  EXPECT_EQ(404, client.Read().status);
  ASSERT_TRUE(client.Send(Get("/throw")));
  EXPECT_EQ(500, client.Read().status);
  ASSERT_TRUE(client.Send(Get("/hello")));
  EXPECT_EQ(200, client.Read().status);
}

TEST_F(HttpServerTest, PipelinedRequestsAreAnsweredInOrder) {
  StartServer(DefaultOptions());
  RawClient client(port());
  ASSERT_TRUE(client.Send(Get("/hello?name=a") + Post("/echo", "b") + Get("/hello?name=c")));
  EXPECT_EQ("hello a", client.Read().body);
  EXPECT_EQ("b", client.Read().body);
  EXPECT_EQ("hello c", client.Read().body);
}

TEST_F(HttpServerTest, ConnectionCloseIsHonoured) {
  StartServer(DefaultOptions());
  RawClient client(port());
  ASSERT_TRUE(client.Send(Get("/hello", "Connection: close\r\n")));
  const RawResponse response = client.Read();
  EXPECT_EQ(200, response.status);
  EXPECT_EQ("close", response.Header("connection"));
  EXPECT_TRUE(client.WaitClosed(milliseconds(2000)));
}

TEST_F(HttpServerTest, BodyOverLimitGets413WithoutSendingItAll) {
  // A read timeout far longer than the wait below: an answer that waited
  // for the rest of the body (or for the timeout) would not come in time.
  HttpServerOptions options = DefaultOptions();
  options.read_timeout_ms = 60000;
  StartServer(std::move(options));
  RawClient client(port());
  // Claims 10 MiB, sends 1 KiB of it: the answer must not wait for the rest.
  ASSERT_TRUE(client.Send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10485760\r\n\r\n" +
                          std::string(1024, 'x')));
  const RawResponse response = client.Read(milliseconds(20000));
  EXPECT_EQ(413, response.status);
  EXPECT_EQ("{\"error\":\"request body too large\"}\n", response.body);
  EXPECT_TRUE(client.WaitClosed(milliseconds(3000)));
  EXPECT_EQ(1, Counter("tailwatch_http_errors_total", "body_too_large"));
  // Others are still served.
  EXPECT_EQ(200, Request(Get("/hello")).status);
}

TEST_F(HttpServerTest, ChunkedBodyOverLimitGets413) {
  // This test is about the limit, not the read timeout: give a starved
  // machine (sanitizers, busy CI) all the time it needs to send 64 KiB.
  HttpServerOptions options = DefaultOptions();
  options.read_timeout_ms = 30000;
  StartServer(std::move(options));
  RawClient client(port());
  std::string request = "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 80; ++i) request += "400\r\n" + std::string(1024, 'y') + "\r\n";
  client.Send(request);  // may fail midway once the server closes
  EXPECT_EQ(413, client.Read(milliseconds(20000)).status);
}

TEST_F(HttpServerTest, BodyAtLimitIsAccepted) {
  StartServer(DefaultOptions());
  const std::string body(64 * 1024, 'z');
  const RawResponse response = Request(Post("/echo", body));
  EXPECT_EQ(200, response.status);
  EXPECT_EQ(body, response.body);
}

TEST_F(HttpServerTest, ExpectContinueGetsInterimAnswer) {
  StartServer(DefaultOptions());
  RawClient client(port());
  ASSERT_TRUE(client.Send(
      "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n"));
  EXPECT_EQ(100, client.Read().status);
  ASSERT_TRUE(client.Send("abc"));
  const RawResponse response = client.Read();
  EXPECT_EQ(200, response.status);
  EXPECT_EQ("abc", response.body);
}

TEST_F(HttpServerTest, HeaderOverLimitGets431) {
  StartServer(DefaultOptions());
  RawClient client(port());
  ASSERT_TRUE(client.Send("GET /hello HTTP/1.1\r\nHost: t\r\nX-Big: " + std::string(8192, 'h') +
                          "\r\n\r\n"));
  const RawResponse response = client.Read(milliseconds(2000));
  EXPECT_EQ(431, response.status);
  EXPECT_TRUE(client.WaitClosed(milliseconds(3000)));
  EXPECT_EQ(200, Request(Get("/hello")).status);
}

TEST_F(HttpServerTest, SlowlorisHeadersAreCutOffWithinReadTimeout) {
  StartServer(DefaultOptions());  // read_timeout_ms = 400
  RawClient slow(port());
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(slow.Send("GET /hello HTTP/1.1\r\n"));
  // Trickle one header byte every 50 ms: each byte arrives well within any
  // per-read timeout, but the request as a whole never completes.
  bool cut = false;
  for (int i = 0; i < 40 && !cut; ++i) {
    std::this_thread::sleep_for(milliseconds(50));
    cut = !slow.Send("X") || slow.WaitClosed(milliseconds(1));
    // Meanwhile everyone else is served promptly.
    if (i == 2) {
      EXPECT_EQ(200, Request(Get("/hello")).status);
    }
  }
  if (!cut) cut = slow.WaitClosed(milliseconds(500));
  EXPECT_TRUE(cut);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_GE(elapsed, milliseconds(350));
  EXPECT_LT(elapsed, milliseconds(1200));
  EXPECT_EQ(1, Counter("tailwatch_http_errors_total", "timeout"));
}

TEST_F(HttpServerTest, SlowBodyIsCutOffWith408) {
  StartServer(DefaultOptions());
  RawClient slow(port());
  ASSERT_TRUE(slow.Send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nabc"));
  const RawResponse response = slow.Read(milliseconds(1500));
  EXPECT_EQ(408, response.status);
  EXPECT_TRUE(slow.WaitClosed(milliseconds(2000)));
}

TEST_F(HttpServerTest, IdleKeepAliveConnectionIsClosed) {
  HttpServerOptions options = DefaultOptions();
  options.idle_timeout_ms = 300;
  StartServer(options);
  RawClient client(port());
  ASSERT_TRUE(client.Send(Get("/hello")));
  EXPECT_EQ(200, client.Read().status);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(client.WaitClosed(milliseconds(2000)));
  EXPECT_LT(std::chrono::steady_clock::now() - start, milliseconds(1000));
  // Silently: an idle close is not an error.
  EXPECT_EQ(-1, Counter("tailwatch_http_errors_total", "timeout"));
}

TEST_F(HttpServerTest, IdleTimeoutIsNotTheRequestTimeout) {
  // A connection may stay quiet longer than read_timeout_ms between requests.
  StartServer(DefaultOptions());  // read 400 ms, idle 2000 ms
  RawClient client(port());
  std::this_thread::sleep_for(milliseconds(700));
  ASSERT_TRUE(client.Send(Get("/hello")));
  EXPECT_EQ(200, client.Read().status);
}

TEST_F(HttpServerTest, ConnectionsOverTheLimitAreRefusedWhenNoneIsIdle) {
  HttpServerOptions options = DefaultOptions();
  options.max_connections = 3;
  options.read_timeout_ms = 5000;
  StartServer(options);
  std::vector<std::unique_ptr<RawClient>> clients;
  for (int i = 0; i < 3; ++i) {
    clients.push_back(std::make_unique<RawClient>(port()));
    // Requests a handler still holds: these connections are busy, not idle.
    ASSERT_TRUE(clients.back()->Send(Get("/hold")));
  }
  for (int i = 0; i < 500 && HeldCount() < 3; ++i) std::this_thread::sleep_for(milliseconds(10));
  ASSERT_EQ(3u, HeldCount());
  EXPECT_EQ(3u, server_->open_connections());
  RawClient extra(port());
  ASSERT_TRUE(extra.connected());
  const RawResponse refused = extra.Read(milliseconds(2000));
  EXPECT_EQ(503, refused.status);
  EXPECT_TRUE(extra.WaitClosed(milliseconds(2000)));
  EXPECT_EQ(1, Counter("tailwatch_http_connections_rejected_total", ""));

  // The ones already open keep working; once one leaves, a newcomer gets in.
  // (The handler saw the three requests in no particular order: answer all.)
  for (size_t i = 0; i < 3; ++i) AnswerHeld(i, Text("held"));
  EXPECT_EQ(200, clients[0]->Read().status);
  clients[2].reset();
  for (int i = 0; i < 100 && server_->open_connections() > 2; ++i) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  EXPECT_EQ(200, Request(Get("/hello")).status);
}

TEST_F(HttpServerTest, AtTheCapTheLongestIdleConnectionMakesRoom) {
  // Connections that send nothing must not starve health checks and scrapes.
  HttpServerOptions options = DefaultOptions();
  options.max_connections = 3;
  options.idle_timeout_ms = 60000;
  StartServer(options);
  std::vector<std::unique_ptr<RawClient>> idle;
  for (int i = 0; i < 3; ++i) {
    idle.push_back(std::make_unique<RawClient>(port()));
    ASSERT_TRUE(idle.back()->connected());
    std::this_thread::sleep_for(milliseconds(20));  // a known order of idleness
  }
  for (int i = 0; i < 100 && server_->open_connections() < 3; ++i) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  for (int round = 0; round < 5; ++round) {
    const RawResponse health = Request(Get("/healthz"));
    EXPECT_EQ(200, health.status) << "round " << round;
  }
  // The oldest idle connection went first.
  EXPECT_TRUE(idle[0]->WaitClosed(milliseconds(2000)));
  EXPECT_LE(Counter("tailwatch_http_connections_rejected_total", ""), 0);
  EXPECT_GE(Counter("tailwatch_http_errors_total", "idle_evicted"), 1);
}

TEST(HttpServerLifetimeTest, ResponderOutlivesServerAndIoContext) {
  // A handler may keep its Responder anywhere; calling or dropping it after
  // the server and the io_context are gone must touch neither.
  Responder kept;
  std::mutex kept_mu;
  {
    exporter::MetricsRegistry metrics;
    boost::asio::io_context ioc;
    auto guard = boost::asio::make_work_guard(ioc);
    std::thread runner([&ioc] { ioc.run(); });
    HttpServerOptions options;
    options.listen = "127.0.0.1:0";
    options.metrics = &metrics.http();
    auto server = std::make_unique<HttpServer>(ioc, options);
    std::atomic<bool> held{false};
    server->Route("GET", "/keep", [&](HttpRequest&&, Responder respond) {
      std::lock_guard<std::mutex> lock(kept_mu);
      kept = std::move(respond);
      held = true;
    });
    ASSERT_TRUE(server->Start().has_value());
    RawClient client(server->port());
    ASSERT_TRUE(client.Send(Get("/keep")));
    for (int i = 0; i < 200 && !held; ++i) std::this_thread::sleep_for(milliseconds(5));
    ASSERT_TRUE(held);
    server->Stop();
    guard.reset();
    ioc.stop();
    runner.join();
    server.reset();
  }
  std::lock_guard<std::mutex> lock(kept_mu);
  kept(Text("too late"));
  kept = nullptr;
}

TEST(HttpServerLifetimeTest, RunReturnsAfterStopWithoutStoppingTheIoContext) {
  exporter::MetricsRegistry metrics;
  boost::asio::io_context ioc;
  HttpServerOptions options;
  options.listen = "127.0.0.1:0";
  options.metrics = &metrics.http();
  HttpServer server(ioc, options);
  Responder kept;
  server.Route("GET", "/keep", [&](HttpRequest&&, Responder respond) {
    kept = std::move(respond);
    server.Stop();  // from a handler, with a request in flight and a client open
  });
  server.Route("GET", "/hello", [](HttpRequest&&, Responder respond) { respond(Text("hi")); });
  ASSERT_TRUE(server.Start().has_value());
  RawClient idle(server.port());
  RawClient busy(server.port());
  ASSERT_TRUE(busy.Send(Get("/keep")));
  std::thread runner([&ioc] { ioc.run(); });
  runner.join();  // returns by itself: no work left once every session closed
  EXPECT_EQ(0u, server.open_connections());
  kept(Text("ignored"));
}

TEST_F(HttpServerTest, HandlerAnsweringLaterDoesNotBlockOthers) {
  StartServer(DefaultOptions());
  RawClient waiting(port());
  ASSERT_TRUE(waiting.Send(Get("/hold")));
  for (int i = 0; i < 500 && HeldCount() == 0; ++i) std::this_thread::sleep_for(milliseconds(10));
  ASSERT_EQ(1u, HeldCount());
  // While that handler still holds its request, others are served.
  for (int i = 0; i < 5; ++i) EXPECT_EQ(200, Request(Get("/hello")).status);
  // Waiting for a handler is not a slow client: longer than read_timeout_ms
  // (400 ms) is fine. The answer comes from a thread outside the io_context.
  std::this_thread::sleep_for(milliseconds(600));
  std::thread answer([this] { AnswerHeld(0, Text("late")); });
  const RawResponse response = waiting.Read(milliseconds(5000));
  answer.join();
  EXPECT_EQ(200, response.status);
  EXPECT_EQ("late", response.body);
  // And the connection is usable afterwards.
  ASSERT_TRUE(waiting.Send(Get("/hello")));
  EXPECT_EQ(200, waiting.Read().status);
}

TEST_F(HttpServerTest, CountsRequestsByEndpointAndCode) {
  StartServer(DefaultOptions());
  Request(Get("/hello"));
  Request(Get("/hello"));
  Request(Post("/echo", "12345"));
  Request(Get("/does/not/exist"));
  Request(Get("/throw"));
  EXPECT_EQ(2, Counter("tailwatch_http_requests_total", "code=\"200\",endpoint=\"/hello\""));
  EXPECT_EQ(1, Counter("tailwatch_http_requests_total", "code=\"404\",endpoint=\"other\""));
  EXPECT_EQ(1, Counter("tailwatch_http_requests_total", "code=\"500\",endpoint=\"/throw\""));
  EXPECT_EQ(5, Counter("tailwatch_http_request_bytes_total", "endpoint=\"/echo\""));
  EXPECT_EQ(1, Counter("tailwatch_http_errors_total", "handler_exception"));
  EXPECT_EQ(0, Counter("tailwatch_http_requests_in_flight", ""));
}

TEST_F(HttpServerTest, StopClosesListenerAndConnections) {
  StartServer(DefaultOptions());
  RawClient open_client(port());
  ASSERT_TRUE(open_client.Send(Get("/hello")));
  ASSERT_EQ(200, open_client.Read().status);
  const uint16_t old_port = port();
  server_->Stop();
  EXPECT_TRUE(open_client.WaitClosed(milliseconds(2000)));
  RawClient late;
  bool refused = false;
  for (int i = 0; i < 50 && !refused; ++i) {
    refused = !late.Connect(old_port);
    if (!refused) std::this_thread::sleep_for(milliseconds(20));
  }
  EXPECT_TRUE(refused);
}

TEST_F(HttpServerTest, StartReportsAddressInUse) {
  StartServer(DefaultOptions());
  HttpServerOptions options = DefaultOptions();
  options.listen = "127.0.0.1:" + std::to_string(port());
  HttpServer second(ioc_, options);
  auto status = second.Start();
  ASSERT_FALSE(status.has_value());
  EXPECT_NE(std::string::npos, status.error().message.find("in use")) << status.error().message;
  EXPECT_NE(std::string::npos, status.error().message.find(options.listen));
}

struct BadListenCase {
  std::string name;
  std::string listen;
};

class HttpBadListenTest : public HttpServerTest,
                          public ::testing::WithParamInterface<BadListenCase> {};

TEST_P(HttpBadListenTest, StartFailsWithMessage) {
  HttpServerOptions options = DefaultOptions();
  options.listen = GetParam().listen;
  HttpServer server(ioc_, options);
  auto status = server.Start();
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(0, status.error().message.rfind("listen " + GetParam().listen + ": ", 0))
      << status.error().message;
  EXPECT_EQ(0, server.port());
}

INSTANTIATE_TEST_SUITE_P(Listen, HttpBadListenTest,
                         ::testing::Values(BadListenCase{"NoPort", "127.0.0.1"},
                                           BadListenCase{"PortTooBig", "127.0.0.1:99999"},
                                           BadListenCase{"PortNotNumber", "127.0.0.1:http"},
                                           BadListenCase{"NotAnAddress", "999.1.1.1:0"},
                                           BadListenCase{"NotLocal", "192.0.2.1:0"}),
                         [](const ::testing::TestParamInfo<BadListenCase>& param_info) {
                           return param_info.param.name;
                         });

TEST_F(HttpServerTest, ListensOnIpv6Loopback) {
  HttpServerOptions options = DefaultOptions();
  options.listen = "[::1]:0";
  server_ = std::make_unique<HttpServer>(ioc_, options);
  server_->Route("GET", "/hello", [](HttpRequest&&, Responder respond) { respond(Text("v6")); });
  auto status = server_->Start();
  if (!status.has_value()) GTEST_SKIP() << "no IPv6 here: " << status.error().message;
  RawClient client(port(), "::1");
  ASSERT_TRUE(client.connected());
  ASSERT_TRUE(client.Send(Get("/hello")));
  EXPECT_EQ("v6", client.Read().body);
}

}  // namespace
}  // namespace tailwatch::http

namespace tailwatch::http {
namespace {

// A listening socket on 127.0.0.1, as the launcher or systemd pass one.
int ListeningSocket(uint16_t* port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(fd, 16) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
    return -1;
  }
  *port = ntohs(address.sin_port);
  return fd;
}

TEST_F(HttpServerTest, ServesOnAPassedSocketBoundToTheListenAddress) {
  uint16_t passed_port = 0;
  const int fd = ListeningSocket(&passed_port);
  ASSERT_GE(fd, 0);
  // A connection made before the server starts waits in the backlog.
  RawClient early(passed_port);
  ASSERT_TRUE(early.connected());
  ASSERT_TRUE(early.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
  HttpServerOptions options = DefaultOptions();
  options.listen = "127.0.0.1:" + std::to_string(passed_port);
  options.passed_listener = fd;
  // Binding anew would fail: the passed socket holds the port.
  StartServer(options);
  EXPECT_EQ(port(), passed_port);
  EXPECT_EQ(early.Read().status, 200);
  EXPECT_EQ(Request(Get("/hello?name=x")).body, "hello x");
}

TEST_F(HttpServerTest, ClosesAPassedSocketBoundElsewhereAndBindsTheListenAddress) {
  uint16_t passed_port = 0;
  const int fd = ListeningSocket(&passed_port);
  ASSERT_GE(fd, 0);
  HttpServerOptions options = DefaultOptions();  // 127.0.0.1:0: never adopted
  options.passed_listener = fd;
  StartServer(options);
  EXPECT_NE(port(), passed_port);
  EXPECT_EQ(Request(Get("/hello?name=y")).body, "hello y");
  RawClient refused(passed_port);
  EXPECT_FALSE(refused.connected());
}

}  // namespace
}  // namespace tailwatch::http
