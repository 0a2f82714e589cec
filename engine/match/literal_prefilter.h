// One scan of a log line that tells which of a fixed set of literals (and
// prefilter regexes) occur in it: the shared prefilter of a FilterSet.
//
// With Hyperscan (TAILWATCH_HAVE_HYPERSCAN) all entries live in one block-mode
// database; literals are matched exactly, regexes with HS_FLAG_PREFILTER (a hit
// means "may match": the caller confirms with RE2). Without Hyperscan the
// literals go into one RE2::Set and regex entries are always reported as hits.
// Either way a literal hit is exact and a regex miss is a certain miss.
//
// LiteralPrefilter is immutable after Build and thread-safe; the mutable part of
// a scan lives in a PrefilterScratch owned by the caller (one per strand).
//
// Whole-buffer scans (Hyperscan only): a caller that hands Scan() the records
// of one big read buffer in order can announce that buffer on its thread with
// PrefilterScratch::SetBlock(buffer). Scan() then runs Hyperscan once over the
// whole buffer (the database reports every match end, not just the first), keeps the matches in the scratch, and answers each record from
// them: a literal hit counts when it lies entirely inside the record (so it
// stays exact), a regex hit when it ends inside it (RE2 confirms, as always).
// One scan call per buffer instead of one per record is what makes the
// prefilter cost per byte, not per line. Results never change: records not
// inside the announced buffer, prefilters with an anchored regex entry, or a
// failed block scan take the per-record path.
#ifndef TAILWATCH_ENGINE_MATCH_LITERAL_PREFILTER_H_
#define TAILWATCH_ENGINE_MATCH_LITERAL_PREFILTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::engine {

class LiteralPrefilter;

// Per-caller scan state: the hit bitmap and (with Hyperscan) the scratch
// space. Reused across scans and across prefilters; grows, never shrinks.
class PrefilterScratch {
 public:
  PrefilterScratch();
  ~PrefilterScratch();
  PrefilterScratch(const PrefilterScratch&) = delete;
  PrefilterScratch& operator=(const PrefilterScratch&) = delete;

  // Valid after LiteralPrefilter::Scan, for that prefilter's entry ids.
  bool hit(size_t id) const { return (bits_[id >> 6] >> (id & 63)) & 1U; }
  // True when the last scan could not run (Hyperscan out of memory): every
  // entry then reads as hit and literal hits are not exact.
  bool scan_failed() const { return scan_failed_; }
  // True when the last scan set at least one bit (a hit, an always-hit
  // entry, or a failed scan): when false, no entry occurs in the text.
  bool any_hit() const { return any_hit_; }

  // Announces the buffer whose records the next Scan() calls with this
  // scratch will see (see the file comment); replaces the previous one. Call
  // ClearBlock() before the buffer's memory is reused or freed. Purely a
  // speed hint: a record outside the buffer is scanned on its own.
  void SetBlock(std::string_view block) {
    hint_data_ = block.data();
    hint_size_ = block.size();
    hint_epoch_ = block.empty() ? 0 : ++hint_epochs_;
  }
  void ClearBlock() { SetBlock({}); }

  // One match of a whole-buffer scan (internal to LiteralPrefilter).
  struct BlockMatch {
    uint32_t id;
    uint32_t end;  // offset just past the match, in the buffer
  };

 private:
  friend class LiteralPrefilter;
  std::vector<uint64_t> bits_;
  bool any_hit_ = false;
  // Whole-buffer state: which (prefilter, buffer, epoch) `block_matches_`
  // belong to, sorted by end offset, and the cursor of the next record.
  std::vector<BlockMatch> block_matches_;
  uint64_t block_generation_ = 0;
  uint64_t block_epoch_ = 0;
  // The announced buffer; the epoch is unique per SetBlock() so matches of an
  // older buffer at the same address are never reused.
  const char* hint_data_ = nullptr;
  size_t hint_size_ = 0;
  uint64_t hint_epoch_ = 0;
  uint64_t hint_epochs_ = 0;
  size_t block_cursor_ = 0;
  size_t block_last_begin_ = 0;
  bool block_ok_ = false;
  void* hs_scratch_ = nullptr;       // hs_scratch_t*
  uint64_t scratch_generation_ = 0;  // which prefilter hs_scratch_ was sized for
  std::vector<int> set_matches_;     // RE2::Set fallback
  bool scan_failed_ = false;
};


class LiteralPrefilter {
 public:
  struct Entry {
    std::string text;       // a literal, or an RE2-syntax regex
    bool is_regex = false;  // regexes use CloudWatchRegex::Re2Options() semantics
  };

  enum class Engine {
    kAuto,    // Hyperscan when built with it, else RE2::Set
    kRe2Set,  // force the fallback (tests compare both engines)
  };

  // Entries get ids 0..n-1 in order. Never fails: an entry the engine cannot
  // take is reported as always hit (`always_hit`).
  static std::shared_ptr<const LiteralPrefilter> Build(std::vector<Entry> entries,
                                                       Engine engine = Engine::kAuto);
  ~LiteralPrefilter();

  size_t size() const { return entries_.size(); }
  // True when the engine could not take entry `id`: Scan always reports it
  // as hit, so a hit on it proves nothing.
  bool always_hit(size_t id) const { return always_hit_[id] != 0; }
  bool uses_hyperscan() const { return hs_database_ != nullptr; }
  // Whether Scan() can answer from a whole-buffer scan (PrefilterScratch::SetBlock).
  bool supports_block_scan() const { return block_capable_; }

  // Sets scratch->hit(id) for every entry id that occurs in `text`. No
  // allocation once `scratch` is warm for this prefilter (Hyperscan path).
  void Scan(std::string_view text, PrefilterScratch* scratch) const;

 private:
  LiteralPrefilter() = default;
  struct SetHolder;

  std::vector<Entry> entries_;
  std::vector<uint8_t> always_hit_;  // per entry
  void* hs_database_ = nullptr;      // hs_database_t*
  bool block_capable_ = false;           // hs_database_ reports every match, no anchors
  std::vector<uint64_t> always_hit_bits_;  // always_hit_ as the scan's initial bitmap
  std::vector<uint32_t> literal_length_;  // per entry; 0 for a regex
  // Answers Scan() from the announced buffer; false when it cannot.
  bool ScanFromBlock(std::string_view text, PrefilterScratch* scratch) const;
  std::unique_ptr<SetHolder> set_;   // fallback
  std::vector<size_t> set_ids_;      // RE2::Set index -> entry id
  uint64_t generation_ = 0;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_LITERAL_PREFILTER_H_
