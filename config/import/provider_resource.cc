// The AWS provider schema that Terraform and Pulumi share: the same
// attributes, snake_case in Terraform state and plans, camelCase in Pulumi
// stack exports (where the alarm's alarm_name is `name`). State files write
// unset attributes as "" or 0; both mean "not set" here.
#include <cctype>

#include "config/import/import_context.h"

namespace tailwatch::config::import {
namespace {

std::string AttributeName(std::string_view snake, Naming naming, ProviderKind kind) {
  if (naming == Naming::kSnake) return std::string(snake);
  if (kind == ProviderKind::kAlarm && snake == "alarm_name") return "name";
  if (snake == "metric_query") return "metricQueries";
  std::string out;
  bool upper = false;
  for (const char c : snake) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

// Reads attributes by their Terraform name; "" and absent are the same.
class Attributes {
 public:
  Attributes(Fields& fields, Naming naming, ProviderKind kind, const Resolver& resolver,
             ImportSink& sink, std::string what)
      : fields_(fields),
        naming_(naming),
        kind_(kind),
        resolver_(resolver),
        sink_(sink),
        what_(std::move(what)) {}

  Node Take(std::string_view snake) { return fields_.Take(AttributeName(snake, naming_, kind_)); }
  void Ignore(std::initializer_list<std::string_view> keys) {
    for (const std::string_view key : keys) {
      fields_.Ignore({std::string_view(AttributeName(key, naming_, kind_))});
    }
  }

  std::optional<std::string> Text(std::string_view snake) {
    std::optional<std::string> text =
        ReadText(Take(snake), resolver_, sink_, what_ + ": " + std::string(snake));
    if (text && text->empty()) return std::nullopt;
    return text;
  }
  std::optional<double> Number(std::string_view snake) {
    const Node node = Take(snake);
    if (node.IsScalar() && node.Scalar().empty()) return std::nullopt;
    return ReadNumber(node, resolver_, sink_, what_ + ": " + std::string(snake));
  }
  // A whole number; 0 is Terraform's "unset" for optional numbers.
  std::optional<int> Int(std::string_view snake) {
    const Node node = Take(snake);
    if (node.IsScalar() && node.Scalar().empty()) return std::nullopt;
    return ReadInt(node, resolver_, sink_, what_ + ": " + std::string(snake));
  }
  std::vector<std::string> List(std::string_view snake) {
    return ReadTextList(Take(snake), resolver_, sink_, what_ + ": " + std::string(snake));
  }
  std::vector<std::pair<std::string, std::string>> Map(const Node& node) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [key, value] : node.Entries()) {
      if (auto text = ReadText(value, resolver_, sink_, what_ + ": dimension " + key)) {
        out.emplace_back(key, *text);
      }
    }
    return out;
  }
  const std::string& what() const { return what_; }

