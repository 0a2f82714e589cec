// What a whole-buffer scan (FilterSet::ProcessBuffer) looks for to find the
// records a filter may match: a set of prefilter entries at least one of
// which occurs in every event the pattern matches. A hit only makes the record
// a candidate; the pattern itself then decides, so triggers may be loose (one
// required term of several, a case-insensitive common part of `?` terms, the
// literal atoms RE2 derives from a regex). Fewer, longer literals keep the
// scan fast; a Hyperscan regex entry costs far more than literals.
#ifndef TAILWATCH_ENGINE_MATCH_BUFFER_TRIGGERS_H_
#define TAILWATCH_ENGINE_MATCH_BUFFER_TRIGGERS_H_

#include <optional>
#include <vector>

#include "engine/match/filter_pattern.h"
#include "engine/match/literal_prefilter.h"

namespace tailwatch::engine {

// The triggers of `pattern`, or nullopt when it has none: it may match an
// event holding no particular text (match-all, space-delimited, only `-`
// terms) and must see every record. JSON patterns also give nullopt: the
// caller finds the records they can match (those starting with '{') itself.
std::optional<std::vector<LiteralPrefilter::Entry>> BufferTriggers(const FilterPattern& pattern);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_BUFFER_TRIGGERS_H_
