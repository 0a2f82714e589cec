// JSON filter patterns: a recursive-descent parser that builds an immutable
// expression tree, and an evaluator that walks a simdjson DOM without
// allocating.
//
// Design notes (the rules themselves are in spec/cloudwatch-semantics.md 1.4):
// - Parsing is done once, at config load, so it may allocate freely; errors
//   carry 1-based columns into the text the caller gave us.
// - Evaluation is existential over wildcard expansions: a condition holds when
//   any node the selector reaches satisfies it. `NOT EXISTS` is the one
//   condition that asks about the set itself (it holds when the set is empty).
// - simdjson's `at_key` returns the FIRST of repeated keys; CloudWatch uses the
//   LAST (recorded), so objects are iterated rather than indexed.
// - Comparing a string value with a number node needs the number's JSON text.
//   The DOM keeps only the parsed value, so the text is rebuilt into a stack
//   buffer: int64/uint64 print as integers, doubles in shortest round-trip form
//   with ".0" appended when that form has neither '.' nor an exponent (so
//   `= "1"` matches `1` but not `1.0`). A double written with an exponent in
//   the event (`1e2`) therefore compares as "100.0": the exact original text is
//   not recoverable from the DOM.
// - [decision] A regex value against a number node searches that same JSON
//   text (consistent with the string-vs-number rule, 1.4 step 9): `= %^4\d\d$%`
//   matches `404`, and `!= %^4%` matches `500`. Booleans, null, objects and
//   arrays satisfy no regex condition, `!=` included.
// - [decision] A bare `$` (no step) is not a selector; AWS documents none.
// - [decision] Keywords (IS, NULL, TRUE, FALSE, NOT, EXISTS) are upper case only.
#include "engine/match/json_pattern.h"

#include <charconv>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "engine/match/cloudwatch_regex.h"
#include "engine/match/number.h"
#include "engine/match/wildcard_string.h"

