#!/usr/bin/env bash
# Definitions made over the API with real clients on 127.0.0.1: a metric
# filter made with `aws logs put-metric-filter`, alarms made with `aws
# cloudwatch put-metric-alarm`, lines shipped with `aws logs put-log-events`
# and values with `put-metric-data` drive them into ALARM, seen through the
# query protocol (Debian's AWS CLI v2), smithy-rpc-v2-cbor (the Python AWS CLI
# v1 with a CBOR-only copy of its model) and AWS JSON 1.0
# (@aws-sdk/client-cloudwatch) where those are present. The definitions
# survive a restart and a kill -9 (state_dir/api_definitions.yaml);
# describe-metric-filters, delete-metric-filter, delete-alarms and
# enable/disable-alarm-actions work, and what the configuration file defines
# refuses change. `tailwatch export config` prints the merged definitions.
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (no tailwatchd or no AWS CLI v2).
set -uo pipefail
build_dir="${1:?usage: aws_api_definitions.sh BUILD_DIR SOURCE_DIR}"
source_dir="${2:?usage: aws_api_definitions.sh BUILD_DIR SOURCE_DIR}"
daemon="$build_dir/daemon/tailwatchd"
cli="$build_dir/tools/tailwatch"
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
  - name: fileWarnings
    log_group: app
    pattern: warning
    metric_transformation: {name: FileWarnings, namespace: Test, value: "1"}
alarms:
  - name: fileAlarm
    namespace: Test
    metric_name: FileWarnings
    statistic: Sum
    period: 60
    evaluation_periods: 1
    threshold: 1
    comparison_operator: GreaterThanOrEqualToThreshold
YAML

start_tailwatchd "$daemon" "$work/tailwatch.yaml"
export AWS_ACCESS_KEY_ID="$token" AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \
       AWS_EC2_METADATA_DISABLED=true AWS_PAGER="" AWS_CONFIG_FILE=/dev/null \
       AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_MAX_ATTEMPTS=1
cw() { "$aws" cloudwatch --endpoint-url "http://127.0.0.1:$port" --output json "$@"; }
logs() { "$aws" logs --endpoint-url "http://127.0.0.1:$port" --output json "$@"; }
run() {  # NAME CLIENT ARGS...: rc 0; the output in $out
  local name="$1" rc
  shift
  out="$("$@" 2>&1)"; rc=$?
  check "$name rc" "$([[ $rc == 0 ]]; echo $?)" "rc=$rc $out"
}
expect_error() {  # NAME CODE CLIENT ARGS...: rc 254 and the code named
  local name="$1" code="$2" out rc
  shift 2
  out="$("$@" 2>&1)"; rc=$?
  check "$name" "$([[ $rc == 254 && $out == *"($code)"* ]]; echo $?)" "rc=$rc $out"
}
restart() {  # SIGNAL: stops the daemon with it and starts it again on the same state_dir
  kill "-$1" "$pid"; wait "$pid" 2>/dev/null
  pid=""
  mv "$work/daemon.log" "$work/daemon.log.$1"
  start_tailwatchd "$daemon" "$work/tailwatch.yaml"
}

# --- definitions over the API --------------------------------------------------
run "put-metric-filter" logs put-metric-filter --log-group-name app --filter-name apiErrors \
  --filter-pattern error \
  --metric-transformations metricName=ApiErrors,metricNamespace=Api,metricValue=1
run "put-metric-alarm on the filter's metric" cw put-metric-alarm --alarm-name apiErrorsHigh \
  --namespace Api --metric-name ApiErrors --statistic Sum --period 10 --evaluation-periods 1 \
  --threshold 3 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data ignore
run "put-metric-alarm on a pushed metric" cw put-metric-alarm --alarm-name apiQueueDeep \
  --namespace Custom --metric-name QueueDepth --dimensions Name=Queue,Value=jobs \
  --statistic Maximum --period 10 --evaluation-periods 1 --threshold 100 \
  --comparison-operator GreaterThanThreshold --treat-missing-data ignore
