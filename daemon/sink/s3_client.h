// A minimal S3 REST client for the sink and `tailwatch replay`: PutObject,
// multipart upload, ListObjectsV2 and GetObject, SigV4-signed
// (daemon/notify/sigv4.h) and sent over the notifier's blocking HttpClient.
//
// Addressing is path-style (ENDPOINT/BUCKET/KEY): it works with AWS and with
// the S3 emulators, and needs no wildcard DNS. Payloads are signed (the
// x-amz-content-sha256 header carries the body's SHA-256), so a body changed
// on the way is refused by the server.
//
// Thread safety: none; one S3Client per thread.
#ifndef TAILWATCH_DAEMON_SINK_S3_CLIENT_H_
#define TAILWATCH_DAEMON_SINK_S3_CLIENT_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/notify/http_client.h"
#include "daemon/notify/sigv4.h"
#include "engine/common/status.h"

namespace tailwatch::sink {

struct S3ClientOptions {
  std::string endpoint;  // empty: https://s3.REGION.amazonaws.com
  std::string region = "us-east-1";
  notify::AwsCredentials credentials;
  std::string ca_file;
  int timeout_ms = 30000;
  uint64_t max_reply_bytes = 1ull << 30;  // GetObject bodies
  std::function<int64_t()> now_ms;        // signing time; null: the system clock
};

struct S3Object {
  std::string key;
  uint64_t size = 0;
};

struct S3ListPage {
  std::vector<S3Object> objects;
  std::string next_continuation_token;  // empty: the last page
};

// RFC 3986 encoding of an S3 key for the request path: every byte but
// A-Z a-z 0-9 - _ . ~ and '/' becomes %XX (S3 signs the path encoded once).
std::string EncodeKeyPath(std::string_view key);

// The values of every <tag>...</tag> in `xml`, entity-decoded. Enough for
// S3's flat replies (ListObjectsV2, InitiateMultipartUpload, errors).
std::vector<std::string> XmlValues(std::string_view xml, std::string_view tag);

class S3Client {
 public:
  explicit S3Client(S3ClientOptions options);

  // PUT BUCKET/KEY with `body`. An error names the HTTP status and S3's
  // error code; `retryable` (when not null) says whether trying again may help.
  Status PutObject(const std::string& bucket, const std::string& key, std::string_view body,
                   bool* retryable = nullptr);
  // CreateMultipartUpload, UploadPart per `part_bytes`, CompleteMultipartUpload;
  // an upload that fails is aborted (best effort).
  Status PutObjectMultipart(const std::string& bucket, const std::string& key,
                            std::string_view body, size_t part_bytes, bool* retryable = nullptr);
  // One page of ListObjectsV2 under `prefix`.
  Result<S3ListPage> ListObjectsV2(const std::string& bucket, const std::string& prefix,
                                   const std::string& continuation_token);
  Result<std::string> GetObject(const std::string& bucket, const std::string& key);

  int requests_sent() const { return requests_sent_; }

 private:
  struct Reply {
    int status = 0;
    std::string body;
    std::string etag;
  };
  // Signs and sends; `query` is canonical (sorted, encoded).
  Result<Reply> Send(const std::string& method, const std::string& path, const std::string& query,
                     std::string_view body,
                     std::vector<std::pair<std::string, std::string>> extra_headers = {});
  static Error HttpError(const std::string& what, const Reply& reply, bool* retryable);

  S3ClientOptions options_;
  notify::Url base_;
  std::string base_error_;
  notify::HttpClient http_;
  int requests_sent_ = 0;
};

}  // namespace tailwatch::sink

#endif  // TAILWATCH_DAEMON_SINK_S3_CLIENT_H_
