// Drives tailwatchd's CloudWatch Logs endpoint with the Node.js clients
// shippers use: the AWS SDK v3 (@aws-sdk/client-cloudwatch-logs), the AWS
// SDK v2 (aws-sdk, with its sequence-token flow) and winston-cloudwatch.
// Usage: node node_logs_clients.js ENDPOINT TOKEN WINSTON_LINES TAILED_FILE
// (TAILED_FILE: tailed by the configured group "files", holding two lines
// and a partial third).
// Prints "ok   <check>" / "FAIL <check>: <detail>" lines; exits 1 on a failure.
'use strict';

const [endpoint, token, winstonLinesText, tailedFile] = process.argv.slice(2);
const winstonLines = Number(winstonLinesText);
let failures = 0;
function check(name, condition, detail) {
  if (condition) {
    console.log(`ok   ${name}`);
  } else {
    console.log(`FAIL ${name}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
    failures++;
  }
}
async function expectError(name, type, promise) {
  try {
    await promise;
    check(name, false, `no error, expected ${type}`);
  } catch (err) {
    check(name, err.name === type || err.code === type, `${err.name || err.code}: ${err.message}`);
  }
}

async function sdkV3() {
  const logs = require('@aws-sdk/client-cloudwatch-logs');
  const client = new logs.CloudWatchLogsClient({
    endpoint,
    region: 'us-east-1',
    credentials: {accessKeyId: token, secretAccessKey: 'test'},
    maxAttempts: 1,
  });
  const send = (Command, input) => client.send(new Command(input));
  const group = 'v3/service';
  await send(logs.CreateLogGroupCommand, {logGroupName: group, tags: {owner: 'v3'}});
  await expectError('v3 CreateLogGroup twice', 'ResourceAlreadyExistsException',
                    send(logs.CreateLogGroupCommand, {logGroupName: group}));
  await send(logs.CreateLogStreamCommand, {logGroupName: group, logStreamName: 'one'});
  await send(logs.CreateLogStreamCommand, {logGroupName: group, logStreamName: 'two'});
  const now = Date.now();
  const put = await send(logs.PutLogEventsCommand, {
    logGroupName: group,
    logStreamName: 'one',
    logEvents: [{timestamp: now - 10, message: 'v3 first'}, {timestamp: now, message: 'v3 ERROR second'}],
  });
  check('v3 PutLogEvents token', typeof put.nextSequenceToken === 'string', put);
  await send(logs.PutLogEventsCommand, {
    logGroupName: group,
    logStreamName: 'two',
    logEvents: [{timestamp: now - 5, message: 'v3 ERROR middle'}],
  });

  const groups = await send(logs.DescribeLogGroupsCommand, {logGroupNamePrefix: 'v3/'});
  check('v3 DescribeLogGroups', groups.logGroups.length === 1 && groups.logGroups[0].logGroupName === group, groups);
  const streams = [];
  for await (const page of logs.paginateDescribeLogStreams({client, pageSize: 1}, {logGroupName: group})) {
    streams.push(...page.logStreams.map((s) => s.logStreamName));
  }
  check('v3 paginateDescribeLogStreams', JSON.stringify(streams) === '["one","two"]', streams);

  const got = await send(logs.GetLogEventsCommand, {logGroupName: group, logStreamName: 'one', startFromHead: true});
  check('v3 GetLogEvents', got.events.map((e) => e.message).join('|') === 'v3 first|v3 ERROR second', got);
  const again = await send(logs.GetLogEventsCommand, {logGroupName: group, logStreamName: 'one', nextToken: got.nextForwardToken});
  check('v3 GetLogEvents end', again.events.length === 0 && again.nextForwardToken === got.nextForwardToken, again);

  const filtered = [];
  for await (const page of logs.paginateFilterLogEvents({client, pageSize: 1}, {logGroupName: group, filterPattern: 'ERROR'})) {
    filtered.push(...page.events.map((e) => `${e.logStreamName}:${e.message}`));
  }
  check('v3 paginateFilterLogEvents', JSON.stringify(filtered) === '["two:v3 ERROR middle","one:v3 ERROR second"]', filtered);

  await send(logs.PutRetentionPolicyCommand, {logGroupName: group, retentionInDays: 14});
  const described = await send(logs.DescribeLogGroupsCommand, {logGroupNamePattern: 'SERVICE'});
  check('v3 retention', described.logGroups[0].retentionInDays === 14, described);
  await send(logs.DeleteRetentionPolicyCommand, {logGroupName: group});
  const arn = `arn:aws:logs:us-east-1:000000000000:log-group:${group}`;
  await send(logs.TagResourceCommand, {resourceArn: arn, tags: {env: 'test'}});
  await send(logs.UntagResourceCommand, {resourceArn: arn, tagKeys: ['owner']});
  const tags = await send(logs.ListTagsForResourceCommand, {resourceArn: arn});
  check('v3 tags', JSON.stringify(tags.tags) === '{"env":"test"}', tags);
  await send(logs.DeleteLogStreamCommand, {logGroupName: group, logStreamName: 'two'});
  await expectError('v3 DeleteLogStream twice', 'ResourceNotFoundException',
                    send(logs.DeleteLogStreamCommand, {logGroupName: group, logStreamName: 'two'}));
  // A tailed file is a stream named by its path, read from disk.
  const fileStreams = await send(logs.DescribeLogStreamsCommand, {logGroupName: 'files'});
  check('v3 tailed file is a stream', fileStreams.logStreams.some((s) => s.logStreamName === tailedFile), fileStreams);
  const fileEvents = await send(logs.GetLogEventsCommand, {logGroupName: 'files', logStreamName: tailedFile, startFromHead: true});
  check('v3 GetLogEvents of a tailed file', fileEvents.events.map((e) => e.message).join('|') === 'file line 1 ok|file line 2 error', fileEvents);
  const fileMatches = await send(logs.FilterLogEventsCommand, {logGroupName: 'files', filterPattern: 'error'});
  check('v3 FilterLogEvents over a tailed file', fileMatches.events.length === 1 &&
        fileMatches.events[0].logStreamName === tailedFile && fileMatches.events[0].message === 'file line 2 error', fileMatches);

  await send(logs.DeleteLogGroupCommand, {logGroupName: group});
  await expectError('v3 GetLogEvents after DeleteLogGroup', 'ResourceNotFoundException',
                    send(logs.GetLogEventsCommand, {logGroupName: group, logStreamName: 'one'}));
  await expectError('v3 PutLogEvents to an unknown group', 'ResourceNotFoundException',
                    send(logs.PutLogEventsCommand, {logGroupName: 'nope', logStreamName: 's',
                                                    logEvents: [{timestamp: now, message: 'x'}]}));
}

async function sdkV2() {
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
  const AWS = require('aws-sdk');
  const logs = new AWS.CloudWatchLogs({
    endpoint,
    region: 'us-east-1',
    accessKeyId: token,
    secretAccessKey: 'test',
    maxRetries: 0,
  });
  const group = 'v2-app';
  await logs.createLogGroup({logGroupName: group}).promise();
  await logs.createLogStream({logGroupName: group, logStreamName: 'seq'}).promise();
  // The classic flow: read uploadSequenceToken, pass each nextSequenceToken on.
  let described = await logs.describeLogStreams({logGroupName: group, logStreamNamePrefix: 'seq'}).promise();
  let sequenceToken = described.logStreams[0].uploadSequenceToken;
  check('v2 new stream has no uploadSequenceToken', sequenceToken === undefined, described);
  const now = Date.now();
  for (let batch = 0; batch < 5; batch++) {
    const params = {
      logGroupName: group,
      logStreamName: 'seq',
      logEvents: [{timestamp: now + batch, message: `v2 batch ${batch}`}],
    };
    if (sequenceToken) params.sequenceToken = sequenceToken;
    const answer = await logs.putLogEvents(params).promise();
    check(`v2 putLogEvents ${batch} token`, typeof answer.nextSequenceToken === 'string' &&
          answer.nextSequenceToken !== sequenceToken, answer);
    sequenceToken = answer.nextSequenceToken;
  }
  described = await logs.describeLogStreams({logGroupName: group, orderBy: 'LastEventTime', descending: true}).promise();
  check('v2 uploadSequenceToken is the last nextSequenceToken',
        described.logStreams[0].uploadSequenceToken === sequenceToken, described);
  check('v2 lastEventTimestamp', described.logStreams[0].lastEventTimestamp === now + 4, described);

  // GetLogEvents paged forward until the token repeats (AWS's end of the stream).
  const messages = [];
  let next;
  for (let page = 0; page < 10; page++) {
    const params = {logGroupName: group, logStreamName: 'seq', limit: 2};
    if (next) params.nextToken = next; else params.startFromHead = true;
    const answer = await logs.getLogEvents(params).promise();
    messages.push(...answer.events.map((e) => e.message));
    if (answer.nextForwardToken === next) break;
    next = answer.nextForwardToken;
  }
  check('v2 getLogEvents pages', messages.join('|') === 'v2 batch 0|v2 batch 1|v2 batch 2|v2 batch 3|v2 batch 4', messages);
  const filtered = await logs.filterLogEvents({logGroupName: group, filterPattern: '"batch 3"'}).promise();
  check('v2 filterLogEvents', filtered.events.length === 1 && filtered.events[0].message === 'v2 batch 3' &&
        typeof filtered.events[0].eventId === 'string' && filtered.nextToken === undefined, filtered);

  // The older tag operations.
  await logs.tagLogGroup({logGroupName: group, tags: {a: '1', b: '2'}}).promise();
  await logs.untagLogGroup({logGroupName: group, tags: ['a']}).promise();
  const tags = await logs.listTagsLogGroup({logGroupName: group}).promise();
  check('v2 TagLogGroup/UntagLogGroup/ListTagsLogGroup', JSON.stringify(tags.tags) === '{"b":"2"}', tags);
  await logs.deleteLogGroup({logGroupName: group}).promise();
}

async function winstonShipper() {
  const winston = require('winston');
  const WinstonCloudWatch = require('winston-cloudwatch');
  const transport = new WinstonCloudWatch({
    logGroupName: 'app',
    logStreamName: 'winston',
    uploadRate: 100,
    awsOptions: {
      endpoint,
      region: 'us-east-1',
      credentials: {accessKeyId: token, secretAccessKey: 'test'},
      maxAttempts: 1,
    },
    errorHandler: (err) => check('winston-cloudwatch upload', false, `${err.name}: ${err.message}`),
  });
  const logger = winston.createLogger({transports: [transport]});
  for (let i = 0; i < winstonLines; i++) {
    logger.info(`winston-line ${i} order=${i % 7}`);
  }
  await new Promise((resolve) => transport.kthxbye(resolve));
  check('winston-cloudwatch flushed', true, '');
}

(async () => {
  const parts = [['sdk v3', sdkV3], ['sdk v2', sdkV2], ['winston-cloudwatch', winstonShipper]];
  for (const [name, run] of parts) {
    try {
      await run();
    } catch (err) {
      check(`${name} ran without an exception`, false, `${err.name}: ${err.message}`);
    }
  }
  process.exit(failures > 0 ? 1 : 0);
})();
