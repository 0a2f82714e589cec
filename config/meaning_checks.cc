#include "config/meaning_checks.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <string_view>

namespace tailwatch::config {
namespace {

std::string Number(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

// A literal metric value ("1", "2.5"); nullopt for `$` references.
std::optional<double> Constant(std::string_view text) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::vector<std::string> SortedNames(const std::vector<std::pair<std::string, std::string>>& dims) {
  std::vector<std::string> names;
  for (const auto& [name, value] : dims) names.push_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::string Dimensions(const std::vector<std::string>& names) {
  return std::string(names.size() == 1 ? "dimension " : "dimensions ") + Join(names);
}

std::vector<std::string> Minus(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::string MetricText(const engine::AlarmSpec& a) {
  return a.metric_namespace + "/" + a.metric_name;
}

// No filter emits the alarm's metric: say so, with the nearest namesake.
std::string NoEmitter(const engine::AlarmSpec& a, std::span<const engine::FilterSpec> filters) {
  std::string message =
      "no metric filter emits " + MetricText(a) + ", which alarm '" + a.name + "' watches";
  for (const engine::FilterSpec& f : filters) {
    const engine::MetricTransformationSpec& t = f.transformation;
    if (t.metric_name == a.metric_name) {
      return message + "; metric filter '" + f.name + "' emits " + t.metric_name +
             " in namespace " + t.metric_namespace + " (a namespace mismatch)";
    }
  }
  for (const engine::FilterSpec& f : filters) {
    const engine::MetricTransformationSpec& t = f.transformation;
    if (EqualsIgnoringCase(t.metric_name, a.metric_name) &&
        EqualsIgnoringCase(t.metric_namespace, a.metric_namespace)) {
      return message + "; metric filter '" + f.name + "' emits " + t.metric_namespace + "/" +
             t.metric_name + " (names are case-sensitive)";
    }
  }
  return message;
}

std::string DimensionMismatch(const engine::AlarmSpec& a, const engine::FilterSpec& f) {
  const std::vector<std::string> wanted = SortedNames(a.dimensions);
  const std::vector<std::string> emitted = SortedNames(f.transformation.dimensions);
  const std::vector<std::string> missing = Minus(wanted, emitted);
  const std::vector<std::string> extra = Minus(emitted, wanted);
  std::string message = "alarm '" + a.name + "' watches " + MetricText(a);
  if (!missing.empty()) {
    message +=
        " with " + Dimensions(missing) + ", which metric filter '" + f.name + "' never emits";
    if (!extra.empty()) message += ", and without " + Dimensions(extra) + ", which it always emits";
  } else {
    message +=
        " without " + Dimensions(extra) + ", which metric filter '" + f.name + "' always emits";
  }
  return message +
         "; CloudWatch keeps each dimension combination a metric of its own, so the alarm would "
         "stay INSUFFICIENT_DATA";
}

bool CanBreach(engine::ComparisonOperator op, double threshold, double lo, double hi) {
  switch (op) {
    case engine::ComparisonOperator::kGreaterThanThreshold:
      return hi > threshold;
    case engine::ComparisonOperator::kGreaterThanOrEqualToThreshold:
      return hi >= threshold;
    case engine::ComparisonOperator::kLessThanThreshold:
      return lo < threshold;
    case engine::ComparisonOperator::kLessThanOrEqualToThreshold:
      return lo <= threshold;
    // A band moves with what it learns: a constant series can still leave
    // a band learned while it varied, so no finding.
    case engine::ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold:
    case engine::ComparisonOperator::kLessThanLowerThreshold:
    case engine::ComparisonOperator::kGreaterThanUpperThreshold:
      return true;
  }
  return true;
}

// Statistic checks over the filters that emit exactly the alarm's series.
void CheckStatistic(const engine::AlarmSpec& a, const std::vector<const engine::FilterSpec*>& feed,
                    size_t index, std::vector<MeaningFinding>* out) {
  const engine::FilterSpec* with_default = nullptr;
  bool all_constant = true;
  double lo = 0;
  double hi = 0;
  bool first = true;
  auto widen = [&](double v) {
    lo = first ? v : std::min(lo, v);
    hi = first ? v : std::max(hi, v);
    first = false;
  };
  for (const engine::FilterSpec* f : feed) {
    const engine::MetricTransformationSpec& t = f->transformation;
    if (t.default_value) {
      if (with_default == nullptr) with_default = f;
      widen(*t.default_value);
    }
    if (const std::optional<double> c = Constant(t.metric_value)) {
      widen(*c);
    } else {
      all_constant = false;
    }
  }
  if (a.statistic == engine::Statistic::kSampleCount && with_default != nullptr) {
    out->push_back({index, "alarm '" + a.name + "' takes the SampleCount of " + MetricText(a) +
                               ", but metric filter '" + with_default->name +
                               "' has a default_value, so every log event counts, matched or "
                               "not; Sum counts the matches"});
    return;
  }
  const bool value_statistic =
      !a.extended_statistic.empty() || a.statistic == engine::Statistic::kMinimum ||
      a.statistic == engine::Statistic::kMaximum || a.statistic == engine::Statistic::kAverage;
  if (!value_statistic || !all_constant || first) return;
  if (CanBreach(a.comparison_operator, a.threshold, lo, hi)) return;
  const std::string statistic =
      a.statistic ? std::string(engine::StatisticName(*a.statistic)) : a.extended_statistic;
  const std::string values =
      lo == hi ? "the value " + Number(lo) : "values from " + Number(lo) + " to " + Number(hi);
  const std::string filter =
      feed.size() == 1 ? "metric filter '" + feed[0]->name + "'" : "its metric filters";
  out->push_back(
      {index, "alarm '" + a.name + "' compares the " + statistic + " of " + MetricText(a) + " " +
                  std::string(engine::ComparisonOperatorName(a.comparison_operator)) + " " +
                  Number(a.threshold) + ", but " + filter + " only emits " + values +
                  ", so it can never go to ALARM; Sum or SampleCount count "
                  "occurrences"});
}

}  // namespace

std::vector<MeaningFinding> CheckMeaning(std::span<const engine::FilterSpec> filters,
                                         std::span<const engine::AlarmSpec> alarms) {
  std::vector<MeaningFinding> out;
  for (size_t i = 0; i < alarms.size(); ++i) {
    const engine::AlarmSpec& a = alarms[i];
    std::vector<const engine::FilterSpec*> same_metric;
    for (const engine::FilterSpec& f : filters) {
      if (f.transformation.metric_namespace == a.metric_namespace &&
          f.transformation.metric_name == a.metric_name) {
        same_metric.push_back(&f);
      }
    }
    if (same_metric.empty()) {
      out.push_back({i, NoEmitter(a, filters)});
      continue;
    }
    const std::vector<std::string> wanted = SortedNames(a.dimensions);
    std::vector<const engine::FilterSpec*> feed;
    for (const engine::FilterSpec* f : same_metric) {
      if (SortedNames(f->transformation.dimensions) == wanted) feed.push_back(f);
    }
    if (feed.empty()) {
      out.push_back({i, DimensionMismatch(a, *same_metric.front())});
      continue;
    }
    if (!a.unit.empty() && std::none_of(feed.begin(), feed.end(), [&](const engine::FilterSpec* f) {
          return f->transformation.unit == a.unit;
        })) {
      out.push_back({i, "alarm '" + a.name + "' asks for " + MetricText(a) + " in unit " + a.unit +
                            ", but metric filter '" + feed.front()->name +
                            "' publishes it in unit " + feed.front()->transformation.unit +
                            "; CloudWatch would give the alarm no data"});
      continue;
    }
    CheckStatistic(a, feed, i, &out);
  }
  return out;
}

}  // namespace tailwatch::config
