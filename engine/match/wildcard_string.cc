#include "engine/match/wildcard_string.h"

namespace tailwatch::engine {

WildcardString::WildcardString(std::string_view value) {
  if (!value.empty() && value.front() == '*') {
    leading_star_ = true;
    value.remove_prefix(1);
  }
  if (!value.empty() && value.back() == '*') {
    trailing_star_ = true;
    value.remove_suffix(1);
  }
  if (leading_star_ && !trailing_star_ && value.empty()) trailing_star_ = true;
  core_ = std::string(value);
}

bool WildcardString::Matches(std::string_view text) const {
  if (leading_star_ && trailing_star_) return text.find(core_) != std::string_view::npos;
  if (leading_star_) return text.ends_with(core_);
  if (trailing_star_) return text.starts_with(core_);
  return text == core_;
}

}  // namespace tailwatch::engine
