// CloudWatch space-delimited filter patterns: `[ip, user, ..., status=4*, size>1000]`.
//
// Grammar, tokenization and binding rules are in docs/cloudwatch-semantics.md
// section 1.5. Parse once; Matches() runs per event with scratch vectors the
// caller reuses, so a warm call never allocates and never throws.
#ifndef TAILWATCH_ENGINE_MATCH_SPACE_DELIMITED_PATTERN_H_
#define TAILWATCH_ENGINE_MATCH_SPACE_DELIMITED_PATTERN_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::engine {

// One whitespace-separated token of an event. `text` has its enclosing
// quotes/brackets removed; `raw_begin` is the offset in the message where the
// token starts (at the quote or bracket), used for "the rest of the line".
struct SpaceToken {
  std::string_view text;
  size_t raw_begin = 0;
};

// An extracted value as TestMetricFilter reports it: `name` is "$field" for a
// named field or "$<1-based position>" otherwise. Both views stay valid while
// the message and the pattern live.
struct ExtractedValue {
  std::string_view name;
  std::string_view value;
};

// Splits `message` into tokens (docs/cloudwatch-semantics.md §1.6). Clears `out` first.
void SplitSpaceDelimited(std::string_view message, std::vector<SpaceToken>* out);

class SpaceDelimitedPattern {
 public:
  // `pattern` is the trimmed pattern text, from '[' to ']'. Error columns are
  // 1-based offsets into `pattern`.
  static Result<SpaceDelimitedPattern> Parse(std::string_view pattern);

  // Positional names "$1".."$<kMaxPositionalNames>" come from a process-wide
  // table built once (at the first Parse), so extraction never allocates; an
  // unnamed token beyond that position is matched but not extracted.
  static constexpr size_t kMaxPositionalNames = 4096;

  // `tokens` must be SplitSpaceDelimited(message). On a match fills `values`
  // (cleared first) with every extracted value, in position order; `values`
  // may be null when only the verdict is wanted. Never throws; does not
  // allocate once `values` has grown to the largest extraction seen.
  bool Matches(std::string_view message, const std::vector<SpaceToken>& tokens,
               std::vector<ExtractedValue>* values) const;

  // True when `$name` (given without '$') names a field of this pattern, or is a
  // 1-based position number; used to validate metric values and dimensions.
  bool CanExtract(std::string_view name) const;

  int regex_count() const;

  struct Impl;

 private:
  std::shared_ptr<const Impl> impl_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_SPACE_DELIMITED_PATTERN_H_
