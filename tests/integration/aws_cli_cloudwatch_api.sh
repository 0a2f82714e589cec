#!/usr/bin/env bash
# The CloudWatch API (service monitoring) of tailwatchd driven by real clients
# on 127.0.0.1 in every wire protocol: Debian's AWS CLI v2 (/usr/bin/aws,
# query), the Python AWS CLI v1 on PATH (botocore 1.4x: AWS JSON 1.0 by
# default, smithy-rpc-v2-cbor when its model lists only that), and npm's
# @aws-sdk/client-cloudwatch (AWS JSON 1.0) when it can be installed.
# End to end: lines shipped with `aws logs put-log-events` drive a configured
# alarm into ALARM, `put-metric-data` values drive a second one; both are seen
# in ALARM over every protocol, describe-alarm-history shows the transition,
# get-metric-statistics agrees with /metrics; list-metrics, get-metric-data,
# pagination, AWS-shaped errors and the token rules.
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (no tailwatchd or no AWS CLI v2).
set -uo pipefail
build_dir="${1:?usage: aws_cli_cloudwatch_api.sh BUILD_DIR SOURCE_DIR}"
source_dir="${2:?usage: aws_cli_cloudwatch_api.sh BUILD_DIR SOURCE_DIR}"
daemon="$build_dir/daemon/tailwatchd"
aws=/usr/bin/aws
[[ -x "$daemon" ]] || { echo "skip: $daemon not built"; exit 77; }
[[ -x "$aws" ]] || { echo "skip: $aws (AWS CLI v2) not installed"; exit 77; }
command -v curl >/dev/null || { echo "skip: curl missing"; exit 77; }

source "$(dirname "$0")/lib/daemon.sh"
tailwatchd_work_dir

write_token
cat >"$work/tailwatch.yaml" <<YAML
server:
  listen: "127.0.0.1:0"
  auth_token_file: $work/token
state_dir: $work/state
log_groups:
  - name: app                     # push only: no files
metric_filters:
  - name: appErrors
    log_group: app
    pattern: error
    metric_transformation: {name: AppErrors, namespace: Test, value: "1"}
alarms:
  - name: appErrorsHigh
    namespace: Test
    metric_name: AppErrors
    statistic: Sum
    period: 10
    evaluation_periods: 1
    threshold: 3
    comparison_operator: GreaterThanOrEqualToThreshold
    treat_missing_data: ignore       # stays in ALARM for every client below
  - name: queueDeep
    namespace: Custom
    metric_name: QueueDepth
    dimensions: {Queue: jobs}
    statistic: Maximum
    period: 10
    evaluation_periods: 1
    threshold: 100
    comparison_operator: GreaterThanThreshold
    treat_missing_data: ignore       # stays in ALARM for every client below
YAML

start_tailwatchd "$daemon" "$work/tailwatch.yaml"
endpoint="http://127.0.0.1:$port"
export AWS_ACCESS_KEY_ID="$token" AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \
       AWS_EC2_METADATA_DISABLED=true AWS_PAGER="" AWS_CONFIG_FILE=/dev/null \
       AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_MAX_ATTEMPTS=1
cw() { "$aws" cloudwatch --endpoint-url "$endpoint" --output json "$@"; }
run() {  # NAME ARGS...: rc 0; the output in $out
  local name="$1" rc
  shift
  out="$(cw "$@" 2>&1)"; rc=$?
  check "$name rc" "$([[ $rc == 0 ]]; echo $?)" "rc=$rc $out"
}
expect_error() {  # NAME CODE ARGS...: rc 254 and the code named
  local name="$1" code="$2" out rc
  shift 2
  out="$(cw "$@" 2>&1)"; rc=$?
  check "$name" "$([[ $rc == 254 && $out == *"($code)"* ]]; echo $?)" "rc=$rc $out"
}

# --- before any data ---------------------------------------------------------
run "describe-alarms" describe-alarms
jcheck "describe-alarms lists the configured alarms" "$out" \
  '[a["AlarmName"] for a in d["MetricAlarms"]] == ["appErrorsHigh", "queueDeep"]'
jcheck "describe-alarms fields" "$out" \
  '(lambda a: a["Dimensions"] == [{"Name": "Queue", "Value": "jobs"}] and a["Statistic"] == "Maximum" and a["Period"] == 10 and a["Threshold"] == 100.0 and a["AlarmArn"].endswith(":alarm:queueDeep"))(d["MetricAlarms"][1])'
run "describe-alarms --page-size 1" describe-alarms --page-size 1
jcheck "describe-alarms pages through NextToken" "$out" \
  '[a["AlarmName"] for a in d["MetricAlarms"]] == ["appErrorsHigh", "queueDeep"]'
