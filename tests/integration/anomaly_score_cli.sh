#!/usr/bin/env bash
# `tailwatch anomaly-score` end to end: the output contract (header, one row
# per input row in input order, CRLF and missing final newline, repeated and
# backwards timestamps, --k bands consistent with the score) and the error
# contract for bad input and bad usage.
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (binary not built).
set -uo pipefail
build_dir="${1:?usage: anomaly_score_cli.sh BUILD_DIR SOURCE_DIR}"
tw="$build_dir/tools/tailwatch"
[[ -x "$tw" ]] || { echo "skip: $tw not built"; exit 77; }
command -v python3 >/dev/null || { echo "skip: python3 missing"; exit 77; }
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

# 1. 200 rows every 5 minutes, a spike at row 150, a repeated and a
#    backwards timestamp, CRLF line ends and no final newline.
python3 - "$work/in.csv" <<'PY'
import datetime, random, sys
random.seed(1)
t = datetime.datetime(2024, 3, 1)
rows = []
for i in range(200):
    stamp = t + datetime.timedelta(minutes=5 * i)
    if i == 60: stamp = t + datetime.timedelta(minutes=5 * 59)   # repeated
    if i == 61: stamp = t + datetime.timedelta(minutes=5 * 30)   # backwards
    value = 10 + random.gauss(0, 1) + (25 if i == 150 else 0)
    rows.append("%s,%.3f" % (stamp.strftime("%Y-%m-%d %H:%M:%S"), value))
open(sys.argv[1], "w", newline="").write("timestamp,value\r\n" + "\r\n".join(rows))
PY
"$tw" anomaly-score --k 2 --k 3.5 "$work/in.csv" "$work/out.csv"
expect_eq "rc" 0 "$?"
expect_eq "header" "timestamp,value,anomaly_score,band_lower_2,band_upper_2,band_lower_3.5,band_upper_3.5" \
  "$(head -1 "$work/out.csv")"
expect_eq "rows and order" "$(tr -d '\r' <"$work/in.csv" | cut -d, -f1,2)" \
  "$(cut -d, -f1,2 "$work/out.csv")"
check="$(python3 - "$work/out.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
problems = []
for i, r in enumerate(rows):
    s = float(r["anomaly_score"])
    if not 0 <= s <= 1: problems.append("row %d score %s" % (i, s))
    for k in ("2", "3.5"):
        lo, hi = r["band_lower_" + k], r["band_upper_" + k]
        if lo == "":
            if s != 0: problems.append("row %d: no band but score %s" % (i, s))
            continue
        v, kk = float(r["value"]), float(k)
        if (s > kk / (1 + kk)) != (v < float(lo) or v > float(hi)):
            problems.append("row %d: score %s disagrees with band %s..%s" % (i, s, lo, hi))
if float(rows[150]["anomaly_score"]) <= 3.5 / 4.5: problems.append("spike not outside the 3.5 band")
if rows[0]["band_lower_2"] != "": problems.append("band before warm-up")
print("\n".join(problems) or "consistent")
PY
)"
expect_eq "score agrees with the bands, spike caught, warm-up has no band" consistent "$check"

# 2. stdout when OUT is absent; the same bytes as the file.
expect_eq "stdout" "$(cat "$work/out.csv")" "$("$tw" anomaly-score --k 2 --k 3.5 "$work/in.csv")"

# 3. Bad input: file:line and exit 1.
printf 'timestamp,value\n2024-01-01 00:00:00,1\n2024-01-01 00:05:00,abc\n' >"$work/bad.csv"
err="$("$tw" anomaly-score "$work/bad.csv" 2>&1 >/dev/null)"
expect_eq "bad value rc" 1 "$?"
expect_eq "bad value message" "tailwatch anomaly-score: $work/bad.csv:3: bad value 'abc'" "$err"
printf 'time,value\n' >"$work/header.csv"
"$tw" anomaly-score "$work/header.csv" >/dev/null 2>&1
expect_eq "bad header rc" 1 "$?"
"$tw" anomaly-score "$work/missing.csv" >/dev/null 2>&1
expect_eq "missing file rc" 1 "$?"

# 4. Usage errors: exit 2.
"$tw" anomaly-score --k 0 "$work/in.csv" >/dev/null 2>&1
expect_eq "bad --k rc" 2 "$?"
"$tw" anomaly-score --nab "$work" >/dev/null 2>&1
expect_eq "--nab one dir rc" 2 "$?"
"$tw" anomaly-score --help | grep -q -- '--nab DATA_DIR OUT_DIR'
expect_eq "help" 0 "$?"

[[ $failures -eq 0 ]] && echo "anomaly_score_cli: all passed" || echo "anomaly_score_cli: $failures failed"
[[ $failures -eq 0 ]]
