#include "engine/patterns/pattern_miner.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "engine/common/byte_codec.h"
#include "engine/common/fnv1a.h"
#include "engine/patterns/line_shape.h"
#include "engine/patterns/mix_hash.h"

namespace tailwatch::engine::patterns {
namespace {

// A line joins the most similar pattern of its leaf when at least this share
// of its positions carry the pattern's token. One value for every log.
constexpr double kSimilarityThreshold = 0.5;
// A position is variable once more than this many distinct constants were
// seen there (in patterns otherwise equal).
constexpr size_t kDistinctConstants = 3;
constexpr uint32_t kSerialVersion = 1;

uint64_t SequenceHash(const std::vector<uint64_t>& tokens) {
  uint64_t hash = MixStep(kFnv1aOffsetBasis, tokens.size());
  for (const uint64_t token : tokens) hash = MixStep(hash, token);
  return hash;
}

std::string IdOf(std::string_view text) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Fnv1a(text)));
  return hex;
}

std::string JoinTexts(const std::vector<std::string>& texts) {
  std::string text;
  for (const std::string& t : texts) {
    if (!text.empty()) text += ' ';
    text += t;
  }
  return text;
}

void AddAlias(Pattern& p, const std::string& alias) {
  if (alias != p.id && std::find(p.aliases.begin(), p.aliases.end(), alias) == p.aliases.end()) {
    p.aliases.push_back(alias);
  }
}

}  // namespace

PatternMiner::PatternMiner(PatternMinerOptions options) : options_(options) {}

uint32_t PatternMiner::Resolve(uint32_t index) const {
  while (index != kOverflow && groups_[index].merged_into != kOverflow) {
    index = groups_[index].merged_into;
  }
  return index;
}

std::vector<uint32_t> PatternMiner::LivePatterns() const {
  std::vector<uint32_t> live;
  live.reserve(live_);
  for (uint32_t i = 0; i < groups_.size(); ++i) {
    if (groups_[i].merged_into == kOverflow) live.push_back(i);
  }
  return live;
}

uint64_t PatternMiner::LeafKey() const {
  uint64_t key = MixStep(kFnv1aOffsetBasis, scratch_.size());
  if (!scratch_.empty()) key = MixStep(key, scratch_.front().hash);
  return key;
}

Assignment PatternMiner::Observe(std::string_view line, int64_t time_ms) {
  ++counters_.lines;
  Assignment assignment;
  const uint64_t shape = options_.use_line_shapes ? LineShape(line) : 0;
  if (const uint32_t* hit = shape != 0 ? shapes_.Find(shape) : nullptr) {
    assignment.index = Resolve(*hit);
    Touch(groups_[assignment.index], line, time_ms);
    return assignment;
  }
  MaskTokens(line, scratch_);
  uint64_t sequence = MixStep(kFnv1aOffsetBasis, scratch_.size());
  for (const MaskedToken& token : scratch_) sequence = MixStep(sequence, token.hash);
  sequence += sequence == 0;  // 0 marks an empty cache slot
  if (const uint32_t* hit = sequences_.Find(sequence)) {
    assignment.index = Resolve(*hit);
  } else {
    assignment.index = Place(time_ms, assignment.created);
    if (assignment.index == kOverflow) return assignment;
    CacheSequence(sequence, assignment.index);
  }
  if (shape != 0) shapes_.Insert(shape, assignment.index);
  Touch(groups_[assignment.index], line, time_ms);
  return assignment;
}

void PatternMiner::CacheSequence(uint64_t sequence, uint32_t index) {
  if (!sequences_.Insert(sequence, index)) {
    // A shape must not outlive its sequence's entry: after the sequence is
    // placed anew, its shapes follow it.
    shapes_.Clear();
    ++counters_.cache_resets;
  }
}

void PatternMiner::Touch(Group& group, std::string_view line, int64_t time_ms) {
  Pattern& p = group.pattern;
  if (p.count == 0) {
    p.first_seen_ms = p.last_seen_ms = time_ms;
  } else {
    p.first_seen_ms = std::min(p.first_seen_ms, time_ms);
    p.last_seen_ms = std::max(p.last_seen_ms, time_ms);
  }
  ++p.count;
  if (p.examples.size() < options_.max_examples) {
    p.examples.emplace_back(line.substr(0, options_.max_example_bytes));
  }
}

