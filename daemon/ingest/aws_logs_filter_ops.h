// The CloudWatch Logs operations on metric filters: PutMetricFilter,
// DeleteMetricFilter (filters made over the API, kept in
// state_dir/api_definitions.yaml; definitions_editor.h) and
// DescribeMetricFilters (every running filter, the configuration file's
// included). A filter the configuration file defines cannot be changed or
// deleted here (InvalidParameterException: change it there).
//
// PutMetricFilter's request is read by `tailwatch import`'s reader of the
// describe-metric-filters shape (config/import/aws_cli_reader.cc), the same
// member names, so the API and import agree on what a filter means.
// Pure functions; the edits run on the engine strand.
#ifndef TAILWATCH_DAEMON_INGEST_AWS_LOGS_FILTER_OPS_H_
#define TAILWATCH_DAEMON_INGEST_AWS_LOGS_FILTER_OPS_H_

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "daemon/common/definitions_editor.h"
#include "daemon/ingest/aws_logs_api.h"
#include "engine/match/filter_spec.h"

namespace tailwatch::daemon {

AwsResult<engine::FilterSpec> ParsePutMetricFilter(std::string_view body,
                                                   simdjson::dom::parser& parser);

struct DeleteMetricFilterRequest {
  std::string log_group;
  std::string filter_name;
};
AwsResult<DeleteMetricFilterRequest> ParseDeleteMetricFilter(std::string_view body,
                                                             simdjson::dom::parser& parser);

// logGroupName, filterNamePrefix, metricName with metricNamespace, limit
// (1-50, default 50), nextToken (an offset): {"metricFilters":[...],
// "nextToken"?} over `filters`, sorted by log group then filter name.
AwsResult<std::string> RunDescribeMetricFilters(std::string_view body,
                                                const std::vector<engine::FilterSpec>& filters,
                                                simdjson::dom::parser& parser);

// `created_group`: the filter's log group was created over the Logs API
// (CreateLogGroup); the document then gets a push-only group of that name
// unless the configuration defines it. A group neither configured nor
// created is ResourceNotFoundException. An API filter of the same name is
// replaced.
DefinitionsVerdict PutFilterEdit(const engine::FilterSpec& filter, bool created_group,
                                 config::ApiDefinitions& document, const config::Config& running);
DefinitionsVerdict DeleteFilterEdit(const DeleteMetricFilterRequest& request,
                                    config::ApiDefinitions& document,
                                    const config::Config& running);

// The HTTP status and AWS error of an edit's outcome; status 200 = done.
int FilterEditStatus(const DefinitionsOutcome& outcome, AwsError* error);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_AWS_LOGS_FILTER_OPS_H_
