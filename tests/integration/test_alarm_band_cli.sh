#!/usr/bin/env bash
# `tailwatch test-alarm --band` gives CloudWatch's state for band alarms: the
# two missing-data tables of the user guide (X = a value outside its period's
# band, 0 = inside, - = missing) for every treat_missing_data setting, the
# guide's anomaly-detection alarm sample word for word, and no verdict while
# the model has no band. "S" = the current state is kept.
set -euo pipefail
tw="$1/tools/tailwatch"
cfg="$2/tests/testdata/alarm_tables/band_tables.yaml"
failures=0
checked=0

"$tw" check-config "$cfg" >/dev/null

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
  # X: 9 against the band 4:6 (above); 0: 5 inside it. Odd periods' bands
  # differ, so each point is judged against its own band.
  points="$(sed -e 's/X/9/g' -e 's/0/5/g' -e 's/ /,/g' <<<"$row")"
  bands="$(awk '{for (i = 1; i <= NF; i++) printf "%s%s", (i > 1 ? "," : ""), (i % 2 ? "4:6" : "3:7")}' <<<"$row")"
  for i in 0 1 2 3; do
    alarm="band_m${m}_${treatments[$i]}"
    for from in OK ALARM; do
      want="${expected[$i]}"
      [[ "$want" == S ]] && want="$from"
      out="$("$tw" test-alarm --config "$cfg" --alarm "$alarm" --state "$from" \
        --datapoints "$points" --band "$bands")"
      got="$(sed -E 's/^\{"state":"([A-Z_]+)".*/\1/' <<<"$out")"
      checked=$((checked + 1))
      if [[ "$got" != "$want" ]]; then
        echo "FAIL: M=$m row '$row' $alarm from $from: want $want, got $out"
        failures=$((failures + 1))
      fi
    done
  done
done

expect() {  # NAME WANT OUT
  checked=$((checked + 1))
  if [[ "$3" != "$2" ]]; then
    echo "FAIL: $1:"
    echo "  want $2"
    echo "  got  $3"
    failures=$((failures + 1))
  fi
}

# The guide's sample: 0.0 at 15:58 under the band -> ALARM, then the
# previous state's 0.1667 inside the band -> OK, in CloudWatch's words.
out="$("$tw" test-alarm --config "$cfg" --alarm guide_sample --state OK --time 2019-10-03T16:00:00Z \
  --datapoints "-,0.0,-" --band "-,0.020599444741798756:0.3006915352732461,-")"
expect "guide sample ALARM" '{"state":"ALARM","reason":"Thresholds Crossed: 1 out of the last 1 datapoints [0.0 (03/10/19 15:58:00)] was less than the lower thresholds [0.020599444741798756] or greater than the upper thresholds [0.3006915352732461] (minimum 1 datapoint for OK -> ALARM transition)."}' "$out"
out="$("$tw" test-alarm --config "$cfg" --alarm guide_sample --state ALARM --time 2019-10-03T15:59:00Z \
  --datapoints "-,0.166666666664241,-" --band "-,0.0206719426210418:0.30076870222143803,-")"
expect "guide sample OK" '{"state":"OK","reason":"Thresholds Crossed: 1 out of the last 1 datapoints [0.166666666664241 (03/10/19 15:57:00)] was not less than the lower thresholds [0.0206719426210418] or not greater than the upper thresholds [0.30076870222143803] (minimum 1 datapoint for ALARM -> OK transition)."}' "$out"

# No band yet: INSUFFICIENT_DATA however far out the value is.
out="$("$tw" test-alarm --config "$cfg" --alarm guide_sample --state OK --datapoints "1e9" --band "-")"
checked=$((checked + 1))
grep -q '"state":"INSUFFICIENT_DATA","reason":"Insufficient Data: the anomaly detection band is not available yet' <<<"$out" ||
  { echo "FAIL: learning: $out"; failures=$((failures + 1)); }

# Usage errors: a band alarm without --band, bands not aligned, a bad band.
for bad in "--datapoints 1" "--datapoints 1,2 --band 0:1" "--datapoints 1 --band 3:1"; do
  checked=$((checked + 1))
  # shellcheck disable=SC2086
  if "$tw" test-alarm --config "$cfg" --alarm guide_sample --state OK $bad >/dev/null 2>&1; then
    echo "FAIL: accepted $bad"
    failures=$((failures + 1))
  fi
done

echo "test-alarm --band: $checked checks, $failures failures"
[[ $failures -eq 0 ]]
