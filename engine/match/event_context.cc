#include "engine/match/event_context.h"

#include <algorithm>
#include <cstring>

#include "engine/match/extended_regex.h"

namespace tailwatch::engine {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsAsciiSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsAsciiSpace(text.back())) text.remove_suffix(1);
  return text;
}

// The text Json() would parse: the trimmed message when it can be a JSON
// object, else empty.
std::string_view ObjectText(std::string_view message) {
  const std::string_view text = Trim(message);
  // Only an object can match a JSON pattern (docs/cloudwatch-semantics.md §1.5 step 1); skip the
  // parse for everything else, which is most plain-text log lines.
  if (text.size() < 2 || text.front() != '{' || text.back() != '}') return {};
  // An object's first token after '{' is a key or '}': cheap to check, and
  // it spares the parse of brace-led text that is not JSON (Python dicts).
  size_t first = 1;
  while (first < text.size() && IsJsonSpace(text[first])) ++first;
  if (text[first] != '"' && text[first] != '}') return {};
  return text;
}

}  // namespace

EventContext::EventContext() { regex_groups_.reserve(kMaxExtendedRegexGroups + 1); }
EventContext::~EventContext() = default;

void EventContext::Reset(std::string_view message, size_t readable_after) {
  message_ = message;
  readable_after_ = readable_after;
  json_done_ = false;
  json_ok_ = false;
  scan_done_ = false;
  tokens_done_ = false;
  extracted_values_.clear();  // keeps capacity
  regex_groups_.clear();      // keeps capacity
}

const simdjson::dom::element* EventContext::Json() {
  if (json_done_) return json_ok_ ? &json_root_ : nullptr;
  json_done_ = true;
  const std::string_view text = ObjectText(message_);
  if (text.empty()) return nullptr;
  ++json_parse_count_;
  simdjson::dom::element root;
  simdjson::error_code error;
  const size_t after_text =
      static_cast<size_t>(message_.data() + message_.size() - (text.data() + text.size())) +
      readable_after_;
  if (after_text >= simdjson::SIMDJSON_PADDING) {
    // In place: the padding simdjson reads past the end is there (its
    // content does not matter to the parse).
    error = parser_
                .parse(reinterpret_cast<const uint8_t*>(text.data()), text.size(),
                       /*realloc_if_needed=*/false)
                .get(root);
  } else {
    if (text.size() > json_buffer_capacity_) {
      // Grow geometrically so a slowly growing message size does not realloc
      // on every event.
      const size_t capacity = std::max({text.size(), json_buffer_capacity_ * 2, size_t{1024}});
      json_buffer_ = std::make_unique<char[]>(capacity + simdjson::SIMDJSON_PADDING);
      json_buffer_capacity_ = capacity;
    }
    std::memcpy(json_buffer_.get(), text.data(), text.size());
    std::memset(json_buffer_.get() + text.size(), 0, simdjson::SIMDJSON_PADDING);
    error = parser_
                .parse(reinterpret_cast<const uint8_t*>(json_buffer_.get()), text.size(),
                       /*realloc_if_needed=*/false)
                .get(root);
  }
  if (error != simdjson::SUCCESS || root.type() != simdjson::dom::element_type::OBJECT) {
    return nullptr;
  }
  json_root_ = root;
  json_fields_.Reset(root);
  json_ok_ = true;
  return &json_root_;
}

EventContext::JsonScan EventContext::ScanJson() {
  if (scan_done_) return scan_;
  scan_done_ = true;
  if (scanner_ == nullptr || scanner_disabled_) {
    scan_ = JsonScan::kUnsure;
    return scan_;
  }
  const std::string_view text = ObjectText(message_);
  if (text.empty()) {
    scan_ = JsonScan::kNotObject;
  } else {
    ++json_scan_count_;
    scan_ = scanner_->Scan(text, scanned_.data()) ? JsonScan::kObject : JsonScan::kUnsure;
  }
  return scan_;
}

const std::vector<SpaceToken>& EventContext::SpaceTokens() {
  if (!tokens_done_) {
    SplitSpaceDelimited(message_, &tokens_);
    ++split_count_;
    tokens_done_ = true;
  }
  return tokens_;
}

}  // namespace tailwatch::engine
