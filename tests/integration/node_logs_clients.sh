#!/usr/bin/env bash
# The Node.js CloudWatch Logs clients against tailwatchd on 127.0.0.1
# (lib/node_logs_clients.js): @aws-sdk/client-cloudwatch-logs (v3), aws-sdk
# v2 with its sequence-token flow, and winston-cloudwatch shipping
# WINSTON_LINES lines end to end, and a tailed file read as a stream: every line counted by a metric filter
# and read back with `aws logs filter-log-events`.
# The npm packages are installed into a cache folder outside the source tree
# ($TAILWATCH_NODE_CLIENTS, default ~/.cache/tailwatch-node-clients) once.
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (no tailwatchd, no node/npm, or
# the packages cannot be installed).
set -uo pipefail
build_dir="${1:?usage: node_logs_clients.sh BUILD_DIR SOURCE_DIR}"
source_dir="${2:?usage: node_logs_clients.sh BUILD_DIR SOURCE_DIR}"
daemon="$build_dir/daemon/tailwatchd"
aws=/usr/bin/aws
winston_lines=3000
[[ -x "$daemon" ]] || { echo "skip: $daemon not built"; exit 77; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "skip: node/npm missing"; exit 77; }
command -v curl >/dev/null || { echo "skip: curl missing"; exit 77; }

clients="${TAILWATCH_NODE_CLIENTS:-${XDG_CACHE_HOME:-$HOME/.cache}/tailwatch-node-clients}"
packages=(@aws-sdk/client-cloudwatch-logs aws-sdk winston winston-cloudwatch)
missing=0
for p in "${packages[@]}"; do [[ -f "$clients/node_modules/$p/package.json" ]] || missing=1; done
if ((missing)); then
  mkdir -p "$clients" || { echo "skip: cannot create $clients"; exit 77; }
  if ! (cd "$clients" && timeout 90 npm install --no-audit --no-fund --loglevel=error "${packages[@]}"); then
    echo "skip: npm install of ${packages[*]} into $clients failed"; exit 77
  fi
fi

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
  - name: files
    files: ["$work/logs/*.log"]
metric_filters:
  - name: winstonLines
    log_group: app
    pattern: '"winston-line"'
    metric_transformation: {name: WinstonLines, namespace: Test, value: "1"}
YAML
mkdir -p "$work/logs"
printf 'file line 1 ok\nfile line 2 error\nstill being written' >"$work/logs/a.log"
start_tailwatchd "$daemon" "$work/tailwatch.yaml"
endpoint="http://127.0.0.1:$port"

NODE_PATH="$clients/node_modules" timeout 90 node "$source_dir/tests/integration/lib/node_logs_clients.js" \
  "$endpoint" "$token" "$winston_lines" "$work/logs/a.log"
check "node clients" "$?" "see above"

metrics="$(curl -sf "$endpoint/metrics")"
value="$(printf '%s\n' "$metrics" | awk '/^tailwatch_filter_matches_total\{/ && /filter="winstonLines"/ {print $NF}')"
check "every winston line counted by the metric filter" "$([[ $value == "$winston_lines" ]]; echo $?)" \
  "got '$value'"

if [[ -x "$aws" ]]; then
  export AWS_ACCESS_KEY_ID="$token" AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \
         AWS_EC2_METADATA_DISABLED=true AWS_PAGER="" AWS_CONFIG_FILE=/dev/null \
         AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_MAX_ATTEMPTS=1
  out="$("$aws" logs --endpoint-url "$endpoint" --output json filter-log-events --log-group-name app \
    --log-stream-names winston --filter-pattern '"winston-line"' --page-size 1000 2>"$work/aws.err")"
  # Through stdin: the answer is larger than one argv string may be.
  read -r count distinct < <(printf '%s' "$out" | python3 -c '
import json, sys
events = json.load(sys.stdin)["events"]
print(len(events), len({e["message"].split()[3] for e in events}))' 2>/dev/null)
  check "aws logs filter-log-events reads every winston line back" \
    "$([[ "${count:-}" == "$winston_lines" && "${distinct:-}" == "$winston_lines" ]]; echo $?)" \
    "count=${count:-?} distinct=${distinct:-?} ${out:0:300}"
else
  echo "note: $aws missing, filter-log-events read-back not run"
fi

kill -0 "$pid" 2>/dev/null
check "daemon still running" "$?" "exited"
if ((failures > 0)); then
  echo "--- daemon log"; tail -30 "$work/daemon.log"
  echo "$failures check(s) failed"; exit 1
fi
echo "all checks passed"
