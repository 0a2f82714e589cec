// A band alarm's `Metrics` in the PascalCase shape of PutMetricAlarm,
// describe-alarms and CloudFormation's AWS::CloudWatch::Alarm: one MetricStat
// query and one ANOMALY_DETECTION_BAND expression on it, named by
// ThresholdMetricId. It lands in the AlarmSpec exactly as a YAML band alarm's
// `metrics:` does (config/alarm_metrics.h); any other metric math is refused,
// each refusal naming the JSON pointer of the value inside the alarm.
#include "config/import/import_context.h"
#include "engine/alarm/band_expression.h"

namespace tailwatch::config::import {
namespace {

// `node`'s pointer below the alarm's own ("/Metrics/1/Expression"), so that
// the message names the place even where only the message is shown
// (PutMetricAlarm's error).
std::string Inside(const Node& node, const std::string& alarm_pointer) {
  const std::string& pointer = node.pointer();
  if (pointer.compare(0, alarm_pointer.size(), alarm_pointer) == 0) {
    return pointer.substr(alarm_pointer.size());
  }
  return pointer;
}

struct Query {
  // A constructor, not aggregate initialization: g++ 12 -O2 warns that the
  // aggregate's BandExpression may be used uninitialized.
  Query(Node at, Node expression_node) : node(at), expression(expression_node) {}

