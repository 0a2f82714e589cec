#!/usr/bin/env bash
# A band alarm on the real tailwatchd: a training log whose step time drifts
# slowly (with noise) and then jumps. The daemon starts on 50 periods of
# history (10-s periods), so the model learns them at once; live periods
# that keep drifting leave the alarm OK (never ALARM); kill -9 and a restart
# keep the model (the band gauges right after the restart equal those
# before); then a jump of +300 ms puts the alarm in ALARM, with CloudWatch's
# band wording. Drift (0.3 ms a period against ±20 ms of noise) is slow and
# the jump large, so this holds for any sensible band model.
#
# Usage: daemon_band_alarm.sh BUILD_DIR SOURCE_DIR
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import json, os, random, sys, tempfile, time
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
PERIOD_MS = 10_000
HISTORY = 50
rng = random.Random(17)

work = tempfile.mkdtemp(prefix="tw-band-")
logdir = os.path.join(work, "logs")
os.mkdir(logdir)
cfg = twd.render_config(source_dir, "band_alarm.yaml", os.path.join(work, "tailwatch.yaml"),
                        LOGDIR=logdir)
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))
train = os.path.join(logdir, "train.log")
LABELS = dict(namespace="ITest", metric="StepTime", statistic="Average", period="10")


def step_ms(period_index, jump=0.0):
    """Slow drift plus bounded noise; `jump` added on top."""
    return 500.0 + 0.3 * period_index + rng.uniform(-20, 20) + jump


def write_period(f, start_ms, index, jump=0.0):
    # Three steps early in the period, so every line is read before the
    # period closes.
    for offset in (1000, 2000, 3000):
        f.write(json.dumps({"time": start_ms + offset, "step_ms": step_ms(index, jump)}) + "\n")
    f.flush()


def alarm():
    status, body = twd.http_get(daemon.url("/api/v1/alarms"))
    if status != 200:
        raise TestFailure("GET /api/v1/alarms: %d" % status)
    doc = json.loads(body)
    return next(a for a in doc["alarms"] if a["name"] == "stepTimeAnomaly"), doc["transitions"]


def bands():
    m = daemon.scrape()
    out = {}
    for name in ("tailwatch_anomaly_band_lower", "tailwatch_anomaly_band_upper"):
        series = m.series(name, width="3.0", **LABELS)
        if len(series) != 1:
            return None
        out[name] = series[0][1]
    return out


def wait_for_period_start(min_offset_ms=0):
    """Sleeps until the next period boundary (+ min_offset_ms); returns its start."""
    now = int(time.time() * 1000)
    start = (now // PERIOD_MS + 1) * PERIOD_MS
    time.sleep((start + min_offset_ms - now) / 1000.0)
    return start


def body():
    now = int(time.time() * 1000)
    first = (now // PERIOD_MS - HISTORY) * PERIOD_MS
    with open(train, "w") as f:
        for i in range(HISTORY):
            write_period(f, first + i * PERIOD_MS, i)
    index = HISTORY
    daemon.start()

    # Live drift: three periods written as they happen; the alarm judges them
    # against the band learned from the history and stays OK.
    with open(train, "a") as f:
        for _ in range(3):
            start = wait_for_period_start(200)
            write_period(f, start, index)
            index += 1
    twd.wait_until(lambda: alarm()[0]["state"] == "OK", 40, "the alarm to be OK on the drift")
    status, transitions = alarm()
    if any(t["alarm"] == "stepTimeAnomaly" and t["to"] == "ALARM" for t in transitions):
        raise TestFailure("ALARM on a slow drift: %r" % transitions)
    judged = [d for d in status["recent_datapoints"] if d["value"] is not None]
    if not judged or any(d["band_lower"] is None or not d["band_lower"] <= d["value"] <= d["band_upper"]
                         for d in judged):
        raise TestFailure("datapoints outside their bands on the drift: %r" % status)
    log("drift: OK, recent", judged)

    # kill -9 after a checkpoint: the band after the restart is the band before.
    twd.wait_until(bands, 20, "band gauges")
    time.sleep(12)  # a period boundary passes: the last live period is learned
    before = bands()
    time.sleep(1.0)  # checkpoints every 200 ms
    daemon.kill()
    daemon.start()
    after = twd.wait_until(bands, 20, "band gauges after the restart")
    if after != before:
        raise TestFailure("the band changed across kill -9: %r -> %r" % (before, after))
    log("restart kept the band", before)

    # The jump: two periods 300 ms slower put the alarm in ALARM.
    with open(train, "a") as f:
        for _ in range(3):
            start = wait_for_period_start(200)
            write_period(f, start, index, jump=300.0)
            index += 1
            if alarm()[0]["state"] == "ALARM":
                break
    twd.wait_until(lambda: alarm()[0]["state"] == "ALARM", 30, "the alarm to be ALARM on the jump")
    status, _ = alarm()
    if "were greater than the upper thresholds [" not in status["reason"] or \
            not status["reason"].startswith("Thresholds Crossed: 2 out of the last 2 datapoints"):
        raise TestFailure("reason not worded as CloudWatch words band alarms: %r" % status["reason"])
    log("jump: ALARM:", status["reason"])


    daemon.stop()
    log("PASS")


twd.run_and_exit(body, work, [daemon])
PY
