#include "engine/match/filter_set.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "engine/match/buffer_triggers.h"
#include "engine/match/json_root_scanner.h"
#include "engine/match/literal_prefilter.h"
#include "engine/match/log_records.h"

namespace tailwatch::engine {
namespace {

// How Process() decides one filter.
enum class Mode {
  kAlways,  // run the pattern on every event (JSON, [], match-all, fallbacks)
  kTerms,   // decide from the prefilter's literal hits alone (they are exact)
  kRegex,   // run RE2 only when the prefilter says the regex may match
};

struct Plan {
  Mode mode = Mode::kAlways;
  std::vector<uint32_t> required;  // prefilter ids
  std::vector<uint32_t> excluded;
  // kTerms: the `?` terms. kRegex: the regex's literal atoms when it has
  // usable ones, else its own regex entry; one hit makes it a candidate.
  std::vector<uint32_t> any_of;
};

}  // namespace

static_assert(kMaxFiltersPerLogGroup <= 128, "ProcessBuffer keeps triggered filters in 128 bits");

struct FilterSet::Impl {
  std::vector<FilterSpec> specs;
  std::vector<FilterPattern> patterns;
  std::vector<CompiledTransformation> transformations;
  std::vector<Plan> plans;
  std::shared_ptr<const LiteralPrefilter> prefilter;  // null when no filter uses it
  // Filters that can produce something on an event where the prefilter hit
  // nothing: kAlways ones, terms with only `-` terms, and any filter with a
  // default value. On such events (most lines) only these run.
  std::vector<uint32_t> unconditional;
  // ProcessBuffer: its own prefilter of triggers (buffer_triggers.h); hit id
  // -> the filters a hit on it makes candidates (a bitmap; at most
  // kMaxFiltersPerLogGroup filters); the hit id of "the record starts with
  // '{'" when a JSON filter needs it; whether the whole-buffer path applies
  // (no filter needs every record, and the trigger prefilter, if any, can
  // scan buffers).
  std::shared_ptr<const LiteralPrefilter> buffer_prefilter;
  std::vector<std::array<uint64_t, 2>> triggers;
  std::optional<uint32_t> json_start;
  bool whole_buffers = false;
  // The root keys that JSON patterns with only `$.key` selectors and JSON
  // values `$.key` read, for the scanner that decides them without a full
  // parse (json_root_scanner.h); null when there are none or too many.
  std::shared_ptr<const JsonRootScanner> json_scanner;
};

namespace {

// The id of `entry` in `entries`, added when new; `ids` maps kind + text to
// ids, so an entry wanted twice is scanned once.
uint32_t EntryId(LiteralPrefilter::Entry entry, std::vector<LiteralPrefilter::Entry>& entries,
                 std::unordered_map<std::string, uint32_t>& ids) {
  const std::string key = (entry.is_regex ? "r" : entry.caseless ? "i" : "s") + entry.text;
  auto [it, inserted] = ids.emplace(key, static_cast<uint32_t>(entries.size()));
  if (inserted) entries.push_back(std::move(entry));
  return it->second;
}

// The root-key scanner of the set (see Impl::json_scanner).
void CompileJsonScanner(FilterSet::Impl& impl) {
  std::vector<std::string> wanted;
  for (size_t i = 0; i < impl.patterns.size(); ++i) {
    if (const JsonPattern* json = impl.patterns[i].json()) {
      std::vector<std::string> keys;
      if (json->RootKeys(&keys)) wanted.insert(wanted.end(), keys.begin(), keys.end());
      if (const auto key = impl.transformations[i].json_value_root_key()) wanted.emplace_back(*key);
    }
  }
  std::vector<std::string> keys;
  for (std::string& key : wanted) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  }
  if (keys.empty() || keys.size() > JsonRootScanner::kMaxKeys) return;
  impl.json_scanner = std::make_shared<const JsonRootScanner>(std::move(keys));
}

// The whole-buffer side of Compile: each filter's triggers (BufferTriggers of
// its pattern, `triggers[i]`) in one prefilter.
void CompileBufferPlan(FilterSet::Impl& impl,
                       std::vector<std::optional<std::vector<LiteralPrefilter::Entry>>> triggers) {
  std::vector<LiteralPrefilter::Entry> entries;
  std::unordered_map<std::string, uint32_t> ids;  // kind + text -> entry id
  std::vector<std::vector<uint32_t>> filter_triggers(impl.plans.size());
  std::vector<size_t> json_filters;
  for (size_t i = 0; i < impl.plans.size(); ++i) {
    // A default value is emitted for every non-matching record.
    if (impl.transformations[i].default_value()) return;
    if (impl.patterns[i].json() != nullptr) {
      json_filters.push_back(i);
      continue;
    }
    if (!triggers[i]) return;
    for (LiteralPrefilter::Entry& entry : *triggers[i]) {
      filter_triggers[i].push_back(EntryId(std::move(entry), entries, ids));
    }
  }
  if (!entries.empty()) {
    impl.buffer_prefilter = LiteralPrefilter::Build(std::move(entries));
    if (!impl.buffer_prefilter->supports_buffer_scan()) return;
  }
  // The records that start with '{' (found while counting records) act as
  // hits on one more id after the entries.
  const auto json_start = static_cast<uint32_t>(ids.size());
  impl.triggers.assign(json_start + 1, {0, 0});
  auto trigger = [&](uint32_t id, size_t i) {
    impl.triggers[id][i >> 6] |= uint64_t{1} << (i & 63);
  };
  for (size_t i = 0; i < filter_triggers.size(); ++i) {
    for (const uint32_t id : filter_triggers[i]) trigger(id, i);
  }
  for (const size_t i : json_filters) trigger(json_start, i);
  if (!json_filters.empty()) impl.json_start = json_start;
  impl.whole_buffers = !impl.plans.empty();
}

}  // namespace

