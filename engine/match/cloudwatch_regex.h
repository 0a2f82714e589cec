// The regular expressions CloudWatch filter patterns allow (`%...%`), checked
// against CloudWatch's character and operator rules, then compiled with RE2.
//
// CloudWatch's dialect is a subset of RE2's: letters, digits, `: _ # = @ / ; , -`
// and space as literals; `^ $ ? [ ] { } | \ * + .` as operators; escapes
// \d \D \s \S \w \W (ASCII) and \xhh; no groups, no multi-byte characters.
// Translation to RE2 keeps the meaning: `.` matches any byte (newlines too),
// `\s` is tab, space or newline, `{,n}` becomes `{0,n}`. A regex searches
// (it is unanchored unless it uses ^ or $).
#ifndef TAILWATCH_ENGINE_MATCH_CLOUDWATCH_REGEX_H_
#define TAILWATCH_ENGINE_MATCH_CLOUDWATCH_REGEX_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

#include "engine/common/status.h"

namespace tailwatch::engine {

// An immutable compiled regex; cheap to copy (shared). RE2 is thread-safe.
class CloudWatchRegex {
 public:
  // `body` is the text between the two '%'. Error columns are 1-based
  // offsets into `body`.
  static Result<CloudWatchRegex> Compile(std::string_view body);

  // Unanchored search anywhere in `text`.
  bool Search(std::string_view text) const {
    return re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re2_);
  }
  // The RE2 syntax this regex was translated to (for RE2::Set prefilters).
  const std::string& re2_pattern() const { return re2_->pattern(); }
  const std::string& source() const { return source_; }
  const re2::RE2& re2() const { return *re2_; }
  // Options every CloudWatch regex is compiled with (Latin-1, dot matches \n).
  static re2::RE2::Options Re2Options();

 private:
  std::shared_ptr<const re2::RE2> re2_;
  std::string source_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_CLOUDWATCH_REGEX_H_
