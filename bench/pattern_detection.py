#!/usr/bin/env python3
"""Precision and recall of `new_pattern` anomalies on BGL's own alert labels.

BGL lines carry their label as the first field (`-` = normal, anything else an
alert category). The label is cut off, the miner learns from the first part
of the log (`tailwatch patterns --new-after N`), and every pattern first seen
after that is one anomaly at the line that raised it. Reported:
  precision       anomalies raised by an alert line / anomalies
  line recall     alert lines (after the learning part) that raised an anomaly
  template recall alert templates (EventId) first seen after the learning part
                  that raised an anomaly (a new failure is caught once)

usage: pattern_detection.py TAILWATCH BGL_DIR [--learn N ...]
"""
import argparse
import csv
import json
import os
import subprocess
import tempfile


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tailwatch")
    parser.add_argument("bgl")
    parser.add_argument("--learn", type=int, nargs="+", default=[500, 1000, 1500])
    options = parser.parse_args()
    with open(os.path.join(options.bgl, "BGL_2k.log"), encoding="utf-8", errors="replace") as f:
        raw = f.read().splitlines()
    labels = [line.split(" ", 1)[0] for line in raw]
    with open(os.path.join(options.bgl, "BGL_2k.log_structured.csv"), newline="") as f:
        events = [row["EventId"] for row in csv.DictReader(f)]
    print(f"{'learn':>6} {'alerts':>6} {'anomalies':>9} {'precision':>9} {'line recall':>11} "
          f"{'template recall':>15}")
    with tempfile.TemporaryDirectory() as work:
        unlabelled = os.path.join(work, "bgl.log")
        with open(unlabelled, "w", encoding="utf-8") as f:
            for line in raw:
                f.write(line.split(" ", 1)[1] if " " in line else "")
                f.write("\n")
        for learn in options.learn:
            out = subprocess.run([options.tailwatch, "patterns", "--new-after", str(learn),
                                  unlabelled], check=True, capture_output=True, text=True).stdout
            flagged = {json.loads(row)["line"] - 1 for row in out.splitlines()}
            alerts = {i for i in range(learn, len(raw)) if labels[i] != "-"}
            hits = flagged & alerts
            seen = {events[i] for i in range(learn)}
            new_alert_templates = {events[i] for i in alerts if events[i] not in seen}
            caught = {events[i] for i in hits}
            precision = len(hits) / len(flagged) if flagged else 1.0
            line_recall = len(hits) / len(alerts) if alerts else 1.0
            template_recall = (len(caught & new_alert_templates) / len(new_alert_templates)
                               if new_alert_templates else 1.0)
            print(f"{learn:>6} {len(alerts):>6} {len(flagged):>9} {precision:>9.3f} "
                  f"{line_recall:>11.3f} {template_recall:>11.3f} ({len(caught & new_alert_templates)}"
                  f"/{len(new_alert_templates)})")


if __name__ == "__main__":
    main()
