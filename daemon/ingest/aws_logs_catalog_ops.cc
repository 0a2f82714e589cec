#include "daemon/ingest/aws_logs_catalog_ops.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>
#include <utility>

namespace tailwatch::daemon {
namespace {

using simdjson::dom::object;

constexpr std::array<std::string_view, 14> kOperations = {
    "CreateLogGroup",    "CreateLogStream",    "DeleteLogGroup",      "DeleteLogStream",
    "DescribeLogGroups", "DescribeLogStreams", "PutRetentionPolicy",  "DeleteRetentionPolicy",
    "TagResource",       "UntagResource",      "ListTagsForResource", "TagLogGroup",
    "UntagLogGroup",     "ListTagsLogGroup"};

// PutRetentionPolicy's allowed values (AWS API reference).
constexpr std::array<int, 22> kRetentionDays = {1,    3,    5,    7,    14,   30,  60,  90,
                                                120,  150,  180,  365,  400,  545, 731, 1096,
                                                1827, 2192, 2557, 2922, 3288, 3653};
constexpr int64_t kMaxDescribeLimit = 50;
constexpr size_t kMaxTagsPerResource = 50;
constexpr std::string_view kOffsetTokenPrefix = "o/";

tl::unexpected<AwsError> Fail(AwsError error) { return tl::unexpected(std::move(error)); }
tl::unexpected<AwsError> Invalid(std::string message) {
  return Fail(InvalidParameterError(std::move(message)));
}

AwsResult<std::string> ErrorFor(CatalogOutcome outcome, std::string_view group) {
  switch (outcome) {
    case CatalogOutcome::kOk:
      return std::string("{}");
    case CatalogOutcome::kGroupNotFound:
      return Fail(ResourceNotFound(kNoSuchLogGroup));
    case CatalogOutcome::kStreamNotFound:
      return Fail(ResourceNotFound(kNoSuchLogStream));
    case CatalogOutcome::kAlreadyExists:
      return Fail(
          AwsError{"ResourceAlreadyExistsException", "The specified resource already exists."});
    case CatalogOutcome::kConfigured:
      return Invalid("The log group '" + std::string(group) +
                     "' is defined by tailwatch's configuration; remove it there.");
    case CatalogOutcome::kWriteFailed:
      break;
  }
  return Fail(AwsError{"ServiceUnavailableException", "The log catalog could not be written."});
}

AwsResult<int64_t> GetLimit(object body, int64_t max) {
  auto limit = GetAwsInt(body, "limit");
  if (!limit) return Fail(limit.error());
  if (!*limit) return max;
  if (**limit < 1 || **limit > max) {
    return Invalid("1 validation error detected: Value '" + std::to_string(**limit) +
                   "' at 'limit' failed to satisfy constraint: Member must have value between 1 "
                   "and " +
                   std::to_string(max));
  }
  return **limit;
}

// Describe* pages: the token is the offset of the next item.
AwsResult<size_t> GetOffsetToken(object body) {
  auto token = GetAwsString(body, "nextToken");
  if (!token) return Fail(token.error());
  if (!*token) return size_t{0};
  std::string_view text = **token;
  size_t offset = 0;
  if (text.substr(0, kOffsetTokenPrefix.size()) != kOffsetTokenPrefix) {
    return Invalid("The specified nextToken is invalid.");
  }
  text.remove_prefix(kOffsetTokenPrefix.size());
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), offset);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return Invalid("The specified nextToken is invalid.");
  }
  return offset;
}

