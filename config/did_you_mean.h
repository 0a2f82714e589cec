// "did you mean" suggestions for misspelt keys, enum values and names.
#ifndef TAILWATCH_CONFIG_DID_YOU_MEAN_H_
#define TAILWATCH_CONFIG_DID_YOU_MEAN_H_

#include <span>
#include <string>
#include <string_view>

namespace tailwatch::config {

// Levenshtein distance (insert, delete, substitute; a swap of two neighbours
// counts 1, as typos go), case-insensitive.
int EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a plausible
// typo (distance at most 1 for short words, 2 up to 8 characters, 3 beyond,
// or one is a prefix of the other), else "". Ties go to the first candidate.
std::string ClosestMatch(std::string_view word, std::span<const std::string_view> candidates);

// "; did you mean 'x'?" or "".
std::string DidYouMean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_DID_YOU_MEAN_H_
