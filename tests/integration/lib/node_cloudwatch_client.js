// Drives tailwatchd's CloudWatch API with npm's @aws-sdk/client-cloudwatch
// (AWS JSON 1.0): describe-alarms in ALARM, put-metric-data,
// get-metric-statistics, and an error's code. Prints one JSON line.
// Args: MODULES_DIR ENDPOINT TOKEN
const path = require('path');
const [modules, endpoint, token] = process.argv.slice(2);
const cw = require(path.join(modules, 'node_modules', '@aws-sdk/client-cloudwatch'));

async function main() {
  const client = new cw.CloudWatchClient({
    endpoint, region: 'us-east-1', maxAttempts: 1,
    credentials: {accessKeyId: token, secretAccessKey: 'test'},
  });
  const out = {};
  const alarms = await client.send(new cw.DescribeAlarmsCommand({StateValue: 'ALARM'}));
  out.alarm_names = alarms.MetricAlarms.map((a) => a.AlarmName);
  out.updated_is_date = alarms.MetricAlarms.every((a) => a.StateUpdatedTimestamp instanceof Date);
  await client.send(new cw.PutMetricDataCommand({
    Namespace: 'Node', MetricData: [{MetricName: 'Jobs', Values: [2, 5], Counts: [1, 2]}],
  }));
  const now = Date.now();
  const stats = await client.send(new cw.GetMetricStatisticsCommand({
    Namespace: 'Node', MetricName: 'Jobs', StartTime: new Date(now - 600000),
    EndTime: new Date(now + 60000), Period: 60, Statistics: ['Sum', 'SampleCount'],
  }));
  out.sum = stats.Datapoints.reduce((s, d) => s + d.Sum, 0);
  out.count = stats.Datapoints.reduce((s, d) => s + d.SampleCount, 0);
  try {
    await client.send(new cw.PutMetricDataCommand({
      Namespace: 'AWS/Nope', MetricData: [{MetricName: 'X', Value: 1}],
    }));
    out.error = 'none';
  } catch (e) {
    out.error = e.name;  // the modeled exception
    out.error_code = e.Code || (e.Error && e.Error.Code);  // the query code (awsQueryCompatible)
    out.error_status = e.$metadata && e.$metadata.httpStatusCode;
  }
  console.log(JSON.stringify(out));
}
main().catch((e) => { console.log(JSON.stringify({fatal: String(e)})); process.exit(1); });
