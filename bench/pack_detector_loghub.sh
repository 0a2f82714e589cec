#!/usr/bin/env bash
# The AI pack's failure-wording detector on other logs: replays each
# Loghub-2k raw log (2,000 lines) with the pack at --line-interval 300, so
# the 300 s learning period covers the first 1,000 lines, and prints per set
# the lines the detector's filter takes and the anomalies raised after
# learning; for BGL also how many of them are labelled alert lines (first
# field not `-`). docs/ai-pack.md "Pattern anomalies" quotes the table.
# Usage: bench/pack_detector_loghub.sh TAILWATCH LOGHUB_DIR [PACK]
set -euo pipefail
tool=${1:?usage: pack_detector_loghub.sh TAILWATCH LOGHUB_DIR [PACK]}
loghub=${2:?usage: pack_detector_loghub.sh TAILWATCH LOGHUB_DIR [PACK]}
pack=${3:-$(dirname "$0")/../config/packs/ai-training.yaml}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
printf '%-12s %6s %8s %10s\n' set lines matched anomalies
for dir in "$loghub"/*/; do
  set_name=$(basename "$dir")
  log="$dir/${set_name}_2k.log"
  [[ -f $log ]] || continue
  "$tool" replay --config "$pack" --line-interval 300 "$log" 2>/dev/null |
    grep '"type":"anomaly"' >"$out" || true
  lines=$(wc -l <"$log")
  # The detector's own filter, as a grep: same alternatives, case-sensitive.
  filter=$(sed -n "s/^ *filter_pattern: '%\(.*\)%'$/\1/p" "$pack")
  matched=$(grep -c -E "$filter" "$log" || true)
  printf '%-12s %6d %8d %10d' "$set_name" "$lines" "$matched" "$(wc -l <"$out")"
  if [[ $set_name == BGL ]]; then
    alerts=0
    for n in $(grep -o '"line":[0-9]*' "$out" | cut -d: -f2); do
      [[ $(sed -n "${n}p" "$log" | cut -d' ' -f1) != - ]] && alerts=$((alerts + 1))
    done
    printf '   (%d on labelled alert lines)' "$alerts"
  fi
  printf '\n'
done
