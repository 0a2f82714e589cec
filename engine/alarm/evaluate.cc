#include "engine/alarm/evaluate.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "engine/alarm/format.h"

namespace tailwatch::engine {
namespace {

// CloudWatch caps (docs/cloudwatch-semantics.md §4.6).
constexpr size_t kMaxReasonChars = 1023;
constexpr size_t kMaxReasonDataChars = 4000;

// One period of the range as the algorithm sees it.
struct Slot {
  int64_t start_ms = 0;
  std::optional<double> value;  // nullopt = missing
  double sample_count = 0;
  bool evidence = true;            // false: an empty period before the evidence start
  std::optional<BandBounds> band;  // band alarms: the period's band, if any
};

// A real (non-missing) datapoint that takes part in the decision.
struct Point {
  size_t index;  // in the range, oldest first
  double value;
  double sample_count;
  int64_t start_ms;
  bool breaching;
  std::optional<BandBounds> band;
};

std::string_view OperatorPhrase(ComparisonOperator op) {
  switch (op) {
    case ComparisonOperator::kGreaterThanOrEqualToThreshold:
      return "greater than or equal to";
    case ComparisonOperator::kGreaterThanThreshold:
      return "greater than";
    case ComparisonOperator::kLessThanThreshold:
      return "less than";
    case ComparisonOperator::kLessThanOrEqualToThreshold:
      return "less than or equal to";
    case ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold:
    case ComparisonOperator::kLessThanLowerThreshold:
    case ComparisonOperator::kGreaterThanUpperThreshold:
      break;  // band alarms word their comparison in BandComparison
  }
  return "?";
}

// "[a, b]" of the listed points' lower or upper bounds.
std::string BoundList(const std::vector<Point>& listed, bool upper) {
  std::string out = "[";
  for (size_t i = 0; i < listed.size(); ++i) {
    if (i > 0) out += ", ";
    const std::optional<BandBounds>& band = listed[i].band;
    out += band ? JavaDouble(upper ? band->upper : band->lower) : "null";
  }
  out += ']';
  return out;
}

// The comparison of a band alarm's reason, as CloudWatch words it: "less
// than the lower thresholds [..] or greater than the upper thresholds [..]",
// each side negated ("not less than ... or not greater than ...") toward OK.
std::string BandComparison(ComparisonOperator op, bool to_alarm, const std::vector<Point>& listed) {
  const std::string is = to_alarm ? "" : "not ";
  const std::string lower = is + "less than the lower thresholds " + BoundList(listed, false);
  const std::string upper = is + "greater than the upper thresholds " + BoundList(listed, true);
  switch (op) {
    case ComparisonOperator::kLessThanLowerThreshold:
      return lower;
    case ComparisonOperator::kGreaterThanUpperThreshold:
      return upper;
    default:
      return lower + " or " + upper;
  }
}

std::string Count(size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}
std::string_view WasWere(size_t n) { return n == 1 ? "was" : "were"; }

double PercentileOf(const AlarmSpec& spec) {
  if (spec.percentile > 0) return spec.percentile;
  return ParseExtendedStatistic(spec.extended_statistic).value_or(0);
}

// docs/cloudwatch-semantics.md §4.5: fewer than 10/(1-p) samples (p >= 0.5) or 10/p (p < 0.5). p
// has at most two decimals, so compare in hundredths of a percent (h = 100 p%): n < 10/(1-p)  <=>
// n (10000 - h) < 100000, free of rounding (p90 needs exactly 100 samples, not 100.00000000000003).
bool TooFewSamplesForPercentile(const AlarmSpec& spec, double sample_count) {
  const double h = std::round(PercentileOf(spec) * 100.0);
  if (h <= 0 || h >= 10000) return false;
  if (h >= 5000) return sample_count * (10000.0 - h) < 100000.0;
  return sample_count * h < 100000.0;
}

enum class Fill { kNone, kBreaching, kNonBreaching };

// "Threshold Crossed: ..." for a decision made from real datapoints.
// `listed` are the counted points (breaching toward ALARM, non-breaching
// toward OK), newest first; `evaluated` how many real points were looked at.
std::string ThresholdReason(const AlarmSpec& spec, bool to_alarm, const std::vector<Point>& listed,
                            size_t evaluated, Fill fill, size_t filled) {
  const int n = spec.evaluation_periods;
  const int m = spec.datapoints_to_alarm_or_n();
  const std::string_view fill_name = fill == Fill::kBreaching ? "[Breaching]" : "[NonBreaching]";
  std::string out = spec.band ? "Thresholds Crossed: " : "Threshold Crossed: ";
  if (listed.empty()) {
    // Only the filled-in missing datapoints decided (e.g. breaching fill).
    out += Count(filled, "missing datapoint", "missing datapoints");
    out += ' ';
    out += WasWere(filled);
    out += " treated as ";
    out += fill_name;
  } else {
    if (spec.datapoints_to_alarm) {
      out += std::to_string(listed.size()) + " out of the last " + std::to_string(evaluated) +
             " datapoints [";
    } else {
      out += Count(listed.size(), "datapoint", "datapoints") + " [";
    }
    for (size_t i = 0; i < listed.size(); ++i) {
      if (i > 0) out += ", ";
      out += JavaDouble(listed[i].value);
      out += " (";
      out += FormatReasonTime(listed[i].start_ms);
      out += ')';
    }
    out += "] ";
    out += WasWere(listed.size());
    if (spec.band) {
      out += ' ';
      out += BandComparison(spec.comparison_operator, to_alarm, listed);
    } else {
      out += to_alarm ? " " : " not ";
      out += OperatorPhrase(spec.comparison_operator);
      out += " the threshold (";
      out += JavaDouble(spec.threshold);
      out += ')';
    }
    if (fill != Fill::kNone && filled > 0) {
      out += " and " + Count(filled, "missing datapoint", "missing datapoints") + " ";
      out += WasWere(filled);
      out += " treated as ";
      out += fill_name;
    }
  }
  if (spec.datapoints_to_alarm) {
    const int minimum = to_alarm ? m : n - m + 1;
    out += " (minimum " + Count(static_cast<size_t>(minimum), "datapoint", "datapoints") +
           (to_alarm ? " for OK -> ALARM transition)" : " for ALARM -> OK transition)");
  }
  out += '.';
  return out;
}

std::string NoDataReason(const AlarmSpec& spec, Fill fill) {
  const auto n = static_cast<size_t>(spec.evaluation_periods);
  return std::string(spec.band ? "Thresholds" : "Threshold") +
         " Crossed: no datapoints were received for " + Count(n, "period", "periods") + " and " +
         Count(n, "missing datapoint", "missing datapoints") + " " + std::string(WasWere(n)) +
         " treated as " + (fill == Fill::kBreaching ? "[Breaching]" : "[NonBreaching]") + ".";
}

std::string UnknownReason(size_t unknown) {
  return "Insufficient Data: " + Count(unknown, "datapoint", "datapoints") + " " +
         std::string(WasWere(unknown)) + " unknown.";
}

// A band alarm whose model has no band yet for a datapoint it must judge.
std::string LearningReason(size_t without_band, size_t evaluated) {
  return "Insufficient Data: the anomaly detection band is not available yet for " +
         std::to_string(without_band) + " of the last " +
         Count(evaluated, "datapoint", "datapoints") +
         " (the model is still learning the metric's normal range).";
}

std::string UnobservedReason(size_t evidence, size_t n, std::string_view why) {
  std::string out = "Insufficient Data: " + Count(evidence, "period", "periods") + " of the " +
                    std::to_string(n) + " needed " + std::string(WasWere(evidence)) + " evidence";
  if (!why.empty()) {
    out += " (";
    out += why;
    out += ')';
  }
  out += '.';
  return out;
}

std::string ReasonData(const AlarmSpec& spec, const std::vector<Slot>& slots,
                       const std::vector<Point>& evaluated,
                       const std::vector<int64_t>& filled_starts, int64_t evaluation_time_ms,
                       size_t max_entries) {
  std::string out = "{\"version\":\"1.0\",\"queryDate\":";
  AppendJsonString(out, FormatCloudWatchTime(evaluation_time_ms));
  out += ",\"startDate\":";
  AppendJsonString(
      out, FormatCloudWatchTime(slots.empty() ? evaluation_time_ms : slots.front().start_ms));
  if (spec.statistic) {
    out += ",\"statistic\":";
    AppendJsonString(out, StatisticName(*spec.statistic));
  } else {
    out += ",\"extendedStatistic\":";
    AppendJsonString(out, spec.extended_statistic);
  }
  out += ",\"period\":" + std::to_string(spec.period_seconds);
  out += ",\"recentDatapoints\":[";
  // The most recent real values, oldest first.
  std::vector<const Slot*> recent;
  for (const Slot& slot : slots) {
    if (slot.value) recent.push_back(&slot);
  }
  const size_t skip = recent.size() > max_entries ? recent.size() - max_entries : 0;
  for (size_t i = skip; i < recent.size(); ++i) {
    if (i > skip) out += ',';
    out += JavaDouble(*recent[i]->value);
  }
  if (spec.band) {
    // Band alarms give each recent datapoint's bounds (CloudWatch's
    // recentLowerThresholds / recentUpperThresholds); null = no band yet.
    for (const bool upper : {false, true}) {
      out += upper ? "],\"recentUpperThresholds\":[" : "],\"recentLowerThresholds\":[";
      for (size_t i = skip; i < recent.size(); ++i) {
        if (i > skip) out += ',';
        const std::optional<BandBounds>& band = recent[i]->band;
        out += band ? JavaDouble(upper ? band->upper : band->lower) : "null";
      }
    }
    out += ']';
  } else {
    out += "],\"threshold\":" + JavaDouble(spec.threshold);
  }
  out += ",\"evaluatedDatapoints\":[";
  // Newest first: the real points evaluated plus the filled missing periods.
  struct Entry {
    int64_t start_ms;
    const Point* point;
  };
  std::vector<Entry> entries;
  for (const Point& p : evaluated) entries.push_back({p.start_ms, &p});
  for (int64_t start : filled_starts) entries.push_back({start, nullptr});
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.start_ms > b.start_ms; });
  if (entries.size() > max_entries) entries.resize(max_entries);
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) out += ',';
    out += "{\"timestamp\":";
    AppendJsonString(out, FormatCloudWatchTime(entries[i].start_ms));
    if (entries[i].point) {
      out += ",\"sampleCount\":" + JavaDouble(entries[i].point->sample_count);
      out += ",\"value\":" + JavaDouble(entries[i].point->value);
    }
    out += '}';
  }
  out += "]}";
  return out;
}