namespace tailwatch::engine {

namespace {

enum class StepKind { kKey, kIndex, kWildcard };

struct Step {
  StepKind kind = StepKind::kKey;
  std::string key;     // kKey
  uint64_t index = 0;  // kIndex
};

constexpr int kMaxWildcardsPerSelector = 1;
constexpr int kMaxWildcardsPerPattern = 3;
constexpr int kMaxRegexesPerPattern = 2;
// Deep enough for any real pattern (1024 characters cap the text anyway);
// bounds the parser's recursion on hostile input.
constexpr int kMaxNestingDepth = 64;
// Enough for any int64, uint64 or shortest-form double plus ".0".
constexpr size_t kNumberBufferSize = 40;

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

struct JsonSelector::Impl {
  std::string text;  // as written, e.g. "$.a[0]"
  std::vector<Step> steps;
  int wildcards = 0;
};

namespace {

// Parses a selector starting at text[pos] == '$'. On success `*end` is the
// offset just past it. Error columns are 1-based offsets into all of `text`
// (so a selector inside a pattern reports columns in the pattern).
Result<std::shared_ptr<JsonSelector::Impl>> ParseSelectorAt(std::string_view text, size_t pos,
                                                            size_t* end) {
  auto column = [](size_t at) { return static_cast<int>(at) + 1; };
  const size_t start = pos;
  if (pos >= text.size() || text[pos] != '$') {
    return MakeError("expected a selector starting with '$'", column(pos));
  }
  auto impl = std::make_shared<JsonSelector::Impl>();
  ++pos;
  auto add_wildcard = [&](size_t at) -> Status {
    if (++impl->wildcards > kMaxWildcardsPerSelector) {
      return MakeError("a selector may hold at most one wildcard ('*' or '[*]')", column(at));
    }
    return OkStatus();
  };
  // ['key'] after '[' at text[pos - 1]; the quote is at text[pos].
  auto parse_quoted_key = [&](size_t open) -> Status {
    const size_t quote = pos;
    const size_t close = text.find('\'', quote + 1);
    if (close == std::string_view::npos) {
      return MakeError("unclosed quote in selector key", column(quote));
    }
    if (close + 1 >= text.size() || text[close + 1] != ']') {
      return MakeError("expected ']' after quoted key", column(close + 1));
    }
    if (close == quote + 1) return MakeError("empty key in selector", column(open));
    impl->steps.push_back(
        Step{StepKind::kKey, std::string(text.substr(quote + 1, close - quote - 1)), 0});
    pos = close + 2;
    return OkStatus();
  };
  auto parse_bracket = [&]() -> Status {
    const size_t open = pos;  // text[open] == '['
    ++pos;
    if (pos >= text.size()) return MakeError("unclosed '[' in selector", column(open));
    const char c = text[pos];
    if (c == '\'') return parse_quoted_key(open);
    if (c == '*') {
      if (pos + 1 >= text.size() || text[pos + 1] != ']') {
        return MakeError("expected ']' after '[*'", column(pos + 1));
      }
      if (auto s = add_wildcard(open); !s) return s;
      impl->steps.push_back(Step{StepKind::kWildcard, {}, 0});
      pos += 2;
      return OkStatus();
    }
    if (c == '-') return MakeError("negative array indexes are not supported", column(pos));
    if (c == '"') {
      return MakeError("selector keys are quoted with single quotes: ['key']", column(pos));
    }
    if (!IsDigit(c)) {
      return MakeError("expected an array index, '*' or a quoted key after '['", column(pos));
    }
    uint64_t index = 0;
    const size_t digits_start = pos;
    while (pos < text.size() && IsDigit(text[pos])) {
      if (pos - digits_start >= 9) return MakeError("array index too large", column(digits_start));
      index = index * 10 + static_cast<uint64_t>(text[pos] - '0');
      ++pos;
    }
    if (pos < text.size() && text[pos] == ':') {
      return MakeError("array slices are not supported", column(pos));
    }
    if (pos >= text.size() || text[pos] != ']') {
      return MakeError("expected ']' after array index", column(pos));
    }
    ++pos;
    impl->steps.push_back(Step{StepKind::kIndex, {}, index});
    return OkStatus();
  };

  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '[') {
      if (auto s = parse_bracket(); !s) return tl::unexpected(s.error());
      continue;
    }
    if (c != '.') break;
    const size_t dot = pos;
    ++pos;
    if (pos >= text.size()) return MakeError("expected a field name after '.'", column(pos));
    const char n = text[pos];
    if (n == '.') {
      return MakeError("recursive descent ('..') is not supported", column(dot));
    }
    if (n == '*') {
      if (auto s = add_wildcard(pos); !s) return tl::unexpected(s.error());
      impl->steps.push_back(Step{StepKind::kWildcard, {}, 0});
      ++pos;
      continue;
    }
    if (n == '[') {
      // `.['key']`: only the quoted-key form may follow a dot.
      if (pos + 1 < text.size() && text[pos + 1] == '\'') {
        if (auto s = parse_bracket(); !s) return tl::unexpected(s.error());
        continue;
      }
      return MakeError("expected a quoted key after '.['", column(pos + 1));
    }
    if (!IsNameChar(n)) return MakeError("expected a field name after '.'", column(pos));
    const size_t name_start = pos;
    while (pos < text.size() && IsNameChar(text[pos])) ++pos;
    impl->steps.push_back(
        Step{StepKind::kKey, std::string(text.substr(name_start, pos - name_start)), 0});
  }
  if (impl->steps.empty()) {
    return MakeError("expected '.' or '[' after '$'", column(start + 1));
  }
  impl->text = std::string(text.substr(start, pos - start));
  *end = pos;
  return impl;
}

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

Result<JsonSelector> JsonSelector::Parse(std::string_view text) {
  size_t end = 0;
  auto impl = ParseSelectorAt(text, 0, &end);
  if (!impl) return tl::unexpected(impl.error());
  if (end != text.size()) {
    return MakeError("unexpected character in selector", static_cast<int>(end) + 1);
  }
  JsonSelector selector;
  selector.impl_ = std::move(*impl);
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

// ---------------------------------------------------------------------------
// Patterns

namespace {

enum class Op { kEq, kNe, kLt, kGt, kLe, kGe };
enum class CondKind { kCompare, kIsNull, kIsTrue, kIsFalse, kNotExists };
enum class ValueKind { kString, kNumber, kRegex };

struct Condition {
  JsonSelector selector;
  CondKind kind = CondKind::kCompare;
  Op op = Op::kEq;
  ValueKind value_kind = ValueKind::kString;
  WildcardString string_value;           // kString
  double number = 0;                     // kNumber
  std::string number_text;               // kNumber, as written (compared with string nodes)
  std::optional<CloudWatchRegex> regex;  // kRegex
};

struct Expr {
  enum class Kind { kAnd, kOr, kCondition };
  Kind kind = Kind::kCondition;
  std::vector<Expr> children;  // kAnd / kOr
  Condition condition;         // kCondition
};

bool CompareDoubles(double left, Op op, double right) {
  switch (op) {
    case Op::kEq:
      return left == right;
    case Op::kNe:
      return left != right;
    case Op::kLt:
      return left < right;
    case Op::kGt:
      return left > right;
    case Op::kLe:
      return left <= right;
    case Op::kGe:
      return left >= right;
  }
  return false;
}

// Writes the JSON text of a number node into `buffer` (see the file comment).
std::string_view NumberText(simdjson::dom::element node, char (&buffer)[kNumberBufferSize]) {
  char* const first = buffer;
  char* const last = buffer + kNumberBufferSize - 2;  // room for ".0"
  std::to_chars_result result{first, std::errc()};
  switch (node.type()) {
    case simdjson::dom::element_type::INT64: {
      int64_t v = 0;
      if (node.get_int64().get(v) != simdjson::SUCCESS) return {};
      result = std::to_chars(first, last, v);
      break;
    }
    case simdjson::dom::element_type::UINT64: {
      uint64_t v = 0;
      if (node.get_uint64().get(v) != simdjson::SUCCESS) return {};
      result = std::to_chars(first, last, v);
      break;
    }
    case simdjson::dom::element_type::DOUBLE: {
      double v = 0;
      if (node.get_double().get(v) != simdjson::SUCCESS) return {};
      result = std::to_chars(first, last, v);
      if (result.ec != std::errc()) return {};
      bool has_point_or_exponent = false;
      for (char* p = first; p != result.ptr; ++p) {
        if (*p == '.' || *p == 'e' || *p == 'E') has_point_or_exponent = true;
      }
      if (!has_point_or_exponent) {
        *result.ptr++ = '.';
        *result.ptr++ = '0';
      }
      break;
    }
    default:
      return {};
  }
  if (result.ec != std::errc()) return {};
  return std::string_view(first, static_cast<size_t>(result.ptr - first));
}

// Text comparison shared by string nodes and the JSON text of number nodes.
bool CompareText(const Condition& c, std::string_view text) {
  bool equal = false;
  switch (c.value_kind) {
    case ValueKind::kString:
      equal = c.string_value.Matches(text);
      break;
    case ValueKind::kNumber:
      equal = text == c.number_text;
      break;
    case ValueKind::kRegex:
      equal = c.regex->Search(text);
      break;
  }
  if (c.op == Op::kEq) return equal;
  if (c.op == Op::kNe) return !equal;
  return false;  // ordering against text is false (and rejected at parse for strings)
}

// Whether one node satisfies a comparison condition.
bool CompareNode(const Condition& c, simdjson::dom::element node) {
  switch (node.type()) {
    case simdjson::dom::element_type::STRING: {
      std::string_view text;
      if (node.get_string().get(text) != simdjson::SUCCESS) return false;
      return CompareText(c, text);
    }
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: {
      if (c.value_kind == ValueKind::kNumber) {
        double v = 0;
        if (node.get_double().get(v) != simdjson::SUCCESS) return false;
        return CompareDoubles(v, c.op, c.number);
      }
      char buffer[kNumberBufferSize];
      const std::string_view text = NumberText(node, buffer);
      if (text.empty()) return false;
      return CompareText(c, text);
    }
    default:
      // Objects, arrays, booleans and null satisfy no comparison, not even !=.
      return false;
  }
}

bool IsNullOrHoldsNull(simdjson::dom::element node) {
  if (node.is_null()) return true;
  simdjson::dom::array array;
  if (node.get_array().get(array) != simdjson::SUCCESS) return false;
  for (simdjson::dom::element child : array) {
    if (child.is_null()) return true;
  }
  return false;
}

bool IsBool(simdjson::dom::element node, bool want) {
  bool v = false;
  return node.get_bool().get(v) == simdjson::SUCCESS && v == want;
}

bool EvaluateCondition(const Condition& c, simdjson::dom::element root, JsonRootFields* fields) {
  switch (c.kind) {
    case CondKind::kCompare:
      return c.selector.AnyOf(
          root, [&c](simdjson::dom::element node) { return CompareNode(c, node); }, fields);
    case CondKind::kIsNull:
      return c.selector.AnyOf(
          root, [](simdjson::dom::element node) { return IsNullOrHoldsNull(node); }, fields);
    case CondKind::kIsTrue:
      return c.selector.AnyOf(
          root, [](simdjson::dom::element node) { return IsBool(node, true); }, fields);
    case CondKind::kIsFalse:
      return c.selector.AnyOf(
          root, [](simdjson::dom::element node) { return IsBool(node, false); }, fields);
    case CondKind::kNotExists:
      return !c.selector.AnyOf(
          root, [](simdjson::dom::element) { return true; }, fields);
  }
  return false;
}

bool Evaluate(const Expr& e, simdjson::dom::element root, JsonRootFields* fields) {
  switch (e.kind) {
    case Expr::Kind::kCondition:
      return EvaluateCondition(e.condition, root, fields);
    case Expr::Kind::kAnd:
      for (const Expr& child : e.children) {
        if (!Evaluate(child, root, fields)) return false;
      }
      return true;
    case Expr::Kind::kOr:
      for (const Expr& child : e.children) {
        if (Evaluate(child, root, fields)) return true;
      }
      return false;
  }
  return false;
}

std::string_view OpText(Op op) {
  switch (op) {
    case Op::kEq:
      return "=";
    case Op::kNe:
      return "!=";
    case Op::kLt:
      return "<";
    case Op::kGt:
      return ">";
    case Op::kLe:
      return "<=";
    case Op::kGe:
      return ">=";
  }
  return "?";
}

// Appends `code_point` to `out` as UTF-8.
void AppendUtf8(uint32_t code_point, std::string* out) {
  if (code_point < 0x80) {
    *out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    *out += static_cast<char>(0xC0 | (code_point >> 6));
    *out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    *out += static_cast<char>(0xE0 | (code_point >> 12));
    *out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (code_point >> 18));
    *out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Result<Expr> ParsePattern() {
    SkipSpace();
    if (AtEnd() || Peek() != '{') return Fail("a JSON pattern must start with '{'", pos_);
    const size_t open = pos_;
    ++pos_;
    SkipSpace();
    if (!AtEnd() && Peek() == '}') return Fail("empty JSON pattern", open);
    auto expr = ParseOr(0);
    if (!expr) return expr;
    SkipSpace();
    if (AtEnd()) return Fail("a JSON pattern must end with '}'", pos_);
    if (Peek() != '}') return UnexpectedAfterCondition();
    ++pos_;
    SkipSpace();
    if (!AtEnd()) return Fail("unexpected text after the closing '}'", pos_);
    return expr;
  }

  int regex_count() const { return regexes_; }

 private:
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  bool LookingAt(std::string_view s) const { return text_.substr(pos_).starts_with(s); }
  void SkipSpace() {
    while (!AtEnd() && IsSpace(text_[pos_])) ++pos_;
  }
  static tl::unexpected<Error> Fail(std::string message, size_t at) {
    return MakeError(std::move(message), static_cast<int>(at) + 1);
  }
  // Whether an upper-case keyword starts at pos_ and ends at a word boundary.
  bool AtKeyword(std::string_view word) const {
    if (!LookingAt(word)) return false;
    const size_t after = pos_ + word.size();
    return after >= text_.size() || !IsNameChar(text_[after]);
  }
  std::string_view WordAt(size_t at) const {
    size_t end = at;
    while (end < text_.size() && IsNameChar(text_[end])) ++end;
    return text_.substr(at, end - at);
  }

  // Called where '&&', '||', ')' or '}' was expected.
  tl::unexpected<Error> UnexpectedAfterCondition() {
    if (AtKeyword("AND") || AtKeyword("OR") || AtKeyword("and") || AtKeyword("or")) {
      const bool is_and = Peek() == 'A' || Peek() == 'a';
      return Fail(std::string("'") + std::string(WordAt(pos_)) + "' is not supported; use '" +
                      (is_and ? "&&" : "||") + "'",
                  pos_);
    }
    if ((Peek() == '&' && Peek(1) != '&') || (Peek() == '|' && Peek(1) != '|')) {
      return Fail(std::string("expected '") + Peek() + Peek() + "'", pos_);
    }
    return Fail("expected '&&', '||', ')' or '}'", pos_);
  }

  Result<Expr> ParseOr(int depth) {
    auto first = ParseAnd(depth);
    if (!first) return first;
    SkipSpace();
    if (!LookingAt("||")) return first;
    Expr any;
    any.kind = Expr::Kind::kOr;
    any.children.push_back(std::move(*first));
    while (LookingAt("||")) {
      pos_ += 2;
      auto next = ParseAnd(depth);
      if (!next) return next;
      any.children.push_back(std::move(*next));
      SkipSpace();
    }
    return any;
  }

  Result<Expr> ParseAnd(int depth) {
    auto first = ParseAtom(depth);
    if (!first) return first;
    SkipSpace();
    if (!LookingAt("&&")) return first;
    Expr all;
    all.kind = Expr::Kind::kAnd;
    all.children.push_back(std::move(*first));
    while (LookingAt("&&")) {
      pos_ += 2;
      auto next = ParseAtom(depth);
      if (!next) return next;
      all.children.push_back(std::move(*next));
      SkipSpace();
    }
    return all;
  }

  Result<Expr> ParseAtom(int depth) {
    SkipSpace();
    if (AtEnd()) return Fail("expected a condition", pos_);
    const char c = Peek();
    if (c == '(') {
      if (depth >= kMaxNestingDepth) return Fail("parentheses nested too deeply", pos_);
      const size_t open = pos_;
      ++pos_;
      SkipSpace();
      if (Peek() == ')') return Fail("empty parentheses", open);
      auto inner = ParseOr(depth + 1);
      if (!inner) return inner;
      SkipSpace();
      if (AtEnd() || Peek() == '}') return Fail("unclosed '('", open);
      if (Peek() != ')') return UnexpectedAfterCondition();
      ++pos_;
      return inner;
    }
    if (c == '!') {
      size_t after = pos_ + 1;
      while (after < text_.size() && IsSpace(text_[after])) ++after;
      if (after < text_.size() && text_[after] == '(') {
        return Fail("negation '!( )' is not supported", pos_);
      }
      return Fail("'!' is only supported as part of '!='", pos_);
    }
    if (c == '$') return ParseCondition();
    if (LookingAt("&&") || LookingAt("||") || c == ')' || c == '}') {
      return Fail("expected a condition", pos_);
    }
    return Fail("expected a selector starting with '$'", pos_);
  }

  Result<Expr> ParseCondition() {
    const size_t selector_start = pos_;
    size_t end = 0;
    auto impl = ParseSelectorAt(text_, pos_, &end);
    if (!impl) return tl::unexpected(impl.error());
    wildcards_ += (*impl)->wildcards;
    if (wildcards_ > kMaxWildcardsPerPattern) {
      return Fail("a pattern may hold at most 3 wildcards", selector_start);
    }
    const std::string selector_text = (*impl)->text;
    pos_ = end;
    Expr expr;
    Condition& cond = expr.condition;
    // Re-parsing the checked text is the public way to build a JsonSelector;
    // it cannot fail and runs only at config load.
    auto selector = JsonSelector::Parse(selector_text);
    if (!selector) return Fail("internal error: selector did not re-parse", selector_start);
    cond.selector = std::move(*selector);
    // A selector followed directly by a character that cannot continue it.
    if (!AtEnd() && !IsSpace(Peek()) && !IsOperatorStart(Peek())) {
      return Fail("expected an operator after " + selector_text, pos_);
    }
    SkipSpace();
    const size_t op_at = pos_;
    if (AtKeyword("IS")) {
      pos_ += 2;
      SkipSpace();
      if (AtKeyword("NULL")) {
        cond.kind = CondKind::kIsNull;
        pos_ += 4;
      } else if (AtKeyword("TRUE")) {
        cond.kind = CondKind::kIsTrue;
        pos_ += 4;
      } else if (AtKeyword("FALSE")) {
        cond.kind = CondKind::kIsFalse;
        pos_ += 5;
      } else if (AtKeyword("NOT")) {
        return Fail("'IS NOT' is not supported; use '!=' or 'NOT EXISTS'", op_at);
      } else {
        return Fail("expected NULL, TRUE or FALSE after IS", pos_);
      }
      return expr;
    }
    if (AtKeyword("NOT")) {
      pos_ += 3;
      SkipSpace();
      if (!AtKeyword("EXISTS")) return Fail("expected EXISTS after NOT", pos_);
      pos_ += 6;
      cond.kind = CondKind::kNotExists;
      return expr;
    }
    if (AtKeyword("EXISTS")) {
      return Fail("'EXISTS' is not supported; use 'NOT EXISTS' or '= *'", op_at);
    }
    if (LookingAt("==")) return Fail("'==' is not supported; use '='", op_at);
    if (LookingAt("!=")) {
      cond.op = Op::kNe;
      pos_ += 2;
    } else if (LookingAt("<=")) {
      cond.op = Op::kLe;
      pos_ += 2;
    } else if (LookingAt(">=")) {
      cond.op = Op::kGe;
      pos_ += 2;
    } else if (Peek() == '=') {
      cond.op = Op::kEq;
      ++pos_;
    } else if (Peek() == '<') {
      cond.op = Op::kLt;
      ++pos_;
    } else if (Peek() == '>') {
      cond.op = Op::kGt;
      ++pos_;
    } else {
      return Fail("expected an operator after " + selector_text, op_at);
    }
    if (auto s = ParseValue(op_at, &cond); !s) return tl::unexpected(s.error());
    return expr;
  }

  static bool IsOperatorStart(char c) { return c == '=' || c == '!' || c == '<' || c == '>'; }

  Status ParseValue(size_t op_at, Condition* cond) {
    const bool ordering = cond->op != Op::kEq && cond->op != Op::kNe;
    const std::string op_text(OpText(cond->op));
    SkipSpace();
    const size_t value_at = pos_;
    if (AtEnd() || Peek() == '}' || Peek() == ')' || LookingAt("&&") || LookingAt("||")) {
      return Fail("expected a value after '" + op_text + "'", pos_);
    }
    if (Peek() == '"') {
      if (ordering) {
        return Fail("'" + op_text + "' cannot compare with a quoted string; only '=' and '!=' can",
                    op_at);
      }
      auto text = ParseQuoted();
      if (!text) return tl::unexpected(text.error());
      cond->value_kind = ValueKind::kString;
      cond->string_value = WildcardString(*text);
      return OkStatus();
    }
    if (Peek() == '%') {
      const size_t close = text_.find('%', value_at + 1);
      if (close == std::string_view::npos)
        return Fail("unclosed '%' in regular expression", value_at);
      if (ordering) {
        return Fail(
            "'" + op_text + "' cannot compare with a regular expression; only '=' and '!=' can",
            op_at);
      }
      if (++regexes_ > kMaxRegexesPerPattern) {
        return Fail("a pattern may hold at most 2 regular expressions", value_at);
      }
      const std::string_view body = text_.substr(value_at + 1, close - value_at - 1);
      auto regex = CloudWatchRegex::Compile(body);
      if (!regex) {
        Error error = regex.error();
        // Re-base the column from the regex body onto the pattern.
        error.column = error.column > 0 ? error.column + static_cast<int>(value_at) + 1
                                        : static_cast<int>(value_at) + 1;
        return tl::unexpected(std::move(error));
      }
      cond->value_kind = ValueKind::kRegex;
      cond->regex = std::move(*regex);
      pos_ = close + 1;
      return OkStatus();
    }
    // A bareword: a run of non-space characters, ended also by the structure
    // that may follow a value (')', '}', '&&', '||').
    while (!AtEnd() && !IsSpace(Peek()) && Peek() != ')' && Peek() != '}' && !LookingAt("&&") &&
           !LookingAt("||")) {
      ++pos_;
    }
    const std::string_view word = text_.substr(value_at, pos_ - value_at);
    if (word == "null") return Fail("bareword null is not supported; use IS NULL", value_at);
    if (IsCloudWatchNumber(word)) {
      const std::optional<double> number = ParseCloudWatchNumber(word);
      if (!number) return Fail("number out of range", value_at);
      cond->value_kind = ValueKind::kNumber;
      cond->number = *number;
      cond->number_text = std::string(word);
      return OkStatus();
    }
    if (ordering) {
      return Fail("'" + op_text + "' needs a number; strings take only '=' and '!='", value_at);
    }
    cond->value_kind = ValueKind::kString;
    cond->string_value = WildcardString(word);
    return OkStatus();
  }

  // A double-quoted string with JSON escapes; pos_ is at the opening quote.
  Result<std::string> ParseQuoted() {
    const size_t open = pos_;
    ++pos_;
    std::string out;
    while (true) {
      if (AtEnd()) return Fail("unclosed '\"'", open);
      const char c = text_[pos_];
      if (c == '"') {
        ++pos_;
        return out;
      }
      if (c != '\\') {
        out += c;
        ++pos_;
        continue;
      }
      const size_t escape_at = pos_;
      ++pos_;
      if (AtEnd()) return Fail("unclosed '\"'", open);
      const char e = text_[pos_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          uint32_t code_point = 0;
          for (int i = 0; i < 4; ++i) {
            const char h = Peek();
            uint32_t digit = 0;
            if (h >= '0' && h <= '9') {
              digit = static_cast<uint32_t>(h - '0');
            } else if (h >= 'a' && h <= 'f') {
              digit = static_cast<uint32_t>(h - 'a' + 10);
            } else if (h >= 'A' && h <= 'F') {
              digit = static_cast<uint32_t>(h - 'A' + 10);
            } else {
              return Fail("expected four hex digits after '\\u'", escape_at);
            }
            code_point = code_point * 16 + digit;
            ++pos_;
          }
          AppendUtf8(code_point, &out);
          break;
        }
        default:
          return Fail(std::string("unknown escape '\\") + e + "' in string", escape_at);
      }
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  int wildcards_ = 0;
  int regexes_ = 0;
};

}  // namespace

struct JsonPattern::Impl {
  Expr root;
  int regexes = 0;
};

Result<JsonPattern> JsonPattern::Parse(std::string_view pattern) {
  Parser parser(pattern);
  auto expr = parser.ParsePattern();
  if (!expr) return tl::unexpected(expr.error());
  auto impl = std::make_shared<Impl>();
  impl->root = std::move(*expr);
  impl->regexes = parser.regex_count();
  JsonPattern result;
  result.impl_ = std::move(impl);
  return result;
}

bool JsonPattern::Matches(simdjson::dom::element root, JsonRootFields* fields) const {
  return impl_ && Evaluate(impl_->root, root, fields);
}

int JsonPattern::regex_count() const { return impl_ ? impl_->regexes : 0; }

}  // namespace tailwatch::engine
