// libFuzzer: a buffer of log records through FilterSet::ProcessBuffer (the
// whole-buffer path: trigger scan, record scan, candidates; JSON `$.key`
// filters decided by the root-key scanner) must give exactly the sink calls
// of the reference path, Process() on each record with the full JSON parser
// only (EventContext::DisableJsonScanner), for sets that take each path; and
// Process() must report a filter as matched exactly where its pattern, run
// alone with no prefilter, matches the record (a regex's literal atoms, like
// every prefilter entry, may only make candidates). Any difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "engine/match/event_context.h"
#include "engine/match/filter_set.h"
#include "engine/match/log_records.h"
#include "tests/engine/match/filter_test_util.h"

namespace {

using tailwatch::engine::EventContext;
using tailwatch::engine::FilterSet;
using tailwatch::engine::FilterSpec;
using tailwatch::engine::test_support::RecordingSampleSink;

FilterSpec Spec(std::string pattern, std::string value = "1",
                std::vector<std::pair<std::string, std::string>> dimensions = {}) {
  return tailwatch::engine::test_support::MakeFilterSpec("f", std::move(pattern), std::move(value),
                                                         std::nullopt, std::move(dimensions));
}

std::vector<FilterSet> Sets() {
  std::vector<std::vector<FilterSpec>> specs = {
      {Spec("ERROR"), Spec("?WARN ?WARNING ?warning"), Spec("\"out of memory\" -retry"),
       Spec("%lo+ss: ?nan%"), Spec("%^ab|cd$%"), Spec("%Loss: [0-9]+|STEP [0-9]+%"),
       Spec("{ $.loss > 1 }", "$.loss"),
       Spec("{ $.rank = 0 || $.a.b[0] = \"x*\" }", "1", {{"r", "$.rank"}})},
      {Spec("{ $.* = 1 }"), Spec("{ $.x NOT EXISTS }")},
      {Spec("ERROR"), Spec("-INFO")},  // every record: the per-record path
      // Root-key JSON filters only: the scanner decides them.
      {Spec("{ $.grad_norm >= 100 }"), Spec("{ $.loss > -1000000 }", "$.loss"),
       Spec("{ $.a = \"1\" || $.a = \"1.0\" }", "$.a"), Spec("{ $.s = \"x*\" && $.b IS TRUE }"),
       Spec("{ $.n IS NULL || $.m NOT EXISTS }", "$.s"), Spec("{ $.a != 2 && $.b IS FALSE }"),
       Spec("{ $.s = %^a.c% }"), Spec("{ $.a = * }", "$.a")},
      // The same next to a nested selector and a per-record filter.
      {Spec("{ $.a > 0 }", "$.a"), Spec("{ $.s.a = 1 }"), Spec("{ $.a = \"100.0\" }", "$.a"),
       Spec("-INFO")},
  };
  std::vector<FilterSet> out;
  for (auto& s : specs) {
    auto set = FilterSet::Compile(std::move(s));
    if (!set) std::abort();
    out.push_back(std::move(*set));
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::vector<FilterSet> sets = Sets();
  static EventContext ctx, reference_ctx, alone_ctx;
  static const bool reference_only = (reference_ctx.DisableJsonScanner(), true);
  (void)reference_only;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const FilterSet& set : sets) {
    RecordingSampleSink got, want;
    const size_t records = set.ProcessBuffer(text, ctx, got);
    size_t want_records = 0;
    tailwatch::engine::ForEachLogRecord(text, [&](std::string_view record) {
      ++want_records;
      const size_t first = want.calls.size();
      set.Process(record, reference_ctx, want);
      std::vector<bool> matched(set.size(), false);
      for (size_t c = first; c < want.calls.size(); ++c) {
        if (std::get<0>(want.calls[c]) == 'm') matched[std::get<1>(want.calls[c])] = true;
      }
      for (size_t i = 0; i < set.size(); ++i) {
        alone_ctx.Reset(record);
        if (set.pattern(i).Matches(alone_ctx) != matched[i]) std::abort();
      }
    });
    if (records != want_records || got.calls != want.calls) std::abort();
  }
  return 0;
}
