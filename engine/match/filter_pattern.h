// One compiled CloudWatch filter pattern of any kind (docs/cloudwatch-semantics.md §1.1): empty
// (matches every event), terms, a whole-pattern `%regex%`, JSON `{...}` or
// space-delimited `[...]` -- or, from CompileExtendedRegex only, tailwatch's
// own `regex:` filter kind (full RE2 with named groups, extended_regex.h).
// Compile() itself accepts CloudWatch's language only, so a CloudWatch
// definition means the same here as there (`%(abc)%` stays invalid).
//
// Compile() trims ASCII whitespace, rejects patterns over 1024 characters and
// JSON / space-delimited patterns with more than 2 regexes, and reports error
// columns 1-based against the ORIGINAL (untrimmed) text. Immutable after
// Compile, cheap to copy (the parsed parts are shared), thread-safe.
#ifndef TAILWATCH_ENGINE_MATCH_FILTER_PATTERN_H_
#define TAILWATCH_ENGINE_MATCH_FILTER_PATTERN_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "engine/common/status.h"
#include "engine/match/cloudwatch_regex.h"
#include "engine/match/event_context.h"
#include "engine/match/extended_regex.h"
#include "engine/match/json_pattern.h"
#include "engine/match/space_delimited_pattern.h"
#include "engine/match/terms_pattern.h"

namespace tailwatch::engine {

enum class PatternKind { kMatchAll, kTerms, kRegex, kJson, kSpaceDelimited, kExtendedRegex };

// "match-all", "terms", "regex", "json", "space-delimited", "extended-regex".
std::string_view PatternKindName(PatternKind kind);

inline constexpr size_t kMaxPatternLength = 1024;
inline constexpr int kMaxRegexesPerPattern = 2;

class FilterPattern {
 public:
  static Result<FilterPattern> Compile(std::string_view pattern);
  // A `regex:` filter (not CloudWatch's language): `regex` is RE2 syntax,
  // used as written (not trimmed). Error columns are 1-based in `regex`.
  static Result<FilterPattern> CompileExtendedRegex(std::string_view regex);

  PatternKind kind() const { return kind_; }
  // The trimmed pattern text.
  const std::string& text() const { return text_; }
  // Number of CloudWatch `%regex%` in the pattern (1 for a whole-pattern
  // regex; 0 for an extended regex, which CloudWatch's quota of 5 regex
  // filters per log group does not count).
  int regex_count() const;

  // Whether the event in `ctx` matches. For space-delimited patterns a match
  // also fills ctx.extracted_values(), for extended regexes
  // ctx.regex_groups(). No allocation once `ctx` is warm.
  bool Matches(EventContext& ctx) const;

  // What the pattern can extract for metric values and dimensions: JSON
  // patterns take any well-formed `$.selector` (with or without wildcards --
  // the caller decides whether wildcards are allowed), space-delimited ones
  // `$name` of a named field or `$N` (1-based position), extended regexes
  // `$name` of a named group or `$N` (group N). Other kinds extract nothing.
  // `ref` includes the leading '$'.
  bool CanExtract(std::string_view ref) const;

  // The parsed form of each kind; null when the pattern is of another kind.
  const TermsPattern* terms() const { return terms_.get(); }
  const CloudWatchRegex* regex() const { return regex_.get(); }
  const JsonPattern* json() const { return json_.get(); }
  const SpaceDelimitedPattern* space_delimited() const { return space_.get(); }
  const ExtendedRegex* extended_regex() const { return extended_.get(); }

 private:
  PatternKind kind_ = PatternKind::kMatchAll;
  std::string text_;
  std::shared_ptr<const TermsPattern> terms_;
  std::shared_ptr<const CloudWatchRegex> regex_;
  std::shared_ptr<const JsonPattern> json_;
  std::shared_ptr<const SpaceDelimitedPattern> space_;
  std::shared_ptr<const ExtendedRegex> extended_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_FILTER_PATTERN_H_
