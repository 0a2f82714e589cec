// JSON selectors (`$.a[0].b`, `$.*.x`, `$['a.b']`): the paths JSON filter
// patterns, metric values and dimensions and JSON timestamps name a field by
// (docs/cloudwatch-semantics.md §1.4). Parsed once, at config
// load; resolved per event on a simdjson DOM without allocating.
#ifndef TAILWATCH_ENGINE_MATCH_JSON_SELECTOR_H_
#define TAILWATCH_ENGINE_MATCH_JSON_SELECTOR_H_

#include <simdjson.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::engine {

// A character of an unquoted selector field name: [A-Za-z0-9_-].
inline bool IsJsonNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// The fields of one parsed event's root object, listed on first use: many
// selectors of one event (every JSON filter's, values, dimensions) then find
// their first key in a short array instead of each walking the object. With
// repeated keys the last one wins, as everywhere. Reset per event; the views
// die with the document. Not thread-safe (one per EventContext).
class JsonRootFields {
 public:
  void Reset(simdjson::dom::element root) {
    root_ = root;
    listed_ = false;
  }
  // The last root field named `key`; false when there is none (or the root
  // is not an object).
  bool Find(std::string_view key, simdjson::dom::element* out);

 private:
  simdjson::dom::element root_;
  bool listed_ = false;
  std::vector<std::pair<std::string_view, simdjson::dom::element>> fields_;  // capacity kept
};

// A selector such as `$.a[0].b`, `$.*.x`, `$['a.b']`. Immutable, copyable.
class JsonSelector {
 public:
  // `text` starts with '$'. Error columns are 1-based offsets into `text`.
  static Result<JsonSelector> Parse(std::string_view text);
  // The selector starting at text[pos] == '$' and ending where a selector
  // cannot go on (a JSON pattern's operator, a space); `*end` receives the
  // offset just past it. Error columns are 1-based offsets into all of `text`.
  static Result<JsonSelector> ParseAt(std::string_view text, size_t pos, size_t* end);

  bool has_wildcard() const;
  int wildcard_count() const;
  // For a selector that is one root key (`$.key`, `$['key']`): the key;
  // otherwise nullopt. Inline: the JSON fast path asks once per event.
  std::optional<std::string_view> root_key() const {
    return has_root_key_ ? std::optional<std::string_view>(root_key_) : std::nullopt;
  }
  // The selector as written, e.g. "$.a[0]"; empty for a default-constructed one.
  std::string_view text() const;

  // Calls `visit(node)` for every node the selector reaches (wildcards expand
  // to every element / field; with a repeated key the last one wins) until a
  // call returns true. Returns whether some call returned true. `fields`,
  // when given, lists `root`'s fields (a speed-up only).
  template <class Visit>
  bool AnyOf(simdjson::dom::element root, Visit&& visit, JsonRootFields* fields = nullptr) const;

  // For a wildcard-free selector: the node, or nullopt when it is missing.
  std::optional<simdjson::dom::element> Resolve(simdjson::dom::element root,
                                                JsonRootFields* fields = nullptr) const;

  struct Impl;  // defined in json_selector.cc

 private:
  std::shared_ptr<const Impl> impl_;
  // root_key()'s answer, set by ParseAt; the view is into *impl_, which every
  // copy shares and nothing changes.
  std::string_view root_key_;
  bool has_root_key_ = false;
  // Non-template entry used by AnyOf; `visit` is called through a function pointer.
  bool AnyOfImpl(simdjson::dom::element root, bool (*visit)(void*, simdjson::dom::element),
                 void* context, JsonRootFields* fields) const;
};

template <class Visit>
bool JsonSelector::AnyOf(simdjson::dom::element root, Visit&& visit, JsonRootFields* fields) const {
  return AnyOfImpl(
      root,
      [](void* context, simdjson::dom::element node) {
        return (*static_cast<std::remove_reference_t<Visit>*>(context))(node);
      },
      &visit, fields);
}

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_JSON_SELECTOR_H_
