#!/usr/bin/env bash
# A log-anomaly detector end to end with its peers: a running tailwatchd
# learns a steady heartbeat template (evaluation_frequency 1 s, so the
# pattern's band model warms up on 30+ periods), then a burst of the same
# template in one period is a `frequency` anomaly in GET /api/v1/anomalies,
# in AnomalyCount{Kind=frequency} and at the detector's webhook target (the
# same ListAnomalies entry); a new failure wording afterwards is a
# `new_pattern` anomaly that reaches a real Alertmanager (Debian
# prometheus-alertmanager): its webhook receiver gets the LogAnomaly alert
# with its labels and the ListAnomalies entry in the `anomaly` annotation,
# and `amtool alert query` reads the same alert back from Alertmanager.
# Usage: log_anomaly_peers.sh BUILD_DIR SOURCE_DIR. Exit 77 without tailwatchd
# or alertmanager. Takes about 50 s.
set -u
export PYTHONDONTWRITEBYTECODE=1
build_dir=$1
source_dir=$2
[[ -x "$build_dir/daemon/tailwatchd" ]] || { echo "SKIP: tailwatchd not built" >&2; exit 77; }
command -v prometheus-alertmanager >/dev/null || { echo "SKIP: prometheus-alertmanager missing" >&2; exit 77; }
command -v amtool >/dev/null || { echo "SKIP: amtool missing" >&2; exit 77; }
exec python3 - "$build_dir" "$source_dir" <<'PY'
import json, os, re, shutil, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.join(sys.argv[2], "tests", "integration", "lib"))
import twd, notify_peers
from twd import log, TestFailure

build_dir = sys.argv[1]
work = tempfile.mkdtemp(prefix="tw-log-anomaly-peers-")
app_log = os.path.join(work, "app.log")
cfg = os.path.join(work, "tailwatch.yaml")
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))
children = []
FAILURE = "NCCL watchdog: collective operation timed out on communicator 7"
BURST = 20000
counter = [0]


def heartbeats(n):
    lines = []
    for _ in range(n):
        counter[0] += 1
        lines.append("heartbeat step %d ok" % counter[0])
    return lines


def append(lines):
    with open(app_log, "a") as f:
        f.write("".join(l + "\n" for l in lines))


def anomalies(kind):
    status, body = twd.http_get(daemon.url("/api/v1/anomalies"))
    if status != 200:
        raise TestFailure("/api/v1/anomalies answered %d: %s" % (status, body[:200]))
    return [a for a in json.loads(body)["anomalies"] if a["kind"] == kind]


def start_alertmanager(sink_port):
    am_port = twd.free_port()
    am_cfg = os.path.join(work, "alertmanager.yml")
    with open(am_cfg, "w") as f:
        f.write("""route:
  receiver: sink
  group_by: ['alertname']
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: sink
    webhook_configs:
      - url: http://127.0.0.1:%d/alertmanager
""" % sink_port)
    storage = os.path.join(work, "am-data")
    os.mkdir(storage)
    children.append(subprocess.Popen(
        ["prometheus-alertmanager", "--config.file=" + am_cfg,
         "--web.listen-address=127.0.0.1:%d" % am_port, "--cluster.listen-address=",
         "--web.external-url=http://127.0.0.1:%d" % am_port, "--storage.path=" + storage],
        stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "alertmanager.log"), "wb")))
    twd.wait_until(lambda: twd.http_get("http://127.0.0.1:%d/-/ready" % am_port)[0] == 200, 60,
                   "alertmanager ready")
    return am_port