check "the document is in state_dir" "$(grep -q apiQueueDeep "$work/state/api_definitions.yaml"; echo $?)" \
  "$(cat "$work/state/api_definitions.yaml" 2>&1)"

run "describe-metric-filters" logs describe-metric-filters --log-group-name app
jcheck "describe-metric-filters lists the file's and the API's filters" "$out" \
  '[f["filterName"] for f in d["metricFilters"]] == ["apiErrors", "fileWarnings"] and d["metricFilters"][0]["metricTransformations"][0] == {"metricName": "ApiErrors", "metricNamespace": "Api", "metricValue": "1"}'
run "describe-metric-filters by prefix" logs describe-metric-filters --log-group-name app \
  --filter-name-prefix file
jcheck "describe-metric-filters prefix filters" "$out" '[f["filterName"] for f in d["metricFilters"]] == ["fileWarnings"]'
run "describe-metric-filters by metric" logs describe-metric-filters --metric-name ApiErrors \
  --metric-namespace Api
jcheck "describe-metric-filters metric filters" "$out" '[f["filterName"] for f in d["metricFilters"]] == ["apiErrors"]'
run "describe-metric-filters paged" logs describe-metric-filters --page-size 1
jcheck "describe-metric-filters pages through nextToken" "$out" 'len(d["metricFilters"]) == 2'

# --- drive both alarms ---------------------------------------------------------
now_ms=$(($(date +%s) * 1000))
events="$(python3 -c 'import json,sys; t=int(sys.argv[1]); print(json.dumps([{"timestamp": t + i, "message": "error %d" % i} for i in range(5)]))' "$now_ms")"
run "logs put-log-events" logs put-log-events --log-group-name app --log-stream-name s1 \
  --log-events "$events"
run "put-metric-data" cw put-metric-data --namespace Custom \
  --metric-data '[{"MetricName":"QueueDepth","Dimensions":[{"Name":"Queue","Value":"jobs"}],"Value":150}]'
wait_alarms() {  # N: waits (on the status API) until N alarms are in ALARM
  local deadline=$((SECONDS + 40))
  while ((SECONDS < deadline)); do
    [[ "$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/alarms" |
      grep -o '"state":"ALARM"' | wc -l)" -ge "$1" ]] && return 0
    sleep 0.5
  done
  return 1
}
wait_alarms 2
out="$(cw describe-alarms --state-value ALARM 2>&1)"
jcheck "both API alarms in ALARM (query)" "$out" \
  'sorted(a["AlarmName"] for a in d["MetricAlarms"]) == ["apiErrorsHigh", "apiQueueDeep"]'
run "describe-alarm-history" cw describe-alarm-history --alarm-name apiErrorsHigh
jcheck "history shows the transition to ALARM" "$out" \
  'any(i["HistorySummary"].endswith("to ALARM") for i in d["AlarmHistoryItems"])'
start="$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:%SZ)"
end="$(date -u -d '+2 min' +%Y-%m-%dT%H:%M:%SZ)"
run "get-metric-statistics" cw get-metric-statistics --namespace Api --metric-name ApiErrors \
  --start-time "$start" --end-time "$end" --period 60 --statistics Sum
stats="$out"
prom_total="$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/metrics" |
  sed -n 's/^tailwatch_metric_value_total{.*metric="ApiErrors".*} \(.*\)$/\1/p' | head -1)"
check "get-metric-statistics agrees with /metrics" \
  "$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(0 if sys.argv[2] and sum(p["Sum"] for p in d["Datapoints"]) == float(sys.argv[2]) == 5.0 else 1)' "$stats" "$prom_total")" \
  "statistics $stats vs /metrics '$prom_total'"

