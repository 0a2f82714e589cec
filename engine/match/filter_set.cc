#include "engine/match/filter_set.h"

#include <string>
#include <unordered_map>
#include <utility>

#include "engine/match/literal_prefilter.h"

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
  std::vector<uint32_t> any_of;
  uint32_t regex_id = 0;
};

}  // namespace

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
};

Result<FilterSet> FilterSet::Compile(std::vector<FilterSpec> specs) {
  auto impl = std::make_shared<Impl>();
  std::vector<LiteralPrefilter::Entry> entries;
  std::unordered_map<std::string, uint32_t> literal_ids;
  auto literal_id = [&](const std::string& text) {
    auto [it, inserted] = literal_ids.emplace(text, static_cast<uint32_t>(entries.size()));
    if (inserted) entries.push_back({text, /*is_regex=*/false});
    return it->second;
  };

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

    Plan plan;
    if (const TermsPattern* terms = pattern->terms()) {
      plan.mode = Mode::kTerms;
      for (const std::string& t : terms->required()) plan.required.push_back(literal_id(t));
      for (const std::string& t : terms->excluded()) plan.excluded.push_back(literal_id(t));
      for (const std::string& t : terms->any_of()) plan.any_of.push_back(literal_id(t));
    } else if (const CloudWatchRegex* regex = pattern->regex()) {
      plan.mode = Mode::kRegex;
      plan.regex_id = static_cast<uint32_t>(entries.size());
      entries.push_back({regex->re2_pattern(), /*is_regex=*/true});
    } else if (const ExtendedRegex* re = pattern->extended_regex()) {
      // Same prefilter test as a CloudWatch regex (both compile with the
      // same RE2 options); an entry Hyperscan cannot take is always hit, so
      // a regex without an extractable literal still runs on every event.
      plan.mode = Mode::kRegex;
      plan.regex_id = static_cast<uint32_t>(entries.size());
      entries.push_back({re->source(), /*is_regex=*/true});
    }
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
    const bool needs_hit = (plan.mode == Mode::kTerms &&
                            (!plan.required.empty() || !plan.any_of.empty())) ||
                           plan.mode == Mode::kRegex;
    if (!needs_hit || impl->transformations[i].default_value()) {
      impl->unconditional.push_back(static_cast<uint32_t>(i));
    }
  }
  impl->specs = std::move(specs);
  FilterSet out;
  out.impl_ = std::move(impl);
  return out;
}

size_t FilterSet::size() const { return impl_->specs.size(); }
const FilterSpec& FilterSet::spec(size_t i) const { return impl_->specs[i]; }
const FilterPattern& FilterSet::pattern(size_t i) const { return impl_->patterns[i]; }
bool FilterSet::uses_hyperscan() const {
  return impl_->prefilter != nullptr && impl_->prefilter->uses_hyperscan();
}

namespace {

// Decides filter `i` on the event in `ctx` and reports it to `sink`.
inline void RunFilter(const FilterSet::Impl& impl, size_t i, bool hits_exact,
                      const PrefilterScratch& scratch, EventContext& ctx, SampleSink& sink);

}  // namespace

void FilterSet::Process(std::string_view message, EventContext& ctx, SampleSink& sink) const {
  const Impl& impl = *impl_;
  ctx.Reset(message);
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

namespace {

inline void RunFilter(const FilterSet::Impl& impl, size_t i, bool hits_exact,
                      const PrefilterScratch& scratch, EventContext& ctx, SampleSink& sink) {
  const Plan& plan = impl.plans[i];
  bool matched = false;
  switch (plan.mode) {
    case Mode::kAlways:
      matched = impl.patterns[i].Matches(ctx);
      break;
    case Mode::kTerms:
      if (!hits_exact) {
        matched = impl.patterns[i].Matches(ctx);
        break;
      }
      matched = true;
      for (const uint32_t id : plan.required) matched = matched && scratch.hit(id);
      for (const uint32_t id : plan.excluded) matched = matched && !scratch.hit(id);
      if (matched && !plan.any_of.empty()) {
        bool any = false;
        for (const uint32_t id : plan.any_of) any = any || scratch.hit(id);
        matched = any;
      }
      break;
    case Mode::kRegex:
      matched = scratch.hit(plan.regex_id) && impl.patterns[i].Matches(ctx);
      break;
  }
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
    // Spec 2: a non-matching event still emits the default value.
    sink.OnSample(MetricSample{i, *transformation.default_value(), {}});
  }
}

}  // namespace

}  // namespace tailwatch::engine
