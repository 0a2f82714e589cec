#include "daemon/ingest/aws_logs_api.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

#include "engine/alarm/format.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"

namespace tailwatch::daemon {
namespace {

constexpr std::string_view kInvalidParameter = "InvalidParameterException";
constexpr std::string_view kSerialization = "SerializationException";
constexpr size_t kMaxNameLength = 512;
// TestMetricFilter's eventNumber is 1-based (docs/cloudwatch-semantics.md §3.4): one constant.
constexpr size_t kFirstEventNumber = 1;

tl::unexpected<AwsError> Invalid(std::string message) {
  return tl::unexpected<AwsError>(AwsError{std::string(kInvalidParameter), std::move(message)});
}
tl::unexpected<AwsError> Serialization(std::string message) {
  return tl::unexpected<AwsError>(AwsError{std::string(kSerialization), std::move(message)});
}

std::string NullMember(std::string_view member) {
  return "1 validation error detected: Value null at '" + std::string(member) +
         "' failed to satisfy constraint: Member must not be null";
}

// Parses `body` as one JSON object. The copy into a padded string is once per
// request, not per event.
AwsResult<simdjson::dom::object> ParseObject(std::string_view body, simdjson::dom::parser& parser) {
  simdjson::dom::element root;
  if (auto err = parser.parse(body.data(), body.size(), true).get(root); err) {
    return Serialization(std::string("Request body is not valid JSON: ") +
                         simdjson::error_message(err));
  }
  simdjson::dom::object object;
  if (root.get(object) != simdjson::SUCCESS) {
    return Serialization("Request body must be a JSON object");
  }
  return object;
}

// An optional string member: absent or null gives present = false; another
// type is a SerializationException.
struct StringMember {
  bool present = false;
  std::string_view value;
};
AwsResult<StringMember> GetString(simdjson::dom::object object, std::string_view key) {
  simdjson::dom::element element;
  if (object[key].get(element) != simdjson::SUCCESS || element.is_null()) return StringMember{};
  std::string_view value;
  if (element.get(value) != simdjson::SUCCESS) {
    return Serialization("'" + std::string(key) + "' must be a string");
  }
  return StringMember{true, value};
}

bool IsGroupNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_' || c == '/' || c == '#';
}

AwsResult<void> CheckGroupName(const StringMember& name) {
  if (!name.present) return Invalid(NullMember("logGroupName"));
  if (name.value.empty() || name.value.size() > kMaxNameLength) {
    return Invalid(
        "1 validation error detected: Value at 'logGroupName' failed to satisfy constraint: "
        "Member must have length between 1 and 512");
  }
  if (!std::all_of(name.value.begin(), name.value.end(), IsGroupNameChar)) {
    return Invalid(
        "1 validation error detected: Value at 'logGroupName' failed to satisfy constraint: "
        "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+");
  }
  return {};
}

AwsResult<void> CheckStreamName(const StringMember& name) {
  if (!name.present) return Invalid(NullMember("logStreamName"));
  if (name.value.empty() || name.value.size() > kMaxNameLength) {
    return Invalid(
        "1 validation error detected: Value at 'logStreamName' failed to satisfy constraint: "
        "Member must have length between 1 and 512");
  }
  if (name.value.find_first_of(":*") != std::string_view::npos) {
    return Invalid(
        "1 validation error detected: Value at 'logStreamName' failed to satisfy constraint: "
        "Member must satisfy regular expression pattern: [^:*]*");
  }
  return {};
}

bool GetTimestamp(const simdjson::dom::element& element, int64_t* out) {
  using simdjson::dom::element_type;
  switch (element.type()) {
    case element_type::INT64:
      *out = element.get_int64().value_unsafe();
      return true;
    case element_type::DOUBLE: {
      // Some SDKs print longs as 1.7e12; accept exact integers only.
      const double d = element.get_double().value_unsafe();
      if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0) {
        return false;
      }
      *out = static_cast<int64_t>(d);
      return true;
    }
    default:
      return false;  // strings, UINT64 beyond int64, objects, ...
  }
}

void AppendUnsigned(std::string& out, uint64_t value) { out += std::to_string(value); }

}  // namespace

void AppendJsonText(std::string& out, std::string_view text) {
  engine::AppendJsonString(out, text);
}