# The Python AWS CLI v1 through a CBOR-only copy of its CloudWatch model.
v1="$(command -v aws || true)"
if [[ -n "$v1" && "$v1" != /usr/bin/aws ]] && "$v1" --version 2>&1 | grep -q '^aws-cli/1\.' &&
  mkdir -p "$work/models/cloudwatch/2010-08-01" && python3 - "$work/models/cloudwatch/2010-08-01" <<'PY'
import gzip, json, os, sys
import botocore
src = os.path.join(os.path.dirname(botocore.__file__), "data/cloudwatch/2010-08-01/service-2.json")
model = json.load(gzip.open(src + ".gz") if os.path.exists(src + ".gz") else open(src))
model["metadata"]["protocols"] = ["smithy-rpc-v2-cbor"]
model["metadata"]["protocol"] = "smithy-rpc-v2-cbor"
json.dump(model, open(os.path.join(sys.argv[1], "service-2.json"), "w"))
PY
then
  cw1() { AWS_DATA_PATH="$work/models" "$v1" cloudwatch --endpoint-url "http://127.0.0.1:$port" --output json "$@"; }
  out="$(cw1 describe-alarms --state-value ALARM --debug 2>"$work/v1-debug.log")"
  jcheck "both API alarms in ALARM (cbor)" "$out" \
    'sorted(a["AlarmName"] for a in d["MetricAlarms"]) == ["apiErrorsHigh", "apiQueueDeep"]'
  check "the v1 CLI spoke rpc-v2-cbor" "$(grep -q "'smithy-protocol': 'rpc-v2-cbor'" "$work/v1-debug.log"; echo $?)" \
    "no smithy-protocol header in its debug log"
  out="$(cw1 put-metric-alarm --alarm-name cborMade --namespace Custom --metric-name QueueDepth \
    --dimensions Name=Queue,Value=jobs --statistic Maximum --period 60 --evaluation-periods 1 \
    --threshold 1000 --comparison-operator GreaterThanThreshold 2>&1)"
  check "put-metric-alarm (cbor)" "$?" "$out"
  out="$(cw1 disable-alarm-actions --alarm-names cborMade 2>&1)"
  check "disable-alarm-actions (cbor)" "$?" "$out"
  out="$(cw1 describe-alarms --alarm-names cborMade 2>&1)"
  jcheck "actions disabled (cbor)" "$out" 'd["MetricAlarms"][0]["ActionsEnabled"] is False'
  out="$(cw1 enable-alarm-actions --alarm-names cborMade 2>&1)"
  check "enable-alarm-actions (cbor)" "$?" "$out"
  out="$(cw1 describe-alarms --alarm-names cborMade 2>&1)"
  jcheck "actions enabled again (cbor)" "$out" 'd["MetricAlarms"][0]["ActionsEnabled"] is True'
  out="$(cw1 set-alarm-state --alarm-name cborMade --state-value ALARM --state-reason "set over cbor" 2>&1)"
  check "set-alarm-state (cbor)" "$?" "$out"
  out="$(cw1 describe-alarm-history --alarm-name cborMade 2>&1)"
  jcheck "the history holds the state set over cbor" "$out" \
    'any("set over cbor" in i["HistorySummary"] or "set over cbor" in i["HistoryData"] for i in d["AlarmHistoryItems"])'
  out="$(cw1 delete-alarms --alarm-names cborMade 2>&1)"
  check "delete-alarms (cbor)" "$?" "$out"
  out="$(cw1 delete-alarms --alarm-names fileAlarm 2>&1)"; rc=$?
  check "delete-alarms of the file's alarm refused (cbor)" \
    "$([[ $rc == 255 && $out == *"(InvalidParameterValue)"*"configuration file"* ]]; echo $?)" "rc=$rc $out"
else
  echo "note: no Python AWS CLI v1 with botocore; cbor checks skipped"
fi

