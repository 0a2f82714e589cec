#!/usr/bin/env bash
# `tailwatch test-pattern` end to end: JSON, space-delimited (stdin), --value,
# --events, escaping, and the error contract for a bad pattern.
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (binary not built).
set -uo pipefail
build_dir="${1:?usage: test_pattern_cli.sh BUILD_DIR SOURCE_DIR}"
source_dir="${2:?usage: test_pattern_cli.sh BUILD_DIR SOURCE_DIR}"
tw="$build_dir/tools/tailwatch"
[[ -x "$tw" ]] || { echo "skip: $tw not built"; exit 77; }
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

# 1. JSON pattern over a file.
cat >"$work/train.log" <<'LOG'
{"step": 1, "loss": 7.5}
{"step": 2, "loss": 4.0}
step:3 loss 9
{"step": 4, "loss": 5.5, "rank": 3}
LOG
out="$("$tw" test-pattern '{ $.loss > 5 }' "$work/train.log")"
rc=$?
expect_eq "json rc" 0 "$rc"
expect_eq "json output" '{"eventNumber":1,"eventMessage":"{\"step\": 1, \"loss\": 7.5}","extractedValues":{}}
{"eventNumber":4,"eventMessage":"{\"step\": 4, \"loss\": 5.5, \"rank\": 3}","extractedValues":{}}
{"summary":{"events":4,"matches":2}}' "$out"

# 2. --value with a JSON selector.
out="$("$tw" test-pattern --value '$.loss' '{ $.loss > 5 }' "$work/train.log" | head -1)"
expect_eq "json value" '{"eventNumber":1,"eventMessage":"{\"step\": 1, \"loss\": 7.5}","extractedValues":{},"value":7.5}' "$out"

# 3. Space-delimited from stdin, CRLF line endings.
out="$(printf '2024-05-01T10:00:00Z ERROR gpu 3 failed\r\n2024-05-01T10:00:01Z INFO ok\r\n' |
       "$tw" test-pattern '[ts, level=ERROR, ...]' -)"
expect_eq "space-delimited" '{"eventNumber":1,"eventMessage":"2024-05-01T10:00:00Z ERROR gpu 3 failed","extractedValues":{"$ts":"2024-05-01T10:00:00Z","$level":"ERROR","$3":"gpu","$4":"3","$5":"failed"}}
{"summary":{"events":2,"matches":1}}' "$out"

# 4. --events: a JSON array; messages may hold newlines; escaping of output.
printf '%s' '["ERROR one\nline two", "fine", "ERROR \"quoted\"\t\u0001"]' >"$work/events.json"
out="$("$tw" test-pattern --events "$work/events.json" 'ERROR')"
expect_eq "events" '{"eventNumber":1,"eventMessage":"ERROR one\nline two","extractedValues":{}}
{"eventNumber":3,"eventMessage":"ERROR \"quoted\"\t\u0001","extractedValues":{}}
{"summary":{"events":3,"matches":2}}' "$out"

# 5. Invalid UTF-8 never reaches the output raw.
out="$(printf 'ERROR \xff\n' | "$tw" test-pattern ERROR | head -1)"
expect_eq "invalid utf-8" '{"eventNumber":1,"eventMessage":"ERROR \ufffd","extractedValues":{}}' "$out"

# 6. The NaN trap on a real corpus line, if the corpus is there.
corpus="$source_dir/tests/testdata/corpus_lines/nanogpt.log"
if [[ -f "$corpus" ]]; then
  out="$("$tw" test-pattern '"loss:nan"' "$corpus" | tail -1)"
  expect_eq "nan trap" '{"summary":{"events":5,"matches":0}}' "$out"
fi

# 7. A bad pattern: error with a column on stderr, exit 1, nothing on stdout.
out="$("$tw" test-pattern 'ERROR ERR*' "$work/train.log" 2>"$work/err")"
rc=$?
expect_eq "bad pattern rc" 1 "$rc"
expect_eq "bad pattern stdout" "" "$out"
err="$(cat "$work/err")"
if [[ "$err" =~ ^error:\ column\ [0-9]+:\  ]]; then echo "ok   bad pattern stderr"; else
  echo "FAIL bad pattern stderr: $err"; failures=$((failures + 1)); fi
"$tw" test-pattern '{ $.a == 1 }' /dev/null 2>"$work/err"
expect_eq "bad json pattern rc" 1 "$?"
grep -Eq '^error: column [0-9]+: ' "$work/err" && echo "ok   bad json stderr" ||
  { echo "FAIL bad json stderr: $(cat "$work/err")"; failures=$((failures + 1)); }

# 8. Usage errors exit 2; --help exits 0 and documents the summary line.
"$tw" test-pattern >/dev/null 2>&1
expect_eq "usage rc" 2 "$?"
help="$("$tw" test-pattern --help)"
expect_eq "help rc" 0 "$?"
[[ "$help" == *'"summary"'* ]] && echo "ok   help documents summary" ||
  { echo "FAIL help lacks summary"; failures=$((failures + 1)); }

if ((failures > 0)); then echo "$failures failure(s)"; exit 1; fi
echo "all test-pattern CLI checks passed"
