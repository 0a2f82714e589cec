#include "engine/anomaly/band_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "engine/common/byte_codec.h"
#include "engine/common/floor_div.h"

namespace tailwatch::engine::anomaly {
namespace {

// The constants, one configuration for every series (docs/anomaly.md gives
// the reasoning and what was measured).
// Level: an exponentially weighted mean of Huber-clipped residuals, with a
// weak damped trend (a strong trend overshoots on noisy series).
constexpr double kLevelAlpha = 0.05;
constexpr double kTrendBeta = 0.005;
constexpr double kTrendDamping = 0.9;
constexpr double kClip = 2.0;  // residuals clipped at ±kClip × spread
// Seasonal profiles learn per slot; a profile is used only while its
// smoothed error is below kSeasonGain × the error without it.
constexpr double kSeasonAlpha = 0.05;
constexpr double kErrorAlpha = 0.05;
constexpr double kSeasonGain = 0.8;
// Spread: streaming median and 99th percentile of |residual|, each moved by
// a bounded multiplicative step per datapoint.
constexpr double kMedianRate = 0.05;
constexpr double kTailRate = 0.05;
constexpr double kTailQuantile = 0.99;
// A residual far above the tail quantile moves it by (ratio)^kTailGamma,
// at most ×kTailMaxUp: fast to learn heavy tails after a flat stretch,
// ×1.23 for a 20-sigma outlier.
constexpr double kTailGamma = 0.1;
constexpr double kTailMaxUp = 2.0;
// |N(0,1)| quantiles: median 0.6745, 99th percentile 2.5758.
constexpr double kMedianToSigma = 1.0 / 0.6745;
constexpr double kTailToSigma = 1.0 / 2.5758;
// Cool-down after a detection: a residual beyond kAlertZ spreads widens the
// band by residual / (kAlertZ × spread), decaying back by kAlertDecay per
// datapoint (half-life 69 datapoints), so one incident is reported once.
constexpr double kAlertZ = 4.0;
constexpr double kAlertDecay = 0.99;
// Evidence: short- and long-run means of log(|residual| / spread); the band
// narrows by exp(-kEvidenceGain × (short - long)) while recent residuals
// run larger than usual, so a developing incident is caught early.
constexpr double kEvidenceGain = 0.5;
constexpr double kEvidenceShort = 0.1;
constexpr double kEvidenceLong = 0.002;
constexpr double kEvidenceMinZ = 0.01;
constexpr double kEvidenceMaxZ = 100;
// Level shift: kShiftRun consecutive residuals beyond kShiftZ spreads on
// the same side move the level to their mean.
constexpr double kShiftZ = 3.0;
constexpr int32_t kShiftRun = 8;
// Recurring spikes: a residual beyond kSpikeZ learned spreads in the same
// hour of the day as one on another day at most kSpikeDays before is a daily
// pattern (a nightly job), not an incident. That hour's band then widens so a
// spike of the smaller of the two sizes sits at kRecurringZ spreads, inside
// a k = 5 band; the allowance decays by kRecurringDecay per datapoint (half
// of it gone after 6,931 datapoints) unless the spike comes again.
constexpr double kSpikeZ = 5.0;
constexpr int64_t kSpikeDays = 3;
constexpr double kRecurringZ = 4.0;
constexpr double kRecurringDecay = 0.9999;
constexpr int64_t kHourMs = 3'600'000;
constexpr int64_t kDayMs = 24 * kHourMs;
constexpr uint32_t kVersion = 3;

const double kMedianUp = std::exp(kMedianRate * 0.5);
const double kMedianDown = std::exp(-kMedianRate * 0.5);
const double kTailUp = std::exp(kTailRate * kTailQuantile);
const double kTailDown = std::exp(-kTailRate * (1 - kTailQuantile));

double Tiny(double level) { return 1e-9 * std::max(1.0, std::fabs(level)); }

}  // namespace

BandModel::BandModel(const BandModelOptions& options) : options_(options) {}

BandModel::Candidates BandModel::CandidatesAt(int64_t time_ms) const {
  const int64_t hour = FloorDiv(time_ms, kHourMs);
  const int week_slot = static_cast<int>(hour - FloorDiv(hour, kWeekSlots) * kWeekSlots);
  const int day_slot = week_slot % kDaySlots;
  const double base = level_ + trend_;
  Candidates c;
  c.center[kNone] = base;
  c.center[kDaily] = base + day_[day_slot];
  c.center[kWeekly] = base + week_[week_slot];
  c.day_slot = day_slot;
  c.week_slot = week_slot;
  return c;
}

double BandModel::LearnedSpread() const {
  return std::max({abs_median_ * kMedianToSigma, abs_tail_ * kTailToSigma, Tiny(level_)});
}

double BandModel::Spread() const {
  return alert_ * std::exp(-kEvidenceGain * (evidence_short_ - evidence_long_)) * LearnedSpread();
}

double BandModel::WidenedForSpike(double spread, int day_slot) const {
  return std::max(spread, recurring_[day_slot] / kRecurringZ);
}

std::optional<Prediction> BandModel::Predict(int64_t time_ms) const {
  if (count_ < kWarmupPoints) return std::nullopt;
  const Candidates c = CandidatesAt(time_ms);
  return Prediction{c.center[season_], WidenedForSpike(Spread(), c.day_slot)};
}

void BandModel::FinishWarmup() {
  std::array<double, kWarmupPoints> sorted = warmup_;
  std::sort(sorted.begin(), sorted.end());
  level_ = 0.5 * (sorted[kWarmupPoints / 2 - 1] + sorted[kWarmupPoints / 2]);
  for (double& v : sorted) v = std::fabs(v - level_);
  std::sort(sorted.begin(), sorted.end());
  abs_median_ = std::max(sorted[kWarmupPoints / 2], Tiny(level_));
  abs_tail_ = std::max(sorted[kWarmupPoints - 1], abs_median_);
  error_.fill(abs_median_);
}

void BandModel::LearnSpike(int64_t time_ms, int day_slot, double abs_residual) {
  const int64_t day = FloorDiv(time_ms, kDayMs);
  Spike& last = last_spike_[day_slot];
  // Times may go backwards: "another day" is any other day within reach.
  const int64_t days_apart = day > last.day ? day - last.day : last.day - day;
  if (last.size > 0 && days_apart != 0 && days_apart <= kSpikeDays) {
    recurring_[day_slot] = std::max(recurring_[day_slot], std::min(abs_residual, last.size));
  }
  last.size = days_apart == 0 && last.size > 0 ? std::max(last.size, abs_residual) : abs_residual;
  last.day = day;
}

void BandModel::Observe(int64_t time_ms, double value) {
  if (!std::isfinite(value)) return;
  if (count_ < kWarmupPoints) {
    warmup_[count_] = value;
    ++count_;
    if (count_ == kWarmupPoints) FinishWarmup();
    return;
  }
  const Candidates c = CandidatesAt(time_ms);
  const double drawn = Spread();
  const double spread = WidenedForSpike(drawn, c.day_slot);
  const double residual = value - c.center[season_];
  const double abs_residual = std::fabs(residual);
  // Learning uses the spread without the cool-down or a recurring spike's
  // allowance, so neither loosens the clipping that keeps the next outlier
  // out of the level.
  const double unalerted = drawn / alert_;
  const double clip = kClip * unalerted;

  const double log_z =
      std::log(std::clamp(abs_residual / LearnedSpread(), kEvidenceMinZ, kEvidenceMaxZ));
  evidence_short_ += kEvidenceShort * (log_z - evidence_short_);
  evidence_long_ += kEvidenceLong * (log_z - evidence_long_);
  alert_ = 1 + (alert_ - 1) * kAlertDecay;
  // An extreme datapoint widens the band by how far beyond it it was.
  if (abs_residual > kAlertZ * spread) {
    alert_ = std::max(alert_, alert_ * (abs_residual / spread) / kAlertZ);
  }

  // Every candidate is judged out of sample, with its error clipped so an
  // outlier cannot decide which one wins.
  for (int m = 0; m < kSeasons; ++m) {
    const double e = std::min(std::fabs(value - c.center[m]), clip);
    error_[m] += kErrorAlpha * (e - error_[m]);
  }
  Season best = kNone;
  for (int m = kDaily; m < kSeasons; ++m) {
    if (error_[m] < kSeasonGain * error_[best]) best = static_cast<Season>(m);
  }
  season_ = best;

  for (double& r : recurring_) r *= kRecurringDecay;
  if (abs_residual > kSpikeZ * LearnedSpread()) LearnSpike(time_ms, c.day_slot, abs_residual);
  abs_median_ *= abs_residual > abs_median_ ? kMedianUp : kMedianDown;
  if (abs_residual > abs_tail_) {
    abs_tail_ *= std::clamp(std::pow(abs_residual / abs_tail_, kTailGamma), kTailUp, kTailMaxUp);
  } else {
    abs_tail_ *= kTailDown;
  }
  abs_median_ = std::max(abs_median_, Tiny(level_));
  abs_tail_ = std::max(abs_tail_, abs_median_);

  const double seasonal = c.center[season_] - (level_ + trend_);
  const double deseasoned = value - seasonal;
  const int32_t side = residual > kShiftZ * spread ? 1 : (residual < -kShiftZ * spread ? -1 : 0);
  if (side != 0 && (shift_run_ == 0 || (shift_run_ > 0) == (side > 0))) {
    shift_run_ += side;
    shift_sum_ += deseasoned;
  } else if (side != 0) {
    shift_run_ = side;
    shift_sum_ = deseasoned;
  } else {
    shift_run_ = 0;
    shift_sum_ = 0;
  }

  const double previous_level = level_;
  if (shift_run_ == kShiftRun || shift_run_ == -kShiftRun) {
    level_ = shift_sum_ / kShiftRun;
    trend_ = 0;
    shift_run_ = 0;
    shift_sum_ = 0;
  } else {
    const double step = std::clamp(residual, -clip, clip);
    level_ = previous_level + trend_ + kLevelAlpha * step;
    trend_ = kTrendDamping * trend_ + kTrendBeta * (level_ - previous_level - trend_);
  }

  const double day_step = std::clamp(value - level_ - day_[c.day_slot], -clip, clip);
  day_[c.day_slot] += kSeasonAlpha * day_step;
  const double week_step = std::clamp(value - level_ - week_[c.week_slot], -clip, clip);
  week_[c.week_slot] += kSeasonAlpha * week_step;
  if (count_ != UINT64_MAX) ++count_;
  // Values near the double range can overflow a sum; rather than carry
  // infinities into every later band, start learning again.
  if (!std::isfinite(level_ + trend_ + shift_sum_ + day_[c.day_slot] + week_[c.week_slot]) ||
      !std::isfinite(Spread())) {
    *this = BandModel(options_);
  }
}

uint64_t BandModel::observed() const { return count_; }

void BandModel::Serialize(std::string* out) const {
  ByteWriter writer;
  writer.Put<uint32_t>(kVersion);
  writer.Put<uint64_t>(count_);
  for (double v : warmup_) writer.Put<double>(v);
  writer.Put<double>(level_);
  writer.Put<double>(trend_);
  writer.Put<double>(abs_median_);
  writer.Put<double>(abs_tail_);
  for (double v : error_) writer.Put<double>(v);
  writer.Put<uint8_t>(season_);
  writer.Put<double>(alert_);
  writer.Put<double>(evidence_short_);
  writer.Put<double>(evidence_long_);
  writer.Put<int32_t>(shift_run_);
  writer.Put<double>(shift_sum_);
  for (double v : recurring_) writer.Put<double>(v);
  for (const Spike& s : last_spike_) {
    writer.Put<double>(s.size);
    writer.Put<int64_t>(s.day);
  }
  for (double v : day_) writer.Put<double>(v);
  for (double v : week_) writer.Put<double>(v);
  out->append(writer.Take());
}

bool BandModel::Valid() const {
  auto finite = [](double v) { return std::isfinite(v); };
  if (!std::all_of(warmup_.begin(), warmup_.end(), finite)) return false;
  if (!std::all_of(error_.begin(), error_.end(), finite)) return false;
  if (!std::all_of(day_.begin(), day_.end(), finite)) return false;
  if (!std::all_of(week_.begin(), week_.end(), finite)) return false;
  auto size = [](double v) { return v >= 0 && std::isfinite(v); };
  if (!std::all_of(recurring_.begin(), recurring_.end(), size)) return false;
  // A day number any int64 time can have, so that days subtract without overflow.
  constexpr int64_t kMaxDay = INT64_MAX / kDayMs + 1;
  for (const Spike& s : last_spike_) {
    if (!size(s.size) || s.day > kMaxDay || s.day < -kMaxDay) return false;
  }
  if (!finite(level_) || !finite(trend_) || !finite(shift_sum_)) return false;
  if (!(alert_ >= 1) || !finite(alert_)) return false;
  // The evidence means average logs of values clamped to [0.01, 100].
  const double lo = std::log(kEvidenceMinZ);
  const double hi = std::log(kEvidenceMaxZ);
  if (!(evidence_short_ >= lo && evidence_short_ <= hi)) return false;
  if (!(evidence_long_ >= lo && evidence_long_ <= hi)) return false;
  if (!(abs_median_ >= 0) || !finite(abs_median_) || !(abs_tail_ >= 0) || !finite(abs_tail_)) {
    return false;
  }
  if (count_ >= kWarmupPoints && !(abs_median_ > 0)) return false;
  return season_ < kSeasons && shift_run_ > -kShiftRun && shift_run_ < kShiftRun;
}

bool BandModel::WrittenByThisVersion(std::string_view bytes) {
  ByteReader reader(bytes);
  return reader.Get<uint32_t>() == kVersion && reader.ok();
}

bool BandModel::Restore(std::string_view bytes) {
  if (bytes.size() > kMaxStateBytes) return false;
  ByteReader reader(bytes);
  if (reader.Get<uint32_t>() != kVersion) return false;
  BandModel m(options_);
  m.count_ = reader.Get<uint64_t>();
  for (double& v : m.warmup_) v = reader.Get<double>();
  m.level_ = reader.Get<double>();
  m.trend_ = reader.Get<double>();
  m.abs_median_ = reader.Get<double>();
  m.abs_tail_ = reader.Get<double>();
  for (double& v : m.error_) v = reader.Get<double>();
  const uint8_t season = reader.Get<uint8_t>();
  m.season_ = static_cast<Season>(std::min<uint8_t>(season, kSeasons));
  m.alert_ = reader.Get<double>();
  m.evidence_short_ = reader.Get<double>();
  m.evidence_long_ = reader.Get<double>();
  m.shift_run_ = reader.Get<int32_t>();
  m.shift_sum_ = reader.Get<double>();
  for (double& v : m.recurring_) v = reader.Get<double>();
  for (Spike& s : m.last_spike_) {
    s.size = reader.Get<double>();
    s.day = reader.Get<int64_t>();
  }
  for (double& v : m.day_) v = reader.Get<double>();
  for (double& v : m.week_) v = reader.Get<double>();
  if (!reader.ok() || !reader.done() || !m.Valid()) return false;
  *this = m;
  return true;
}

double Score(const Prediction& prediction, double value) {
  const double z = std::fabs(value - prediction.center) / prediction.spread;
  if (!(z < HUGE_VAL)) return 1.0;  // NaN or infinite deviation
  return z / (1.0 + z);
}

double ScoreForWidth(double k) { return k / (1.0 + k); }

}  // namespace tailwatch::engine::anomaly
