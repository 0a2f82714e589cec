#!/usr/bin/env bash
# `tailwatch replay` over a real training log (modded-nanogpt 1B, 9.7 h of
# steps): event time from each line, losses extracted by metric filters,
# alarms on them. The datapoints and transitions are pinned by a golden file.
# Regenerate on purpose with UPDATE_GOLDEN=1. Exit 77 without the corpus.
set -euo pipefail
build=$1 src=$2
log="$src/../shared/corpora/training-runs/modded-nanogpt/t1_2024-10-20_ScaleUp1B_20k-steps.txt"
[[ -f $log ]] || { echo "no corpus at $log"; exit 77; }
config="$src/tests/testdata/replay/nanogpt_loss.yaml"
golden="$src/tests/testdata/replay/nanogpt_loss.golden"
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
# From the log's folder: alarms' sample lines name the file as given, the
# same wherever the checkout lives.
tool=$(realpath "$build/tools/tailwatch") config=$(realpath "$config")
(cd "$(dirname "$log")" && "$tool" replay --config "$config" --period 3600 \
  --until 1970-01-01T11:00:00Z "$(basename "$log")") >"$actual"
if [[ ${UPDATE_GOLDEN:-0} == 1 ]]; then
  cp "$actual" "$golden"
  exit 0
fi
diff -u "$golden" "$actual"
# The story the golden tells: validation loss starts high and falls under 3.0
# (ALARM then OK), and the stall alarm fires once the job's lines stop.
grep -q '"alarm":"valLossHigh","from":"ALARM","to":"OK"' "$actual"
grep -q '"alarm":"trainingStalled","from":"OK","to":"ALARM"' "$actual"
echo "ok: $(grep -c '"type":"datapoint"' "$actual") datapoints, $(grep -c '"type":"alarm"' "$actual") transitions"
