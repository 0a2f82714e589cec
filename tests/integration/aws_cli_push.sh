#!/usr/bin/env bash
# The real AWS CLI v2 (/usr/bin/aws) against tailwatchd's AWS JSON 1.1
# endpoint: create-log-group, put-log-events (plain, non-ASCII, too-old,
# unknown group, wrong key), test-metric-filter, describe-log-groups; then
# /metrics must show the pushed events counted by the metric filter.
# A token is configured, so the CLI's access key id is the token (SigV4
# Authorization header; the signature itself is not checked, see
# daemon/ingest/auth.h).
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (no tailwatchd or no AWS CLI v2).
set -uo pipefail
build_dir="${1:?usage: aws_cli_push.sh BUILD_DIR SOURCE_DIR}"
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
  - name: tailwatch-test          # push only: no files
metric_filters:
  - name: diskErrors
    log_group: tailwatch-test
    pattern: error
    metric_transformation: {name: DiskErrors, namespace: Test, value: "1"}
YAML

start_tailwatchd "$daemon" "$work/tailwatch.yaml"
endpoint="http://127.0.0.1:$port"

export AWS_ACCESS_KEY_ID="$token" AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \
       AWS_EC2_METADATA_DISABLED=true AWS_PAGER="" AWS_CONFIG_FILE=/dev/null \
       AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_MAX_ATTEMPTS=1
awslogs() { "$aws" logs --endpoint-url "$endpoint" --output json "$@"; }

# 1. create-log-group answers {} (the CLI prints nothing).
out="$(awslogs create-log-group --log-group-name tailwatch-test 2>&1)"; rc=$?
check "create-log-group rc" "$([[ $rc == 0 ]]; echo $?)" "rc=$rc $out"

# 2. put-log-events: 3 events, 2 match "error".
now="$(date +%s%3N)"
out="$(awslogs put-log-events --log-group-name tailwatch-test --log-stream-name host1 \
  --log-events "timestamp=$now,message=disk error on sda" "timestamp=$now,message=all good" \
               "timestamp=$now,message=another error" 2>&1)"; rc=$?
check "put-log-events rc" "$([[ $rc == 0 ]]; echo $?)" "rc=$rc $out"
check "put-log-events nextSequenceToken" "$([[ $out == *nextSequenceToken* && $out != *rejected* ]]; echo $?)" "$out"

# 3. Non-ASCII (sent as \u escapes with a surrogate pair) through a file:// batch.
cat >"$work/events.json" <<JSON
[{"timestamp": $now, "message": "smile 😀 caf\u00e9 error"}]
JSON
out="$(awslogs put-log-events --log-group-name tailwatch-test --log-stream-name host2 \
  --log-events "file://$work/events.json" 2>&1)"; rc=$?
check "put-log-events unicode rc" "$([[ $rc == 0 ]]; echo $?)" "rc=$rc $out"

# 4. A too-old event is rejected individually, the rest ingested.
old=$((now - 15 * 24 * 3600 * 1000))
out="$(awslogs put-log-events --log-group-name tailwatch-test --log-stream-name host1 \
  --log-events "timestamp=$old,message=ancient error" "timestamp=$now,message=fresh error" 2>&1)"; rc=$?
check "put-log-events too old rc" "$([[ $rc == 0 ]]; echo $?)" "rc=$rc $out"
check "put-log-events tooOldLogEventEndIndex" \
  "$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["rejectedLogEventsInfo"]=={"tooOldLogEventEndIndex":1} else 1)' "$out" 2>/dev/null; echo $?)" "$out"

# 5. Unknown group: ResourceNotFoundException, rc 254, nothing counted.
out="$(awslogs put-log-events --log-group-name no-such-group --log-stream-name s \
  --log-events "timestamp=$now,message=error" 2>&1)"; rc=$?
check "unknown group rc 254" "$([[ $rc == 254 ]]; echo $?)" "rc=$rc"
check "unknown group message" "$([[ $out == *"ResourceNotFoundException"*"The specified log group does not exist."* ]]; echo $?)" "$out"

# 6. Out of order: InvalidParameterException.
out="$(awslogs put-log-events --log-group-name tailwatch-test --log-stream-name s \
  --log-events "timestamp=$now,message=b error" "timestamp=$((now - 1)),message=a error" 2>&1)"; rc=$?
