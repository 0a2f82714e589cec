// Space-delimited filter patterns (docs/cloudwatch-semantics.md §1.6).
//
// Parse() builds an immutable Impl: the fields in order, with the `...` kept
// out of the list and remembered as the number of fields before it. Each
// field's conditions are an OR of AND-groups, because && binds tighter than
// ||. Matches() binds fields to tokens (fields before `...` from the front,
// fields after it from the back), evaluates every condition, and only then
// fills the extracted values, so a failed match does no extraction work.
//
// Decisions beyond the spec text (each has a test):
// - A quoted or bracketed token ends at its closing delimiter; characters
//   right after it (`"a"b`) start the next token.
// - A numeric value against a non-numeric token compares the literal texts,
//   as JSON patterns do (§1.5 step 8): `=` is false and `!=` is true,
//   because a non-numeric token can never spell the number. Ordering
//   operators against a non-numeric token are false.
// - An ordering operator needs a numeric value: `x > abc`, `x > "1"` and
//   `x > %1%` are parse errors, as JSON patterns reject `>` with a string.
// - `==` is rejected rather than read as `=` followed by the value `=...`.
// - Quoted values take the escapes `\"` and `\\`; `*` wildcards apply to
//   quoted and bare values alike (`"*"` matches any token).

#include "engine/match/space_delimited_pattern.h"

#include <optional>
#include <string>
#include <utility>

#include "engine/match/cloudwatch_regex.h"
#include "engine/match/number.h"
#include "engine/match/wildcard_string.h"

namespace tailwatch::engine {

struct SpaceDelimitedPattern::Impl {
  enum class Op { kEq, kNe, kLt, kGt, kLe, kGe };
  enum class Kind { kNumber, kString, kRegex };

  struct Condition {
    Op op = Op::kEq;
    Kind kind = Kind::kString;
    double number = 0;                     // kNumber
    WildcardString string;                 // kString
    std::optional<CloudWatchRegex> regex;  // kRegex
  };
  using Conjunction = std::vector<Condition>;

  struct Field {
    std::string name;                 // empty for an anonymous field
    std::string extract_name;         // "$name"; empty for an anonymous field
    std::vector<Conjunction> any_of;  // empty: no condition, always holds
    bool has_numeric = false;         // some condition has a numeric value
  };

  std::vector<Field> fields;  // `...` excluded
  int ellipsis_at = -1;       // fields before `...`; -1 without `...`
  int regex_count = 0;
  // "$1", "$2", ...: the process-wide table, immutable once built.
  const std::vector<std::string>* position_names = nullptr;
};

namespace {

using Impl = SpaceDelimitedPattern::Impl;

constexpr size_t kMaxPatternLength = 1024;
constexpr int kMaxRegexes = 2;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

std::string_view TrimRight(std::string_view text) {
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

// Built on first use (Parse calls it, so Matches never builds it) and never
// changed afterwards, so views into it stay valid for the whole process and
// concurrent readers need no lock. Every "$N" fits std::string's small buffer.
const std::vector<std::string>& PositionNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    out.reserve(SpaceDelimitedPattern::kMaxPositionalNames);
    for (size_t i = 1; i <= SpaceDelimitedPattern::kMaxPositionalNames; ++i) {
      out.push_back("$" + std::to_string(i));
    }
    return out;
  }();
  return names;
}

std::string Describe(char c) { return std::string("'") + c + "'"; }

// Recursive-descent parser over the pattern text; `end_` is the index of the
// closing ']'. Errors carry 1-based columns into the whole pattern.
class Parser {
 public:
  Parser(std::string_view pattern, Impl* impl)
      : pattern_(pattern), end_(pattern.size() - 1), impl_(impl) {}

  Status Run() {
    pos_ = 1;
    SkipSpace();
    if (pos_ == end_) return OkStatus();  // `[]`
    while (true) {
      SkipSpace();
      if (AtFieldEnd()) {
        impl_->fields.emplace_back();  // empty field: anonymous
      } else if (pattern_.substr(pos_, end_ - pos_).starts_with("...")) {
        if (impl_->ellipsis_at >= 0) {
          return MakeError("Duplicate field '...': a pattern may use '...' only once", Column());
        }
        impl_->ellipsis_at = static_cast<int>(impl_->fields.size());
        pos_ += 3;
      } else if (auto status = ParseNamedField(); !status) {
        return status;
      }
      SkipSpace();
      if (pos_ == end_) return OkStatus();
      if (pattern_[pos_] != ',') {
        return MakeError("expected ',' or ']' after a field, found " + Describe(pattern_[pos_]),
                         Column());
      }
      ++pos_;
    }
  }

