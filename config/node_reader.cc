#include "config/node_reader.h"

#include <charconv>
#include <limits>
#include <utility>

#include "config/did_you_mean.h"
#include "engine/match/number.h"

namespace tailwatch::config {
namespace {

constexpr size_t kMaxEchoedValue = 40;

bool IsScalar(const YAML::Node& node) { return node.IsDefined() && node.IsScalar(); }

}  // namespace

Position PositionOf(const YAML::Node& node) {
  if (!node.IsDefined()) return {};
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

Position ScalarTextPosition(const SourceFile& file, const YAML::Node& node, int column) {
  const Position start = PositionOf(node);
  if (!IsScalar(node) || column < 1 || start.line == 0) return start;
  const YAML::Mark mark = node.Mark();
  if (mark.pos < 0 || static_cast<size_t>(mark.pos) >= file.text.size()) return start;
  const std::string& value = node.Scalar();
  const std::string_view text(file.text);
  size_t begin = static_cast<size_t>(mark.pos);
  int quote = 0;
  if (text[begin] == '"' || text[begin] == '\'') {
    quote = 1;
    ++begin;
  }
  // The value must stand in the file exactly as parsed, on this line: then
  // offsets in the value are offsets in the line.
  if (text.substr(begin, value.size()) != value || value.find('\n') != std::string::npos) {
    return start;
  }
  if (quote == 1) {
    const char q = text[begin - 1];
    if (begin + value.size() >= text.size() || text[begin + value.size()] != q) return start;
  }
  if (static_cast<size_t>(column) > value.size() + 1) return start;
  return {start.line, start.column + quote + column - 1};
}

void Diagnostics::Error(const SourceFile& file, Position pos, std::string message) {
  errors_.push_back({file.name, pos.line, pos.column, std::move(message)});
}

void Diagnostics::FileError(std::string file, std::string message) {
  errors_.push_back({std::move(file), 0, 0, std::move(message)});
}

void Diagnostics::Warning(const SourceFile& file, const YAML::Node& node, std::string message) {
  const Position pos = PositionOf(node);
  warnings_.push_back(
      {file.name, pos.line, pos.column, std::move(message), Diagnostic::Severity::kWarning});
}

std::string Describe(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsMap()) return "a mapping";
  if (node.IsSequence()) return "a list";
  std::string value = node.Scalar();
  if (value.size() > kMaxEchoedValue) value = value.substr(0, kMaxEchoedValue) + "...";
  return "'" + value + "'";
}

std::string ScalarOr(const YAML::Node& node, std::string fallback) {
  return IsScalar(node) ? node.Scalar() : fallback;
}

bool ParseInteger(std::string_view text, long long* out) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

MapReader::MapReader(Diagnostics& diags, const SourceFile& file, const YAML::Node& node,
                     std::span<const std::string_view> known_keys, std::string_view what,
                     bool check_keys)
    : diags_(diags), file_(file), node_(node) {
  if (!node.IsDefined() || !node.IsMap()) {
    diags_.Error(file_, node, std::string(what) + ": expected a mapping, got " + Describe(node));
    return;
  }
  is_map_ = true;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key = it->first;
    if (!IsScalar(key)) {
      if (check_keys) diags_.Error(file_, key, "keys must be plain words, got " + Describe(key));
      continue;
    }
    const std::string& name = key.Scalar();
    bool known = false;
    for (std::string_view k : known_keys) known = known || k == name;
    if (!known) {
      if (check_keys) {
        diags_.Error(file_, key, "unknown key '" + name + "'" + DidYouMean(name, known_keys));
      }
      continue;
    }
    if (Has(name)) {
      if (check_keys) diags_.Error(file_, key, "duplicate key '" + name + "'");
      continue;
    }
    entries_.emplace_back(key, it->second);
  }
}

bool MapReader::Has(std::string_view key) const {
  for (const auto& [k, v] : entries_) {
    if (k.Scalar() == key) return true;
  }
  return false;
}

