// An alarm in the PascalCase shape shared by CloudFormation's
// AWS::CloudWatch::Alarm properties and the MetricAlarms of `aws cloudwatch
// describe-alarms` (the PutMetricAlarm API names).
#include "config/import/import_context.h"

namespace tailwatch::config::import {
namespace {

// A threshold alarm's metric, statistic, period and threshold.
void ReadPascalThresholdMetric(Fields& fields, const Resolver& resolver, ImportSink& sink,
                               const std::string& what, engine::AlarmSpec* alarm, bool* complete) {
  engine::AlarmSpec& a = *alarm;
  auto required = [&](const char* key, std::string* out) {
    const Node node = fields.Take(key);
    if (std::optional<std::string> text = ReadText(node, resolver, sink, what + ": " + key)) {
      *out = std::move(*text);
    } else {
      if (!node.Present()) sink.NotCarried(fields.map(), what + ": no " + std::string(key));
      *complete = false;
    }
  };
  required("Namespace", &a.metric_namespace);
  required("MetricName", &a.metric_name);
  for (const Node& d : fields.Take("Dimensions").Items()) {
    const auto name = ReadText(d.Get("Name"), resolver, sink, what + ": dimension Name");
    const auto value = ReadText(d.Get("Value"), resolver, sink, what + ": dimension Value");
    if (!name || !value) {
      *complete = false;
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
      *complete = false;
    }
  }
  if (auto s = ReadText(fields.Take("ExtendedStatistic"), resolver, sink, what)) {
    a.extended_statistic = *s;
  }
  // Period and Threshold are required by PutMetricAlarm for a threshold alarm.
  const Node period = fields.Take("Period");
  if (auto n = ReadInt(period, resolver, sink, what + ": Period")) {
    a.period_seconds = *n;
  } else {
    if (!period.Present()) sink.NotCarried(fields.map(), what + ": no Period");
    *complete = false;
  }
  const Node threshold = fields.Take("Threshold");
  if (auto n = ReadNumber(threshold, resolver, sink, what + ": Threshold")) {
    a.threshold = *n;
  } else {
    if (!threshold.Present()) sink.NotCarried(fields.map(), what + ": no Threshold");
    *complete = false;
  }
}

}  // namespace

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
  if (auto d = ReadText(fields.Take("AlarmDescription"), resolver, sink, what)) a.description = *d;
  bool complete = true;
  // A band alarm names its metric, period and statistic in Metrics only;
  // CloudWatch refuses the threshold alarm's fields beside them.
  const Node metrics = fields.Take("Metrics");
  const Node threshold_metric_id = fields.Take("ThresholdMetricId");
  const bool band = metrics.HasContent();
  if (band) {
    // Its refusal says why; the rest of the alarm would only repeat it.
    if (!ReadPascalBandQueries(metrics, threshold_metric_id, resolver, sink, what,
                               fields.map().pointer(), &a)) {
      return;
    }
    for (const char* key : {"Namespace", "MetricName", "Dimensions", "Statistic",
                            "ExtendedStatistic", "Period", "Threshold"}) {
      const Node node = fields.Take(key);
      if (!node.HasContent()) continue;
      sink.NotCarried(node, what + ": " + key +
                                " cannot be given with Metrics (the band alarm's metric is its "
                                "MetricStat query)");
      complete = false;
    }
  } else {
    if (threshold_metric_id.HasContent()) {
      sink.NotCarried(threshold_metric_id, what + ": ThresholdMetricId needs Metrics");
      complete = false;
    }
    ReadPascalThresholdMetric(fields, resolver, sink, what, &a, &complete);
  }
  auto whole = [&](const char* key, bool needed) -> std::optional<int> {
    const Node node = fields.Take(key);
    std::optional<int> value = ReadInt(node, resolver, sink, what + ": " + key);
    if (!value && needed) {
      if (!node.Present()) sink.NotCarried(fields.map(), what + ": no " + std::string(key));
      complete = false;
    }
    return value;
  };
  if (auto n = whole("EvaluationPeriods", true)) a.evaluation_periods = *n;
  if (auto n = whole("DatapointsToAlarm", false)) a.datapoints_to_alarm = *n;
  const Node op = fields.Take("ComparisonOperator");
  if (auto s = ReadText(op, resolver, sink, what + ": ComparisonOperator")) {
    const auto parsed = engine::ParseComparisonOperator(*s);
    if (!parsed) {
      sink.NotCarried(op, what + ": unknown ComparisonOperator '" + *s + "'");
      complete = false;
    } else if (engine::IsBandOperator(*parsed) != band) {
      sink.NotCarried(op, what + ": ComparisonOperator '" + *s + "' " +
                              (band ? "compares against a number, but Metrics make a band alarm: "
                                      "use LessThanLowerOrGreaterThanUpperThreshold, "
                                      "GreaterThanUpperThreshold or LessThanLowerThreshold"
                                    : "compares against an anomaly-detection band: give Metrics "
                                      "with an ANOMALY_DETECTION_BAND expression and "
                                      "ThresholdMetricId"));
      complete = false;
    } else {
      a.comparison_operator = *parsed;
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
