#include "engine/match/metric_transformation.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

#include "engine/alarm/alarm_spec.h"
#include "engine/match/extended_regex.h"
#include "engine/match/number.h"

namespace tailwatch::engine {

// One `$...` reference, resolved against the pattern kind at compile time.
struct CompiledTransformation::Reference {
  bool is_json = false;
  std::optional<JsonSelector> selector;  // JSON: wildcard-free
  std::string name;                      // space-delimited: "$name" / "$N"
  size_t position = 0;                   // space-delimited "$N": N, else 0
  int group = 0;                         // extended regex: the group's index, else 0
  double scale = 1;                      // extended regex value "$name*F": F
};

namespace {

constexpr std::string_view kPrefix = "metric_transformation.";

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A field path in the config's spelling ({"dimensions", "host"}).
using FieldPath = std::vector<std::string>;

// An error about `field`; its message reads "metric_transformation.dimensions.host: ...".
tl::unexpected<Error> FieldError(const FieldPath& field, const std::string& message) {
  std::string text(kPrefix);
  for (size_t i = 0; i < field.size(); ++i) {
    if (i > 0) text += '.';
    text += field[i];
  }
  tl::unexpected<Error> error = MakeError(text + ": " + message);
  error.value().field = field;
  return error;
}

Status CheckMetricName(const FieldPath& key, const std::string& value) {
  if (value.empty() || value.size() > kMaxMetricNameLength) {
    return FieldError(key, "must be 1-255 characters long");
  }
  if (value.find_first_of(":*$") != std::string::npos) {
    return FieldError(key, "must not contain ':', '*' or '$'");
  }
  return OkStatus();
}

// Parses a `$...` reference for `pattern`. `allow_position` admits "$N" for
// space-delimited patterns (metric values; not dimensions).
Result<std::shared_ptr<const CompiledTransformation::Reference>> ParseReference(
    const FilterPattern& pattern, const FieldPath& key, const std::string& ref,
    bool allow_position) {
  auto reference = std::make_shared<CompiledTransformation::Reference>();
  if (pattern.kind() == PatternKind::kJson) {
    auto selector = JsonSelector::Parse(ref);
    if (!selector) {
      return FieldError(
          key, "'" + ref + "' is not a valid JSON selector: " + selector.error().ToString());
    }
    if (selector->has_wildcard()) {
      return FieldError(key, "'" + ref + "' must not contain a wildcard");
    }
    reference->is_json = true;
    reference->selector = std::move(*selector);
    return reference;
  }
  if (pattern.kind() == PatternKind::kSpaceDelimited) {
    const std::string_view name = std::string_view(ref).substr(1);
    const bool positional = AllDigits(name);
    if (positional && !allow_position) {
      return FieldError(key, "'" + ref + "' must name a field ($name), not a position");
    }
    if (!pattern.CanExtract(ref)) {
      return FieldError(key, "'" + ref + "' is not a field of the pattern");
    }
    reference->name = ref;
    if (positional) {
      size_t position = 0;
      std::from_chars(name.data(), name.data() + name.size(), position);
      reference->position = position;
    }
    return reference;
  }
  if (pattern.kind() == PatternKind::kExtendedRegex) {
    const int group = pattern.extended_regex()->GroupIndex(std::string_view(ref).substr(1));
    if (group == 0) {
      return FieldError(key, "'" + ref + "' is not a named or numbered group of the regex");
    }
    reference->group = group;
    return reference;
  }
  return FieldError(key, "'" + ref +
                             "': a $ reference needs a JSON or space-delimited filter pattern "
                             "or a regex");
}

// Looks a space-delimited reference up in the last match's extracted values.
std::optional<std::string_view> LookupExtracted(const CompiledTransformation::Reference& ref,
                                                EventContext& ctx) {
  for (const ExtractedValue& value : ctx.extracted_values()) {
    if (value.name == ref.name) return value.value;
  }
  // "$N" naming a token that a named field took: the N-th token itself.
  if (ref.position > 0) {
    const std::vector<SpaceToken>& tokens = ctx.SpaceTokens();
    if (ref.position <= tokens.size()) return tokens[ref.position - 1].text;
  }
  return std::nullopt;
}

// The text group `ref.group` captured in the last extended-regex match, or
// nullopt when the group did not take part.
std::optional<std::string_view> GroupText(const CompiledTransformation::Reference& ref,
                                          EventContext& ctx) {
  const std::vector<re2::StringPiece>& groups = ctx.regex_groups();
  const size_t index = static_cast<size_t>(ref.group);
  if (index >= groups.size() || groups[index].data() == nullptr) return std::nullopt;
  return std::string_view(groups[index].data(), groups[index].size());
}

enum class ScannedValue { kUnsure, kTaken, kDropped };

// A JSON value `$.key` from the root-key scanner's fields, with the rules of
// the full-parser path below: numbers as they are, numeric strings parsed,
// anything else (a missing key included) dropped. kUnsure: ask the full parser.
ScannedValue ScannedJsonValue(const CompiledTransformation::Reference& ref, EventContext& ctx,
                              double* value) {
  const std::optional<std::string_view> key = ref.selector->root_key();
  if (!key) return ScannedValue::kUnsure;
  switch (ctx.ScanJson()) {
    case EventContext::JsonScan::kNotObject:
      return ScannedValue::kDropped;
    case EventContext::JsonScan::kUnsure:
      return ScannedValue::kUnsure;
    case EventContext::JsonScan::kObject:
      break;
  }
  const JsonScalar* field = ctx.ScannedFields().Find(*key);
  if (field == nullptr) return ScannedValue::kUnsure;
  switch (field->type) {
    case JsonScalar::Type::kInt64:
    case JsonScalar::Type::kDouble:
      *value = field->number;
      return ScannedValue::kTaken;
    case JsonScalar::Type::kString: {
      const std::optional<double> parsed = ParseCloudWatchNumber(field->text);
      if (!parsed) return ScannedValue::kDropped;
      *value = *parsed;
      return ScannedValue::kTaken;
    }
    case JsonScalar::Type::kUnsure:
      return ScannedValue::kUnsure;
    default:
      return ScannedValue::kDropped;
  }
}

// Prints a JSON number node into `buffer` as close to its JSON text as the
// DOM allows: integers exactly, doubles shortest-round-trip with a ".0" kept
// for integral values (simdjson parses "1.0" as a double, "1" as an integer).
std::string_view PrintNumber(simdjson::dom::element node, char* buffer, size_t size) {
  char* const end = buffer + size;
  std::to_chars_result result{buffer, std::errc()};
  switch (node.type()) {
    case simdjson::dom::element_type::INT64:
      result = std::to_chars(buffer, end, int64_t(node.get_int64().value_unsafe()));
      break;
    case simdjson::dom::element_type::UINT64:
      result = std::to_chars(buffer, end, uint64_t(node.get_uint64().value_unsafe()));
      break;
    default: {
      const double value = node.get_double().value_unsafe();
      result = std::to_chars(buffer, end - 2, value);
      if (result.ec == std::errc() &&
          std::string_view(buffer, static_cast<size_t>(result.ptr - buffer))
                  .find_first_of(".eEn") == std::string_view::npos) {
        *result.ptr++ = '.';
        *result.ptr++ = '0';
      }
      break;
    }
  }
  if (result.ec != std::errc()) return {};
  return std::string_view(buffer, static_cast<size_t>(result.ptr - buffer));
}

// Adds `status`'s error, if any, to `errors`; true when there was none.
void Collect(tl::unexpected<Error> error, std::vector<Error>* errors) {
  errors->push_back(std::move(error.value()));
}
template <class T>
bool Collect(tl::expected<T, Error> result, std::vector<Error>* errors) {
  if (result) return true;
  errors->push_back(std::move(result.error()));
  return false;
}

}  // namespace

std::vector<Error> MetricTransformationErrors(const FilterPattern* pattern,
                                              const MetricTransformationSpec& spec,
                                              std::span<const std::string> unknown_fields) {
  std::vector<Error> errors;
  CompiledTransformation::Build(pattern, spec, unknown_fields, &errors);
  return errors;
}

Status ValidateMetricTransformation(const FilterPattern& pattern,
                                    const MetricTransformationSpec& spec) {
  auto compiled = CompiledTransformation::Compile(pattern, spec);
  if (!compiled) return tl::unexpected(std::move(compiled.error()));
  return OkStatus();
}

Result<CompiledTransformation> CompiledTransformation::Compile(
    const FilterPattern& pattern, const MetricTransformationSpec& spec) {
  std::vector<Error> errors;
  CompiledTransformation out = Build(&pattern, spec, {}, &errors);
  if (!errors.empty()) return tl::unexpected(std::move(errors.front()));
  return out;
}

CompiledTransformation CompiledTransformation::Build(const FilterPattern* pattern,
                                                     const MetricTransformationSpec& spec,
                                                     std::span<const std::string> unknown_fields,
                                                     std::vector<Error>* errors) {
  const auto known = [&](std::string_view field) {
    return std::find(unknown_fields.begin(), unknown_fields.end(), field) == unknown_fields.end();
  };
  CompiledTransformation out;
  if (known("name")) Collect(CheckMetricName({"name"}, spec.metric_name), errors);
  if (known("namespace")) Collect(CheckMetricName({"namespace"}, spec.metric_namespace), errors);
  if (known("value")) out.CompileValue(pattern, spec.metric_value, errors);
  if (known("default_value") && spec.default_value) {
    if (!spec.dimensions.empty() && known("dimensions")) {
      Collect(FieldError({"default_value"}, "is not allowed together with dimensions"), errors);
    } else if (!std::isfinite(*spec.default_value)) {
      Collect(FieldError({"default_value"}, "must be a finite number"), errors);
    } else {
      out.default_value_ = spec.default_value;
    }
  }
  if (known("dimensions") && pattern != nullptr) {
    // The first problem only: one dimension's error often explains the next.
    Collect(out.CompileDimensions(*pattern, spec.dimensions), errors);
  }
  if (known("unit") && !IsStandardUnit(spec.unit)) {
    Collect(FieldError({"unit"}, "'" + spec.unit + "' is not a CloudWatch standard unit"), errors);
  }
  return out;
}

void CompiledTransformation::CompileValue(const FilterPattern* pattern, const std::string& value,
                                          std::vector<Error>* errors) {
  if (value.empty()) {
    Collect(FieldError({"value"}, "is required"), errors);
  } else if (value.size() > kMaxMetricValueLength) {
    Collect(FieldError({"value"}, "must be at most 100 characters long"), errors);
  } else if (value.front() == '$') {
    if (pattern == nullptr) return;  // a reference needs the pattern
    if (pattern->kind() == PatternKind::kExtendedRegex) {
      CompileRegexValue(*pattern, value, errors);
      return;
    }
    auto reference = ParseReference(*pattern, {"value"}, value, /*allow_position=*/true);
    if (Collect(reference, errors)) value_refs_.push_back(std::move(*reference));
  } else {
    const std::optional<double> number = ParseCloudWatchNumber(value);
    if (!number || !std::isfinite(*number)) {
      Collect(FieldError({"value"}, "'" + value + "' must be a number or a $ reference"), errors);
    } else {
      literal_value_ = number;
    }
  }
}

// A regex filter's value: `$a`, or alternatives `$a|$b*1000|...` where the
// first group that took part in the match gives the value, times its factor.
// One filter can so read a metric from a regex whose alternation covers
// several formats (RE2 names a group once) and convert units per format.
void CompiledTransformation::CompileRegexValue(const FilterPattern& pattern,
                                               const std::string& value,
                                               std::vector<Error>* errors) {
  std::vector<std::shared_ptr<const Reference>> refs;
  std::string_view rest = value;
  while (true) {
    const size_t bar = rest.find('|');
    const std::string_view term = rest.substr(0, bar);
    const size_t star = term.find('*');
    const std::string ref(term.substr(0, star));
    if (ref.size() < 2 || ref.front() != '$') {
      Collect(FieldError({"value"}, "'" + value +
                                        "' must be $group or alternatives $a|$b, each "
                                        "optionally times a number ($sec*1000)"),
              errors);
      return;
    }
    auto reference = ParseReference(pattern, {"value"}, ref, /*allow_position=*/true);
    if (!Collect(reference, errors)) return;
    if (star != std::string_view::npos) {
      const std::string_view factor_text = term.substr(star + 1);
      const std::optional<double> factor = ParseCloudWatchNumber(factor_text);
      if (!factor || !std::isfinite(*factor) || *factor == 0) {
        Collect(FieldError({"value"}, "'" + std::string(factor_text) + "' in '" + value +
                                          "' must be a non-zero number"),
                errors);
        return;
      }
      auto scaled = std::make_shared<Reference>(**reference);
      scaled->scale = *factor;
      refs.push_back(std::move(scaled));
    } else {
      refs.push_back(std::move(*reference));
    }
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  value_refs_ = std::move(refs);
}

Status CompiledTransformation::CompileDimensions(
    const FilterPattern& pattern,
    const std::vector<std::pair<std::string, std::string>>& dimensions) {
  if (dimensions.empty()) return OkStatus();
  if (pattern.kind() != PatternKind::kJson && pattern.kind() != PatternKind::kSpaceDelimited &&
      pattern.kind() != PatternKind::kExtendedRegex) {
    return FieldError({"dimensions"}, "need a JSON or space-delimited filter pattern");
  }
  if (dimensions.size() > kMaxDimensionCount) {
    return FieldError({"dimensions"}, "at most 3 dimensions are allowed");
  }
  for (size_t i = 0; i < dimensions.size(); ++i) {
    const auto& [key, ref] = dimensions[i];
    const FieldPath field = {"dimensions", key};
    if (key.empty() || key.size() > kMaxDimensionTextLength) {
      return FieldError({"dimensions"}, "a dimension name must be 1-255 characters long");
    }
    for (size_t j = 0; j < i; ++j) {
      if (dimensions[j].first == key) return FieldError(field, "duplicate dimension name");
    }
    if (ref.empty() || ref.size() > kMaxDimensionTextLength) {
      return FieldError(field, "must be 1-255 characters long");
    }
    if (ref.front() != '$') {
      return FieldError(field, "'" + ref + "' must be a $.selector or $field reference");
    }
    auto reference = ParseReference(pattern, field, ref, /*allow_position=*/false);
    if (!reference) return tl::unexpected(std::move(reference.error()));
    dimensions_.push_back(std::move(*reference));
  }
  return OkStatus();
}

std::optional<std::string_view> CompiledTransformation::json_value_root_key() const {
  if (value_refs_.size() != 1 || !value_refs_.front()->is_json) return std::nullopt;
  return value_refs_.front()->selector->root_key();
}

std::optional<DropReason> CompiledTransformation::Resolve(
    EventContext& ctx, double* value, std::span<const std::string_view>* dimensions) const {
  if (literal_value_) {
    *value = *literal_value_;
  } else if (value_refs_.front()->group > 0) {
    // Lenient rule for regex captures ("5,856", "1099.34ms", "nan"). A
    // non-finite value is dropped below like any other: NaN would poison the
    // period's Sum/Min/Max and the Prometheus counters for good, and every
    // comparison with it is false, so it could never breach an alarm. A
    // "loss is NaN" alarm counts NaN losses with a filter whose value is 1.
    const Reference* taken = nullptr;
    std::optional<std::string_view> text;
    for (const auto& ref : value_refs_) {
      text = GroupText(*ref, ctx);
      if (text) {
        taken = ref.get();
        break;
      }
    }
    if (taken == nullptr) return DropReason::kValue;
    const std::optional<double> parsed = ParseLenientNumber(*text);
    if (!parsed) return DropReason::kValue;
    *value = *parsed * taken->scale;
  } else if (value_refs_.front()->is_json) {
    const ScannedValue scanned = ScannedJsonValue(*value_refs_.front(), ctx, value);
    if (scanned == ScannedValue::kDropped) return DropReason::kValue;
    if (scanned == ScannedValue::kUnsure) {
      const simdjson::dom::element* root = ctx.Json();
      if (root == nullptr) return DropReason::kValue;
      const std::optional<simdjson::dom::element> node =
          value_refs_.front()->selector->Resolve(*root, ctx.json_fields());
      if (!node) return DropReason::kValue;
      switch (node->type()) {
        case simdjson::dom::element_type::INT64:
          *value = static_cast<double>(node->get_int64().value_unsafe());
          break;
        case simdjson::dom::element_type::UINT64:
          *value = static_cast<double>(node->get_uint64().value_unsafe());
          break;
        case simdjson::dom::element_type::DOUBLE:
          *value = node->get_double().value_unsafe();
          break;
        case simdjson::dom::element_type::STRING: {
          // Recorded: "11.5" publishes 11.5, "banana" nothing.
          const std::optional<double> parsed =
              ParseCloudWatchNumber(node->get_string().value_unsafe());
          if (!parsed) return DropReason::kValue;
          *value = *parsed;
          break;
        }
        default:
          return DropReason::kValue;
      }
    }
  } else {
    const std::optional<std::string_view> text = LookupExtracted(*value_refs_.front(), ctx);
    if (!text) return DropReason::kValue;
    const std::optional<double> parsed = ParseCloudWatchNumber(*text);
    if (!parsed) return DropReason::kValue;
    *value = *parsed;
  }
  if (!std::isfinite(*value)) return DropReason::kValue;

  auto& slots = ctx.dimension_values();
  for (size_t i = 0; i < dimensions_.size(); ++i) {
    const Reference& ref = *dimensions_[i];
    if (ref.group > 0) {
      const std::optional<std::string_view> text = GroupText(ref, ctx);
      // A group that did not take part (or captured nothing) names no
      // dimension value: the sample is dropped, as for a missing JSON field.
      if (!text || text->empty() || text->size() > kMaxDimensionTextLength) {
        return DropReason::kDimension;
      }
      slots[i] = *text;
    } else if (ref.is_json) {
      const simdjson::dom::element* root = ctx.Json();
      if (root == nullptr) return DropReason::kDimension;
      const std::optional<simdjson::dom::element> node =
          ref.selector->Resolve(*root, ctx.json_fields());
      if (!node) return DropReason::kDimension;
      switch (node->type()) {
        case simdjson::dom::element_type::STRING:
          slots[i] = node->get_string().value_unsafe();
          break;
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE:
          slots[i] =
              PrintNumber(*node, ctx.number_buffers()[i].data(), EventContext::kNumberBufferSize);
          if (slots[i].empty()) return DropReason::kDimension;
          break;
        case simdjson::dom::element_type::BOOL:
          slots[i] = node->get_bool().value_unsafe() ? "true" : "false";
          break;
        default:  // null, objects and arrays name no dimension value
          return DropReason::kDimension;
      }
    } else {
      const std::optional<std::string_view> text = LookupExtracted(ref, ctx);
      if (!text) return DropReason::kDimension;
      slots[i] = *text;
    }
  }
  *dimensions = std::span<const std::string_view>(slots.data(), dimensions_.size());
  return std::nullopt;
}

}  // namespace tailwatch::engine
