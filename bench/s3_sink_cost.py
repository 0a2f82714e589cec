#!/usr/bin/env python3
"""What shipping to S3 costs tailwatchd, against a real S3 emulator (s3rver).

  bench/s3_sink_cost.py --build build/release --s3rver PATH/node_modules/.bin/s3rver
                        [--rate 50000] [--seconds 20] [--catchup-mb 200] [--levels 1,6]

Steady state: a writer appends lines of the training-run corpus to one file at
--rate lines/s for --seconds; tailwatchd tails it (20 metric filters) once
without a sink and once with one (max_batch_bytes 8 MiB, max_batch_seconds
10), and the daemon's CPU time (utime + stime of /proc/PID/stat) over the
writing window is reported as % of one core. The difference is the sink's
cost. s3rver's own CPU is not counted.

Catch-up: a --catchup-mb file is written first; a daemon with only the sink
(no filters) starts and ships it; the time from start to the last batch
uploaded (state file: no pending batch, cursor at the end) gives MB/s per
zlib level.

Prints one line per measurement and a JSON summary on the last line.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def corpus_lines():
    root = os.path.join(SOURCE_DIR, "..", "shared", "corpora", "training-runs")
    lines = []
    for dirpath, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if name.endswith((".txt", ".log", ".out")):
                with open(os.path.join(dirpath, name), "rb") as f:
                    lines.extend(l.rstrip(b"\r\n") + b"\n" for l in f if l.strip())
    return lines


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_daemon(build, config, state):
    proc = subprocess.Popen([os.path.join(build, "daemon", "tailwatchd"), "--config", config,
                             "--listen", "127.0.0.1:0", "--state-dir", state],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while True:
        line = proc.stderr.readline()
        if re.search(r"listening on 127\.0\.0\.1:(\d+)", line or ""):
            return proc
        if (not line and proc.poll() is not None) or time.time() > deadline:
            raise RuntimeError("tailwatchd did not start")


def filters_yaml(group):
    with open(os.path.join(SOURCE_DIR, "bench", "rules", "filters20.yaml")) as f:
        text = f.read()
    return text


def sink_yaml(groups, endpoint, level, max_seconds):
    return """sinks:
  - name: bench
    type: s3
    log_groups: [%s]
    bucket: bench
    prefix: b
    endpoint: "%s"
    max_batch_bytes: 8388608
    max_batch_seconds: %d
    compression_level: %d
