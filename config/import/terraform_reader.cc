// `terraform show -json` of a state (values.root_module) or a plan
// (planned_values.root_module, with the configuration beside it): the
// aws_cloudwatch_log_group, aws_cloudwatch_log_metric_filter and
// aws_cloudwatch_metric_alarm resources of the root and child modules.
#include <map>

#include "config/import/import_context.h"

namespace tailwatch::config::import {
namespace {

struct Resource {
  std::string address;
  std::string type;
  Node node;
  Node values;
};

void Collect(const Node& module, std::vector<Resource>* out) {
  for (const Node& r : module.Get("resources").Items()) {
    out->push_back({r.Get("address").Scalar(), r.Get("type").Scalar(), r, r.Get("values")});
  }
  for (const Node& child : module.Get("child_modules").Items()) Collect(child, out);
}

// "aws_x.name[0]" -> "aws_x.name": configuration addresses have no index.
std::string WithoutIndex(const std::string& address) {
  const size_t bracket = address.find('[');
  return bracket == std::string::npos ? address : address.substr(0, bracket);
}

// In a plan, a metric filter's log_group_name that comes from a group created
// in the same plan is unknown; the configuration says which group it refers
// to, and the planned values know that group's name.
std::optional<std::string> PlannedGroupName(const Node& root, const std::string& address,
                                            const std::map<std::string, std::string>& groups) {
  for (const Node& r : root.Get("configuration").Get("root_module").Get("resources").Items()) {
    if (r.Get("address").Scalar() != WithoutIndex(address)) continue;
    for (const Node& ref : r.Get("expressions").Get("log_group_name").Get("references").Items()) {
      const auto it = groups.find(ref.Scalar());
      if (it != groups.end()) return it->second;
    }
  }
  return std::nullopt;
}

}  // namespace

void ReadTerraform(const Node& root, ImportSink& sink) {
  std::vector<Resource> resources;
  const Node state = root.Get("values");
  Collect(
      state.Present() ? state.Get("root_module") : root.Get("planned_values").Get("root_module"),
      &resources);
  std::map<std::string, std::string> groups;  // address -> name
  for (const Resource& r : resources) {
    if (r.type == "aws_cloudwatch_log_group" && r.values.Get("name").IsScalar()) {
      groups[WithoutIndex(r.address)] = r.values.Get("name").Scalar();
    }
  }
  const Resolver plain;
  for (const Resource& r : resources) {
    if (r.node.Get("mode").Scalar() == "data") {
      sink.NotCarried(r.node, "data source '" + r.address +
                                  "' reads what exists; it defines "
                                  "nothing");
      continue;
    }
    ProviderKind kind;
    std::string what;
    if (r.type == "aws_cloudwatch_log_group") {
      kind = ProviderKind::kLogGroup;
      what = "log group '" + r.address + "'";
    } else if (r.type == "aws_cloudwatch_log_metric_filter") {
      kind = ProviderKind::kMetricFilter;
      what = "metric filter '" + r.address + "'";
    } else if (r.type == "aws_cloudwatch_metric_alarm") {
      kind = ProviderKind::kAlarm;
      what = "alarm '" + r.address + "'";
    } else {
      sink.NotCarried(r.node, "resource '" + r.address + "' (" + r.type +
                                  ") is not a log group, metric filter or alarm");
      continue;
    }
    Node values = r.values;
    if (kind == ProviderKind::kMetricFilter && !values.Get("log_group_name").Present()) {
      if (std::optional<std::string> name = PlannedGroupName(root, r.address, groups)) {
        YAML::Node copy = YAML::Clone(values.yaml());
        copy["log_group_name"] = *name;
        values = Node(&values.file(), copy, values.pointer());
      }
    }
    Fields fields(values, what);
    ReadProviderResource(kind, fields, Naming::kSnake, plain, sink, r.address);
  }
}

}  // namespace tailwatch::config::import
