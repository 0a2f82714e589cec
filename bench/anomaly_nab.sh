#!/usr/bin/env bash
# bench/anomaly_nab.sh: the band model on the full Numenta Anomaly Benchmark
# (58 series, 365,558 rows) and its speed, in one table.
#
#   bench/anomaly_nab.sh [--build DIR] [--no-build] [--work DIR] [--runs N]
#                        [--nab DIR] [--tools DIR] [--k K]
#
# 1. builds `tailwatch` and `band_model_bench` (release preset, --build,
#    default build/release) unless --no-build;
# 2. runs `tailwatch anomaly-score --nab` over NAB's data/ N times (default 3;
#    the best wall time counts) and reports rows per second;
# 3. scores the output with the independent scorer (nab_score.py): the
#    threshold optimised per profile over the corpus (how NAB scores every
#    published detector), then at the fixed score of the band width --k
#    (default 2, the width alarms use when in doubt), i.e. k/(1+k);
# 4. runs the windowed-Gaussian baseline (nab_baseline.py, Python) and scores
#    it the same way, with its wall time;
# 5. runs band_model_bench: points/s per core of the model alone and of a C++
#    windowed Gaussian, and the model's bytes per series.
# NAB lives in ../shared/corpora/nab and the tools in ../shared/tools beside
# the source tree unless --nab / --tools say otherwise. Exit 0 ok, 2 setup error.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build="$src/build/release" no_build=0 work=/tmp/tailwatch-anomaly-nab runs=3 k=2
nab="$src/../shared/corpora/nab" tools="$src/../shared/tools"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --no-build) no_build=1; shift ;;
    --work) work=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --nab) nab=$2; shift 2 ;;
    --tools) tools=$2; shift 2 ;;
    --k) k=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "anomaly_nab.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -d "$nab/data" && -f "$tools/nab_score.py" ]] ||
  { echo "anomaly_nab.sh: NAB corpus or tools not found ($nab, $tools)" >&2; exit 2; }
if [[ $no_build -eq 0 ]]; then
  (cd "$src" && cmake --preset release >/dev/null &&
     cmake --build --preset release -j2 --target tailwatch band_model_bench >/dev/null)
fi
tw="$build/tools/tailwatch"
[[ -x "$tw" ]] || { echo "anomaly_nab.sh: $tw missing" >&2; exit 2; }
mkdir -p "$work"

now() { date +%s.%N; }
best=""
for ((i = 0; i < runs; i++)); do
  rm -rf "$work/ours"
  start=$(now)
  "$tw" anomaly-score --nab "$nab/data" "$work/ours" 2>/dev/null
  wall=$(echo "$(now) - $start" | bc -l)
  if [[ -z "$best" ]] || (($(echo "$wall < $best" | bc -l))); then best=$wall; fi
done
rows=$(find "$nab/data" -name '*.csv' -exec cat {} + | tr -d '\r' | grep -c . || true)
rows=$((rows - $(find "$nab/data" -name '*.csv' | wc -l)))

score() {  # DIR [--threshold T] -> "std lowfp lowfn thr_std"
  python3 "$tools/nab_score.py" --results "$1" --data "$nab" --json "${@:2}" | python3 -c '
import json, sys
d = json.load(sys.stdin)["profiles"]
print(" ".join("%.2f" % d[p]["normalized_score"] for p in
               ("standard", "reward_low_FP_rate", "reward_low_FN_rate")),
      "%.6g" % d["standard"]["threshold"])'
}
read -r o_std o_fp o_fn o_thr < <(score "$work/ours")
fixed=$(python3 -c "print($k / (1 + $k))")
read -r f_std f_fp f_fn _ < <(score "$work/ours" --threshold "$fixed")
o_k=$(python3 -c "t = $o_thr; print('%.2f' % (t / (1 - t)) if t < 1 else 'inf')")

start=$(now)
python3 "$tools/nab_baseline.py" --out "$work/baseline" --data "$nab" >/dev/null
base_wall=$(echo "$(now) - $start" | bc -l)
read -r b_std b_fp b_fn _ < <(score "$work/baseline")

bench_json="$work/band_model_bench.json"
if [[ -x "$build/bench/band_model_bench" ]]; then
  "$build/bench/band_model_bench" --benchmark_format=json --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true >"$bench_json" 2>/dev/null
fi

printf '\nNAB v1.1, 58 files, %d rows; scorer %s\n\n' "$rows" "$tools/nab_score.py"
printf '| detector | standard | reward low FP | reward low FN |\n|---|---|---|---|\n'
printf '| tailwatch band model (threshold optimised per profile; standard at score %s = k %s) | %s | %s | %s |\n' \
  "$o_thr" "$o_k" "$o_std" "$o_fp" "$o_fn"
printf '| tailwatch band model at fixed k = %s (score > %.4f) | %s | %s | %s |\n' \
  "$k" "$fixed" "$f_std" "$f_fp" "$f_fn"
printf '| windowed Gaussian (nab_baseline.py, this run) | %s | %s | %s |\n' "$b_std" "$b_fp" "$b_fn"
printf '| ARTime (published) | 74.9 | 65.1 | 80.4 |\n'
printf '| Numenta HTM (published) | 70.5-69.7 | 62.6-61.7 | 75.2-74.2 |\n'
printf '| CAD OSE (published) | 69.9 | 67.0 | 73.2 |\n'
printf '| Random Cut Forest (published) | 51.7 | 38.4 | 59.7 |\n'
printf '| windowed Gaussian (published) | 39.6 | 20.9 | 47.4 |\n\n'
printf '| speed (end to end: read CSV, score, write CSV) | wall s | rows/s |\n|---|---|---|\n'
printf '| tailwatch anomaly-score --nab (best of %d) | %.3f | %.0f |\n' "$runs" "$best" \
  "$(echo "$rows / $best" | bc -l)"
printf '| nab_baseline.py (Python windowed Gaussian) | %.3f | %.0f |\n\n' "$base_wall" \
  "$(echo "$rows / $base_wall" | bc -l)"
if [[ -s "$bench_json" ]]; then
  python3 - "$bench_json" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
print("| model alone, one core (band_model_bench, median of 3) | points/s | bytes per series |")
print("|---|---|---|")
for b in runs:
    if b.get("aggregate_name") != "median":
        continue
    name = b["run_name"].replace("BM_", "")
    print("| %s | %.3g | %d |" % (name, b["items_per_second"], b["bytes_per_series"]))
PY
fi
