#!/usr/bin/env bash
# `tailwatch check-config` end to end: exit codes, the OK summary on stdout,
# compiler-style errors on stderr, the embedded default and shipped examples.
# Usage: check_config_cli.sh BUILD_DIR SOURCE_DIR
set -u
build_dir=$1
source_dir=$2
tool="$build_dir/tools/tailwatch"
if [[ ! -x "$tool" ]]; then
  echo "SKIP: $tool not built" >&2
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# run NAME EXPECTED_RC ARGS...: runs the tool, keeps stdout/stderr in $out/$err.
run() {
  local name=$1 expected=$2
  shift 2
  "$tool" "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  out=$(cat "$work/out")
  err=$(cat "$work/err")
  if [[ $rc -ne $expected ]]; then
    fail "$name: exit $rc, expected $expected; stdout: $out; stderr: $err"
  fi
}

expect_eq() {  # NAME ACTUAL EXPECTED
  if [[ "$2" != "$3" ]]; then
    fail "$1: got"$'\n'"$2"$'\n'"expected"$'\n'"$3"
  fi
}

printf 'hunter2-secret\n' >"$work/hmac"
cat >"$work/good.yaml" <<YAML
server: {listen: "127.0.0.1:0"}
log_groups:
  - name: train
    files: ["$work/*.log"]
    timestamp: {field: "\$.ts"}
metric_filters:
  - name: oom
    log_group: train
    pattern: '{ \$.level = "ERROR" && \$.msg = "*out of memory*" }'
    metric_transformation: {name: OomErrors, namespace: Training, value: "1", unit: Count}
alarms:
  - name: oomAlarm
    namespace: Training
    metric_name: OomErrors
    statistic: Sum
    period: 60
    evaluation_periods: 1
    threshold: 0
    comparison_operator: GreaterThanThreshold
    alarm_actions: [hook]
targets:
  - {name: hook, type: webhook, url: "http://127.0.0.1:9/x", hmac_secret_file: $work/hmac}
YAML

run good 0 check-config "$work/good.yaml"
expect_eq "good stdout" "$out" "$work/good.yaml: OK (1 log group, 1 filter, 1 alarm, 1 target)"
expect_eq "good stderr" "$err" ""

cat >"$work/bad.yaml" <<'YAML'
log_groups:
  - name: train
metric_filters:
  - name: oom
    log_group: trian
    pattern: '{ $.level = }'
    metric_transformation: {name: OomErrors, namespace: Training, value: "1"}
alarms:
  - name: oomAlarm
    namespace: Training
    metric_name: OomErrors
    statistic: Sum
    period_sec: 60
    evaluation_periods: 1
    threshold: zero
    comparison_operator: GreaterThanThreshold
YAML
run bad 1 check-config "$work/bad.yaml"
expect_eq "bad stdout" "$out" ""
expect_eq "bad stderr" "$err" "$work/bad.yaml:5:16: error: log_group: no log group named 'trian'; did you mean 'train'?
$work/bad.yaml:6:27: error: pattern: expected a value after '='
$work/bad.yaml:9:5: error: missing required key 'period'
$work/bad.yaml:13:5: error: unknown key 'period_sec'; did you mean 'period'?
$work/bad.yaml:15:16: error: threshold: expected a number, got 'zero'"
if grep -q hunter2 "$work/err" "$work/out"; then fail "secret echoed"; fi

printf 'log_groups: [{name: a}\n' >"$work/syntax.yaml"
run syntax 1 check-config "$work/syntax.yaml"
[[ "$err" == "$work/syntax.yaml:2:1: error: invalid YAML: "* ]] || fail "syntax: $err"

run missing 1 check-config "$work/nope.yaml"
expect_eq "missing stderr" "$err" "$work/nope.yaml: error: cannot read: No such file or directory"

run both 1 check-config "$work/good.yaml" "$work/bad.yaml"
[[ "$out" == "$work/good.yaml: OK"* ]] || fail "both: stdout $out"

run quiet 0 check-config --quiet "$work/good.yaml"
expect_eq "quiet stdout" "$out" ""

run embedded 0 check-config --embedded
[[ "$out" == "<embedded default>: OK ("*")" ]] || fail "embedded: $out"
run embedded-arg 0 check-config embedded:
[[ "$out" == "<embedded default>: OK ("*")" ]] || fail "embedded:: $out"
run embedded-missing 1 check-config embedded:packs/nope.yaml
[[ "$err" == "embedded:packs/nope.yaml: error: no such embedded file"* ]] || fail "embedded missing: $err"

run help 0 check-config --help
[[ "$out" == "usage: tailwatch check-config"* ]] || fail "help: $out"
run no-args 2 check-config
run bad-option 2 check-config --frobnicate "$work/good.yaml"

# Shipped examples stay valid.
for example in "$source_dir"/config/examples/*.yaml; do
  [[ -e "$example" ]] || continue
  "$tool" check-config "$example" >"$work/out" 2>"$work/err" ||
    fail "example $example: $(cat "$work/err")"
  [[ -s "$work/err" ]] && fail "example $example warns: $(cat "$work/err")"
done

if [[ $failures -ne 0 ]]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "check_config_cli: all checks passed"
