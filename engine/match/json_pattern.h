// CloudWatch JSON filter patterns: `{ $.a.b = "x" && ($.n > 3 || $.t IS TRUE) }`.
//
// Grammar, semantics and the decisions taken where AWS is silent are in
// docs/cloudwatch-semantics.md §1.5. Parsing happens once, at config
// load; Matches() runs per log event on a document the caller parsed once for
// all JSON filters. Matches() never allocates and never throws.
#ifndef TAILWATCH_ENGINE_MATCH_JSON_PATTERN_H_
#define TAILWATCH_ENGINE_MATCH_JSON_PATTERN_H_

#include <simdjson.h>

#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/common/status.h"
#include "engine/match/json_root_scanner.h"
#include "engine/match/json_selector.h"

namespace tailwatch::engine {

class JsonPattern {
 public:
  // `pattern` is the trimmed pattern text, from '{' to '}'. Error columns are
  // 1-based offsets into `pattern`.
  static Result<JsonPattern> Parse(std::string_view pattern);

  // `root` is the event parsed as JSON; the caller only calls this when the
  // (trimmed) message parsed as a JSON object. `fields`: as in AnyOf.
  bool Matches(simdjson::dom::element root, JsonRootFields* fields = nullptr) const;

  // When every selector of the pattern is one root key (`$.key`): appends
  // those keys to `keys` (repeats possible) and returns true; otherwise
  // false. Such a pattern can be decided by MatchesScanned().
  bool RootKeys(std::vector<std::string>* keys) const;

  // The same decision as Matches() on the same event, from the fields a
  // JsonRootScanner found in it (the event is a valid JSON object); nullopt
  // when a field the pattern needs was not scanned.
  std::optional<bool> MatchesScanned(const JsonScannedFields& fields) const;

  int regex_count() const;

  struct Impl;  // the expression tree, defined in json_pattern.cc

 private:
  std::shared_ptr<const Impl> impl_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_JSON_PATTERN_H_
