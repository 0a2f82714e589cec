#include "config/import/import_context.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "config/meaning_checks.h"
#include "config/sections.h"
#include "engine/alarm/alarm_spec.h"
#include "engine/common/line_text.h"
#include "engine/match/filter_pattern.h"
#include "engine/match/metric_transformation.h"

namespace tailwatch::config::import {
namespace {

// JSON pointer escaping (RFC 6901): '~' -> "~0", '/' -> "~1".
std::string PointerToken(std::string_view key) {
  std::string out;
  for (const char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

// CloudWatch's and the loader's limit on a filter name.
constexpr size_t kMaxFilterNameBytes = 512;

bool IsLogGroupName(std::string_view name) {
  if (name.empty() || name.size() > 512) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
           c == '/' || c == '#';
  });
}

// A dimension name given twice: CloudWatch refuses it, and a YAML mapping
// cannot hold it.
std::string RepeatedName(std::vector<std::pair<std::string, std::string>> dims) {
  std::sort(dims.begin(), dims.end());
  for (size_t i = 1; i < dims.size(); ++i) {
    if (dims[i].first == dims[i - 1].first) return dims[i].first;
  }
  return "";
}

std::string Place(const Diagnostic& d) {
  return d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
}

}  // namespace

// --- Node ----------------------------------------------------------------

bool Node::HasContent() const {
  if (!Present()) return false;
  if (node_.IsSequence() || node_.IsMap()) return node_.size() > 0;
  return !(node_.IsScalar() && node_.Scalar().empty());
}

Node Node::Get(std::string_view key) const {
  const std::string child = pointer_ + "/" + PointerToken(key);
  if (!IsMap()) return Node(file_, YAML::Node(YAML::NodeType::Undefined), child);
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) return Node(file_, it->second, child);
  }
  return Node(file_, YAML::Node(YAML::NodeType::Undefined), child);
}

std::vector<Node> Node::Items() const {
  std::vector<Node> items;
  if (!IsList()) return items;
  for (size_t i = 0; i < node_.size(); ++i) {
    items.emplace_back(file_, node_[i], pointer_ + "/" + std::to_string(i));
  }
  return items;
}

std::vector<std::pair<std::string, Node>> Node::Entries() const {
  std::vector<std::pair<std::string, Node>> entries;
  if (!IsMap()) return entries;
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    const std::string key = it->first.IsScalar() ? it->first.Scalar() : "";
    entries.emplace_back(key, Node(file_, it->second, pointer_ + "/" + PointerToken(key)));
  }
  return entries;
}

std::string Node::Tag() const {
  if (!node_.IsDefined()) return "";
  const std::string& tag = node_.Tag();
  return tag == "?" || tag == "!" ? "" : tag;
}

Diagnostic Node::Where(std::string message, Diagnostic::Severity severity) const {
  Diagnostic d;
  d.file = file_->name;
  if (node_.IsDefined()) {
    const YAML::Mark mark = node_.Mark();
    if (mark.line >= 0) {
      d.line = mark.line + 1;
      d.column = mark.column + 1;
    }
  }
  d.message = std::move(message);
  if (!pointer_.empty()) d.message += " (at " + pointer_ + ")";
  d.severity = severity;
  return d;
}

// --- ImportSink ------------------------------------------------------------

void ImportSink::AddLogGroup(const std::string& name, const Node& where) {
  if (!IsLogGroupName(name)) {
    NotCarried(where, "log group '" + name +
                          "': a log group name is 1-512 letters, digits and '.', '-', '_', '/', "
                          "'#'");
    return;
  }
  for (const LogGroupConfig& g : groups_) {
    if (g.name == name) return;  // named by several filters or files: one group
  }
  LogGroupConfig group;
  group.name = name;
  groups_.push_back(std::move(group));
}

