// tailwatch's own filter kind, beyond CloudWatch: a metric filter may give
// `regex:` (full RE2 syntax) instead of `pattern:`. Named capture groups
// (`(?P<loss>...)`) and numbered groups feed metric values and dimensions as
// `$loss` / `$1`.
//
// Semantics (fixed so that the shared Hyperscan prefilter stays a sound
// "may match" test for these regexes too):
//   - bytes, not UTF-8 code points (RE2 Latin-1 mode, as CloudWatch regexes);
//   - `.` also matches '\n' (a record can hold one when pushed as JSON);
//   - unanchored search: rank prefixes (`[rank3]:`, `[default7]:`), glog
//     prefixes (`E0321 02:07:08.408 ...]`), leading ANSI colour codes and
//     timestamps in front of the text never stop a match unless the author
//     writes `^`. Events are matched as written: no ANSI stripping (a colour
//     code *inside* the matched span must be allowed for by the regex).
//
// ParseLenientNumber is the number rule for values captured by such regexes
// only; `pattern:` filters keep CloudWatch's strict rule (number.h).
#ifndef TAILWATCH_ENGINE_MATCH_EXTENDED_REGEX_H_
#define TAILWATCH_ENGINE_MATCH_EXTENDED_REGEX_H_

#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::engine {

inline constexpr size_t kMaxExtendedRegexLength = 1024;
// More groups than any sensible log regex needs; bounds the per-event
// capture buffer.
inline constexpr int kMaxExtendedRegexGroups = 32;

class ExtendedRegex {
 public:
  // Compiles `pattern` (RE2 syntax). Errors: empty, longer than 1024
  // characters, more than 32 groups, RE2 syntax errors (column 0: RE2 does
  // not report an offset).
  static Result<ExtendedRegex> Compile(std::string_view pattern);

  const std::string& source() const { return re2_->pattern(); }
  const re2::RE2& re2() const { return *re2_; }
  int group_count() const { return re2_->NumberOfCapturingGroups(); }

  // The group a `$name` / `$N` reference (without the '$') names: its
  // 1-based index, or 0 when the regex has no such group.
  int GroupIndex(std::string_view name) const;

  // Unanchored search. With `groups` non-null, fills it with the whole match
  // and every group (size group_count() + 1; a group that did not take part
  // is a null view). `groups` keeps its capacity across calls.
  bool Search(std::string_view text, std::vector<re2::StringPiece>* groups) const;

 private:
  std::shared_ptr<const re2::RE2> re2_;
};

// The lenient number rule for regex-filter captures (documented in
// docs/ai-pack.md). After trimming ASCII spaces:
//   - "nan", "-nan", "+nan" (any case) -> NaN; "inf", "infinity" with an
//     optional sign (any case) -> +/-infinity;
//   - otherwise a CloudWatch number (`2.504220E+00`, `-1.5`, `.5`) where
//     ',' between digits of the integer part is a thousands separator
//     (`5,856`, `1,234,567.5`), optionally followed by a unit suffix of
//     letters or '%' (`1099.34ms`, `76.628s`, `12%`) which is ignored (no
//     time conversion: a filter's value expression scales, e.g.
//     `$sec*1000`), except that a suffix starting with a decimal multiplier
//     scales the number: k or K x1e3, M x1e6, G x1e9 (`1.2k` = 1200,
//     `3.5Mtok` = 3.5e6; lower-case m is not one, `5ms` = 5).
// Anything else (empty, "12 34", "1,23", "ms", "0x10") is nullopt.
std::optional<double> ParseLenientNumber(std::string_view text);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_EXTENDED_REGEX_H_
