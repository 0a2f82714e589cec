#include "daemon/runtime/test_pattern_route.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "engine/alarm/format.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"
#include "engine/match/filter_set.h"
#include "engine/match/metric_transformation.h"
#include "engine/match/one_filter_sink.h"

namespace tailwatch::daemon {
namespace {

void AppendNumber(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buffer[64];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, ptr);
}

}  // namespace

http::HttpResponse TestPattern(std::string_view body, size_t max_line_bytes) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::dom::object object;
  if (parser.parse(body.data(), body.size()).get(root) != simdjson::SUCCESS ||
      root.get_object().get(object) != simdjson::SUCCESS) {
    return http::JsonError(400, "body must be a JSON object {\"pattern\":..,\"lines\":..}");
  }
  std::string_view pattern_text;
  std::string_view lines;
  std::optional<std::string> value_expr;
  if (object["pattern"].get_string().get(pattern_text) != simdjson::SUCCESS) {
    return http::JsonError(400, "\"pattern\" must be a string");
  }
  if (object["lines"].get_string().get(lines) != simdjson::SUCCESS) {
    return http::JsonError(400, "\"lines\" must be a string (one event per line)");
  }
  if (simdjson::dom::element v; object["value"].get(v) == simdjson::SUCCESS && !v.is_null()) {
    std::string_view text;
    if (v.get_string().get(text) != simdjson::SUCCESS) {
      return http::JsonError(400, "\"value\" must be a string");
    }
    if (!text.empty()) value_expr = std::string(text);
  }

  auto pattern = engine::FilterPattern::Compile(pattern_text);
  if (!pattern) return http::JsonError(400, "pattern: " + pattern.error().ToString());
  engine::FilterSpec spec;
  spec.name = "test-pattern";
  spec.pattern = std::string(pattern_text);
  spec.transformation.metric_name = "value";
  spec.transformation.metric_namespace = "tailwatch";
  spec.transformation.metric_value = value_expr.value_or("1");
  if (value_expr) {
    auto transformation = engine::CompiledTransformation::Compile(*pattern, spec.transformation);
    if (!transformation) {
      return http::JsonError(400, "value: " + transformation.error().message);
    }
  }
  auto set = engine::FilterSet::Compile({spec});
  if (!set) return http::JsonError(400, "pattern: " + set.error().ToString());

  engine::EventContext ctx;
  engine::OneFilterSink sink;
  std::string out = "{\"matches\":[";
  size_t events = 0;
  size_t number = 0;
  bool first = true;
  while (!lines.empty()) {
    const size_t end = lines.find('\n');
    std::string_view line = lines.substr(0, end);
    lines = end == std::string_view::npos ? std::string_view{} : lines.substr(end + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (++events > kMaxTestLines) {
      return http::JsonError(400, "more than " + std::to_string(kMaxTestLines) + " lines");
    }
    if (line.size() > max_line_bytes) {
      return http::JsonError(400, "line " + std::to_string(number) + " is longer than " +
                                      std::to_string(max_line_bytes) + " bytes");
    }
    sink.Reset();
    set->Process(line, ctx, sink);
    if (!sink.matched) continue;
    if (!first) out += ',';
    first = false;
    out += "{\"eventNumber\":";
    out += std::to_string(number);
    out += ",\"eventMessage\":";
    engine::AppendJsonString(out, line);
    out += ",\"extractedValues\":{";
    if (set->pattern(0).kind() == engine::PatternKind::kSpaceDelimited) {
      bool first_value = true;
      for (const engine::ExtractedValue& v : ctx.extracted_values()) {
        if (!first_value) out += ',';
        first_value = false;
        engine::AppendJsonString(out, v.name);
        out += ':';
        engine::AppendJsonString(out, v.value);
      }
    }
    out += '}';
    if (value_expr) {
      out += ",\"value\":";
      if (sink.value) {
        AppendNumber(out, *sink.value);
      } else {
        out += "null";
      }
    }
    out += '}';
  }
  out += "],\"events\":";
  out += std::to_string(events);
  out += '}';
  http::HttpResponse response;
  response.body = std::move(out);
  return response;
}

}  // namespace tailwatch::daemon
