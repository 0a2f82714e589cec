#!/usr/bin/env bash
# bench/run.sh: tailwatch against mtail and ripgrep on one core, one file.
#
#   bench/run.sh [--size 1G] [--seed 1] [--build DIR] [--work DIR] [--cpu 1]
#                [--skip mtail,rg,alert,f100,daemon,json,bench] [--runs N] [--no-build]
#
# 1. builds tailwatch + tailwatch-loggen (Release, in --build, default
#    build/perf-rel) and the floor program (bench/floor.cc);
# 2. generates two corpora (deterministic; reused when already there):
#    tailwatch-loggen --mix bench --failures some --seed N --bytes SIZE, with
#    the 20 filters of bench/rules/filters20.yaml, and the JSON-heavy one,
#    --mix json-heavy (55 % per-rank JSON step records), with
#    bench/rules/filters20_json.yaml (the same 18 text rules, then
#    `{ $.grad_norm >= 100 }` and `{ $.loss > -1000000 }` valued `$.loss`);
#    steps 3-5 run for each (--skip bench / --skip json leaves one out);
# 3. reads it once into the page cache, then runs pinned with taskset -c CPU
#    under /usr/bin/time -v: the floor (read + memchr), tailwatch replay with
#    the corpus's 20 filters, the 13-literal alert-only
#    set, the 100-filter set, tailwatchd tailing the file from the beginning
#    with the 20 filters until /metrics shows all of it
#    (bench/daemon_throughput.py), mtail --one_shot with the same 20 rules
#    (bench/rules/mtail/bench20*.mtail) and rg -c (lines matching any rule);
# 4. checks that the per-rule counts of tailwatch, tailwatchd, mtail and rg
#    (one untimed `rg -c` per rule) agree, and the loss sum of tailwatch and
#    mtail;
# 5. prints MB/s (10^6 bytes per wall second), lines/s and max RSS per tool and
#    the ratios tailwatch/mtail and tailwatch/floor. With --runs N each timed
#    tool runs N times and the best wall time counts.
# Exit 0 when the counts agree on every corpus, 1 when they do not, 2 on a
# usage/setup error.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
size=1G seed=1 build="$src/build/perf-rel" work=/tmp/tailwatch-bench cpu=1 skip="" runs=1 no_build=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --cpu) cpu=$2; shift 2 ;;
    --skip) skip=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-build) no_build=1; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
skipped() { [[ ",$skip," == *",$1,"* ]]; }
for tool in taskset /usr/bin/time python3 $(skipped rg || echo rg); do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (--skip rg / mtail leave those out)" >&2; exit 2; }
done

mkdir -p "$work"
if [[ $no_build == 0 ]]; then
  if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DTAILWATCH_BUILD_BENCH=ON \
      -DCMAKE_CXX_FLAGS=-march=x86-64-v2 >/dev/null
  fi
  cmake --build "$build" --target tailwatch tailwatchd tailwatch-loggen -j2 >/dev/null
fi
tw="$build/tools/tailwatch"
g++ -O2 -std=c++20 "$here/floor.cc" -o "$work/floor"

# measure NAME OUTFILE CMD...: best-of-$runs wall seconds and max RSS (KiB).
measure() {
  local name=$1 out=$2; shift 2
  local best="" best_rss=0 best_cpu=
  for ((i = 0; i < runs; i++)); do
    taskset -c "$cpu" /usr/bin/time -v -o "$work/$name.time" "$@" >"$out" 2>"$work/$name.err" || {
      echo "run.sh: $name failed:" >&2; tail -5 "$work/$name.err" >&2; exit 1; }
    local e r c
    e=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
          for (k = 1; k <= n; k++) s = s * 60 + t[k]; print s}' "$work/$name.time")
    r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")
    c=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/$name.time")
    if [[ -z "$best" ]] || awk -v a="$e" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$e; fi
    if [[ -z "$best_cpu" ]] || awk -v a="$c" -v b="$best_cpu" 'BEGIN {exit !(a < b)}'; then best_cpu=$c; fi
    (( r > best_rss )) && best_rss=$r
  done
  wall[$name]=$best rss[$name]=$best_rss cpu_s[$name]=$best_cpu
}