  Node node;
  std::string id;
  bool is_stat = false;
  bool return_data = true;
  std::string label;
  engine::BandExpression band;
  Node expression;
};

}  // namespace

bool ReadPascalBandQueries(const Node& metrics, const Node& threshold_metric_id,
                           const Resolver& resolver, ImportSink& sink, const std::string& what,
                           const std::string& alarm_pointer, engine::AlarmSpec* a) {
  auto refuse = [&](const Node& at, const std::string& message) {
    sink.NotCarried(at, what + ": " + Inside(at, alarm_pointer) + ": " + message);
    return false;
  };
  if (!metrics.IsList()) return refuse(metrics, "expected a list of metric data queries");
  // The shape first: other metric math gets one refusal, not one per query.
  size_t stats = 0;
  size_t expressions = 0;
  for (const Node& item : metrics.Items()) {
    stats += item.Get("MetricStat").Present() ? 1 : 0;
    expressions += item.Get("Expression").Present() ? 1 : 0;
  }
  if (stats != 1 || expressions != 1 || metrics.Items().size() != 2) {
    return refuse(metrics,
                  "tailwatch alarms on Metrics are anomaly-detection band alarms: exactly one "
                  "MetricStat query and one ANOMALY_DETECTION_BAND expression on it (got " +
                      std::to_string(stats) + " MetricStat and " + std::to_string(expressions) +
                      " Expression in " + std::to_string(metrics.Items().size()) + " queries)");
  }
  bool ok = true;
  std::vector<Query> queries;
  engine::MetricKey key;
  for (const Node& item : metrics.Items()) {
    if (!item.IsMap()) {
      ok = refuse(item, "expected a metric data query (Id, MetricStat or Expression)");
      continue;
    }
    Fields fields(item, what + ": metric data query " + Inside(item, alarm_pointer));
    Query query(item, fields.Take("Expression"));
    const Node id = fields.Take("Id");
    if (auto text = ReadText(id, resolver, sink, what + ": Id")) query.id = *text;
    if (!engine::IsMetricQueryId(query.id)) {
      ok = refuse(id.Present() ? id : item,
                  "Id must start with a lowercase letter and hold only letters, digits and '_'");
    }
    if (auto b = ReadBool(fields.Take("ReturnData"), resolver, sink, what)) query.return_data = *b;
    if (auto l = ReadText(fields.Take("Label"), resolver, sink, what)) query.label = *l;
    if (const Node n = fields.Take("AccountId"); n.HasContent()) {
      ok = refuse(n, "cross-account metrics are not supported");
    }
    if (const Node n = fields.Take("Period"); n.HasContent()) {
      ok = refuse(n, "give the period in MetricStat (the band follows its metric)");
    }
    const Node stat = fields.Take("MetricStat");
    if (stat.Present() == query.expression.Present()) {
      ok = refuse(item, "a metric data query needs exactly one of MetricStat or Expression");
    } else if (stat.Present()) {
      query.is_stat = true;
      Fields ms(stat, what + ": " + Inside(stat, alarm_pointer));
      const Node metric = ms.Take("Metric");
      if (!metric.IsMap()) ok = refuse(stat, "no Metric (Namespace, MetricName, Dimensions)");
      Fields m(metric, what + ": " + Inside(metric, alarm_pointer));
      auto required = [&](Fields& f, const char* name, std::string* out) {
        const Node node = f.Take(name);
        if (auto text = ReadText(node, resolver, sink, what + ": " + name)) {
          *out = *text;
        } else {
          if (!node.Present()) refuse(f.map(), std::string("no ") + name);
          ok = false;
        }
      };
      required(m, "Namespace", &key.metric_namespace);
      required(m, "MetricName", &key.metric_name);
      for (const Node& d : m.Take("Dimensions").Items()) {
        const auto name = ReadText(d.Get("Name"), resolver, sink, what + ": dimension Name");
        const auto value = ReadText(d.Get("Value"), resolver, sink, what + ": dimension Value");
        if (name && value) {
          key.dimensions.emplace_back(*name, *value);
        } else {
          ok = false;
        }
      }
      m.Finish(sink);
      const Node period = ms.Take("Period");
      if (auto n = ReadInt(period, resolver, sink, what + ": Period")) {
        a->period_seconds = *n;
      } else {
        if (!period.Present()) refuse(stat, "no Period");
        ok = false;
      }
      std::string stat_name;
      required(ms, "Stat", &stat_name);
      if (!stat_name.empty()) {
        if (auto parsed = engine::ParseStatistic(stat_name)) {
          a->statistic = parsed;
        } else {
          // Checked (p0 < p < p100) with the rest of the alarm.
          a->extended_statistic = stat_name;
        }
      }
      if (auto u = ReadText(ms.Take("Unit"), resolver, sink, what + ": Unit")) a->unit = *u;
      ms.Finish(sink);
    } else if (auto text = ReadText(query.expression, resolver, sink, what + ": Expression")) {
      const auto parsed = engine::ParseBandExpression(*text);
      if (parsed) {
        query.band = *parsed;
      } else {
        ok = refuse(query.expression, parsed.error().message);
      }
    } else {
      ok = false;
    }
    fields.Finish(sink);
    queries.push_back(std::move(query));
  }
  for (size_t i = 0; i < queries.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (!queries[i].id.empty() && queries[i].id == queries[j].id) {
        ok = refuse(queries[i].node.Get("Id"), "duplicate Id '" + queries[i].id + "'");
      }
    }
  }
  if (!ok) return false;
  const Query* stat_query = nullptr;
  const Query* band_query = nullptr;
  for (const Query& q : queries) (q.is_stat ? stat_query : band_query) = &q;
  if (band_query->band.metric_id != stat_query->id) {
    return refuse(band_query->expression, "unknown metric id '" + band_query->band.metric_id +
                                              "'; the MetricStat query's Id is '" + stat_query->id +
                                              "'");
  }
  const auto threshold =
      ReadText(threshold_metric_id, resolver, sink, what + ": ThresholdMetricId");
  if (!threshold) {
    if (!threshold_metric_id.Present()) {
      return refuse(metrics, "no ThresholdMetricId naming the ANOMALY_DETECTION_BAND query");
    }
    return false;
  }
  if (*threshold != band_query->id) {
    return refuse(threshold_metric_id,
                  "'" + *threshold + "' " +
                      (*threshold == stat_query->id ? "is the metric, not its band"
                                                    : "names no query in Metrics") +
                      "; the ANOMALY_DETECTION_BAND expression's Id is '" + band_query->id + "'");
  }
  a->metric_namespace = key.metric_namespace;
  a->metric_name = key.metric_name;
  a->dimensions = key.dimensions;
  a->band = engine::BandSpec{stat_query->id,    band_query->id,          band_query->band.width,
                             band_query->label, stat_query->return_data, band_query->return_data};
  return true;
}

}  // namespace tailwatch::config::import