""" % (", ".join(groups), endpoint, max_seconds, level)


def config_text(log, with_filters, sink):
    text = ""
    if with_filters:
        base = filters_yaml("bench")
        # filters20.yaml names its own group and a placeholder file list.
        text = re.sub(r"files: \[[^\]]*\]", 'files: ["%s"]' % log, base)
        group = re.search(r"- name: (\S+)", base).group(1)
    else:
        group = "bench"
        text = 'log_groups:\n  - name: bench\n    files: ["%s"]\n    start_at: beginning\n' % log
    return text + (sink(group) if sink else ""), group


def steady(args, lines, endpoint, with_sink):
    work = tempfile.mkdtemp(prefix="tw-s3cost-")
    try:
        log = os.path.join(work, "app.log")
        open(log, "wb").close()
        text, _ = config_text(log, True, (lambda g: sink_yaml([g], endpoint, args.levels[0], 10))
                              if with_sink else None)
        cfg = os.path.join(work, "c.yaml")
        with open(cfg, "w") as f:
            f.write(text)
        proc = start_daemon(args.build, cfg, os.path.join(work, "state"))
        try:
            time.sleep(1)
            fd = os.open(log, os.O_WRONLY | os.O_APPEND)
            per_tick = args.rate // 100
            i = 0
            cpu0 = cpu_seconds(proc.pid)
            t0 = time.monotonic()
            next_tick = t0
            written = 0
            while time.monotonic() - t0 < args.seconds:
                chunk = b"".join(lines[(i + k) % len(lines)] for k in range(per_tick))
                i += per_tick
                os.write(fd, chunk)
                written += per_tick
                next_tick += 0.01
                delay = next_tick - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            elapsed = time.monotonic() - t0
            cpu = cpu_seconds(proc.pid) - cpu0
            os.close(fd)
            return {"sink": with_sink, "lines_per_s": written / elapsed,
                    "cpu_pct_of_core": 100.0 * cpu / elapsed}
        finally:
            proc.terminate()
            proc.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def catchup(args, lines, endpoint, level):
    work = tempfile.mkdtemp(prefix="tw-s3catch-")
    try:
        log = os.path.join(work, "big.log")
        target = args.catchup_mb * 1000 * 1000
        with open(log, "wb") as f:
            size, i = 0, 0
            while size < target:
                block = b"".join(lines[(i + k) % len(lines)] for k in range(10000))
                i += 10000
                f.write(block)
                size += len(block)
        text, group = config_text(log, False, lambda g: sink_yaml([g], endpoint, level, 1))
        cfg = os.path.join(work, "c.yaml")
        with open(cfg, "w") as f:
            f.write(text)
        state = os.path.join(work, "state")
        t0 = time.monotonic()
        proc = start_daemon(args.build, cfg, state)
        try:
            state_file = os.path.join(state, "sinks", "bench", "state")
            while True:
                try:
                    with open(state_file) as f:
                        s = f.read()
                    cut = [int(l.split()[6]) for l in s.splitlines() if l.startswith("file ")]
                    if "\npending " not in s and cut and cut[0] == size:
                        break
                except (OSError, IndexError, ValueError):
                    pass
                if proc.poll() is not None:
                    raise RuntimeError("tailwatchd exited")
                time.sleep(0.05)
            elapsed = time.monotonic() - t0
            cpu = cpu_seconds(proc.pid)
            return {"codec": "gzip", "level": level, "mb": size / 1e6,
                    "mb_per_s": size / 1e6 / elapsed, "cpu_s": cpu, "wall_s": elapsed}
        finally:
            proc.terminate()
            proc.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--build", default=os.path.join(SOURCE_DIR, "build", "release"))
    p.add_argument("--s3rver", required=True)
    p.add_argument("--rate", type=int, default=50000)
    p.add_argument("--seconds", type=int, default=20)
    p.add_argument("--catchup-mb", type=int, default=200)
    p.add_argument("--levels", default="1,6")
    args = p.parse_args()
    args.levels = [int(x) for x in args.levels.split(",")]
    lines = corpus_lines()
    s3dir = tempfile.mkdtemp(prefix="tw-s3rver-")
    port = free_port()
    endpoint = "http://127.0.0.1:%d" % port
    env = dict(os.environ, AWS_ACCESS_KEY_ID="S3RVER", AWS_SECRET_ACCESS_KEY="S3RVER")
    s3 = subprocess.Popen([args.s3rver, "-d", s3dir, "-a", "127.0.0.1", "-p", str(port), "-s",
                           "--configure-bucket", "bench"], stdout=subprocess.DEVNULL)
    os.environ.update(AWS_ACCESS_KEY_ID="S3RVER", AWS_SECRET_ACCESS_KEY="S3RVER")
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(endpoint + "/bench", timeout=1)
                break
            except Exception:  # noqa: BLE001
                time.sleep(0.1)
        results = {"steady": [], "catchup": []}
        for with_sink in (False, True):
            r = steady(args, lines, endpoint, with_sink)
            print("steady %s: %.0f lines/s, tailwatchd %.1f%% of a core" %
                  ("with sink   " if with_sink else "without sink", r["lines_per_s"],
                   r["cpu_pct_of_core"]), flush=True)
            results["steady"].append(r)
        results["sink_cost_pct_of_core"] = (results["steady"][1]["cpu_pct_of_core"] -
                                            results["steady"][0]["cpu_pct_of_core"])
        print("sink cost: %.1f%% of a core" % results["sink_cost_pct_of_core"], flush=True)
        for level in args.levels:
            r = catchup(args, lines, endpoint, level)
            print("catch-up gzip level %d: %.0f MB in %.1f s = %.1f MB/s (daemon CPU %.1f s)" %
                  (level, r["mb"], r["wall_s"], r["mb_per_s"], r["cpu_s"]), flush=True)
            results["catchup"].append(r)
        print(json.dumps(results))
    finally:
        s3.terminate()
        s3.wait()
        shutil.rmtree(s3dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
