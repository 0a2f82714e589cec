// AWS Signature Version 4 (header signing) and the hashing helpers the
// notifier needs, on OpenSSL's libcrypto. Pure functions of their arguments:
// the signing time is passed in, so tests can use AWS's published vectors
// (and botocore-computed ones) bit for bit.
//
// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
// Every header given in SigV4Input::headers is signed (names lower-cased,
// values trimmed, sorted by name); SignV4 adds x-amz-date and, with a session
// token, x-amz-security-token, and the caller must send those exact headers
// (SigV4Result::headers_to_add) plus `Authorization`.
#ifndef TAILWATCH_DAEMON_NOTIFY_SIGV4_H_
#define TAILWATCH_DAEMON_NOTIFY_SIGV4_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tailwatch::notify {

// Lower-case hex of `bytes`.
std::string HexEncode(std::string_view bytes);
// Hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);
// Raw (32-byte) HMAC-SHA256 of `data` under `key`.
std::string HmacSha256(std::string_view key, std::string_view data);

struct AwsCredentials {
  std::string access_key_id;
  std::string secret_access_key;
  std::string session_token;  // optional
  bool empty() const { return access_key_id.empty() || secret_access_key.empty(); }
};

struct SigV4Input {
  std::string method = "POST";
  std::string path = "/";  // already URI-encoded as sent
  std::string query;       // already canonical (sorted, encoded); "" for none
  // Headers to sign, as they will be sent. Must contain "host" (with the port
  // when it is not the scheme's default: the server checks the Host header it
  // received).
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

struct SigV4Result {
  std::string amz_date;           // 20261129T195534Z
  std::string canonical_request;  // for diagnostics and tests
  std::string string_to_sign;
  std::string signature;      // hex
  std::string authorization;  // the Authorization header value
  // Headers the caller must send in addition to SigV4Input::headers:
  // X-Amz-Date, X-Amz-Security-Token (with a token), Authorization.
  std::vector<std::pair<std::string, std::string>> headers_to_add;
};

// Signs `input` at `now_ms` (Unix ms, UTC) for `region`/`service`.
SigV4Result SignV4(const SigV4Input& input, const AwsCredentials& credentials,
                   std::string_view region, std::string_view service, int64_t now_ms);
// The same with the body's hex SHA-256 already computed (S3 sends it as
// x-amz-content-sha256); `input.body` is not read.
SigV4Result SignV4WithPayloadHash(const SigV4Input& input, std::string_view payload_hash,
                                  const AwsCredentials& credentials, std::string_view region,
                                  std::string_view service, int64_t now_ms);

// SigV4's URI encoding (RFC 3986): A-Z a-z 0-9 - _ . ~ kept, every other
// byte %XX; `keep_slash` keeps '/' too (an S3 object key in a path).
std::string UriEncode(std::string_view text, bool keep_slash);

// application/x-www-form-urlencoded encoding as botocore writes query-protocol
// bodies: A-Z a-z 0-9 - _ . ~ kept, space -> '+', every other byte %XX.
std::string FormEncode(std::string_view text);

}  // namespace tailwatch::notify

#endif  // TAILWATCH_DAEMON_NOTIFY_SIGV4_H_