# bench_corpus MIX FILTERS20 RG_RULES MTAIL_PROG [--json]: steps 2-5 on one corpus.
bench_corpus() {
  local mix=$1 filters20=$2 rg_rules=$3 mtail_prog=$4 compare_flag=${5:-}
  local log="$work/$mix-$size-seed$seed.log"
  [[ $mix == bench ]] && log="$work/bench-$size-seed$seed.log"  # the name earlier runs used
  if [[ ! -s "$log" ]]; then
    echo "generating $log ..." >&2
    "$build/tools/tailwatch-loggen" --mix "$mix" --failures some --seed "$seed" --bytes "$size" \
      --out "$log.tmp" 2>"$work/loggen-summary-$mix.json"
    mv "$log.tmp" "$log"
  fi
  wall=() rss=() cpu_s=()
  cat "$log" >/dev/null  # page cache
  bytes=$(stat -c %s "$log")
  read -r lines _ < <("$work/floor" "$log")

  echo "corpus: $log ($bytes bytes, $lines lines); cpu $cpu; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  measure floor "$work/floor.out" "$work/floor" "$log"
  measure tailwatch "$work/tailwatch.out" "$tw" replay --config "$filters20" "$log"
  skipped alert || measure tailwatch_alert13 "$work/alert13.out" "$tw" replay --config "$here/rules/alert13.yaml" "$log"
  skipped f100 || measure tailwatch_100 "$work/f100.out" "$tw" replay --config "$here/rules/filters100.yaml" "$log"
  if ! skipped daemon; then
    # Timed from "listening" to "all read" by the script itself (pinned there).
    python3 "$here/daemon_throughput.py" --build "$build" --log "$log" --cpu "$cpu" --runs "$runs" \
      --config "$filters20" \
      >"$work/daemon.out" 2>"$work/daemon.err" || {
      echo "run.sh: tailwatchd failed:" >&2; tail -5 "$work/daemon.err" >&2; exit 1; }
    read -r wall[tailwatchd] cpu_s[tailwatchd] rss[tailwatchd] < <(python3 -c '
import json, sys
d = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
print(d["wall_s"], d["cpu_s"], d["hwm_kib"])' "$work/daemon.out")
  fi
  rg_any=0
  if ! skipped rg; then
    measure rg "$work/rg.out" rg -c --no-config --no-mmap -f "$rg_rules" "$log"
    rg_any=$(cat "$work/rg.out")
    # Untimed: one count per rule, for the agreement check.
    python3 - "$here/rules" "$log" "$compare_flag" >"$work/rg-counts.txt" <<'PY'
import subprocess, sys
sys.path.insert(0, sys.argv[1])
import make_rules
rules = make_rules.JSON_RULES if sys.argv[3] == "--json" else make_rules.RULES
for name, _, _, _, regex in rules:
    out = subprocess.run(["rg", "-c", "--no-config", "-e", regex, sys.argv[2]],
                         capture_output=True, text=True).stdout.strip()
    print(name, out or "0")
PY
  fi
  if ! skipped mtail; then
    command -v mtail >/dev/null || { echo "run.sh: mtail is missing" >&2; exit 2; }
    rm -rf "$work/mtail-progs" && mkdir -p "$work/mtail-progs"
    cp "$mtail_prog" "$work/mtail-progs/"
    measure mtail "$work/mtail.out" mtail --one_shot --logtostderr --logs "$log" --progs "$work/mtail-progs"
  fi

  echo
  # MB/s and lines/s from wall time (what a user waits for); "CPU MB/s" from
  # user+sys time, which a loaded machine (other jobs on the pinned core)
  # disturbs less.
  printf '%-22s %8s %8s %10s %14s %10s %12s\n' tool wall_s cpu_s MB/s lines/s "CPU MB/s" "max RSS MiB"
for name in floor tailwatch tailwatch_alert13 tailwatch_100 tailwatchd rg mtail; do
    [[ -n "${wall[$name]:-}" ]] || continue
    awk -v n="$name" -v s="${wall[$name]}" -v c="${cpu_s[$name]}" -v b="$bytes" -v l="$lines" \
        -v r="${rss[$name]}" 'BEGIN {
      if (s <= 0) s = 0.001; if (c <= 0) c = 0.001;
      printf "%-22s %8.2f %8.2f %10.0f %14.0f %10.0f %12.1f\n", n, s, c, b / s / 1e6, l / s, b / c / 1e6, r / 1024 }'
  done
  ratio() { [[ -n "${wall[$1]:-}" && -n "${wall[$2]:-}" ]] && awk -v a="${wall[$1]}" -v b="${wall[$2]}" -v t="$3" \
    'BEGIN { if (a <= 0) a = 0.001; printf "%s: %.2fx\n", t, b / a }'; return 0; }
  echo
  ratio tailwatch mtail "tailwatch/mtail (speed)"
  ratio tailwatchd mtail "tailwatchd/mtail (speed)"
  ratio tailwatch floor "tailwatch/floor (speed)"
  ratio tailwatch rg "tailwatch/rg (speed)"
  echo
  python3 "$here/compare.py" $compare_flag "$here/rules" "$work/tailwatch.out" \
    "$( [[ -n "${wall[mtail]:-}" ]] && echo "$work/mtail.out" || echo - )" \
    "$( [[ -n "${wall[rg]:-}" ]] && echo "$work/rg-counts.txt" || echo - )" "$rg_any" \
    "$( [[ -n "${wall[tailwatchd]:-}" ]] && echo "$work/daemon.out" || echo - )" || status=1
}

declare -A wall rss cpu_s
status=0
if ! skipped bench; then
  echo "== corpus: --mix bench, bench/rules/filters20.yaml"
  bench_corpus bench "$here/rules/filters20.yaml" "$here/rules/rg20.txt" \
    "$here/rules/mtail/bench20.mtail"
fi
if ! skipped json; then
  skipped bench || echo
  echo "== corpus: --mix json-heavy, bench/rules/filters20_json.yaml"
  bench_corpus json-heavy "$here/rules/filters20_json.yaml" "$here/rules/rg20_json.txt" \
    "$here/rules/mtail/bench20_json.mtail" --json
fi
exit $status
