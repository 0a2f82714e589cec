#!/usr/bin/env bash
# `make run`: the daemon on its embedded default (the seed 'Error Exception'
# filter and alarm, tailing ./logs/*.log, listening on 127.0.0.1:9108), fed by
# the bundled generator of training-job logs with failures injected, so an
# alarm visibly fires within a minute.
#
# Usage: tools/run-demo.sh BUILD_DIR [SECONDS]   (SECONDS: stop after that long;
# default: run until Ctrl-C). DEMO_DIR (default ./demo) holds logs/ and state/;
# DEMO_CONFIG (default: none, the embedded default) names a config file.
set -euo pipefail
build_dir="$(cd "${1:?usage: run-demo.sh BUILD_DIR [SECONDS]}" && pwd)"
seconds="${2:-}"
demo_dir="${DEMO_DIR:-$PWD/demo}"
listen="${DEMO_LISTEN:-127.0.0.1:9108}"
mkdir -p "$demo_dir/logs/training"
cd "$demo_dir"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

# A training job writing 200 lines/s, with an 'Error Exception' line (and other
# real failure wordings) every few seconds.
"$build_dir/tools/tailwatch-loggen" --follow --rate 200 --seed "$RANDOM" \
  --failures "error_exception=0.002,oom=0.0005,nccl_timeout=0.0005,xid=0.0005,nan_loss=0.0005" \
  --out "$demo_dir/logs/train.log" 2>/dev/null &
pids+=($!)
# A second job in the AI pack's folder, with the failures the pack catches.
"$build_dir/tools/tailwatch-loggen" --follow --rate 200 --seed "$RANDOM" \
  --failures "oom=0.001,nccl_timeout=0.0005,xid=0.0005,nan_loss=0.001,cuda_ecc=0.0005" \
  --out "$demo_dir/logs/training/job.log" 2>/dev/null &
pids+=($!)

cat <<MSG
tailwatch status page: http://$listen/
tailwatch demo
  logs:     $demo_dir/logs/train.log and $demo_dir/logs/training/job.log
            (generated training jobs with injected failures; the AI pack watches logs/training/)
  page:     http://$listen/  (alarms, charts, log groups, filters, a pattern tester)
  metrics:  http://$listen/metrics
  alarms:   http://$listen/api/v1/alarms
  health:   http://$listen/healthz
The seed alarm 'anomalyAlarm' (Sum of AnomalyOccurrences over 300 s > 0) goes to ALARM at the
next minute boundary after the first 'Error Exception' line. Ctrl-C stops.

MSG

# DEMO_CONFIG: a config file to run instead of the embedded default (the
# browser test adds a log-anomaly detector that way).
config_args=()
[[ -n "${DEMO_CONFIG:-}" ]] && config_args=(--config "$DEMO_CONFIG")
"$build_dir/daemon/tailwatchd" "${config_args[@]}" --listen "$listen" --state-dir "$demo_dir/state" &
pids+=($!)
daemon=$!
if [[ -n "$seconds" ]]; then
  # `wait` (unlike a foreground sleep) lets a SIGTERM to this script run the
  # cleanup trap at once.
  sleep "$seconds" &
  pids+=($!)
  wait $! || true
  kill -TERM "$daemon" 2>/dev/null || true
fi
wait "$daemon"