# AWS JSON 1.0: @aws-sdk/client-cloudwatch (installed by aws_cli_cloudwatch_api.sh).
node_clients="${TAILWATCH_NODE_CLOUDWATCH:-${XDG_CACHE_HOME:-$HOME/.cache}/tailwatch-node-cloudwatch}"
if command -v node >/dev/null &&
  [[ -f "$node_clients/node_modules/@aws-sdk/client-cloudwatch/package.json" ]]; then
  out="$(node --no-warnings "$source_dir/tests/integration/lib/node_cloudwatch_client.js" \
    "$node_clients" "http://127.0.0.1:$port" "$token" 2>&1)"
  jcheck "node SDK sees both API alarms in ALARM (json 1.0)" "$out" \
    'sorted(d["alarm_names"]) == ["apiErrorsHigh", "apiQueueDeep"]'
  out="$(node --no-warnings "$source_dir/tests/integration/lib/node_cloudwatch_definitions.js" \
    "$node_clients" "http://127.0.0.1:$port" "$token" fileAlarm 2>&1)"
  jcheck "node SDK put-metric-alarm / disable-alarm-actions / delete-alarms (json 1.0)" "$out" \
    'd["made"] == {"threshold": 12.5, "period": 60, "statistic": "Average", "evaluation_periods": 2, "actions_enabled": False} and d["left_after_delete"] == 0'
  jcheck "node SDK: the file's alarm refuses deletion (json 1.0)" "$out" \
    'd["error_code"] == "InvalidParameterValue" and d["error_status"] == 400'
else
  echo "note: @aws-sdk/client-cloudwatch not installed; json 1.0 checks skipped"
fi

# --- what is refused -----------------------------------------------------------
expect_error "put-metric-filter on an unknown group" ResourceNotFoundException \
  logs put-metric-filter --log-group-name nope --filter-name f --filter-pattern x \
  --metric-transformations metricName=M,metricNamespace=N,metricValue=1
expect_error "put-metric-filter with a bad pattern" InvalidParameterException \
  logs put-metric-filter --log-group-name app --filter-name f --filter-pattern '{ $.x = ' \
  --metric-transformations metricName=M,metricNamespace=N,metricValue=1
expect_error "put-metric-filter over the file's filter" InvalidParameterException \
  logs put-metric-filter --log-group-name app --filter-name fileWarnings --filter-pattern x \
  --metric-transformations metricName=M,metricNamespace=N,metricValue=1
expect_error "delete-metric-filter of the file's filter" InvalidParameterException \
  logs delete-metric-filter --log-group-name app --filter-name fileWarnings
expect_error "put-metric-alarm over the file's alarm" InvalidParameterValue \
  cw put-metric-alarm --alarm-name fileAlarm --namespace Test --metric-name X --statistic Sum \
  --period 60 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanThreshold
expect_error "put-metric-alarm with a bad period (the loader's check)" InvalidParameterValue \
  cw put-metric-alarm --alarm-name badPeriod --namespace Test --metric-name X --statistic Sum \
  --period 7 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanThreshold
expect_error "delete-alarms of the file's alarm" InvalidParameterValue cw delete-alarms --alarm-names fileAlarm
out="$(AWS_ACCESS_KEY_ID=wrong cw put-metric-alarm --alarm-name x --namespace Test --metric-name X \
  --statistic Sum --period 60 --evaluation-periods 1 --threshold 1 \
  --comparison-operator GreaterThanThreshold 2>&1)"; rc=$?
check "put-metric-alarm with a wrong token refused" "$([[ $rc == 254 && $out == *InvalidClientTokenId* ]]; echo $?)" "rc=$rc $out"
out="$(AWS_ACCESS_KEY_ID=wrong logs delete-metric-filter --log-group-name app --filter-name apiErrors 2>&1)"; rc=$?
check "delete-metric-filter with a wrong token refused" "$([[ $rc == 254 && $out == *UnrecognizedClientException* ]]; echo $?)" "rc=$rc $out"

