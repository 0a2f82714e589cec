#!/usr/bin/env bash
# Acknowledged pushes survive kill -9: 4,000 matching events pushed through
# PutLogEvents in 8 batches, tailwatchd SIGKILLed right after the last 200
# (long before the next checkpoint), restarted: /metrics shows exactly 4,000,
# and again after a clean restart (the journal's replay is covered by the
# next checkpoint, never counted twice). Then a torn journal tail (a crash in
# the middle of a record) is cut at start-up with a warning and nothing
# acknowledged before it is lost.
# Usage: push_journal_crash.sh BUILD_DIR SOURCE_DIR
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import glob, json, os, shutil, signal, sys, tempfile, urllib.request
import twd
from twd import log, TestFailure

build_dir = sys.argv[1]
work = tempfile.mkdtemp(prefix="tw-push-journal-")
cfg = os.path.join(work, "tw.yaml")
twd.write_config(cfg, """
server: {listen: "127.0.0.1:0"}
checkpoint_interval_ms: 600000
log_groups:
  - name: pushed
metric_filters:
  - name: m
    log_group: pushed
    pattern: "MATCHME"
    metric_transformation: {name: Pushed, namespace: ITest, value: "1"}
""")
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))


def put(events):
    body = json.dumps({"logGroupName": "pushed", "logStreamName": "s",
                       "logEvents": events}).encode()
    req = urllib.request.Request(daemon.url("/"), data=body, method="POST", headers={
        "X-Amz-Target": "Logs_20140328.PutLogEvents",
        "Content-Type": "application/x-amz-json-1.1"})
    with urllib.request.urlopen(req, timeout=10) as r:
        if r.status != 200:
            raise TestFailure("PutLogEvents answered %d" % r.status)


def counted():
    return daemon.scrape().value("tailwatch_metric_samples_total", namespace="ITest",
                                 metric="Pushed")


def main():
    import time
    daemon.start()
    now = int(time.time() * 1000)
    for b in range(8):
        put([{"timestamp": now, "message": "event %d-%d MATCHME" % (b, i)} for i in range(500)])
    daemon.kill()
    daemon.start()
    daemon.wait_metric("tailwatch_metric_samples_total", 4000, timeout_s=20, namespace="ITest",
                       metric="Pushed")
    if "replayed 4000 event(s)" not in open(daemon.log_path).read():
        raise TestFailure("no replay line in the log:\n" + daemon.log_tail())
    if daemon.stop() != 0:
        raise TestFailure("clean stop failed")
    daemon.start()
    if counted() != 4000:
        raise TestFailure("after a clean restart: %s, want 4000 (replayed twice?)" % counted())

    # A torn record at the journal's end: cut with a warning, the rest kept.
    put([{"timestamp": now, "message": "late MATCHME"}])
    daemon.kill()
    segments = sorted(glob.glob(os.path.join(work, "state", "journal", "*")))
    segments = [s for s in segments if os.path.isfile(s) and os.path.getsize(s) > 0]
    if not segments:
        raise TestFailure("no journal segment in %s" % os.path.join(work, "state", "journal"))
    with open(segments[-1], "ab") as f:
        f.write(b"\x40\x00\x00\x00torn")
    daemon.start()
    daemon.wait_metric("tailwatch_metric_samples_total", 4001, timeout_s=20, namespace="ITest",
                       metric="Pushed")
    log("OK: 4,000 acknowledged events counted once across kill -9, a clean restart and a torn "
        "journal tail")
    daemon.stop()


rc = twd.main_guard(main)
shutil.rmtree(work, ignore_errors=True)
sys.exit(rc)
PY