// The range as the rules of docs/cloudwatch-semantics.md §4.4 read it.
struct RangeFacts {
  std::vector<Point> real;             // every real datapoint, oldest first
  std::vector<Point> evaluated;        // the N most recent real ones (rule 2), or all; newest first
  size_t breaching = 0;                // among `evaluated`
  size_t fill_count = 0;               // N - K when K < N: missing periods a fill policy counts
  std::vector<int64_t> filled_starts;  // the newest missing periods that are filled
  size_t evidence_periods = 0;         // periods that are evidence (§4.7)
};

RangeFacts CollectFacts(const AlarmSpec& spec, const std::vector<Slot>& slots, size_t n) {
  RangeFacts facts;
  for (size_t i = 0; i < slots.size(); ++i) {
    facts.evidence_periods += slots[i].evidence ? 1 : 0;
    if (!slots[i].value) continue;
    const bool breaching =
        spec.band ? slots[i].band &&
                        BreachesBand(spec.comparison_operator, *slots[i].value, *slots[i].band)
                  : Breaches(spec, *slots[i].value);
    facts.real.push_back(Point{i, *slots[i].value, slots[i].sample_count, slots[i].start_ms,
                               breaching, slots[i].band});
  }
  const size_t k = facts.real.size();
  facts.evaluated.assign(facts.real.end() - static_cast<std::ptrdiff_t>(std::min(k, n)),
                         facts.real.end());
  std::reverse(facts.evaluated.begin(), facts.evaluated.end());
  for (const Point& p : facts.evaluated) facts.breaching += p.breaching ? 1 : 0;
  facts.fill_count = k < n ? n - k : 0;
  const TreatMissingData treat = spec.treat_missing_data;
  if (treat == TreatMissingData::kBreaching || treat == TreatMissingData::kNotBreaching) {
    for (size_t i = slots.size(); i-- > 0 && facts.filled_starts.size() < facts.fill_count;) {
      if (!slots[i].value && slots[i].evidence) facts.filled_starts.push_back(slots[i].start_ms);
    }
  }
  return facts;
}