PatternMiner::Candidate PatternMiner::Best(const std::vector<uint32_t>& pool) const {
  // A pattern the line fits (no constant differs) wins, the most specific
  // first; otherwise the one with the most equal positions.
  Candidate best;
  const size_t n = scratch_.size();
  for (const uint32_t candidate : pool) {
    const std::vector<uint64_t>& tokens = groups_[candidate].tokens;
    size_t matches = 0;
    size_t conflicts = 0;
    for (size_t i = 0; i < n; ++i) {
      matches += tokens[i] == scratch_[i].hash;
      conflicts += tokens[i] != scratch_[i].hash && tokens[i] != kWildcardHash;
    }
    const bool better = best.index == kOverflow || (conflicts == 0) > (best.conflicts == 0) ||
                        ((conflicts == 0) == (best.conflicts == 0) && matches > best.matches);
    if (better) best = {candidate, matches, conflicts};
  }
  return best;
}

bool PatternMiner::Qualifies(const Candidate& candidate) const {
  return candidate.index != kOverflow &&
         (candidate.conflicts == 0 ||
          static_cast<double>(candidate.matches) >=
              kSimilarityThreshold * static_cast<double>(scratch_.size()));
}

bool PatternMiner::OnlyFirstDiffers(uint32_t index) const {
  // Only the first token may differ, and the rest must carry enough
  // constant words of its own to say it is the same message.
  const std::vector<uint64_t>& tokens = groups_[index].tokens;
  size_t constant_matches = 0;
  for (size_t i = 1; i < scratch_.size(); ++i) {
    if (tokens[i] != scratch_[i].hash && tokens[i] != kWildcardHash) return false;
    constant_matches += tokens[i] == scratch_[i].hash && tokens[i] != kWildcardHash;
  }
  return constant_matches >= 2 && 2 * constant_matches >= scratch_.size() - 1;
}

uint32_t PatternMiner::Place(int64_t time_ms, bool& created) {
  const uint64_t leaf = LeafKey();
  const size_t n = scratch_.size();
  static const std::vector<uint32_t> kNone;
  const auto in_leaf = leaves_.find(leaf);
  const std::vector<uint32_t>* pool = in_leaf != leaves_.end() ? &in_leaf->second : &kNone;
  Candidate best = Best(*pool);
  if (!Qualifies(best)) {
    // The first word may be the variable: look among all patterns of the
    // same length (only for lines that would otherwise start a pattern).
    const auto same_length = by_length_.find(n);
    if (same_length != by_length_.end()) {
      const Candidate wider = Best(same_length->second);
      if (Qualifies(wider) && OnlyFirstDiffers(wider.index)) {
        best = wider;
        pool = &same_length->second;
      }
    }
  }
  if (Qualifies(best)) {
    uint32_t placed = kOverflow;
    if (best.conflicts == 0) {
      placed = best.index;
    } else {
      placed = Reconcile(best.index, *pool);
    }
    if (placed != kOverflow) {
      std::vector<uint32_t>& members = leaves_[leaf];
      if (std::find(members.begin(), members.end(), placed) == members.end()) {
        members.push_back(placed);
      }
      return placed;
    }
  }
  const uint32_t index = Create(time_ms);
  created = index != kOverflow && groups_[index].pattern.count == 0;
  return index;
}

uint32_t PatternMiner::Reconcile(uint32_t best, const std::vector<uint32_t>& pool) {
  // The line differs from `best` in a few places. Those places are variable
  // once enough distinct constants were seen there: the siblings (patterns
  // equal to `best` everywhere else) plus the line.
  const size_t n = scratch_.size();
  const std::vector<uint64_t>& tokens = groups_[best].tokens;
  varying_.clear();
  for (size_t i = 0; i < n; ++i) {
    if (tokens[i] != scratch_[i].hash && tokens[i] != kWildcardHash) varying_.push_back(i);
  }
  // Where the line itself has a variable there, the place is variable.
  bool all_masked = true;
  for (const size_t i : varying_) all_masked &= scratch_[i].hash == kWildcardHash;
  if (all_masked) {
    Generalize(best);
    return MergeIfDuplicate(best);
  }
  std::vector<uint32_t> siblings;
  for (const uint32_t candidate : pool) {
    const std::vector<uint64_t>& other = groups_[candidate].tokens;
    bool sibling = true;
    for (size_t i = 0; i < n && sibling; ++i) {
      const bool differs = tokens[i] != scratch_[i].hash && tokens[i] != kWildcardHash;
      sibling = differs ? other[i] != kWildcardHash : other[i] == tokens[i];
    }
    if (sibling) siblings.push_back(candidate);
  }
  if (siblings.size() + 1 <= kDistinctConstants) return kOverflow;
  const uint32_t survivor = *std::min_element(siblings.begin(), siblings.end());
  Generalize(survivor);
  for (const uint32_t sibling : siblings) {
    if (sibling != survivor) Absorb(survivor, sibling);
  }
  return MergeIfDuplicate(survivor);
}

