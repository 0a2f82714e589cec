// Defines an alarm over tailwatchd's CloudWatch API with npm's
// @aws-sdk/client-cloudwatch (AWS JSON 1.0): PutMetricAlarm, DescribeAlarms,
// DisableAlarmActions, DeleteAlarms, and the error for an alarm the
// configuration file defines. Prints one JSON line.
// Args: MODULES_DIR ENDPOINT TOKEN FILE_ALARM
const path = require('path');
const [modules, endpoint, token, fileAlarm] = process.argv.slice(2);
const cw = require(path.join(modules, 'node_modules', '@aws-sdk/client-cloudwatch'));

async function main() {
  const client = new cw.CloudWatchClient({
    endpoint, region: 'us-east-1', maxAttempts: 1,
    credentials: {accessKeyId: token, secretAccessKey: 'test'},
  });
  const out = {};
  await client.send(new cw.PutMetricAlarmCommand({
    AlarmName: 'nodeMade', Namespace: 'Custom', MetricName: 'QueueDepth',
    Dimensions: [{Name: 'Queue', Value: 'jobs'}], Statistic: 'Average', Period: 60,
    EvaluationPeriods: 2, DatapointsToAlarm: 1, Threshold: 12.5,
    ComparisonOperator: 'LessThanThreshold',
  }));
  await client.send(new cw.DisableAlarmActionsCommand({AlarmNames: ['nodeMade']}));
  const made = await client.send(new cw.DescribeAlarmsCommand({AlarmNames: ['nodeMade']}));
  const a = made.MetricAlarms[0];
  out.made = a && {threshold: a.Threshold, period: a.Period, statistic: a.Statistic,
                   evaluation_periods: a.EvaluationPeriods, actions_enabled: a.ActionsEnabled};
  await client.send(new cw.DeleteAlarmsCommand({AlarmNames: ['nodeMade']}));
  const gone = await client.send(new cw.DescribeAlarmsCommand({AlarmNames: ['nodeMade']}));
  out.left_after_delete = gone.MetricAlarms.length;
  try {
    await client.send(new cw.DeleteAlarmsCommand({AlarmNames: [fileAlarm]}));
    out.error = 'none';
  } catch (e) {
    out.error_code = e.Code || (e.Error && e.Error.Code);
    out.error_status = e.$metadata && e.$metadata.httpStatusCode;
  }
  console.log(JSON.stringify(out));
}
main().catch((e) => { console.log(JSON.stringify({fatal: String(e)})); process.exit(1); });
