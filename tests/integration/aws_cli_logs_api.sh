#!/usr/bin/env bash
# Every CloudWatch Logs operation tailwatchd answers, driven by the real AWS
# CLI v2 (/usr/bin/aws) on 127.0.0.1: groups and streams created, described
# (prefix, pattern, orderBy, descending, pagination), deleted; retention and
# tags; PutLogEvents into a configured and an API-created group; GetLogEvents
# (startFromHead, tokens, the end of pagination) and FilterLogEvents
# (filterPattern, interleaving, pagination); the token rules; then a restart
# on the same state_dir keeps groups, streams, retention, tags and events.
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (no tailwatchd or no AWS CLI v2).
set -uo pipefail
build_dir="${1:?usage: aws_cli_logs_api.sh BUILD_DIR SOURCE_DIR}"
daemon="$build_dir/daemon/tailwatchd"
aws=/usr/bin/aws
[[ -x "$daemon" ]] || { echo "skip: $daemon not built"; exit 77; }
[[ -x "$aws" ]] || { echo "skip: $aws (AWS CLI v2) not installed"; exit 77; }
command -v curl >/dev/null || { echo "skip: curl missing"; exit 77; }

source "$(dirname "$0")/lib/daemon.sh"
tailwatchd_work_dir
# jget JSON PYTHON-EXPR: prints the expression's value.
jget() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(eval(sys.argv[2]))' "$1" "$2"; }

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
YAML

start_tailwatchd "$daemon" "$work/tailwatch.yaml"
endpoint="http://127.0.0.1:$port"
export AWS_ACCESS_KEY_ID="$token" AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \
       AWS_EC2_METADATA_DISABLED=true AWS_PAGER="" AWS_CONFIG_FILE=/dev/null \
       AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_MAX_ATTEMPTS=1
awslogs() { "$aws" logs --endpoint-url "$endpoint" --output json "$@"; }
# expect_error NAME EXCEPTION ARGS...: rc 254 and the exception named.
expect_error() {
  local name="$1" type="$2" out rc
  shift 2
  out="$(awslogs "$@" 2>&1)"; rc=$?
  check "$name" "$([[ $rc == 254 && $out == *"$type"* ]]; echo $?)" "rc=$rc $out"
}
run() {  # NAME ARGS...: rc 0; the output in $out
  local name="$1" rc
  shift
  out="$(awslogs "$@" 2>&1)"; rc=$?
  check "$name rc" "$([[ $rc == 0 ]]; echo $?)" "rc=$rc $out"
}

# --- groups -----------------------------------------------------------------
run "create-log-group (new)" create-log-group --log-group-name api/orders --tags team=shop
expect_error "create-log-group twice" ResourceAlreadyExistsException \
  create-log-group --log-group-name api/orders
run "create-log-group (configured)" create-log-group --log-group-name app
for i in 1 2 3; do run "create-log-group page-$i" create-log-group --log-group-name "page-$i"; done

run "describe-log-groups" describe-log-groups
jcheck "describe-log-groups lists both kinds" "$out" \
  '[g["logGroupName"] for g in d["logGroups"]] == ["api/orders", "app", "page-1", "page-2", "page-3"]'
jcheck "describe-log-groups arn" "$out" \
  'd["logGroups"][0]["arn"] == "arn:aws:logs:us-east-1:000000000000:log-group:api/orders:*"'
run "describe-log-groups prefix" describe-log-groups --log-group-name-prefix api/
jcheck "prefix selects" "$out" '[g["logGroupName"] for g in d["logGroups"]] == ["api/orders"]'
run "describe-log-groups pattern" describe-log-groups --log-group-name-pattern ORDER
jcheck "pattern is a case-insensitive substring" "$out" \
  '[g["logGroupName"] for g in d["logGroups"]] == ["api/orders"]'
expect_error "prefix and pattern" InvalidParameterException \
  describe-log-groups --log-group-name-prefix a --log-group-name-pattern b
# --page-size 1: the CLI follows nextToken page by page.
run "describe-log-groups paginated" describe-log-groups --log-group-name-prefix page- --page-size 1
jcheck "pagination returns every group once" "$out" \
  '[g["logGroupName"] for g in d["logGroups"]] == ["page-1", "page-2", "page-3"]'

