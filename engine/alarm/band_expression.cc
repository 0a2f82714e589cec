#include "engine/alarm/band_expression.h"

#include <cctype>
#include <charconv>

namespace tailwatch::engine {
namespace {

constexpr std::string_view kFunction = "ANOMALY_DETECTION_BAND";

class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}
  void SkipSpaces() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool Eat(char c) {
    SkipSpaces();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  std::string_view Token() {
    SkipSpaces();
    const size_t start = pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' ||
            text_[pos_] == '.' || text_[pos_] == '-' || text_[pos_] == '+')) {
      ++pos_;
    }
    return text_.substr(start, pos_ - start);
  }
  bool AtEnd() {
    SkipSpaces();
    return pos_ == text_.size();
  }
  int column() const { return static_cast<int>(pos_) + 1; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

bool IsMetricQueryId(std::string_view id) {
  if (id.empty() || id.size() > 255 || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

Result<BandExpression> ParseBandExpression(std::string_view text) {
  Cursor in(text);
  const std::string_view function = in.Token();
  if (function != kFunction) {
    return MakeError("only ANOMALY_DETECTION_BAND(METRIC_ID, K) expressions are supported, got '" +
                         std::string(text) + "'",
                     1);
  }
  if (!in.Eat('(')) return MakeError("expected '(' after ANOMALY_DETECTION_BAND", in.column());
  BandExpression out;
  const int id_column = in.column();
  out.metric_id = std::string(in.Token());
  if (!IsMetricQueryId(out.metric_id)) {
    return MakeError("expected a metric id (a lowercase letter, then letters, digits or '_')",
                     id_column);
  }
  if (in.Eat(',')) {
    in.SkipSpaces();
    const int k_column = in.column();
    const std::string_view k = in.Token();
    double width = 0;
    const auto [ptr, ec] = std::from_chars(k.data(), k.data() + k.size(), width);
    if (k.empty() || ec != std::errc() || ptr != k.data() + k.size() || !(width > 0)) {
      return MakeError("the band width must be a positive number, got '" + std::string(k) + "'",
                       k_column);
    }
    out.width = width;
  }
  if (!in.Eat(')')) return MakeError("expected ')'", in.column());
  if (!in.AtEnd()) return MakeError("unexpected text after ')'", in.column());
  return out;
}

}  // namespace tailwatch::engine
