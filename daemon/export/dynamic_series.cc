#include "daemon/export/dynamic_series.h"

#include <prometheus/metric_type.h>

#include <algorithm>
#include <exception>
#include <unordered_map>

namespace tailwatch::exporter {
namespace {

bool IsNameChar(unsigned char c, bool allow_colon) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (allow_colon && c == ':');
}

std::string SanitizeName(std::string_view name, bool allow_colon) {
  std::string out;
  out.reserve(name.size() + 1);
  for (size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (IsNameChar(c, allow_colon)) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    out.push_back('_');
    // One multi-byte UTF-8 character becomes one '_', so "Rang€" reads
    // "Rang_" rather than "Rang___".
    if (c >= 0xC0) {
      while (i + 1 < name.size() && (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80) ++i;
    }
  }
  if (out.empty()) return "_";
  if (out[0] >= '0' && out[0] <= '9') out.insert(out.begin(), '_');
  if (out.size() >= 2 && out[0] == '_' && out[1] == '_') out.insert(out.begin(), 'x');
  return out;
}

void AppendReplacement(std::string& out) { out.append("\xEF\xBF\xBD"); }

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

std::string SanitizeLabelName(std::string_view name) { return SanitizeName(name, false); }

std::string SanitizeMetricName(std::string_view name) { return SanitizeName(name, true); }

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0;
    uint32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      AppendReplacement(out);  // stray continuation byte or 0xF8..0xFF
      ++i;
      continue;
    }
    size_t n = 1;
    while (n < len && i + n < text.size() &&
           (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + n]) & 0x3F);
      ++n;
    }
    if (n < len || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      // Replace the maximal invalid prefix once and resynchronise after it.
      AppendReplacement(out);
      i += n;
      continue;
    }
    out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

std::vector<prometheus::MetricFamily> BuildFamilies(std::vector<DynamicFamily> families,
                                                    uint64_t* conflicts) {
  std::vector<prometheus::MetricFamily> out;
  std::unordered_map<std::string, size_t> index;  // family name -> position in out
  std::vector<std::string> used;                  // label names of the current series
  for (auto& family : families) {
    if (family.series.empty()) continue;
    std::string name = SanitizeMetricName(family.name);
    const bool counter = family.type == SeriesType::kCounter;
    if (counter && !EndsWith(name, "_total")) name += "_total";
    const auto type = counter ? prometheus::MetricType::Counter : prometheus::MetricType::Gauge;

    auto [it, inserted] = index.emplace(name, out.size());
    if (inserted) {
      prometheus::MetricFamily mf;
      mf.name = name;
      mf.help = family.help.empty() ? name : SanitizeUtf8(family.help);
      mf.type = type;
      out.push_back(std::move(mf));
    } else if (out[it->second].type != type) {
      if (conflicts != nullptr) ++*conflicts;
      continue;
    }
    prometheus::MetricFamily& target = out[it->second];
    target.metric.reserve(target.metric.size() + family.series.size());
    for (auto& series : family.series) {
      prometheus::ClientMetric metric;
      metric.label.reserve(series.labels.size());
      used.clear();
      for (auto& [label_name, label_value] : series.labels) {
        std::string clean = SanitizeLabelName(label_name);
        while (std::find(used.begin(), used.end(), clean) != used.end()) clean.push_back('_');
        used.push_back(clean);
        metric.label.push_back({std::move(clean), SanitizeUtf8(label_value)});
      }
      if (counter) {
        metric.counter.value = series.value;
      } else {
        metric.gauge.value = series.value;
      }
      target.metric.push_back(std::move(metric));
    }
  }
  return out;
}

void DynamicCollectable::AddHook(CollectHook hook) {
  std::lock_guard<std::mutex> lock(mu_);
  hooks_.push_back(std::move(hook));
}

std::vector<prometheus::MetricFamily> DynamicCollectable::Collect() const {
  std::vector<CollectHook> hooks;
  {
    std::lock_guard<std::mutex> lock(mu_);
    hooks = hooks_;
  }
  std::vector<DynamicFamily> all;
  for (const auto& hook : hooks) {
    // Hooks are daemon code that may allocate or call into containers that
    // throw; a failing hook costs its series for one scrape, not the scrape.
    try {
      auto families = hook();
      for (auto& family : families) all.push_back(std::move(family));
    } catch (const std::exception&) {
      hook_failures_.fetch_add(1, std::memory_order_relaxed);
    } catch (...) {
      hook_failures_.fetch_add(1, std::memory_order_relaxed);
    }
  }
  uint64_t conflicts = 0;
  auto out = BuildFamilies(std::move(all), &conflicts);
  if (conflicts != 0) conflicts_.fetch_add(conflicts, std::memory_order_relaxed);
  return out;
}

}  // namespace tailwatch::exporter
