// The JSON the AWS CLI prints for `aws logs describe-metric-filters`, `aws
// logs describe-log-groups` and `aws cloudwatch describe-alarms` (the
// DescribeMetricFilters, DescribeLogGroups and DescribeAlarms responses).
#include "config/import/import_context.h"

namespace tailwatch::config::import {

void ReadDescribeMetricFilters(const Node& root, ImportSink& sink) {
  const Resolver plain;
  for (const Node& item : root.Get("metricFilters").Items()) {
    Fields fields(item, "metric filter '" + item.Get("filterName").Scalar() + "'");
    engine::FilterSpec f;
    f.name = ReadText(fields.Take("filterName"), plain, sink, "filterName").value_or("");
    const std::string what = "metric filter '" + f.name + "'";
    fields.Ignore({"creationTime"});
    f.pattern = ReadText(fields.Take("filterPattern"), plain, sink, what).value_or("");
    const Node group = fields.Take("logGroupName");
    f.log_group = ReadText(group, plain, sink, what).value_or("");
    const Node transformations = fields.Take("metricTransformations");
    const std::vector<Node> items = transformations.Items();
    if (items.empty() || f.log_group.empty()) {
      sink.NotCarried(item, what + ": no logGroupName or metricTransformations");
      continue;
    }
    for (size_t i = 1; i < items.size(); ++i) {
      sink.NotCarried(items[i], what +
                                    ": a second metric transformation; tailwatch filters, "
                                    "like CloudWatch's, emit one");
    }
    Fields t(items[0], what + ": metric transformation");
    engine::MetricTransformationSpec& mt = f.transformation;
    mt.metric_name = ReadText(t.Take("metricName"), plain, sink, what).value_or("");
    mt.metric_namespace = ReadText(t.Take("metricNamespace"), plain, sink, what).value_or("");
    mt.metric_value = ReadText(t.Take("metricValue"), plain, sink, what).value_or("");
    mt.default_value = ReadNumber(t.Take("defaultValue"), plain, sink, what + ": defaultValue");
    for (const auto& [key, value] : t.Take("dimensions").Entries()) {
      if (auto text = ReadText(value, plain, sink, what + ": dimension " + key)) {
        mt.dimensions.emplace_back(key, *text);
      }
    }
    if (auto unit = ReadText(t.Take("unit"), plain, sink, what + ": unit")) mt.unit = *unit;
    t.Finish(sink);
    fields.Finish(sink);
    sink.AddFilter(std::move(f), item);
  }
}

void ReadDescribeLogGroups(const Node& root, ImportSink& sink) {
  const Resolver plain;
  for (const Node& item : root.Get("logGroups").Items()) {
    Fields fields(item, "log group");
    const Node name = fields.Take("logGroupName");
    fields.Ignore({"creationTime", "arn", "logGroupArn", "storedBytes", "metricFilterCount",
                   "logGroupClass", "dataProtectionStatus", "inheritedProperties"});
    const std::optional<std::string> text = ReadText(name, plain, sink, "log group");
    if (!text) {
      sink.NotCarried(item, "log group without logGroupName");
      continue;
    }
    Fields named(item, "log group '" + *text + "'");
    named.Ignore({"logGroupName", "creationTime", "arn", "logGroupArn", "storedBytes",
                  "metricFilterCount", "logGroupClass", "dataProtectionStatus",
                  "inheritedProperties"});
    named.Finish(sink);
    sink.AddLogGroup(*text, item);
  }
}

void ReadDescribeAlarms(const Node& root, ImportSink& sink) {
  const Resolver plain;
  for (const Node& item : root.Get("MetricAlarms").Items()) {
    Fields fields(item, "alarm '" + item.Get("AlarmName").Scalar() + "'");
    ReadPascalAlarm(fields, plain, sink, "");
  }
  for (const Node& item : root.Get("CompositeAlarms").Items()) {
    sink.NotCarried(item, "composite alarm '" + item.Get("AlarmName").Scalar() +
                              "'; tailwatch alarms watch one metric");
  }
}

}  // namespace tailwatch::config::import
