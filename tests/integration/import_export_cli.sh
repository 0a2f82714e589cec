#!/usr/bin/env bash
# `tailwatch import` and `tailwatch export` end to end: every shipped input
# format imports into a config check-config accepts (with the meaning checks
# on stderr of both), the exported CloudFormation template passes cfn-lint
# (AWS's template linter, when installed), and the round trips hold:
# export cloudformation -> import gives the same definitions, and import of
# describe-* JSON -> export cloudformation -> import is stable.
# Usage: import_export_cli.sh BUILD_DIR SOURCE_DIR
set -u
build_dir=$1
source_dir=$2
tool="$build_dir/tools/tailwatch"
if [[ ! -x "$tool" ]]; then
  echo "SKIP: $tool not built" >&2
  exit 77
fi
data="$source_dir/tests/testdata/import"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# run NAME EXPECTED_RC ARGS...: runs the tool, keeps stderr in $work/err.
run() {
  local name=$1 expected=$2
  shift 2
  "$tool" "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  if [[ $rc -ne $expected ]]; then
    fail "$name: exit $rc, expected $expected; stderr: $(cat "$work/err")"
  fi
}

expect_in() {  # NAME FILE TEXT
  grep -qF -- "$3" "$2" || fail "$1: '$3' not in $2: $(cat "$2")"
}

# Definitions only: log group names, metric filters and alarms (no comments,
# no settings, no files or timestamps of log groups, no targets).
definitions() {
  awk '/^#/ { next }
       /^[a-z_]+:/ { section = $1 }
       section == "log_groups:" && /^  - name:/ { print; next }
       section == "metric_filters:" || section == "alarms:" { print }' "$1"
}

# 1. Every format imports to a config that check-config accepts.
for input in seed-pulumi-stack.json describe-metric-filters.json describe-alarms.json \
  cloudformation-template.yaml cloudformation-template.json sam-template.yaml \
  terraform-state.json terraform-plan.json; do
  run "import $input" 0 import -o "$work/$input.yaml" "$data/$input"
  if [[ $input != describe-alarms.json ]]; then  # alarms name no log group
    expect_in "import $input" "$work/$input.yaml" "files: []  # placeholder"
  fi
  run "check-config of imported $input" 0 check-config "$work/$input.yaml"
done

# 2. The seed: its alarm asks for a dimension its filter never emits, in
# import and in check-config alike; the S3 bucket is reported, with its place.
run "import seed" 0 import -o "$work/seed.yaml" "$data/seed-pulumi-stack.json"
expect_in "seed import" "$work/err" \
  "seed-pulumi-stack.json:117:28: warning: alarm 'anomalyAlarm-5d1e2f3' watches AIWorkloadLogs/AnomalyOccurrences with dimension LogGroupName, which metric filter 'anomalyMetricFilter-7f3e9b1' never emits"
expect_in "seed import" "$work/err" \
  "seed-pulumi-stack.json:34:13: warning: not carried: resource 'ai-workload-logs' (aws:s3/bucket:Bucket)"
expect_in "seed import" "$work/err" "tailwatch import: 1 log group, 1 metric filter, 1 alarm from 1 file"
expect_in "seed output" "$work/seed.yaml" "Pulumi stack export"
run "check-config seed" 0 check-config "$work/seed.yaml"
expect_in "seed check-config" "$work/err" \
  "warning: alarm 'anomalyAlarm-5d1e2f3' watches AIWorkloadLogs/AnomalyOccurrences with dimension LogGroupName"

# 3. Errors and usage.
printf '{"hello": 1}\n' >"$work/unknown.json"
run "unknown format" 1 import "$work/unknown.json"
expect_in "unknown format" "$work/err" "unknown.json:1:1: error: not a format tailwatch imports"
run "missing file" 1 import "$work/nope.json"
run "no args" 2 import
run "export no kind" 2 export
run "export bad kind" 2 export pdf "$work/seed.yaml"
run "export bad config" 1 export config "$work/unknown.json"
run "import help" 0 import --help
run "export cloudformation help" 0 export cloudformation --help

# 4. export config: includes merged, loads again, exports the same again.
run "export config embedded" 0 export config --embedded -o "$work/merged.yaml"
if grep -q '^include:' "$work/merged.yaml"; then fail "export config left an include:"; fi
run "check merged" 0 check-config "$work/merged.yaml"
run "export merged again" 0 export config "$work/merged.yaml" -o "$work/merged2.yaml"
if ! diff <(grep -v '^#' "$work/merged.yaml") <(grep -v '^#' "$work/merged2.yaml") >"$work/diff"; then
  fail "export config is not a fixed point: $(cat "$work/diff")"
fi

# 5. export cloudformation -> import gives the same definitions.
example="$source_dir/config/examples/loghub-hdfs.yaml"
run "export config example" 0 export config "$example" -o "$work/example.yaml"
run "export cloudformation example" 0 export cloudformation "$example" -o "$work/example.cfn.yaml"
run "import exported template" 0 import "$work/example.cfn.yaml" -o "$work/example.back.yaml"
if ! diff <(definitions "$work/example.yaml") <(definitions "$work/example.back.yaml") >"$work/diff"; then
  fail "export cloudformation -> import changed the definitions: $(cat "$work/diff")"
fi

# 6. import describe-* -> export cloudformation -> import is stable.
run "import describe" 0 import "$data/describe-metric-filters.json" "$data/describe-alarms.json" \
  -o "$work/aws1.yaml"
run "export aws1" 0 export cloudformation "$work/aws1.yaml" -o "$work/aws1.cfn.yaml"
run "import aws1 template" 0 import "$work/aws1.cfn.yaml" -o "$work/aws2.yaml"
if ! diff <(definitions "$work/aws1.yaml") <(definitions "$work/aws2.yaml") >"$work/diff"; then
  fail "describe-* -> cloudformation -> import is not stable: $(cat "$work/diff")"
fi

# 7. The templates are ones AWS accepts, as far as its linter can tell.
if command -v cfn-lint >/dev/null; then
  for template in "$work/example.cfn.yaml" "$work/aws1.cfn.yaml"; do
    run "export cloudformation embedded" 0 export cloudformation --embedded -o "$work/embedded.cfn.yaml"
    if ! cfn-lint "$template" "$work/embedded.cfn.yaml" >"$work/lint" 2>&1; then
      fail "cfn-lint refuses $template: $(cat "$work/lint")"
    fi
  done
else
  echo "note: cfn-lint not installed; template lint skipped" >&2
fi

if [[ $failures -ne 0 ]]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "import_export_cli: OK"
