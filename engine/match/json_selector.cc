// JSON selectors: a small recursive-descent parser into steps, and a walk
// over a simdjson DOM that never allocates.
//
// - simdjson's `at_key` returns the FIRST of repeated keys; CloudWatch uses the
//   LAST (recorded), so objects are iterated rather than indexed.
// - [decision] A bare `$` (no step) is not a selector; AWS documents none.
#include "engine/match/json_selector.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tailwatch::engine {

namespace {

enum class StepKind { kKey, kIndex, kWildcard };

struct Step {
  StepKind kind = StepKind::kKey;
  std::string key;     // kKey
  uint64_t index = 0;  // kIndex
};

constexpr int kMaxWildcardsPerSelector = 1;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

struct JsonSelector::Impl {
  std::string text;  // as written, e.g. "$.a[0]"
  std::vector<Step> steps;
  int wildcards = 0;
};

namespace {

// Parses one selector: text[pos] is '$'. Error columns are 1-based offsets
// into all of `text` (so a selector inside a pattern reports columns in the
// pattern). One use per instance.
class SelectorParser {
 public:
  SelectorParser(std::string_view text, size_t pos) : text_(text), start_(pos), pos_(pos) {}

  // The selector; `*end` receives the offset just past it.
  Result<std::shared_ptr<JsonSelector::Impl>> Parse(size_t* end) {
    if (pos_ >= text_.size() || text_[pos_] != '$') {
      return Fail("expected a selector starting with '$'", pos_);
    }
    ++pos_;
    while (pos_ < text_.size() && (text_[pos_] == '[' || text_[pos_] == '.')) {
      const Status step = text_[pos_] == '[' ? ParseBracket() : ParseDotStep();
      if (!step) return tl::unexpected(step.error());
    }
    if (impl_->steps.empty()) return Fail("expected '.' or '[' after '$'", start_ + 1);
    impl_->text = std::string(text_.substr(start_, pos_ - start_));
    *end = pos_;
    return impl_;
  }

 private:
  static tl::unexpected<Error> Fail(std::string message, size_t at) {
    return MakeError(std::move(message), static_cast<int>(at) + 1);
  }

  Status AddWildcard(size_t at) {
    if (++impl_->wildcards > kMaxWildcardsPerSelector) {
      return Fail("a selector may hold at most one wildcard ('*' or '[*]')", at);
    }
    impl_->steps.push_back(Step{StepKind::kWildcard, {}, 0});
    return OkStatus();
  }

  // `.name`, `.*` or `.['key']`; text_[pos_] is the '.'.
  Status ParseDotStep() {
    const size_t dot = pos_;
    ++pos_;
    if (pos_ >= text_.size()) return Fail("expected a field name after '.'", pos_);
    const char n = text_[pos_];
    if (n == '.') return Fail("recursive descent ('..') is not supported", dot);
    if (n == '*') {
      if (Status s = AddWildcard(pos_); !s) return s;
      ++pos_;
      return OkStatus();
    }
    if (n == '[') {
      // `.['key']`: only the quoted-key form may follow a dot.
      if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '\'') return ParseBracket();
      return Fail("expected a quoted key after '.['", pos_ + 1);
    }
    if (!IsJsonNameChar(n)) return Fail("expected a field name after '.'", pos_);
    const size_t name_start = pos_;
    while (pos_ < text_.size() && IsJsonNameChar(text_[pos_])) ++pos_;
    impl_->steps.push_back(
        Step{StepKind::kKey, std::string(text_.substr(name_start, pos_ - name_start)), 0});
    return OkStatus();
  }

  // `[N]`, `[*]` or `['key']`; text_[pos_] is the '['.
  Status ParseBracket() {
    const size_t open = pos_;
    ++pos_;
    if (pos_ >= text_.size()) return Fail("unclosed '[' in selector", open);
    const char c = text_[pos_];
    if (c == '\'') return ParseQuotedKey(open);
    if (c == '*') {
      if (pos_ + 1 >= text_.size() || text_[pos_ + 1] != ']') {
        return Fail("expected ']' after '[*'", pos_ + 1);
      }
      if (Status s = AddWildcard(open); !s) return s;
      pos_ += 2;
      return OkStatus();
    }
    if (c == '-') return Fail("negative array indexes are not supported", pos_);
    if (c == '"') return Fail("selector keys are quoted with single quotes: ['key']", pos_);
    if (!IsDigit(c)) return Fail("expected an array index, '*' or a quoted key after '['", pos_);
    return ParseIndex();
  }

  // `N]`: text_[pos_] is the first digit.
  Status ParseIndex() {
    uint64_t index = 0;
    const size_t digits_start = pos_;
    while (pos_ < text_.size() && IsDigit(text_[pos_])) {
      if (pos_ - digits_start >= 9) return Fail("array index too large", digits_start);
      index = index * 10 + static_cast<uint64_t>(text_[pos_] - '0');
      ++pos_;
    }
    if (pos_ < text_.size() && text_[pos_] == ':') {
      return Fail("array slices are not supported", pos_);
    }
    if (pos_ >= text_.size() || text_[pos_] != ']') {
      return Fail("expected ']' after array index", pos_);
    }
    ++pos_;
    impl_->steps.push_back(Step{StepKind::kIndex, {}, index});
    return OkStatus();
  }

  // `'key']` after the '[' at `open`; text_[pos_] is the quote.
  Status ParseQuotedKey(size_t open) {
    const size_t quote = pos_;
    const size_t close = text_.find('\'', quote + 1);
    if (close == std::string_view::npos) return Fail("unclosed quote in selector key", quote);
    if (close + 1 >= text_.size() || text_[close + 1] != ']') {
      return Fail("expected ']' after quoted key", close + 1);
    }
    if (close == quote + 1) return Fail("empty key in selector", open);
    impl_->steps.push_back(
        Step{StepKind::kKey, std::string(text_.substr(quote + 1, close - quote - 1)), 0});
    pos_ = close + 2;
    return OkStatus();
  }

