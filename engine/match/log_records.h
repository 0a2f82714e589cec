// How a byte stream of log text divides into records (events), the one rule
// the tailer, `tailwatch replay` and the engine's buffer path share: a record
// ends at '\n', at "\r\n" (one terminator) or at a lone '\r' (progress bars
// redraw with it); terminators are not part of the record, and empty records
// (blank lines) are not events.
//
// A "buffer of records" below starts at a record start; its last record may
// lack a terminator (the end of the buffer ends it). A "\r\n" split across
// two buffers gives an empty record in the second one, which is skipped, so
// cutting a stream after any terminator never changes its records.
#ifndef TAILWATCH_ENGINE_MATCH_LOG_RECORDS_H_
#define TAILWATCH_ENGINE_MATCH_LOG_RECORDS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace tailwatch::engine {

inline bool IsRecordTerminator(char c) { return c == '\n' || c == '\r'; }

// Calls fn(std::string_view record) for every non-empty record of `text`, in
// order. Vectorized through memchr: one call per terminator.
template <typename Fn>
void ForEachLogRecord(std::string_view text, Fn&& fn) {
  const char* const base = text.data();
  const size_t n = text.size();
  size_t start = 0;
  while (start < n) {
    const auto* nl = static_cast<const char*>(std::memchr(base + start, '\n', n - start));
    const size_t limit = nl != nullptr ? static_cast<size_t>(nl - base) : n;
    // Records ended by a lone '\r' (or a "\r\n") before the newline.
    while (start < limit) {
      const auto* cr = static_cast<const char*>(std::memchr(base + start, '\r', limit - start));
      if (cr == nullptr) break;
      const size_t i = static_cast<size_t>(cr - base);
      if (i > start) fn(text.substr(start, i - start));
      start = i + 1;
    }
    if (limit > start) fn(text.substr(start, limit - start));
    start = limit + 1;
  }
}

// The number of records ForEachLogRecord would report, counted with vector
// compares rather than one call per record. When `brace_offsets` is set, also
// appends (ascending) the offset of the '{' of every record whose text starts
// with one after ' ', '\t', '\f' or '\v': the records a JSON pattern can
// match. Offsets are 32-bit: `text` must be shorter than 4 GiB.
size_t ScanLogRecords(std::string_view text, std::vector<uint32_t>* brace_offsets = nullptr);

// The record of `text` that holds byte `pos` (which must not be a
// terminator): [first, second) offsets.
std::pair<size_t, size_t> LogRecordAround(std::string_view text, size_t pos);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_LOG_RECORDS_H_