// docs/cloudwatch-semantics.md §4.5: with
// `evaluate_low_sample_count_percentile: ignore`, a percentile
// over too few samples keeps the state.
bool PercentileHasTooFewSamples(const AlarmSpec& spec, const RangeFacts& facts) {
  if (!spec.ignore_low_sample_count_percentile || spec.extended_statistic.empty()) return false;
  return std::any_of(facts.evaluated.begin(), facts.evaluated.end(), [&](const Point& p) {
    return TooFewSamplesForPercentile(spec, p.sample_count);
  });
}

void Keep(EvaluationResult& result, AlarmState current, std::string why) {
  result.state = current;
  result.kept_state = true;
  result.reason = std::move(why);
}

// ALARM or OK from the real points (and the fill, when one applies).
void Decide(const AlarmSpec& spec, const RangeFacts& facts, bool to_alarm, Fill fill,
            EvaluationResult& result) {
  std::vector<Point> listed;
  for (const Point& p : facts.evaluated) {
    if (p.breaching == to_alarm) listed.push_back(p);
  }
  result.state = to_alarm ? AlarmState::kAlarm : AlarmState::kOk;
  result.reason = ThresholdReason(spec, to_alarm, listed, facts.evaluated.size(), fill,
                                  fill == Fill::kNone ? 0 : facts.fill_count);
}

