// One scan of a log line that tells which of a fixed set of literals (and
// prefilter regexes) occur in it: the shared prefilter of a FilterSet.
//
// With Hyperscan (TAILWATCH_HAVE_HYPERSCAN) all entries live in one block-mode
// database; literals are matched exactly (or ignoring ASCII case when the entry
// says so), regexes with HS_FLAG_PREFILTER (a hit
// means "may match": the caller confirms with RE2). Without Hyperscan the
// literals go into one RE2::Set and regex entries are always reported as hits.
// Either way a literal hit is exact and a regex miss is a certain miss.
//
// LiteralPrefilter is immutable after Build and thread-safe; the mutable part of
// a scan lives in a PrefilterScratch owned by the caller (one per strand).
//
// Whole-buffer scans (Hyperscan only, ScanBuffer): one scan over a buffer of
// many records reports every match with its end offset, so a caller that
// processes a read buffer pays the prefilter per byte, not per record, and
// touches only the records a match lies in. ScanBuffer refuses (returns
// false) when the database cannot serve it: no Hyperscan, an entry that may
// be anchored (its meaning depends on where the text starts), or one that
// Hyperscan could only take with first-match-only flags.
#ifndef TAILWATCH_ENGINE_MATCH_LITERAL_PREFILTER_H_
#define TAILWATCH_ENGINE_MATCH_LITERAL_PREFILTER_H_

#include <cstddef>
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

 private:
  friend class LiteralPrefilter;
  std::vector<uint64_t> bits_;
  bool any_hit_ = false;
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
    // A literal matched ignoring ASCII case.
    bool caseless = false;
  };

  // One match of a whole-buffer scan: entry `id`, ending just before byte
  // `end` of the buffer.
  struct BufferMatch {
    uint32_t id;
    uint32_t end;
  };
  // Largest buffer ScanBuffer takes (offsets are 32-bit).
  static constexpr size_t kMaxBufferBytes = UINT32_MAX;

  enum class Engine {
    kAuto,    // Hyperscan when built with it, else RE2::Set
    kRe2Set,  // force the fallback (tests compare both engines)
  };

  // Entries get ids 0..n-1 in order. Never fails: an entry the engine cannot
  // take is reported as always hit (`always_hit`). Thread-safe; while a
  // prefilter built from the same entries and engine is still in use, that
  // one is returned (a reload of unchanged filters compiles nothing).
  static std::shared_ptr<const LiteralPrefilter> Build(std::vector<Entry> entries,
                                                       Engine engine = Engine::kAuto);
  ~LiteralPrefilter();

  size_t size() const { return entries_.size(); }
  // True when the engine could not take entry `id`: Scan always reports it
  // as hit, so a hit on it proves nothing.
  bool always_hit(size_t id) const { return always_hit_[id] != 0; }
  bool uses_hyperscan() const { return hs_database_ != nullptr; }
  // Whether ScanBuffer can run (see the file comment).
  bool supports_buffer_scan() const { return block_capable_; }
  // The length of literal entry `id`; 0 for a regex.
  size_t literal_length(size_t id) const { return literal_length_[id]; }

  // Sets scratch->hit(id) for every entry id that occurs in `text`. No
  // allocation once `scratch` is warm for this prefilter (Hyperscan path).
  void Scan(std::string_view text, PrefilterScratch* scratch) const;

  // Appends every match in `text` to `matches`, in order of their end
  // (several per entry and record; a literal match may straddle records,
  // which the caller checks with literal_length). False, with `matches` in an
  // unspecified state, when the scan cannot run (supports_buffer_scan() is
  // false, text over kMaxBufferBytes, or out of memory): then scan record by
  // record.
  bool ScanBuffer(std::string_view text, PrefilterScratch* scratch,
                  std::vector<BufferMatch>* matches) const;

 private:
  LiteralPrefilter() = default;
  struct SetHolder;

  // Build without looking for a prefilter in use.
  static std::shared_ptr<const LiteralPrefilter> BuildNew(std::vector<Entry> entries,
                                                          Engine engine);

  // Build's engines. BuildHyperscan (only with Hyperscan) returns false when
  // the entries need the RE2::Set instead; BuildRe2Set never fails. Each marks
  // the entries it cannot take in always_hit_.
  bool BuildHyperscan();
  void BuildRe2Set();

  std::vector<Entry> entries_;
  std::vector<uint8_t> always_hit_;        // per entry
  void* hs_database_ = nullptr;            // hs_database_t*
  bool block_capable_ = false;             // hs_database_ reports every match, no anchors
  std::vector<uint64_t> always_hit_bits_;  // always_hit_ as the scan's initial bitmap
  std::vector<uint32_t> literal_length_;   // per entry; 0 for a regex
  // Makes sure scratch holds Hyperscan scratch space for this database.
  void* HyperscanScratch(PrefilterScratch* scratch) const;
  std::unique_ptr<SetHolder> set_;  // fallback
  std::vector<size_t> set_ids_;     // RE2::Set index -> entry id
  uint64_t generation_ = 0;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_LITERAL_PREFILTER_H_
