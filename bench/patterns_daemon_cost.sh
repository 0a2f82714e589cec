#!/usr/bin/env bash
# bench/patterns_daemon_cost.sh: tailwatchd's throughput with a log-anomaly
# detector against without, side by side.
#
#   bench/patterns_daemon_cost.sh [--build build/release] [--size 1G] [--seed 1]
#                                 [--runs 3] [--cpu 1] [--work DIR]
#
# Generates the benchmark corpus once (tailwatch-loggen --mix bench --failures
# some, like bench/run.sh), reads it into the page cache, then runs
# bench/daemon_throughput.py (tailwatchd pinned to one CPU with taskset,
# or to none with --cpu all, tailing the file from the beginning) alternately with
# bench/rules/filters20.yaml and bench/rules/filters20_detector.yaml (the same
# plus one detector on the group), --runs times each. Prints every run, then
# per config the best wall MB/s and the best CPU MB/s (user + sys of the
# daemon: on a shared machine the wall clock also counts waiting for the
# core), and the ratio with/without of both. The load average before and
# after is printed: numbers taken under load are not comparable with numbers
# taken on an idle machine. Exit 0 on success, 1 on a run error, 2 on a usage
# error.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build="$src/build/release" size=1G seed=1 runs=3 cpu=1 work=/tmp/tailwatch-bench
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --cpu) cpu=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "patterns_daemon_cost.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for f in "$build/daemon/tailwatchd" "$build/tools/tailwatch-loggen"; do
  [[ -x "$f" ]] || { echo "patterns_daemon_cost.sh: no $f (build the release preset)" >&2; exit 2; }
done
mkdir -p "$work"
log="$work/bench-$size-seed$seed.log"
if [[ ! -s "$log" ]]; then
  echo "generating $log ..." >&2
  "$build/tools/tailwatch-loggen" --mix bench --failures some --seed "$seed" --bytes "$size" \
    --out "$log.tmp" 2>/dev/null
  mv "$log.tmp" "$log"
fi
cat "$log" >/dev/null  # page cache
echo "corpus: $log ($(stat -c %s "$log") bytes); cpu $cpu; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A best_wall best_cpu
for ((r = 1; r <= runs; r++)); do
  for config in filters20 filters20_detector; do
    out=$(python3 "$here/daemon_throughput.py" --build "$build" --log "$log" --cpu "$cpu" \
      --config "$here/rules/$config.yaml") || { echo "patterns_daemon_cost.sh: $config failed" >&2; exit 1; }
    read -r wall cpu_s < <(python3 -c '
import json, sys
d = json.loads(sys.argv[1].strip().splitlines()[-1])
print(d["wall_s"], d["cpu_s"])' "$out")
    printf 'run %d %-20s %s\n' "$r" "$config" "$(head -1 <<<"$out")"
    if [[ -z "${best_wall[$config]:-}" ]] || awk -v a="$wall" -v b="${best_wall[$config]}" 'BEGIN {exit !(a < b)}'; then
      best_wall[$config]=$wall
    fi
    if [[ -z "${best_cpu[$config]:-}" ]] || awk -v a="$cpu_s" -v b="${best_cpu[$config]}" 'BEGIN {exit !(a < b)}'; then
      best_cpu[$config]=$cpu_s
    fi
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
bytes=$(stat -c %s "$log")
printf '%-20s %10s %10s\n' config "MB/s wall" "MB/s CPU"
for config in filters20 filters20_detector; do
  awk -v n="$config" -v w="${best_wall[$config]}" -v c="${best_cpu[$config]}" -v b="$bytes" \
    'BEGIN {printf "%-20s %10.0f %10.0f\n", n, b / w / 1e6, b / c / 1e6}'
done
awk -v w0="${best_wall[filters20]}" -v w1="${best_wall[filters20_detector]}" \
    -v c0="${best_cpu[filters20]}" -v c1="${best_cpu[filters20_detector]}" \
    'BEGIN {printf "with a detector: %.0f %% of the throughput without (wall), %.0f %% (CPU)\n",
            100 * w0 / w1, 100 * c0 / c1}'