bool TruncateUtf8(std::string* text, size_t max_bytes) {
  if (text->size() <= max_bytes) return false;
  size_t cut = max_bytes;
  // Back off over continuation bytes (10xxxxxx) to the start of a sequence;
  // at most 3 steps for valid UTF-8, and a bounded walk for any bytes.
  for (int step = 0;
       step < 3 && cut > 0 && (static_cast<unsigned char>((*text)[cut]) & 0xc0) == 0x80; ++step) {
    --cut;
  }
  text->resize(cut);
  return true;
}

std::string AwsErrorBody(const AwsError& error) {
  std::string out = "{\"__type\":";
  AppendJsonText(out, error.type);
  out += ",\"message\":";
  AppendJsonText(out, error.message);
  out += '}';
  return out;
}

AwsResult<PutLogEventsPlan> ParsePutLogEvents(std::string_view body, int64_t now_ms,
                                              const PutLogEventsLimits& limits,
                                              simdjson::dom::parser& parser) {
  auto object = ParseObject(body, parser);
  if (!object) return tl::unexpected(object.error());
  auto group = GetString(*object, "logGroupName");
  if (!group) return tl::unexpected(group.error());
  auto stream = GetString(*object, "logStreamName");
  if (!stream) return tl::unexpected(stream.error());
  if (auto ok = CheckGroupName(*group); !ok) return tl::unexpected(ok.error());
  if (auto ok = CheckStreamName(*stream); !ok) return tl::unexpected(ok.error());

  simdjson::dom::element events_element;
  if ((*object)["logEvents"].get(events_element) != simdjson::SUCCESS || events_element.is_null()) {
    return Invalid(NullMember("logEvents"));
  }
  simdjson::dom::array events;
  if (events_element.get(events) != simdjson::SUCCESS) {
    return Serialization("'logEvents' must be a list");
  }
  const size_t count = events.size();
  if (count < 1) {
    return Invalid(
        "1 validation error detected: Value '[]' at 'logEvents' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1");
  }
  if (count > limits.max_events) {
    return Invalid(
        "1 validation error detected: Value at 'logEvents' failed to satisfy constraint: "
        "Member must have length less than or equal to " +
        std::to_string(limits.max_events));
  }

  // First pass: shape, sizes and order, over views into the parsed document.
  struct View {
    int64_t timestamp;
    std::string_view message;
  };
  std::vector<View> views;
  views.reserve(count);
  size_t batch_bytes = 0;
  size_t index = 0;
  for (simdjson::dom::element event : events) {
    simdjson::dom::object event_object;
    if (event.get(event_object) != simdjson::SUCCESS) {
      return Serialization("logEvents[" + std::to_string(index) + "] must be an object");
    }
    simdjson::dom::element ts_element;
    if (event_object["timestamp"].get(ts_element) != simdjson::SUCCESS || ts_element.is_null()) {
      return Invalid(NullMember("logEvents." + std::to_string(index + 1) + ".member.timestamp"));
    }
    int64_t timestamp = 0;
    if (!GetTimestamp(ts_element, &timestamp)) {
      return Serialization("logEvents[" + std::to_string(index) +
                           "].timestamp must be an integer (epoch milliseconds)");
    }
    auto message = GetString(event_object, "message");
    if (!message) return tl::unexpected(message.error());
    if (!message->present) {
      return Invalid(NullMember("logEvents." + std::to_string(index + 1) + ".member.message"));
    }
    if (message->value.empty()) {
      return Invalid("1 validation error detected: Value '' at 'logEvents." +
                     std::to_string(index + 1) +
                     ".member.message' failed to satisfy constraint: Member must have length "
                     "greater than or equal to 1");
    }
    const size_t event_bytes = message->value.size() + limits.per_event_overhead;
    if (event_bytes > limits.max_batch_bytes) {
      return Invalid("Log event too large: " + std::to_string(event_bytes) +
                     " bytes exceeds limit of " + std::to_string(limits.max_batch_bytes));
    }
    batch_bytes += event_bytes;
    if (!views.empty() && timestamp < views.back().timestamp) {
      return Invalid("Log events in a single PutLogEvents request must be in chronological order.");
    }
    views.push_back(View{timestamp, message->value});
    ++index;
  }
  if (batch_bytes > limits.max_batch_bytes) {
    return Invalid("Upload too large: " + std::to_string(batch_bytes) + " bytes exceeds limit of " +
                   std::to_string(limits.max_batch_bytes));
  }

  // The batch is ordered, so the too-old events are a prefix and the too-new
  // ones a suffix.
  PutLogEventsPlan plan;
  plan.log_group = std::string(group->value);
  plan.log_stream = std::string(stream->value);
  plan.total_events = count;
  const int64_t oldest_allowed = now_ms - limits.too_old_ms;
  const int64_t newest_allowed = now_ms + limits.too_new_ms;
  size_t begin = 0;
  while (begin < count && views[begin].timestamp < oldest_allowed) ++begin;
  size_t end = begin;
  while (end < count && views[end].timestamp <= newest_allowed) ++end;
  plan.too_old_end = begin;
  if (end < count) plan.too_new_start = end;
  if (end > begin && views[end - 1].timestamp - views[begin].timestamp > limits.max_span_ms) {
    return Invalid(
        "The batch of log events in a single PutLogEvents request cannot span more than 24 "
        "hours.");
  }
  plan.events.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) {
    plan.events.push_back(IngestEvent{views[i].timestamp, std::string(views[i].message)});
    plan.event_bytes += views[i].message.size();
  }
  return plan;
}

