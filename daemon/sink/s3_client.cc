#include "daemon/sink/s3_client.h"

#include <algorithm>
#include <chrono>

namespace tailwatch::sink {
namespace {

using notify::UriEncode;

int64_t SystemNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string XmlUnescape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const size_t end = text.find(';', i);
    if (end == std::string_view::npos) {
      out += text.substr(i);
      break;
    }
    const std::string_view entity = text.substr(i + 1, end - i - 1);
    if (entity == "amp") {
      out += '&';
    } else if (entity == "lt") {
      out += '<';
    } else if (entity == "gt") {
      out += '>';
    } else if (entity == "quot") {
      out += '"';
    } else if (entity == "apos") {
      out += '\'';
    } else if (entity.size() > 1 && entity[0] == '#') {
      const bool hex = entity[1] == 'x' || entity[1] == 'X';
      const std::string digits(entity.substr(hex ? 2 : 1));
      const unsigned long code = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
      if (code < 0x80) {
        out += static_cast<char>(code);
      } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      }
    } else {
      out += text.substr(i, end - i + 1);
    }
    i = end;
  }
  return out;
}

// A 5xx, 429 (SlowDown), 408 and connection-level failures are worth a
// retry; other 4xx (access denied, no such bucket) are not, until the
// configuration changes.
bool IsRetryableStatus(int status) { return status >= 500 || status == 429 || status == 408; }

}  // namespace

std::string EncodeKeyPath(std::string_view key) { return UriEncode(key, /*keep_slash=*/true); }

std::vector<std::string> XmlValues(std::string_view xml, std::string_view tag) {
  std::vector<std::string> out;
  const std::string open = "<" + std::string(tag) + ">";
  const std::string close = "</" + std::string(tag) + ">";
  size_t pos = 0;
  while ((pos = xml.find(open, pos)) != std::string_view::npos) {
    const size_t start = pos + open.size();
    const size_t end = xml.find(close, start);
    if (end == std::string_view::npos) break;
    out.push_back(XmlUnescape(xml.substr(start, end - start)));
    pos = end + close.size();
  }
  return out;
}

S3Client::S3Client(S3ClientOptions options)
    : options_(std::move(options)),
      http_(notify::HttpClientOptions{options_.ca_file, options_.timeout_ms, "tailwatch",
                                      options_.max_reply_bytes}) {
  if (!options_.now_ms) options_.now_ms = SystemNowMs;
  const std::string endpoint = options_.endpoint.empty()
                                   ? "https://s3." + options_.region + ".amazonaws.com"
                                   : options_.endpoint;
  auto url = notify::ParseUrl(endpoint);
  if (url) {
    base_ = std::move(*url);
    // A trailing '/' of the endpoint's path is the bucket's separator.
    if (!base_.target.empty() && base_.target.back() == '/') base_.target.pop_back();
  } else {
    base_error_ = "endpoint '" + endpoint + "': " + url.error().message;
  }
}

Result<S3Client::Reply> S3Client::Send(
    const std::string& method, const std::string& path, const std::string& query,
    std::string_view body, std::vector<std::pair<std::string, std::string>> extra_headers) {
  if (!base_error_.empty()) return MakeError(base_error_);
  notify::SigV4Input input;
  input.method = method;
  input.path = base_.target + path;
  input.query = query;
  const std::string payload_hash = notify::Sha256Hex(body);
  input.headers = {{"Host", base_.HostHeader()}, {"x-amz-content-sha256", payload_hash}};
  for (auto& h : extra_headers) input.headers.push_back(h);
  notify::SigV4Result signature = notify::SignV4WithPayloadHash(
      input, payload_hash, options_.credentials, options_.region, "s3", options_.now_ms());
  notify::OutgoingRequest request;
  request.method = method;
  request.headers.emplace_back("x-amz-content-sha256", payload_hash);
  for (auto& h : extra_headers) request.headers.push_back(std::move(h));
  for (auto& h : signature.headers_to_add) request.headers.push_back(std::move(h));
  request.body.assign(body);
  notify::Url url = base_;
  url.target = input.path + (query.empty() ? "" : "?" + query);
  ++requests_sent_;
  auto reply = http_.Send(url, request);
  if (!reply) return tl::unexpected(reply.error());
  return Reply{reply->status, std::move(reply->body), std::move(reply->etag)};
}

Error S3Client::HttpError(const std::string& what, const Reply& reply, bool* retryable) {
  if (retryable != nullptr) *retryable = IsRetryableStatus(reply.status);
  std::string message = what + ": HTTP " + std::to_string(reply.status);
  const auto codes = XmlValues(reply.body, "Code");
  if (!codes.empty()) message += " " + codes.front();
  const auto messages = XmlValues(reply.body, "Message");
  if (!messages.empty()) message += ": " + messages.front();
  return Error{std::move(message), 0, 0, ErrorCode::kProtocol, {}};
}

