#include "engine/match/buffer_triggers.h"

#include <re2/filtered_re2.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "engine/match/cloudwatch_regex.h"

namespace tailwatch::engine {
namespace {

// Atoms shorter than this make a regex "unfiltered" (always a candidate).
constexpr int kMinAtomLength = 3;

bool ContainsIgnoringCase(std::string_view text, std::string_view part) {
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  return std::search(text.begin(), text.end(), part.begin(), part.end(),
                     [&](char a, char b) { return lower(a) == lower(b); }) != text.end();
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::vector<LiteralPrefilter::Entry> TermTriggers(const TermsPattern& terms) {
  if (!terms.required().empty()) {
    // Every required term occurs in a match: the longest is the rarest bet.
    const auto longest = std::max_element(
        terms.required().begin(), terms.required().end(),
        [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    return {{*longest, /*is_regex=*/false}};
  }
  // `?ERROR ?Error ?error`: one case-insensitive entry for the shortest term
  // when every term holds it, else each term.
  const std::vector<std::string>& any = terms.any_of();
  const auto shortest = std::min_element(
      any.begin(), any.end(),
      [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  const bool common = shortest->size() >= kMinAtomLength && IsAscii(*shortest) &&
                      std::all_of(any.begin(), any.end(), [&](const std::string& t) {
                        return ContainsIgnoringCase(t, *shortest);
                      });
  if (common) return {{*shortest, /*is_regex=*/false, /*caseless=*/true}};
  std::vector<LiteralPrefilter::Entry> out;
  for (const std::string& t : any) out.push_back({t, /*is_regex=*/false});
  return out;
}

// RE2's prefilter atoms of `regex` (lower case, matched ignoring case), or the
// regex itself as a Hyperscan prefilter entry when it has none usable.
std::vector<LiteralPrefilter::Entry> RegexTriggers(const std::string& regex) {
  const std::vector<LiteralPrefilter::Entry> whole = {{regex, /*is_regex=*/true}};
  re2::FilteredRE2 filter(kMinAtomLength);
  int id = 0;
  if (filter.Add(regex, CloudWatchRegex::Re2Options(), &id) != re2::RE2::NoError) return whole;
  std::vector<std::string> atoms;
  filter.Compile(&atoms);
  // A regex that passes with no atom present is unfiltered.
  std::vector<int> passing;
  filter.AllPotentials({}, &passing);
  if (atoms.empty() || !passing.empty()) return whole;
  std::vector<LiteralPrefilter::Entry> out;
  for (const std::string& atom : atoms) {
    // Hyperscan folds ASCII case only; RE2 folds Latin-1 letters too.
    if (!IsAscii(atom)) return whole;
    out.push_back({atom, /*is_regex=*/false, /*caseless=*/true});
  }
  return out;
}

}  // namespace

std::optional<std::vector<LiteralPrefilter::Entry>> BufferTriggers(const FilterPattern& pattern) {
  if (const TermsPattern* terms = pattern.terms()) {
    if (terms->required().empty() && terms->any_of().empty()) return std::nullopt;
    return TermTriggers(*terms);
  }
  if (const CloudWatchRegex* regex = pattern.regex()) return RegexTriggers(regex->re2_pattern());
  if (const ExtendedRegex* regex = pattern.extended_regex()) return RegexTriggers(regex->source());
  return std::nullopt;
}

}  // namespace tailwatch::engine
