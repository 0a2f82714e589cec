#include "tools/tailwatch/s3_input.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>
#include <vector>

#include "daemon/notify/aws_credentials.h"

namespace tailwatch::tools {
namespace {

constexpr int64_t kHourMs = 3600 * 1000;

// A key's sink prefix is everything before its last seven levels
// (GROUP/STREAM/YYYY/MM/DD/HH/NAME: GROUP and STREAM hold no '/').
std::optional<sink::ObjectKeyParts> ParseAnyObjectKey(std::string_view key) {
  std::vector<size_t> slashes;
  for (size_t i = 0; i < key.size(); ++i) {
    if (key[i] == '/') slashes.push_back(i);
  }
  if (slashes.size() < 6) return std::nullopt;
  if (slashes.size() == 6) return sink::ParseObjectKey(key, "");
  return sink::ParseObjectKey(key, key.substr(0, slashes[slashes.size() - 7]));
}

}  // namespace

std::optional<S3Url> ParseS3Url(std::string_view text) {
  if (!text.starts_with("s3://")) return std::nullopt;
  text.remove_prefix(5);
  const size_t slash = text.find('/');
  S3Url url;
  url.bucket = std::string(text.substr(0, slash));
  if (url.bucket.empty()) return std::nullopt;
  if (slash != std::string_view::npos) url.prefix = std::string(text.substr(slash + 1));
  return url;
}

Result<sink::S3ClientOptions> ReplayS3Options(const config::Config& config,
                                              const std::string& bucket,
                                              const std::string& endpoint_url) {
  sink::S3ClientOptions o;
  notify::AwsCredentials configured;
  const config::SinkConfig* found = nullptr;
  for (const config::SinkConfig& s : config.sinks) {
    if (s.bucket == bucket) found = &s;
  }
  if (found != nullptr) {
    o.region = found->region;
    o.endpoint = found->endpoint;
    o.ca_file = found->ca_file;
    configured = {found->aws_access_key_id, found->aws_secret_access_key, found->aws_session_token};
  } else {
    const std::string region = notify::ProcessEnv("AWS_REGION");
    const std::string default_region = notify::ProcessEnv("AWS_DEFAULT_REGION");
    if (!region.empty()) {
      o.region = region;
    } else if (!default_region.empty()) {
      o.region = default_region;
    }
  }
  if (!endpoint_url.empty()) o.endpoint = endpoint_url;
  auto creds = notify::ResolveConfiguredAwsCredentials(configured);
  if (!creds) return tl::unexpected(creds.error());
  o.credentials = std::move(*creds);
  return o;
}

Result<std::vector<S3ReplayObject>> ListReplayObjects(sink::S3Client& client, const S3Url& url,
                                                      const std::string& log_group,
                                                      std::optional<int64_t> since_ms,
                                                      std::optional<int64_t> until_ms,
                                                      size_t* skipped) {
  std::vector<S3ReplayObject> out;
  std::string token;
  do {
    auto page = client.ListObjectsV2(url.bucket, url.prefix, token);
    if (!page) return tl::unexpected(page.error());
    for (sink::S3Object& object : page->objects) {
      auto parts = ParseAnyObjectKey(object.key);
      if (!parts || parts->log_group != log_group) {
        ++*skipped;
        continue;
      }
      if (since_ms && parts->hour_ms + kHourMs <= *since_ms - kHourMs) continue;
      if (until_ms && parts->hour_ms > *until_ms) continue;
      out.push_back({std::move(object.key), std::move(*parts)});
    }
    token = page->next_continuation_token;
  } while (!token.empty());
  std::sort(out.begin(), out.end(), [](const S3ReplayObject& a, const S3ReplayObject& b) {
    return std::tie(a.parts.hour_ms, a.parts.log_stream, a.parts.source_id, a.parts.first) <
           std::tie(b.parts.hour_ms, b.parts.log_stream, b.parts.source_id, b.parts.first);
  });
  return out;
}

}  // namespace tailwatch::tools
