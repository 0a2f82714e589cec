// HttpClient's failures carry their kind as Error::code (never in the text
// alone): a refused connection is kConnect, a silent server kTimeout.
#include "daemon/notify/http_client.h"

#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <string>

namespace tailwatch::notify {
namespace {

using boost::asio::ip::tcp;

std::string LocalUrl(unsigned short port) {
  return "http://127.0.0.1:" + std::to_string(port) + "/x";
}

TEST(HttpClientTest, RefusedConnectionIsAConnectError) {
  boost::asio::io_context ioc;
  tcp::acceptor acceptor(ioc, tcp::endpoint(boost::asio::ip::address_v4::loopback(), 0));
  const unsigned short port = acceptor.local_endpoint().port();
  acceptor.close();  // nothing listens there now
  HttpClientOptions options;
  options.timeout_ms = 2000;
  HttpClient client(options);
  auto url = ParseUrl(LocalUrl(port));
  ASSERT_TRUE(url) << url.error().message;
  auto reply = client.Send(*url, OutgoingRequest{});
  ASSERT_FALSE(reply);
  EXPECT_EQ(ErrorCode::kConnect, reply.error().code) << reply.error().message;
  EXPECT_EQ(0u, reply.error().message.rfind("connect: ", 0)) << reply.error().message;
}

TEST(HttpClientTest, SilentServerIsATimeout) {
  boost::asio::io_context ioc;
  // Listening but never answering: the connection completes in the kernel's
  // backlog, the reply never comes.
  tcp::acceptor acceptor(ioc, tcp::endpoint(boost::asio::ip::address_v4::loopback(), 0));
  HttpClientOptions options;
  options.timeout_ms = 200;
  HttpClient client(options);
  auto url = ParseUrl(LocalUrl(acceptor.local_endpoint().port()));
  ASSERT_TRUE(url) << url.error().message;
  auto reply = client.Send(*url, OutgoingRequest{});
  ASSERT_FALSE(reply);
  EXPECT_EQ(ErrorCode::kTimeout, reply.error().code) << reply.error().message;
  EXPECT_EQ(0u, reply.error().message.rfind("timeout: ", 0)) << reply.error().message;
}

TEST(HttpClientTest, BadUrlIsInvalidArgument) {
  auto url = ParseUrl("ftp://example.com/");
  ASSERT_FALSE(url);
  EXPECT_EQ(ErrorCode::kInvalidArgument, url.error().code);
}

}  // namespace
}  // namespace tailwatch::notify
