// The CloudWatch operations that define alarms over the API: PutMetricAlarm,
// DeleteAlarms, EnableAlarmActions and DisableAlarmActions on the alarms
// state_dir/api_definitions.yaml holds (definitions_editor.h). An alarm the
// configuration file defines is refused with InvalidParameterValue ("change
// it there").
//
// PutMetricAlarm's request is read by `tailwatch import`'s reader of the
// same PascalCase shape (config/import/alarm_properties.cc), so the API and
// import agree on what an alarm means; whatever that reader would not carry
// (a Metrics query, an action that is not an SNS topic) is refused here.
// Pure functions; the edits run on the engine strand.
#ifndef TAILWATCH_DAEMON_CLOUDWATCH_ALARM_DEFINITION_OPS_H_
#define TAILWATCH_DAEMON_CLOUDWATCH_ALARM_DEFINITION_OPS_H_

#include <string>
#include <vector>

#include "daemon/cloudwatch/aws_value.h"
#include "daemon/common/definitions_editor.h"
#include "engine/alarm/alarm_spec.h"

namespace tailwatch::daemon::cloudwatch {

CwResult<engine::AlarmSpec> ParsePutMetricAlarm(const AwsValue& request);

// Adds the alarm, or replaces the API alarm of that name (as AWS does).
DefinitionsVerdict PutAlarmEdit(const engine::AlarmSpec& alarm, config::ApiDefinitions& document,
                                const config::Config& running);
// Every name must be an API alarm (ResourceNotFound naming the first that is
// not one); all are deleted or none.
DefinitionsVerdict DeleteAlarmsEdit(const std::vector<std::string>& names,
                                    config::ApiDefinitions& document,
                                    const config::Config& running);
// Names tailwatch does not know are ignored, as on AWS.
DefinitionsVerdict SetActionsEnabledEdit(const std::vector<std::string>& names, bool enabled,
                                         config::ApiDefinitions& document,
                                         const config::Config& running);

// The answer for an edit's outcome: `{}` when applied, else the error.
CwResult<AwsValue> DefinitionsAnswer(const DefinitionsOutcome& outcome);

}  // namespace tailwatch::daemon::cloudwatch

#endif  // TAILWATCH_DAEMON_CLOUDWATCH_ALARM_DEFINITION_OPS_H_