std::string PutLogEventsResponse(const PutLogEventsPlan& plan, std::string_view sequence_token) {
  std::string out = "{\"nextSequenceToken\":";
  AppendJsonText(out, sequence_token);
  if (plan.any_rejected()) {
    out += ",\"rejectedLogEventsInfo\":{";
    bool first = true;
    if (plan.too_new_start) {
      out += "\"tooNewLogEventStartIndex\":";
      AppendUnsigned(out, *plan.too_new_start);
      first = false;
    }
    if (plan.too_old_end > 0) {
      if (!first) out += ',';
      out += "\"tooOldLogEventEndIndex\":";
      AppendUnsigned(out, plan.too_old_end);
    }
    out += '}';
  }
  out += '}';
  return out;
}

AwsResult<TestMetricFilterRequest> ParseTestMetricFilter(std::string_view body,
                                                         simdjson::dom::parser& parser) {
  auto object = ParseObject(body, parser);
  if (!object) return tl::unexpected(object.error());
  auto pattern = GetString(*object, "filterPattern");
  if (!pattern) return tl::unexpected(pattern.error());
  if (!pattern->present) return Invalid(NullMember("filterPattern"));
  if (pattern->value.size() > engine::kMaxPatternLength) {
    return Invalid(
        "1 validation error detected: Value at 'filterPattern' failed to satisfy constraint: "
        "Member must have length less than or equal to 1024");
  }
  simdjson::dom::element messages_element;
  if ((*object)["logEventMessages"].get(messages_element) != simdjson::SUCCESS ||
      messages_element.is_null()) {
    return Invalid(NullMember("logEventMessages"));
  }
  simdjson::dom::array messages;
  if (messages_element.get(messages) != simdjson::SUCCESS) {
    return Serialization("'logEventMessages' must be a list");
  }
  if (messages.size() < 1 || messages.size() > kMaxTestMessages) {
    return Invalid(
        "1 validation error detected: Value at 'logEventMessages' failed to satisfy constraint: "
        "Member must have length between 1 and 50");
  }
  TestMetricFilterRequest request;
  request.filter_pattern = std::string(pattern->value);
  size_t index = 0;
  for (simdjson::dom::element element : messages) {
    ++index;
    std::string_view message;
    if (element.get(message) != simdjson::SUCCESS) {
      return Serialization("logEventMessages[" + std::to_string(index - 1) + "] must be a string");
    }
    if (message.empty()) {
      return Invalid("1 validation error detected: Value '' at 'logEventMessages." +
                     std::to_string(index) +
                     ".member' failed to satisfy constraint: Member must have length greater "
                     "than or equal to 1");
    }
    request.messages.emplace_back(message);
  }
  return request;
}