# --- streams ----------------------------------------------------------------
run "create-log-stream s-b" create-log-stream --log-group-name api/orders --log-stream-name s-b
run "create-log-stream s-a" create-log-stream --log-group-name api/orders --log-stream-name s-a
run "create-log-stream other" create-log-stream --log-group-name api/orders --log-stream-name other
expect_error "create-log-stream twice" ResourceAlreadyExistsException \
  create-log-stream --log-group-name api/orders --log-stream-name s-a
expect_error "create-log-stream unknown group" ResourceNotFoundException \
  create-log-stream --log-group-name nope --log-stream-name s

now="$(date +%s%3N)"
run "put-log-events api group s-b" put-log-events --log-group-name api/orders --log-stream-name s-b \
  --log-events "timestamp=$((now - 3000)),message=b1 error" "timestamp=$((now - 1000)),message=b2 ok"
seq_b="$(jget "$out" 'd["nextSequenceToken"]')"
run "put-log-events api group s-a" put-log-events --log-group-name api/orders --log-stream-name s-a \
  --log-events "timestamp=$((now - 2000)),message=a1 error" "timestamp=$((now - 2000)),message=a2 error" \
               "timestamp=$now,message=a3 ok" --sequence-token "$seq_b"
run "put-log-events configured group" put-log-events --log-group-name app --log-stream-name host1 \
  --log-events "timestamp=$now,message=disk error" "timestamp=$now,message=fine" \
               "timestamp=$now,message=net error"

run "describe-log-streams" describe-log-streams --log-group-name api/orders
jcheck "streams by name" "$out" '[s["logStreamName"] for s in d["logStreams"]] == ["other", "s-a", "s-b"]'
jcheck "stream times and token" "$out" \
  "[s for s in d['logStreams'] if s['logStreamName'] == 's-b'][0]['firstEventTimestamp'] == $((now - 3000)) and [s for s in d['logStreams'] if s['logStreamName'] == 's-b'][0]['uploadSequenceToken'] == '$seq_b'"
run "describe-log-streams prefix" describe-log-streams --log-group-name api/orders --log-stream-name-prefix s-
jcheck "prefix" "$out" '[s["logStreamName"] for s in d["logStreams"]] == ["s-a", "s-b"]'
run "describe-log-streams LastEventTime" describe-log-streams --log-group-name api/orders \
  --order-by LastEventTime --descending
jcheck "LastEventTime descending" "$out" '[s["logStreamName"] for s in d["logStreams"]] == ["s-a", "s-b", "other"]'
expect_error "LastEventTime with a prefix" InvalidParameterException \
  describe-log-streams --log-group-name api/orders --order-by LastEventTime --log-stream-name-prefix s
run "describe-log-streams paginated" describe-log-streams --log-group-name api/orders --page-size 1
jcheck "stream pages" "$out" '[s["logStreamName"] for s in d["logStreams"]] == ["other", "s-a", "s-b"]'
run "describe-log-streams configured group" describe-log-streams --log-group-name app
jcheck "a pushed stream is listed" "$out" '[s["logStreamName"] for s in d["logStreams"]] == ["host1"]'
expect_error "describe-log-streams unknown group" ResourceNotFoundException \
  describe-log-streams --log-group-name nope

# --- reading events -----------------------------------------------------------
run "get-log-events from head" get-log-events --log-group-name api/orders --log-stream-name s-a \
  --start-from-head --limit 2
jcheck "first page" "$out" '[e["message"] for e in d["events"]] == ["a1 error", "a2 error"]'
jcheck "event shape" "$out" 'set(d["events"][0]) == {"timestamp", "message", "ingestionTime"}'
forward="$(jget "$out" 'd["nextForwardToken"]')"
run "get-log-events next" get-log-events --log-group-name api/orders --log-stream-name s-a \
  --next-token "$forward" --limit 2
jcheck "second page" "$out" '[e["message"] for e in d["events"]] == ["a3 ok"]'
forward="$(jget "$out" 'd["nextForwardToken"]')"
backward="$(jget "$out" 'd["nextBackwardToken"]')"
run "get-log-events at the end" get-log-events --log-group-name api/orders --log-stream-name s-a \
  --next-token "$forward"
jcheck "the end returns the same token" "$out" "d['events'] == [] and d['nextForwardToken'] == '$forward'"
run "get-log-events backward" get-log-events --log-group-name api/orders --log-stream-name s-a \
  --next-token "$backward" --limit 1