AwsResult<std::map<std::string, std::string>> GetTags(object body, std::string_view key,
                                                      bool required) {
  std::map<std::string, std::string> tags;
  simdjson::dom::element element;
  if (body[key].get(element) != simdjson::SUCCESS || element.is_null()) {
    if (required) {
      return Invalid("1 validation error detected: Value null at '" + std::string(key) +
                     "' failed to satisfy constraint: Member must not be null");
    }
    return tags;
  }
  object map;
  if (element.get(map) != simdjson::SUCCESS) {
    return Fail(SerializationError("'" + std::string(key) + "' must be a map"));
  }
  for (auto field : map) {
    std::string_view value;
    if (field.value.get(value) != simdjson::SUCCESS) {
      return Fail(SerializationError("tag values must be strings"));
    }
    if (field.key.empty() || field.key.size() > 128 || value.size() > 256) {
      return Invalid("Tag keys must have 1-128 characters and values at most 256.");
    }
    tags[std::string(field.key)] = std::string(value);
  }
  if (required && tags.empty()) {
    return Invalid("1 validation error detected: Value '{}' at '" + std::string(key) +
                   "' failed to satisfy constraint: Member must have length greater than or "
                   "equal to 1");
  }
  if (tags.size() > kMaxTagsPerResource) return Invalid("A resource can have at most 50 tags.");
  return tags;
}

AwsResult<std::vector<std::string>> GetStringList(object body, std::string_view key) {
  simdjson::dom::element element;
  if (body[key].get(element) != simdjson::SUCCESS || element.is_null()) {
    return Invalid("1 validation error detected: Value null at '" + std::string(key) +
                   "' failed to satisfy constraint: Member must not be null");
  }
  simdjson::dom::array list;
  if (element.get(list) != simdjson::SUCCESS) {
    return Fail(SerializationError("'" + std::string(key) + "' must be a list"));
  }
  std::vector<std::string> out;
  for (simdjson::dom::element item : list) {
    std::string_view value;
    if (item.get(value) != simdjson::SUCCESS) {
      return Fail(SerializationError("'" + std::string(key) + "' must hold strings"));
    }
    out.emplace_back(value);
  }
  return out;
}

std::string GroupArn(const CatalogOpContext& context, std::string_view group) {
  return "arn:aws:logs:" + context.region + ":000000000000:log-group:" + std::string(group);
}

void AppendTags(std::string& out, const std::map<std::string, std::string>& tags) {
  out += '{';
  bool first = true;
  for (const auto& [key, value] : tags) {
    if (!first) out += ',';
    first = false;
    AppendJsonText(out, key);
    out += ':';
    AppendJsonText(out, value);
  }
  out += '}';
}

void AppendMember(std::string& out, std::string_view key, int64_t value) {
  out += ",\"";
  out += key;
  out += "\":";
  out += std::to_string(value);
}

// The group named by `resourceArn` (TagResource and friends).
AwsResult<std::string> GroupFromResourceArn(object body) {
  auto arn = GetAwsString(body, "resourceArn");
  if (!arn) return Fail(arn.error());
  if (!*arn) {
    return Invalid(
        "1 validation error detected: Value null at 'resourceArn' failed to satisfy constraint: "
        "Member must not be null");
  }
  auto group = LogGroupFromArn(**arn);
  if (!group) return Invalid("Invalid resourceArn: " + std::string(**arn));
  return *group;
}

AwsResult<std::string> GetGroupName(object body) {
  auto name = GetAwsString(body, "logGroupName");
  if (!name) return Fail(name.error());
  if (auto ok = ValidateLogGroupName(*name); !ok) return Fail(ok.error());
  return std::string(**name);
}

AwsResult<std::string> GetStreamName(object body) {
  auto name = GetAwsString(body, "logStreamName");
  if (!name) return Fail(name.error());
  if (auto ok = ValidateLogStreamName(*name); !ok) return Fail(ok.error());
  return std::string(**name);
}