# --- a filter on a group created over the Logs API ------------------------------
run "create-log-group" logs create-log-group --log-group-name pushed
run "put-metric-filter on a created group" logs put-metric-filter --log-group-name pushed \
  --filter-name pushedErrors --filter-pattern error \
  --metric-transformations metricName=PushedErrors,metricNamespace=Api,metricValue=1
expect_error "delete-log-group while an API filter names the group" InvalidParameterException \
  logs delete-log-group --log-group-name pushed
run "disable-alarm-actions" cw disable-alarm-actions --alarm-names apiQueueDeep

# --- restart and kill -9 ----------------------------------------------------------
survives() {  # LABEL
  local label="$1"
  out="$(cw describe-alarms --alarm-name-prefix api 2>&1)"
  jcheck "API alarms survive $label" "$out" \
    '[(a["AlarmName"], a["ActionsEnabled"]) for a in d["MetricAlarms"]] == [("apiErrorsHigh", True), ("apiQueueDeep", False)]'
  out="$(logs describe-metric-filters 2>&1)"
  jcheck "API filters survive $label" "$out" \
    'sorted(f["filterName"] for f in d["metricFilters"]) == ["apiErrors", "fileWarnings", "pushedErrors"]'
}
restart TERM
survives "a restart"
restart KILL
survives "kill -9"
run "enable-alarm-actions" cw enable-alarm-actions --alarm-names apiQueueDeep nope
out="$(cw describe-alarms --alarm-names apiQueueDeep 2>&1)"
jcheck "enable-alarm-actions is in force" "$out" 'd["MetricAlarms"][0]["ActionsEnabled"] is True'
run "put-log-events to the created group" logs put-log-events --log-group-name pushed \
  --log-stream-name s1 --log-events "[{\"timestamp\": $(($(date +%s) * 1000)), \"message\": \"error x\"}]"
pushed_count() {  # the PushedErrors sample count on /metrics (no early-exit reader: pipefail)
  curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/metrics" |
    sed -n 's/^tailwatch_metric_value_total{.*metric="PushedErrors".*} \(.*\)$/\1/p'
}
deadline=$((SECONDS + 20))
while [[ "$(pushed_count)" != 1 ]] && ((SECONDS < deadline)); do sleep 0.5; done
check "the created group's API filter counts pushed lines" "$([[ "$(pushed_count)" == 1 ]]; echo $?)" \
  "PushedErrors '$(pushed_count)'"

if [[ -x "$cli" ]]; then
  out="$("$cli" export config "$work/tailwatch.yaml" 2>&1)"
  check "export config prints the merged definitions" \
    "$([[ $out == *"2 metric filter(s) and 2 alarm(s) made over the API"* && $out == *apiQueueDeep* && $out == *pushedErrors* && $out == *fileAlarm* ]]; echo $?)" "$out"
fi

# --- deletes ----------------------------------------------------------------------
run "delete-metric-filter" logs delete-metric-filter --log-group-name app --filter-name apiErrors
expect_error "delete-metric-filter again" ResourceNotFoundException \
  logs delete-metric-filter --log-group-name app --filter-name apiErrors
run "delete-alarms" cw delete-alarms --alarm-names apiErrorsHigh apiQueueDeep
run "describe-alarms after delete-alarms" cw describe-alarms
jcheck "only the file's alarm is left" "$out" '[a["AlarmName"] for a in d["MetricAlarms"]] == ["fileAlarm"]'
run "describe-metric-filters after delete" logs describe-metric-filters --log-group-name app
jcheck "only the file's filter is left in app" "$out" '[f["filterName"] for f in d["metricFilters"]] == ["fileWarnings"]'

# --- the configuration file wins a name it later defines too (at reload) -------------
run "put-metric-alarm shadowMe" cw put-metric-alarm --alarm-name shadowMe --namespace Test \
  --metric-name X --statistic Sum --period 60 --evaluation-periods 1 --threshold 5 \
  --comparison-operator GreaterThanThreshold
