// The query protocol half of wire_codecs.h.
#include <tinyxml2.h>

#include <charconv>
#include <cstdlib>

#include "daemon/cloudwatch/wire_codecs.h"
#include "engine/alarm/format.h"

namespace tailwatch::daemon::cloudwatch {
namespace {

constexpr const char* kXmlNamespace = "http://monitoring.amazonaws.com/doc/2010-08-01/";
// A list index beyond this is refused: the largest CloudWatch list (100
// alarm names, 1000 metric data members) is far below it, and the tree is
// sized by the index.
constexpr size_t kMaxListIndex = 10000;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string FormDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 &&
               HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string_view> SplitDots(std::string_view key) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t dot = key.find('.', start);
    parts.push_back(key.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return parts;
}

AwsValue* MapChild(AwsValue& map, std::string_view name) {
  for (auto& [key, value] : map.members) {
    if (key == name) return &value;
  }
  return &map.Set(std::string(name), AwsValue());
}

// Places `value` at the dotted `key` ("MetricData.member.2.Dimensions.member.1.Name").
CwResult<void> Place(AwsValue& root, std::string_view key, std::string value) {
  const std::vector<std::string_view> parts = SplitDots(key);
  AwsValue* node = &root;
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string_view part = parts[i];
    if (part.empty())
      return tl::unexpected(InvalidParameterValue("Malformed parameter name " + std::string(key)));
    if (node->kind == AwsValue::Kind::kNull) node->kind = AwsValue::Kind::kMap;
    if (node->kind != AwsValue::Kind::kMap) {
      return tl::unexpected(InvalidParameterValue("Conflicting parameter " + std::string(key)));
    }
    node = MapChild(*node, part);
    // `member.N` (lists) and `entry.N` (maps sent as lists of key/value) make a list.
    while (i + 2 < parts.size() && (parts[i + 1] == "member" || parts[i + 1] == "entry")) {
      size_t index = 0;
      const std::string_view digits = parts[i + 2];
      auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
      if (ec != std::errc() || ptr != digits.data() + digits.size() || index < 1 ||
          index > kMaxListIndex) {
        return tl::unexpected(
            InvalidParameterValue("Malformed list index in parameter " + std::string(key)));
      }
      if (node->kind == AwsValue::Kind::kNull ||
          (node->kind == AwsValue::Kind::kString && node->text.empty())) {
        *node = AwsValue::List();
      }
      if (node->kind != AwsValue::Kind::kList) {
        return tl::unexpected(InvalidParameterValue("Conflicting parameter " + std::string(key)));
      }
      if (node->items.size() < index) node->items.resize(index);
      node = &node->items[index - 1];
      i += 2;
    }
  }
  if (node->kind == AwsValue::Kind::kList && value.empty()) return {};  // "Names=" after items
  if (node->kind != AwsValue::Kind::kNull) {
    return tl::unexpected(InvalidParameterValue("Duplicate parameter " + std::string(key)));
  }
  *node = AwsValue::String(std::move(value));
  return {};
}

std::string FormatDouble(double value) {
  char buffer[64];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec != std::errc()) return "0";
  return std::string(buffer, ptr);
}

void WriteValue(tinyxml2::XMLPrinter& printer, const AwsValue& value) {
  switch (value.kind) {
    case AwsValue::Kind::kNull:
      break;
    case AwsValue::Kind::kBool:
      printer.PushText(value.boolean ? "true" : "false");
      break;
    case AwsValue::Kind::kInt:
      printer.PushText(std::to_string(value.integer).c_str());
      break;
    case AwsValue::Kind::kDouble:
      printer.PushText(FormatDouble(value.number).c_str());
      break;
    case AwsValue::Kind::kString:
      printer.PushText(value.text.c_str());
      break;
    case AwsValue::Kind::kTimestamp:
      printer.PushText(engine::FormatIso8601(value.integer).c_str());
      break;
    case AwsValue::Kind::kList:
      for (const AwsValue& item : value.items) {
        printer.OpenElement("member", true);
        WriteValue(printer, item);
        printer.CloseElement(true);
      }
      break;
    case AwsValue::Kind::kMap:
      for (const auto& [name, member] : value.members) {
        if (member.kind == AwsValue::Kind::kNull) continue;
        if (value.dictionary) {
          printer.OpenElement("entry", true);
          printer.OpenElement("key", true);
          printer.PushText(name.c_str());
          printer.CloseElement(true);
          printer.OpenElement("value", true);
          WriteValue(printer, member);
          printer.CloseElement(true);
          printer.CloseElement(true);
          continue;
        }
        printer.OpenElement(name.c_str(), true);
        WriteValue(printer, member);
        printer.CloseElement(true);
      }
      break;
  }
}

void WriteRequestId(tinyxml2::XMLPrinter& printer, std::string_view request_id) {
  printer.OpenElement("RequestId", true);
  printer.PushText(std::string(request_id).c_str());
  printer.CloseElement(true);
}

}  // namespace

CwResult<QueryRequest> ParseQueryForm(std::string_view body) {
  QueryRequest request;
  request.params = AwsValue::Map();
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('&', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view pair = body.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) {
      if (end == body.size()) break;
      continue;
    }
    const size_t eq = pair.find('=');
    std::string key = FormDecode(pair.substr(0, eq));
    std::string value =
        eq == std::string_view::npos ? std::string() : FormDecode(pair.substr(eq + 1));
    if (key == "Action") {
      request.action = std::move(value);
    } else if (key == "Version") {
      request.version = std::move(value);
    } else if (auto placed = Place(request.params, key, std::move(value)); !placed) {
      return tl::unexpected(placed.error());
    }
    if (end == body.size()) break;
  }
  return request;
}

std::string QueryResponseXml(std::string_view action, const AwsValue& result,
                             std::string_view request_id) {
  tinyxml2::XMLPrinter printer(nullptr, true);
  // The printer keeps the element names' pointers until it closes them.
  const std::string response_element = std::string(action) + "Response";
  const std::string result_element = std::string(action) + "Result";
  printer.OpenElement(response_element.c_str(), true);
  printer.PushAttribute("xmlns", kXmlNamespace);
  if (!result.members.empty()) {
    printer.OpenElement(result_element.c_str(), true);
    WriteValue(printer, result);
    printer.CloseElement(true);
  }
  printer.OpenElement("ResponseMetadata", true);
  WriteRequestId(printer, request_id);
  printer.CloseElement(true);
  printer.CloseElement(true);
  return std::string(printer.CStr(), printer.CStrSize() > 0 ? printer.CStrSize() - 1 : 0);
}

std::string QueryErrorXml(const CloudWatchError& error, std::string_view request_id) {
  tinyxml2::XMLPrinter printer(nullptr, true);
  printer.OpenElement("ErrorResponse", true);
  printer.PushAttribute("xmlns", kXmlNamespace);
  printer.OpenElement("Error", true);
  printer.OpenElement("Type", true);
  printer.PushText(error.sender_fault ? "Sender" : "Receiver");
  printer.CloseElement(true);
  printer.OpenElement("Code", true);
  printer.PushText(error.code.c_str());
  printer.CloseElement(true);
  printer.OpenElement("Message", true);
  printer.PushText(error.message.c_str());
  printer.CloseElement(true);
  printer.CloseElement(true);
  WriteRequestId(printer, request_id);
  printer.CloseElement(true);
  return std::string(printer.CStr(), printer.CStrSize() > 0 ? printer.CStrSize() - 1 : 0);
}

}  // namespace tailwatch::daemon::cloudwatch
