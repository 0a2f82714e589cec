#!/usr/bin/env bash
# `tailwatch test-alarm` answers every row of CloudWatch's two missing-data
# tables (evaluation_periods 3 with datapoints_to_alarm 3 and 2; X breaches,
# 0 does not, - is missing) for every treat_missing_data setting, from the
# command line. "S" = the current state is kept: checked from OK and ALARM.
set -euo pipefail
tw="$1/tools/tailwatch"
cfg="$2/tests/testdata/alarm_tables/tables.yaml"
failures=0
checked=0

# table M | row | missing | ignore | breaching | notBreaching
rows=(
  "3|0 - X - X|OK|OK|OK|OK"
  "3|0 - - - -|OK|OK|OK|OK"
  "3|- - - - -|INSUFFICIENT_DATA|S|ALARM|OK"
  "3|0 X X - X|ALARM|ALARM|ALARM|ALARM"
  "3|- - X - -|ALARM|S|ALARM|OK"
  "2|0 - X - X|ALARM|ALARM|ALARM|ALARM"
  "2|0 0 X 0 X|ALARM|ALARM|ALARM|ALARM"
  "2|0 - X - -|OK|OK|ALARM|OK"
  "2|- - X - -|ALARM|S|ALARM|OK"
  "2|- - - - -|INSUFFICIENT_DATA|S|ALARM|OK"
)
treatments=(missing ignore breaching notBreaching)

for entry in "${rows[@]}"; do
  IFS='|' read -r m row e_missing e_ignore e_breaching e_not <<<"$entry"
  expected=("$e_missing" "$e_ignore" "$e_breaching" "$e_not")
  # "0 - X" -> "0,-,1": X is a value above the 0.5 threshold.
  points="$(sed -e 's/X/1/g' -e 's/ /,/g' <<<"$row")"
  for i in 0 1 2 3; do
    alarm="m${m}_${treatments[$i]}"
    for from in OK ALARM; do
      want="${expected[$i]}"
      [[ "$want" == S ]] && want="$from"
      out="$("$tw" test-alarm --config "$cfg" --alarm "$alarm" --state "$from" --datapoints "$points")"
      got="$(sed -E 's/^\{"state":"([A-Z_]+)".*/\1/' <<<"$out")"
      checked=$((checked + 1))
      if [[ "$got" != "$want" ]]; then
        echo "FAIL: M=$m row '$row' $alarm from $from: want $want, got $out"
        failures=$((failures + 1))
      fi
    done
  done
done

# The reason text reads as CloudWatch writes it.
out="$("$tw" test-alarm --config "$cfg" --alarm m3_missing --state OK --datapoints "-,-,-,-,-")"
grep -q '"reason":"Insufficient Data: ' <<<"$out" || { echo "FAIL: reason: $out"; failures=$((failures + 1)); }
out="$("$tw" test-alarm --config "$cfg" --alarm m2_breaching --state OK --datapoints "0,0,1,0,1")"
grep -q 'Threshold Crossed: 2 out of the last 3 datapoints \[1.0 (' <<<"$out" || {
  echo "FAIL: reason: $out"; failures=$((failures + 1)); }

# Usage and input errors.
set +e
"$tw" test-alarm --config "$cfg" --alarm nope --state OK --datapoints "1" >/dev/null 2>&1; rc1=$?
"$tw" test-alarm --config "$cfg" --alarm m3_missing --state OK --datapoints "1,x" >/dev/null 2>&1; rc2=$?
"$tw" test-alarm --config "$cfg" --alarm m3_missing --state MAYBE --datapoints "1" >/dev/null 2>&1; rc3=$?
"$tw" test-alarm --config "$cfg" --alarm m3_missing --state OK --datapoints "1,1,1,1,1,1" >/dev/null 2>&1; rc4=$?
set -e
[[ $rc1 == 1 && $rc2 == 1 && $rc3 == 2 && $rc4 == 1 ]] || {
  echo "FAIL: exit codes $rc1 $rc2 $rc3 $rc4 (want 1 1 2 1)"; failures=$((failures + 1)); }

echo "test-alarm: $checked table cells checked, $failures failures"
((failures == 0))
