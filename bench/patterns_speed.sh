#!/usr/bin/env bash
# bench/patterns_speed.sh: `tailwatch patterns` on a large file of Loghub lines.
#
#   bench/patterns_speed.sh TAILWATCH [--repeat 40] [--runs 5] [--loghub DIR] [--work DIR]
#
# Concatenates the 16 raw Loghub-2k logs --repeat times (32,000 lines each
# time; 40 -> 1.28 M lines, 178 MB), reads the file once into the page
# cache, then runs `tailwatch patterns --top 3` --runs times under
# /usr/bin/time and prints per run: CPU seconds (user + sys), lines per
# CPU second, wall seconds and peak RSS; then the median CPU rate. CPU time,
# not wall time, is the per-core figure: on a shared machine the wall clock
# also counts time spent waiting for a core.
set -euo pipefail
tw="${1:?usage: patterns_speed.sh TAILWATCH [--repeat N] [--runs N] [--loghub DIR] [--work DIR]}"
shift
here=$(cd "$(dirname "$0")" && pwd)
repeat=40 runs=5 loghub="${TAILWATCH_LOGHUB:-$here/../../shared/corpora/loghub}" work=/tmp/tailwatch-patterns-bench
while [[ $# -gt 0 ]]; do
  case "$1" in
    --repeat) repeat="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --loghub) loghub="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
corpus="$work/loghub_x$repeat.log"
if [[ ! -s "$corpus" ]]; then
  for ((i = 0; i < repeat; i++)); do
    for f in "$loghub"/*/*_2k.log; do cat "$f"; echo; done
  done >"$corpus.tmp"
  mv "$corpus.tmp" "$corpus"
fi
lines=$(grep -c . "$corpus")
cat "$corpus" >/dev/null
echo "corpus: $corpus, $lines non-blank lines, $(stat -c %s "$corpus") bytes"
rates=()
for ((r = 1; r <= runs; r++)); do
  read -r user sys wall rss < <(/usr/bin/time -f "%U %S %e %M" "$tw" patterns --top 3 "$corpus" \
    2>&1 >/dev/null | tail -1)
  rate=$(python3 -c "print(round($lines / max($user + $sys, 1e-9)))")
  rates+=("$rate")
  printf 'run %d: cpu %.2f s  %s lines/s per core  wall %.2f s  max RSS %s KiB\n' \
    "$r" "$(python3 -c "print($user + $sys)")" "$rate" "$wall" "$rss"
done
printf 'median: %s lines/s per core (CPU time)\n' \
  "$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
