#include "engine/match/filter_pattern.h"

#include <string>
#include <utility>

namespace tailwatch::engine {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Moves an error reported against a slice of the pattern back onto the
// original text: `offset` is where the slice starts in the original.
Error Shift(Error error, size_t offset) {
  if (error.column > 0) error.column += static_cast<int>(offset);
  return error;
}

}  // namespace

std::string_view PatternKindName(PatternKind kind) {
  switch (kind) {
    case PatternKind::kMatchAll:
      return "match-all";
    case PatternKind::kTerms:
      return "terms";
    case PatternKind::kRegex:
      return "regex";
    case PatternKind::kJson:
      return "json";
    case PatternKind::kSpaceDelimited:
      return "space-delimited";
    case PatternKind::kExtendedRegex:
      return "extended-regex";
  }
  return "unknown";
}

Result<FilterPattern> FilterPattern::Compile(std::string_view pattern) {
  if (pattern.size() > kMaxPatternLength) {
    return MakeError("pattern is longer than " + std::to_string(kMaxPatternLength) + " characters",
                     static_cast<int>(kMaxPatternLength) + 1);
  }
  size_t begin = 0;
  while (begin < pattern.size() && IsAsciiSpace(pattern[begin])) ++begin;
  size_t end = pattern.size();
  while (end > begin && IsAsciiSpace(pattern[end - 1])) --end;
  const std::string_view text = pattern.substr(begin, end - begin);
  const int last_column = static_cast<int>(end);  // 1-based column of text.back()

  FilterPattern out;
  out.text_ = std::string(text);
  if (text.empty()) {
    out.kind_ = PatternKind::kMatchAll;
    return out;
  }
  if (text.front() == '{') {
    if (text.back() != '}') return MakeError("a JSON pattern must end with '}'", last_column);
    auto json = JsonPattern::Parse(text);
    if (!json) return tl::unexpected(Shift(std::move(json.error()), begin));
    if (json->regex_count() > kMaxRegexesPerPattern) {
      return MakeError("a pattern may hold at most 2 regular expressions", 0);
    }
    out.kind_ = PatternKind::kJson;
    out.json_ = std::make_shared<const JsonPattern>(std::move(*json));
    return out;
  }
  if (text.front() == '[') {
    if (text.back() != ']') {
      return MakeError("a space-delimited pattern must end with ']'", last_column);
    }
    auto space = SpaceDelimitedPattern::Parse(text);
    if (!space) return tl::unexpected(Shift(std::move(space.error()), begin));
    if (space->regex_count() > kMaxRegexesPerPattern) {
      return MakeError("a pattern may hold at most 2 regular expressions", 0);
    }
    out.kind_ = PatternKind::kSpaceDelimited;
    out.space_ = std::make_shared<const SpaceDelimitedPattern>(std::move(*space));
    return out;
  }
  if (text.size() >= 2 && text.front() == '%' && text.back() == '%') {
    auto regex = CloudWatchRegex::Compile(text.substr(1, text.size() - 2));
    if (!regex) return tl::unexpected(Shift(std::move(regex.error()), begin + 1));
    out.kind_ = PatternKind::kRegex;
    out.regex_ = std::make_shared<const CloudWatchRegex>(std::move(*regex));
    return out;
  }
  auto terms = TermsPattern::Parse(text);
  if (!terms) return tl::unexpected(Shift(std::move(terms.error()), begin));
  out.kind_ = PatternKind::kTerms;
  out.terms_ = std::make_shared<const TermsPattern>(std::move(*terms));
  return out;
}

Result<FilterPattern> FilterPattern::CompileExtendedRegex(std::string_view regex) {
  auto compiled = ExtendedRegex::Compile(regex);
  if (!compiled) return tl::unexpected(std::move(compiled.error()));
  FilterPattern out;
  out.kind_ = PatternKind::kExtendedRegex;
  out.text_ = std::string(regex);
  out.extended_ = std::make_shared<const ExtendedRegex>(std::move(*compiled));
  return out;
}

int FilterPattern::regex_count() const {
  switch (kind_) {
    case PatternKind::kRegex:
      return 1;
    case PatternKind::kJson:
      return json_->regex_count();
    case PatternKind::kSpaceDelimited:
      return space_->regex_count();
    default:
      return 0;
  }
}

bool FilterPattern::Matches(EventContext& ctx) const {
  switch (kind_) {
    case PatternKind::kMatchAll:
      return true;
    case PatternKind::kTerms:
      return terms_->Matches(ctx.message());
    case PatternKind::kRegex:
      return regex_->Search(ctx.message());
    case PatternKind::kJson: {
      // The root-key scanner decides when it is sure; else the full parse.
      switch (ctx.ScanJson()) {
        case EventContext::JsonScan::kNotObject:
          return false;
        case EventContext::JsonScan::kObject:
          if (const std::optional<bool> matched = json_->MatchesScanned(ctx.ScannedFields())) {
            return *matched;
          }
          break;
        case EventContext::JsonScan::kUnsure:
          break;
      }
      const simdjson::dom::element* root = ctx.Json();
      return root != nullptr && json_->Matches(*root, ctx.json_fields());
    }
    case PatternKind::kSpaceDelimited:
      return space_->Matches(ctx.message(), ctx.SpaceTokens(), &ctx.extracted_values());
    case PatternKind::kExtendedRegex:
      return extended_->Search(ctx.message(), &ctx.regex_groups());
  }
  return false;
}

bool FilterPattern::CanExtract(std::string_view ref) const {
  if (ref.size() < 2 || ref.front() != '$') return false;
  switch (kind_) {
    case PatternKind::kJson:
      return JsonSelector::Parse(ref).has_value();
    case PatternKind::kSpaceDelimited:
      return space_->CanExtract(ref.substr(1));
    case PatternKind::kExtendedRegex:
      return extended_->GroupIndex(ref.substr(1)) > 0;
    default:
      return false;
  }
}

}  // namespace tailwatch::engine
