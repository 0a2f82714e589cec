#!/usr/bin/env bash
# An alarm event whose webhook target is down survives kill -9 once a
# checkpoint holds the state change: notifications are staged in memory
# (delivery starts without an fsync), and every checkpoint first writes the
# undelivered ones to the outbox (docs/notifications.md). The daemon is
# killed after the ALARM transition and a few checkpoints; the outbox file
# must be on disk, and the restarted daemon delivers the event once the
# receiver is up, with the id the first run gave it.
# Usage: notify_kill9.sh BUILD_DIR SOURCE_DIR
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import glob, json, os, sys, tempfile, time
sys.path.insert(0, os.path.join(sys.argv[2], "tests", "integration", "lib"))
import twd, notify_alarm, notify_peers
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="tw-notify-kill9-")
logdir = os.path.join(work, "logs"); os.mkdir(logdir)
cfg = os.path.join(work, "tailwatch.yaml")
state = os.path.join(work, "state")
daemon_log = os.path.join(work, "daemon.log")
daemon = twd.Daemon(build_dir, cfg, state, daemon_log)
receiver = None


def body():
    global receiver
    port = twd.free_port()
    notify_alarm.write_config(cfg, logdir, ["hook"], [], [
        '{name: hook, type: webhook, url: "http://127.0.0.1:%d/hook", timeout_ms: 2000, '
        'initial_backoff_ms: 200, max_backoff_ms: 1000, max_attempts: 1000000}' % port])
    daemon.start()
    notify_alarm.append_error(logdir)
    twd.wait_until(lambda: any(to == "ALARM" for _, to in notify_alarm.transitions(daemon_log)),
                   40, "the ALARM transition")
    twd.wait_until(lambda: daemon.scrape().value("tailwatch_notifications_total", target="hook",
                                                 result="connect_error") >= 1,
                   20, "a failed delivery attempt")
    time.sleep(1.0)  # several checkpoints (checkpoint_interval_ms: 200)
    daemon.kill()
    files = glob.glob(os.path.join(state, "outbox", "hook-*", "*.ev"))
    log("killed with %d outbox file(s) on disk" % len(files))
    if len(files) != 1:
        raise TestFailure("expected the undelivered ALARM event on disk, found %r" % files)
    with open(files[0], "rb") as f:
        on_disk = f.read()
    receiver = notify_peers.Recorder(port).start()
    daemon.start()

    def alarm_events():
        out = []
        for r in receiver.delivered():
            e = json.loads(r["body"])
            if e["AlarmName"] == "notifyAlarm" and e["NewStateValue"] == "ALARM":
                out.append(r["headers"]["x-tailwatch-event-id"])
        return out or None
    ids = twd.wait_until(alarm_events, 30, "the ALARM event at the receiver")
    log("delivered after restart: %r" % ids)
    if ids[0].encode() not in on_disk:
        raise TestFailure("the delivered event is not the one the first run wrote")
    daemon.stop()
    log("PASS")


twd.run_and_exit(body, work, [daemon], on_exit=[lambda: receiver and receiver.stop()])
PY