AwsResult<std::string> RunTestMetricFilter(const TestMetricFilterRequest& request) {
  auto pattern = engine::FilterPattern::Compile(request.filter_pattern);
  if (!pattern) {
    return Invalid("Invalid metric filter pattern: " + pattern.error().ToString());
  }
  const bool extracts = pattern->kind() == engine::PatternKind::kSpaceDelimited;
  engine::EventContext ctx;
  std::string out = "{\"matches\":[";
  bool first = true;
  for (size_t i = 0; i < request.messages.size(); ++i) {
    const std::string& message = request.messages[i];
    ctx.Reset(message);
    if (!pattern->Matches(ctx)) continue;
    if (!first) out += ',';
    first = false;
    out += "{\"eventNumber\":";
    AppendUnsigned(out, i + kFirstEventNumber);
    out += ",\"eventMessage\":";
    AppendJsonText(out, message);
    out += ",\"extractedValues\":{";
    if (extracts) {
      bool first_value = true;
      for (const engine::ExtractedValue& value : ctx.extracted_values()) {
        if (!first_value) out += ',';
        first_value = false;
        AppendJsonText(out, value.name);
        out += ':';
        AppendJsonText(out, value.value);
      }
    }
    out += "}}";
  }
  out += "]}";
  return out;
}

AwsResult<std::string> ParseDescribeLogGroupsPrefix(std::string_view body,
                                                    simdjson::dom::parser& parser) {
  std::string_view trimmed = body;
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.front()))) {
    trimmed.remove_prefix(1);
  }
  if (trimmed.empty()) return std::string();
  auto object = ParseObject(body, parser);
  if (!object) return tl::unexpected(object.error());
  auto prefix = GetString(*object, "logGroupNamePrefix");
  if (!prefix) return tl::unexpected(prefix.error());
  return std::string(prefix->value);
}

std::string DescribeLogGroupsResponse(std::vector<std::string> names, std::string_view prefix,
                                      std::string_view region) {
  std::sort(names.begin(), names.end());
  std::string out = "{\"logGroups\":[";
  bool first = true;
  for (const std::string& name : names) {
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    if (!first) out += ',';
    first = false;
    out += "{\"logGroupName\":";
    AppendJsonText(out, name);
    out += ",\"creationTime\":0,\"metricFilterCount\":0,\"arn\":";
    AppendJsonText(
        out, "arn:aws:logs:" + std::string(region) + ":000000000000:log-group:" + name + ":*");
    out += ",\"storedBytes\":0}";
  }
  out += "]}";
  return out;
}

AwsResult<simdjson::dom::object> ParseAwsObject(std::string_view body,
                                                simdjson::dom::parser& parser) {
  std::string_view trimmed = body;
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.front()))) {
    trimmed.remove_prefix(1);
  }
  // Some SDKs send no body at all for requests whose members are all optional.
  if (trimmed.empty()) return ParseObject("{}", parser);
  return ParseObject(body, parser);
}

AwsResult<std::optional<std::string_view>> GetAwsString(simdjson::dom::object object,
                                                        std::string_view key) {
  auto member = GetString(object, key);
  if (!member) return tl::unexpected(member.error());
  if (!member->present) return std::optional<std::string_view>();
  return std::optional<std::string_view>(member->value);
}

AwsResult<void> ValidateLogGroupName(std::optional<std::string_view> name) {
  return CheckGroupName(StringMember{name.has_value(), name.value_or("")});
}

AwsResult<void> ValidateLogStreamName(std::optional<std::string_view> name) {
  return CheckStreamName(StringMember{name.has_value(), name.value_or("")});
}

AwsResult<std::optional<int64_t>> GetAwsInt(simdjson::dom::object object, std::string_view key) {
  simdjson::dom::element element;
  if (object[key].get(element) != simdjson::SUCCESS || element.is_null()) {
    return std::optional<int64_t>();
  }
  int64_t value = 0;
  if (!GetTimestamp(element, &value)) {
    return Serialization("'" + std::string(key) + "' must be an integer");
  }
  return std::optional<int64_t>(value);
}

AwsResult<bool> GetAwsBool(simdjson::dom::object object, std::string_view key) {
  simdjson::dom::element element;
  if (object[key].get(element) != simdjson::SUCCESS || element.is_null()) return false;
  bool value = false;
  if (element.get(value) != simdjson::SUCCESS) {
    return Serialization("'" + std::string(key) + "' must be a boolean");
  }
  return value;
}

AwsError InvalidParameterError(std::string message) {
  return AwsError{std::string(kInvalidParameter), std::move(message)};
}

AwsError SerializationError(std::string message) {
  return AwsError{std::string(kSerialization), std::move(message)};
}

AwsResult<void> CheckJsonObject(std::string_view body, simdjson::dom::parser& parser) {
  auto object = ParseObject(body, parser);
  if (!object) return tl::unexpected(object.error());
  return {};
}

}  // namespace tailwatch::daemon
