#!/usr/bin/env python3
"""tailwatchd tailing one file from the beginning: how fast until /metrics shows it all.

  bench/daemon_throughput.py --log FILE [--config bench/rules/filters20.yaml]
                             [--build build/perf-rel] [--cpu 1] [--runs 1]

Starts tailwatchd pinned to one CPU (taskset; --cpu all: every CPU) with the config's log group
pointed at FILE (start_at: beginning), waits until it listens, then polls
/metrics every 20 ms until tailwatch_read_bytes_total shows the whole file.
Prints wall time and MB/s (10^6 bytes per second, from "listening" to "all
read"), the daemon's CPU time, its VmHWM, and each filter's match count (one
JSON object on the last line, for bench/run.sh to compare with replay's
counts). With --runs N the best wall time counts. Exit 0 on success, 1 on a
run error, 2 on a usage error.
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
               os.path.join(work, "state"), "--threads", "1"]
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
                m = group.search(body)
                if m and float(m.group(1)) >= size:
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--log", required=True, help="the file to tail (read from the beginning)")
    parser.add_argument("--config", default=os.path.join(SOURCE_DIR, "bench/rules/filters20.yaml"))
    parser.add_argument("--build", default=os.path.join(SOURCE_DIR, "build/perf-rel"))
    parser.add_argument("--cpu", default="1",
                        help="CPU to pin the daemon to (taskset -c); 'all': not pinned")
    parser.add_argument("--runs", type=int, default=1)
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
    print(f"tailwatchd: {size / 1e6:.0f} MB in {wall:.2f} s wall -> {size / 1e6 / wall:.0f} MB/s; "
          f"CPU {cpu:.2f} s -> {size / 1e6 / max(cpu, 1e-3):.0f} MB/s; VmHWM {hwm_kib / 1024:.1f} MiB")
    print(json.dumps({"wall_s": wall, "cpu_s": cpu, "hwm_kib": hwm_kib, "counts": counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