void ImportSink::AddFilter(engine::FilterSpec spec, const Node& where) {
  const std::string what = "metric filter '" + spec.name + "'";
  if (!IsLogGroupName(spec.log_group)) {
    NotCarried(where, what + ": its log group name '" + spec.log_group + "' is not valid");
    return;
  }
  if (const std::string name = RepeatedName(spec.transformation.dimensions); !name.empty()) {
    NotCarried(where, what + ": dimension " + name + " is given twice");
    return;
  }
  Result<engine::FilterPattern> pattern = engine::FilterPattern::Compile(spec.pattern);
  if (!pattern) {
    NotCarried(where, what + ": pattern: " + pattern.error().ToString());
    return;
  }
  const std::vector<tailwatch::Error> errors =
      engine::MetricTransformationErrors(&*pattern, spec.transformation);
  if (!errors.empty()) {
    NotCarried(where, what + ": " + errors.front().message);
    return;
  }
  // CloudWatch names filters per log group; tailwatch names them once.
  std::replace_if(
      spec.name.begin(), spec.name.end(), [](char c) { return c == ':' || c == '*'; }, '-');
  if (spec.name.size() > kMaxFilterNameBytes) {
    NotCarried(where, what + ": a filter name is 1-512 characters");
    return;
  }
  // A made-up name or suffix keeps the name within the limit the loader checks.
  auto with_suffix = [](std::string_view stem, const std::string& suffix) {
    return std::string(engine::CutUtf8(stem, kMaxFilterNameBytes - suffix.size())) + suffix;
  };
  if (spec.name.empty()) spec.name = with_suffix(spec.log_group, "-filter");
  const std::string base = spec.name;
  for (int n = 2; filter_origins_.count(spec.name) != 0; ++n) {
    const auto same = std::find_if(filters_.begin(), filters_.end(),
                                   [&](const auto& f) { return f.name == spec.name; });
    if (same != filters_.end() && same->log_group == spec.log_group &&
        same->pattern == spec.pattern &&
        same->transformation.metric_name == spec.transformation.metric_name &&
        same->transformation.metric_namespace == spec.transformation.metric_namespace &&
        same->transformation.metric_value == spec.transformation.metric_value &&
        same->transformation.dimensions == spec.transformation.dimensions) {
      Warn(where,
           what + " is the same as the one from " + filter_origins_[spec.name] + "; imported once");
      return;
    }
    spec.name = with_suffix(base, "-" + std::to_string(n));
  }
  if (spec.name != base) {
    Warn(where, what + " is renamed '" + spec.name +
                    "': another filter has its name, and tailwatch filter names are unique "
                    "across log groups");
  }
  AddLogGroup(spec.log_group, where);
  filter_origins_[spec.name] = Place(where.Where("", Diagnostic::Severity::kWarning));
  filters_.push_back(std::move(spec));
}

void ImportSink::AddAlarm(engine::AlarmSpec spec, const Node& where) {
  const std::string what = "alarm '" + spec.name + "'";
  std::sort(spec.dimensions.begin(), spec.dimensions.end());
  if (const std::string name = RepeatedName(spec.dimensions); !name.empty()) {
    NotCarried(where, what + ": dimension " + name + " is given twice");
    return;
  }
  if (!spec.extended_statistic.empty()) {
    if (const std::optional<double> p = engine::ParseExtendedStatistic(spec.extended_statistic)) {
      spec.percentile = *p;
    }
  }
  // Actions: SNS topics carry over; others (Auto Scaling, EC2, SSM, Lambda)
  // have no tailwatch equivalent.
  for (auto* list : {&spec.alarm_actions, &spec.ok_actions, &spec.insufficient_data_actions}) {
    std::vector<std::string> kept;
    for (std::string& action : *list) {
      if (IsSnsTopicArn(action)) {
        kept.push_back(std::move(action));
      } else {
        NotCarried(where, what + ": action '" + action +
                              "' is not an SNS topic ARN; tailwatch notifies SNS topics, webhooks "
                              "and Alertmanager");
      }
    }
    *list = std::move(kept);
  }
  const std::vector<tailwatch::Error> errors = engine::ValidateAlarmSpec(spec);
  if (!errors.empty()) {
    std::string message = what + ": ";
    for (size_t i = 0; i < errors.size(); ++i)
      message += std::string(i ? "; " : "") + errors[i].message;
    NotCarried(where, message);
    return;
  }
  for (size_t i = 0; i < alarms_.size(); ++i) {
    if (alarms_[i].name != spec.name) continue;
    if (alarms_[i] == spec) {
      Warn(where,
           what + " is the same as the one from " + Place(alarm_origins_[i]) + "; imported once");
    } else {
      NotCarried(where, what + " differs from the alarm of the same name imported from " +
                            Place(alarm_origins_[i]));
    }
    return;
  }
  alarm_origins_.push_back(where.Where("", Diagnostic::Severity::kWarning));
  alarms_.push_back(std::move(spec));
}

void ImportSink::NotCarried(const Node& where, const std::string& message) {
  warnings_.push_back(where.Where("not carried: " + message, Diagnostic::Severity::kWarning));
}

void ImportSink::Warn(const Node& where, std::string message) {
  warnings_.push_back(where.Where(std::move(message), Diagnostic::Severity::kWarning));
}

