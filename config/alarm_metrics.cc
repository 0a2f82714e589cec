#include "config/alarm_metrics.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>

#include "config/time_zone.h"
#include "engine/alarm/band_expression.h"
#include "engine/pipeline/timestamp_format.h"

namespace tailwatch::config {
namespace {

constexpr long long kIntMax = 2147483647LL;
constexpr std::string_view kMetricKeys[] = {"namespace", "metric_name", "dimensions"};
constexpr std::string_view kMetricStatKeys[] = {"metric", "period", "stat", "unit"};

// `stat`: a CloudWatch statistic name or a percentile ("p99").
bool DecodeStat(MapReader& r, std::optional<engine::Statistic>* statistic, std::string* extended,
                double* percentile) {
  std::string stat;
  if (!r.String("stat", &stat, /*required=*/true)) return false;
  if (const auto s = engine::ParseStatistic(stat)) {
    *statistic = *s;
    return true;
  }
  if (const auto p = engine::ParseExtendedStatistic(stat)) {
    *extended = stat;
    *percentile = *p;
    return true;
  }
  r.ErrorAt("stat",
            "stat: expected SampleCount, Average, Sum, Minimum, Maximum or a percentile "
            "such as p99, got '" +
                stat + "'");
  return false;
}

// `metric: {namespace, metric_name, dimensions}` into `key`.
bool DecodeMetric(MapReader& parent, engine::MetricKey* key) {
  if (!parent.Require("metric")) return false;
  MapReader m(parent.diags(), parent.file(), parent.Value("metric"), kMetricKeys, "metric");
  if (!m.is_map()) return false;
  bool ok = m.String("namespace", &key->metric_namespace, /*required=*/true);
  ok = m.String("metric_name", &key->metric_name, /*required=*/true) && ok;
  if (m.Has("dimensions")) ok = m.StringMap("dimensions", &key->dimensions) && ok;
  key->Normalize();
  return ok;
}

}  // namespace

YAML::Node DecodeAlarmMetrics(MapReader& r, engine::AlarmSpec* a, bool* ok) {
  static constexpr std::string_view kQueryKeys[] = {
      "id", "metric_stat", "expression", "return_data", "label", "period", "account_id"};
  *ok = false;
  YAML::Node metric_stat_node{YAML::NodeType::Undefined};
  const YAML::Node list = r.Value("metrics");
  if (!list.IsSequence() || list.size() == 0) {
    r.ErrorAt("metrics", "metrics: expected a list of metric data queries");
    return metric_stat_node;
  }
  struct Query {
    std::string id;
    YAML::Node node;
    YAML::Node expression_node{YAML::NodeType::Undefined};
    bool is_stat = false;
    bool return_data = true;
    std::string label;
    engine::BandExpression band;
    bool band_ok = false;
  };
  std::vector<Query> queries;
  bool good = true;
  engine::MetricKey key;
  for (const YAML::Node& item : list) {
    const size_t before = r.diags().error_count();
    MapReader q(r.diags(), r.file(), item, kQueryKeys, "metric data query");
    if (!q.is_map()) {
      good = false;
      continue;
    }
    Query query;
    query.node = item;
    if (q.String("id", &query.id, /*required=*/true) && !engine::IsMetricQueryId(query.id)) {
      q.ErrorAt("id",
                "id: must start with a lowercase letter and hold only letters, digits and "
                "'_' (at most 255 characters)");
    }
    q.Bool("return_data", &query.return_data);
    q.String("label", &query.label);
    if (q.Has("account_id"))
      q.ErrorAt("account_id",
                "account_id: cross-account metrics are not "
                "supported");
    if (q.Has("period")) {
      q.ErrorAt("period", "period: give the period in metric_stat (the band follows its metric)");
    }
    const bool has_stat = q.Has("metric_stat");
    const bool has_expression = q.Has("expression");
    if (has_stat == has_expression) {
      q.diags().Error(q.file(), item,
                      "a metric data query needs exactly one of metric_stat or "
                      "expression");
    } else if (has_stat) {
      query.is_stat = true;
      metric_stat_node.reset(q.Value("metric_stat"));
      MapReader ms(r.diags(), r.file(), q.Value("metric_stat"), kMetricStatKeys, "metric_stat");
      if (ms.is_map()) {
        DecodeMetric(ms, &key);
        ms.Int("period", &a->period_seconds, 1, kIntMax, /*required=*/true);
        DecodeStat(ms, &a->statistic, &a->extended_statistic, &a->percentile);
        ms.String("unit", &a->unit);
      }
    } else {
      std::string expression;
      if (q.String("expression", &expression)) {
        query.expression_node.reset(q.Value("expression"));
        const auto parsed = engine::ParseBandExpression(expression);
        if (!parsed) {
          q.diags().Error(q.file(),
                          ScalarTextPosition(q.file(), query.expression_node,
                                             std::max(1, parsed.error().column)),
                          "expression: " + parsed.error().message);
        } else {
          query.band = *parsed;
          query.band_ok = true;
        }
      }
    }
    good = good && r.diags().error_count() == before;
    queries.push_back(std::move(query));
  }
  // Ids are unique; one metric_stat query and one band expression on it.
  for (size_t i = 0; i < queries.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (!queries[i].id.empty() && queries[i].id == queries[j].id) {
        r.diags().Error(r.file(), queries[i].node["id"],
                        "id: duplicate id '" + queries[i].id + "'");
        good = false;
      }
    }
  }
  const auto stats =
      std::count_if(queries.begin(), queries.end(), [](const Query& q) { return q.is_stat; });
  const auto expressions = static_cast<long>(queries.size()) - stats;
  if (stats != 1 || expressions != 1) {
    r.ErrorAt("metrics",
              "metrics: a band alarm has exactly one metric_stat query and one "
              "ANOMALY_DETECTION_BAND expression (got " +
                  std::to_string(stats) + " and " + std::to_string(expressions) + ")");
    good = false;
  }
  std::string threshold_id;
  const bool has_threshold_id = r.String("threshold_metric_id", &threshold_id, /*required=*/true);
  const Query* stat_query = nullptr;
  const Query* band_query = nullptr;
  for (const Query& q : queries) {
    if (q.is_stat && !stat_query) stat_query = &q;
    if (!q.is_stat && !band_query) band_query = &q;
  }
  if (band_query && band_query->band_ok && stat_query && !stat_query->id.empty() &&
      band_query->band.metric_id != stat_query->id) {
    r.diags().Error(r.file(), band_query->expression_node,
                    "expression: unknown metric id '" + band_query->band.metric_id +
                        "'; the metric_stat query's id is '" + stat_query->id + "'");
    good = false;
  }
  if (has_threshold_id && band_query && !band_query->id.empty() && threshold_id != band_query->id) {
    const bool is_metric = stat_query && threshold_id == stat_query->id;
    r.ErrorAt("threshold_metric_id",
              "threshold_metric_id: '" + threshold_id + "' " +
                  (is_metric ? "is the metric, not its band" : "names no query in metrics") +
                  "; the ANOMALY_DETECTION_BAND expression's id is '" + band_query->id + "'");
    good = false;
  }
  good = good && has_threshold_id;
  if (!good || !stat_query || !band_query) return metric_stat_node;
  a->metric_namespace = key.metric_namespace;
  a->metric_name = key.metric_name;
  a->dimensions = key.dimensions;
  a->band = engine::BandSpec{stat_query->id,    band_query->id,          band_query->band.width,
                             band_query->label, stat_query->return_data, band_query->return_data};
  *ok = true;
  return metric_stat_node;
}