bool ContainsIgnoringCase(std::string_view text, std::string_view part) {
  auto it = std::search(text.begin(), text.end(), part.begin(), part.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
  return it != text.end();
}

AwsResult<std::string> DescribeLogGroups(object body, const CatalogOpContext& context) {
  auto prefix = GetAwsString(body, "logGroupNamePrefix");
  if (!prefix) return Fail(prefix.error());
  auto pattern = GetAwsString(body, "logGroupNamePattern");
  if (!pattern) return Fail(pattern.error());
  if (*prefix && *pattern) {
    return Invalid(
        "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.");
  }
  auto limit = GetLimit(body, kMaxDescribeLimit);
  if (!limit) return Fail(limit.error());
  auto offset = GetOffsetToken(body);
  if (!offset) return Fail(offset.error());

  std::vector<LogGroupInfo> groups = context.catalog->Groups(context.configured);
  std::vector<const LogGroupInfo*> selected;
  for (const LogGroupInfo& group : groups) {
    if (*prefix && group.name.compare(0, (*prefix)->size(), **prefix) != 0) continue;
    if (*pattern && !ContainsIgnoringCase(group.name, **pattern)) continue;
    selected.push_back(&group);
  }
  std::string out = "{\"logGroups\":[";
  const size_t end = std::min(selected.size(), *offset + static_cast<size_t>(*limit));
  for (size_t i = *offset; i < end; ++i) {
    const LogGroupInfo& group = *selected[i];
    if (i > *offset) out += ',';
    out += "{\"logGroupName\":";
    AppendJsonText(out, group.name);
    AppendMember(out, "creationTime", group.creation_ms);
    if (group.retention_days) AppendMember(out, "retentionInDays", *group.retention_days);
    out += ",\"metricFilterCount\":0,\"arn\":";
    AppendJsonText(out, GroupArn(context, group.name) + ":*");
    out += ",\"logGroupArn\":";
    AppendJsonText(out, GroupArn(context, group.name));
    uint64_t stored = 0;
    for (const auto& [name, stream] : group.streams) stored += stream.stored_bytes;
    AppendMember(out, "storedBytes", static_cast<int64_t>(stored));
    out += ",\"logGroupClass\":\"STANDARD\"}";
  }
  out += ']';
  if (end < selected.size()) {
    out += ",\"nextToken\":";
    AppendJsonText(out, std::string(kOffsetTokenPrefix) + std::to_string(end));
  }
  out += '}';
  return out;
}

AwsResult<std::string> DescribeLogStreams(object body, const CatalogOpContext& context) {
  auto group_name = GetLogGroupArgument(body);
  if (!group_name) return Fail(group_name.error());
  auto prefix = GetAwsString(body, "logStreamNamePrefix");
  if (!prefix) return Fail(prefix.error());
  auto order_by = GetAwsString(body, "orderBy");
  if (!order_by) return Fail(order_by.error());
  bool by_last_event = false;
  if (*order_by) {
    if (**order_by == "LastEventTime") {
      by_last_event = true;
    } else if (**order_by != "LogStreamName") {
      return Invalid("1 validation error detected: Value '" + std::string(**order_by) +
                     "' at 'orderBy' failed to satisfy constraint: Member must satisfy enum "
                     "value set: [LogStreamName, LastEventTime]");
    }
  }
  if (by_last_event && *prefix) {
    return Invalid("Cannot order by LastEventTime with a logStreamNamePrefix.");
  }
  auto descending = GetAwsBool(body, "descending");
  if (!descending) return Fail(descending.error());
  auto limit = GetLimit(body, kMaxDescribeLimit);
  if (!limit) return Fail(limit.error());
  auto offset = GetOffsetToken(body);
  if (!offset) return Fail(offset.error());

  auto group = context.catalog->FindGroup(*group_name, context.IsConfigured(*group_name));
  if (!group) return Fail(ResourceNotFound(kNoSuchLogGroup));
  // Tailed files are streams named by their path, described from stat(2).
  for (const std::string& path : context.TailedFilesOf(*group_name)) {
    if (group->streams.count(path) > 0) continue;
    LogStreamInfo info;
    info.name = path;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
      const int64_t mtime_ms = int64_t{st.st_mtim.tv_sec} * 1000 + st.st_mtim.tv_nsec / 1000000;
      info.creation_ms = int64_t{st.st_ctim.tv_sec} * 1000;
      info.first_event_ms = info.last_event_ms = info.last_ingestion_ms = mtime_ms;
      info.stored_bytes = static_cast<uint64_t>(st.st_size);
    }
    group->streams.emplace(path, std::move(info));
  }
  std::vector<const LogStreamInfo*> streams;
  for (const auto& [name, stream] : group->streams) {
    if (*prefix && name.compare(0, (*prefix)->size(), **prefix) != 0) continue;
    streams.push_back(&stream);
  }
  if (by_last_event) {
    std::stable_sort(streams.begin(), streams.end(),
                     [](const LogStreamInfo* a, const LogStreamInfo* b) {
                       return a->last_event_ms < b->last_event_ms;
                     });
  }
  if (*descending) std::reverse(streams.begin(), streams.end());

  std::string out = "{\"logStreams\":[";
  const size_t end = std::min(streams.size(), *offset + static_cast<size_t>(*limit));
  for (size_t i = *offset; i < end; ++i) {
    const LogStreamInfo& stream = *streams[i];
    if (i > *offset) out += ',';
    out += "{\"logStreamName\":";
    AppendJsonText(out, stream.name);
    AppendMember(out, "creationTime", stream.creation_ms);
    if (stream.first_event_ms >= 0) {
      AppendMember(out, "firstEventTimestamp", stream.first_event_ms);
      AppendMember(out, "lastEventTimestamp", stream.last_event_ms);
    }
    if (stream.last_ingestion_ms >= 0) {
      AppendMember(out, "lastIngestionTime", stream.last_ingestion_ms);
    }
    if (!stream.upload_sequence_token.empty()) {
      out += ",\"uploadSequenceToken\":";
      AppendJsonText(out, stream.upload_sequence_token);
    }
    out += ",\"arn\":";
    AppendJsonText(out, GroupArn(context, group->name) + ":log-stream:" + stream.name);
    AppendMember(out, "storedBytes", static_cast<int64_t>(stream.stored_bytes));
    out += '}';
  }
  out += ']';
  if (end < streams.size()) {
    out += ",\"nextToken\":";
    AppendJsonText(out, std::string(kOffsetTokenPrefix) + std::to_string(end));
  }
  out += '}';
  return out;
}