Result<FilterSet> FilterSet::Compile(std::vector<FilterSpec> specs) {
  auto impl = std::make_shared<Impl>();
  std::vector<LiteralPrefilter::Entry> entries;
  std::unordered_map<std::string, uint32_t> entry_ids;
  auto literal_id = [&](const std::string& text) {
    return EntryId({text, /*is_regex=*/false}, entries, entry_ids);
  };
  // Each pattern's whole-buffer triggers; a regex's also serve Process().
  std::vector<std::optional<std::vector<LiteralPrefilter::Entry>>> triggers;

  size_t regex_filters = 0;
  for (size_t i = 0; i < specs.size(); ++i) {
    const FilterSpec& spec = specs[i];
    const std::string prefix = "metric_filters[" + std::to_string(i) + "] (" + spec.name + "): ";
    if (i >= kMaxFiltersPerLogGroup) {
      return MakeError(prefix + "a log group can have at most 100 metric filters");
    }
    // `regex:` is tailwatch's own kind (full RE2); `pattern:` stays
    // CloudWatch's language only.
    const bool extended = !spec.regex.empty();
    if (extended && !spec.pattern.empty()) {
      return MakeError(prefix + "give either pattern or regex, not both");
    }
    auto pattern = extended ? FilterPattern::CompileExtendedRegex(spec.regex)
                            : FilterPattern::Compile(spec.pattern);
    if (!pattern) {
      Error error = std::move(pattern.error());
      error.message = prefix + (extended ? "regex: " : "pattern: ") + error.message;
      return tl::unexpected(std::move(error));
    }
    if (pattern->regex_count() > 0 && ++regex_filters > kMaxRegexFiltersPerLogGroup) {
      return MakeError(prefix +
                       "a log group can have at most 5 metric filters with a regular expression");
    }
    auto transformation = CompiledTransformation::Compile(*pattern, spec.transformation);
    if (!transformation) {
      Error error = std::move(transformation.error());
      error.message = prefix + error.message;
      return tl::unexpected(std::move(error));
    }

    std::optional<std::vector<LiteralPrefilter::Entry>> pattern_triggers = BufferTriggers(*pattern);
    Plan plan;
    if (const TermsPattern* terms = pattern->terms()) {
      plan.mode = Mode::kTerms;
      for (const std::string& t : terms->required()) plan.required.push_back(literal_id(t));
      for (const std::string& t : terms->excluded()) plan.excluded.push_back(literal_id(t));
      for (const std::string& t : terms->any_of()) plan.any_of.push_back(literal_id(t));
    } else if (pattern->regex() != nullptr || pattern->extended_regex() != nullptr) {
      // A regex is run only where the prefilter says it may match. When RE2
      // derives literal atoms from it (one of which occurs in every match),
      // those atoms are the test, as on the whole-buffer path: compiling
      // big regexes into Hyperscan, even in prefilter mode, costs seconds of
      // start-up and reload per pattern set, while atoms cost next to
      // nothing. A regex without usable atoms is a Hyperscan prefilter
      // entry of its own (always hit when Hyperscan cannot take it).
      plan.mode = Mode::kRegex;
      const auto& atoms = pattern_triggers;  // literal atoms, or the regex itself
      if (atoms && std::none_of(atoms->begin(), atoms->end(),
                                [](const LiteralPrefilter::Entry& e) { return e.is_regex; })) {
        for (const LiteralPrefilter::Entry& atom : *atoms) {
          plan.any_of.push_back(EntryId(atom, entries, entry_ids));
        }
      } else {
        plan.any_of.push_back(
            EntryId({pattern->regex() != nullptr ? pattern->regex()->re2_pattern()
                                                 : pattern->extended_regex()->source(),
                     /*is_regex=*/true},
                    entries, entry_ids));
      }
    }
    triggers.push_back(std::move(pattern_triggers));
    impl->patterns.push_back(std::move(*pattern));
    impl->transformations.push_back(std::move(*transformation));
    impl->plans.push_back(std::move(plan));
  }

  if (!entries.empty()) {
    impl->prefilter = LiteralPrefilter::Build(std::move(entries));
    // A term decided from hits must only read exact hits; a literal the
    // engine could not take is always "hit", so such filters run directly.
    for (Plan& plan : impl->plans) {
      if (plan.mode != Mode::kTerms) continue;
      bool exact = true;
      for (const auto* ids : {&plan.required, &plan.excluded, &plan.any_of}) {
        for (const uint32_t id : *ids) exact = exact && !impl->prefilter->always_hit(id);
      }
      if (!exact) plan.mode = Mode::kAlways;
    }
  }
  for (size_t i = 0; i < impl->plans.size(); ++i) {
    const Plan& plan = impl->plans[i];
    const bool needs_hit =
        (plan.mode == Mode::kTerms && (!plan.required.empty() || !plan.any_of.empty())) ||
        plan.mode == Mode::kRegex;
    if (!needs_hit || impl->transformations[i].default_value()) {
      impl->unconditional.push_back(static_cast<uint32_t>(i));
    }
  }
  CompileBufferPlan(*impl, std::move(triggers));
  CompileJsonScanner(*impl);
  impl->specs = std::move(specs);
  FilterSet out;
  out.impl_ = std::move(impl);
  return out;
}

