#include "daemon/ingest/push_body.h"

#include <cmath>
#include <cstdint>
#include <string>

namespace tailwatch::daemon {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

void Fail(PushBodyError* error, PushBodyError::Kind kind, int line, std::string message) {
  error->kind = kind;
  error->line = line;
  error->message = line > 0 ? "line " + std::to_string(line) + ": " + message : std::move(message);
}

bool CheckLength(size_t size, size_t max_line_bytes, int line, PushBodyError* error) {
  if (size <= max_line_bytes) return true;
  Fail(error, PushBodyError::Kind::kLineTooLong, line,
       "message is " + std::to_string(size) + " bytes, over the " + std::to_string(max_line_bytes) +
           "-byte line limit");
  return false;
}

// The largest integral double that is an exact epoch-ms value we accept
// (2^53: beyond it doubles skip integers).
constexpr double kMaxExactDouble = 9007199254740992.0;

bool ParseTimestamp(const simdjson::dom::element& value, int64_t* out) {
  using simdjson::dom::element_type;
  switch (value.type()) {
    case element_type::NULL_VALUE:
      *out = -1;
      return true;
    case element_type::INT64: {
      const int64_t v = value.get_int64().value_unsafe();
      if (v < 0) return false;
      *out = v;
      return true;
    }
    case element_type::UINT64:
      return false;  // > INT64_MAX: no meaningful epoch time
    case element_type::DOUBLE: {
      const double d = value.get_double().value_unsafe();
      if (!std::isfinite(d) || d < 0 || d > kMaxExactDouble || std::floor(d) != d) return false;
      *out = static_cast<int64_t>(d);
      return true;
    }
    default:
      return false;
  }
}

bool ParseText(std::string_view body, size_t max_line_bytes, IngestBatch* out,
               PushBodyError* error) {
  int line_number = 0;
  size_t pos = 0;
  while (pos < body.size()) {
    ++line_number;
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!CheckLength(line.size(), max_line_bytes, line_number, error)) return false;
    out->events.push_back(IngestEvent{-1, std::string(line)});
    out->bytes += line.size();
    pos = end + 1;
  }
  return true;
}

bool ParseNdjson(std::string_view body, size_t max_line_bytes, simdjson::dom::parser& parser,
                 IngestBatch* out, PushBodyError* error) {
  // One padded scratch buffer for every line: simdjson reads up to
  // SIMDJSON_PADDING bytes past the end of its input.
  std::string scratch;
  int line_number = 0;
  size_t pos = 0;
  while (pos < body.size()) {
    ++line_number;
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    if (IsBlank(line)) continue;
    if (scratch.size() < line.size() + simdjson::SIMDJSON_PADDING) {
      scratch.resize(line.size() + simdjson::SIMDJSON_PADDING);
    }
    scratch.replace(0, line.size(), line);
    simdjson::dom::element root;
    if (auto err = parser.parse(scratch.data(), line.size(), false).get(root); err) {
      Fail(error, PushBodyError::Kind::kInvalid, line_number,
           std::string("invalid JSON (") + simdjson::error_message(err) + ")");
      return false;
    }
    simdjson::dom::object object;
    if (root.get(object) != simdjson::SUCCESS) {
      Fail(error, PushBodyError::Kind::kInvalid, line_number,
           "expected a JSON object {\"message\":\"...\",\"timestamp\":ms}");
      return false;
    }
    std::string_view message;
    if (object["message"].get(message) != simdjson::SUCCESS) {
      Fail(error, PushBodyError::Kind::kInvalid, line_number,
           "\"message\" is missing or not a string");
      return false;
    }
    int64_t timestamp = -1;
    simdjson::dom::element ts;
    if (object["timestamp"].get(ts) == simdjson::SUCCESS && !ParseTimestamp(ts, &timestamp)) {
      Fail(error, PushBodyError::Kind::kInvalid, line_number,
           "\"timestamp\" must be an integer number of epoch milliseconds >= 0");
      return false;
    }
    if (!CheckLength(message.size(), max_line_bytes, line_number, error)) return false;
    out->events.push_back(IngestEvent{timestamp, std::string(message)});
    out->bytes += message.size();
  }
  return true;
}

}  // namespace

PushBodyFormat PushFormatFromContentType(std::string_view content_type) {
  std::string_view media = content_type.substr(0, content_type.find(';'));
  while (!media.empty() && (media.front() == ' ' || media.front() == '\t')) media.remove_prefix(1);
  while (!media.empty() && (media.back() == ' ' || media.back() == '\t')) media.remove_suffix(1);
  std::string lower;
  lower.reserve(media.size());
  for (char c : media) lower += Lower(c);
  if (lower == "application/x-ndjson" || lower == "application/ndjson" ||
      lower == "application/jsonl" || lower == "application/x-jsonlines") {
    return PushBodyFormat::kNdjson;
  }
  return PushBodyFormat::kText;
}

bool ParsePushBody(std::string_view body, PushBodyFormat format, size_t max_line_bytes,
                   simdjson::dom::parser& parser, IngestBatch* out, PushBodyError* error) {
  if (body.empty()) {
    Fail(error, PushBodyError::Kind::kEmpty, 0, "empty body: send at least one line");
    return false;
  }
  const bool ok = format == PushBodyFormat::kNdjson
                      ? ParseNdjson(body, max_line_bytes, parser, out, error)
                      : ParseText(body, max_line_bytes, out, error);
  if (ok && out->events.empty()) {
    Fail(error, PushBodyError::Kind::kEmpty, 0, "no events in the body (only blank lines)");
    return false;
  }
  return ok;
}

}  // namespace tailwatch::daemon
