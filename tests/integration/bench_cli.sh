#!/usr/bin/env bash
# `tailwatch bench` end to end: its per-filter match counts equal what
# `tailwatch replay` counts on the same files, exact-evaluation counts and
# hints say which filters see every event, and the usage/error contract.
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (binaries not built).
set -uo pipefail
build_dir="${1:?usage: bench_cli.sh BUILD_DIR SOURCE_DIR}"
tw="$build_dir/tools/tailwatch"
loggen="$build_dir/tools/tailwatch-loggen"
[[ -x "$tw" && -x "$loggen" ]] || { echo "skip: tailwatch or tailwatch-loggen not built"; exit 77; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

expect_eq() {  # NAME EXPECTED ACTUAL
  if [[ "$2" != "$3" ]]; then
    echo "FAIL $1"; echo "  expected: $2"; echo "  actual:   $3"; failures=$((failures + 1))
  else
    echo "ok   $1"
  fi
}

"$loggen" --seed 3 --lines 20000 --mix bench --failures some --failure-rate 0.01 \
  >"$work/a.log" 2>/dev/null
"$loggen" --seed 4 --lines 10000 --mix bench --failures some --failure-rate 0.01 \
  >"$work/b.log" 2>/dev/null
cat >"$work/tw.yaml" <<'YAML'
log_groups:
  - name: training
    files: ["/nonexistent/*.log"]
metric_filters:
  - name: oom
    log_group: training
    pattern: '?"CUDA out of memory" ?"OutOfMemoryError"'
    metric_transformation: {name: Oom, namespace: T, value: "1"}
  - name: nccl
    log_group: training
    pattern: '"NCCL" "Timeout"'
    metric_transformation: {name: Nccl, namespace: T, value: "1"}
  - name: lossJson
    log_group: training
    pattern: '{ $.loss > 0 }'
    metric_transformation: {name: Loss, namespace: T, value: "$.loss"}
  - name: everything
    log_group: training
    pattern: ''
    metric_transformation: {name: Lines, namespace: T, value: "1"}
YAML

json="$("$tw" bench --config "$work/tw.yaml" --repeat 1 --json "$work/a.log" "$work/b.log")"
rc=$?
expect_eq "bench --json exits 0" 0 "$rc"
"$tw" replay --config "$work/tw.yaml" "$work/a.log" "$work/b.log" >"$work/replay.jsonl" 2>/dev/null
python3 - "$work/replay.jsonl" "$json" >"$work/compare.txt" <<'PY'
import json, sys
replayed = {}
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d.get("type") == "datapoint":
        replayed[d["metric"]] = replayed.get(d["metric"], 0) + int(d["sample_count"])
bench = json.loads(sys.argv[2])
metric = {"oom": "Oom", "nccl": "Nccl", "lossJson": "Loss", "everything": "Lines"}
for f in bench["filters"]:
    print(f["filter"], f["matched"], replayed.get(metric[f["filter"]], 0))
by = {f["filter"]: f for f in bench["filters"]}
print("events", bench["events"] >= bench["lines"] > 0, True)
print("every", by["everything"]["evaluated"] == bench["events"], "sees every event" in by["everything"]["hint"])
print("literal", by["oom"]["evaluated"] < bench["events"], "sees every event" in by["oom"]["hint"])
print("positive", all(by[k]["matched"] > 0 for k in metric))
PY
while read -r name matched replayed; do
  case "$name" in
    events) expect_eq "every line is at least one event (bare CRs split tqdm's)" "$replayed" "$matched" ;;
    every) expect_eq "a match-all filter evaluates every event, and the hint says so" \
             "True True" "$matched $replayed" ;;
    literal) expect_eq "a literal filter is mostly decided by the prefilter, no hint" \
               "True False" "$matched $replayed" ;;
    positive) expect_eq "every filter matched something" "True" "$matched" ;;
    *) expect_eq "bench matches of $name equal replay's samples" "$replayed" "$matched" ;;
  esac
done <"$work/compare.txt"

table="$("$tw" bench --config "$work/tw.yaml" --repeat 1 "$work/a.log")"
expect_eq "the table names the floor" 1 "$(grep -c '^read+scan floor' <<<"$table")"
expect_eq "the table has a row per filter" 4 "$(grep -cE ' (oom|nccl|lossJson|everything) ' <<<"$table")"

"$tw" bench --help >/dev/null
expect_eq "--help exits 0" 0 "$?"
"$tw" bench "$work/a.log" >/dev/null 2>&1
expect_eq "no --config is a usage error" 2 "$?"
"$tw" bench --config "$work/tw.yaml" --group nosuch "$work/a.log" >/dev/null 2>"$work/err"
expect_eq "an unknown group is a user error" 1 "$?"
expect_eq "the error names the group" 1 "$(grep -c "no log group 'nosuch'" "$work/err")"
"$tw" bench --config "$work/tw.yaml" "$work/missing.log" >/dev/null 2>"$work/err"
expect_eq "a missing log file is a user error" 1 "$?"

[[ $failures -eq 0 ]] || { echo "$failures failure(s)"; exit 1; }
echo "bench_cli: all ok"