 private:
  int Column() const { return static_cast<int>(pos_) + 1; }
  void SkipSpace() {
    while (pos_ < end_ && IsSpace(pattern_[pos_])) ++pos_;
  }
  bool AtFieldEnd() const { return pos_ == end_ || pattern_[pos_] == ','; }
  bool At(std::string_view text) const {
    return pattern_.substr(pos_, end_ - pos_).starts_with(text);
  }

  std::string_view ReadName() {
    const size_t start = pos_;
    while (pos_ < end_ && IsNameChar(pattern_[pos_])) ++pos_;
    return pattern_.substr(start, pos_ - start);
  }

  Status ParseNamedField() {
    const int name_column = Column();
    const std::string_view name = ReadName();
    if (name.empty()) {
      return MakeError("expected a field name, '...' or ',', found " + Describe(pattern_[pos_]),
                       name_column);
    }
    for (const Impl::Field& other : impl_->fields) {
      if (other.name == name) {
        return MakeError("Duplicate field '" + std::string(name) + "'", name_column);
      }
    }
    Impl::Field field;
    field.name = std::string(name);
    field.extract_name = "$" + field.name;
    SkipSpace();
    if (!AtFieldEnd()) {
      Impl::Conjunction conjunction;
      while (true) {
        Impl::Condition condition;
        if (auto status = ParseCondition(field.name, &condition); !status) return status;
        if (condition.kind == Impl::Kind::kNumber) field.has_numeric = true;
        conjunction.push_back(std::move(condition));
        SkipSpace();
        if (At("&&")) {
          pos_ += 2;
        } else if (At("||")) {
          pos_ += 2;
          field.any_of.push_back(std::move(conjunction));
          conjunction.clear();
        } else {
          break;
        }
        SkipSpace();
        const int next_column = Column();
        const std::string_view next = ReadName();
        if (next.empty()) {
          return MakeError("expected a condition on field '" + field.name + "' after '&&' or '||'",
                           next_column);
        }
        if (next != field.name) {
          return MakeError("condition on '" + std::string(next) + "' inside field '" + field.name +
                               "': a field's conditions may test only that field",
                           next_column);
        }
        SkipSpace();
      }
      field.any_of.push_back(std::move(conjunction));
    }
    impl_->fields.push_back(std::move(field));
    return OkStatus();
  }