Status S3Client::PutObject(const std::string& bucket, const std::string& key, std::string_view body,
                           bool* retryable) {
  auto reply = Send("PUT", "/" + bucket + "/" + EncodeKeyPath(key), "", body,
                    {{"Content-Type", "application/gzip"}});
  if (!reply) {
    if (retryable != nullptr) *retryable = true;
    return tl::unexpected(reply.error());
  }
  if (reply->status / 100 != 2)
    return tl::unexpected(HttpError("PutObject " + key, *reply, retryable));
  return OkStatus();
}

Status S3Client::PutObjectMultipart(const std::string& bucket, const std::string& key,
                                    std::string_view body, size_t part_bytes, bool* retryable) {
  if (retryable != nullptr) *retryable = true;
  const std::string path = "/" + bucket + "/" + EncodeKeyPath(key);
  auto created = Send("POST", path, "uploads=", "", {{"Content-Type", "application/gzip"}});
  if (!created) return tl::unexpected(created.error());
  if (created->status / 100 != 2) {
    return tl::unexpected(HttpError("CreateMultipartUpload " + key, *created, retryable));
  }
  const auto ids = XmlValues(created->body, "UploadId");
  if (ids.empty()) {
    return MakeError("CreateMultipartUpload " + key + ": no UploadId in the reply");
  }
  const std::string upload_id = UriEncode(ids.front(), false);
  auto abort = [&] { (void)Send("DELETE", path, "uploadId=" + upload_id, ""); };
  std::string complete = "<CompleteMultipartUpload>";
  part_bytes = std::max<size_t>(part_bytes, 1);
  int part = 1;
  for (size_t offset = 0; offset < body.size() || part == 1; offset += part_bytes, ++part) {
    const std::string_view piece = body.substr(std::min(offset, body.size()), part_bytes);
    auto sent =
        Send("PUT", path, "partNumber=" + std::to_string(part) + "&uploadId=" + upload_id, piece);
    if (!sent) {
      abort();
      return tl::unexpected(sent.error());
    }
    if (sent->status / 100 != 2) {
      Error e = HttpError("UploadPart " + std::to_string(part) + " of " + key, *sent, retryable);
      abort();
      return tl::unexpected(std::move(e));
    }
    complete += "<Part><PartNumber>" + std::to_string(part) + "</PartNumber><ETag>" + sent->etag +
                "</ETag></Part>";
    if (piece.size() < part_bytes) break;
  }
  complete += "</CompleteMultipartUpload>";
  auto done =
      Send("POST", path, "uploadId=" + upload_id, complete, {{"Content-Type", "application/xml"}});
  if (!done) return tl::unexpected(done.error());
  // CompleteMultipartUpload can fail with 200 and an <Error> body.
  if (done->status / 100 != 2 || done->body.find("<Error>") != std::string::npos) {
    Error e = HttpError("CompleteMultipartUpload " + key, *done, retryable);
    abort();
    return tl::unexpected(std::move(e));
  }
  return OkStatus();
}

Result<S3ListPage> S3Client::ListObjectsV2(const std::string& bucket, const std::string& prefix,
                                           const std::string& continuation_token) {
  // Canonical query: parameters sorted by name.
  std::string query;
  if (!continuation_token.empty()) {
    query += "continuation-token=" + UriEncode(continuation_token, false) + "&";
  }
  query += "list-type=2&prefix=" + UriEncode(prefix, false);
  auto reply = Send("GET", "/" + bucket, query, "");
  if (!reply) return tl::unexpected(reply.error());
  if (reply->status / 100 != 2) {
    return tl::unexpected(
        HttpError("ListObjectsV2 s3://" + bucket + "/" + prefix, *reply, nullptr));
  }
  S3ListPage page;
  size_t pos = 0;
  while ((pos = reply->body.find("<Contents>", pos)) != std::string::npos) {
    const size_t end = reply->body.find("</Contents>", pos);
    if (end == std::string::npos) break;
    const std::string_view entry(reply->body.data() + pos, end - pos);
    S3Object object;
    const auto keys = XmlValues(entry, "Key");
    const auto sizes = XmlValues(entry, "Size");
    if (!keys.empty()) {
      object.key = keys.front();
      if (!sizes.empty()) object.size = std::strtoull(sizes.front().c_str(), nullptr, 10);
      page.objects.push_back(std::move(object));
    }
    pos = end;
  }
  const auto truncated = XmlValues(reply->body, "IsTruncated");
  if (!truncated.empty() && truncated.front() == "true") {
    const auto next = XmlValues(reply->body, "NextContinuationToken");
    if (next.empty() || next.front().empty()) {
      return MakeError("ListObjectsV2: truncated reply without NextContinuationToken");
    }
    page.next_continuation_token = next.front();
  }
  return page;
}

Result<std::string> S3Client::GetObject(const std::string& bucket, const std::string& key) {
  auto reply = Send("GET", "/" + bucket + "/" + EncodeKeyPath(key), "", "");
  if (!reply) return tl::unexpected(reply.error());
  if (reply->status / 100 != 2) {
    return tl::unexpected(HttpError("GetObject s3://" + bucket + "/" + key, *reply, nullptr));
  }
  return std::move(reply->body);
}

}  // namespace tailwatch::sink
