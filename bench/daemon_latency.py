#!/usr/bin/env python3
"""tailwatchd append-to-/metrics latency and memory benchmark (issue 9).

Goals measured:
  * RSS < 32 MB for tailwatchd with 100 filters and 50 files watched;
  * a line appended to a tailed file is visible on /metrics within 10 ms at
    p99, under a 50,000 lines/s background load.

What it does (python3 stdlib only):
  1. writes a config into a temp dir: one log group `latency` tailing
     logs/*.log (start_at: end) over --files files, 100 metric filters:
     bench/rules/filters100.yaml's (log group renamed by text substitution)
     with its last literal term (term_69) replaced by `latency_probe` (pattern
     "TWPROBE") -- 101 would exceed the 100-filters-per-log-group quota that
     tailwatch enforces like CloudWatch; server.listen on a free 127.0.0.1 port;
  2. starts tailwatchd and waits for /readyz;
  3. measures the cost of one GET /metrics without load (keep-alive connection);
  4. starts a writer process that appends `tailwatch-loggen --mix bench` lines
     round-robin over the files at --rate lines/s, paced in batches every 10 ms;
  5. after --warmup s, sends --probes probes, one every --interval-ms: append
     `... TWPROBE <seq>` to one file (rotating), take time.monotonic() right
     after write() returns, then scrape /metrics back to back on one keep-alive
     connection until tailwatch_filter_matches_total{filter="latency_probe"}
     reaches the probe's count; the latency is the time the answer that shows
     it was fully read (an upper bound; the lower bound, when that request was
     sent, is reported too);
  6. samples VmRSS / VmHWM of the daemon from /proc/PID/status;
  7. prints the percentiles, the achieved load, memory, scrape cost, the
     daemon's CPU use and PASS/FAIL against the goals.

With --catchup-mb N a second log group, `catchup`, reads an N MB file of
`tailwatch-loggen --mix bench --seed 2` lines from its beginning with the 20
filters of bench/rules/filters20.yaml, starting with the background load: the
probes then measure the latency while another group is caught up at full
speed. Probes sent before that group has read its whole file are reported
apart ("during catch-up"), and the goal is judged on them.

Exit status: 0 when the measurement ran (whether or not the goals are met: the
verdict is printed), 1 on a setup or run error, 2 on a usage error.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOAL_P99_MS = 10.0
GOAL_RSS_BYTES = 32 * 1024 * 1024  # "32 MB" read as MiB; the decimal reading is printed too
PROBE_METRIC = "tailwatch_filter_matches_total"
PROBE_FILTER = "latency_probe"
CATCHUP_READ_RE = re.compile(
    r'^tailwatch_read_bytes_total\{[^}]*log_group="catchup"[^}]*\}\s+(\S+)', re.M)
PROBE_RE = re.compile(r'^tailwatch_filter_matches_total\{[^}]*filter="latency_probe"[^}]*\}\s+(\S+)',
                      re.M)


class SetupError(Exception):
    pass


def log(msg):
    print("[%7.2f] %s" % (time.monotonic() - T0, msg), file=sys.stderr, flush=True)


T0 = time.monotonic()


# ---- the background writer (runs as a child process of this script) ---------

def writer_main(args):
    """Appends lines from --lines-file round-robin over the files at --rate
    lines/s until stdin closes, then prints a JSON summary on stdout."""
    with open(args.lines_file, "rb") as f:
        lines = [l + b"\n" for l in f.read().split(b"\n") if l]
    if not lines:
        raise SetupError("no lines in %s" % args.lines_file)
    fds = [os.open(p, os.O_WRONLY | os.O_APPEND) for p in args.paths]
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    tick = args.tick_ms / 1000.0
    per_file = max(1, len(fds))
    written = 0
    bytes_written = 0
    li = 0
    fi = 0
    late_ticks = 0
    start = time.monotonic()
    next_tick = start
    while not stop.is_set():
        now = time.monotonic()
        due = int(args.rate * (now - start)) - written
        if due > 0:
            # Split the batch over the files in order; each file gets whole lines
            # in one write() (O_APPEND: a probe line never lands inside one).
            chunks = [[] for _ in range(per_file)]
            for _ in range(due):
                chunks[fi].append(lines[li])
                li += 1
                if li == len(lines):
                    li = 0
                fi += 1
                if fi == per_file:
                    fi = 0
            for fd, chunk in zip(fds, chunks):
                if chunk:
                    data = b"".join(chunk)
                    os.write(fd, data)
                    bytes_written += len(data)
            written += due
        next_tick += tick
        delay = next_tick - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        else:
            late_ticks += 1
            next_tick = time.monotonic()
    elapsed = time.monotonic() - start
    for fd in fds:
        os.close(fd)
    print(json.dumps({"lines": written, "bytes": bytes_written, "seconds": elapsed,
                      "late_ticks": late_ticks}), flush=True)
    return 0


# ---- helpers ------------------------------------------------------------------

def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, int(-(-p * len(sorted_values) // 100)))  # ceil(p/100 * n)
    return sorted_values[min(rank, len(sorted_values)) - 1]


def proc_status(pid):
    """{'VmRSS': bytes, 'VmHWM': bytes} of pid."""
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(rest.split()[0]) * 1024
    return out


def proc_cpu_seconds(pid):
    """utime + stime of pid, in seconds."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # fields[0] is state (field 3); utime/stime are fields 14/15.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def metric_sum(text, name, **labels):
    """Sum of the samples of `name` whose labels include `labels`."""
    total = 0.0
    found = False
    for line in text.splitlines():
        if not line.startswith(name):
            continue
        rest = line[len(name):]
        if rest[:1] not in ("{", " "):
            continue
        if all('%s="%s"' % (k, v) in rest for k, v in labels.items()):
            total += float(rest.rsplit(None, 1)[1])
            found = True
    return total if found else None