  // Parses `op value`; the field name is already consumed.
  Status ParseCondition(const std::string& name, Impl::Condition* condition) {
    const int op_column = Column();
    if (At("!=")) {
      condition->op = Impl::Op::kNe;
      pos_ += 2;
    } else if (At("<=")) {
      condition->op = Impl::Op::kLe;
      pos_ += 2;
    } else if (At(">=")) {
      condition->op = Impl::Op::kGe;
      pos_ += 2;
    } else if (At("==")) {
      return MakeError("'==' is not an operator; use '='", op_column);
    } else if (At("=")) {
      condition->op = Impl::Op::kEq;
      ++pos_;
    } else if (At("<")) {
      condition->op = Impl::Op::kLt;
      ++pos_;
    } else if (At(">")) {
      condition->op = Impl::Op::kGt;
      ++pos_;
    } else if (pos_ == end_) {
      return MakeError("expected an operator after field '" + name + "'", op_column);
    } else {
      return MakeError("expected ',', ']' or an operator (= != < > <= >=) after field '" + name +
                           "', found " + Describe(pattern_[pos_]),
                       op_column);
    }
    const bool ordering = condition->op != Impl::Op::kEq && condition->op != Impl::Op::kNe;
    SkipSpace();
    const int value_column = Column();
    if (AtFieldEnd() || At("&&") || At("||")) {
      return MakeError("expected a value after the operator in field '" + name + "'", value_column);
    }
    if (pattern_[pos_] == '"') {
      std::string text;
      size_t i = pos_ + 1;
      for (; i < end_ && pattern_[i] != '"'; ++i) {
        if (pattern_[i] == '\\' && i + 1 < end_ &&
            (pattern_[i + 1] == '"' || pattern_[i + 1] == '\\')) {
          ++i;
        }
        text += pattern_[i];
      }
      if (i >= end_) return MakeError("unclosed '\"' in a value", value_column);
      pos_ = i + 1;
      condition->kind = Impl::Kind::kString;
      condition->string = WildcardString(text);
    } else if (pattern_[pos_] == '%') {
      const size_t close = pattern_.find('%', pos_ + 1);
      if (close == std::string_view::npos || close >= end_) {
        return MakeError("unclosed '%' regular expression", value_column);
      }
      const std::string_view body = pattern_.substr(pos_ + 1, close - pos_ - 1);
      auto regex = CloudWatchRegex::Compile(body);
      if (!regex) {
        const int column = regex.error().column > 0
                               ? static_cast<int>(pos_ + 1) + regex.error().column
                               : value_column;
        return MakeError(regex.error().message, column);
      }
      if (++impl_->regex_count > kMaxRegexes) {
        return MakeError("a pattern may hold at most 2 regular expressions", value_column);
      }
      pos_ = close + 1;
      condition->kind = Impl::Kind::kRegex;
      condition->regex = std::move(*regex);
    } else {
      const size_t start = pos_;
      while (pos_ < end_ && !IsSpace(pattern_[pos_]) && pattern_[pos_] != ',' && !At("&&") &&
             !At("||")) {
        ++pos_;
      }
      const std::string_view word = pattern_.substr(start, pos_ - start);
      if (auto number = ParseCloudWatchNumber(word)) {
        condition->kind = Impl::Kind::kNumber;
        condition->number = *number;
      } else {
        condition->kind = Impl::Kind::kString;
        condition->string = WildcardString(word);
      }
    }
    if (ordering && condition->kind != Impl::Kind::kNumber) {
      return MakeError("an ordering operator (< > <= >=) needs a numeric value", value_column);
    }
    return OkStatus();
  }

