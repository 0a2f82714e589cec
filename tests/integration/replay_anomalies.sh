#!/usr/bin/env bash
# tailwatch replay with a log-anomaly detector on the group: after the
# learning period (event time), a new wording prints one anomaly line with
# the 1-based number of the line that raised it (blank lines counted), and
# the learned template with new values prints none. A log without
# timestamps learns only when --line-interval paces it, from its first line
# even when the detector's filter_pattern matches only failure lines.
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

# A log without timestamps replays at one instant: no learning period ends,
# so nothing is new. --line-interval 1000 paces it at one line a second. The
# detector's filter sees only failure lines, yet its learning clock starts at
# the group's first line: the first failure, at line 700 (699 s in), is past
# the 600 s learning period; at line 500 (499 s) it would still be learned.
python3 - "$work/plain.log" "$work/early.log" <<'PY'
import sys
for path, at in ((sys.argv[1], 700), (sys.argv[2], 500)):
    with open(path, "w") as f:
        for i in range(1, 1001):
            f.write("RuntimeError: NCCL communicator was aborted\n" if i == at else
                    "step %d loss 2.5\n" % i)
PY
cat >"$work/plain.yaml" <<'YAML'
log_groups:
  - name: train
    files: [/unused.log]
log_anomaly_detectors:
  - name: failures
    log_groups: [train]
    filter_pattern: '%Error|failed%'
    learning_period: 600
YAML
anomalies() { "$tw" replay --config "$work/plain.yaml" "$@" 2>/dev/null | grep '"type":"anomaly"'; }
[[ -z $(anomalies "$work/plain.log") ]] || { echo "FAIL: unpaced replay ended learning" >&2; exit 1; }
out=$(anomalies --line-interval 1000 "$work/plain.log")
echo "$out"
[[ $(printf '%s\n' "$out" | grep -c .) == 1 ]] &&
  printf '%s\n' "$out" | grep -q '"time":"1970-01-01T00:11:39.000Z","line":700,' ||
  { echo "FAIL: expected one anomaly at line 700, 699 s in" >&2; exit 1; }
[[ -z $(anomalies --line-interval 1000 "$work/early.log") ]] ||
  { echo "FAIL: a failure inside the learning period raised an anomaly" >&2; exit 1; }
"$tw" replay --config "$work/plain.yaml" --line-interval -5 "$work/plain.log" >/dev/null 2>&1
[[ $? == 2 ]] || { echo "FAIL: --line-interval -5 is a usage error" >&2; exit 1; }
echo "replay_anomalies: OK"
