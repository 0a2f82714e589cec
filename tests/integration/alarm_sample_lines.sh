#!/usr/bin/env bash
# The lines behind an alarm: tailwatchd tails a log whose ERROR lines breach
# an alarm; the webhook's alarm message carries those lines (SampleLogLines:
# message, log group, file), a hostile line byte for byte; GET
# /api/v1/alarms shows them while the alarm is in ALARM, also after a
# restart (checkpoint). The group is shipped by an S3 sink (its endpoint
# down: only the configuration matters here), so the message also says where
# in the bucket the window's lines go (LogLocations), as /api/v1/alarms does;
# a reload that changes the sink warns and keeps the running one.
# Usage: alarm_sample_lines.sh BUILD_DIR SOURCE_DIR
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import json, os, shutil, signal, sys, tempfile, time
sys.path.insert(0, os.path.join(sys.argv[2], "tests", "integration", "lib"))
import twd, notify_peers
from twd import log, TestFailure

build_dir = sys.argv[1]
work = tempfile.mkdtemp(prefix="tw-sample-lines-")
app_log = os.path.join(work, "app.log")
cfg = os.path.join(work, "tailwatch.yaml")
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))
HOSTILE = 'ERROR "><img src=x onerror=alert(1)> <script>alert(2)</script> \\ \u00e9'
BREACHING = ["ERROR disk /dev/nvme0n1 full", HOSTILE, "ERROR third one"]


def append(lines):
    with open(app_log, "a", encoding="utf-8") as f:
        f.write("".join(l + "\n" for l in lines))


def alarm_status():
    status, body = twd.http_get(daemon.url("/api/v1/alarms"))
    if status != 200:
        raise TestFailure("/api/v1/alarms answered %d: %s" % (status, body[:200]))
    return [a for a in json.loads(body)["alarms"] if a["name"] == "errors"][0]


def body():
    hook_port = twd.free_port()
    receiver = notify_peers.Recorder(hook_port).start()
    open(app_log, "w").close()
    creds = os.path.join(work, "credentials")
    with open(creds, "w") as f:
        f.write("[default]\naws_access_key_id = AKIDTEST\naws_secret_access_key = secret\n")
    twd.write_config(cfg, """
alarm_sample_lines: 3
sinks:
  - {name: archive, type: s3, log_groups: [app], bucket: twlogs, prefix: nodes/n1,
     endpoint: "http://127.0.0.1:%d", credentials_file: "%s", initial_backoff_ms: 1000}
log_groups:
  - name: app
    files: [%s]
    start_at: beginning
metric_filters:
  - name: errors
    log_group: app
    pattern: ERROR
    metric_transformation: {name: Errors, namespace: App, value: "1"}
targets:
  - {name: hook, type: webhook, url: "http://127.0.0.1:%d/hook", initial_backoff_ms: 100}
alarms:
  - name: errors
    namespace: App
    metric_name: Errors
    statistic: Sum
    period: 10
    evaluation_periods: 1
    threshold: 1
    comparison_operator: GreaterThanOrEqualToThreshold
    treat_missing_data: ignore
    alarm_actions: [hook]
""" % (twd.free_port(), creds, app_log, hook_port))
    daemon.start()
    # Stay clear of a period boundary so that all lines land in one period.
    while time.time() % 10 > 6:
        time.sleep(0.2)
    append(["INFO all good"] * 20 + BREACHING[:1] + ["INFO fine"] * 5 + BREACHING[1:] +
           ["ERROR a fourth, over the three kept"])

    def hooked():
        for r in receiver.delivered():
            message = json.loads(r["body"])
            if message.get("NewStateValue") == "ALARM":
                return message
        return None
    message = twd.wait_until(hooked, 40, "the ALARM message at the webhook", interval_s=0.1)
    lines = message.get("SampleLogLines")
    log("webhook SampleLogLines: %s" % json.dumps(lines))
    if not lines or [l["Message"] for l in lines] != BREACHING:
        raise TestFailure("expected the first three ERROR lines, got %r" % lines)
    for l in lines:
        if l["LogGroup"] != "app" or l["Source"] != app_log or l["Truncated"] or l["Value"] != 1.0:
            raise TestFailure("unexpected sample line %r" % l)
    if message["Trigger"]["MetricName"] != "Errors" or message["AlarmName"] != "errors":
        raise TestFailure("the CloudWatch fields changed: %r" % message)
    where = message.get("LogLocations")
    log("webhook LogLocations: %s" % json.dumps(where))
    if not where or len(where) != 1 or where[0]["Url"] != "s3://twlogs/nodes/n1/app/" or \
            where[0]["Sink"] != "archive" or where[0]["EndTime"] != message["StateChangeTime"]:
        raise TestFailure("expected the archive sink's location of group app, got %r" % where)

    status = alarm_status()
    if status["state"] != "ALARM" or [l["message"] for l in status["sample_lines"]] != BREACHING:
        raise TestFailure("/api/v1/alarms: %r" % status)
    if status["sample_lines"][0]["source"] != app_log:
        raise TestFailure("/api/v1/alarms source: %r" % status["sample_lines"][0])
    _, alarms_body = twd.http_get(daemon.url("/api/v1/alarms"))
    to_alarm = [t for t in json.loads(alarms_body)["transitions"] if t["to"] == "ALARM"]
    if not to_alarm or to_alarm[-1].get("log_locations", [{}])[0].get("url") != \
            "s3://twlogs/nodes/n1/app/":
        raise TestFailure("/api/v1/alarms transitions: %r" % to_alarm)

    daemon.stop()
    daemon.start()
    status = alarm_status()
    if status["state"] != "ALARM" or [l["message"] for l in status["sample_lines"]] != BREACHING:
        raise TestFailure("after a restart, /api/v1/alarms: %r" % status)

    # Sinks run as started: a reload that changes them says so and keeps them.
    with open(cfg) as f:
        text = f.read()
    twd.write_config(cfg, text.replace("prefix: nodes/n1", "prefix: nodes/n2"))
    daemon.signal(signal.SIGHUP)
    twd.wait_until(lambda: daemon.value("tailwatch_config_reloads_total") == 1, 10, "the reload")
    if "sinks: changes take effect at the next restart" not in daemon.log_tail(20):
        raise TestFailure("no warning about the changed sink:\n" + daemon.log_tail(20))
    log("PASS")


try:
    rc = twd.main_guard(body)
finally:
    if daemon.running():
        daemon.kill()
    shutil.rmtree(work, ignore_errors=True)
sys.exit(rc)
PY
