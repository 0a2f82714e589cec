#include "config/did_you_mean.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace tailwatch::config {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(text[i]) != Lower(prefix[i])) return false;
  }
  return true;
}

}  // namespace

int EditDistance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance; three rows are enough.
  const size_t n = b.size();
  std::vector<int> prev2(n + 1), prev(n + 1), cur(n + 1);
  for (size_t j = 0; j <= n; ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= n; ++j) {
      const int cost = Lower(a[i - 1]) == Lower(b[j - 1]) ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && Lower(a[i - 1]) == Lower(b[j - 2]) &&
          Lower(a[i - 2]) == Lower(b[j - 1])) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[n];
}

std::string ClosestMatch(std::string_view word, std::span<const std::string_view> candidates) {
  if (word.empty()) return "";
  const int limit = word.size() <= 3 ? 1 : word.size() <= 8 ? 2 : 3;
  std::string_view best;
  int best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    int d = EditDistance(word, candidate);
    // `period_sec` for `period`, `eval` for `evaluation_periods`: a prefix
    // either way is as good as a close spelling.
    if (d > limit && word.size() >= 4 &&
        (StartsWithIgnoreCase(candidate, word) || StartsWithIgnoreCase(word, candidate))) {
      d = limit;
    }
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best_distance <= limit ? std::string(best) : "";
}

std::string DidYouMean(std::string_view word, std::span<const std::string_view> candidates) {
  std::string match = ClosestMatch(word, candidates);
  return match.empty() ? "" : "; did you mean '" + match + "'?";
}

}  // namespace tailwatch::config