size_t FilterSet::size() const { return impl_->specs.size(); }
const FilterSpec& FilterSet::spec(size_t i) const { return impl_->specs[i]; }
const FilterPattern& FilterSet::pattern(size_t i) const { return impl_->patterns[i]; }
bool FilterSet::scans_whole_buffers() const { return impl_->whole_buffers; }
bool FilterSet::uses_hyperscan() const {
  return impl_->prefilter != nullptr && impl_->prefilter->uses_hyperscan();
}

namespace {

// The pattern itself decides (the prefilter could not).
inline bool ExactMatch(const FilterSet::Impl& impl, size_t i, EventContext& ctx) {
  ctx.NoteExactEvaluation(i);
  return impl.patterns[i].Matches(ctx);
}

// Whether the last scan hit any of `ids`.
inline bool AnyHit(const std::vector<uint32_t>& ids, const PrefilterScratch& scratch) {
  for (const uint32_t id : ids) {
    if (scratch.hit(id)) return true;
  }
  return false;
}
// Decides filter `i` on the event in `ctx` and reports it to `sink`.
inline void RunFilter(const FilterSet::Impl& impl, size_t i, bool hits_exact,
                      const PrefilterScratch& scratch, EventContext& ctx, SampleSink& sink);
// Reports what filter `i` produces on the event in `ctx`, given whether it
// matched.
inline void Emit(const FilterSet::Impl& impl, size_t i, bool matched, EventContext& ctx,
                 SampleSink& sink);

}  // namespace