AwsResult<std::string> ListTags(const CatalogOpContext& context, const std::string& group_name) {
  auto group = context.catalog->FindGroup(group_name, context.IsConfigured(group_name));
  if (!group) return Fail(ResourceNotFound(kNoSuchLogGroup));
  std::string out = "{\"tags\":";
  AppendTags(out, group->tags);
  out += '}';
  return out;
}

}  // namespace

bool CatalogOpContext::IsConfigured(std::string_view group) const {
  return std::binary_search(configured.begin(), configured.end(), group);
}

std::vector<std::string> CatalogOpContext::TailedFilesOf(std::string_view group) const {
  if (!tailed_files || !IsConfigured(group)) return {};
  return tailed_files(group);
}

bool IsCatalogOperation(std::string_view op) {
  return std::find(kOperations.begin(), kOperations.end(), op) != kOperations.end();
}

AwsError ResourceNotFound(std::string_view message) {
  return AwsError{"ResourceNotFoundException", std::string(message)};
}

std::optional<std::string> LogGroupFromArn(std::string_view arn) {
  // arn:aws:logs:<region>:<account>:log-group:<name>[:*]
  constexpr std::string_view kMarker = ":log-group:";
  if (arn.substr(0, 13) != "arn:aws:logs:") return std::nullopt;
  const size_t marker = arn.find(kMarker);
  if (marker == std::string_view::npos) return std::nullopt;
  std::string_view name = arn.substr(marker + kMarker.size());
  if (name.size() >= 2 && name.substr(name.size() - 2) == ":*") name.remove_suffix(2);
  if (name.empty() || name.find(':') != std::string_view::npos) return std::nullopt;
  return std::string(name);
}