class Scraper:
    """GET /metrics on one keep-alive connection."""

    def __init__(self, port):
        self.port = port
        self.conn = None
        self.last_body = b""

    def get(self, path="/metrics"):
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            try:
                self.conn.request("GET", path)
                r = self.conn.getresponse()
                body = r.read()
                if r.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return r.status, body
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def probe_value(self):
        status, body = self.get()
        if status != 200:
            raise SetupError("/metrics answered %d" % status)
        self.last_body = body
        m = PROBE_RE.search(body.decode("utf-8", "replace"))
        return float(m.group(1)) if m else 0.0

    def close(self):
        if self.conn is not None:
            self.conn.close()


def metric_filters_text(path):
    """The YAML text of the rules file's top-level metric_filters list."""
    with open(path) as f:
        text = f.read()
    marker = "\nmetric_filters:\n"
    if marker not in text:
        raise SetupError("%s has no top-level metric_filters:" % path)
    return text.split(marker, 1)[1]


def catchup_filters(path):
    """filters20.yaml's metric_filters, renamed into log group `catchup`."""
    filters, n = re.subn(r"^(\s+log_group:\s*)bench\s*$", r"\1catchup", metric_filters_text(path),
                         flags=re.M)
    filters = re.sub(r"(?m)^  - name: ", "  - name: catchup_", filters)
    if n != 20:
        raise SetupError("expected 20 filters of log group 'bench' in %s, found %d" % (path, n))
    return filters


def write_config(work, port, files, poll_ms, filters_path, catchup_dir=None):
    """Config text: our log group + filters100.yaml's metric_filters (log group
    renamed) + the probe filter."""
    filters = metric_filters_text(filters_path)
    # CloudWatch (and tailwatch) allow at most 100 metric filters per log group,
    # so the probe takes the place of the last plain literal term (term_69):
    # 99 of the set + the probe, itself a literal term, are the 100 filters.
    blocks = re.split(r"(?m)^(?=  - name: )", filters)
    terms = [i for i, b in enumerate(blocks) if b.startswith("  - name: term_")]
    if not terms:
        raise SetupError("no term_* filter to replace in %s" % filters_path)
    dropped = blocks.pop(terms[-1]).split("\n", 1)[0].split(":", 1)[1].strip()
    filters = "".join(blocks)
    filters, n = re.subn(r"^(\s+log_group:\s*)bench\s*$", r"\1latency", filters, flags=re.M)
    if n != 99:
        raise SetupError("expected 99 filters of log group 'bench' left in %s, found %d" %
                         (filters_path, n))
    group = [
        "  - name: latency",
        '    files: ["%s/*.log"]' % os.path.join(work, "logs"),
        "    start_at: end",
    ]
    if poll_ms is not None:
        group.append("    poll_interval_ms: %d" % poll_ms)
    extra_filters = ""
    if catchup_dir:
        group += [
            "  - name: catchup",
            '    files: ["%s/*.log"]' % catchup_dir,
            "    start_at: beginning",
        ]
        if poll_ms is not None:
            group.append("    poll_interval_ms: %d" % poll_ms)
        extra_filters = catchup_filters(os.path.join(SOURCE_DIR, "bench", "rules",
                                                     "filters20.yaml"))
    config = "\n".join([
        "# Written by bench/daemon_latency.py.",
        "server:",
        '  listen: "127.0.0.1:%d"' % port,
        "state_dir: %s" % os.path.join(work, "state"),
        "log_groups:",
    ] + group + [
        "metric_filters:",
        "  - name: %s" % PROBE_FILTER,
        "    log_group: latency",
        "    pattern: '\"TWPROBE\"'",
        "    metric_transformation: {name: latency_probe, namespace: Bench, value: '1', unit: Count}",
    ]) + "\n" + filters + extra_filters
    path = os.path.join(work, "latency.yaml")
    with open(path, "w") as f:
        f.write(config)
    return path, dropped


