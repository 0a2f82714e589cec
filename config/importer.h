// `tailwatch import`: CloudWatch definitions written for other tools, turned
// into tailwatch configuration.
//
// Reads, by their shape (not their file name):
//   - the JSON of `aws logs describe-metric-filters`, `aws logs
//     describe-log-groups` and `aws cloudwatch describe-alarms`;
//   - CloudFormation / SAM templates, JSON or YAML with the short intrinsic
//     tags (!Ref, !Sub, !GetAtt, ...): AWS::Logs::LogGroup,
//     AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm, with Ref, Fn::Sub,
//     Fn::GetAtt, Fn::Join and Fn::Select resolved between the template's
//     resources, its parameters' defaults and the pseudo parameters;
//   - Terraform plan or state JSON (`terraform show -json`):
//     aws_cloudwatch_log_group, aws_cloudwatch_log_metric_filter,
//     aws_cloudwatch_metric_alarm, in the root and child modules; a plan's
//     unknown log group names are taken from the references in its
//     configuration;
//   - Pulumi stack exports (`pulumi stack export`): aws:cloudwatch/logGroup,
//     logMetricFilter and metricAlarm resources (their outputs, else inputs).
//
// Every log group a filter names becomes a log group without files (the
// caller writes a placeholder the user fills in). Whatever is not carried
// over (other resource types, properties tailwatch has no use for, values it
// cannot resolve, definitions CloudWatch or tailwatch would refuse) is a
// warning positioned in its source: file:line:col, and the JSON pointer of the
// value. The meaning checks (config/meaning_checks.h) run on the result.
// File I/O only to read the inputs; no exceptions escape.
#ifndef TAILWATCH_CONFIG_IMPORTER_H_
#define TAILWATCH_CONFIG_IMPORTER_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"

namespace tailwatch::config {

struct ImportResult {
  // log_groups (files empty), metric_filters and alarms; other fields default.
  Config config;
  // Per input file: "FILE: FORMAT" (e.g. "a.json: AWS describe-alarms output").
  std::vector<std::string> formats;
  // Errors: an input could not be read or has no known shape. Warnings: what
  // was not carried over, and the meaning checks.
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;

  bool ok() const { return errors.empty(); }
};

ImportResult ImportFiles(std::span<const std::string> paths);
// One input given as text; `name` names it in diagnostics.
ImportResult ImportText(std::string_view text, const std::string& name);

// A diagnostic's message as an API answer gives it: without the "not
// carried: " lead and the " (at POINTER)" tail that place it in an input file.
std::string ImportMessageForApi(std::string_view message);

// Every error and warning of `result` that way, joined with "; ", but those
// whose message holds `ignored` (when not empty).
std::string ImportMessagesForApi(const ImportResult& result, std::string_view ignored = {});

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_IMPORTER_H_