// Rule 1: no real datapoint in the range.
void DecideWithoutData(const AlarmSpec& spec, size_t n, AlarmState current,
                       EvaluationResult& result) {
  switch (spec.treat_missing_data) {
    case TreatMissingData::kMissing:
      result.state = AlarmState::kInsufficientData;
      result.reason = UnknownReason(n);
      break;
    case TreatMissingData::kIgnore:
      Keep(result, current, "Unchanged: no datapoints and missing data is ignored.");
      break;
    case TreatMissingData::kBreaching:
      result.state = AlarmState::kAlarm;
      result.reason = NoDataReason(spec, Fill::kBreaching);
      break;
    case TreatMissingData::kNotBreaching:
      result.state = AlarmState::kOk;
      result.reason = NoDataReason(spec, Fill::kNonBreaching);
      break;
  }
}

// Rule 3 with `missing` or `ignore`: 0 < K < N and no fill.
void DecideFewPointsUnfilled(const AlarmSpec& spec, const RangeFacts& facts, size_t slot_count,
                             size_t m, AlarmState current, EvaluationResult& result) {
  const bool missing = spec.treat_missing_data == TreatMissingData::kMissing;
  const size_t k = facts.real.size();
  if (facts.breaching >= m) {
    Decide(spec, facts, true, Fill::kNone, result);  // a
  } else if (facts.breaching != k) {
    Decide(spec, facts, false, Fill::kNone, result);  // c
  } else if (slot_count - 1 - facts.real.front().index + 1 >= m) {
    // b: all real points breach and the oldest one is at least M periods old
    // (its age counts the newest period as 0).
    if (missing) {
      Decide(spec, facts, true, Fill::kNone, result);
    } else {
      Keep(result, current, "Unchanged: too few datapoints and missing data is ignored.");
    }
  } else if (missing) {  // d
    result.state = AlarmState::kInsufficientData;
    result.reason = UnknownReason(facts.fill_count);
  } else {
    Keep(result, current, "Unchanged: too few datapoints and missing data is ignored.");
  }
}

