#!/usr/bin/env bash
# The AI pack's step-time band alarm (aiStepTimeAnomaly), through `tailwatch
# replay`: a nanoGPT-style log, one progress line every 10 s, whose step time
# holds at ~300 ms (with noise and a slow drift) for 90 minutes and then slows
# to 450 ms. Replay prints each StepTime datapoint with its band (null during
# the warm-up, then a band that holds the healthy values); the first slow
# minute is above its band, with a higher anomaly score than any healthy
# minute; the alarm never goes to ALARM during the healthy part. (Whether it
# then alarms -- 5 slow minutes in a row above their bands -- depends on the
# model not widening its band on the outliers it catches, the band model's
# own contract; its tests pin that.)
# Args: build dir, source dir.
set -euo pipefail
tool="$1/tools/tailwatch"
pack="$2/config/packs/ai-training.yaml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/events.json" <<'PY'
import json, random, sys
rng = random.Random(5)
start = 1767225600000  # 2026-01-01T00:00:00Z
events = []
for i in range(100 * 6):  # 100 minutes, a line every 10 s
    ms = 300 + 0.02 * i + rng.uniform(-3, 3)
    if i >= 90 * 6:
        ms += 150
    events.append({"timestamp": start + i * 10000,
                   "message": "step:%d/9000 train_loss:3.21 train_time:%dms step_avg:%.2fms"
                              % (i, i * 300, ms)})
json.dump(events, open(sys.argv[1], "w"))
PY
"$tool" replay --config "$pack" --events "$work/events.json" >"$work/out.jsonl"
python3 - "$work/out.jsonl" <<'PY'
import json, sys
slow_from = "2026-01-01T01:30:00"
fail = []
steps = [json.loads(l) for l in open(sys.argv[1]) if '"metric":"StepTime"' in l]
alarms = [json.loads(l) for l in open(sys.argv[1]) if '"alarm":"aiStepTimeAnomaly"' in l]
banded = [d for d in steps if d["band_lower"] is not None]
if len(steps) != 100 or not banded or steps[0]["band_lower"] is not None:
    fail.append("expected 100 StepTime datapoints, the first without a band, then bands: %d, %d"
                % (len(steps), len(banded)))
for d in banded:
    if d["period_start"] < slow_from and not d["band_lower"] <= d["average"] <= d["band_upper"]:
        fail.append("healthy datapoint outside its band: %r" % d)
    if not 0 <= d["anomaly_score"] <= 1:
        fail.append("score outside [0, 1]: %r" % d)
to_alarm = [a for a in alarms if a["to"] == "ALARM"]
if any(a["time"] <= slow_from for a in to_alarm):
    fail.append("ALARM before the slowdown: %r" % to_alarm)
first_slow = next((d for d in steps if d["period_start"] >= slow_from), None)
if first_slow is None or first_slow["band_upper"] is None or \
        not first_slow["average"] > first_slow["band_upper"]:
    fail.append("the first slow minute is not above its band: %r" % first_slow)
elif first_slow["anomaly_score"] <= max(d["anomaly_score"] for d in banded
                                        if d["period_start"] < slow_from):
    fail.append("the first slow minute does not score above every healthy one")
for f in fail[:5]:
    print("FAIL:", f)
print("pack step-time band: %d datapoints (%d banded), alarm transitions %s"
      % (len(steps), len(banded), [(a["time"][11:19], a["to"]) for a in alarms]))
sys.exit(1 if fail else 0)
PY
