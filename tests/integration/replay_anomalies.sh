#!/usr/bin/env bash
# tailwatch replay with a log-anomaly detector on the group: after the
# learning period (event time), a new wording prints one anomaly line with
# the 1-based number of the line that raised it (blank lines counted), and
# the learned template with new values prints none.
# Usage: replay_anomalies.sh BUILD_DIR SOURCE_DIR
set -u
build_dir=$1
tw="$build_dir/tools/tailwatch"
[[ -x "$tw" ]] || { echo "SKIP: tailwatch not built" >&2; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: no python3" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/train.log" <<'PY'
import random, sys
r = random.Random(1)
with open(sys.argv[1], "w") as f:
    for i in range(2000):
        f.write('{"ts":"2026-01-01T00:%02d:%02dZ","msg":"step %d loss %.3f"}\n'
                % (i // 60 % 60, i % 60, i, r.random()))
        if i == 100:
            f.write("\n")
    f.write('{"ts":"2026-01-01T00:40:00Z","msg":"NCCL watchdog timeout on rank 3"}\n')
PY
cat >"$work/config.yaml" <<'YAML'
log_groups:
  - name: train
    files: [/unused.log]
    timestamp: {field: "$.ts", format: iso8601}
log_anomaly_detectors:
  - name: d
    log_groups: [train]
    learning_period: 600
YAML
out=$("$tw" replay --config "$work/config.yaml" "$work/train.log" 2>/dev/null | grep '"type":"anomaly"')
echo "$out"
[[ $(printf '%s\n' "$out" | grep -c .) == 1 ]] || { echo "FAIL: expected one anomaly line" >&2; exit 1; }
printf '%s\n' "$out" | grep -q '"kind":"new_pattern".*watchdog timeout on rank.*"time":"2026-01-01T00:40:00.000Z","line":2002,"file":' ||
  { echo "FAIL: wrong anomaly line" >&2; exit 1; }
echo "replay_anomalies: OK"
