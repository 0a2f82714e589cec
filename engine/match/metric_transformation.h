// Metric transformations (docs/cloudwatch-semantics.md §2.1, §2.2): the
// validation CloudWatch applies to PutMetricFilter's metricTransformations,
// and the compiled form that turns one matching event into a metric value and
// dimension values.
#ifndef TAILWATCH_ENGINE_MATCH_METRIC_TRANSFORMATION_H_
#define TAILWATCH_ENGINE_MATCH_METRIC_TRANSFORMATION_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"
#include "engine/match/filter_spec.h"

namespace tailwatch::engine {

// Why a matching event emitted no sample: its value was missing or not a
// number (kValue), or a dimension value was missing (kDimension).
enum class DropReason { kValue, kDimension };

inline constexpr size_t kMaxMetricNameLength = 255;
inline constexpr size_t kMaxMetricValueLength = 100;
inline constexpr size_t kMaxDimensionCount = 3;
inline constexpr size_t kMaxDimensionTextLength = 255;

// Checks `spec` against CloudWatch's rules for a filter with `pattern`:
// metric name/namespace 1-255 characters without ':', '*' or '$'; value at
// most 100 characters and a number, a wildcard-free `$.selector` (JSON
// patterns) or `$name`/`$N` (space-delimited); default_value not allowed with
// dimensions; dimensions only for JSON/space-delimited patterns, at most 3,
// keys and values 1-255 characters, values a wildcard-free `$.selector` or
// `$name`; unit a StandardUnit. The message starts with the config key, e.g.
// "metric_transformation.value: ...".
// tailwatch's `regex:` filters (PatternKind::kExtendedRegex) also take
// `$name` (named group) or `$N` (group N) as value and dimensions; their
// values use ParseLenientNumber, and a non-finite value (NaN, inf) is
// dropped like a non-number (DropReason::kValue). Their value may also be
// alternatives, each optionally scaled: `$ms|$sec*1000` takes the first
// group that took part in the match, times its factor.
// Returns the first error (Error::field holds its path within the
// transformation, e.g. {"dimensions", "host"}).
Status ValidateMetricTransformation(const FilterPattern& pattern,
                                    const MetricTransformationSpec& spec);

// Every error the rules above find, at most one per field (for dimensions,
// the first). Fields named in `unknown_fields` (config keys whose value could
// not be read) are not checked, nor used by another field's rule. Without a
// `pattern` (its own compile failed) the `$` references are not checked.
std::vector<Error> MetricTransformationErrors(const FilterPattern* pattern,
                                              const MetricTransformationSpec& spec,
                                              std::span<const std::string> unknown_fields = {});

// A validated transformation bound to its pattern. Immutable, thread-safe.
class CompiledTransformation {
 public:
  // Validates (as above) and compiles. `pattern` must outlive nothing: the
  // compiled form keeps what it needs.
  static Result<CompiledTransformation> Compile(const FilterPattern& pattern,
                                                const MetricTransformationSpec& spec);

  const std::optional<double>& default_value() const { return default_value_; }
  // The root key of a JSON value `$.key` (which a JsonRootScanner can
  // find), else nullopt.
  std::optional<std::string_view> json_value_root_key() const;
  size_t dimension_count() const { return dimensions_.size(); }

  // For an event the pattern just matched in `ctx` (for space-delimited
  // patterns ctx.extracted_values() must hold that match): resolves the value
  // and the dimension values, in spec order, into `*value` and `*dimensions`
  // (views into the event or into ctx's buffers, valid until ctx.Reset()).
  // Returns the drop reason when no sample is emitted. Never allocates.
  std::optional<DropReason> Resolve(EventContext& ctx, double* value,
                                    std::span<const std::string_view>* dimensions) const;

  struct Reference;  // a resolved `$...` reference, defined in the .cc

 private:
  friend std::vector<Error> MetricTransformationErrors(const FilterPattern*,
                                                       const MetricTransformationSpec&,
                                                       std::span<const std::string>);
  // Compiles what it can of `spec`, adding every error to `*errors`.
  static CompiledTransformation Build(const FilterPattern* pattern,
                                      const MetricTransformationSpec& spec,
                                      std::span<const std::string> unknown_fields,
                                      std::vector<Error>* errors);
  void CompileValue(const FilterPattern* pattern, const std::string& value,
                    std::vector<Error>* errors);
  void CompileRegexValue(const FilterPattern& pattern, const std::string& value,
                         std::vector<Error>* errors);
  Status CompileDimensions(const FilterPattern& pattern,
                           const std::vector<std::pair<std::string, std::string>>& dimensions);

  std::optional<double> literal_value_;  // value "1", "2.5"
  // value "$.x" / "$name": one reference; a regex filter's "$a|$b*1000":
  // one per alternative, the first whose group took part gives the value.
  std::vector<std::shared_ptr<const Reference>> value_refs_;
  std::vector<std::shared_ptr<const Reference>> dimensions_;
  std::optional<double> default_value_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_METRIC_TRANSFORMATION_H_
