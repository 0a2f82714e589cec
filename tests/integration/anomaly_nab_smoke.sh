#!/usr/bin/env bash
# NAB smoke check: `tailwatch anomaly-score --nab` on a handful of Numenta
# Anomaly Benchmark files, scored by the independent NAB scorer. The floor is
# well below what these files score today, so it only catches regressions;
# the full 58-file run is bench/anomaly_nab.sh. These seven files score about
# 76.7 / 72.3 / 82.1 (standard / low FP / low FN, threshold optimised on
# them). Also checks the CSV contract: one row per input row, in input order,
# repeated timestamps kept.
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (binary, corpus or python3 missing).
set -uo pipefail
build_dir="${1:?usage: anomaly_nab_smoke.sh BUILD_DIR SOURCE_DIR}"
source_dir="${2:?usage: anomaly_nab_smoke.sh BUILD_DIR SOURCE_DIR}"
tw="$build_dir/tools/tailwatch"
[[ -x "$tw" ]] || { echo "skip: $tw not built"; exit 77; }
nab="${TAILWATCH_NAB_DIR:-$source_dir/../shared/corpora/nab}"
scorer="${TAILWATCH_NAB_SCORER:-$source_dir/../shared/tools/nab_score.py}"
[[ -f "$nab/labels/combined_windows.json" && -f "$scorer" ]] ||
  { echo "skip: NAB corpus or scorer not found (set TAILWATCH_NAB_DIR / TAILWATCH_NAB_SCORER)"; exit 77; }
command -v python3 >/dev/null || { echo "skip: python3 missing"; exit 77; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# Seven files, one or more per category, picked for variety: a spike, a level
# shift, a flat noisy series without anomalies, CloudWatch CPU, an ad
# exchange with CRLF lines, DST-repeated timestamps and tweet counts.
files=(
  artificialNoAnomaly/art_noisy.csv
  artificialWithAnomaly/art_daily_jumpsup.csv
  realAWSCloudwatch/ec2_cpu_utilization_825cc2.csv
  realAWSCloudwatch/rds_cpu_utilization_e47b3b.csv
  realAdExchange/exchange-4_cpm_results.csv
  realKnownCause/ec2_request_latency_system_failure.csv
  realTweets/Twitter_volume_KO.csv
)
mkdir -p "$work/nab/labels"
for f in "${files[@]}"; do
  mkdir -p "$work/nab/data/$(dirname "$f")"
  cp "$nab/data/$f" "$work/nab/data/$f"
done
python3 - "$nab/labels/combined_windows.json" "$work/nab/labels/combined_windows.json" \
  "${files[@]}" <<'PY'
import json, sys
windows = json.load(open(sys.argv[1]))
json.dump({f: windows[f] for f in sys.argv[3:]}, open(sys.argv[2], "w"))
PY

if ! "$tw" anomaly-score --nab "$work/nab/data" "$work/out" 2>"$work/err"; then
  fail "anomaly-score --nab: $(cat "$work/err")"
fi

# One row per input row, timestamps in input order (this file repeats
# 2014-03-09 03:00:00 twelve times).
f=realKnownCause/ec2_request_latency_system_failure.csv
if [[ "$(tr -d '\r' <"$nab/data/$f" | sed '/^$/d' | cut -d, -f1)" != \
      "$(cut -d, -f1 "$work/out/$f")" ]]; then
  fail "$f: output timestamps differ from the input's"
else
  echo "ok   rows and order kept"
fi

score_of() {  # PROFILE -> normalised score
  python3 "$scorer" --results "$work/out" --data "$work/nab" --profile "$1" --json |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["profiles"]["'"$1"'"]["normalized_score"])'
}
check_floor() {  # PROFILE FLOOR
  local score
  score="$(score_of "$1")" || { fail "$1: scorer failed"; return; }
  if python3 -c "import sys; sys.exit(0 if $score >= $2 else 1)"; then
    echo "ok   $1 $score >= $2"
  else
    fail "$1 score $score below the floor $2"
  fi
}
check_floor standard 55
check_floor reward_low_FP_rate 45
check_floor reward_low_FN_rate 60

[[ $failures -eq 0 ]] && echo "anomaly_nab_smoke: all passed" || echo "anomaly_nab_smoke: $failures failed"
[[ $failures -eq 0 ]]