check "out of order rc 254" "$([[ $rc == 254 && $out == *InvalidParameterException* ]]; echo $?)" "rc=$rc $out"

# 7. Wrong access key id: UnrecognizedClientException.
out="$(AWS_ACCESS_KEY_ID=wrong-key awslogs put-log-events --log-group-name tailwatch-test \
  --log-stream-name s --log-events "timestamp=$now,message=sneaky error" 2>&1)"; rc=$?
check "wrong key rc 254" "$([[ $rc == 254 && $out == *UnrecognizedClientException* ]]; echo $?)" "rc=$rc $out"

# 8. test-metric-filter, exactly the RUNBOOK 3.2 exchange.
out="$(awslogs test-metric-filter --filter-pattern error \
  --log-event-messages "disk error on sda" "all good" "another error" 2>&1)"; rc=$?
check "test-metric-filter rc" "$([[ $rc == 0 ]]; echo $?)" "rc=$rc $out"
expected='{"matches": [{"eventNumber": 1, "eventMessage": "disk error on sda", "extractedValues": {}}, {"eventNumber": 3, "eventMessage": "another error", "extractedValues": {}}]}'
got="$(python3 -c 'import json,sys; print(json.dumps(json.loads(sys.argv[1])))' "$out" 2>&1)"
check "test-metric-filter output" "$([[ $got == "$expected" ]]; echo $?)" "$got"

# 9. test-metric-filter with a space-delimited pattern fills extractedValues.
out="$(awslogs test-metric-filter --filter-pattern '[level=ERROR, msg]' \
  --log-event-messages "INFO fine" "ERROR request failed" 2>&1)"; rc=$?
got="$(python3 -c 'import json,sys; print(json.dumps(json.loads(sys.argv[1])))' "$out" 2>&1)"
expected='{"matches": [{"eventNumber": 2, "eventMessage": "ERROR request failed", "extractedValues": {"$level": "ERROR", "$msg": "request failed"}}]}'
check "test-metric-filter space-delimited" "$([[ $rc == 0 && $got == "$expected" ]]; echo $?)" "rc=$rc $got"

# 10. A bad pattern: InvalidParameterException.
out="$(awslogs test-metric-filter --filter-pattern '{ $.x = ' --log-event-messages "x" 2>&1)"; rc=$?
check "test-metric-filter bad pattern" "$([[ $rc == 254 && $out == *InvalidParameterException* ]]; echo $?)" "rc=$rc $out"

# 11. describe-log-groups answers in the AWS shape.
out="$(awslogs describe-log-groups 2>&1)"; rc=$?
check "describe-log-groups" "$([[ $rc == 0 && $out == *logGroups* ]]; echo $?)" "rc=$rc $out"

# 12. /metrics: 2 + 1 + 1 events matched "error" (the too-old, unknown-group,
# out-of-order and wrong-key ones were not counted).
value=""
for _ in $(seq 1 30); do
  metrics="$(curl -sf "$endpoint/metrics")"
  value="$(printf '%s\n' "$metrics" | awk '/^tailwatch_filter_matches_total\{/ && /filter="diskErrors"/ && /log_group="tailwatch-test"/ {print $NF}')"
  [[ "$value" == 4 ]] && break
  sleep 0.2
done
check "tailwatch_filter_matches_total == 4" "$([[ $value == 4 ]]; echo $?)" "got '$value'"
accepted="$(printf '%s\n' "$metrics" | awk '/^tailwatch_push_events_accepted_total\{endpoint="PutLogEvents"\}/ {print $NF}')"
check "tailwatch_push_events_accepted_total == 5" "$([[ $accepted == 5 ]]; echo $?)" "got '$accepted'"
too_old="$(printf '%s\n' "$metrics" | awk '/^tailwatch_push_events_rejected_total\{/ && /endpoint="PutLogEvents"/ && /reason="too_old"/ {print $NF}')"
check "too_old rejected == 1" "$([[ $too_old == 1 ]]; echo $?)" "got '$too_old'"

kill -0 "$pid" 2>/dev/null
check "daemon still running" "$?" "exited"
if ((failures > 0)); then
  echo "--- daemon log"; tail -30 "$work/daemon.log"
  echo "$failures check(s) failed"; exit 1
fi
echo "all checks passed"