jcheck "backward page" "$out" '[e["message"] for e in d["events"]] == ["a2 error"]'
run "get-log-events newest" get-log-events --log-group-name api/orders --log-stream-name s-a --limit 1
jcheck "without a token: the newest" "$out" '[e["message"] for e in d["events"]] == ["a3 ok"]'
run "get-log-events time range" get-log-events --log-group-name api/orders --log-stream-name s-b \
  --start-time $((now - 1000)) --end-time $((now + 1)) --start-from-head
jcheck "time range" "$out" '[e["message"] for e in d["events"]] == ["b2 ok"]'
expect_error "get-log-events unknown stream" ResourceNotFoundException \
  get-log-events --log-group-name api/orders --log-stream-name nope

run "filter-log-events interleaved" filter-log-events --log-group-name api/orders
jcheck "interleaved by time" "$out" \
  '[e["message"] for e in d["events"]] == ["b1 error", "a1 error", "a2 error", "b2 ok", "a3 ok"]'
jcheck "filter event shape" "$out" \
  'set(d["events"][0]) == {"logStreamName", "timestamp", "message", "ingestionTime", "eventId"}'
jcheck "searchedLogStreams" "$out" \
  'sorted(s["logStreamName"] for s in d["searchedLogStreams"]) == ["other", "s-a", "s-b"]'
run "filter-log-events pattern" filter-log-events --log-group-name api/orders --filter-pattern error
jcheck "pattern" "$out" '[e["message"] for e in d["events"]] == ["b1 error", "a1 error", "a2 error"]'
run "filter-log-events paginated" filter-log-events --log-group-name api/orders --page-size 2
jcheck "pages in order" "$out" \
  '[e["message"] for e in d["events"]] == ["b1 error", "a1 error", "a2 error", "b2 ok", "a3 ok"]'
run "filter-log-events stream names" filter-log-events --log-group-name api/orders \
  --log-stream-names s-b --filter-pattern '"b2"'
jcheck "stream names" "$out" '[e["message"] for e in d["events"]] == ["b2 ok"]'
run "filter-log-events JSON pattern on the configured group" filter-log-events --log-group-name app \
  --filter-pattern '?disk ?net'
jcheck "configured group" "$out" '[e["message"] for e in d["events"]] == ["disk error", "net error"]'
expect_error "filter-log-events bad pattern" InvalidParameterException \
  filter-log-events --log-group-name app --filter-pattern '{ $.x = '

# --- retention and tags ----------------------------------------------------------
run "put-retention-policy" put-retention-policy --log-group-name api/orders --retention-in-days 7
run "describe shows retention" describe-log-groups --log-group-name-prefix api/
jcheck "retentionInDays" "$out" 'd["logGroups"][0]["retentionInDays"] == 7'
expect_error "retention 8 days" InvalidParameterException \
  put-retention-policy --log-group-name api/orders --retention-in-days 8
run "put-retention-policy configured" put-retention-policy --log-group-name app --retention-in-days 1
run "delete-retention-policy" delete-retention-policy --log-group-name app
arn="arn:aws:logs:us-east-1:000000000000:log-group:api/orders"
run "tag-resource" tag-resource --resource-arn "$arn" --tags env=prod,tier=1
run "untag-resource" untag-resource --resource-arn "$arn" --tag-keys tier
run "list-tags-for-resource" list-tags-for-resource --resource-arn "$arn:*"
jcheck "tags" "$out" 'd["tags"] == {"team": "shop", "env": "prod"}'

# --- deletion ---------------------------------------------------------------------
run "delete-log-stream" delete-log-stream --log-group-name api/orders --log-stream-name other
expect_error "delete-log-group of the configuration" InvalidParameterException \
  delete-log-group --log-group-name app
run "delete-log-group page-3" delete-log-group --log-group-name page-3

# --- auth ---------------------------------------------------------------------------
out="$(AWS_ACCESS_KEY_ID=wrong-key awslogs describe-log-streams --log-group-name app 2>&1)"; rc=$?
check "wrong key" "$([[ $rc == 254 && $out == *UnrecognizedClientException* ]]; echo $?)" "rc=$rc $out"

