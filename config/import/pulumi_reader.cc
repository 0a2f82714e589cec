// `pulumi stack export` (deployment version 3): the aws:cloudwatch LogGroup,
// LogMetricFilter and MetricAlarm resources, read from their outputs (what
// was deployed, physical names included) or, before a deployment, their
// inputs.
#include "config/import/import_context.h"

namespace tailwatch::config::import {
namespace {

// Pulumi writes a secret as {"4dabf18193072939515e22adb298388d": <sig>, ...}.
constexpr std::string_view kSecretSignature = "4dabf18193072939515e22adb298388d";

class StackResolver : public Resolver {
 public:
  std::optional<std::string> Text(const Node& node, std::string* why) const override {
    if (node.Get(kSecretSignature).Present()) {
      *why = "a Pulumi secret (export with --show-secrets to carry it)";
      return std::nullopt;
    }
    return Resolver::Text(node, why);
  }
};

// The logical name at the end of a URN: urn:pulumi:STACK::PROJECT::TYPE::NAME.
std::string LogicalName(const std::string& urn) {
  const size_t at = urn.rfind("::");
  return at == std::string::npos ? urn : urn.substr(at + 2);
}

}  // namespace

void ReadPulumi(const Node& root, ImportSink& sink) {
  const StackResolver resolver;
  for (const Node& r : root.Get("deployment").Get("resources").Items()) {
    const std::string type = r.Get("type").Scalar();
    const std::string name = LogicalName(r.Get("urn").Scalar());
    if (type == "pulumi:pulumi:Stack" || type.starts_with("pulumi:providers:")) continue;
    if (r.Get("delete").Scalar() == "true") continue;  // pending deletion: not the definition
    ProviderKind kind;
    std::string what;
    if (type == "aws:cloudwatch/logGroup:LogGroup") {
      kind = ProviderKind::kLogGroup;
      what = "log group '" + name + "'";
    } else if (type == "aws:cloudwatch/logMetricFilter:LogMetricFilter") {
      kind = ProviderKind::kMetricFilter;
      what = "metric filter '" + name + "'";
    } else if (type == "aws:cloudwatch/metricAlarm:MetricAlarm") {
      kind = ProviderKind::kAlarm;
      what = "alarm '" + name + "'";
    } else {
      sink.NotCarried(
          r, "resource '" + name + "' (" + type + ") is not a log group, metric filter or alarm");
      continue;
    }
    const Node outputs = r.Get("outputs");
    Fields fields(outputs.HasContent() ? outputs : r.Get("inputs"), what);
    ReadProviderResource(kind, fields, Naming::kCamel, resolver, sink, name);
  }
}

}  // namespace tailwatch::config::import