def body():
    sink = notify_peers.Recorder(twd.free_port()).start()
    am_port = start_alertmanager(sink.port)
    open(app_log, "w").close()
    twd.write_config(cfg, """
log_groups:
  - name: app
    files: [%s]
    start_at: beginning
targets:
  - {name: am, type: alertmanager, url: "http://127.0.0.1:%d", initial_backoff_ms: 100}
  - {name: hook, type: webhook, url: "http://127.0.0.1:%d/hook", initial_backoff_ms: 100}
log_anomaly_detectors:
  - name: app-patterns
    log_groups: [app]
    learning_period: 3
    evaluation_frequency: 1
    actions: [am, hook]
""" % (app_log, am_port, sink.port))
    daemon.start()
    # 36 s of a steady heartbeat: 20 lines every 0.1 s, about 200 a period.
    t0 = time.monotonic()
    while time.monotonic() - t0 < 36:
        append(heartbeats(20))
        time.sleep(0.1)
    before = len(anomalies("frequency"))
    log("steady phase done: %d heartbeat lines, %d frequency anomalies so far" %
        (counter[0], before))
    burst_ms = int(time.time() * 1000)
    append(heartbeats(BURST))

    def burst_anomaly():
        for a in anomalies("frequency"):
            if a["firstSeen"] >= burst_ms - 1000 and "heartbeat" in a["patternString"]:
                return a
        return None
    freq = twd.wait_until(burst_anomaly, 10, "the burst's frequency anomaly")
    log("frequency anomaly: %s" % json.dumps(freq))
    if freq["priority"] != "LOW" or not freq["description"].startswith("Unusual frequency"):
        raise TestFailure("unexpected frequency entry %r" % freq)
    found = re.search(r"(\d+) lines in the period", freq["description"])
    count = int(found.group(1)) if found else 0
    if count < BURST // 2:
        raise TestFailure("the anomaly's period holds %d lines, not the burst" % count)
    twd.wait_until(lambda: daemon.scrape().value(
        "tailwatch_metric_value_total", namespace="tailwatch/LogAnomalies", metric="AnomalyCount",
        Detector="app-patterns", Kind="frequency") >= 1, 5, "AnomalyCount{Kind=frequency}")

    # The webhook target gets the same entry: {"anomalies":[ENTRY]}.
    def hooked():
        for r in sink.delivered():
            if r["path"] != "/hook":
                continue
            for entry in json.loads(r["body"]).get("anomalies", []):
                if entry.get("anomalyId") == freq["anomalyId"]:
                    return entry
        return None
    hook_entry = twd.wait_until(hooked, 10, "the frequency anomaly at the webhook")
    log("webhook got the frequency anomaly: %s" % hook_entry["description"])
    if hook_entry["kind"] != "frequency" or hook_entry["patternId"] != freq["patternId"] or \
            hook_entry["description"] != freq["description"]:
        raise TestFailure("webhook entry %r differs from /api/v1/anomalies %r" % (hook_entry, freq))

    # A new failure wording: new_pattern, through Alertmanager to its receiver.
    append(heartbeats(20) + [FAILURE])

    def forwarded():
        for r in sink.delivered():
            m = json.loads(r["body"])
            for alert in m.get("alerts", []):
                if alert["labels"].get("kind") == "new_pattern":
                    return m, alert
        return None
    message, alert = twd.wait_until(forwarded, 30, "the LogAnomaly alert at Alertmanager's receiver")
    # Alertmanager itself holds the alert: amtool reads it back from its API.
    queried = subprocess.run(
        ["amtool", "--alertmanager.url=http://127.0.0.1:%d" % am_port, "alert", "query",
         "--output=json", "alertname=LogAnomaly", "kind=new_pattern"],
        capture_output=True, text=True, timeout=30)
    if queried.returncode != 0:
        raise TestFailure("amtool alert query failed: %s" % queried.stderr)
    held = json.loads(queried.stdout)
    log("amtool alert query: %d alert(s), labels %r" % (len(held), held[0]["labels"] if held else None))
    if len(held) != 1 or held[0]["labels"] != alert["labels"] or \
            held[0]["annotations"] != alert["annotations"] or \
            held[0]["status"]["state"] != "active":
        raise TestFailure("amtool shows %r, the receiver got %r" % (held, alert))
    labels = alert["labels"]
    log("alertmanager forwarded: status %s, labels %r" % (message["status"], labels))
    if message["status"] != "firing" or labels.get("alertname") != "LogAnomaly" or \
            labels.get("detector") != "app-patterns" or labels.get("priority") != "HIGH":
        raise TestFailure("unexpected alert %r" % alert)
    entry = json.loads(alert["annotations"]["anomaly"])
    listed = [a for a in anomalies("new_pattern") if a["anomalyId"] == entry["anomalyId"]]
    if alert["annotations"].get("description") != entry["description"] or \
            alert["annotations"].get("pattern") != entry["patternString"]:
        raise TestFailure("annotations %r do not match the entry" % alert["annotations"])
    if not listed or labels.get("pattern_id") != entry["patternId"] or \
            "timed out" not in entry["patternString"] or \
            FAILURE not in entry["logSamples"][0]["message"]:
        raise TestFailure("annotation %r does not match /api/v1/anomalies" % entry)
    log("PASS")


try:
    rc = twd.main_guard(body)
finally:
    if daemon.running():
        daemon.kill()
    for child in children:
        child.terminate()
        child.wait(timeout=10)
    shutil.rmtree(work, ignore_errors=True)
sys.exit(rc)
PY