void ImportSink::Error(const Node& where, std::string message) {
  errors_.push_back(where.Where(std::move(message), Diagnostic::Severity::kError));
}

void ImportSink::FileError(const std::string& file, std::string message) {
  errors_.push_back({file, 0, 0, std::move(message)});
}

void ImportSink::Finish(Config* config, std::vector<Diagnostic>* errors,
                        std::vector<Diagnostic>* warnings) {
  for (const MeaningFinding& finding : CheckMeaning(filters_, alarms_)) {
    Diagnostic d = alarm_origins_[finding.alarm_index];
    // The origin carries " (at POINTER)" after an empty message.
    d.message = finding.message + d.message;
    warnings_.push_back(std::move(d));
  }
  config->log_groups = std::move(groups_);
  config->metric_filters = std::move(filters_);
  config->alarms = std::move(alarms_);
  *errors = std::move(errors_);
  *warnings = std::move(warnings_);
}

// --- Resolver, Fields, typed reads -------------------------------------------

std::optional<std::string> Resolver::Text(const Node& node, std::string* why) const {
  if (node.IsScalar()) return node.Scalar();
  *why = node.IsMap() ? "expected a value, got a mapping" : "expected a value, got a list";
  return std::nullopt;
}

Node Fields::Take(std::string_view key) {
  used_.insert(std::string(key));
  return map_.Get(key);
}

void Fields::Ignore(std::initializer_list<std::string_view> keys) {
  for (const std::string_view key : keys) used_.insert(std::string(key));
}

void Fields::Finish(ImportSink& sink) const {
  for (const auto& [key, value] : map_.Entries()) {
    if (used_.count(key) != 0 || key.starts_with("__") || !value.HasContent()) continue;
    // "false" flags (applyOnTransformedLogs: false) and Terraform's 0 for unset
    // numbers (retention_in_days: 0) ask for nothing.
    if (value.IsScalar() && value.Tag().empty() &&
        (value.Scalar() == "false" || value.Scalar() == "0")) {
      continue;
    }
    sink.NotCarried(value, what_ + ": '" + key + "' has no tailwatch equivalent");
  }
}

std::optional<std::string> ReadText(const Node& node, const Resolver& resolver, ImportSink& sink,
                                    const std::string& what) {
  if (!node.Present()) return std::nullopt;
  std::string why;
  std::optional<std::string> text = resolver.Text(node, &why);
  if (!text) sink.NotCarried(node, what + ": " + why);
  return text;
}

std::optional<double> ReadNumber(const Node& node, const Resolver& resolver, ImportSink& sink,
                                 const std::string& what) {
  const std::optional<std::string> text = ReadText(node, resolver, sink, what);
  if (!text) return std::nullopt;
  double value = 0;
  const char* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (ec != std::errc() || ptr != end) {
    sink.NotCarried(node, what + ": expected a number, got '" + *text + "'");
    return std::nullopt;
  }
  return value;
}

std::optional<int> ReadInt(const Node& node, const Resolver& resolver, ImportSink& sink,
                           const std::string& what) {
  const std::optional<double> value = ReadNumber(node, resolver, sink, what);
  if (!value) return std::nullopt;
  if (!(*value >= -2147483648.0 && *value <= 2147483647.0) ||
      *value != static_cast<double>(static_cast<long long>(*value))) {
    sink.NotCarried(node, what + ": expected a whole number, got " + node.Scalar());
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<bool> ReadBool(const Node& node, const Resolver& resolver, ImportSink& sink,
                             const std::string& what) {
  const std::optional<std::string> text = ReadText(node, resolver, sink, what);
  if (!text) return std::nullopt;
  if (*text == "true" || *text == "True") return true;
  if (*text == "false" || *text == "False") return false;
  sink.NotCarried(node, what + ": expected true or false, got '" + *text + "'");
  return std::nullopt;
}

std::vector<std::string> ReadTextList(const Node& node, const Resolver& resolver, ImportSink& sink,
                                      const std::string& what) {
  std::vector<std::string> out;
  if (!node.Present()) return out;
  if (!node.IsList()) {
    if (std::optional<std::string> one = ReadText(node, resolver, sink, what)) {
      out.push_back(std::move(*one));
    }
    return out;
  }
  for (const Node& item : node.Items()) {
    if (std::optional<std::string> text = ReadText(item, resolver, sink, what)) {
      out.push_back(std::move(*text));
    }
  }
  return out;
}

}  // namespace tailwatch::config::import