uint32_t PatternMiner::Create(int64_t /*time_ms*/) {
  std::vector<uint64_t> tokens;
  tokens.reserve(scratch_.size());
  for (const MaskedToken& token : scratch_) tokens.push_back(token.hash);
  const uint64_t template_hash = SequenceHash(tokens);
  const uint64_t leaf = LeafKey();
  // A pattern of another leaf may already have exactly this template (its
  // first token was generalized): the line is that pattern's, in this leaf too.
  if (const auto same = templates_.find(template_hash); same != templates_.end()) {
    leaves_[leaf].push_back(same->second);
    return same->second;
  }
  if (live_ >= options_.max_patterns) {
    ++counters_.lines_over_cap;
    return kOverflow;
  }
  Group group;
  group.tokens = std::move(tokens);
  group.texts.reserve(scratch_.size());
  for (const MaskedToken& token : scratch_) {
    group.texts.push_back(token.hash == kWildcardHash ? "<*>" : MaskedText(token.text));
  }
  group.leaf = leaf;
  group.template_hash = template_hash;
  group.pattern.text = JoinTexts(group.texts);
  group.pattern.id = IdOf(group.pattern.text);
  const auto index = static_cast<uint32_t>(groups_.size());
  groups_.push_back(std::move(group));
  leaves_[leaf].push_back(index);
  by_length_[groups_[index].tokens.size()].push_back(index);
  templates_.emplace(template_hash, index);
  ++live_;
  ++counters_.patterns_created;
  return index;
}

void PatternMiner::Generalize(uint32_t index) {
  Group& group = groups_[index];
  for (const size_t i : varying_) {
    group.tokens[i] = kWildcardHash;
    group.texts[i] = "<*>";
  }
  if (const auto old = templates_.find(group.template_hash);
      old != templates_.end() && old->second == index) {
    templates_.erase(old);
  }
  group.template_hash = SequenceHash(group.tokens);
  group.pattern.text = JoinTexts(group.texts);
  std::string id = IdOf(group.pattern.text);
  if (id != group.pattern.id) {
    std::string old = std::move(group.pattern.id);
    group.pattern.id = std::move(id);
    AddAlias(group.pattern, old);
  }
}

uint32_t PatternMiner::MergeIfDuplicate(uint32_t index) {
  const auto [it, inserted] = templates_.emplace(groups_[index].template_hash, index);
  if (inserted || it->second == index) return index;
  // The older pattern survives; the younger one's history joins it.
  const uint32_t survivor = std::min(index, it->second);
  const uint32_t absorbed = std::max(index, it->second);
  it->second = survivor;
  Absorb(survivor, absorbed);
  return survivor;
}

void PatternMiner::Absorb(uint32_t survivor, uint32_t absorbed) {
  Group& into = groups_[survivor];
  Group& from = groups_[absorbed];
  Pattern& p = into.pattern;
  const Pattern& q = from.pattern;
  if (q.count > 0) {
    p.first_seen_ms = p.count > 0 ? std::min(p.first_seen_ms, q.first_seen_ms) : q.first_seen_ms;
    p.last_seen_ms = p.count > 0 ? std::max(p.last_seen_ms, q.last_seen_ms) : q.last_seen_ms;
  }
  p.count += q.count;
  for (const std::string& alias : q.aliases) AddAlias(p, alias);
  AddAlias(p, q.id);
  for (const std::string& example : q.examples) {
    if (p.examples.size() >= options_.max_examples) break;
    p.examples.push_back(example);
  }
  if (const auto it = templates_.find(from.template_hash);
      it != templates_.end() && it->second == absorbed) {
    templates_.erase(it);
  }
  // The survivor takes the absorbed pattern's place in every leaf.
  for (auto& [key, members] : leaves_) {
    const auto at = std::find(members.begin(), members.end(), absorbed);
    if (at == members.end()) continue;
    if (std::find(members.begin(), members.end(), survivor) == members.end()) {
      *at = survivor;
    } else {
      members.erase(at);
    }
  }
  std::vector<uint32_t>& same_length = by_length_[from.tokens.size()];
  std::erase(same_length, absorbed);
  from.merged_into = survivor;
  from.pattern.examples.clear();
  from.pattern.examples.shrink_to_fit();
  --live_;
  ++counters_.merges;
}

