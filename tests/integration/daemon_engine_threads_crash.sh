#!/usr/bin/env bash
# tailwatchd --engine-threads 3 killed with SIGKILL at random moments while
# three log groups are read from their beginning at once (each group's
# filters run on its own thread), then restarted from its checkpoint, until
# every line is read. /metrics must then show exactly what the files hold:
# every line read once, every ERROR line counted once per group, each
# group's value sum exact. Checkpoints are taken only when no group's batch
# is in flight, so a restart neither repeats nor skips a line.
#
# Usage: daemon_engine_threads_crash.sh BUILD_DIR SOURCE_DIR   (TW_SEED=N to replay)
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import os, random, sys, tempfile, time
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
seed = int(os.environ.get("TW_SEED", str(int(time.time()) % 100000)))
rng = random.Random(seed)
log("seed", seed, "(rerun with TW_SEED=%d)" % seed)

GROUPS = 3
LINES = 1000000  # per group: long enough that kills land mid-read
KILLS = 12
work = tempfile.mkdtemp(prefix="tw-engine-threads-crash-")
expected = []
for g in range(GROUPS):
    errors = total = 0
    with open(os.path.join(work, "g%d.log" % g), "w") as f:
        for i in range(LINES):
            if rng.random() < 0.2:
                value = rng.randint(1, 999)
                errors += 1
                total += value
                f.write("ts=%d ERROR step %d took %d ms on rank %d\n" % (i, i, value, i % 8))
            else:
                f.write("ts=%d INFO step %d loss %.4f tokens %d\n" % (i, i, rng.random(), i * 7))
    expected.append((errors, total))

config = ["checkpoint_interval_ms: 100", "log_groups:"]
for g in range(GROUPS):
    config += ["  - name: g%d" % g, '    files: ["%s"]' % os.path.join(work, "g%d.log" % g),
               "    start_at: beginning", "    poll_interval_ms: 20"]
config.append("metric_filters:")
for g in range(GROUPS):
    config += ["  - name: errors%d" % g, "    log_group: g%d" % g,
               "    pattern: '[ts, level=ERROR, word, step, took, ms, unit, on, rank_word, rank]'",
               "    metric_transformation: {name: ErrorMillis%d, namespace: T, value: $ms}" % g]
cfg = os.path.join(work, "tailwatch.yaml")
twd.write_config(cfg, "\n".join(config) + "\n")
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"),
                    os.path.join(work, "daemon.log"), extra_args=["--engine-threads", "3"])


def read_lines():
    m = daemon.scrape()
    return [m.value("tailwatch_read_lines_total", log_group="g%d" % g) for g in range(GROUPS)]


def body():
    kills = 0
    daemon.start()
    # Kills at random moments, at most KILLS of them; then the last run reads
    # to the end.
    while kills < KILLS:
        time.sleep(rng.uniform(0.0, 0.1))
        done = read_lines()
        if all(n >= LINES for n in done):
            break
        daemon.kill()
        kills += 1
        daemon.start()
    for g in range(GROUPS):
        daemon.wait_metric("tailwatch_read_lines_total", LINES, timeout_s=60, log_group="g%d" % g)
    log("all read after", kills, "kills:", read_lines())
    if kills < 3:
        raise TestFailure("only %d kills landed before the files were read" % kills)
    m = daemon.scrape()
    for g in range(GROUPS):
        errors, total = expected[g]
        got = (m.value("tailwatch_read_lines_total", log_group="g%d" % g),
               m.value("tailwatch_filter_matches_total", filter="errors%d" % g, log_group="g%d" % g),
               m.value("tailwatch_metric_value_total", namespace="T", metric="ErrorMillis%d" % g))
        if got != (LINES, errors, total):
            raise TestFailure("group g%d: lines, matches, sum %s, expected %s" %
                              (g, got, (LINES, errors, total)))
        log("g%d: %d lines, %d errors, sum %d: exact" % (g, LINES, errors, total))


twd.run_and_exit(body, work, daemons=[daemon], note="seed %d; " % seed)
PY