run "describe-alarms prefix" describe-alarms --alarm-name-prefix queue
jcheck "describe-alarms prefix filters" "$out" '[a["AlarmName"] for a in d["MetricAlarms"]] == ["queueDeep"]'

# --- drive both alarms --------------------------------------------------------
now_ms=$(($(date +%s) * 1000))
events="$(python3 -c 'import json,sys; t=int(sys.argv[1]); print(json.dumps([{"timestamp": t + i, "message": "error %d" % i} for i in range(5)]))' "$now_ms")"
out="$("$aws" logs --endpoint-url "$endpoint" --output json put-log-events --log-group-name app \
  --log-stream-name s1 --log-events "$events" 2>&1)"
check "logs put-log-events" "$?" "$out"
run "put-metric-data (query)" put-metric-data --namespace Custom \
  --metric-data '[{"MetricName":"QueueDepth","Dimensions":[{"Name":"Queue","Value":"jobs"}],"Value":150}]'

# Waits on the status API (cheap), then asks the CLI once.
deadline=$((SECONDS + 40))
while ((SECONDS < deadline)); do
  [[ "$(curl -s -H "Authorization: Bearer $token" "$endpoint/api/v1/alarms" |
    grep -o '"state":"ALARM"' | wc -l)" -ge 2 ]] && break
  sleep 0.5
done
out="$(cw describe-alarms --state-value ALARM 2>&1)"
jcheck "both alarms in ALARM (query)" "$out" \
  'sorted(a["AlarmName"] for a in d["MetricAlarms"]) == ["appErrorsHigh", "queueDeep"] and all(a["StateValue"] == "ALARM" for a in d["MetricAlarms"])'

run "describe-alarm-history" describe-alarm-history --alarm-name appErrorsHigh
jcheck "history shows the transition to ALARM" "$out" \
  'any(i["HistorySummary"].endswith("to ALARM") and i["HistoryItemType"] == "StateUpdate" for i in d["AlarmHistoryItems"])'

start="$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:%SZ)"
end="$(date -u -d '+2 min' +%Y-%m-%dT%H:%M:%SZ)"
run "get-metric-statistics" get-metric-statistics --namespace Test --metric-name AppErrors \
  --start-time "$start" --end-time "$end" --period 60 --statistics Sum SampleCount
stats="$out"
jcheck "get-metric-statistics sums the shipped lines" "$stats" \
  'sum(p["Sum"] for p in d["Datapoints"]) == 5.0'
metrics="$(curl -s -H "Authorization: Bearer $token" "$endpoint/metrics")"
prom_total="$(printf '%s\n' "$metrics" | sed -n 's/^tailwatch_metric_value_total{.*metric="AppErrors".*} \(.*\)$/\1/p' | head -1)"
check "get-metric-statistics agrees with /metrics" \
  "$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(0 if sys.argv[2] and sum(p["Sum"] for p in d["Datapoints"]) == float(sys.argv[2]) else 1)' "$stats" "$prom_total")" \
  "statistics $stats vs /metrics '$prom_total'"

run "list-metrics" list-metrics --namespace Custom
jcheck "list-metrics names the pushed metric" "$out" \
  'd["Metrics"] == [{"Namespace": "Custom", "MetricName": "QueueDepth", "Dimensions": [{"Name": "Queue", "Value": "jobs"}]}]'
run "get-metric-data" get-metric-data --start-time "$start" --end-time "$end" --metric-data-queries \
  '[{"Id":"q1","MetricStat":{"Metric":{"Namespace":"Custom","MetricName":"QueueDepth","Dimensions":[{"Name":"Queue","Value":"jobs"}]},"Period":60,"Stat":"Maximum"}}]'
jcheck "get-metric-data returns the pushed maximum" "$out" \
  'd["MetricDataResults"][0]["Id"] == "q1" and d["MetricDataResults"][0]["Values"] == [150.0]'

expect_error "bad StateValue" InvalidParameterValue describe-alarms --state-value RED
expect_error "AWS/ namespace refused" InvalidParameterValue put-metric-data --namespace AWS/EC2 \
  --metric-data '[{"MetricName":"X","Value":1}]'
expect_error "Value with Values" InvalidParameterCombination put-metric-data --namespace N \
  --metric-data '[{"MetricName":"X","Value":1,"Values":[1]}]'
out="$(AWS_ACCESS_KEY_ID=wrong cw describe-alarms 2>&1)"; rc=$?
check "wrong token refused (query)" "$([[ $rc == 254 && $out == *InvalidClientTokenId* ]]; echo $?)" "rc=$rc $out"

# --- the Python AWS CLI v1 (botocore 1.4x): AWS JSON 1.0 as it picks by default, and
# smithy-rpc-v2-cbor through a copy of its own service model that lists only that
# protocol (AWS_DATA_PATH), so both codecs meet a real botocore.
v1_checks() {  # LABEL [all]: the v1 CLI's checks over whatever protocol it speaks now
  local label="$1" rc
  if [[ "${2:-}" == all ]]; then
    out="$(cw1 put-metric-data --namespace "Py$label" --metric-data \
      '[{"MetricName":"Batch","StatisticValues":{"SampleCount":4,"Sum":10,"Minimum":1,"Maximum":4}}]' 2>&1)"
    check "v1 put-metric-data statistic set ($label)" "$?" "$out"
    out="$(cw1 get-metric-statistics --namespace "Py$label" --metric-name Batch --start-time "$start" \
      --end-time "$end" --period 60 --statistics Sum SampleCount Minimum Maximum 2>&1)"
    jcheck "v1 get-metric-statistics ($label)" "$out" \
      '(lambda p: (p["Sum"], p["SampleCount"], p["Minimum"], p["Maximum"]) == (10.0, 4.0, 1.0, 4.0))(d["Datapoints"][0])'
    out="$(cw1 describe-alarm-history --alarm-name queueDeep 2>&1)"
    jcheck "v1 describe-alarm-history ($label)" "$out" \
      'any(i["HistorySummary"].endswith("to ALARM") for i in d["AlarmHistoryItems"])'
    out="$(cw1 list-metrics --namespace "Py$label" 2>&1)"
    jcheck "v1 list-metrics ($label)" "$out" '[m["MetricName"] for m in d["Metrics"]] == ["Batch"]'
    out="$(cw1 get-metric-data --start-time "$start" --end-time "$end" --metric-data-queries \
      '[{"Id":"q1","MetricStat":{"Metric":{"Namespace":"Custom","MetricName":"QueueDepth","Dimensions":[{"Name":"Queue","Value":"jobs"}]},"Period":60,"Stat":"Maximum"}}]' 2>&1)"
    jcheck "v1 get-metric-data ($label)" "$out" 'd["MetricDataResults"][0]["Values"] == [150.0]'
  fi
  out="$(cw1 put-metric-data --namespace AWS/X --metric-data '[{"MetricName":"X","Value":1}]' 2>&1)"; rc=$?
  check "v1 error code ($label)" "$([[ $rc == 255 && $out == *"(InvalidParameterValue)"* ]]; echo $?)" "rc=$rc $out"
  out="$(cw1 describe-alarms --state-value ALARM --debug 2>"$work/v1-debug.log")"; rc=$?
  check "v1 describe-alarms rc ($label)" "$rc" "$(tail -3 "$work/v1-debug.log")"
  jcheck "both alarms in ALARM ($label)" "$out" \
    'sorted(a["AlarmName"] for a in d["MetricAlarms"]) == ["appErrorsHigh", "queueDeep"] and all(a["StateValue"] == "ALARM" for a in d["MetricAlarms"])'
}
v1="$(command -v aws || true)"
if [[ -n "$v1" && "$v1" != /usr/bin/aws ]] && "$v1" --version 2>&1 | grep -q '^aws-cli/1\.'; then
  cw1() { "$v1" cloudwatch --endpoint-url "$endpoint" --output json "$@"; }
  v1_checks v1default
  # The other operations over AWS JSON 1.0 are the Node SDK's below.
  grep -q "'Content-Type': 'application/x-amz-json-1.0'" "$work/v1-debug.log" &&
    echo "note: the v1 CLI spoke AWS JSON 1.0 by default"
  models="$work/models/cloudwatch/2010-08-01"
  mkdir -p "$models"
  if python3 - "$models" <<'PY'
import gzip, json, os, sys
import botocore
src = os.path.join(os.path.dirname(botocore.__file__), "data/cloudwatch/2010-08-01/service-2.json")
model = json.load(gzip.open(src + ".gz") if os.path.exists(src + ".gz") else open(src))
model["metadata"]["protocols"] = ["smithy-rpc-v2-cbor"]
model["metadata"]["protocol"] = "smithy-rpc-v2-cbor"
json.dump(model, open(os.path.join(sys.argv[1], "service-2.json"), "w"))
PY
  then
    cw1() { AWS_DATA_PATH="$work/models" "$v1" cloudwatch --endpoint-url "$endpoint" --output json "$@"; }
    v1_checks cbor all
    check "the v1 CLI spoke rpc-v2-cbor" "$(grep -q "'smithy-protocol': 'rpc-v2-cbor'" "$work/v1-debug.log"; echo $?)" \
      "no smithy-protocol header in its debug log"
  else
    echo "note: this botocore's CloudWatch model could not be rewritten; cbor checks skipped"
  fi
else
  echo "note: no Python AWS CLI v1 on PATH; v1 (json 1.0 / cbor) checks skipped"
fi

# --- AWS JSON 1.0: @aws-sdk/client-cloudwatch -------------------------------------
node_clients="${TAILWATCH_NODE_CLOUDWATCH:-${XDG_CACHE_HOME:-$HOME/.cache}/tailwatch-node-cloudwatch}"
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [[ ! -f "$node_clients/node_modules/@aws-sdk/client-cloudwatch/package.json" ]]; then
    mkdir -p "$node_clients" && (cd "$node_clients" && timeout 90 npm install --no-audit --no-fund \
      --loglevel=error @aws-sdk/client-cloudwatch >/dev/null 2>&1)
  fi
  if [[ -f "$node_clients/node_modules/@aws-sdk/client-cloudwatch/package.json" ]]; then
    out="$(node --no-warnings "$source_dir/tests/integration/lib/node_cloudwatch_client.js" \
      "$node_clients" "$endpoint" "$token" 2>&1)"
    jcheck "node SDK sees both alarms in ALARM (json 1.0)" "$out" \
      'sorted(d["alarm_names"]) == ["appErrorsHigh", "queueDeep"] and d["updated_is_date"]'
    jcheck "node SDK put-metric-data values/counts then statistics" "$out" \
      'd["sum"] == 12.0 and d["count"] == 3.0'
    jcheck "node SDK error code (json 1.0)" "$out" \
      'd["error"] == "InvalidParameterValueException" and d["error_code"] == "InvalidParameterValue" and d["error_status"] == 400'
  else
    echo "note: @aws-sdk/client-cloudwatch could not be installed; json 1.0 checks skipped"
  fi
else
  echo "note: node/npm missing; json 1.0 checks skipped"
fi

# --- SetAlarmState and the definitions the configuration file owns -----------------
run "set-alarm-state" set-alarm-state --alarm-name queueDeep --state-value OK \
  --state-reason "drained by hand" --state-reason-data '{"by":"test"}'
run "describe-alarm-history after set-alarm-state" describe-alarm-history --alarm-name queueDeep
# Newest first; the next evaluation (every 10 s) may already have judged the
# still-breaching datapoint again, one item above the manual one.
jcheck "history shows the manual transition" "$out" \
  'any(i["HistorySummary"] == "Alarm updated from ALARM to OK" and "drained by hand" in i["HistoryData"] for i in d["AlarmHistoryItems"][:2])'
run "describe-alarms after set-alarm-state" describe-alarms --alarm-names queueDeep
alarms_out="$out"
# SetAlarmState holds until that next evaluation: either the manual state is
# still there, or the history's newest item is the re-evaluation to ALARM.
run "describe-alarm-history after describe-alarms" describe-alarm-history --alarm-name queueDeep
jcheck "the alarm is OK with the given reason until it is evaluated again" \
  "{\"alarms\": $alarms_out, \"history\": $out}" \
  '(d["alarms"]["MetricAlarms"][0]["StateValue"] == "OK" and d["alarms"]["MetricAlarms"][0]["StateReason"] == "drained by hand") or (d["alarms"]["MetricAlarms"][0]["StateValue"] == "ALARM" and d["history"]["AlarmHistoryItems"][0]["HistorySummary"] == "Alarm updated from OK to ALARM")'
expect_error "set-alarm-state unknown alarm" ResourceNotFound set-alarm-state --alarm-name nope \
  --state-value OK --state-reason x
expect_error "set-alarm-state bad reason data" InvalidFormat set-alarm-state --alarm-name queueDeep \
  --state-value OK --state-reason x --state-reason-data '{nope'
expect_error "disable-alarm-actions on a configured alarm" InvalidParameterValue \
  disable-alarm-actions --alarm-names queueDeep
expect_error "delete-alarms on a configured alarm" InvalidParameterValue delete-alarms --alarm-names queueDeep
expect_error "delete-alarms unknown" ResourceNotFound delete-alarms --alarm-names nope

if ((failures > 0)); then
  echo "--- daemon log"; tail -30 "$work/daemon.log"
  echo "$failures check(s) failed"; exit 1
fi
echo "all checks passed"