cat >>"$work/tailwatch.yaml" <<YAML
  - name: shadowMe
    namespace: Test
    metric_name: FileWarnings
    statistic: Sum
    period: 60
    evaluation_periods: 1
    threshold: 7
    comparison_operator: GreaterThanThreshold
YAML
kill -HUP "$pid"
deadline=$((SECONDS + 20))
until grep -q "configuration reloaded" "$work/daemon.log" || ((SECONDS >= deadline)); do sleep 0.2; done
check "a shadowed API alarm is a warning at reload" \
  "$(grep -q "alarm 'shadowMe' made over the API is also defined in the configuration file" "$work/daemon.log"; echo $?)" \
  "$(tail -5 "$work/daemon.log")"
out="$(cw describe-alarms --alarm-names shadowMe 2>&1)"
jcheck "the file's definition is used" "$out" 'd["MetricAlarms"][0]["Threshold"] == 7.0'
shadowed="$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/metrics" |
  sed -n 's/^tailwatch_api_definitions{state="shadowed"} \(.*\)$/\1/p')"
check "the shadowed definition is counted" "$([[ $shadowed == 1 ]]; echo $?)" "shadowed '$shadowed'"
expect_error "the shadowed name is the file's now" InvalidParameterValue cw delete-alarms --alarm-names shadowMe

# --- an anomaly-detection band alarm over the API ------------------------------------
# A threshold alarm over 60 periods makes the store keep an hour of StepTime,
# so the band alarm made next learns the pushed past at once (the model needs
# 30 datapoints before it predicts).
run "put-metric-alarm keeping history" cw put-metric-alarm --alarm-name bandHistory \
  --namespace Custom --metric-name StepTime --statistic Average --period 60 \
  --evaluation-periods 60 --threshold 1e9 --comparison-operator GreaterThanThreshold
step_data="$(python3 -c 'import json,sys,datetime as dt
now = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)
print(json.dumps([{"MetricName": "StepTime", "Value": 100 + i % 5,
  "Timestamp": (now - dt.timedelta(minutes=47 - i)).strftime("%Y-%m-%dT%H:%M:%SZ")} for i in range(45)]))')"
run "put-metric-data of 45 past minutes" cw put-metric-data --namespace Custom --metric-data "$step_data"
band_metrics='[{"Id":"m1","MetricStat":{"Metric":{"Namespace":"Custom","MetricName":"StepTime"},"Period":60,"Stat":"Average"},"ReturnData":true},
  {"Id":"ad1","Expression":"ANOMALY_DETECTION_BAND(m1, 2.5)","Label":"StepTime (expected)","ReturnData":true}]'
run "put-metric-alarm --metrics (a band alarm)" cw put-metric-alarm --alarm-name stepBand \
  --metrics "$band_metrics" --threshold-metric-id ad1 --evaluation-periods 3 \
  --comparison-operator GreaterThanUpperThreshold --treat-missing-data ignore
run "describe-alarms of the band alarm" cw describe-alarms --alarm-names stepBand
jcheck "describe-alarms gives the band alarm back" "$out" \
  '(lambda a: a["ThresholdMetricId"] == "ad1" and a["ComparisonOperator"] == "GreaterThanUpperThreshold" and [m.get("Expression") for m in a["Metrics"]] == [None, "ANOMALY_DETECTION_BAND(m1, 2.5)"] and a["Metrics"][0]["MetricStat"] == {"Metric": {"Namespace": "Custom", "MetricName": "StepTime", "Dimensions": []}, "Period": 60, "Stat": "Average"} and a["Metrics"][1]["Label"] == "StepTime (expected)")(d["MetricAlarms"][0])'
