#include "daemon/ingest/aws_logs_filter_ops.h"

#include <algorithm>
#include <charconv>

#include "config/config_writer.h"
#include "config/importer.h"
#include "daemon/ingest/aws_logs_catalog_ops.h"

namespace tailwatch::daemon {
namespace {

constexpr size_t kMaxFilterNameBytes = 512;
constexpr size_t kMaxPatternBytes = 1024;
constexpr int64_t kMaxDescribeLimit = 50;

std::string DefinedInConfig(std::string_view name) {
  return "The metric filter " + std::string(name) +
         " is defined in the tailwatch configuration file; change it there.";
}

DefinitionsVerdict Refuse(std::string code, std::string message) {
  return DefinitionsVerdict{false, std::move(code), std::move(message)};
}

void AppendMember(std::string& out, std::string_view key) {
  if (out.back() != '{') out += ',';
  AppendJsonText(out, key);
  out += ':';
}

void AppendFilter(std::string& out, const engine::FilterSpec& f) {
  const engine::MetricTransformationSpec& t = f.transformation;
  out += '{';
  AppendMember(out, "filterName");
  AppendJsonText(out, f.name);
  AppendMember(out, "filterPattern");
  AppendJsonText(out, f.pattern);
  AppendMember(out, "metricTransformations");
  out += "[{";
  AppendMember(out, "metricName");
  AppendJsonText(out, t.metric_name);
  AppendMember(out, "metricNamespace");
  AppendJsonText(out, t.metric_namespace);
  AppendMember(out, "metricValue");
  AppendJsonText(out, t.metric_value);
  if (t.default_value) {
    AppendMember(out, "defaultValue");
    out += config::FormatNumber(*t.default_value);
  }
  if (!t.dimensions.empty()) {
    AppendMember(out, "dimensions");
    out += '{';
    for (const auto& [key, value] : t.dimensions) {
      AppendMember(out, key);
      AppendJsonText(out, value);
    }
    out += '}';
  }
  if (!t.unit.empty() && t.unit != "None") {  // AWS leaves the default out
    AppendMember(out, "unit");
    AppendJsonText(out, t.unit);
  }
  out += "}]";
  AppendMember(out, "creationTime");
  out += '0';
  AppendMember(out, "logGroupName");
  AppendJsonText(out, f.log_group);
  out += '}';
}

// What PutMetricFilter and DeleteMetricFilter both name: a valid log group
// and a filter name (null or empty is the caller's to refuse).
struct FilterRequest {
  simdjson::dom::object object;
  std::string_view group;
  std::optional<std::string_view> name;
};

AwsResult<FilterRequest> ParseFilterRequest(std::string_view body, simdjson::dom::parser& parser) {
  auto object = ParseAwsObject(body, parser);
  if (!object) return tl::unexpected(object.error());
  auto group = GetAwsString(*object, "logGroupName");
  if (!group) return tl::unexpected(group.error());
  if (auto valid = ValidateLogGroupName(*group); !valid) return tl::unexpected(valid.error());
  auto name = GetAwsString(*object, "filterName");
  if (!name) return tl::unexpected(name.error());
  return FilterRequest{*object, **group, *name};
}

}  // namespace

AwsResult<engine::FilterSpec> ParsePutMetricFilter(std::string_view body,
                                                   simdjson::dom::parser& parser) {
  auto request = ParseFilterRequest(body, parser);
  if (!request) return tl::unexpected(request.error());
  const std::optional<std::string_view>& name = request->name;
  if (!name || name->empty() || name->size() > kMaxFilterNameBytes ||
      name->find_first_of(":*") != std::string_view::npos) {
    return tl::unexpected(InvalidParameterError(
        "1 validation error detected: Value at 'filterName' failed to satisfy constraint: "
        "Member must have length between 1 and 512 and satisfy regular expression pattern: "
        "[^:*]*"));
  }
  auto pattern = GetAwsString(request->object, "filterPattern");
  if (!pattern) return tl::unexpected(pattern.error());
  if (!*pattern || (*pattern)->size() > kMaxPatternBytes) {
    return tl::unexpected(InvalidParameterError(
        "1 validation error detected: Value at 'filterPattern' failed to satisfy constraint: "
        "Member must not be null and have length less than or equal to 1024"));
  }
  simdjson::dom::array transformations;
  if (request->object["metricTransformations"].get_array().get(transformations) !=
          simdjson::SUCCESS ||
      transformations.size() != 1) {
    return tl::unexpected(InvalidParameterError(
        "1 validation error detected: Value at 'metricTransformations' failed to satisfy "
        "constraint: Member must have length less than or equal to 1 and not be null"));
  }
  // The body is one JSON object: wrapped, it is a describe-metric-filters answer.
  const std::string text = "{\"metricFilters\":[" + std::string(body) + "]}";
  config::ImportResult imported = config::ImportText(text, "PutMetricFilter");
  if (imported.config.metric_filters.size() != 1) {
    const std::string why = config::ImportMessagesForApi(imported);
    return tl::unexpected(
        InvalidParameterError(why.empty() ? "The metric filter is not valid." : why));
  }
  return std::move(imported.config.metric_filters.front());
}

AwsResult<DeleteMetricFilterRequest> ParseDeleteMetricFilter(std::string_view body,
                                                             simdjson::dom::parser& parser) {
  auto request = ParseFilterRequest(body, parser);
  if (!request) return tl::unexpected(request.error());
  if (!request->name || request->name->empty()) {
    return tl::unexpected(InvalidParameterError(
        "1 validation error detected: Value null at 'filterName' failed to satisfy constraint: "
        "Member must not be null"));
  }
  return DeleteMetricFilterRequest{std::string(request->group), std::string(*request->name)};
}

AwsResult<std::string> RunDescribeMetricFilters(std::string_view body,
                                                const std::vector<engine::FilterSpec>& filters,
                                                simdjson::dom::parser& parser) {
  auto object = ParseAwsObject(body, parser);
  if (!object) return tl::unexpected(object.error());
  auto group = GetAwsString(*object, "logGroupName");
  auto prefix = GetAwsString(*object, "filterNamePrefix");
  auto metric = GetAwsString(*object, "metricName");
  auto metric_namespace = GetAwsString(*object, "metricNamespace");
  auto token = GetAwsString(*object, "nextToken");
  auto limit = GetAwsInt(*object, "limit");
  for (const auto* member : {&group, &prefix, &metric, &metric_namespace, &token}) {
    if (!*member) return tl::unexpected(member->error());
  }
  if (!limit) return tl::unexpected(limit.error());
  if (*group) {
    if (auto valid = ValidateLogGroupName(*group); !valid) return tl::unexpected(valid.error());
  }
  if (metric->has_value() != metric_namespace->has_value()) {
    return tl::unexpected(InvalidParameterError(
        "If you include the metricName parameter in your request, you must also include the "
        "metricNamespace parameter."));
  }
  const int64_t page = limit->value_or(kMaxDescribeLimit);
  if (page < 1 || page > kMaxDescribeLimit) {
    return tl::unexpected(InvalidParameterError(
        "1 validation error detected: Value at 'limit' failed to satisfy constraint: Member "
        "must have value between 1 and 50"));
  }
  size_t offset = 0;
  if (*token) {
    const std::string_view text = **token;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), offset);
    if (ec != std::errc() || end != text.data() + text.size()) {
      return tl::unexpected(InvalidParameterError("The specified nextToken is not valid."));
    }
  }
  std::vector<const engine::FilterSpec*> matching;
  for (const engine::FilterSpec& f : filters) {
    if (*group && f.log_group != **group) continue;
    if (*prefix && !f.name.starts_with(**prefix)) continue;
    if (*metric && (f.transformation.metric_name != **metric ||
                    f.transformation.metric_namespace != **metric_namespace)) {
      continue;
    }
    matching.push_back(&f);
  }
  std::sort(matching.begin(), matching.end(), [](const auto* a, const auto* b) {
    return std::tie(a->log_group, a->name) < std::tie(b->log_group, b->name);
  });
  std::string out = "{\"metricFilters\":[";
  const size_t end = std::min(matching.size(), offset + static_cast<size_t>(page));
  for (size_t i = offset; i < end; ++i) {
    if (i > offset) out += ',';
    AppendFilter(out, *matching[i]);
  }
  out += ']';
  if (end < matching.size()) out += ",\"nextToken\":\"" + std::to_string(end) + "\"";
  out += '}';
  return out;
}