void PatternMiner::Reindex() {
  leaves_.clear();
  by_length_.clear();
  templates_.clear();
  sequences_.Drop();
  shapes_.Drop();
  live_ = 0;
  for (uint32_t i = 0; i < groups_.size(); ++i) {
    leaves_[groups_[i].leaf].push_back(Resolve(i));
    if (groups_[i].merged_into != kOverflow) continue;
    by_length_[groups_[i].tokens.size()].push_back(i);
    templates_.emplace(groups_[i].template_hash, i);
    ++live_;
  }
  for (auto& [key, members] : leaves_) {
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
  }
}

std::string PatternMiner::Serialize() const {
  ByteWriter out;
  out.Put<uint32_t>(kSerialVersion);
  out.Put<uint64_t>(counters_.lines);
  out.Put<uint64_t>(counters_.patterns_created);
  out.Put<uint64_t>(counters_.merges);
  out.Put<uint64_t>(counters_.lines_over_cap);
  out.Put<uint64_t>(counters_.cache_resets);
  out.Put<uint64_t>(groups_.size());
  for (const Group& g : groups_) {
    out.Put<uint32_t>(g.merged_into);
    out.Put<uint64_t>(g.leaf);
    out.Put<uint64_t>(g.tokens.size());
    for (size_t i = 0; i < g.tokens.size(); ++i) {
      out.Put<uint64_t>(g.tokens[i]);
      out.PutString(g.texts[i]);
    }
    const Pattern& p = g.pattern;
    out.PutString(p.id);
    out.Put<uint64_t>(p.aliases.size());
    for (const std::string& alias : p.aliases) out.PutString(alias);
    out.Put<uint64_t>(p.count);
    out.Put<int64_t>(p.first_seen_ms);
    out.Put<int64_t>(p.last_seen_ms);
    out.Put<uint64_t>(p.examples.size());
    for (const std::string& example : p.examples) out.PutString(example);
  }
  return out.Take();
}

Status PatternMiner::Restore(std::string_view bytes) {
  groups_.clear();
  counters_ = {};
  Reindex();
  ByteReader in(bytes);
  if (in.Get<uint32_t>() != kSerialVersion) return MakeError("pattern checkpoint: unknown version");
  PatternMinerCounters counters;
  counters.lines = in.Get<uint64_t>();
  counters.patterns_created = in.Get<uint64_t>();
  counters.merges = in.Get<uint64_t>();
  counters.lines_over_cap = in.Get<uint64_t>();
  counters.cache_resets = in.Get<uint64_t>();
  std::vector<Group> groups(in.GetCount(64));
  for (Group& g : groups) {
    g.merged_into = in.Get<uint32_t>();
    g.leaf = in.Get<uint64_t>();
    const uint64_t tokens = in.GetCount(16);
    for (uint64_t i = 0; i < tokens && in.ok(); ++i) {
      g.tokens.push_back(in.Get<uint64_t>());
      g.texts.push_back(in.GetString());
    }
    Pattern& p = g.pattern;
    p.id = in.GetString();
    p.aliases.resize(in.GetCount(8));
    for (std::string& alias : p.aliases) alias = in.GetString();
    p.count = in.Get<uint64_t>();
    p.first_seen_ms = in.Get<int64_t>();
    p.last_seen_ms = in.Get<int64_t>();
    p.examples.resize(in.GetCount(8));
    for (std::string& example : p.examples) example = in.GetString();
    g.template_hash = SequenceHash(g.tokens);
    p.text = JoinTexts(g.texts);
  }
  if (!in.ok() || !in.done()) return MakeError("pattern checkpoint: truncated or corrupt");
  for (uint32_t i = 0; i < groups.size(); ++i) {
    const uint32_t into = groups[i].merged_into;
    // A merge always goes into an older pattern, which keeps Resolve finite.
    if (into != kOverflow && into >= i) return MakeError("pattern checkpoint: bad merge link");
  }
  groups_ = std::move(groups);
  counters_ = counters;
  Reindex();
  return OkStatus();
}

}  // namespace tailwatch::engine::patterns
