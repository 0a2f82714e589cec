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

// The vector code the scans below use: the best the CPU has (kBest), or one
// named (tests run each; a CPU without it gets the scalar code).
enum class VectorCode { kBest, kScalar, kAvx2, kAvx512 };
// Whether this CPU runs `code` (kBest and kScalar: always).
bool HasVectorCode(VectorCode code);

// Finds the terminator bytes of a text in order, 64 bytes per vector compare:
// far cheaper per record than a library call per terminator.
class TerminatorScanner {
 public:
  explicit TerminatorScanner(std::string_view text, VectorCode code = VectorCode::kBest);
  // The offset of the next terminator ('\n' or '\r'), or false at the end.
  bool Next(size_t* pos) {
    while (current_ == 0) {
      if (++index_ >= filled_ && !Refill()) return false;
      current_ = masks_[index_];
    }
    *pos = base_ + index_ * 64 + static_cast<size_t>(__builtin_ctzll(current_));
    current_ &= current_ - 1;
    return true;
  }

 private:
  static constexpr size_t kBlocks = 64;  // masks computed per Refill (4 KiB)
  bool Refill();
  std::string_view text_;
  VectorCode code_;
  size_t next_ = 0;    // first byte not yet in a mask
  size_t base_ = 0;    // offset of masks_[0]'s first byte
  size_t filled_ = 0;  // masks in masks_
  size_t index_ = 0;   // the mask `current_` came from
  uint64_t current_ = 0;
  uint64_t masks_[kBlocks] = {};
};

// Calls fn(size_t offset) for every terminator byte of `text`, in order.
template <typename Fn>
void ForEachTerminator(std::string_view text, Fn&& fn) {
  TerminatorScanner scanner(text);
  for (size_t pos = 0; scanner.Next(&pos);) fn(pos);
}

// Calls fn(std::string_view record) for every non-empty record of `text`, in
// order.
template <typename Fn>
void ForEachLogRecord(std::string_view text, Fn&& fn) {
  size_t start = 0;
  ForEachTerminator(text, [&](size_t pos) {
    if (pos > start) fn(text.substr(start, pos - start));
    start = pos + 1;
  });
  if (start < text.size()) fn(text.substr(start));
}

// The length of `text`'s prefix that ends with its last terminator (0 when
// it holds none): the whole records of a read, the rest being a partial one.
inline size_t WholeRecordsLength(std::string_view text) {
  for (size_t i = text.size(); i > 0; --i) {
    if (IsRecordTerminator(text[i - 1])) return i;
  }
  return 0;
}

// The number of records ForEachLogRecord would report, counted with vector
// compares rather than one call per record. When `brace_offsets` is set, also
// appends (ascending) the offset of the '{' of every record whose text starts
// with one after ' ', '\t', '\f' or '\v': the records a JSON pattern can
// match. Offsets are 32-bit: `text` must be shorter than 4 GiB.
size_t ScanLogRecords(std::string_view text, std::vector<uint32_t>* brace_offsets = nullptr,
                      VectorCode code = VectorCode::kBest);

// The record of `text` that holds byte `pos` (which must not be a
// terminator): [first, second) offsets.
std::pair<size_t, size_t> LogRecordAround(std::string_view text, size_t pos);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_LOG_RECORDS_H_
