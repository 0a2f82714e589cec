#!/usr/bin/env bash
# Golden replay of the AI-training pack over real corpus logs: the datapoints
# (losses, step times, overflows...) and alarm transitions must not change
# unless the pack or the engine changes on purpose. Regenerate with
#   UPDATE_GOLDEN=1 tests/integration/pack_replay_golden.sh BUILD SRC
# Args: build dir, source dir. Exit 77 (skip) without the corpus.
set -euo pipefail
source "$(dirname "$0")/lib/pack_corpus.sh" "$1" "$2"
status=0
tool_abs=$(realpath "$tool") pack_abs=$(realpath "$pack")
for rel in bigscience-jean-zay/gpt2-meg-ds-zero__meg_ds_zero_gpt2_perf_n16_nbs48_ms48.out \
           mlperf-training-v1.0/Dell__DSS8440x8A100-PCIE-40GB__bert__result_0.txt; do
  name=$(basename "$rel")
  golden="$src/tests/testdata/replay/pack_${name%.*}.golden"
  actual=$(mktemp)
  # From the corpus folder: alarms' sample lines name the file as given, the
  # same wherever the checkout lives.
  (cd "$corpus" && "$tool_abs" replay --config "$pack_abs" "$rel") >"$actual" 2>/dev/null
  if [[ ${UPDATE_GOLDEN:-0} == 1 ]]; then
    cp "$actual" "$golden"
  elif ! diff -u "$golden" "$actual"; then
    echo "FAIL: replay of $rel differs from $golden"
    status=1
  fi
  rm -f "$actual"
done
exit $status