 private:
  Fields& fields_;
  Naming naming_;
  ProviderKind kind_;
  const Resolver& resolver_;
  ImportSink& sink_;
  std::string what_;
};

void ReadLogGroup(Attributes& attrs, Fields& fields, ImportSink& sink) {
  attrs.Ignore({"id", "arn", "tags_all", "region", "skip_destroy", "log_group_class"});
  const std::optional<std::string> name = attrs.Text("name");
  const Node prefix = attrs.Take("name_prefix");
  fields.Finish(sink);
  if (name) {
    sink.AddLogGroup(*name, fields.map());
  } else {
    sink.NotCarried(prefix.Present() ? prefix : fields.map(),
                    attrs.what() + ": no name (a name_prefix is only completed on creation)");
  }
}

void ReadMetricFilter(Attributes& attrs, Fields& fields, Naming naming, const Resolver& resolver,
                      ImportSink& sink, const std::string& name_hint) {
  attrs.Ignore({"id", "region"});
  engine::FilterSpec f;
  f.name = attrs.Text("name").value_or(name_hint);
  const std::string what = "metric filter '" + f.name + "'";
  const std::optional<std::string> pattern = attrs.Text("pattern");
  f.pattern = pattern.value_or("");  // "" is CloudWatch's match-everything pattern
  const std::optional<std::string> group = attrs.Text("log_group_name");
  const Node transformation = attrs.Take("metric_transformation");
  std::vector<Node> items =
      transformation.IsList() ? transformation.Items() : std::vector<Node>{transformation};
  if (!group || items.empty() || !items[0].IsMap()) {
    fields.Finish(sink);
    sink.NotCarried(fields.map(), what + ": needs log_group_name and metric_transformation");
    return;
  }
  f.log_group = *group;
  for (size_t i = 1; i < items.size(); ++i) {
    sink.NotCarried(items[i], what +
                                  ": a second metric transformation; tailwatch filters, like "
                                  "CloudWatch's, emit one");
  }
  Fields tf(items[0], what + ": metric_transformation");
  Attributes t(tf, naming, ProviderKind::kMetricFilter, resolver, sink, what);
  engine::MetricTransformationSpec& mt = f.transformation;
  mt.metric_name = t.Text("name").value_or("");
  mt.metric_namespace = t.Text("namespace").value_or("");
  mt.metric_value = t.Text("value").value_or("");
  mt.default_value = t.Number("default_value");
  mt.dimensions = t.Map(t.Take("dimensions"));
  if (auto unit = t.Text("unit")) mt.unit = *unit;
  tf.Finish(sink);
  fields.Finish(sink);
  sink.AddFilter(std::move(f), fields.map());
}

void ReadAlarm(Attributes& attrs, Fields& fields, ImportSink& sink, const std::string& name_hint) {
  attrs.Ignore({"id", "arn", "tags_all", "region"});
  engine::AlarmSpec a;
  a.name = attrs.Text("alarm_name").value_or(name_hint);
  const std::string what = "alarm '" + a.name + "'";
  const Node queries = attrs.Take("metric_query");
  attrs.Take("threshold_metric_id");
  if (queries.HasContent()) {
    fields.Finish(sink);
    sink.NotCarried(queries, what +
                                 ": a metric math alarm (metric_query); tailwatch alarms "
                                 "watch one metric");
    return;
  }
  a.description = attrs.Text("alarm_description").value_or("");
  const std::optional<std::string> space = attrs.Text("namespace");
  const std::optional<std::string> metric = attrs.Text("metric_name");
  a.metric_namespace = space.value_or("");
  a.metric_name = metric.value_or("");
  a.dimensions = attrs.Map(attrs.Take("dimensions"));
  bool complete = space && metric;
  if (auto s = attrs.Text("statistic")) {
    a.statistic = engine::ParseStatistic(*s);
    if (!a.statistic) {
      sink.NotCarried(fields.map(), what + ": unknown statistic '" + *s + "'");
      complete = false;
    }
  }
  a.extended_statistic = attrs.Text("extended_statistic").value_or("");
  const std::optional<int> period = attrs.Int("period");
  const std::optional<int> evaluation_periods = attrs.Int("evaluation_periods");
  const std::optional<double> threshold = attrs.Number("threshold");
  complete = complete && period && evaluation_periods && threshold;
  a.period_seconds = period.value_or(0);
  a.evaluation_periods = evaluation_periods.value_or(0);
  a.threshold = threshold.value_or(0);
  if (auto n = attrs.Int("datapoints_to_alarm"); n && *n != 0) a.datapoints_to_alarm = *n;
  if (auto s = attrs.Text("comparison_operator")) {
    // Band alarms come as metric_query blocks, which import does not carry.
    if (auto op = engine::ParseComparisonOperator(*s); op && !engine::IsBandOperator(*op)) {
      a.comparison_operator = *op;
    } else {
      sink.NotCarried(fields.map(), what + ": comparison_operator '" + *s +
                                        "' needs an anomaly detection band or is unknown");
      complete = false;
    }
  } else {
    complete = false;
  }
  if (auto s = attrs.Text("treat_missing_data")) {
    if (auto treat = engine::ParseTreatMissingData(*s)) a.treat_missing_data = *treat;
  }
  if (auto s = attrs.Text("evaluate_low_sample_count_percentiles")) {
    a.ignore_low_sample_count_percentile = *s == "ignore";
  }
  a.unit = attrs.Text("unit").value_or("");
  const Node enabled = attrs.Take("actions_enabled");
  if (enabled.IsScalar()) a.actions_enabled = enabled.Scalar() != "false";
  a.alarm_actions = attrs.List("alarm_actions");
  a.ok_actions = attrs.List("ok_actions");
  a.insufficient_data_actions = attrs.List("insufficient_data_actions");
  fields.Finish(sink);
  if (complete) {
    sink.AddAlarm(std::move(a), fields.map());
  } else {
    sink.NotCarried(fields.map(), what +
                                      " as a whole: it needs namespace, metric_name, period, "
                                      "evaluation_periods, threshold and a threshold "
                                      "comparison_operator");
  }
}

}  // namespace

void ReadProviderResource(ProviderKind kind, Fields& fields, Naming naming,
                          const Resolver& resolver, ImportSink& sink,
                          const std::string& name_hint) {
  Attributes attrs(fields, naming, kind, resolver, sink, fields.what());
  switch (kind) {
    case ProviderKind::kLogGroup:
      ReadLogGroup(attrs, fields, sink);
      break;
    case ProviderKind::kMetricFilter:
      ReadMetricFilter(attrs, fields, naming, resolver, sink, name_hint);
      break;
    case ProviderKind::kAlarm:
      ReadAlarm(attrs, fields, sink, name_hint);
      break;
  }
}

}  // namespace tailwatch::config::import
