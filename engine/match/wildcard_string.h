// A string value with CloudWatch wildcards: '*' at the start and/or the end
// (suffix / prefix / contains match); '*' alone matches any value; an inner
// '*' is literal. Used by JSON and space-delimited conditions alike.
#ifndef TAILWATCH_ENGINE_MATCH_WILDCARD_STRING_H_
#define TAILWATCH_ENGINE_MATCH_WILDCARD_STRING_H_

#include <string>
#include <string_view>

namespace tailwatch::engine {

class WildcardString {
 public:
  WildcardString() = default;
  // `value` is the unquoted text of the pattern value.
  explicit WildcardString(std::string_view value);

  // Exact, prefix, suffix or substring match as the wildcards say.
  bool Matches(std::string_view text) const;
  // True for "*" (and "**"): matches any string or number.
  bool matches_anything() const { return leading_star_ && core_.empty(); }
  bool has_wildcard() const { return leading_star_ || trailing_star_; }
  const std::string& core() const { return core_; }

 private:
  std::string core_;  // the value without its leading/trailing '*'
  bool leading_star_ = false;
  bool trailing_star_ = false;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_WILDCARD_STRING_H_
