// The AWS JSON 1.0 half of wire_codecs.h, and the error structure JSON and
// CBOR share.
#include <simdjson.h>

#include <charconv>
#include <cmath>

#include "daemon/cloudwatch/wire_codecs.h"
#include "engine/alarm/format.h"

namespace tailwatch::daemon::cloudwatch {
namespace {

CloudWatchError Serialization(std::string message) {
  return CloudWatchError{400, "SerializationException", std::move(message), true};
}

CwResult<AwsValue> FromElement(simdjson::dom::element element, int depth) {
  if (depth > kMaxRequestDepth) return tl::unexpected(Serialization("Request nesting is too deep"));
  using simdjson::dom::element_type;
  switch (element.type()) {
    case element_type::NULL_VALUE:
      return AwsValue();
    case element_type::BOOL:
      return AwsValue::Bool(element.get_bool().value_unsafe());
    case element_type::INT64:
      return AwsValue::Int(element.get_int64().value_unsafe());
    case element_type::UINT64:
      return AwsValue::Double(static_cast<double>(element.get_uint64().value_unsafe()));
    case element_type::DOUBLE:
      return AwsValue::Double(element.get_double().value_unsafe());
    case element_type::STRING:
      return AwsValue::String(std::string(element.get_string().value_unsafe()));
    case element_type::ARRAY: {
      AwsValue list = AwsValue::List();
      simdjson::dom::array array;
      if (element.get(array) != simdjson::SUCCESS) return AwsValue();
      for (simdjson::dom::element item : array) {
        auto value = FromElement(item, depth + 1);
        if (!value) return value;
        list.Push(std::move(*value));
      }
      return list;
    }
    case element_type::OBJECT: {
      AwsValue map = AwsValue::Map();
      simdjson::dom::object object;
      if (element.get(object) != simdjson::SUCCESS) return AwsValue();
      for (auto field : object) {
        auto value = FromElement(field.value, depth + 1);
        if (!value) return value;
        map.Set(std::string(field.key), std::move(*value));
      }
      return map;
    }
  }
  return AwsValue();
}

void AppendNumber(std::string& out, double value) {
  if (!std::isfinite(value)) {
    // JSON has no NaN/Infinity; AWS's JSON protocols spell them as strings.
    out += std::isnan(value) ? "\"NaN\"" : (value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
    return;
  }
  char buffer[64];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, ec == std::errc() ? ptr : buffer);
}

void AppendValue(std::string& out, const AwsValue& value) {
  switch (value.kind) {
    case AwsValue::Kind::kNull:
      out += "null";
      break;
    case AwsValue::Kind::kBool:
      out += value.boolean ? "true" : "false";
      break;
    case AwsValue::Kind::kInt:
      out += std::to_string(value.integer);
      break;
    case AwsValue::Kind::kDouble:
      AppendNumber(out, value.number);
      break;
    case AwsValue::Kind::kString:
      engine::AppendJsonString(out, value.text);
      break;
    case AwsValue::Kind::kTimestamp:
      AppendNumber(out, static_cast<double>(value.integer) / 1000.0);
      break;
    case AwsValue::Kind::kList:
      out += '[';
      for (size_t i = 0; i < value.items.size(); ++i) {
        if (i > 0) out += ',';
        AppendValue(out, value.items[i]);
      }
      out += ']';
      break;
    case AwsValue::Kind::kMap: {
      out += '{';
      bool first = true;
      for (const auto& [name, member] : value.members) {
        if (member.kind == AwsValue::Kind::kNull) continue;
        if (!first) out += ',';
        first = false;
        engine::AppendJsonString(out, name);
        out += ':';
        AppendValue(out, member);
      }
      out += '}';
      break;
    }
  }
}

std::string_view ShapeName(std::string_view code) {
  struct Pair {
    std::string_view code, shape;
  };
  static constexpr Pair kShapes[] = {
      {"InvalidParameterValue", "InvalidParameterValueException"},
      {"MissingParameter", "MissingRequiredParameterException"},
      {"InvalidParameterCombination", "InvalidParameterCombinationException"},
      {"InvalidFormat", "InvalidFormatFault"},
      {"LimitExceeded", "LimitExceededFault"},
      {"InternalServiceError", "InternalServiceFault"},
  };
  for (const Pair& pair : kShapes) {
    if (pair.code == code) return pair.shape;
  }
  return code;  // ResourceNotFound, InvalidNextToken, ... are their own shapes
}

}  // namespace

CwResult<AwsValue> ParseJson10Body(std::string_view body) {
  size_t first = 0;
  while (first < body.size() && std::isspace(static_cast<unsigned char>(body[first]))) ++first;
  if (first == body.size()) return AwsValue::Map();
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto err = parser.parse(body.data(), body.size(), true).get(root); err) {
    return tl::unexpected(Serialization(std::string("Request body is not valid JSON: ") +
                                        simdjson::error_message(err)));
  }
  if (root.type() != simdjson::dom::element_type::OBJECT) {
    return tl::unexpected(Serialization("Request body must be a JSON object"));
  }
  return FromElement(root, 0);
}

std::string Json10Body(const AwsValue& value) {
  std::string out;
  AppendValue(out, value);
  return out;
}

AwsValue ErrorStructure(const CloudWatchError& error) {
  AwsValue out = AwsValue::Map();
  out.Set("__type",
          AwsValue::String("com.amazonaws.cloudwatch#" + std::string(ShapeName(error.code))));
  out.Set("message", AwsValue::String(error.message));
  return out;
}

std::string QueryErrorHeader(const CloudWatchError& error) {
  return error.code + (error.sender_fault ? ";Sender" : ";Receiver");
}

}  // namespace tailwatch::daemon::cloudwatch