  std::string_view pattern_;
  size_t pos_ = 0;
  size_t end_;
  Impl* impl_;
};

bool ConditionHolds(const Impl::Condition& condition, std::string_view text,
                    const std::optional<double>& number) {
  const bool equal_op = condition.op == Impl::Op::kEq;
  switch (condition.kind) {
    case Impl::Kind::kRegex:
      return condition.regex->Search(text) == equal_op;
    case Impl::Kind::kString:
      return condition.string.Matches(text) == equal_op;
    case Impl::Kind::kNumber:
      // Literal-text rule for a non-numeric token: never equal (see top).
      if (!number) return condition.op == Impl::Op::kNe;
      switch (condition.op) {
        case Impl::Op::kEq:
          return *number == condition.number;
        case Impl::Op::kNe:
          return *number != condition.number;
        case Impl::Op::kLt:
          return *number < condition.number;
        case Impl::Op::kGt:
          return *number > condition.number;
        case Impl::Op::kLe:
          return *number <= condition.number;
        case Impl::Op::kGe:
          return *number >= condition.number;
      }
  }
  return false;
}

bool FieldHolds(const Impl::Field& field, std::string_view text) {
  if (field.any_of.empty()) return true;
  std::optional<double> number;
  if (field.has_numeric) number = ParseCloudWatchNumber(text);
  for (const Impl::Conjunction& conjunction : field.any_of) {
    bool all = true;
    for (const Impl::Condition& condition : conjunction) {
      if (!ConditionHolds(condition, text, number)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

// Appends the value at 1-based `position`, named by `field` when it has a
// name; unnamed positions past the name table are skipped (header).
void Extract(const Impl& impl, const Impl::Field* field, size_t position, std::string_view text,
             std::vector<ExtractedValue>* values) {
  if (field != nullptr && !field->extract_name.empty()) {
    values->push_back({field->extract_name, text});
  } else if (position <= impl.position_names->size()) {
    values->push_back({(*impl.position_names)[position - 1], text});
  }
}

}  // namespace

void SplitSpaceDelimited(std::string_view message, std::vector<SpaceToken>* out) {
  out->clear();
  const size_t n = message.size();
  size_t i = 0;
  while (true) {
    while (i < n && IsSpace(message[i])) ++i;
    if (i >= n) return;
    const size_t start = i;
    if (message[i] == '"' || message[i] == '[') {
      const char close = message[i] == '"' ? '"' : ']';
      const size_t end = message.find(close, i + 1);
      if (end != std::string_view::npos) {
        out->push_back({message.substr(i + 1, end - i - 1), start});
        i = end + 1;
        continue;
      }
      // Unclosed: the delimiter is an ordinary character.
    }
    while (i < n && !IsSpace(message[i])) ++i;
    out->push_back({message.substr(start, i - start), start});
  }
}

Result<SpaceDelimitedPattern> SpaceDelimitedPattern::Parse(std::string_view pattern) {
  if (pattern.size() > kMaxPatternLength) {
    return MakeError("a filter pattern may be at most 1024 characters",
                     static_cast<int>(kMaxPatternLength) + 1);
  }
  if (pattern.empty() || pattern.front() != '[') {
    return MakeError("a space-delimited pattern must start with '['", 1);
  }
  if (pattern.size() < 2 || pattern.back() != ']') {
    return MakeError("a space-delimited pattern must end with ']'",
                     static_cast<int>(pattern.size()));
  }
  auto impl = std::make_shared<Impl>();
  impl->position_names = &PositionNames();
  Parser parser(pattern, impl.get());
  if (auto status = parser.Run(); !status) return tl::unexpected(std::move(status.error()));
  SpaceDelimitedPattern result;
  result.impl_ = std::move(impl);
  return result;
}

bool SpaceDelimitedPattern::Matches(std::string_view message, const std::vector<SpaceToken>& tokens,
                                    std::vector<ExtractedValue>* values) const {
  if (values != nullptr) values->clear();
  if (!impl_) return false;
  const Impl& impl = *impl_;
  const size_t token_count = tokens.size();
  const size_t field_count = impl.fields.size();

  if (field_count == 0) {  // `[]` or `[...]`: everything matches, every token is positional
    if (values != nullptr) {
      for (size_t i = 0; i < token_count; ++i)
        Extract(impl, nullptr, i + 1, tokens[i].text, values);
    }
    return true;
  }
  if (token_count < field_count) return false;

  if (impl.ellipsis_at >= 0) {
    // Field i binds token i before `...` and token i + skipped after it.
    const size_t before = static_cast<size_t>(impl.ellipsis_at);
    const size_t skipped = token_count - field_count;
    for (size_t i = 0; i < field_count; ++i) {
      const size_t token = i < before ? i : i + skipped;
      if (!FieldHolds(impl.fields[i], tokens[token].text)) return false;
    }
    if (values != nullptr) {
      for (size_t i = 0; i < before; ++i)
        Extract(impl, &impl.fields[i], i + 1, tokens[i].text, values);
      for (size_t t = before; t < before + skipped; ++t) {
        Extract(impl, nullptr, t + 1, tokens[t].text, values);
      }
      for (size_t i = before; i < field_count; ++i) {
        Extract(impl, &impl.fields[i], i + skipped + 1, tokens[i + skipped].text, values);
      }
    }
    return true;
  }

  // No `...`: positional; with extra tokens the last field takes the rest of
  // the line, raw (§1.6).
  const size_t last = field_count - 1;
  const std::string_view last_text = token_count == field_count
                                         ? tokens[last].text
                                         : TrimRight(message.substr(tokens[last].raw_begin));
  for (size_t i = 0; i < last; ++i) {
    if (!FieldHolds(impl.fields[i], tokens[i].text)) return false;
  }
  if (!FieldHolds(impl.fields[last], last_text)) return false;
  if (values != nullptr) {
    for (size_t i = 0; i < last; ++i) Extract(impl, &impl.fields[i], i + 1, tokens[i].text, values);
    Extract(impl, &impl.fields[last], field_count, last_text, values);
  }
  return true;
}

bool SpaceDelimitedPattern::CanExtract(std::string_view name) const {
  if (!impl_ || name.empty()) return false;
  for (const Impl::Field& field : impl_->fields) {
    if (!field.name.empty() && field.name == name) return true;
  }
  // A 1-based position number: digits without a leading zero.
  if (name.front() == '0') return false;
  for (char c : name) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int SpaceDelimitedPattern::regex_count() const { return impl_ ? impl_->regex_count : 0; }

}  // namespace tailwatch::engine
