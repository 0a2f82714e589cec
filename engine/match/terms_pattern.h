// CloudWatch term patterns for unstructured events: `ERROR`, `"fatal error"`,
// `?Error ?fatal`, `ERROR -DEBUG` (docs/cloudwatch-semantics.md §1.2).
//
// A term is present when its text occurs in the message as a substring
// (case-sensitive). Plain terms are required, `-` terms must be absent, `?`
// terms are alternatives -- but only when every term has `?`; as soon as one
// term lacks `?`, all `?` terms are ignored (AWS guide + recorded responses).
// Rejected: a `*` in an unquoted term, an unclosed quote, the empty phrase `""`,
// a bad escape in a phrase, and a `%regex%` mixed with terms [decision].
//
// Immutable after Parse; Matches() never allocates and is thread-safe.
#ifndef TAILWATCH_ENGINE_MATCH_TERMS_PATTERN_H_
#define TAILWATCH_ENGINE_MATCH_TERMS_PATTERN_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::engine {

class TermsPattern {
 public:
  // `pattern` is the trimmed, non-empty pattern text. Error columns are
  // 1-based offsets into `pattern`.
  static Result<TermsPattern> Parse(std::string_view pattern);

  bool Matches(std::string_view message) const;

  // The effective terms after the `?` rule: every `required()` term must be
  // present, no `excluded()` term may be, and when `any_of()` is non-empty at
  // least one of them must be present. Texts are unescaped and non-empty.
  const std::vector<std::string>& required() const { return required_; }
  const std::vector<std::string>& excluded() const { return excluded_; }
  const std::vector<std::string>& any_of() const { return any_of_; }

 private:
  std::vector<std::string> required_;
  std::vector<std::string> excluded_;
  std::vector<std::string> any_of_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_TERMS_PATTERN_H_
