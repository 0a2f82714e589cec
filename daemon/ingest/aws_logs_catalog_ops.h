// The CloudWatch Logs operations that manage log groups and streams, over a
// LogsCatalog: CreateLogGroup, CreateLogStream, DeleteLogGroup,
// DeleteLogStream, DescribeLogGroups, DescribeLogStreams, PutRetentionPolicy,
// DeleteRetentionPolicy, TagResource, UntagResource, ListTagsForResource and
// the older TagLogGroup, UntagLogGroup, ListTagsLogGroup. Request shapes,
// validation, error types and pagination (`nextToken`, `limit`) follow
// AWS's API reference; the differences are listed in docs/ingestion.md.
//
// Thread-safe: the catalog locks; `configured` is read-only.
#ifndef TAILWATCH_DAEMON_INGEST_AWS_LOGS_CATALOG_OPS_H_
#define TAILWATCH_DAEMON_INGEST_AWS_LOGS_CATALOG_OPS_H_

#include <simdjson.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/ingest/aws_logs_api.h"
#include "daemon/ingest/logs_catalog.h"

namespace tailwatch::daemon {

// The paths a configured group tails now, sorted.
using TailedFiles = std::function<std::vector<std::string>(std::string_view group)>;

struct CatalogOpContext {
  LogsCatalog* catalog = nullptr;
  std::vector<std::string> configured;  // configured group names, sorted
  std::string region = "us-east-1";
  TailedFiles tailed_files;  // null: no tailed files

  bool IsConfigured(std::string_view group) const;
  std::vector<std::string> TailedFilesOf(std::string_view group) const;
};

// The operation names handled here (without the Logs_20140328. prefix).
bool IsCatalogOperation(std::string_view op);

// Runs `op` on `body`: the JSON answer, or the AWS error to send (400).
AwsResult<std::string> RunCatalogOperation(std::string_view op, std::string_view body,
                                           const CatalogOpContext& context,
                                           simdjson::dom::parser& parser);

// The group name inside a log group ARN
// (arn:aws:logs:<region>:<account>:log-group:<name>[:*]); nullopt if it is none.
std::optional<std::string> LogGroupFromArn(std::string_view arn);

// `logGroupIdentifier` (a name or an ARN) or `logGroupName`, validated.
AwsResult<std::string> GetLogGroupArgument(simdjson::dom::object object);

inline constexpr std::string_view kNoSuchLogGroup = "The specified log group does not exist.";
inline constexpr std::string_view kNoSuchLogStream = "The specified log stream does not exist.";
AwsError ResourceNotFound(std::string_view message);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_AWS_LOGS_CATALOG_OPS_H_