# --- /metrics and /api/v1/log_groups ----------------------------------------------------------
metrics="$(curl -sf "$endpoint/metrics")"
check "tailwatch_log_groups{origin=api} 3" \
  "$(printf '%s\n' "$metrics" | grep -q '^tailwatch_log_groups{origin="api"} 3$'; echo $?)" \
  "$(printf '%s\n' "$metrics" | grep '^tailwatch_log_groups')"
check "tailwatch_log_streams{log_group=api/orders} 2" \
  "$(printf '%s\n' "$metrics" | grep -q '^tailwatch_log_streams{log_group="api/orders"} 2$'; echo $?)" \
  "$(printf '%s\n' "$metrics" | grep '^tailwatch_log_streams')"
matches="$(printf '%s\n' "$metrics" | awk '/^tailwatch_filter_matches_total\{/ && /filter="appErrors"/ {print $NF}')"
check "the metric filter counted the configured group's pushes" "$([[ $matches == 2 ]]; echo $?)" "got '$matches'"
api="$(curl -sf -H "Authorization: Bearer $token" "$endpoint/api/v1/log_groups")"
jcheck "/api/v1/log_groups" "$api" \
  '[(g["name"], g["origin"]) for g in d["log_groups"]] == [("api/orders", "api"), ("app", "config"), ("page-1", "api"), ("page-2", "api")]'

# --- restart on the same state_dir ------------------------------------------------------------
kill -TERM "$pid"; wait "$pid" 2>/dev/null; pid=""
start_tailwatchd "$daemon" "$work/tailwatch.yaml"
endpoint="http://127.0.0.1:$port"
run "describe-log-groups after restart" describe-log-groups
# app's retention was put and deleted before the restart.
jcheck "groups survive" "$out" \
  '[(g["logGroupName"], g.get("retentionInDays")) for g in d["logGroups"]] == [("api/orders", 7), ("app", None), ("page-1", None), ("page-2", None)]'
# The created groups are part of the exported configuration, which loads.
"$build_dir/tools/tailwatch" export config -o "$work/exported.yaml" "$work/tailwatch.yaml" 2>"$work/export.err"
check "export config" "$?" "$(cat "$work/export.err")"
groups="$(python3 -c 'import sys, yaml; print(",".join(g["name"] for g in yaml.safe_load(open(sys.argv[1]))["log_groups"]))' "$work/exported.yaml" 2>&1)"
check "export config adds the created groups" "$([[ $groups == "app,api/orders,page-1,page-2" ]]; echo $?)" "got '$groups'"
"$build_dir/tools/tailwatch" check-config "$work/exported.yaml" >"$work/check.out" 2>&1
check "the exported configuration loads" "$?" "$(cat "$work/check.out")"
run "describe-log-streams after restart" describe-log-streams --log-group-name api/orders
jcheck "streams survive" "$out" '[s["logStreamName"] for s in d["logStreams"]] == ["s-a", "s-b"]'
run "tags after restart" list-tags-for-resource --resource-arn "$arn"
jcheck "tags survive" "$out" 'd["tags"] == {"team": "shop", "env": "prod"}'
run "events after restart" get-log-events --log-group-name api/orders --log-stream-name s-a --start-from-head
jcheck "events survive (journal)" "$out" '[e["message"] for e in d["events"]] == ["a1 error", "a2 error", "a3 ok"]'
run "push after restart" put-log-events --log-group-name api/orders --log-stream-name s-a \
  --log-events "timestamp=$now,message=a4 after restart"

# A deleted and re-created group starts empty.
run "delete-log-group api/orders" delete-log-group --log-group-name api/orders
expect_error "get-log-events of a deleted group" ResourceNotFoundException \
  get-log-events --log-group-name api/orders --log-stream-name s-a
sleep 0.01
run "re-create the group" create-log-group --log-group-name api/orders
run "re-create the stream" create-log-stream --log-group-name api/orders --log-stream-name s-a
run "get-log-events of the new group" get-log-events --log-group-name api/orders --log-stream-name s-a
jcheck "the new group is empty" "$out" 'd["events"] == []'

kill -0 "$pid" 2>/dev/null
check "daemon still running" "$?" "exited"
if ((failures > 0)); then
  echo "--- daemon log"; tail -30 "$work/daemon.log"
  echo "$failures check(s) failed"; exit 1
fi
echo "all checks passed"
