#!/usr/bin/env bash
# `tailwatch export` on every shipped config (the examples, the AI pack, the
# embedded default and the packaged production config):
#  - the Prometheus rules, per node and fleet-wide, pass `promtool check rules`;
#  - for the examples and the pack, `promtool test rules` passes on tests
#    generated from a replayed incident: the alerts the rules raise are
#    tailwatch's own alarm transitions, plus the edge scenarios (M of N,
#    missing data, a node that stops reporting);
#  - an alarm PromQL cannot express is refused with a clear message;
#  - the Grafana dashboard is valid JSON at the stated schema version and
#    every query in it passes `promtool check rules`.
# Args: build dir, source dir. Exit 77 (skip) without promtool.
set -euo pipefail
build=$1 src=$2
tool="$build/tools/tailwatch"
command -v promtool >/dev/null || { echo "promtool not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
events="$src/tests/integration/lib/fleet_events.py"
fail() { echo "FAIL: $*"; exit 1; }

# config, incident scenario, log group, rule modes. promtool evaluates every
# rule at every step of every test, so the big pack runs in one mode; the
# fleet modes run on the examples.
cases=(
  "config/packs/ai-training.yaml pack aiTraining --per-node=instance"
  "config/examples/ai-training.yaml example-text training --per-node=instance --fleet=job"
  "config/examples/ai-training.yaml example-json trainingJson --fleet=job"
  "config/examples/loghub-hdfs.yaml hdfs hdfs --per-node=host --fleet="
)
for case in "${cases[@]}"; do
  read -r config scenario group modes <<<"$case"
  python3 "$events" "$scenario" "$work/$scenario.json"
  for mode in $modes; do
    tag="$scenario$(echo "$mode" | tr '= -' '___')"
    mode=$(echo "$mode" | tr '=' ' ')
    # shellcheck disable=SC2086
    "$tool" export prometheus-rules --config "$src/$config" $mode --skip-unsupported \
      --output "$work/$tag.rules.yml" --tests "$work/$tag.test.yml" \
      --events "$work/$scenario.json" --group "$group" 2>"$work/$tag.err" ||
      fail "export $config $mode: $(cat "$work/$tag.err")"
    promtool check rules "$work/$tag.rules.yml" >"$work/out" 2>&1 ||
      fail "promtool check rules ($config $mode): $(cat "$work/out")"
    promtool test rules "$work/$tag.test.yml" >"$work/out" 2>&1 ||
      fail "promtool test rules ($config $mode): $(cat "$work/out")"
    firing=$(grep -c 'exp_labels:' "$work/$tag.test.yml" || true)
    (( firing > 0 )) || fail "$config $mode: the tests expect no firing alert at all"
    echo "ok: $config $mode ($group): rules checked, $(grep -c 'eval_time:' "$work/$tag.test.yml") alert checks ($firing firing) pass"
  done
done

# The embedded default and the packaged production config: their rules check.
for config in config/tailwatch.default.yaml systemd/tailwatch.yaml; do
  for mode in "--per-node instance" "--fleet job"; do
    # shellcheck disable=SC2086
    "$tool" export prometheus-rules --config "$src/$config" $mode --skip-unsupported \
      --output "$work/shipped.rules.yml" 2>/dev/null || fail "export $config $mode"
    promtool check rules "$work/shipped.rules.yml" >"$work/out" 2>&1 ||
      fail "promtool check rules ($config $mode): $(cat "$work/out")"
  done
  echo "ok: $config: rules checked"
done

# The pack's stall alarm uses missing_data_scope: live, which /metrics cannot
# feed: refused by name unless --skip-unsupported.
if "$tool" export prometheus-rules --config "$src/config/packs/ai-training.yaml" \
    >/dev/null 2>"$work/err"; then
  fail "the live-scoped stall alarm was exported"
fi
grep -q "alarm 'aiTrainingStalled': missing_data_scope: live" "$work/err" ||
  fail "no clear refusal: $(cat "$work/err")"
cat >"$work/minimum.yaml" <<'YAML'
log_groups: [{name: g, files: []}]
metric_filters:
  - {name: f, log_group: g, pattern: '{ $.loss = * }', metric_transformation: {name: Loss, namespace: T, value: $.loss}}
alarms:
  - {name: lossLow, namespace: T, metric_name: Loss, statistic: Minimum, period: 60, evaluation_periods: 1, threshold: 1, comparison_operator: LessThanThreshold}
YAML
rc=0
"$tool" export prometheus-rules --config "$work/minimum.yaml" >/dev/null 2>"$work/err" || rc=$?
[[ $rc == 1 ]] || fail "Minimum alarm: exit $rc, want 1"
grep -q "alarm 'lossLow': statistic Minimum" "$work/err" || fail "Minimum refusal: $(cat "$work/err")"

for config in config/packs/ai-training.yaml config/examples/ai-training.yaml \
              config/examples/loghub-hdfs.yaml; do
  "$tool" export grafana --config "$src/$config" --output "$work/dash.json" \
    --queries-as-rules "$work/queries.yml" 2>/dev/null || fail "export grafana $config"
  python3 - "$work/dash.json" <<'PY' || fail "dashboard of $config"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["schemaVersion"] == 38, d["schemaVersion"]
kinds = {p["type"] for p in d["panels"]}
assert {"row", "timeseries", "state-timeline"} <= kinds, kinds
ids = [p["id"] for p in d["panels"]]
assert len(ids) == len(set(ids)), "duplicate panel ids"
PY
  promtool check rules "$work/queries.yml" >"$work/out" 2>&1 ||
    fail "dashboard queries of $config: $(cat "$work/out")"
  echo "ok: grafana $config: $(grep -c 'record:' "$work/queries.yml") queries pass promtool"
done