if [[ -x "$cli" ]]; then
  out="$("$cli" export config "$work/tailwatch.yaml" 2>&1)"
  check "export config prints the band alarm" \
    "$([[ $out == *'name: "stepBand"'* && $out == *'expression: "ANOMALY_DETECTION_BAND(m1, 2.5)"'* && $out == *'threshold_metric_id: "ad1"'* ]]; echo $?)" "$out"
fi
band_queries='[{"Id":"m1","MetricStat":{"Metric":{"Namespace":"Custom","MetricName":"StepTime"},"Period":60,"Stat":"Average"}},
  {"Id":"ad1","Expression":"ANOMALY_DETECTION_BAND(m1, 2.5)","Label":"expected"}]'
band_start="$(date -u -d '-60 min' +%Y-%m-%dT%H:%M:%SZ)"
band_end="$(date -u -d '+1 min' +%Y-%m-%dT%H:%M:%SZ)"
deadline=$((SECONDS + 15))
while :; do
  out="$(cw get-metric-data --metric-data-queries "$band_queries" --start-time "$band_start" \
    --end-time "$band_end" --scan-by TimestampAscending 2>&1)"
  [[ $out == *'"expected Upper"'* && $out != *'"Values": []'* ]] || ((SECONDS >= deadline)) && break
  sleep 1
done
jcheck "get-metric-data answers the learned band (lower < upper, around the data)" "$out" \
  '(lambda r, lo, hi: lo["Id"] == hi["Id"] == "ad1" and len(lo["Values"]) >= 1 and lo["Timestamps"] == hi["Timestamps"] and all(l < 102 < u for l, u in zip(lo["Values"], hi["Values"])) and len(r["StepTime"]["Values"]) == 45)(*(lambda r: (r, r["expected Lower"], r["expected Upper"]))({x["Label"]: x for x in d["MetricDataResults"]}))'
expect_error "put-metric-alarm with other metric math" InvalidParameterValue \
  cw put-metric-alarm --alarm-name mathAlarm --threshold-metric-id ad1 --evaluation-periods 1 \
  --comparison-operator GreaterThanUpperThreshold \
  --metrics '[{"Id":"m1","MetricStat":{"Metric":{"Namespace":"Custom","MetricName":"StepTime"},"Period":60,"Stat":"Average"}},{"Id":"ad1","Expression":"m1 * 2"}]'
expect_error "get-metric-data with other metric math" InvalidParameterValue \
  cw get-metric-data --start-time "$band_start" --end-time "$band_end" \
  --metric-data-queries '[{"Id":"m1","MetricStat":{"Metric":{"Namespace":"Custom","MetricName":"StepTime"},"Period":60,"Stat":"Average"}},{"Id":"e1","Expression":"m1 * 2"}]'

# --- a corrupt document: the daemon runs on the configuration file ------------------
kill "$pid"; wait "$pid" 2>/dev/null; pid=""
printf 'alarms: [ {name: x\n' >"$work/state/api_definitions.yaml"
mv "$work/daemon.log" "$work/daemon.log.corrupt"
start_tailwatchd "$daemon" "$work/tailwatch.yaml"
check "a corrupt document is named in the log" \
  "$(grep -q 'api_definitions.yaml:.*error' "$work/daemon.log"; echo $?)" "$(head -5 "$work/daemon.log")"
out="$(cw describe-alarms 2>&1)"
jcheck "the daemon runs on the file alone" "$out" '[a["AlarmName"] for a in d["MetricAlarms"]] == ["fileAlarm", "shadowMe"]'
out="$(cw put-metric-alarm --alarm-name x --namespace Test --metric-name X --statistic Sum \
  --period 60 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanThreshold 2>&1)"; rc=$?
check "writes wait for the document to be fixed" "$([[ $rc == 254 && $out == *api_definitions.yaml* ]]; echo $?)" "rc=$rc $out"

if ((failures > 0)); then
  echo "--- daemon log"; tail -30 "$work/daemon.log"
  echo "$failures check(s) failed"; exit 1
fi
echo "all checks passed"
