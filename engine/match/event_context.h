// Per-event scratch shared by every filter of one log group, reused across
// events so that a warm event costs no heap allocation.
//
// Usage, once per event: ctx.Reset(message); then any number of filters ask
// for what they need. The JSON document is parsed at most once per event and
// only when a JSON filter asks (lazily), with one reused simdjson parser over an
// internal buffer padded with SIMDJSON_PADDING; a message whose trimmed text is
// not a JSON object simply has no JSON (never an error). Space-delimited tokens
// are split at most once per event into a reused vector.
//
// Lifetimes: `message` must stay alive until the next Reset(); every view the
// context hands out (JSON nodes, tokens, extracted values, dimension texts)
// dies at the next Reset(). Not thread-safe: one context per strand.
#ifndef TAILWATCH_ENGINE_MATCH_EVENT_CONTEXT_H_
#define TAILWATCH_ENGINE_MATCH_EVENT_CONTEXT_H_

#include <re2/stringpiece.h>
#include <simdjson.h>

#include <array>
#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "engine/match/json_pattern.h"
#include "engine/match/json_root_scanner.h"
#include "engine/match/literal_prefilter.h"
#include "engine/match/space_delimited_pattern.h"

namespace tailwatch::engine {

class EventContext {
 public:
  // Largest number of dimensions a transformation may have (docs/cloudwatch-semantics.md §2.1).
  static constexpr size_t kMaxDimensions = 3;
  // Room for any double printed shortest-round-trip (plus ".0").
  static constexpr size_t kNumberBufferSize = 40;

  EventContext();
  ~EventContext();
  EventContext(const EventContext&) = delete;
  EventContext& operator=(const EventContext&) = delete;

  // Starts a new event; drops everything derived from the previous one.
  // `readable_after`: how many bytes after `message` may be read (not
  // changed) while the event is current; with at least SIMDJSON_PADDING of
  // them JSON is parsed in place instead of from a copy.
  void Reset(std::string_view message, size_t readable_after = 0);
  std::string_view message() const { return message_; }

  // The event parsed as a JSON object, or nullptr when the trimmed message is
  // not a JSON object (or not JSON at all). Parses on first call per event.
  const simdjson::dom::element* Json();
  // The root's fields, for selectors (JsonSelector::AnyOf); valid while
  // Json() is not null.
  JsonRootFields* json_fields() { return &json_fields_; }

  // The root-key fast path (json_root_scanner.h). FilterSet names its
  // scanner (or null) before each event; ScanJson() then scans at most once
  // per event. kObject: the event is a JSON object and ScannedFields() holds
  // the scanner's keys; kNotObject: Json() would be null; kUnsure: use Json().
  enum class JsonScan : uint8_t { kUnsure, kNotObject, kObject };
  void UseJsonScanner(const JsonRootScanner* scanner) {
    if (scanner != scanner_) {
      scanner_ = scanner;
      scan_done_ = false;
    }
  }
  // Turns the fast path off for good (the reference path, for comparisons).
  void DisableJsonScanner() {
    scanner_disabled_ = true;
    scan_done_ = false;
  }
  JsonScan ScanJson();
  JsonScannedFields ScannedFields() const { return {scanner_, scanned_.data()}; }
  size_t json_scan_count() const { return json_scan_count_; }

  // SplitSpaceDelimited(message()), computed on first call per event.
  const std::vector<SpaceToken>& SpaceTokens();

  // Extracted values of the last space-delimited match on this event.
  std::vector<ExtractedValue>& extracted_values() { return extracted_values_; }

  // Groups of the last extended-regex (`regex:` filter) match on this event:
  // [0] the whole match, [i] group i (null when it did not take part).
  // Reused across events (capacity kept), so matching does not allocate.
  std::vector<re2::StringPiece>& regex_groups() { return regex_groups_; }

  // Scratch for FilterSet: the prefilter scan state, and fixed buffers that
  // hold numbers printed as dimension values plus the resolved dimension
  // texts of the sample being emitted.
  PrefilterScratch& prefilter_scratch() { return prefilter_scratch_; }
  // FilterSet::ProcessBuffer's state: the scratch of its own prefilter, and
  // the matches of a whole-buffer scan (capacity kept).
  PrefilterScratch& buffer_scratch() { return buffer_scratch_; }
  std::vector<LiteralPrefilter::BufferMatch>& buffer_matches() { return buffer_matches_; }
  std::vector<LiteralPrefilter::BufferMatch>& buffer_merged() { return buffer_merged_; }
  std::vector<uint32_t>& buffer_braces() { return buffer_braces_; }
  std::array<std::array<char, kNumberBufferSize>, kMaxDimensions>& number_buffers() {
    return number_buffers_;
  }
  std::array<std::string_view, kMaxDimensions>& dimension_values() { return dimension_values_; }

  // How many times this context parsed JSON / split tokens (for tests that
  // check "at most once per event").
  size_t json_parse_count() const { return json_parse_count_; }
  size_t split_count() const { return split_count_; }

  // Per-filter counts of exact pattern evaluations (those the prefilter
  // could not decide), for `tailwatch bench`: FilterSet adds 1 to
  // counts[filter_index] for each. Off (empty) by default; the span must
  // cover every filter of the set it is used with.
  void CountExactEvaluations(std::span<uint64_t> counts) { exact_evaluations_ = counts; }
  void NoteExactEvaluation(size_t filter_index) {
    if (!exact_evaluations_.empty()) ++exact_evaluations_[filter_index];
  }

 private:
  std::string_view message_;
  size_t readable_after_ = 0;

  bool json_done_ = false;
  bool json_ok_ = false;
  simdjson::dom::parser parser_;
  std::unique_ptr<char[]> json_buffer_;  // trimmed message + SIMDJSON_PADDING
  size_t json_buffer_capacity_ = 0;      // usable bytes, padding excluded
  simdjson::dom::element json_root_;
  JsonRootFields json_fields_;
  size_t json_parse_count_ = 0;

  const JsonRootScanner* scanner_ = nullptr;
  bool scanner_disabled_ = false;
  bool scan_done_ = false;
  JsonScan scan_ = JsonScan::kUnsure;
  std::array<JsonScalar, JsonRootScanner::kMaxKeys> scanned_{};
  size_t json_scan_count_ = 0;

  bool tokens_done_ = false;
  std::vector<SpaceToken> tokens_;
  size_t split_count_ = 0;

  std::vector<ExtractedValue> extracted_values_;
  std::vector<re2::StringPiece> regex_groups_;
  PrefilterScratch prefilter_scratch_;
  PrefilterScratch buffer_scratch_;
  std::vector<LiteralPrefilter::BufferMatch> buffer_matches_;
  std::vector<LiteralPrefilter::BufferMatch> buffer_merged_;
  std::vector<uint32_t> buffer_braces_;
  std::array<std::array<char, kNumberBufferSize>, kMaxDimensions> number_buffers_{};
  std::array<std::string_view, kMaxDimensions> dimension_values_{};
  std::span<uint64_t> exact_evaluations_;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_EVENT_CONTEXT_H_
