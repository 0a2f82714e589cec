// CloudWatch JSON filter patterns: `{ $.a.b = "x" && ($.n > 3 || $.t IS TRUE) }`.
//
// Grammar, semantics and the decisions taken where AWS is silent are in
// spec/cloudwatch-semantics.md section 1.4. Parsing happens once, at config
// load; Matches() runs per log event on a document the caller parsed once for
// all JSON filters. Matches() never allocates and never throws.
#ifndef TAILWATCH_ENGINE_MATCH_JSON_PATTERN_H_
#define TAILWATCH_ENGINE_MATCH_JSON_PATTERN_H_

#include <memory>
#include <optional>
#include <string_view>

#include <simdjson.h>

#include "engine/common/status.h"

namespace tailwatch::engine {

// A selector such as `$.a[0].b`, `$.*.x`, `$['a.b']`. Immutable, copyable.
class JsonSelector {
 public:
  // `text` starts with '$'. Error columns are 1-based offsets into `text`.
  static Result<JsonSelector> Parse(std::string_view text);

  bool has_wildcard() const;
  int wildcard_count() const;
  // The selector as written, e.g. "$.a[0]"; empty for a default-constructed one.
  std::string_view text() const;

  // Calls `visit(node)` for every node the selector reaches (wildcards expand
  // to every element / field; with a repeated key the last one wins) until a
  // call returns true. Returns whether some call returned true.
  template <class Visit>
  bool AnyOf(simdjson::dom::element root, Visit&& visit) const;

  // For a wildcard-free selector: the node, or nullopt when it is missing.
  std::optional<simdjson::dom::element> Resolve(simdjson::dom::element root) const;

  struct Impl;  // defined in json_pattern.cc

 private:
  std::shared_ptr<const Impl> impl_;
  // Non-template entry used by AnyOf; `visit` is called through a function pointer.
  bool AnyOfImpl(simdjson::dom::element root, bool (*visit)(void*, simdjson::dom::element),
                 void* context) const;
};

template <class Visit>
bool JsonSelector::AnyOf(simdjson::dom::element root, Visit&& visit) const {
  return AnyOfImpl(
      root,
      [](void* context, simdjson::dom::element node) {
        return (*static_cast<std::remove_reference_t<Visit>*>(context))(node);
      },
      &visit);
}

class JsonPattern {
 public:
  // `pattern` is the trimmed pattern text, from '{' to '}'. Error columns are
  // 1-based offsets into `pattern`.
  static Result<JsonPattern> Parse(std::string_view pattern);

  // `root` is the event parsed as JSON; the caller only calls this when the
  // (trimmed) message parsed as a JSON object.
  bool Matches(simdjson::dom::element root) const;

  int regex_count() const;

  struct Impl;  // the expression tree, defined in json_pattern.cc

 private:
  std::shared_ptr<const Impl> impl_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_JSON_PATTERN_H_
