#!/usr/bin/env bash
# Sustained load against the real tailwatchd: appends at TW_RATE lines/s
# (default 200,000) for TW_SECONDS s (default 60) to one file, paced every
# 10 ms, and samples the daemon's VmRSS every 2 s. Prints the achieved write
# rate, the RSS series and the daemon's read progress. Fails when
#  - the writer achieved less than 90% of the rate (the test did not test it),
#  - memory grew: max RSS of the last third > max RSS of the first third + 20 MiB,
#  - the daemon did not count every line exactly once in the end.
# Usage: daemon_sustained.sh BUILD_DIR SOURCE_DIR
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import os, random, shutil, sys, tempfile, time
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
rate = int(os.environ.get("TW_RATE", "200000"))
seconds = float(os.environ.get("TW_SECONDS", "60"))
catch_up_s = float(os.environ.get("TW_CATCH_UP_S", "90"))
GROWTH_LIMIT_KB = 20 * 1024
BLOCK_LINES = 1000

work = tempfile.mkdtemp(prefix="tw-sustained-")
logdir = os.path.join(work, "logs")
os.mkdir(logdir)
cfg = twd.render_config(source_dir, "tail.yaml", os.path.join(work, "tailwatch.yaml"),
                        LOGDIR=logdir)
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))


def body():
    daemon.start()
    # One block of varied lines, written again and again: generating 200k
    # lines/s in Python would measure Python, not the daemon.
    block_maker = twd.LineMaker(random.Random(9), error_ratio=0.1)
    block = block_maker.make(BLOCK_LINES)
    log("block: %d lines, %d bytes, %d ERROR" % (BLOCK_LINES, len(block), block_maker.errors))
    fd = os.open(os.path.join(logdir, "app.log"), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    blocks = 0
    samples = []  # (t, rss_kb, lines written, lines read)
    start = time.monotonic()
    next_sample = start
    try:
        while True:
            now = time.monotonic()
            elapsed = now - start
            if elapsed >= seconds:
                break
            due = int(rate * elapsed) // BLOCK_LINES - blocks
            if due > 0:
                os.write(fd, block * due)
                blocks += due
            if now >= next_sample:
                if not daemon.running():
                    raise TestFailure("tailwatchd died:\n" + daemon.log_tail())
                read = daemon.value("tailwatch_read_lines_total", log_group="app")
                samples.append((elapsed, daemon.rss_kb(), blocks * BLOCK_LINES, read))
                next_sample += 2.0
            time.sleep(0.01)
    finally:
        os.close(fd)
    wall = time.monotonic() - start
    lines = blocks * BLOCK_LINES
    achieved = lines / wall
    log("wrote %d lines (%d bytes) in %.1f s: %.0f lines/s (target %d)" %
        (lines, blocks * len(block), wall, achieved, rate))
    log("   t/s    RSS/MiB  written      read        lag")
    for t, rss, w, r in samples:
        log("%6.1f %9.1f %9d %9d %10d" % (t, rss / 1024, w, r, w - r))
    third = max(1, len(samples) // 3)
    first = max(s[1] for s in samples[:third])
    last = max(s[1] for s in samples[-third:])
    log("max RSS first third %.1f MiB, last third %.1f MiB (growth %+.1f MiB, limit %d MiB)" %
        (first / 1024, last / 1024, (last - first) / 1024, GROWTH_LIMIT_KB // 1024))
    failures = []
    if achieved < 0.9 * rate:
        failures.append("writer reached only %.0f lines/s of %d" % (achieved, rate))
    if last > first + GROWTH_LIMIT_KB:
        failures.append("RSS grew by %.1f MiB (limit %d MiB)" %
                        ((last - first) / 1024, GROWTH_LIMIT_KB // 1024))
    t0 = time.monotonic()
    maker = twd.LineMaker(random.Random(0))  # just the expected totals
    maker.lines = lines
    maker.errors = block_maker.errors * blocks
    maker.ms_sum = block_maker.ms_sum * blocks
    try:
        twd.check_counts(daemon, maker, timeout_s=catch_up_s)
        span = samples[-1][0] - samples[0][0] if len(samples) > 1 else 1.0
        log("all %d lines counted %.1f s after the writer stopped (daemon read %.0f lines/s "
            "while the writer ran)" % (lines, time.monotonic() - t0,
                                        (samples[-1][3] - samples[0][3]) / span))
    except TestFailure as e:
        failures.append(str(e))
    log("RSS after catch-up: %.1f MiB" % (daemon.rss_kb() / 1024))
    rc = daemon.stop()
    if rc != 0:
        failures.append("tailwatchd exited %s after SIGTERM" % rc)
    if failures:
        raise TestFailure("; ".join(failures))
    log("PASS")


rc = 1
try:
    rc = twd.main_guard(body)
finally:
    daemon.kill()
    if rc != 0:
        log("daemon log tail:\n" + daemon.log_tail(40))
    (shutil.rmtree(work, ignore_errors=True) if not os.environ.get("TW_KEEP") else log("kept", work))
sys.exit(rc)
PY
