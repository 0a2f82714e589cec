#!/usr/bin/env bash
# The AI pack's log-anomaly detector (aiTrainingFailureWordings) over the
# training-run corpus, replayed at a nominal 4 lines a second
# (--line-interval 250: these logs carry no per-line timestamps the pack
# reads, and 4 lines/s is about the pace of the corpus's own runs, e.g. 3437
# lines in 14.5 min, 6109 in 36 min), so its 300 s learning period covers
# each run's first 1200 lines:
#   * zero anomalies on every one of the 38 healthy runs (README: none holds
#     a failure);
#   * on each crashed run -- a healthy run cut short and followed by a
#     failure ending in the failing tool's own wording
#     (tests/testdata/crash_endings/) -- at least one anomaly inside the
#     ending and none before it.
# docs/ai-pack.md "Pattern anomalies" quotes what this prints.
# Args: build dir, source dir. Exit 77 (skip) without the corpus.
set -euo pipefail
source "$(dirname "$0")/lib/pack_corpus.sh" "$1" "$2"
interval_ms=250
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0 files=0

replay() {  # LOG -> anomaly lines on stdout
  "$tool" replay --config "$pack" --line-interval "$interval_ms" "$1" 2>/dev/null |
    grep '"type":"anomaly"' || true
}

while IFS= read -r -d '' log; do
  files=$((files + 1))
  found=$(replay "$log")
  if [[ -n $found ]]; then
    echo "FAIL: healthy run ${log#"$corpus/"}: $(wc -l <<<"$found") anomalies:"
    head -3 <<<"$found"
    failures=$((failures + 1))
  fi
done < <(find "$corpus" -type f \( -name '*.txt' -o -name '*.log' -o -name '*.out' \) -print0 | sort -z)
echo "healthy runs: $files replayed, $failures with an anomaly (goal 0)"
[[ $files -eq 38 ]] || { echo "FAIL: expected 38 runs, found $files"; failures=$((failures + 1)); }

# RUN  KEEP (lines of the healthy run before the failure)  ENDING
crashed=(
  "modded-nanogpt/t1_2024-10-09_SOAP.txt 4000 torchrun_cuda_oom.log"
  "bigscience-jean-zay/gpt2-meg__meg_gpt2_base_n32_dp1_tp4_pp32-1809620.out 1800 slurm_nccl_watchdog_timeout.log"
  "mlperf-training-v1.0/Dell__DSS8440x8A100-PCIE-40GB__maskrcnn__result_0.txt 8000 mlperf_xid_segfault.log"
  "bigscience-jean-zay/gpt2-hf-ds__hf_ds_gpt2_base_n16-1832552.out 2500 deepspeed_loss_scale_minimum.log"
)
for entry in "${crashed[@]}"; do
  read -r run keep ending <<<"$entry"
  ending_file="$src/tests/testdata/crash_endings/$ending"
  log="$work/${ending%.log}.log"
  head -n "$keep" "$corpus/$run" >"$log"
  cat "$ending_file" >>"$log"
  total=$(wc -l <"$log")
  first=$((keep + 1))
  found=$(replay "$log")
  lines=$(grep -o '"line":[0-9]*' <<<"$found" | cut -d: -f2 | tr '\n' ' ' || true)
  early=$(grep -o '"line":[0-9]*' <<<"$found" | cut -d: -f2 | awk -v f="$first" '$1 < f' | wc -l)
  inside=$(grep -o '"line":[0-9]*' <<<"$found" | cut -d: -f2 | awk -v f="$first" '$1 >= f' | wc -l)
  echo "crashed: $run cut at $keep + $ending: failure lines $first-$total, anomalies at lines: ${lines:-none}"
  if [[ $inside -lt 1 || $early -gt 0 ]]; then
    echo "FAIL: expected >= 1 anomaly in lines $first-$total and none before; got $inside inside, $early before"
    grep -o '"pattern":"[^"]*"' <<<"$found" | head -3 || true
    failures=$((failures + 1))
  fi
done
[[ $failures -eq 0 ]] && echo "pack-pattern-anomalies: PASS"
[[ $failures -eq 0 ]]
