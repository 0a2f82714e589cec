// Writes a Config's definitions as an AWS CloudFormation template: one
// AWS::Logs::LogGroup per log group, one AWS::Logs::MetricFilter per metric
// filter (its LogGroupName a Ref to the group, so CloudFormation creates the
// group first) and one AWS::CloudWatch::Alarm per alarm, with the property
// names and shapes of the CloudFormation resource reference.
//
// What CloudWatch has no equivalent for is left out and listed in `notes`:
// `regex:` filters (tailwatch's own pattern kind), alarm actions that name a
// webhook or Alertmanager target, `missing_data_scope: live`. Local settings
// (files, timestamps, server) have no place in a template and are not notes.
#ifndef TAILWATCH_CONFIG_CLOUDFORMATION_WRITER_H_
#define TAILWATCH_CONFIG_CLOUDFORMATION_WRITER_H_

#include <string>
#include <vector>

#include "config/config.h"

namespace tailwatch::config {

struct CloudFormationTemplate {
  std::string text;                // YAML (long-form intrinsics: `{Ref: X}`)
  std::vector<std::string> notes;  // what was left out, one sentence each
};

CloudFormationTemplate WriteCloudFormation(const Config& config);

// A CloudFormation logical ID (1-255 ASCII letters and digits) made of
// `prefix` and the letters and digits of `name`, each word capitalised.
std::string LogicalId(const std::string& prefix, const std::string& name);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_CLOUDFORMATION_WRITER_H_
