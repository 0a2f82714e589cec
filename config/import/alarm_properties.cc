// An alarm in the PascalCase shape shared by CloudFormation's
// AWS::CloudWatch::Alarm properties and the MetricAlarms of `aws cloudwatch
// describe-alarms` (the PutMetricAlarm API names).
#include "config/import/import_context.h"

namespace tailwatch::config::import {
void ReadPascalAlarm(Fields& fields, const Resolver& resolver, ImportSink& sink,
                     const std::string& name_hint) {
  engine::AlarmSpec a;
  a.name = ReadText(fields.Take("AlarmName"), resolver, sink, "AlarmName").value_or(name_hint);
  const std::string what = "alarm '" + a.name + "'";
  // Runtime state and bookkeeping in describe-alarms output: a deployment's
  // facts, not part of the definition.
  fields.Ignore({"AlarmArn", "AlarmConfigurationUpdatedTimestamp", "StateValue", "StateReason",
                 "StateReasonData", "StateUpdatedTimestamp", "StateTransitionedTimestamp",
                 "EvaluationState"});
  const Node metrics = fields.Take("Metrics");
  fields.Take("ThresholdMetricId");
  if (metrics.HasContent()) {
    sink.NotCarried(metrics, what +
                                 ": a metric math alarm (Metrics); tailwatch alarms watch one "
                                 "metric");
    return;
  }
  if (auto d = ReadText(fields.Take("AlarmDescription"), resolver, sink, what)) a.description = *d;
  bool complete = true;
  auto required = [&](const char* key, std::string* out) {
    const Node node = fields.Take(key);
    if (std::optional<std::string> text = ReadText(node, resolver, sink, what + ": " + key)) {
      *out = std::move(*text);
    } else {
      if (!node.Present()) sink.NotCarried(fields.map(), what + ": no " + std::string(key));
      complete = false;
    }
  };
  required("Namespace", &a.metric_namespace);
  required("MetricName", &a.metric_name);
  for (const Node& d : fields.Take("Dimensions").Items()) {
    const auto name = ReadText(d.Get("Name"), resolver, sink, what + ": dimension Name");
    const auto value = ReadText(d.Get("Value"), resolver, sink, what + ": dimension Value");
    if (!name || !value) {
      complete = false;
      continue;
    }
    a.dimensions.emplace_back(*name, *value);
  }
  const Node statistic = fields.Take("Statistic");
  if (auto s = ReadText(statistic, resolver, sink, what + ": Statistic")) {
    if (std::optional<engine::Statistic> parsed = engine::ParseStatistic(*s)) {
      a.statistic = parsed;
    } else {
      sink.NotCarried(statistic, what + ": unknown Statistic '" + *s + "'");
      complete = false;
    }
  }
  if (auto s = ReadText(fields.Take("ExtendedStatistic"), resolver, sink, what)) {
    a.extended_statistic = *s;
  }
  // Period, EvaluationPeriods and Threshold are required by PutMetricAlarm.
  auto whole = [&](const char* key, bool needed) -> std::optional<int> {
    const Node node = fields.Take(key);
    std::optional<int> value = ReadInt(node, resolver, sink, what + ": " + key);
    if (!value && needed) {
      if (!node.Present()) sink.NotCarried(fields.map(), what + ": no " + std::string(key));
      complete = false;
    }
    return value;
  };
  if (auto n = whole("Period", true)) a.period_seconds = *n;
  if (auto n = whole("EvaluationPeriods", true)) a.evaluation_periods = *n;
  if (auto n = whole("DatapointsToAlarm", false)) a.datapoints_to_alarm = *n;
  const Node threshold = fields.Take("Threshold");
  if (auto n = ReadNumber(threshold, resolver, sink, what + ": Threshold")) {
    a.threshold = *n;
  } else {
    if (!threshold.Present()) sink.NotCarried(fields.map(), what + ": no Threshold");
    complete = false;
  }
  const Node op = fields.Take("ComparisonOperator");
  if (auto s = ReadText(op, resolver, sink, what + ": ComparisonOperator")) {
    // Band alarms come as Metrics queries, which import does not carry.
    if (auto parsed = engine::ParseComparisonOperator(*s);
        parsed && !engine::IsBandOperator(*parsed)) {
      a.comparison_operator = *parsed;
    } else {
      sink.NotCarried(op, what + ": ComparisonOperator '" + *s +
                              "' needs an anomaly detection band or is unknown");
      complete = false;
    }
  } else {
    complete = false;
  }
  const Node treat = fields.Take("TreatMissingData");
  if (auto s = ReadText(treat, resolver, sink, what + ": TreatMissingData")) {
    if (auto parsed = engine::ParseTreatMissingData(*s)) {
      a.treat_missing_data = *parsed;
    } else {
      sink.NotCarried(treat, what + ": unknown TreatMissingData '" + *s + "'");
    }
  }
  if (auto s = ReadText(fields.Take("EvaluateLowSampleCountPercentile"), resolver, sink, what)) {
    a.ignore_low_sample_count_percentile = *s == "ignore";
  }
  if (auto s = ReadText(fields.Take("Unit"), resolver, sink, what + ": Unit")) a.unit = *s;
  if (auto b = ReadBool(fields.Take("ActionsEnabled"), resolver, sink, what)) {
    a.actions_enabled = *b;
  }
  a.alarm_actions = ReadTextList(fields.Take("AlarmActions"), resolver, sink, what);
  a.ok_actions = ReadTextList(fields.Take("OKActions"), resolver, sink, what);
  a.insufficient_data_actions =
      ReadTextList(fields.Take("InsufficientDataActions"), resolver, sink, what);
  fields.Finish(sink);
  if (complete) {
    sink.AddAlarm(std::move(a), fields.map());
  } else {
    sink.NotCarried(fields.map(), what + " as a whole, for the reasons above");
  }
}

}  // namespace tailwatch::config::import
