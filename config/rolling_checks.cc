#include "config/rolling_checks.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <vector>

namespace tailwatch::config {
namespace {

std::optional<double> Literal(std::string_view text) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::vector<std::string> DimensionNames(
    const std::vector<std::pair<std::string, std::string>>& dimensions) {
  std::vector<std::string> names;
  for (const auto& [name, value] : dimensions) names.push_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

// Empty when every value `t` emits is >= 0, else why not.
std::string NegativeSource(const engine::FilterSpec& f) {
  const engine::MetricTransformationSpec& t = f.transformation;
  if (t.default_value && *t.default_value < 0) {
    return "metric filter '" + f.name + "' has a negative default_value";
  }
  if (t.non_negative) return {};
  const std::optional<double> literal = Literal(t.metric_value);
  if (!literal) {
    return "metric filter '" + f.name + "' takes its value from the event (" + t.metric_value +
           "), which may be negative; declare non_negative: true on its metric_transformation";
  }
  if (*literal < 0)
    return "metric filter '" + f.name + "' emits the negative value " + t.metric_value;
  return {};
}

}  // namespace

std::string RollingSumRefusal(const engine::AlarmSpec& alarm,
                              std::span<const engine::FilterSpec> filters) {
  if (!alarm.rolling || alarm.statistic != engine::Statistic::kSum) return {};
  const std::vector<std::string> wanted = DimensionNames(alarm.dimensions);
  bool fed = false;
  for (const engine::FilterSpec& f : filters) {
    const engine::MetricTransformationSpec& t = f.transformation;
    if (t.metric_namespace != alarm.metric_namespace || t.metric_name != alarm.metric_name ||
        DimensionNames(t.dimensions) != wanted) {
      continue;
    }
    fed = true;
    if (std::string why = NegativeSource(f); !why.empty()) {
      return "a rolling Sum needs values that cannot be negative: " + why;
    }
  }
  if (!fed) {
    return "a rolling Sum needs values that cannot be negative, and no metric filter emits " +
           alarm.metric_namespace + "/" + alarm.metric_name + " with these dimensions to tell";
  }
  return {};
}

}  // namespace tailwatch::config
