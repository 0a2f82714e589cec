#!/usr/bin/env bash
# Frequency anomalies end to end, in event time: a running tailwatchd gets
# pushed events (PutLogEvents) with their own timestamps, so every
# 1-second evaluation period holds exactly the counts written: 40 periods of
# two steady templates (200 heartbeats, 50 flushes), then the flushes stop
# while the heartbeat goes on, then the heartbeat bursts to 5,000 in one
# period. GET /api/v1/anomalies lists a `frequency` anomaly for each (0
# flushes, 5,000 heartbeats, each outside its band), and the detector's
# webhook target receives the same entries. The timestamps start a minute
# ahead of the wall clock, so the daemon's own ticks close no period: the
# events do. Usage: log_anomaly_frequency.sh BUILD_DIR SOURCE_DIR. Exit 77
# without tailwatchd. Takes a few seconds.
set -u
export PYTHONDONTWRITEBYTECODE=1
build_dir=$1
source_dir=$2
[[ -x "$build_dir/daemon/tailwatchd" ]] || { echo "SKIP: tailwatchd not built" >&2; exit 77; }
exec python3 - "$build_dir" "$source_dir" <<'PY'
import json, os, re, shutil, sys, tempfile, time, urllib.request
sys.path.insert(0, os.path.join(sys.argv[2], "tests", "integration", "lib"))
import twd, notify_peers
from twd import log, TestFailure

build_dir = sys.argv[1]
work = tempfile.mkdtemp(prefix="tw-log-anomaly-frequency-")
cfg = os.path.join(work, "tailwatch.yaml")
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))
STEADY_PERIODS = 40
BURST = 5000
sequence = [0]


def push(events):
    body = json.dumps({"logGroupName": "app", "logStreamName": "s",
                       "logEvents": [{"timestamp": t, "message": m} for t, m in events]}).encode()
    req = urllib.request.Request(daemon.url("/"), data=body, method="POST", headers={
        "X-Amz-Target": "Logs_20140328.PutLogEvents",
        "Content-Type": "application/x-amz-json-1.1"})
    with urllib.request.urlopen(req, timeout=10) as r:
        answer = json.loads(r.read() or b"{}")
    if "rejectedLogEventsInfo" in answer:
        raise TestFailure("events rejected: %r" % answer)


def period(start_ms, heartbeats, flushes):
    """One second of events from start_ms: the heartbeats and flushes spread over it."""
    events = []
    for i in range(heartbeats):
        sequence[0] += 1
        events.append((start_ms + i * 1000 // heartbeats, "heartbeat step %d ok" % sequence[0]))
    for i in range(flushes):
        events.append((start_ms + i * 1000 // flushes, "metrics flushed for rank %d" % (i % 8)))
    events.sort(key=lambda e: e[0])
    return events


def frequency_anomalies():
    status, body = twd.http_get(daemon.url("/api/v1/anomalies"))
    if status != 200:
        raise TestFailure("/api/v1/anomalies answered %d: %s" % (status, body[:200]))
    return [a for a in json.loads(body)["anomalies"] if a["kind"] == "frequency"]


def wait_learned(lines):
    """Until the detector has taken `lines` events (it mines on a thread of its own)."""
    def taken():
        status, body = twd.http_get(daemon.url("/api/v1/patterns?log_group=app"))
        return status == 200 and json.loads(body)["detectors"][0]["lines"] >= lines
    twd.wait_until(taken, 10, "the detector to take %d lines" % lines)


def band_of(entry):
    m = re.search(r"(\d+) lines in the period, expected (-?[\d.]+) to (-?[\d.]+)",
                  entry["description"])
    if not m:
        raise TestFailure("no band in %r" % entry["description"])
    return int(m.group(1)), float(m.group(2)), float(m.group(3))


def body():
    sink = notify_peers.Recorder(twd.free_port()).start()
    twd.write_config(cfg, """
log_groups:
  - name: app
targets:
  - {name: hook, type: webhook, url: "http://127.0.0.1:%d/hook", initial_backoff_ms: 100}
log_anomaly_detectors:
  - name: app-patterns
    log_groups: [app]
    learning_period: 3
    evaluation_frequency: 1
    actions: [hook]
""" % sink.port)
    daemon.start()
    base = (int(time.time()) + 60) * 1000
    for k in range(STEADY_PERIODS):
        push(period(base + k * 1000, 200, 50))
    wait_learned(STEADY_PERIODS * 250)
    steady = frequency_anomalies()
    log("%d steady periods pushed: %d frequency anomalies" % (STEADY_PERIODS, len(steady)))
    if steady:
        raise TestFailure("frequency anomalies on steady counts: %r" % steady)

    # The flushes stop; the heartbeat goes on. Closing that period judges it.
    stop = base + STEADY_PERIODS * 1000
    push(period(stop, 200, 0))
    push(period(stop + 1000, 200, 0))
    # Then one period of 5,000 heartbeats, closed by the next one.
    burst = stop + 2000
    push(period(burst, BURST, 0))
    push(period(burst + 1000, 200, 0))

    def listed():
        found = {}
        for a in frequency_anomalies():
            if "flushed" in a["patternString"] and a["firstSeen"] == stop:
                found["stop"] = a
            if "heartbeat" in a["patternString"] and a["firstSeen"] == burst:
                found["burst"] = a
        return found if len(found) == 2 else None
    found = twd.wait_until(listed, 5, "both frequency anomalies in /api/v1/anomalies")
    for name, entry in sorted(found.items()):
        log("%s: %s (%s)" % (name, entry["description"], entry["patternString"]))
        if entry["priority"] != "LOW" or not entry["description"].startswith("Unusual frequency"):
            raise TestFailure("unexpected entry %r" % entry)
    count, lower, _ = band_of(found["stop"])
    if count != 0 or not count < lower:
        raise TestFailure("the stopped template is no drop below its band: %r" % found["stop"])
    count, _, upper = band_of(found["burst"])
    if count != BURST or not count > upper:
        raise TestFailure("the burst is no rise above its band: %r" % found["burst"])

    def hooked():
        got = {}
        for r in sink.delivered():
            for entry in json.loads(r["body"]).get("anomalies", []):
                for name, a in found.items():
                    if entry.get("anomalyId") == a["anomalyId"]:
                        got[name] = entry
        return got if len(got) == 2 else None
    got = twd.wait_until(hooked, 10, "both frequency anomalies at the webhook")
    for name in found:
        if got[name] != found[name]:
            raise TestFailure("webhook %s entry %r differs from /api/v1/anomalies %r" %
                              (name, got[name], found[name]))
    log("webhook received both entries, equal to /api/v1/anomalies")
    log("PASS")


try:
    rc = twd.main_guard(body)
finally:
    if daemon.running():
        daemon.kill()
    shutil.rmtree(work, ignore_errors=True)
sys.exit(rc)
PY