def wait_ready(proc, scraper, timeout_s, log_path):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SetupError("tailwatchd exited with %d at start-up:\n%s" %
                             (proc.returncode, tail_file(log_path)))
        try:
            status, _ = scraper.get("/readyz")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise SetupError("tailwatchd not ready after %.0f s:\n%s" % (timeout_s, tail_file(log_path)))


def tail_file(path, n=4000):
    try:
        with open(path, "rb") as f:
            data = f.read()
        return data[-n:].decode("utf-8", "replace")
    except OSError:
        return ""


def mib(b):
    return b / (1024.0 * 1024.0)


# ---- the benchmark ----------------------------------------------------------------

def run(args):
    daemon_bin = os.path.join(args.build, "daemon", "tailwatchd")
    loggen_bin = os.path.join(args.build, "tools", "tailwatch-loggen")
    for b in (daemon_bin, loggen_bin):
        if not os.access(b, os.X_OK):
            raise SetupError("%s not found; build it: cmake --build %s --target tailwatchd "
                             "tailwatch-loggen" % (b, args.build))
    filters_path = os.path.join(SOURCE_DIR, "bench", "rules", "filters100.yaml")
    if args.harness_cpu:
        os.sched_setaffinity(0, {int(c) for c in args.harness_cpu.split(",")})

    work = tempfile.mkdtemp(prefix="tailwatch-latency-")
    log("work dir %s" % work)
    daemon = writer = None
    scraper = None
    try:
        os.makedirs(os.path.join(work, "logs"))
        os.makedirs(os.path.join(work, "state"))
        paths = [os.path.join(work, "logs", "app-%03d.log" % i) for i in range(args.files)]
        for p in paths:
            open(p, "wb").close()
        lines_file = os.path.join(work, "loggen.txt")
        with open(lines_file, "wb") as out:
            subprocess.run([loggen_bin, "--mix", "bench", "--seed", "1", "--lines",
                            str(args.loggen_lines)], stdout=out, stderr=subprocess.DEVNULL,
                           check=True)
        with open(lines_file, "rb") as f:
            if b"TWPROBE" in f.read():
                raise SetupError("generated lines contain TWPROBE")
        catchup_dir = None
        catchup_bytes = 0
        if args.catchup_mb:
            # Written aside, moved into the watched directory when the probes
            # start, so the catch-up overlaps them rather than the start-up.
            catchup_dir = os.path.join(work, "catchup")
            os.makedirs(catchup_dir)
            os.makedirs(os.path.join(work, "staging"))
            backlog = os.path.join(work, "staging", "backlog.log")
            with open(backlog, "wb") as out:
                subprocess.run([loggen_bin, "--mix", "bench", "--seed", "2", "--bytes",
                                "%dM" % args.catchup_mb], stdout=out, stderr=subprocess.DEVNULL,
                               check=True)
            catchup_bytes = os.path.getsize(backlog)
            log("catch-up file %s: %d bytes" % (backlog, catchup_bytes))
        port = free_port()
        config, dropped = write_config(work, port, args.files, args.poll_ms, filters_path,
                                       catchup_dir)
        log("config %s: 99 filters of filters100.yaml (without %s) + %s" %
            (config, dropped, PROBE_FILTER))

        cmd = [daemon_bin, "--config", config, "--log-level", "warning"]
        if args.threads:
            cmd += ["--threads", str(args.threads)]
        if args.engine_threads:
            cmd += ["--engine-threads", str(args.engine_threads)]
        if args.cpu:
            cmd = ["taskset", "-c", args.cpu] + cmd
        log_path = os.path.join(work, "tailwatchd.log")
        with open(log_path, "wb") as logf:
            daemon = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=logf, stderr=logf)
        scraper = Scraper(port)
        wait_ready(daemon, scraper, 30, log_path)
        pid = daemon.pid  # taskset execs the daemon: same pid
        log("tailwatchd pid %d ready on 127.0.0.1:%d" % (pid, port))

        # Wait until every file is open, so probes do not wait for a rescan.
        deadline = time.monotonic() + 10
        while True:
            _, body = scraper.get()
            watched = metric_sum(body.decode(), "tailwatch_files_watched")
            if watched == args.files:
                break
            if time.monotonic() > deadline:
                raise SetupError("tailwatch_files_watched is %s, want %d" % (watched, args.files))
            time.sleep(0.05)
        idle_mem = proc_status(pid)

        # Scrape cost without load.
        times = []
        size = 0
        for _ in range(args.scrape_samples):
            t = time.monotonic()
            _, body = scraper.get()
            times.append(time.monotonic() - t)
            size = len(body)
        times.sort()
        scrape_idle = {"p50_ms": percentile(times, 50) * 1e3, "p90_ms": percentile(times, 90) * 1e3,
                       "max_ms": times[-1] * 1e3, "bytes": size}
        log("idle scrape: p50 %.2f ms, p90 %.2f ms, %d bytes" %
            (scrape_idle["p50_ms"], scrape_idle["p90_ms"], size))
        base_probe = scraper.probe_value()

        # Background load.
        writer_cmd = [sys.executable, os.path.abspath(__file__), "--_writer",
                      "--rate", str(args.rate), "--_lines-file", lines_file,
                      "--_tick-ms", str(args.tick_ms), "--"] + paths
        if args.writer_cpu:
            writer_cmd = ["taskset", "-c", args.writer_cpu] + writer_cmd
        cpu0 = proc_cpu_seconds(pid)
        load_start = time.monotonic()
        writer = subprocess.Popen(writer_cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        load_before = os.getloadavg()
        time.sleep(args.warmup)

        latencies = []          # upper bound: answer read
        lower = []              # lower bound: request of that answer sent
        scrapes_per_probe = []
        scrape_loaded = []
        timeouts = 0
        rss_samples = []
        last_rss = 0.0
        expected = base_probe
        catchup_read = 0.0
        catchup_began = catchup_done = None
        during = []             # latencies of probes sent while `catchup` was behind
        if catchup_dir:
            os.rename(backlog, os.path.join(catchup_dir, "backlog.log"))
        probe_start = time.monotonic()
        seq = 0
        probe_bytes = 0
        while seq < args.probes:
            if args.duration and time.monotonic() - probe_start >= args.duration:
                break
            if writer.poll() is not None:
                raise SetupError("the writer exited with %d" % writer.returncode)
            if daemon.poll() is not None:
                raise SetupError("tailwatchd exited with %d:\n%s" %
                                 (daemon.returncode, tail_file(log_path)))
            target = probe_start + seq * args.interval_ms / 1000.0
            now = time.monotonic()
            if now - last_rss >= 0.1:
                rss_samples.append(proc_status(pid))
                last_rss = now
            if target > now:
                time.sleep(target - now)
            path = paths[seq % len(paths)]
            line = ("%s TWPROBE %d latency probe\n" %
                    (time.strftime("%Y-%m-%dT%H:%M:%S"), seq)).encode()
            fd = os.open(path, os.O_WRONLY | os.O_APPEND)
            try:
                os.write(fd, line)
                t0 = time.monotonic()
            finally:
                os.close(fd)
            probe_bytes += len(line)
            expected += 1
            n = 0
            while True:
                sent = time.monotonic()
                value = scraper.probe_value()
                got = time.monotonic()
                n += 1
                scrape_loaded.append(got - sent)
                if value >= expected:
                    latencies.append(got - t0)
                    lower.append(max(0.0, sent - t0))
                    if catchup_dir and catchup_read < catchup_bytes:
                        during.append(got - t0)
                    break
                if got - t0 > args.probe_timeout:
                    timeouts += 1
                    expected = value  # resynchronise; a late count is not a later probe's
                    break
                if args.scrape_gap_ms:
                    time.sleep(args.scrape_gap_ms / 1000.0)
            scrapes_per_probe.append(n)
            seq += 1
            if catchup_dir and catchup_read < catchup_bytes:
                m = CATCHUP_READ_RE.search(scraper.last_body.decode("utf-8", "replace"))
                catchup_read = float(m.group(1)) if m else 0.0
                if catchup_read > 0 and catchup_began is None:
                    catchup_began = time.monotonic()
                if catchup_read >= catchup_bytes:
                    catchup_done = time.monotonic()
        probe_seconds = time.monotonic() - probe_start

        writer.stdin.close()
        wres = json.loads(writer.stdout.read().decode() or "{}")
        writer.wait()
        writer = None
        load_seconds = time.monotonic() - load_start
        cpu1 = proc_cpu_seconds(pid)
        load_after = os.getloadavg()
        rss_samples.append(proc_status(pid))

        # Did the daemon keep up? Wait for it to read every byte written. (Lines
        # are not comparable: the daemon also ends a record at a lone \r, which
        # the generator's progress bars contain.)
        written_lines = wres.get("lines", 0) + seq
        written_bytes = wres.get("bytes", 0) + probe_bytes
        deadline = time.monotonic() + 30
        read_bytes = read_lines = None
        while time.monotonic() < deadline:
            _, body = scraper.get()
            text = body.decode()
            read_bytes = metric_sum(text, "tailwatch_read_bytes_total", log_group="latency")
            read_lines = metric_sum(text, "tailwatch_read_lines_total", log_group="latency")
            if read_bytes is not None and read_bytes >= written_bytes:
                break
            time.sleep(0.05)
        catch_up = time.monotonic() - load_start - load_seconds
        poll_sum = metric_sum(text, "tailwatch_processing_latency_seconds_sum")
        poll_count = metric_sum(text, "tailwatch_processing_latency_seconds_count")
        end_mem = proc_status(pid)

        lat = sorted(x * 1e3 for x in latencies)
        lat_during = sorted(x * 1e3 for x in during)
        low = sorted(x * 1e3 for x in lower)
        scrape_loaded.sort()
        peak_rss = max(s["VmRSS"] for s in rss_samples + [end_mem])
        hwm = end_mem["VmHWM"]
        result = {
            "build": os.path.abspath(args.build),
            "files": args.files, "filters": 100, "rate_target": args.rate,
            "poll_interval_ms": args.poll_ms if args.poll_ms is not None else "default (250)",
            "threads": args.threads or "default (2)", "cpu": args.cpu or "any",
            "probes": len(lat), "probe_timeouts": timeouts,
            "probe_seconds": probe_seconds,
            "latency_ms": {"p50": percentile(lat, 50), "p90": percentile(lat, 90),
                           "p99": percentile(lat, 99), "max": lat[-1] if lat else float("nan")},
            "latency_lower_bound_ms": {"p50": percentile(low, 50), "p99": percentile(low, 99)},
            "scrapes_per_probe_mean": (sum(scrapes_per_probe) / len(scrapes_per_probe)
                                       if scrapes_per_probe else 0),
            "scrape_idle_ms": scrape_idle,
            "scrape_loaded_ms": {"p50": percentile(scrape_loaded, 50) * 1e3,
                                 "p99": percentile(scrape_loaded, 99) * 1e3},
            "background": {"lines": wres.get("lines"), "seconds": wres.get("seconds"),
                           "lines_per_s": wres["lines"] / wres["seconds"] if wres.get("seconds")
                           else 0, "mb_per_s": wres.get("bytes", 0) / 1e6 / wres["seconds"]
                           if wres.get("seconds") else 0, "late_ticks": wres.get("late_ticks")},
            "daemon_read_lines": read_lines, "written_lines": written_lines,
            "daemon_read_bytes": read_bytes, "written_bytes": written_bytes,
            "daemon_catch_up_s": catch_up,
            "daemon_cpu_percent": 100.0 * (cpu1 - cpu0) / load_seconds,
            "daemon_polls": poll_count,
            "daemon_mean_poll_ms": 1e3 * poll_sum / poll_count if poll_count else None,
            "rss_mib": {"idle": mib(idle_mem["VmRSS"]), "peak_sampled": mib(peak_rss),
                        "end": mib(end_mem["VmRSS"]), "hwm": mib(hwm)},
            "loadavg_before": load_before, "loadavg_after": load_after,
        }
        if catchup_dir:
            seconds = (catchup_done - catchup_began
                       if catchup_done is not None and catchup_began is not None else None)
            result["catchup"] = {
                "bytes": catchup_bytes, "read_bytes": catchup_read,
                "finished_during_probes": catchup_done is not None,
                "seconds": seconds,
                "mb_per_s": catchup_bytes / 1e6 / seconds if seconds else None,
                "probes": len(lat_during),
                "latency_ms": {"p50": percentile(lat_during, 50),
                               "p99": percentile(lat_during, 99),
                               "max": lat_during[-1] if lat_during else float("nan")},
            }
        judged = result["catchup"]["latency_ms"] if catchup_dir else result["latency_ms"]
        result["pass_latency"] = bool(lat) and timeouts == 0 and judged["p99"] <= GOAL_P99_MS
        if catchup_dir and len(lat_during) < 100:
            result["pass_latency"] = False  # too few probes overlapped it to judge a p99
        result["pass_rss"] = hwm < GOAL_RSS_BYTES
        report(result)
        if args.json:
            with open(args.json, "w") as f:
                json.dump(result, f, indent=1)
        return 0
    finally:
        if scraper:
            scraper.close()
        if writer is not None and writer.poll() is None:
            writer.kill()
            writer.wait()
        if daemon is not None and daemon.poll() is None:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(timeout=10)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()
        if args.keep:
            log("kept %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)


def report(r):
    lat = r["latency_ms"]
    bg = r["background"]
    rss = r["rss_mib"]
    si = r["scrape_idle_ms"]
    print("tailwatchd latency + memory (%d files, %d filters, poll_interval_ms %s, threads %s, "
          "cpu %s)" % (r["files"], r["filters"], r["poll_interval_ms"], r["threads"], r["cpu"]))
    print("load average before %.2f, after %.2f (1 min)" %
          (r["loadavg_before"][0], r["loadavg_after"][0]))
    print("background  %.0f lines/s achieved (target %d), %.1f MB/s, %d late ticks" %
          (bg["lines_per_s"], r["rate_target"], bg["mb_per_s"], bg["late_ticks"] or 0))
    print("daemon      read %s of %d bytes written (%s records from %d lines; caught up "
          "%.2f s after the load), CPU %.0f%%, %s polls, mean poll %.2f ms" %
          ("%.0f" % r["daemon_read_bytes"] if r["daemon_read_bytes"] is not None else "?",
           r["written_bytes"],
           "%.0f" % r["daemon_read_lines"] if r["daemon_read_lines"] is not None else "?",
           r["written_lines"], r["daemon_catch_up_s"], r["daemon_cpu_percent"],
           "%.0f" % r["daemon_polls"] if r["daemon_polls"] else "?",
           r["daemon_mean_poll_ms"] or float("nan")))
    print("scrape      idle p50 %.2f ms p90 %.2f ms max %.2f ms (%d bytes); under load p50 %.2f ms "
          "p99 %.2f ms; %.1f scrapes per probe" %
          (si["p50_ms"], si["p90_ms"], si["max_ms"], si["bytes"], r["scrape_loaded_ms"]["p50"],
           r["scrape_loaded_ms"]["p99"], r["scrapes_per_probe_mean"]))
    print("latency     %d probes, %d timeouts: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f ms "
          "(lower bound p50 %.2f p99 %.2f ms)" %
          (r["probes"], r["probe_timeouts"], lat["p50"], lat["p90"], lat["p99"], lat["max"],
           r["latency_lower_bound_ms"]["p50"], r["latency_lower_bound_ms"]["p99"]))
    if "catchup" in r:
        c = r["catchup"]
        print("catch-up    group 'catchup' read %.0f of %d bytes%s; %d probes during it: p50 %.2f  "
              "p99 %.2f  max %.2f ms" %
              (c["read_bytes"], c["bytes"],
               " in %.2f s (%.0f MB/s)" % (c["seconds"], c["mb_per_s"]) if c["seconds"]
               else " (not finished while probing: larger --probes or smaller --catchup-mb)",
               c["probes"], c["latency_ms"]["p50"], c["latency_ms"]["p99"],
               c["latency_ms"]["max"]))
    print("memory      VmRSS idle %.1f MiB, peak sampled %.1f MiB, end %.1f MiB; VmHWM %.1f MiB "
          "(%.1f MB)" % (rss["idle"], rss["peak_sampled"], rss["end"], rss["hwm"],
                         rss["hwm"] * 1.048576))
    print("goal p99 <= %.0f ms%s: %s" % (GOAL_P99_MS, " (probes during catch-up, at least 100)"
                                         if "catchup" in r else "",
                                         "PASS" if r["pass_latency"] else "FAIL"))
    print("goal RSS < 32 MiB (VmHWM): %s" % ("PASS" if r["pass_rss"] else "FAIL"))
    if not (r["pass_latency"] and r["pass_rss"]):
        print("(the measurement itself succeeded; a goal is not met)")


def main(argv):
    p = argparse.ArgumentParser(
        description="tailwatchd append-to-/metrics latency and RSS benchmark (issue 9): "
                    "100 metric filters (99 of bench/rules/filters100.yaml + a probe), N files "
                    "under a steady background load. Exit 0 when the measurement ran, "
                    "whether or not the goals are met; 1 on a setup error.")
    p.add_argument("--build", default=os.path.join(SOURCE_DIR, "build", "perf-rel"),
                   help="build dir with daemon/tailwatchd and tools/tailwatch-loggen "
                        "(default: %(default)s)")
    p.add_argument("--probes", type=int, default=500, help="number of probes (default 500)")
    p.add_argument("--interval-ms", type=float, default=20, help="probe spacing (default 20)")
    p.add_argument("--rate", type=int, default=50000,
                   help="background lines/s over all files (default 50000; 0: no load)")
    p.add_argument("--files", type=int, default=50, help="files watched (default 50)")
    p.add_argument("--duration", type=float, default=0,
                   help="stop probing after this many seconds even if fewer than --probes "
                        "were sent (default: no limit)")
    p.add_argument("--warmup", type=float, default=2.0,
                   help="seconds of background load before the first probe (default 2)")
    p.add_argument("--poll-ms", type=int, default=None,
                   help="set poll_interval_ms of the log group (default: unset, i.e. 250)")
    p.add_argument("--threads", type=int, default=0, help="tailwatchd --threads (default: its own)")
    p.add_argument("--engine-threads", type=int, default=0,
                   help="tailwatchd --engine-threads (default: its own)")
    p.add_argument("--cpu", default="", help="taskset -c LIST for tailwatchd (e.g. 1)")
    p.add_argument("--writer-cpu", default="", help="taskset -c LIST for the load writer")
    p.add_argument("--harness-cpu", default="", help="CPU list for this script's probe loop")
    p.add_argument("--scrape-gap-ms", type=float, default=0,
                   help="sleep between scrapes while waiting for a probe (default 0: back to back)")
    p.add_argument("--probe-timeout", type=float, default=5.0,
                   help="seconds before a probe counts as lost (default 5)")
    p.add_argument("--scrape-samples", type=int, default=200,
                   help="scrapes timed without load (default 200)")
    p.add_argument("--loggen-lines", type=int, default=100000,
                   help="lines generated once and cycled by the writer (default 100000)")
    p.add_argument("--tick-ms", type=float, default=10, help="writer batch period (default 10)")
    p.add_argument("--catchup-mb", type=int, default=0,
                   help="a second log group reads an N MB backlog from its beginning while the "
                        "probes run (default 0: none)")
    p.add_argument("--json", default="", help="also write the result as JSON to this file")
    p.add_argument("--keep", action="store_true", help="keep the temp dir (config, logs, daemon log)")
    # Internal: the writer child.
    p.add_argument("--_writer", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--_lines-file", dest="lines_file", help=argparse.SUPPRESS)
    p.add_argument("--_tick-ms", dest="writer_tick_ms", type=float, help=argparse.SUPPRESS)
    p.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args._writer:
        args.tick_ms = args.writer_tick_ms or 10
        return writer_main(args)
    if args.paths:
        p.error("unexpected arguments: %s" % " ".join(args.paths))
    if args.files < 1 or args.probes < 1 or args.rate < 0:
        p.error("--files and --probes must be >= 1, --rate >= 0")
    try:
        return run(args)
    except (SetupError, subprocess.CalledProcessError, OSError) as e:
        print("daemon_latency: error: %s" % e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
