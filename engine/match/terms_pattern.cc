#include "engine/match/terms_pattern.h"

#include <cstring>
#include <utility>

namespace tailwatch::engine {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int Column(size_t offset) { return static_cast<int>(offset) + 1; }

// glibc's memmem scans far faster than string_view::find (a memchr for the
// first byte, then a compare at each of its occurrences) on log text.
bool Contains(std::string_view message, const std::string& term) {
  return memmem(message.data(), message.size(), term.data(), term.size()) != nullptr;
}

}  // namespace

Result<TermsPattern> TermsPattern::Parse(std::string_view pattern) {
  struct Parsed {
    std::string text;
    char prefix;  // 0, '?' or '-'
  };
  std::vector<Parsed> terms;
  size_t i = 0;
  const size_t n = pattern.size();
  while (i < n) {
    if (IsSpace(pattern[i])) {
      ++i;
      continue;
    }
    char prefix = 0;
    // A lone '?' or '-' (followed by whitespace or the end) is itself a word:
    // the grammar's `word` takes any non-space, non-quote character.
    if ((pattern[i] == '?' || pattern[i] == '-') && i + 1 < n && !IsSpace(pattern[i + 1])) {
      prefix = pattern[i];
      ++i;
    }
    std::string text;
    if (pattern[i] == '"') {
      const size_t open = i;
      size_t j = i + 1;
      bool closed = false;
      while (j < n) {
        const char c = pattern[j];
        if (c == '"') {
          closed = true;
          break;
        }
        if (c == '\\') {
          if (j + 1 < n && (pattern[j + 1] == '"' || pattern[j + 1] == '\\')) {
            text += pattern[j + 1];
            j += 2;
            continue;
          }
          return MakeError("invalid escape in quoted term (only \\\" and \\\\ are allowed)",
                           Column(j));
        }
        text += c;
        ++j;
      }
      if (!closed) return MakeError("unclosed quote in term", Column(open));
      if (text.empty()) return MakeError("empty quoted term \"\"", Column(open));
      i = j + 1;
      if (i < n && !IsSpace(pattern[i])) {
        return MakeError("invalid character(s) in term: expected a space after the closing quote",
                         Column(i));
      }
    } else {
      const size_t start = i;
      while (i < n && !IsSpace(pattern[i])) {
        if (pattern[i] == '"') {
          return MakeError("invalid character(s) in term: unexpected '\"' inside a term",
                           Column(i));
        }
        if (pattern[i] == '*') {
          return MakeError("invalid character(s) in term: '*' is only allowed inside a quoted term",
                           Column(i));
        }
        ++i;
      }
      text = std::string(pattern.substr(start, i - start));
      if (text.size() >= 2 && text.front() == '%' && text.back() == '%') {
        return MakeError("a regular expression cannot be combined with other terms", Column(start));
      }
    }
    terms.push_back(Parsed{std::move(text), prefix});
  }
  if (terms.empty()) return MakeError("empty pattern", 1);

  bool all_optional = true;
  for (const Parsed& term : terms) all_optional = all_optional && term.prefix == '?';
  TermsPattern out;
  for (Parsed& term : terms) {
    switch (term.prefix) {
      case '?':
        // `?` terms count only when every term has one (docs/cloudwatch-semantics.md §1.2).
        if (all_optional) out.any_of_.push_back(std::move(term.text));
        break;
      case '-':
        out.excluded_.push_back(std::move(term.text));
        break;
      default:
        out.required_.push_back(std::move(term.text));
        break;
    }
  }
  return out;
}

bool TermsPattern::Matches(std::string_view message) const {
  for (const std::string& term : required_) {
    if (!Contains(message, term)) return false;
  }
  for (const std::string& term : excluded_) {
    if (Contains(message, term)) return false;
  }
  if (any_of_.empty()) return true;
  for (const std::string& term : any_of_) {
    if (Contains(message, term)) return true;
  }
  return false;
}

}  // namespace tailwatch::engine
