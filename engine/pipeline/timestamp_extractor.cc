#include "engine/pipeline/timestamp_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "engine/match/json_pattern.h"

namespace tailwatch::engine {
namespace {

// strptime(3) on a bounded copy (it needs a NUL-terminated string), as UTC.
std::optional<int64_t> ParseWithStrptime(std::string_view text, const std::string& format) {
  char buffer[128];
  if (text.size() >= sizeof buffer) return std::nullopt;
  std::memcpy(buffer, text.data(), text.size());
  buffer[text.size()] = '\0';
  struct tm tm {};
  const char* end = strptime(buffer, format.c_str(), &tm);
  if (end == nullptr) return std::nullopt;
  const int64_t days = DaysFromCivil(tm.tm_year + 1900, static_cast<unsigned>(tm.tm_mon + 1),
                                     static_cast<unsigned>(tm.tm_mday));
  return (days * 86400 + tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec) * 1000;
}

}  // namespace

struct TimestampExtractor::Impl {
  std::optional<JsonSelector> selector;
  std::unique_ptr<re2::RE2> regex;
  int group = 1;
};

Result<TimestampExtractor> TimestampExtractor::Create(const TimestampSpec& spec) {
  auto impl = std::make_shared<Impl>();
  switch (spec.kind) {
    case TimestampSpec::Kind::kIngestionTime:
      break;
    case TimestampSpec::Kind::kJsonField: {
      auto selector = JsonSelector::Parse(spec.field);
      if (!selector) return tl::unexpected(selector.error());
      if (selector->has_wildcard()) return MakeError("timestamp.field: wildcards are not allowed");
      impl->selector = std::move(*selector);
      break;
    }
    case TimestampSpec::Kind::kRegex: {
      re2::RE2::Options options;
      options.set_log_errors(false);
      impl->regex = std::make_unique<re2::RE2>(spec.regex, options);
      if (!impl->regex->ok()) {
        return MakeError("timestamp.regex: invalid regular expression: " + impl->regex->error());
      }
      if (impl->regex->NumberOfCapturingGroups() < 1) {
        return MakeError("timestamp.regex: needs a capture group around the timestamp");
      }
      const auto& names = impl->regex->NamedCapturingGroups();
      if (auto it = names.find("ts"); it != names.end()) impl->group = it->second;
      break;
    }
  }
  TimestampExtractor extractor;
  extractor.spec_ = spec;
  extractor.impl_ = std::move(impl);
  return extractor;
}

std::optional<int64_t> TimestampExtractor::Parse(std::string_view text) const {
  if (!spec_.strptime_format.empty()) return ParseWithStrptime(text, spec_.strptime_format);
  return ParseTimestamp(text, spec_.format);
}

std::optional<int64_t> TimestampExtractor::Extract(EventContext& ctx) const {
  switch (spec_.kind) {
    case TimestampSpec::Kind::kIngestionTime:
      return std::nullopt;
    case TimestampSpec::Kind::kJsonField: {
      const simdjson::dom::element* root = ctx.Json();
      if (root == nullptr) return std::nullopt;
      auto node = impl_->selector->Resolve(*root);
      if (!node) return std::nullopt;
      std::string_view text;
      if (node->get_string().get(text) == simdjson::SUCCESS) return Parse(text);
      double number = 0;
      int64_t integer = 0;
      if (node->get_int64().get(integer) == simdjson::SUCCESS) {
        char buffer[24];
        const int n = std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(integer));
        return ParseTimestamp(std::string_view(buffer, static_cast<size_t>(n)), spec_.format);
      }
      if (node->get_double().get(number) == simdjson::SUCCESS) {
        char buffer[40];
        const int n = std::snprintf(buffer, sizeof buffer, "%.3f", number);
        return ParseTimestamp(std::string_view(buffer, static_cast<size_t>(n)), spec_.format);
      }
      return std::nullopt;
    }
    case TimestampSpec::Kind::kRegex: {
      // Up to 4 groups without allocation.
      re2::StringPiece groups[5];
      const int count = std::min(impl_->group + 1, 5);
      const std::string_view message = ctx.message();
      if (impl_->group >= 5 ||
          !impl_->regex->Match(re2::StringPiece(message.data(), message.size()), 0, message.size(),
                               re2::RE2::UNANCHORED, groups, count)) {
        return std::nullopt;
      }
      const re2::StringPiece& g = groups[impl_->group];
      return Parse(std::string_view(g.data(), g.size()));
    }
  }
  return std::nullopt;
}

}  // namespace tailwatch::engine