void FilterSet::Process(std::string_view message, EventContext& ctx, SampleSink& sink) const {
  const Impl& impl = *impl_;
  ctx.Reset(message);
  ctx.UseJsonScanner(impl.json_scanner.get());
  PrefilterScratch& scratch = ctx.prefilter_scratch();
  bool hits_exact = false;
  if (impl.prefilter != nullptr) {
    impl.prefilter->Scan(message, &scratch);
    hits_exact = !scratch.scan_failed();
    if (hits_exact && !scratch.any_hit()) {
      // Nothing the prefilter knows occurs: every filter that needs a hit
      // is a certain miss without a default value, so only the rest run
      // (same order, same calls as the full loop below).
      for (const uint32_t i : impl.unconditional) RunFilter(impl, i, true, scratch, ctx, sink);
      return;
    }
  }
  for (size_t i = 0; i < impl.plans.size(); ++i) RunFilter(impl, i, hits_exact, scratch, ctx, sink);
}

size_t FilterSet::ProcessRecords(std::string_view text, EventContext& ctx, SampleSink& sink) const {
  size_t records = 0;
  ForEachLogRecord(text, [&](std::string_view record) {
    ++records;
    Process(record, ctx, sink);
  });
  return records;
}

size_t FilterSet::ProcessBuffer(std::string_view text, EventContext& ctx, SampleSink& sink) const {
  if (!impl_->whole_buffers) return ProcessRecords(text, ctx, sink);
  // Slices that stay in the core's cache across the passes over them (the
  // prefilter scan, the record scan, then the records with a match), each
  // ending just after a terminator.
  size_t records = 0;
  while (!text.empty()) {
    size_t size = text.size();
    if (size > kBufferSliceBytes) {
      const void* nl = memrchr(text.data(), '\n', kBufferSliceBytes);
      const void* cr = memrchr(text.data(), '\r', kBufferSliceBytes);
      const void* cut = std::max(nl, cr, std::less<const void*>());
      if (cut != nullptr)
        size = static_cast<size_t>(static_cast<const char*>(cut) - text.data()) + 1;
    }
    records += ProcessSlice(text.substr(0, size), ctx, sink);
    text.remove_prefix(size);
  }
  return records;
}

