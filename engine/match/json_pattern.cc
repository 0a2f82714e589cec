// JSON filter patterns: a recursive-descent parser that builds an immutable
// expression tree, and an evaluator that walks a simdjson DOM without
// allocating.
//
// Design notes (the rules themselves are in docs/cloudwatch-semantics.md §1.5):
// - Parsing is done once, at config load, so it may allocate freely; errors
//   carry 1-based columns into the text the caller gave us.
// - Evaluation is existential over wildcard expansions: a condition holds when
//   any node the selector reaches satisfies it. `NOT EXISTS` is the one
//   condition that asks about the set itself (it holds when the set is empty).
// - Selectors are json_selector.h's.
// - Comparing a string value with a number node needs the number's JSON text.
//   The DOM keeps only the parsed value, so the text is rebuilt into a stack
//   buffer: int64/uint64 print as integers, doubles in shortest round-trip form
//   with ".0" appended when that form has neither '.' nor an exponent (so
//   `= "1"` matches `1` but not `1.0`). A double written with an exponent in
//   the event (`1e2`) therefore compares as "100.0": the exact original text is
//   not recoverable from the DOM.
// - [decision] A regex value against a number node searches that same JSON
//   text (consistent with the string-vs-number rule, §1.5 step 8): `= %^4\d\d$%`
//   matches `404`, and `!= %^4%` matches `500`. Booleans, null, objects and
//   arrays satisfy no regex condition, `!=` included.
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

// ---------------------------------------------------------------------------
// Patterns

namespace {

constexpr int kMaxWildcardsPerPattern = 3;
constexpr int kMaxRegexesPerPattern = 2;
// Deep enough for any real pattern (1024 characters cap the text anyway);
// bounds the parser's recursion on hostile input.
constexpr int kMaxNestingDepth = 64;
// Enough for any int64, uint64 or shortest-form double plus ".0".
constexpr size_t kNumberBufferSize = 40;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

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

// Writes a double as the JSON text of a DOUBLE node into `buffer` (see the
// file comment).
std::string_view DoubleText(double v, char (&buffer)[kNumberBufferSize]) {
  char* const first = buffer;
  char* const last = buffer + kNumberBufferSize - 2;  // room for ".0"
  std::to_chars_result result = std::to_chars(first, last, v);
  if (result.ec != std::errc()) return {};
  bool has_point_or_exponent = false;
  for (char* p = first; p != result.ptr; ++p) {
    if (*p == '.' || *p == 'e' || *p == 'E') has_point_or_exponent = true;
  }
  if (!has_point_or_exponent) {
    *result.ptr++ = '.';
    *result.ptr++ = '0';
  }
  return std::string_view(first, static_cast<size_t>(result.ptr - first));
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
      return DoubleText(v, buffer);
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

// CompareNode on a scanned scalar (the same rules, type for type).
bool CompareScalar(const Condition& c, const JsonScalar& s) {
  switch (s.type) {
    case JsonScalar::Type::kString:
      return CompareText(c, s.text);
    case JsonScalar::Type::kInt64:
    case JsonScalar::Type::kDouble: {
      if (c.value_kind == ValueKind::kNumber) return CompareDoubles(s.number, c.op, c.number);
      char buffer[kNumberBufferSize];
      std::string_view text;
      if (s.type == JsonScalar::Type::kInt64) {
        const std::to_chars_result r = std::to_chars(buffer, buffer + kNumberBufferSize, s.integer);
        if (r.ec != std::errc()) return false;
        text = std::string_view(buffer, static_cast<size_t>(r.ptr - buffer));
      } else {
        text = DoubleText(s.number, buffer);
      }
      if (text.empty()) return false;
      return CompareText(c, text);
    }
    default:
      return false;
  }
}

// EvaluateCondition on scanned fields: nullopt when the key was not scanned.
std::optional<bool> EvaluateScanned(const Condition& c, const JsonScannedFields& fields) {
  const std::optional<std::string_view> key = c.selector.root_key();
  if (!key) return std::nullopt;
  const JsonScalar* s = fields.Find(*key);
  if (s == nullptr || s->type == JsonScalar::Type::kUnsure) return std::nullopt;
  switch (c.kind) {
    case CondKind::kCompare:
      return CompareScalar(c, *s);
    case CondKind::kIsNull:
      return s->type == JsonScalar::Type::kNull;
    case CondKind::kIsTrue:
      return s->type == JsonScalar::Type::kTrue;
    case CondKind::kIsFalse:
      return s->type == JsonScalar::Type::kFalse;
    case CondKind::kNotExists:
      return s->type == JsonScalar::Type::kMissing;
  }
  return std::nullopt;
}

std::optional<bool> EvaluateScanned(const Expr& e, const JsonScannedFields& fields) {
  switch (e.kind) {
    case Expr::Kind::kCondition:
      return EvaluateScanned(e.condition, fields);
    case Expr::Kind::kAnd:
      for (const Expr& child : e.children) {
        const std::optional<bool> r = EvaluateScanned(child, fields);
        if (!r || !*r) return r;
      }
      return true;
    case Expr::Kind::kOr:
      for (const Expr& child : e.children) {
        const std::optional<bool> r = EvaluateScanned(child, fields);
        if (!r || *r) return r;
      }
      return false;
  }
  return std::nullopt;
}

bool CollectRootKeys(const Expr& e, std::vector<std::string>* keys) {
  if (e.kind == Expr::Kind::kCondition) {
    const std::optional<std::string_view> key = e.condition.selector.root_key();
    if (!key) return false;
    keys->emplace_back(*key);
    return true;
  }
  for (const Expr& child : e.children) {
    if (!CollectRootKeys(child, keys)) return false;
  }
  return true;
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
    return after >= text_.size() || !IsJsonNameChar(text_[after]);
  }
  std::string_view WordAt(size_t at) const {
    size_t end = at;
    while (end < text_.size() && IsJsonNameChar(text_[end])) ++end;
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
    auto selector = JsonSelector::ParseAt(text_, pos_, &end);
    if (!selector) return tl::unexpected(selector.error());
    wildcards_ += selector->wildcard_count();
    if (wildcards_ > kMaxWildcardsPerPattern) {
      return Fail("a pattern may hold at most 3 wildcards", selector_start);
    }
    const std::string selector_text(selector->text());
    pos_ = end;
    Expr expr;
    Condition& cond = expr.condition;
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

bool JsonPattern::RootKeys(std::vector<std::string>* keys) const {
  return impl_ && CollectRootKeys(impl_->root, keys);
}

std::optional<bool> JsonPattern::MatchesScanned(const JsonScannedFields& fields) const {
  if (!impl_) return false;
  return EvaluateScanned(impl_->root, fields);
}

int JsonPattern::regex_count() const { return impl_ ? impl_->regexes : 0; }

}  // namespace tailwatch::engine