// Caps the reason and builds the reason data within CloudWatch's limits.
void FinishResult(const AlarmSpec& spec, const std::vector<Slot>& slots, const RangeFacts& facts,
                  int64_t evaluation_time_ms, EvaluationResult& result) {
  if (result.reason.size() > kMaxReasonChars) {
    result.reason.resize(kMaxReasonChars - 3);
    result.reason += "...";
  }
  size_t max_entries = slots.size() + 1;
  do {
    result.reason_data_json = ReasonData(spec, slots, facts.evaluated, facts.filled_starts,
                                         evaluation_time_ms, max_entries);
    max_entries /= 2;
  } while (result.reason_data_json.size() > kMaxReasonDataChars && max_entries > 0);
}

// docs/cloudwatch-semantics.md §4.7: fewer than N periods are evidence. Real breaching
// points decide ALARM on their own (rule a holds whatever the other periods
// held); any other verdict would rest on periods nobody observed.
void DecideTooFewEvidencePeriods(const AlarmSpec& spec, const RangeFacts& facts, size_t n, size_t m,
                                 AlarmState current, std::string_view why,
                                 EvaluationResult& result) {
  if (facts.breaching >= m) {
    Decide(spec, facts, true, Fill::kNone, result);
    return;
  }
  std::string reason = UnobservedReason(facts.evidence_periods, n, why);
  result.too_few_evidence_periods = true;
  if (spec.treat_missing_data == TreatMissingData::kIgnore) {
    Keep(result, current, std::move(reason));
    return;
  }
  result.state = AlarmState::kInsufficientData;
  result.reason = std::move(reason);
}

EvaluationResult EvaluateSlots(const AlarmSpec& spec, const std::vector<Slot>& slots,
                               AlarmState current, int64_t evaluation_time_ms,
                               bool check_low_samples, std::string_view why = {}) {
  const auto n = static_cast<size_t>(std::max(1, spec.evaluation_periods));
  const auto m = static_cast<size_t>(std::max(1, spec.datapoints_to_alarm_or_n()));
  const RangeFacts facts = CollectFacts(spec, slots, n);
  const size_t k = facts.real.size();

  size_t without_band = 0;
  if (spec.band) {
    for (const Point& p : facts.evaluated) without_band += p.band ? 0 : 1;
  }

  EvaluationResult result;
  if (without_band > 0) {
    // §4.9: no band while the model learns, so no verdict either way.
    result.state = AlarmState::kInsufficientData;
    result.reason = LearningReason(without_band, facts.evaluated.size());
    result.band_learning = true;
  } else if (check_low_samples && PercentileHasTooFewSamples(spec, facts)) {
    Keep(result, current,
         "Unchanged: a percentile datapoint has too few samples "
         "(evaluate_low_sample_count_percentile: ignore).");
  } else if (facts.evidence_periods < n) {
    DecideTooFewEvidencePeriods(spec, facts, n, m, current, why, result);
  } else if (k == 0) {
    DecideWithoutData(spec, n, current, result);  // rule 1
  } else if (k >= n) {
    Decide(spec, facts, facts.breaching >= m, Fill::kNone, result);      // rule 2
  } else if (spec.treat_missing_data == TreatMissingData::kBreaching) {  // rule 3
    Decide(spec, facts, facts.breaching + facts.fill_count >= m, Fill::kBreaching, result);
  } else if (spec.treat_missing_data == TreatMissingData::kNotBreaching) {
    Decide(spec, facts, facts.breaching >= m, Fill::kNonBreaching, result);
  } else {
    DecideFewPointsUnfilled(spec, facts, slots.size(), m, current, result);
  }
  FinishResult(spec, slots, facts, evaluation_time_ms, result);
  return result;
}

}  // namespace