size_t FilterSet::ProcessSlice(std::string_view text, EventContext& ctx, SampleSink& sink) const {
  const Impl& impl = *impl_;
  if (text.size() > LiteralPrefilter::kMaxBufferBytes) return ProcessRecords(text, ctx, sink);
  std::vector<LiteralPrefilter::BufferMatch>& matches = ctx.buffer_matches();
  matches.clear();
  if (impl.buffer_prefilter != nullptr &&
      !impl.buffer_prefilter->ScanBuffer(text, &ctx.buffer_scratch(), &matches)) {
    return ProcessRecords(text, ctx, sink);
  }
  size_t records = 0;
  if (impl.json_start) {
    std::vector<uint32_t>& braces = ctx.buffer_braces();
    braces.clear();
    records = ScanLogRecords(text, &braces);
    // One ordered stream: a record starting with '{' is a hit on json_start
    // ending just after the brace.
    std::vector<LiteralPrefilter::BufferMatch>& merged = ctx.buffer_merged();
    merged.clear();
    size_t m = 0;
    for (const uint32_t brace : braces) {
      for (; m < matches.size() && matches[m].end <= brace + 1; ++m) merged.push_back(matches[m]);
      merged.push_back({*impl.json_start, brace + 1});
    }
    merged.insert(merged.end(), matches.begin() + static_cast<std::ptrdiff_t>(m), matches.end());
    matches.swap(merged);
  } else {
    records = ScanLogRecords(text);
  }

  const size_t entries = impl.buffer_prefilter != nullptr ? impl.buffer_prefilter->size() : 0;
  const size_t count = matches.size();
  size_t k = 0;
  while (k < count) {
    const size_t last = matches[k].end - 1;  // matches are never empty
    if (IsRecordTerminator(text[last])) {
      ++k;  // a literal that ends on a terminator lies in no record
      continue;
    }
    const auto [begin, end] = LogRecordAround(text, last);
    std::array<uint64_t, 2> filters{0, 0};
    // Every match ending in this record; matches are ordered by their end.
    for (; k < count && matches[k].end <= end; ++k) {
      const uint32_t id = matches[k].id;
      // A literal hit counts only when all of it lies in the record (one
      // that starts before it straddles a terminator).
      const size_t length = id < entries ? impl.buffer_prefilter->literal_length(id) : 0;
      if (matches[k].end - length < begin) continue;
      filters[0] |= impl.triggers[id][0];
      filters[1] |= impl.triggers[id][1];
    }
    if ((filters[0] | filters[1]) == 0) continue;
    // Candidates: each pattern decides on the record itself.
    ctx.Reset(text.substr(begin, end - begin), text.size() - end);
    ctx.UseJsonScanner(impl.json_scanner.get());
    for (size_t w = 0; w < filters.size(); ++w) {
      for (uint64_t bits = filters[w]; bits != 0; bits &= bits - 1) {
        const size_t i = w * 64 + static_cast<size_t>(__builtin_ctzll(bits));
        Emit(impl, i, ExactMatch(impl, i, ctx), ctx, sink);
      }
    }
  }
  return records;
}

namespace {

inline void RunFilter(const FilterSet::Impl& impl, size_t i, bool hits_exact,
                      const PrefilterScratch& scratch, EventContext& ctx, SampleSink& sink) {
  const Plan& plan = impl.plans[i];
  bool matched = false;
  switch (plan.mode) {
    case Mode::kAlways:
      matched = ExactMatch(impl, i, ctx);
      break;
    case Mode::kTerms:
      if (!hits_exact) {
        matched = ExactMatch(impl, i, ctx);
        break;
      }
      matched = true;
      for (const uint32_t id : plan.required) matched = matched && scratch.hit(id);
      for (const uint32_t id : plan.excluded) matched = matched && !scratch.hit(id);
      if (matched && !plan.any_of.empty()) matched = AnyHit(plan.any_of, scratch);
      break;
    case Mode::kRegex:
      matched = AnyHit(plan.any_of, scratch) && ExactMatch(impl, i, ctx);
      break;
  }
  Emit(impl, i, matched, ctx, sink);
}

inline void Emit(const FilterSet::Impl& impl, size_t i, bool matched, EventContext& ctx,
                 SampleSink& sink) {
  const CompiledTransformation& transformation = impl.transformations[i];
  if (matched) {
    sink.OnFilterMatch(i);
    double value = 0;
    std::span<const std::string_view> dimensions;
    if (const auto drop = transformation.Resolve(ctx, &value, &dimensions)) {
      sink.OnDrop(i, *drop);
    } else {
      sink.OnSample(MetricSample{i, value, dimensions});
    }
  } else if (transformation.default_value()) {
    // docs/cloudwatch-semantics.md §2.2: a non-matching event still emits the default value.
    sink.OnSample(MetricSample{i, *transformation.default_value(), {}});
  }
}

}  // namespace

}  // namespace tailwatch::engine
