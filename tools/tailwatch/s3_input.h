// `tailwatch replay s3://BUCKET/PREFIX`: which objects a replay reads, and
// the S3 client it reads them with (daemon/sink/s3_client.h).
//
// The objects are the sink's (daemon/sink/object_key.h) under PREFIX, listed
// with ListObjectsV2 page by page, kept when their log group is the replayed
// one and their hour falls in [since - 1 h, until] (a batch opened in one hour
// may hold lines of the next), and replayed in (hour, stream, source, first)
// order, so a stream's objects come in the order its lines were written.
#ifndef TAILWATCH_TOOLS_TAILWATCH_S3_INPUT_H_
#define TAILWATCH_TOOLS_TAILWATCH_S3_INPUT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "daemon/sink/object_key.h"
#include "daemon/sink/s3_client.h"
#include "engine/common/status.h"

namespace tailwatch::tools {

struct S3Url {
  std::string bucket;
  std::string prefix;  // may be empty
};

// s3://BUCKET[/PREFIX]; nullopt for anything else.
std::optional<S3Url> ParseS3Url(std::string_view text);

// The client for `bucket`: region, endpoint and credentials of the config's
// sink that ships to that bucket (when there is one), else the environment
// (AWS_REGION / AWS_DEFAULT_REGION, the AWS credential chain);
// `endpoint_url` (--endpoint-url) overrides the endpoint.
Result<sink::S3ClientOptions> ReplayS3Options(const config::Config& config,
                                              const std::string& bucket,
                                              const std::string& endpoint_url);

struct S3ReplayObject {
  std::string key;
  sink::ObjectKeyParts parts;
};

// The sink objects under `url` for `log_group` (see above), in replay order.
// `skipped` counts the listed keys that are not sink objects or are another
// group's.
Result<std::vector<S3ReplayObject>> ListReplayObjects(sink::S3Client& client, const S3Url& url,
                                                      const std::string& log_group,
                                                      std::optional<int64_t> since_ms,
                                                      std::optional<int64_t> until_ms,
                                                      size_t* skipped);

}  // namespace tailwatch::tools

#endif  // TAILWATCH_TOOLS_TAILWATCH_S3_INPUT_H_
