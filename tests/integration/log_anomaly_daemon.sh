#!/usr/bin/env bash
# A running tailwatchd learns a log with a log-anomaly detector; after its
# learning period a line with a failure wording never seen before appears,
# and both GET /api/v1/anomalies and the detector's webhook show the
# new_pattern anomaly within a second of the line. Lines of the learned
# templates with new values raise nothing. After a reload (detector
# unchanged) and after a restart (checkpoint) the anomaly and the learned
# patterns are still there.
# Usage: log_anomaly_daemon.sh BUILD_DIR SOURCE_DIR
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import json, os, random, shutil, sys, tempfile, time
sys.path.insert(0, os.path.join(sys.argv[2], "tests", "integration", "lib"))
import twd, notify_peers
from twd import log, TestFailure

build_dir = sys.argv[1]
work = tempfile.mkdtemp(prefix="tw-log-anomaly-")
app_log = os.path.join(work, "app.log")
cfg = os.path.join(work, "tailwatch.yaml")
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))
FAILURE = "CUDA error: an illegal memory access was encountered on device 3"
rng = random.Random(7)


def normal_line():
    return rng.choice([
        "step %d loss %.4f lr %.6f" % (rng.randrange(100000), rng.random(), rng.random() / 100),
        "worker %d finished batch %d in %d ms" % (rng.randrange(64), rng.randrange(10**6),
                                                  rng.randrange(1000)),
        "loaded shard /data/train-%05d.bin (%d bytes)" % (rng.randrange(99999),
                                                         rng.randrange(10**9)),
        "checkpoint saved to /ckpt/step-%d.pt" % rng.randrange(10**6),
    ])


def append(lines):
    with open(app_log, "a") as f:
        f.write("".join(l + "\n" for l in lines))


def anomalies():
    status, body = twd.http_get(daemon.url("/api/v1/anomalies"))
    if status != 200:
        raise TestFailure("/api/v1/anomalies answered %d: %s" % (status, body[:200]))
    return json.loads(body)["anomalies"]


def body():
    hook_port = twd.free_port()
    receiver = notify_peers.Recorder(hook_port).start()
    open(app_log, "w").close()
    twd.write_config(cfg, """
log_groups:
  - name: app
    files: [%s]
    start_at: beginning
targets:
  - {name: hook, type: webhook, url: "http://127.0.0.1:%d/hook", initial_backoff_ms: 100}
log_anomaly_detectors:
  - name: app-patterns
    log_groups: [app]
    learning_period: 3
    evaluation_frequency: 3600
    filter_pattern: '-DEBUG'
    actions: [hook]
""" % (app_log, hook_port))
    daemon.start()
    # Learning: 4 s of the four templates.
    t0 = time.monotonic()
    while time.monotonic() - t0 < 4.5:
        append([normal_line() for _ in range(50)])
        time.sleep(0.1)
    # After learning: the same templates with new values, and a filtered-out line.
    append([normal_line() for _ in range(200)] + ["DEBUG something never seen before 42"])
    time.sleep(1.0)
    if anomalies():
        raise TestFailure("anomalies from learned templates: %r" % anomalies())

    append([FAILURE])
    written = time.monotonic()

    def listed():
        found = [a for a in anomalies() if "illegal memory access" in a["patternString"]]
        return found[0] if found else None
    entry = twd.wait_until(listed, 5, "the anomaly in /api/v1/anomalies", interval_s=0.02)
    api_s = time.monotonic() - written

    def hooked():
        for r in receiver.delivered():
            for a in json.loads(r["body"])["anomalies"]:
                if "illegal memory access" in a["patternString"]:
                    return a
        return None
    hook = twd.wait_until(hooked, 5, "the anomaly at the webhook", interval_s=0.02)
    hook_s = time.monotonic() - written
    log("anomaly listed after %.3f s, at the webhook after %.3f s: %s" %
        (api_s, hook_s, json.dumps(entry)))
    if entry["kind"] != "new_pattern" or entry["state"] != "Active" or \
            FAILURE not in entry["logSamples"][0]["message"]:
        raise TestFailure("unexpected entry %r" % entry)
    if hook["anomalyId"] != entry["anomalyId"]:
        raise TestFailure("webhook and API disagree: %r vs %r" % (hook, entry))
    if api_s > 1.0 or hook_s > 1.0:
        raise TestFailure("slower than a second of the line: api %.3f s, webhook %.3f s" %
                          (api_s, hook_s))
    if len(anomalies()) != 1:
        raise TestFailure("expected exactly one anomaly: %r" % anomalies())

    status, text = twd.http_get(daemon.url("/api/v1/patterns?log_group=app"))
    patterns = json.loads(text)["detectors"][0]["patterns"] if status == 200 else []
    if len(patterns) < 5 or not patterns[0]["examples"]:
        raise TestFailure("/api/v1/patterns answered %d: %s" % (status, text[:300]))
    twd.wait_until(lambda: daemon.scrape().value("tailwatch_log_patterns", log_group="app") >= 5,
                   5, "tailwatch_log_patterns{log_group=app}")
    count = daemon.scrape().value("tailwatch_metric_value_total", namespace="tailwatch/LogAnomalies",
                                  metric="AnomalyCount", Detector="app-patterns",
                                  Kind="new_pattern")
    if count != 1:
        raise TestFailure("AnomalyCount{Detector=app-patterns,Kind=new_pattern} = %r" % count)

    if shutil.which("promtool"):
        import subprocess
        check = subprocess.run(["promtool", "check", "metrics"], input=daemon.metrics_text(),
                               capture_output=True, text=True)
        if check.returncode != 0:
            raise TestFailure("promtool check metrics: %s%s" % (check.stdout, check.stderr))
    # A reload with the detector unchanged keeps what it learned.
    import signal
    reloads = daemon.scrape().value("tailwatch_config_reloads_total")
    daemon.signal(signal.SIGHUP)
    twd.wait_until(lambda: daemon.scrape().value("tailwatch_config_reloads_total") > reloads, 10,
                   "the reload")
    append([normal_line() for _ in range(50)])
    time.sleep(1.0)
    if len(anomalies()) != 1:
        raise TestFailure("the reloaded detector forgot what it learned: %r" % anomalies())

    daemon.stop()
    daemon.start()
    again = [a for a in anomalies() if a["anomalyId"] == entry["anomalyId"]]
    if not again:
        raise TestFailure("the anomaly did not survive a restart: %r" % anomalies())
    append([normal_line() for _ in range(50)])
    time.sleep(1.0)
    if len(anomalies()) != 1:
        raise TestFailure("the restarted detector forgot what it learned: %r" % anomalies())
    log("PASS")


try:
    rc = twd.main_guard(body)
finally:
    if daemon.running():
        daemon.kill()
    shutil.rmtree(work, ignore_errors=True)
sys.exit(rc)
PY