LoadedDetector DecodeAnomalyDetector(Diagnostics& diags, const SourceFile& file,
                                     const YAML::Node& node) {
  static constexpr std::string_view kKeys[] = {"metric", "stat", "period", "configuration"};
  static constexpr std::string_view kConfigurationKeys[] = {"excluded_time_ranges",
                                                            "metric_timezone"};
  static constexpr std::string_view kRangeKeys[] = {"start_time", "end_time"};
  LoadedDetector out;
  out.node = node;
  const size_t before = diags.error_count();
  MapReader r(diags, file, node, kKeys, "anomaly detector");
  if (r.is_map()) {
    engine::anomaly::BandSeriesSpec& d = out.value;
    DecodeMetric(r, &d.key);
    double percentile = 0;
    DecodeStat(r, &d.statistic, &d.extended_statistic, &percentile);
    d.period_seconds = 300;
    if (r.Int("period", &d.period_seconds, 1, kIntMax) &&
        !(d.period_seconds == 10 || d.period_seconds == 20 || d.period_seconds == 30 ||
          d.period_seconds % 60 == 0)) {
      r.ErrorAt("period", "period: must be 10, 20, 30 or a multiple of 60 seconds");
    }
    if (r.Has("configuration")) {
      MapReader c(diags, file, r.Value("configuration"), kConfigurationKeys, "configuration");
      if (c.String("metric_timezone", &d.metric_timezone)) {
        Result<engine::anomaly::UtcOffsets> zone = LoadTimeZone(d.metric_timezone);
        if (!zone) {
          c.ErrorAt("metric_timezone", "metric_timezone: " + zone.error().message);
        } else if (!zone->IsUtc()) {
          d.local_time = std::make_shared<const engine::anomaly::UtcOffsets>(*std::move(zone));
        }
      }
      const YAML::Node ranges = c.Value("excluded_time_ranges");
      if (ranges.IsDefined() && !ranges.IsNull() && !ranges.IsSequence()) {
        c.ErrorAt("excluded_time_ranges", "excluded_time_ranges: expected a list");
      } else if (ranges.IsDefined() && ranges.IsSequence()) {
        for (const YAML::Node& range : ranges) {
          MapReader t(diags, file, range, kRangeKeys, "excluded time range");
          if (!t.is_map()) continue;
          engine::anomaly::TimeRange tr;
          bool ok = true;
          for (auto [name, dest] :
               {std::pair{"start_time", &tr.start_ms}, std::pair{"end_time", &tr.end_ms}}) {
            std::string text;
            if (!t.String(name, &text, /*required=*/true)) {
              ok = false;
              continue;
            }
            const auto ms = engine::ParseTimestamp(text, engine::TimestampFormat::kIso8601);
            if (!ms) {
              t.ErrorAt(name, std::string(name) +
                                  ": expected an ISO 8601 time such as "
                                  "2026-01-02T03:04:05Z, got '" +
                                  text + "'");
              ok = false;
            } else {
              *dest = *ms;
            }
          }
          if (ok && tr.end_ms <= tr.start_ms) {
            t.ErrorAt("end_time", "end_time: must be after start_time");
            ok = false;
          }
          if (ok) d.excluded_time_ranges.push_back(tr);
        }
      }
    }
  }
  out.valid = diags.error_count() == before;
  return out;
}

}  // namespace tailwatch::config
