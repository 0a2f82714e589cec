#!/usr/bin/env python3
"""tailwatchd tailing one file from the beginning: how fast until /metrics shows it all.

  bench/daemon_throughput.py --log FILE [--config bench/rules/filters20.yaml]
                             [--build build/perf-rel] [--cpu 1] [--runs 1]
                             [--groups N] [--engine-threads K]

Starts tailwatchd pinned to one CPU (taskset; --cpu all: every CPU) with the config's log group
pointed at FILE (start_at: beginning), waits until it listens, then polls
/metrics every 20 ms until tailwatch_read_bytes_total shows the whole file.
Prints wall time and MB/s (10^6 bytes per second, from "listening" to "all
read"), the daemon's CPU time, its VmHWM, and each filter's match count (one
JSON object on the last line, for bench/run.sh to compare with replay's
counts). With --runs N the best wall time counts. Exit 0 on success, 1 on a
run error, 2 on a usage error.

--groups N makes N log groups of the config's one, each with its own copy of
its filters (named NAME_gI, same metrics), all tailing FILE from the
beginning; the run ends when every group has read it all, and MB/s counts
N times the file. --engine-threads K is tailwatchd's flag (groups read and
matched at once); give --cpu a list (e.g. 0,1) or 'all' to let it use them.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def metrics(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        return response.read().decode()


def run_once(args, config_text, size):
    work = tempfile.mkdtemp(prefix="tailwatch-dthroughput-")
    try:
        config = os.path.join(work, "config.yaml")
        with open(config, "w") as f:
            f.write(config_text)
        daemon = os.path.join(args.build, "daemon", "tailwatchd")
        cmd = [daemon, "--config", config, "--listen", "127.0.0.1:0", "--state-dir",
               os.path.join(work, "state"), "--threads", "1",
               "--engine-threads", str(args.engine_threads)]
        if args.cpu != "all":
            cmd = ["taskset", "-c", str(args.cpu)] + cmd
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        try:
            port = None
            deadline = time.time() + 30
            while port is None:
                line = proc.stderr.readline()
                if not line:
                    if proc.poll() is not None or time.time() > deadline:
                        raise RuntimeError("tailwatchd did not start")
                    continue
                m = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
                if m:
                    port = int(m.group(1))
            started = time.time()
            group = re.compile(r'^tailwatch_read_bytes_total\{[^}]*\} (\S+)', re.M)
            while True:
                body = metrics(port)
                read = [float(v) for v in group.findall(body)]
                if len(read) >= args.groups and all(v >= size for v in read):
                    break
                if proc.poll() is not None:
                    raise RuntimeError("tailwatchd exited")
                time.sleep(0.02)
            wall = time.time() - started
            status = open(f"/proc/{proc.pid}/status").read()
            hwm_kib = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))
            stat = open(f"/proc/{proc.pid}/stat").read().rsplit(")", 1)[1].split()
            tick = os.sysconf("SC_CLK_TCK")
            cpu = (int(stat[11]) + int(stat[12])) / tick
            counts = dict(re.findall(
                r'^tailwatch_filter_matches_total\{filter="([^"]+)"[^}]*\} (\S+)', body, re.M))
            return wall, cpu, hwm_kib, {k: int(float(v)) for k, v in counts.items()}
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def replicate_group(text, groups):
    """The config's one log group and its filters, `groups` times over."""
    m = re.search(r'^log_groups:\n((?:  .*\n|\s*\n)+?)(?=^\S)', text, re.M)
    f = re.search(r'^metric_filters:\n((?:  .*\n|\s*\n)+)', text, re.M)
    name = re.search(r'^  - name: (\S+)', m.group(1), re.M) if m else None
    if not (m and f and name):
        raise SystemExit("daemon_throughput: --groups needs one log group and its metric_filters")
    group, filters, name = m.group(1), f.group(1), name.group(1)
    log_groups, metric_filters = [], []
    for i in range(groups):
        log_groups.append(group.replace(f"- name: {name}\n", f"- name: {name}{i}\n", 1))
        copy = re.sub(r'^  - name: (\S+)', lambda n: f"  - name: {n.group(1)}_g{i}", filters,
                      flags=re.M)
        metric_filters.append(copy.replace(f"log_group: {name}\n", f"log_group: {name}{i}\n"))
    text = text[:m.start(1)] + "".join(log_groups) + text[m.end(1):]
    f = re.search(r'^metric_filters:\n((?:  .*\n|\s*\n)+)', text, re.M)
    return text[:f.start(1)] + "".join(metric_filters) + text[f.end(1):]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--log", required=True, help="the file to tail (read from the beginning)")
    parser.add_argument("--config", default=os.path.join(SOURCE_DIR, "bench/rules/filters20.yaml"))
    parser.add_argument("--build", default=os.path.join(SOURCE_DIR, "build/perf-rel"))
    parser.add_argument("--cpu", default="1",
                        help="CPU to pin the daemon to (taskset -c); 'all': not pinned")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--groups", type=int, default=1,
                        help="log groups tailing the file, each with the config's filters")
    parser.add_argument("--engine-threads", type=int, default=1,
                        help="tailwatchd --engine-threads")
    args = parser.parse_args()
    if not os.path.isfile(args.log):
        parser.error(f"no such file: {args.log}")
    if not os.access(os.path.join(args.build, "daemon", "tailwatchd"), os.X_OK):
        parser.error(f"no daemon/tailwatchd in {args.build}")
    size = os.path.getsize(args.log)
    text = open(args.config).read()
    # The benchmark configs tail ./bench.log: point them at the file.
    config_text, n = re.subn(r'files: \[[^\]]*\]', f'files: [{json.dumps(os.path.abspath(args.log))}]',
                             text)
    if n != 1:
        parser.error(f"{args.config}: expected one `files: [...]` line")
    if args.groups < 1:
        parser.error("--groups must be >= 1")
    if args.groups > 1:
        config_text = replicate_group(config_text, args.groups)
    best = None
    for _ in range(max(args.runs, 1)):
        try:
            result = run_once(args, config_text, size)
        except (RuntimeError, OSError) as e:
            print(f"daemon_throughput: {e}", file=sys.stderr)
            return 1
        if best is None or result[0] < best[0]:
            best = result
    wall, cpu, hwm_kib, counts = best
    size *= args.groups
    print(f"tailwatchd: {size / 1e6:.0f} MB in {wall:.2f} s wall -> {size / 1e6 / wall:.0f} MB/s; "
          f"CPU {cpu:.2f} s -> {size / 1e6 / max(cpu, 1e-3):.0f} MB/s; VmHWM {hwm_kib / 1024:.1f} MiB")
    print(json.dumps({"wall_s": wall, "cpu_s": cpu, "hwm_kib": hwm_kib, "counts": counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