YAML::Node MapReader::Value(std::string_view key) const {
  for (const auto& [k, v] : entries_) {
    if (k.Scalar() == key) return v;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node MapReader::KeyNode(std::string_view key) const {
  for (const auto& [k, v] : entries_) {
    if (k.Scalar() == key) return k;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

Position MapReader::PositionFor(std::string_view key) const {
  for (const auto& [k, v] : entries_) {
    if (k.Scalar() != key) continue;
    // A null value (`key:` and nothing) has no useful position of its own.
    const Position p = PositionOf(v);
    return (v.IsNull() || p.line == 0) ? PositionOf(k) : p;
  }
  return PositionOf(node_);
}

bool MapReader::Failed(std::string_view key) const {
  for (const std::string& k : failed_keys_) {
    if (k == key) return true;
  }
  return false;
}

bool MapReader::Require(std::string_view key) {
  if (!is_map_) return false;
  if (Has(key)) return true;
  diags_.Error(file_, node_, "missing required key '" + std::string(key) + "'");
  failed_keys_.emplace_back(key);
  return false;
}

void MapReader::ErrorAt(std::string_view key, std::string message) {
  diags_.Error(file_, PositionFor(key), std::move(message));
  if (!Failed(key)) failed_keys_.emplace_back(key);
}

bool MapReader::ScalarValue(std::string_view key, bool required, std::string_view expected,
                            YAML::Node* value) {
  if (!is_map_) return false;
  if (!Has(key)) {
    if (required) Require(key);
    return false;
  }
  *value = Value(key);
  if (!IsScalar(*value)) {
    ErrorAt(key,
            std::string(key) + ": expected " + std::string(expected) + ", got " + Describe(*value));
    return false;
  }
  return true;
}

bool MapReader::String(std::string_view key, std::string* out, bool required) {
  YAML::Node value;
  if (!ScalarValue(key, required, "a string", &value)) return false;
  *out = value.Scalar();
  return true;
}

bool MapReader::Enum(std::string_view key, std::span<const std::string_view> values,
                     std::string* out, bool required) {
  YAML::Node value;
  if (!ScalarValue(key, required, "a string", &value)) return false;
  const std::string& text = value.Scalar();
  for (std::string_view v : values) {
    if (v == text) {
      *out = text;
      return true;
    }
  }
  std::string list;
  for (size_t i = 0; i < values.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + std::string(values[i]);
  }
  ErrorAt(key, std::string(key) + ": expected " + list + ", got " + Describe(value) +
                   DidYouMean(text, values));
  return false;
}

bool MapReader::Int(std::string_view key, int* out, long long min, long long max, bool required) {
  long long wide = 0;
  max = std::min<long long>(max, std::numeric_limits<int>::max());
  YAML::Node value;
  if (!ScalarValue(key, required, "an integer", &value)) return false;
  if (!ParseInteger(value.Scalar(), &wide)) {
    ErrorAt(key, std::string(key) + ": expected an integer, got " + Describe(value));
    return false;
  }
  if (wide < min || wide > max) {
    ErrorAt(key, std::string(key) + ": must be between " + std::to_string(min) + " and " +
                     std::to_string(max) + ", got " + std::to_string(wide));
    return false;
  }
  *out = static_cast<int>(wide);
  return true;
}

bool MapReader::Size(std::string_view key, size_t* out, long long min, long long max,
                     bool required) {
  long long wide = 0;
  YAML::Node value;
  if (!ScalarValue(key, required, "an integer", &value)) return false;
  if (!ParseInteger(value.Scalar(), &wide)) {
    ErrorAt(key, std::string(key) + ": expected an integer, got " + Describe(value));
    return false;
  }
  if (wide < min || wide > max) {
    ErrorAt(key, std::string(key) + ": must be between " + std::to_string(min) + " and " +
                     std::to_string(max) + ", got " + std::to_string(wide));
    return false;
  }
  *out = static_cast<size_t>(wide);
  return true;
}

bool MapReader::Double(std::string_view key, double* out, bool required) {
  YAML::Node value;
  if (!ScalarValue(key, required, "a number", &value)) return false;
  const std::optional<double> parsed = engine::ParseCloudWatchNumber(value.Scalar());
  if (!parsed) {
    ErrorAt(key, std::string(key) + ": expected a number, got " + Describe(value));
    return false;
  }
  *out = *parsed;
  return true;
}

bool MapReader::Bool(std::string_view key, bool* out, bool required) {
  YAML::Node value;
  if (!ScalarValue(key, required, "true or false", &value)) return false;
  const std::string& text = value.Scalar();
  if (text == "true" || text == "True" || text == "TRUE") {
    *out = true;
    return true;
  }
  if (text == "false" || text == "False" || text == "FALSE") {
    *out = false;
    return true;
  }
  ErrorAt(key, std::string(key) + ": expected true or false, got " + Describe(value));
  return false;
}

bool MapReader::StringList(std::string_view key, std::vector<std::string>* out, bool required) {
  if (!is_map_) return false;
  if (!Has(key)) {
    if (required) Require(key);
    return false;
  }
  const YAML::Node value = Value(key);
  if (!value.IsSequence()) {
    ErrorAt(key, std::string(key) + ": expected a list of strings, got " + Describe(value));
    return false;
  }
  std::vector<std::string> items;
  bool ok = true;
  for (const YAML::Node& item : value) {
    if (!IsScalar(item)) {
      diags_.Error(file_, item, std::string(key) + ": expected a string, got " + Describe(item));
      if (!Failed(key)) failed_keys_.emplace_back(key);
      ok = false;
      continue;
    }
    items.push_back(item.Scalar());
  }
  if (ok) *out = std::move(items);
  return ok;
}

bool MapReader::StringMap(std::string_view key,
                          std::vector<std::pair<std::string, std::string>>* out, bool required) {
  if (!is_map_) return false;
  if (!Has(key)) {
    if (required) Require(key);
    return false;
  }
  const YAML::Node value = Value(key);
  if (value.IsNull()) {  // `dimensions:` with nothing: none
    out->clear();
    return true;
  }
  if (!value.IsMap()) {
    ErrorAt(key,
            std::string(key) + ": expected a mapping of names to strings, got " + Describe(value));
    return false;
  }
  std::vector<std::pair<std::string, std::string>> items;
  bool ok = true;
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (!IsScalar(it->first)) {
      diags_.Error(file_, it->first, std::string(key) + ": names must be strings");
      ok = false;
      continue;
    }
    if (!IsScalar(it->second)) {
      diags_.Error(file_, it->second.IsNull() ? it->first : it->second,
                   std::string(key) + ": expected a string for '" + it->first.Scalar() + "', got " +
                       Describe(it->second));
      ok = false;
      continue;
    }
    bool repeated = false;
    for (const auto& [name, unused] : items) repeated = repeated || name == it->first.Scalar();
    if (repeated) {
      diags_.Error(file_, it->first,
                   std::string(key) + ": duplicate name '" + it->first.Scalar() + "'");
      ok = false;
      continue;
    }
    items.emplace_back(it->first.Scalar(), it->second.Scalar());
  }
  if (ok) {
    *out = std::move(items);
  } else if (!Failed(key)) {
    failed_keys_.emplace_back(key);
  }
  return ok;
}

}  // namespace tailwatch::config
