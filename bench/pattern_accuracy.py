#!/usr/bin/env python3
"""Grouping accuracy (GA) of `tailwatch patterns --lines` on the Loghub-2k sets.

GA as the standard log-parsing benchmark defines it (Zhu et al., ICSE-SEIP
2019): a line counts as correct when the group the parser put it in holds
exactly the lines of its ground-truth template (`EventId`). Two inputs per set:
the `Content` column of `<DS>_2k.log_structured.csv` (the benchmark's input,
one message per line) and the raw `<DS>_2k.log` lines, headers included.

usage: pattern_accuracy.py TAILWATCH LOGHUB_DIR [--floor MEAN]
Prints the table; with --floor exits 1 when the Content mean GA is below MEAN.
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile

SETS = ["Android", "Apache", "BGL", "HDFS", "HPC", "Hadoop", "HealthApp", "Linux", "Mac",
        "OpenSSH", "OpenStack", "Proxifier", "Spark", "Thunderbird", "Windows", "Zookeeper"]


def grouping_accuracy(truth, predicted):
    truth_sizes = collections.Counter(truth)
    clusters = collections.defaultdict(list)
    for line, group in enumerate(predicted):
        clusters[group].append(line)
    correct = 0
    for lines in clusters.values():
        ids = {truth[i] for i in lines}
        if len(ids) == 1 and truth_sizes[next(iter(ids))] == len(lines):
            correct += len(lines)
    return correct / len(truth)


def assign(tailwatch, path, count):
    out = subprocess.run([tailwatch, "patterns", "--lines", path], check=True,
                         capture_output=True, text=True).stdout
    predicted = ["<blank>"] * count
    for row in out.splitlines():
        entry = json.loads(row)
        if entry["line"] <= count:
            predicted[entry["line"] - 1] = entry["pattern_id"] or "<overflow>"
    return predicted


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tailwatch")
    parser.add_argument("loghub")
    parser.add_argument("--floor", type=float)
    options = parser.parse_args()
    tailwatch, loghub, floor = options.tailwatch, options.loghub, options.floor
    results = []
    with tempfile.TemporaryDirectory() as work:
        for name in SETS:
            folder = os.path.join(loghub, name)
            with open(os.path.join(folder, f"{name}_2k.log_structured.csv"), newline="",
                      encoding="utf-8", errors="replace") as f:
                rows = list(csv.DictReader(f))
            truth = [row["EventId"] for row in rows]
            content = os.path.join(work, f"{name}.txt")
            with open(content, "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(row["Content"].replace("\n", " ").replace("\r", " ") + "\n")
            ga_content = grouping_accuracy(truth, assign(tailwatch, content, len(truth)))
            raw = os.path.join(folder, f"{name}_2k.log")
            ga_raw = grouping_accuracy(truth, assign(tailwatch, raw, len(truth)))
            results.append((name, len(set(truth)), ga_content, ga_raw))
    print(f"{'set':<12} {'templates':>9} {'GA Content':>10} {'GA raw':>7}")
    for name, templates, ga_content, ga_raw in results:
        print(f"{name:<12} {templates:>9} {ga_content:>10.3f} {ga_raw:>7.3f}")
    mean_content = sum(r[2] for r in results) / len(results)
    mean_raw = sum(r[3] for r in results) / len(results)
    print(f"{'mean':<12} {'':>9} {mean_content:>10.3f} {mean_raw:>7.3f}")
    if floor is not None and mean_content < floor:
        print(f"FAIL: mean GA on Content {mean_content:.3f} is below the floor {floor:.3f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
