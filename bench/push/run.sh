#!/usr/bin/env bash
# Push throughput: starts tailwatchd (push-only log group, 5 metric filters),
# runs Debian's wrk for DURATION seconds POSTing NDJSON batches
# (bench/push/ndjson.lua), and reports requests/s, events/s, p50/p99 latency
# and the daemon's RSS before, after and at its peak (VmHWM).
#
#   bench/push/run.sh [BUILD_DIR]      (default build/release)
#   env: DURATION=10 THREADS=2 CONNECTIONS=16 BATCH=100 IO_THREADS=2
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$src/build/release}"
daemon="$build/daemon/tailwatchd"
duration="${DURATION:-10}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
export BATCH="${BATCH:-100}"
io_threads="${IO_THREADS:-2}"
[[ -x "$daemon" ]] || { echo "bench/push: $daemon not built (cmake --preset release && cmake --build --preset release --target tailwatchd)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "bench/push: wrk not installed (apt-get install wrk)" >&2; exit 1; }

work="$(mktemp -d)"
pid=""
cleanup() {
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export TOKEN="bench-$$"
printf '%s\n' "$TOKEN" >"$work/token"
chmod 600 "$work/token"
cat >"$work/tailwatch.yaml" <<YAML
server:
  listen: "127.0.0.1:0"
  auth_token_file: $work/token
  max_body_bytes: 1048576
state_dir: $work/state
log_groups:
  - name: bench
metric_filters:
  - {name: errors, log_group: bench, pattern: ERROR,
     metric_transformation: {name: Errors, namespace: Bench, value: "1", default_value: 0}}
  - {name: oom, log_group: bench, pattern: '"CUDA out of memory"',
     metric_transformation: {name: Oom, namespace: Bench, value: "1"}}
  - {name: nccl, log_group: bench, pattern: '?"NCCL WARN" ?"NCCL timeout"',
     metric_transformation: {name: Nccl, namespace: Bench, value: "1"}}
  - {name: nanLoss, log_group: bench, pattern: '%loss=nan%',
     metric_transformation: {name: NanLoss, namespace: Bench, value: "1"}}
  - {name: throughput, log_group: bench, pattern: '[ts, level, rank, step, loss, tps]',
     metric_transformation: {name: Tokens, namespace: Bench, value: "1"}}
YAML

"$daemon" --config "$work/tailwatch.yaml" --listen 127.0.0.1:0 --state-dir "$work/state" \
  --threads "$io_threads" 2>"$work/daemon.log" &
pid=$!
port=""
for _ in $(seq 1 200); do
  port="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$work/daemon.log" | head -1)"
  [[ -n "$port" ]] && break
  sleep 0.1
done
[[ -n "$port" ]] || { echo "bench/push: daemon did not start" >&2; cat "$work/daemon.log" >&2; exit 1; }

rss() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$pid/status"; }
rss_before="$(rss VmRSS)"
wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$src/bench/push/ndjson.lua" \
  "http://127.0.0.1:$port" | tee "$work/wrk.out"
rss_after="$(rss VmRSS)"
rss_peak="$(rss VmHWM)"
accepted="$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/metrics" |
  awk '/^tailwatch_push_events_accepted_total\{endpoint="\/v1\/logs"\}/ {print $NF}')"
result="$(grep '^RESULT' "$work/wrk.out")"
echo
echo "push bench: $threads wrk threads, $connections connections, ${BATCH} events/request, ${duration}s, daemon --threads $io_threads"
echo "  ${result#RESULT }"
echo "  events accepted (daemon counter): ${accepted:-?}"
echo "  daemon RSS: before ${rss_before} KiB, after ${rss_after} KiB, peak ${rss_peak} KiB"