  std::string_view text_;
  size_t start_;
  size_t pos_;
  std::shared_ptr<JsonSelector::Impl> impl_ = std::make_shared<JsonSelector::Impl>();
};

// The last field of `object` named `key` (CloudWatch: the last repeated key wins).
// Equal keys; the length and first byte rule out most fields before the
// library call (log objects often have several keys of one length).
bool SameKey(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() > 16) return a == b;
  // Short keys (most): inline, no library call.
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

bool LastField(simdjson::dom::object object, std::string_view key, simdjson::dom::element* out) {
  bool found = false;
  for (auto field : object) {
    if (SameKey(field.key, key)) {
      *out = field.value;
      found = true;
    }
  }
  return found;
}

// Whether a field after `it` in `object` has the same key (so `it` is shadowed).
bool ShadowedByLaterKey(simdjson::dom::object::iterator it, simdjson::dom::object::iterator end) {
  const std::string_view key = it.key();
  for (++it; it != end; ++it) {
    if (SameKey(it.key(), key)) return true;
  }
  return false;
}

bool Walk(const Step* step, const Step* end, simdjson::dom::element node,
          bool (*visit)(void*, simdjson::dom::element), void* context) {
  if (step == end) return visit(context, node);
  switch (step->kind) {
    case StepKind::kKey: {
      simdjson::dom::object object;
      if (node.get_object().get(object) != simdjson::SUCCESS) return false;
      simdjson::dom::element child;
      if (!LastField(object, step->key, &child)) return false;
      return Walk(step + 1, end, child, visit, context);
    }
    case StepKind::kIndex: {
      simdjson::dom::array array;
      if (node.get_array().get(array) != simdjson::SUCCESS) return false;
      simdjson::dom::element child;
      if (array.at(static_cast<size_t>(step->index)).get(child) != simdjson::SUCCESS) return false;
      return Walk(step + 1, end, child, visit, context);
    }
    case StepKind::kWildcard: {
      simdjson::dom::array array;
      if (node.get_array().get(array) == simdjson::SUCCESS) {
        for (simdjson::dom::element child : array) {
          if (Walk(step + 1, end, child, visit, context)) return true;
        }
        return false;
      }
      simdjson::dom::object object;
      if (node.get_object().get(object) == simdjson::SUCCESS) {
        // TODO(json): quadratic in the field count; fine for log-sized objects.
        const auto fields_end = object.end();
        for (auto it = object.begin(); it != fields_end; ++it) {
          if (ShadowedByLaterKey(it, fields_end)) continue;
          if (Walk(step + 1, end, it.value(), visit, context)) return true;
        }
      }
      return false;
    }
  }
  return false;
}

}  // namespace

Result<JsonSelector> JsonSelector::ParseAt(std::string_view text, size_t pos, size_t* end) {
  auto impl = SelectorParser(text, pos).Parse(end);
  if (!impl) return tl::unexpected(impl.error());
  JsonSelector selector;
  selector.impl_ = std::move(*impl);
  const std::vector<Step>& steps = selector.impl_->steps;
  if (steps.size() == 1 && steps[0].kind == StepKind::kKey) {
    selector.root_key_ = steps[0].key;
    selector.has_root_key_ = true;
  }
  return selector;
}

Result<JsonSelector> JsonSelector::Parse(std::string_view text) {
  size_t end = 0;
  auto selector = ParseAt(text, 0, &end);
  if (!selector) return selector;
  if (end != text.size()) {
    return MakeError("unexpected character in selector", static_cast<int>(end) + 1);
  }
  return selector;
}

bool JsonSelector::has_wildcard() const { return wildcard_count() > 0; }

int JsonSelector::wildcard_count() const { return impl_ ? impl_->wildcards : 0; }

std::string_view JsonSelector::text() const {
  return impl_ ? std::string_view(impl_->text) : std::string_view();
}

bool JsonSelector::AnyOfImpl(simdjson::dom::element root,
                             bool (*visit)(void*, simdjson::dom::element), void* context,
                             JsonRootFields* fields) const {
  if (!impl_) return false;
  const Step* first = impl_->steps.data();
  const Step* end = first + impl_->steps.size();
  if (fields != nullptr && first != end && first->kind == StepKind::kKey) {
    simdjson::dom::element child;
    if (!fields->Find(first->key, &child)) return false;
    return Walk(first + 1, end, child, visit, context);
  }
  return Walk(first, end, root, visit, context);
}

std::optional<simdjson::dom::element> JsonSelector::Resolve(simdjson::dom::element root,
                                                            JsonRootFields* fields) const {
  std::optional<simdjson::dom::element> found;
  AnyOf(
      root,
      [&found](simdjson::dom::element node) {
        found = node;
        return true;
      },
      fields);
  return found;
}

bool JsonRootFields::Find(std::string_view key, simdjson::dom::element* out) {
  if (!listed_) {
    listed_ = true;
    fields_.clear();
    simdjson::dom::object object;
    if (root_.get_object().get(object) == simdjson::SUCCESS) {
      for (auto field : object) fields_.emplace_back(field.key, field.value);
    }
  }
  // From the end: the last of repeated keys wins.
  for (size_t i = fields_.size(); i > 0; --i) {
    if (SameKey(fields_[i - 1].first, key)) {
      *out = fields_[i - 1].second;
      return true;
    }
  }
  return false;
}

}  // namespace tailwatch::engine