std::optional<double> DatapointValue(const AlarmSpec& spec, const Datapoint& datapoint) {
  if (datapoint.sample_count <= 0) return std::nullopt;
  if (!spec.statistic) return datapoint.Percentile(PercentileOf(spec));
  switch (*spec.statistic) {
    case Statistic::kSampleCount:
      return datapoint.sample_count;
    case Statistic::kAverage:
      return datapoint.average();
    case Statistic::kSum:
      return datapoint.sum;
    case Statistic::kMinimum:
      return datapoint.minimum;
    case Statistic::kMaximum:
      return datapoint.maximum;
  }
  return std::nullopt;
}

bool Breaches(const AlarmSpec& spec, double value) {
  switch (spec.comparison_operator) {
    case ComparisonOperator::kGreaterThanOrEqualToThreshold:
      return value >= spec.threshold;
    case ComparisonOperator::kGreaterThanThreshold:
      return value > spec.threshold;
    case ComparisonOperator::kLessThanThreshold:
      return value < spec.threshold;
    case ComparisonOperator::kLessThanOrEqualToThreshold:
      return value <= spec.threshold;
    case ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold:
    case ComparisonOperator::kLessThanLowerThreshold:
    case ComparisonOperator::kGreaterThanUpperThreshold:
      break;  // a band alarm has no threshold: BreachesBand
  }
  return false;
}

bool BreachesBand(ComparisonOperator op, double value, const BandBounds& band) {
  switch (op) {
    case ComparisonOperator::kLessThanLowerOrGreaterThanUpperThreshold:
      return value < band.lower || value > band.upper;
    case ComparisonOperator::kLessThanLowerThreshold:
      return value < band.lower;
    case ComparisonOperator::kGreaterThanUpperThreshold:
      return value > band.upper;
    default:
      return false;
  }
}

EvaluationResult EvaluateAlarm(const AlarmSpec& spec,
                               std::span<const std::optional<Datapoint>> range, AlarmState current,
                               int64_t evaluation_time_ms, const EvidenceRule& evidence,
                               std::span<const std::optional<BandBounds>> bands) {
  const int64_t period_ms = static_cast<int64_t>(spec.period_seconds) * 1000;
  std::vector<Slot> slots(range.size());
  // Period starts come from the datapoints when there are any (the range is
  // contiguous), else from the evaluation time.
  int64_t newest_start = evaluation_time_ms - period_ms;
  for (size_t i = 0; i < range.size(); ++i) {
    if (range[i]) {
      newest_start =
          range[i]->period_start_ms + static_cast<int64_t>(range.size() - 1 - i) * period_ms;
      break;
    }
  }
  for (size_t i = 0; i < range.size(); ++i) {
    slots[i].start_ms = newest_start - static_cast<int64_t>(range.size() - 1 - i) * period_ms;
    slots[i].evidence = slots[i].start_ms >= evidence.missing_since_ms;
    if (i < bands.size()) slots[i].band = bands[i];
    if (!range[i]) continue;
    slots[i].evidence = true;
    slots[i].start_ms = range[i]->period_start_ms;
    slots[i].value = DatapointValue(spec, *range[i]);
    slots[i].sample_count = range[i]->sample_count;
  }
  return EvaluateSlots(spec, slots, current, evaluation_time_ms, /*check_low_samples=*/true,
                       evidence.why);
}

EvaluationResult EvaluateAlarmValues(const AlarmSpec& spec,
                                     std::span<const std::optional<double>> values,
                                     AlarmState current, int64_t evaluation_time_ms,
                                     std::span<const std::optional<BandBounds>> bands) {
  const int64_t period_ms = static_cast<int64_t>(spec.period_seconds) * 1000;
  std::vector<Slot> slots(values.size());
  for (size_t i = 0; i < values.size(); ++i) {
    slots[i].start_ms = evaluation_time_ms - static_cast<int64_t>(values.size() - i) * period_ms;
    slots[i].value = values[i];
    slots[i].sample_count = values[i] ? 1 : 0;
    if (i < bands.size()) slots[i].band = bands[i];
  }
  return EvaluateSlots(spec, slots, current, evaluation_time_ms, /*check_low_samples=*/false);
}

}  // namespace tailwatch::engine
