// HTTPS: a throw-away self-signed certificate made with the openssl CLI, and
// curl as the client (both skipped when missing).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "daemon/http/http_server.h"
#include "tests/daemon/http/raw_client.h"

namespace tailwatch::http {
namespace {

bool Have(const char* tool) {
  return std::system(("command -v " + std::string(tool) + " >/dev/null 2>&1").c_str()) == 0;
}

// Runs `command`, returns its stdout; `*exit_code` gets the status.
std::string RunCommand(const std::string& command, int* exit_code) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char chunk[4096];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, pipe)) > 0) out.append(chunk, n);
  const int status = ::pclose(pipe);
  *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

class HttpServerTlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!Have("openssl") || !Have("curl")) GTEST_SKIP() << "openssl or curl missing";
    char dir_template[] = "/tmp/tailwatch_tls_XXXXXX";
    ASSERT_NE(nullptr, ::mkdtemp(dir_template));
    dir_ = dir_template;
    int rc = -1;
    RunCommand("openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -keyout '" +
                   dir_ + "/key.pem' -out '" + dir_ + "/cert.pem' 2>/dev/null",
               &rc);
    ASSERT_EQ(0, rc);
  }

  void TearDown() override {
    if (!dir_.empty()) {
      std::remove((dir_ + "/key.pem").c_str());
      std::remove((dir_ + "/cert.pem").c_str());
      ::rmdir(dir_.c_str());
    }
  }

  std::string dir_;
};

TEST_F(HttpServerTlsTest, ServesHttpsWithConfiguredCertificate) {
  boost::asio::io_context ioc;
  auto guard = boost::asio::make_work_guard(ioc);
  std::thread runner([&] { ioc.run(); });
  HttpServerOptions options;
  options.listen = "127.0.0.1:0";
  options.tls_cert_file = dir_ + "/cert.pem";
  options.tls_key_file = dir_ + "/key.pem";
  auto server = std::make_unique<HttpServer>(ioc, options);
  server->Route("POST", "/echo", [](HttpRequest&& req, Responder respond) {
    HttpResponse response;
    response.body = req.body;
    respond(std::move(response));
  });
  ASSERT_TRUE(server->Start().has_value());
  const std::string url = "https://127.0.0.1:" + std::to_string(server->port());

  int rc = -1;
  const std::string echoed =
      RunCommand("curl -s --max-time 10 -k --data-binary secret " + url + "/echo", &rc);
  int rc404 = -1;
  const std::string code = RunCommand(
      "curl -s --max-time 10 -k -o /dev/null -w '%{http_code}' " + url + "/missing", &rc404);
  // Plain HTTP on the TLS port gets nowhere.
  tailwatch::testing::RawClient plain(server->port());
  plain.Send(tailwatch::testing::Get("/echo"));
  const int plain_status = plain.Read(std::chrono::milliseconds(2000)).status;

  server->Stop();
  guard.reset();
  ioc.stop();
  runner.join();
  server.reset();

  EXPECT_EQ(0, rc);
  EXPECT_EQ("secret", echoed);
  EXPECT_EQ("404", code);
  EXPECT_EQ(0, plain_status);
}

TEST_F(HttpServerTlsTest, StartFailsOnMissingKey) {
  boost::asio::io_context ioc;
  HttpServerOptions options;
  options.listen = "127.0.0.1:0";
  options.tls_cert_file = dir_ + "/cert.pem";
  options.tls_key_file = dir_ + "/nope.pem";
  HttpServer server(ioc, options);
  auto status = server.Start();
  ASSERT_FALSE(status.has_value());
  EXPECT_NE(std::string::npos, status.error().message.find("TLS key")) << status.error().message;

  options.tls_key_file.clear();
  HttpServer half(ioc, options);
  status = half.Start();
  ASSERT_FALSE(status.has_value());
  EXPECT_NE(std::string::npos, status.error().message.find("both")) << status.error().message;
}

}  // namespace
}  // namespace tailwatch::http