DefinitionsVerdict PutFilterEdit(const engine::FilterSpec& filter, bool created_group,
                                 config::ApiDefinitions& document, const config::Config& running) {
  if (FileDefinesFilter(running, filter.name)) {
    return Refuse("InvalidParameterException", DefinedInConfig(filter.name));
  }
  const bool configured = std::any_of(
      running.log_groups.begin(), running.log_groups.end(),
      [&filter](const config::LogGroupConfig& g) { return g.name == filter.log_group; });
  if (!configured && !created_group) {
    return Refuse("ResourceNotFoundException", std::string(kNoSuchLogGroup));
  }
  const bool in_document = std::any_of(
      document.log_groups.begin(), document.log_groups.end(),
      [&filter](const config::LogGroupConfig& g) { return g.name == filter.log_group; });
  if (!configured && !in_document) {
    config::LogGroupConfig group;
    group.name = filter.log_group;
    document.log_groups.push_back(std::move(group));
  }
  auto it = std::find_if(document.metric_filters.begin(), document.metric_filters.end(),
                         [&filter](const engine::FilterSpec& f) { return f.name == filter.name; });
  if (it == document.metric_filters.end()) {
    document.metric_filters.push_back(filter);
  } else {
    *it = filter;
  }
  return DefinitionsVerdict{true, "", ""};
}