AwsResult<std::string> GetLogGroupArgument(object body) {
  auto identifier = GetAwsString(body, "logGroupIdentifier");
  if (!identifier) return Fail(identifier.error());
  if (*identifier) {
    if (auto from_arn = LogGroupFromArn(**identifier)) return *from_arn;
    if (auto ok = ValidateLogGroupName(*identifier); !ok) return Fail(ok.error());
    return std::string(**identifier);
  }
  return GetGroupName(body);
}

AwsResult<std::string> RunCatalogOperation(std::string_view op, std::string_view body_text,
                                           const CatalogOpContext& context,
                                           simdjson::dom::parser& parser) {
  auto parsed = ParseAwsObject(body_text, parser);
  if (!parsed) return Fail(parsed.error());
  const object body = *parsed;
  LogsCatalog& catalog = *context.catalog;

  if (op == "DescribeLogGroups") return DescribeLogGroups(body, context);
  if (op == "DescribeLogStreams") return DescribeLogStreams(body, context);
  if (op == "TagResource" || op == "UntagResource" || op == "ListTagsForResource") {
    auto group = GroupFromResourceArn(body);
    if (!group) return Fail(group.error());
    const bool configured = context.IsConfigured(*group);
    if (op == "ListTagsForResource") return ListTags(context, *group);
    if (op == "TagResource") {
      auto tags = GetTags(body, "tags", /*required=*/true);
      if (!tags) return Fail(tags.error());
      return ErrorFor(catalog.Tag(*group, configured, *tags), *group);
    }
    auto keys = GetStringList(body, "tagKeys");
    if (!keys) return Fail(keys.error());
    return ErrorFor(catalog.Untag(*group, configured, *keys), *group);
  }

  auto group = GetGroupName(body);
  if (!group) return Fail(group.error());
  const bool configured = context.IsConfigured(*group);
  if (op == "CreateLogGroup") {
    auto tags = GetTags(body, "tags", /*required=*/false);
    if (!tags) return Fail(tags.error());
    return ErrorFor(catalog.CreateGroup(*group, configured, *tags), *group);
  }
  if (op == "DeleteLogGroup") return ErrorFor(catalog.DeleteGroup(*group, configured), *group);
  if (op == "CreateLogStream" || op == "DeleteLogStream") {
    auto stream = GetStreamName(body);
    if (!stream) return Fail(stream.error());
    return ErrorFor(op == "CreateLogStream" ? catalog.CreateStream(*group, *stream, configured)
                                            : catalog.DeleteStream(*group, *stream, configured),
                    *group);
  }
  if (op == "PutRetentionPolicy") {
    auto days = GetAwsInt(body, "retentionInDays");
    if (!days) return Fail(days.error());
    if (!*days) {
      return Invalid(
          "1 validation error detected: Value null at 'retentionInDays' failed to satisfy "
          "constraint: Member must not be null");
    }
    if (std::find(kRetentionDays.begin(), kRetentionDays.end(), **days) == kRetentionDays.end()) {
      return Invalid("1 validation error detected: Value '" + std::to_string(**days) +
                     "' at 'retentionInDays' failed to satisfy constraint: Member must satisfy "
                     "enum value set: [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, "
                     "731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]");
    }
    return ErrorFor(catalog.SetRetention(*group, configured, static_cast<int>(**days)), *group);
  }
  if (op == "DeleteRetentionPolicy") {
    return ErrorFor(catalog.SetRetention(*group, configured, std::nullopt), *group);
  }
  if (op == "TagLogGroup") {
    auto tags = GetTags(body, "tags", /*required=*/true);
    if (!tags) return Fail(tags.error());
    return ErrorFor(catalog.Tag(*group, configured, *tags), *group);
  }
  if (op == "UntagLogGroup") {
    auto keys = GetStringList(body, "tags");
    if (!keys) return Fail(keys.error());
    return ErrorFor(catalog.Untag(*group, configured, *keys), *group);
  }
  if (op == "ListTagsLogGroup") return ListTags(context, *group);
  return Fail(AwsError{"UnknownOperationException", "Unknown operation " + std::string(op)});
}

}  // namespace tailwatch::daemon
