#include "daemon/source/journal_positions.h"

#include <algorithm>
#include <charconv>

namespace tailwatch::daemon {
namespace {

constexpr std::string_view kHeader = "tailwatch-journal-positions 1";

bool IsHex(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
}

// The next space-separated word of `rest`, consumed.
std::string_view NextWord(std::string_view& rest) {
  const size_t start = rest.find_first_not_of(' ');
  if (start == std::string_view::npos) {
    rest = {};
    return {};
  }
  rest.remove_prefix(start);
  const size_t end = std::min(rest.find(' '), rest.size());
  std::string_view word = rest.substr(0, end);
  rest.remove_prefix(end);
  return word;
}

bool ParseNumber(std::string_view s, uint64_t* out, int base = 10) {
  if (s.empty()) return false;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out, base);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

std::optional<JournalEntryId> ParseJournalCursor(std::string_view cursor) {
  JournalEntryId id;
  bool have_id = false, have_seqnum = false;
  while (!cursor.empty()) {
    const size_t end = std::min(cursor.find(';'), cursor.size());
    const std::string_view field = cursor.substr(0, end);
    cursor.remove_prefix(std::min(end + 1, cursor.size()));
    if (field.starts_with("s=")) {
      id.seqnum_id = field.substr(2);
      have_id = id.seqnum_id.size() == 32 && IsHex(id.seqnum_id);
    } else if (field.starts_with("i=")) {
      have_seqnum = ParseNumber(field.substr(2), &id.seqnum, 16);
    }
  }
  if (!have_id || !have_seqnum) return std::nullopt;
  return id;
}

bool JournalPositions::Covered(std::string_view seqnum_id, uint64_t seqnum) const {
  auto it = series_.find(seqnum_id);
  if (it == series_.end()) return false;
  const std::vector<Range>& ranges = it->second.ranges;
  // The last range starting at or before seqnum.
  auto after = std::upper_bound(ranges.begin(), ranges.end(), seqnum,
                                [](uint64_t s, const Range& r) { return s < r.first; });
  return after != ranges.begin() && std::prev(after)->last >= seqnum;
}

void JournalPositions::Mark(std::string_view seqnum_id, uint64_t seqnum,
                            std::optional<uint64_t> previous_in_pass, std::string_view cursor) {
  auto it = series_.find(seqnum_id);
  if (it == series_.end()) it = series_.emplace(std::string(seqnum_id), Series{}).first;
  Series& series = it->second;
  Range added{seqnum, seqnum};
  if (previous_in_pass && *previous_in_pass < seqnum) added.first = *previous_in_pass;
  std::vector<Range>& ranges = series.ranges;
  const bool highest = ranges.empty() || seqnum > ranges.back().last;
  // Merge every range that overlaps or touches `added`.
  auto first = std::lower_bound(ranges.begin(), ranges.end(), added.first,
                                [](const Range& r, uint64_t s) { return r.last + 1 < s; });
  auto last = first;
  while (last != ranges.end() && last->first <= added.last + 1) {
    added.first = std::min(added.first, last->first);
    added.last = std::max(added.last, last->last);
    ++last;
  }
  first = ranges.erase(first, last);
  ranges.insert(first, added);
  if (highest) series.last_cursor.assign(cursor);
}

std::optional<uint64_t> JournalPositions::Highest(std::string_view seqnum_id) const {
  auto it = series_.find(seqnum_id);
  if (it == series_.end() || it->second.ranges.empty()) return std::nullopt;
  return it->second.ranges.back().last;
}

std::string JournalPositions::Serialize() const {
  std::string out(kHeader);
  out += '\n';
  for (const auto& [id, series] : series_) {
    out += id;
    out += ' ';
    out += series.last_cursor.empty() ? std::string("-") : series.last_cursor;
    out += ' ';
    out += std::to_string(series.ranges.size());
    for (const Range& r : series.ranges) {
      out += ' ';
      out += std::to_string(r.first);
      out += '-';
      out += std::to_string(r.last);
    }
    out += '\n';
  }
  return out;
}

Result<JournalPositions> JournalPositions::Parse(std::string_view text) {
  const size_t header_end = text.find('\n');
  if (header_end == std::string_view::npos || text.substr(0, header_end) != kHeader) {
    return MakeError("journal positions: unknown format (expected '" + std::string(kHeader) + "')");
  }
  text.remove_prefix(header_end + 1);
  JournalPositions positions;
  size_t line_number = 1;
  while (!text.empty()) {
    ++line_number;
    const size_t end = std::min(text.find('\n'), text.size());
    std::string_view rest = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    auto bad = [&](const char* why) {
      return MakeError("journal positions line " + std::to_string(line_number) + ": " + why);
    };
    const std::string_view id = NextWord(rest);
    const std::string_view cursor = NextWord(rest);
    uint64_t count = 0;
    if (id.size() != 32 || !IsHex(id)) return bad("expected a 32-digit seqnum_id");
    if (cursor.empty() || !ParseNumber(NextWord(rest), &count)) {
      return bad("expected a cursor and a range count");
    }
    Series series;
    if (cursor != "-") series.last_cursor = std::string(cursor);
    for (uint64_t i = 0; i < count; ++i) {
      const std::string_view word = NextWord(rest);
      const size_t dash = word.find('-');
      Range r;
      if (dash == std::string_view::npos || !ParseNumber(word.substr(0, dash), &r.first) ||
          !ParseNumber(word.substr(dash + 1), &r.last) || r.first > r.last ||
          (!series.ranges.empty() && series.ranges.back().last + 1 >= r.first)) {
        return bad("expected ascending, disjoint ranges FIRST-LAST");
      }
      series.ranges.push_back(r);
    }
    if (!NextWord(rest).empty()) return bad("more ranges than its count");
    positions.series_.emplace(std::string(id), std::move(series));
  }
  return positions;
}

}  // namespace tailwatch::daemon