DefinitionsVerdict DeleteFilterEdit(const DeleteMetricFilterRequest& request,
                                    config::ApiDefinitions& document,
                                    const config::Config& running) {
  const auto same = [&request](const engine::FilterSpec& f) {
    return f.name == request.filter_name && f.log_group == request.log_group;
  };
  if (std::any_of(running.metric_filters.begin(), running.metric_filters.end(), same) &&
      FileDefinesFilter(running, request.filter_name)) {
    return Refuse("InvalidParameterException", DefinedInConfig(request.filter_name));
  }
  auto it = std::find_if(document.metric_filters.begin(), document.metric_filters.end(), same);
  if (it == document.metric_filters.end()) {
    return Refuse("ResourceNotFoundException", "The specified resource does not exist.");
  }
  document.metric_filters.erase(it);
  // The push-only stand-in of a created group goes with its last filter.
  const bool still_named = std::any_of(
      document.metric_filters.begin(), document.metric_filters.end(),
      [&request](const engine::FilterSpec& f) { return f.log_group == request.log_group; });
  if (!still_named) {
    std::erase_if(document.log_groups, [&request](const config::LogGroupConfig& g) {
      return g.name == request.log_group;
    });
  }
  return DefinitionsVerdict{true, "", ""};
}

int FilterEditStatus(const DefinitionsOutcome& outcome, AwsError* error) {
  switch (outcome.kind) {
    case DefinitionsOutcome::Kind::kApplied:
      return 200;
    case DefinitionsOutcome::Kind::kRefused:
      *error = AwsError{outcome.code, outcome.message};
      return 400;
    case DefinitionsOutcome::Kind::kInvalid:
      *error = InvalidParameterError(outcome.message);
      return 400;
    case DefinitionsOutcome::Kind::kUnavailable:
      break;
  }
  *error = AwsError{"ServiceUnavailableException", outcome.message};
  return 503;
}

}  // namespace tailwatch::daemon
