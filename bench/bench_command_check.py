#!/usr/bin/env python3
"""`tailwatch bench` tells the truth about cost: on a crafted configuration (ten
literal filters and one expensive JSON filter), the filter it ranks most costly,
once removed, makes the whole configuration measurably faster.

usage: bench/bench_command_check.py [BUILD_DIR]   (default build/release)
Prints both runs and the ratio; exit 1 when removing the top filter did not
raise the throughput.
"""
import json, os, subprocess, sys, tempfile

build = sys.argv[1] if len(sys.argv) > 1 else "build/release"
tw = os.path.join(build, "tools", "tailwatch")
loggen = os.path.join(build, "tools", "tailwatch-loggen")
work = tempfile.mkdtemp(prefix="tw-bench-check-")
log = os.path.join(work, "train.log")
with open(log, "wb") as out:
    subprocess.run([loggen, "--seed", "5", "--bytes", "200M", "--mix", "bench", "--failures",
                    "some", "--failure-rate", "0.001"], stdout=out, stderr=subprocess.DEVNULL,
                   check=True)

literals = ["CUDA out of memory", "NCCL", "Xid", "nan", "Traceback", "ECC", "SIGTERM",
            "CANCELLED", "WARNING", "OutOfMemoryError"]
filters = [{"name": f"lit{i}", "pattern": f'"{t}"'} for i, t in enumerate(literals)]
filters.append({"name": "jsonLoss", "pattern": "{ $.loss > 0 }", "value": "$.loss"})


def write_config(fs):
    path = os.path.join(work, "tw.yaml")
    with open(path, "w") as f:
        f.write("log_groups:\n  - name: training\n    files: [\"/nonexistent/*.log\"]\n")
        f.write("metric_filters:\n")
        for flt in fs:
            f.write(f"  - name: {flt['name']}\n    log_group: training\n")
            f.write(f"    pattern: {json.dumps(flt['pattern'])}\n")
            f.write(f"    metric_transformation: {{name: {flt['name']}, namespace: T, "
                    f"value: \"{flt.get('value', '1')}\"}}\n")
    return path


def bench(fs):
    out = subprocess.run([tw, "bench", "--config", write_config(fs), "--repeat", "5", "--json", log],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


full = bench(filters)
top = full["filters"][0]
rest = [f for f in filters if f["name"] != top["filter"]]
without = bench(rest)
ratio = without["whole"]["mb_per_s"] / full["whole"]["mb_per_s"]
print(f"{len(filters)} filters: {full['whole']['mb_per_s']:.1f} MB/s (floor "
      f"{full['floor']['mb_per_s']:.1f}); top cost: {top['filter']} "
      f"({top['cost_seconds'] * 1000:.1f} ms of {full['whole']['seconds'] * 1000:.1f} ms, "
      f"evaluated {top['evaluated']}, hint: {top['hint'] or '-'})")
print(f"without {top['filter']}: {without['whole']['mb_per_s']:.1f} MB/s  "
      f"(x{ratio:.2f})")
subprocess.run(["rm", "-rf", work])
sys.exit(0 if ratio > 1.0 else 1)
