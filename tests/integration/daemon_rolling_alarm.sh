#!/usr/bin/env bash
# A rolling alarm in a running tailwatchd: "CUDA out of memory" appended to
# the log reaches the webhook (ALARM) at once, not at the next boundary, and
# silence brings it back to OK on the daemon's timer. `tailwatch replay` of
# the same file gives the same transitions, in the same order, with the
# breaches at the same times.
# Usage: daemon_rolling_alarm.sh BUILD_DIR SOURCE_DIR
set -u
export PYTHONDONTWRITEBYTECODE=1
build_dir=$1
source_dir=$2
[[ -x "$build_dir/daemon/tailwatchd" ]] || { echo "SKIP: tailwatchd not built" >&2; exit 77; }
[[ -x "$build_dir/tools/tailwatch" ]] || { echo "SKIP: tailwatch not built" >&2; exit 77; }
exec python3 - "$build_dir" "$source_dir" <<'PY'
import datetime, json, os, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.join(sys.argv[2], "tests", "integration", "lib"))
import twd, notify_peers
from twd import log, TestFailure

build_dir = sys.argv[1]
work = tempfile.mkdtemp(prefix="tw-rolling-")
app_log = os.path.join(work, "app.log")
cfg = os.path.join(work, "tailwatch.yaml")
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))


def stamp():
    now = datetime.datetime.now(datetime.timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (now.microsecond // 1000)


def append(message):
    with open(app_log, "a") as f:
        f.write("%s %s\n" % (stamp(), message))


def body():
    hook_port = twd.free_port()
    receiver = notify_peers.Recorder(hook_port).start()
    open(app_log, "w").close()
    twd.write_config(cfg, """
log_groups:
  - name: app
    files: [%s]
    start_at: beginning
    poll_interval_ms: 20
    timestamp: {regex: '^(\\S+)', format: iso8601}
metric_filters:
  - name: oom
    log_group: app
    pattern: '"CUDA out of memory"'
    metric_transformation: {name: OOM, namespace: Train, value: "1"}
targets:
  - {name: hook, type: webhook, url: "http://127.0.0.1:%d/hook", initial_backoff_ms: 50}
alarms:
  - name: oom
    namespace: Train
    metric_name: OOM
    statistic: Sum
    period: 10
    evaluation_periods: 1
    threshold: 0
    comparison_operator: GreaterThanThreshold
    treat_missing_data: notBreaching
    evaluation: rolling
    alarm_actions: [hook]
    ok_actions: [hook]
""" % (app_log, hook_port))
    daemon.start()

    def states():
        out = []
        for r in receiver.delivered():
            m = json.loads(r["body"])
            out.append((m["OldStateValue"], m["NewStateValue"], m["StateChangeTime"]))
        return out

    append("step 1 ok")
    try:
        twd.wait_until(lambda: len(states()) >= 1, 20, "INSUFFICIENT_DATA -> OK")
    except TestFailure as e:
        raise TestFailure("%s; the webhook got %d requests; /api/v1/alarms: %s" % (
            e, len(receiver.requests), twd.http_get(daemon.url("/api/v1/alarms"))[1][:2000]))
    # Replay observes from the first line, a little after the daemon's start:
    # let its window be all observed time too before the first breach.
    time.sleep(3.0)
    latencies = []
    for round_ in range(2):
        append("step %d ok" % (round_ + 2))
        time.sleep(0.3)
        before = len(states())
        append("RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB")
        written = time.monotonic()
        twd.wait_until(lambda: len(states()) > before, 5, "ALARM at the webhook", interval_s=0.005)
        latencies.append(time.monotonic() - written)
        if states()[-1][:2] != ("OK", "ALARM"):
            raise TestFailure("expected OK -> ALARM, got %r" % (states(),))
        # Silence: the line leaves the 10-s window and the timer recovers.
        twd.wait_until(lambda: states()[-1][:2] == ("ALARM", "OK"), 20, "ALARM -> OK by silence")
    log("line -> webhook: %s s" % ", ".join("%.3f" % s for s in latencies))
    append("step 9 ok")
    time.sleep(0.5)
    live = states()
    daemon.stop()

    replay = subprocess.run([os.path.join(build_dir, "tools", "tailwatch"), "replay",
                             "--config", cfg, "--group", "app", app_log],
                            capture_output=True, text=True, timeout=60)
    if replay.returncode != 0:
        raise TestFailure("replay failed: %s" % replay.stderr)
    replayed = []
    for line in replay.stdout.splitlines():
        rec = json.loads(line)
        if rec.get("type") == "alarm":
            replayed.append((rec["from"], rec["to"], rec["time"]))
    log("live: %r" % live)
    log("replay: %r" % replayed)
    if [s[:2] for s in live] != [s[:2] for s in replayed]:
        raise TestFailure("replay disagrees with the daemon:\n live   %r\n replay %r" %
                          (live, replayed))
    # A breach happens at the line's own time in both (live, a tick that ran
    # between the line's timestamp and its read may make it that tick's time).
    def ms(text):
        text = text.replace("+0000", "").replace("Z", "")
        return datetime.datetime.fromisoformat(text).timestamp() * 1000
    for (old, new, live_time), (_, _, replay_time) in zip(live, replayed):
        late = ms(live_time) - ms(replay_time)
        if new == "ALARM" and not 0 <= late < 1000:
            raise TestFailure("breach at %s live but %s in replay" % (live_time, replay_time))
    log("PASS")


# On failure the daemon's log tail shows whether the transition or its delivery was late.
twd.run_and_exit(body, work, daemons=[daemon])
PY
