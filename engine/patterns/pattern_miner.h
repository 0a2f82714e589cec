// The online log-pattern miner: every line is assigned, in one pass, to a
// pattern (a template whose variable parts read `<*>`), in the spirit of
// Drain (He et al., ICWS 2017) with one fixed setting for every log.
//
// How a line is placed (docs/patterns.md "How it works"):
//   1. Fastest path: a cache maps the line's shape (LineShape: the line
//      with its digit runs and blank runs folded, which fixes its masked
//      sequence) to the pattern that sequence went to; most lines stop here
//      without being masked.
//   2. MaskTokens turns it into a sequence of token hashes (variable pieces
//      masked), and a cache maps the hash of the whole masked sequence to
//      the pattern it went to last time.
//   3. Otherwise the candidates are the patterns in the line's leaf of a
//      fixed-depth tree: (token count, first token). The most similar one
//      (share of positions whose constant token equals the line's) takes the
//      line if the similarity reaches a fixed threshold. Failing that, a
//      pattern of the same length that differs only in the first token may
//      take it. Places that differ become `<*>` only on evidence: the line
//      has a masked value there, or more than three distinct constant
//      words were seen there; otherwise the line starts a new pattern.
//
// Ids: a pattern's id is the FNV-1a hash of its template text (the constant
// tokens and the places of the `<*>`), so the same template has the same id
// on every machine and across restarts. When a template generalizes, or two
// templates become one (a merge), the surviving pattern takes the new id
// and keeps the old ids as aliases; that is never a new pattern.
//
// Memory is bounded: at most `max_patterns` patterns, each with at most
// `max_examples` example lines of at most `max_example_bytes`; the sequence
// and shape caches hold at most kMaxCacheEntries entries each and are
// emptied when full (emptying the sequence cache empties the shape cache
// too, so a shape always leads where its sequence would). At the pattern
// cap a line that would start a new pattern joins no pattern: Observe
// returns kOverflow and counters().lines_over_cap goes up.
//
// Pure and single-threaded: time is an argument, no I/O; the owner
// serializes calls. Observe does not allocate on the fast path except to
// keep an example line while a pattern has fewer than max_examples.
#ifndef TAILWATCH_ENGINE_PATTERNS_PATTERN_MINER_H_
#define TAILWATCH_ENGINE_PATTERNS_PATTERN_MINER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/common/status.h"
#include "engine/patterns/index_cache.h"
#include "engine/patterns/token_mask.h"

namespace tailwatch::engine::patterns {

struct PatternMinerOptions {
  size_t max_patterns = 2000;
  size_t max_examples = 3;
  size_t max_example_bytes = 512;
  // The shape cache (step 1 above) changes no assignment, only the cost;
  // off to measure what it saves and to check that it changes nothing.
  bool use_line_shapes = true;
};

struct PatternMinerCounters {
  uint64_t lines = 0;
  uint64_t patterns_created = 0;
  uint64_t merges = 0;          // two patterns became one
  uint64_t lines_over_cap = 0;  // lines that would have started a pattern past the cap
  uint64_t cache_resets = 0;
};

// One learned pattern, as users see it.
struct Pattern {
  std::string id;                    // 16 lower-case hex digits
  std::vector<std::string> aliases;  // earlier ids of this pattern, oldest first
  std::string text;                  // template: tokens joined by one space
  uint64_t count = 0;
  int64_t first_seen_ms = 0;
  int64_t last_seen_ms = 0;
  std::vector<std::string> examples;  // the first few lines, truncated
};

// Where Observe put a line.
struct Assignment {
  uint32_t index = 0;    // a live pattern's index, or kOverflow
  bool created = false;  // the line started this pattern
};

class PatternMiner {
 public:
  static constexpr uint32_t kOverflow = 0xffffffffU;
  static constexpr size_t kMaxCacheEntries = 1 << 16;

  explicit PatternMiner(PatternMinerOptions options = {});

  Assignment Observe(std::string_view line, int64_t time_ms);

  // Indices of the live patterns (merged-away ones excluded), in creation order.
  std::vector<uint32_t> LivePatterns() const;
  size_t live_count() const { return live_; }
  // A live pattern by the index Observe or LivePatterns gave; an index of a
  // pattern merged away since resolves to the pattern it went into.
  const Pattern& pattern(uint32_t index) const { return groups_[Resolve(index)].pattern; }
  // The live index that `index` now stands for.
  uint32_t Resolve(uint32_t index) const;
  const PatternMinerCounters& counters() const { return counters_; }
  const PatternMinerOptions& options() const { return options_; }

  // Checkpoint: everything learned (patterns, aliases, counts, examples,
  // counters). Restore replaces the state; on corrupt bytes it fails and
  // leaves the miner empty.
  std::string Serialize() const;
  Status Restore(std::string_view bytes);

 private:
  struct Group {
    Pattern pattern;
    std::vector<uint64_t> tokens;  // masked token hashes; kWildcardHash = <*>
    std::vector<std::string> texts;
    uint64_t leaf = 0;
    uint64_t template_hash = 0;
    uint32_t merged_into = kOverflow;  // kOverflow while live
  };
  struct Candidate {
    uint32_t index = kOverflow;
    size_t matches = 0;
    size_t conflicts = 0;
  };
  Candidate Best(const std::vector<uint32_t>& pool) const;
  bool Qualifies(const Candidate& candidate) const;
  bool OnlyFirstDiffers(uint32_t index) const;
  uint32_t Place(int64_t time_ms, bool& created);
  uint32_t Reconcile(uint32_t best, const std::vector<uint32_t>& pool);
  uint32_t Create(int64_t time_ms);
  void Generalize(uint32_t index);
  uint32_t MergeIfDuplicate(uint32_t index);
  void Absorb(uint32_t survivor, uint32_t absorbed);
  void Touch(Group& group, std::string_view line, int64_t time_ms);
  void Reindex();
  uint64_t LeafKey() const;
  void CacheSequence(uint64_t sequence, uint32_t index);

  PatternMinerOptions options_;
  PatternMinerCounters counters_;
  std::vector<Group> groups_;
  size_t live_ = 0;
  // leaf key -> live groups in it
  std::unordered_map<uint64_t, std::vector<uint32_t>> leaves_;
  // token count -> live groups of that length
  std::unordered_map<size_t, std::vector<uint32_t>> by_length_;
  // template hash -> live group (finds merges)
  std::unordered_map<uint64_t, uint32_t> templates_;
  // masked sequence hash -> group it was placed in (may be merged away since)
  IndexCache sequences_{kMaxCacheEntries};
  // line shape -> the group its masked sequence leads to (may be merged away)
  IndexCache shapes_{kMaxCacheEntries};
  std::vector<MaskedToken> scratch_;  // the current line's tokens
  std::vector<size_t> varying_;       // positions Generalize turns into <*>
};

}  // namespace tailwatch::engine::patterns

#endif  // TAILWATCH_ENGINE_PATTERNS_PATTERN_MINER_H_
