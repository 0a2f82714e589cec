#!/usr/bin/env python3
"""Scores the AI-training pack's progress filters on the held-out lines.

  bench/ai_progress/score.py [--set heldout|fresh|dev|dev2|blind|blind2..blind22] [--tool build/dev/tools/tailwatch]
                             [--pack config/packs/ai-training.yaml] [-v]

Each line of the set (the module SETS names: heldout.py, fresh.py, devset.py, devset2.py, blind.py ..
blind22.py) is written to a file of its own and replayed through
the pack with `tailwatch replay` (so records split on \\r and \\n exactly as
the tailer splits them); the datapoints of the progress metrics are compared
with the line's expected metrics. A line is
  exact       every wanted metric, with its value, and nothing else;
  incomplete  nothing wrong, but a wanted metric missing;
  wrong       a metric with another value than the line holds;
  false       a metric the line does not hold.
(wrong before false before incomplete). LearningRate is not scored; an
`optional` metric may be absent but not wrong.
"""
import argparse
import collections
import importlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

# --set name -> the module holding its CASES (imported when chosen).
SETS = {"heldout": "heldout", "fresh": "fresh", "dev": "devset", "dev2": "devset2", "blind": "blind",
        **{"blind%d" % n: "blind%d" % n for n in range(2, 27)}}

SCORED = ["TrainLoss", "ValLoss", "Step", "StepTime", "TokensPerSecond",
          "SamplesPerSecond", "IterationsPerSecond", "GradNorm"]


def replay(tool, pack, line):
    with tempfile.NamedTemporaryFile("wb", suffix=".log", delete=False) as f:
        f.write(line.encode("utf-8") + b"\n")
        path = f.name
    try:
        out = subprocess.run([tool, "replay", "--config", pack, path],
                             capture_output=True, check=True).stdout.decode()
    finally:
        os.unlink(path)
    got = {}
    for text in out.splitlines():
        r = json.loads(text)
        if r.get("type") == "datapoint" and r["metric"] in SCORED:
            got[r["metric"]] = (r["sample_count"], r["minimum"], r["maximum"])
    return got


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def grade(case, got):
    want, optional = case["want"], case.get("optional", {})
    verdict, notes = "exact", []
    for metric, (n, lo, hi) in got.items():
        expected = want.get(metric, optional.get(metric))
        if expected is None:
            notes.append(f"false {metric}={lo}")
            verdict = "wrong" if verdict == "wrong" else "false"
        elif n != 1 or not close(lo, expected) or not close(hi, expected):
            notes.append(f"wrong {metric}={lo}..{hi} x{n} (want {expected})")
            verdict = "wrong"
    for metric, expected in want.items():
        if metric not in got:
            notes.append(f"missing {metric}={expected}")
            if verdict == "exact":
                verdict = "incomplete"
    return verdict, notes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=os.path.join(SRC, "build/dev/tools/tailwatch"))
    ap.add_argument("--pack", default=os.path.join(SRC, "config/packs/ai-training.yaml"))
    ap.add_argument("--set", choices=list(SETS), default="heldout")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    per_fw = collections.defaultdict(collections.Counter)
    total = collections.Counter()
    for case in importlib.import_module(SETS[args.set]).CASES:
        verdict, notes = grade(case, replay(args.tool, args.pack, case["line"]))
        per_fw[case["fw"]][verdict] += 1
        total[verdict] += 1
        if args.verbose and verdict != "exact":
            print(f"[{verdict}] {case['fw']}: {'; '.join(notes)}\n    {case['line'][:160]}")
    print("| framework | lines | exact | incomplete | wrong | false |")
    print("|---|---|---|---|---|---|")
    for fw in sorted(per_fw, key=str.lower):
        c = per_fw[fw]
        print(f"| {fw} | {sum(c.values())} | {c['exact']} | {c['incomplete']} | {c['wrong']} | {c['false']} |")
    n = sum(total.values())
    print(f"| **all ({len(per_fw)} frameworks)** | {n} | {total['exact']} | {total['incomplete']} "
          f"| {total['wrong']} | {total['false']} |")
    print(f"\nexact {total['exact']}/{n} = {100.0 * total['exact'] / n:.1f} %; "
          f"nothing wrong or false {total['exact'] + total['incomplete']}/{n} = "
          f"{100.0 * (total['exact'] + total['incomplete']) / n:.1f} %")


if __name__ == "__main__":
    main()
