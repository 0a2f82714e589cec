// A small blocking HTTP/1.1 client for notification delivery (webhook,
// Alertmanager, SNS), on Boost.Beast + OpenSSL. Beast stays inside
// http_client.cc so only one translation unit pays for it.
//
// HTTPS verifies the peer's certificate chain against the system CA store
// (plus `ca_file` when set) AND the host name (RFC 6125 via OpenSSL's
// X509_check_host / IP match); SNI is sent for names. Every step (resolve
// aside) is bounded by `timeout_ms`. The connection is kept alive and reused
// for the next request to the same scheme/host/port; a reused connection that
// turns out to be closed by the server is retried once on a fresh one.
//
// Thread safety: one HttpClient per thread (each notifier target worker owns
// one); Send blocks the calling thread.
#ifndef TAILWATCH_DAEMON_NOTIFY_HTTP_CLIENT_H_
#define TAILWATCH_DAEMON_NOTIFY_HTTP_CLIENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::notify {

struct Url {
  bool https = false;
  std::string host;    // without brackets for IPv6
  std::string port;    // always set ("80"/"443" by default)
  std::string target;  // path + query, "/" at least
  // The Host header value: host, plus ":port" when not the scheme default.
  std::string HostHeader() const;
};

// Parses http://host[:port][/path] and https://...; anything else is an error.
Result<Url> ParseUrl(std::string_view text);

struct HttpClientOptions {
  std::string ca_file;    // extra trusted CAs (PEM); the system store is always used
  int timeout_ms = 5000;  // connect, handshake, write and read, each
  std::string user_agent = "tailwatch";
  // Reply bodies over this are an error (an S3 GetObject needs more).
  uint64_t max_reply_bytes = 1 << 20;
};

struct OutgoingRequest {
  std::string method = "POST";
  std::vector<std::pair<std::string, std::string>>
      headers;  // Host/User-Agent/Content-Length are added
  std::string body;
};

struct HttpReply {
  int status = 0;
  std::string body;
  std::string etag;  // the ETag header (S3 multipart parts), "" when absent
};

// Why a request got no HTTP reply: Error::code is one of ErrorCode::kConnect,
// kTls, kTimeout or kProtocol (the message starts with that name for people:
// "timeout: connect example.com:443").

class HttpClient {
 public:
  explicit HttpClient(HttpClientOptions options);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Sends one request to `url` and reads the whole reply (bodies over
  // max_reply_bytes are an error). Any HTTP status is a success here; the caller decides.
  Result<HttpReply> Send(const Url& url, const OutgoingRequest& request);

  // Drops the kept-alive connection.
  void Close();

  // Options take effect on the next connection.
  void SetOptions(HttpClientOptions options);

  // Connections opened so far (tests check reuse).
  int connections_opened() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tailwatch::notify

#endif  // TAILWATCH_DAEMON_NOTIFY_HTTP_CLIENT_H_
