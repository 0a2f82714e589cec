#!/usr/bin/env python3
"""tailwatchd under a test-owned NOTIFY_SOCKET: the Type=notify protocol and journal logging.

Usage: sd_notify_check.py TAILWATCHD WORK_DIR   (called by tests/integration/sd_notify.sh)

Scenarios, each one daemon run:
  lifecycle   NOTIFY_SOCKET + WATCHDOG_USEC=1000000 + WATCHDOG_PID=<daemon pid>, stderr is the
              "journal" (JOURNAL_STREAM = its dev:ino): READY=1 with a STATUS summary from the
              daemon's own pid, WATCHDOG=1 about every 0.5 s, RELOADING=1 then READY=1 around a
              SIGHUP (a good config, then a broken one that is refused), STOPPING=1 on SIGTERM,
              exit 0; every stderr line starts with <N> and has no timestamp.
  plain       no WATCHDOG_USEC, no JOURNAL_STREAM: READY=1 but never WATCHDOG=1; stderr lines
              start with an ISO-8601 UTC timestamp and a level name.
  foreign     WATCHDOG_USEC set but WATCHDOG_PID names another process (the service manager
              meant someone else): no WATCHDOG=1.
  quiet       --log-level warning with the journal: no <6>/<7> (info/debug) lines.
Prints one line per check; exits 1 if any failed.
"""

import os
import re
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sd_notify_listener as sdn  # noqa: E402

failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail), flush=True)
    if not ok:
        failures.append(name)


def write_config(path, work, filters):
    blocks = []
    for i in range(filters):
        blocks.append(
            "  - name: f%d\n"
            "    log_group: app\n"
            "    pattern: \"ERROR%d\"\n"
            "    metric_transformation: {name: Errors%d, namespace: Test, value: \"1\"}\n" % (i, i, i))
    with open(path, "w") as f:
        f.write(
            "server: {listen: \"127.0.0.1:0\"}\n"
            "state_dir: %s/state\n"
            "log_groups:\n"
            "  - name: app\n"
            "    files: [\"%s/logs/*.log\"]\n"
            "    start_at: beginning\n"
            "metric_filters:\n%s"
            "alarms:\n"
            "  - name: errors\n"
            "    namespace: Test\n"
            "    metric_name: Errors0\n"
            "    statistic: Sum\n"
            "    period: 60\n"
            "    evaluation_periods: 1\n"
            "    threshold: 0\n"
            "    comparison_operator: GreaterThanThreshold\n" % (work, work, "".join(blocks)))


def lines_of(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def is_ready(fields):
    return fields.get("READY") == "1"


def stop(pid, timeout=15):
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    rc = sdn.wait_exit(pid, timeout)
    if rc is None:
        os.kill(pid, signal.SIGKILL)
        rc = sdn.wait_exit(pid, 5)
    return rc


def lifecycle(daemon, work, env):
    run = os.path.join(work, "lifecycle")
    os.makedirs(os.path.join(run, "logs"))
    with open(os.path.join(run, "logs", "app.log"), "w") as f:
        f.write("ERROR0 first\nall good\n")
    config = os.path.join(run, "tailwatch.yaml")
    write_config(config, run, 1)
    stderr = os.path.join(run, "stderr.log")
    notify = sdn.NotifySocket(run)
    pid = sdn.spawn([daemon, "--config", config, "--listen", "127.0.0.1:0",
                     "--state-dir", os.path.join(run, "state")],
                    env, stderr, notify=notify, watchdog_usec=1000000, journal=True)
    try:
        ready = notify.wait_for(is_ready, 30, child_pid=pid)
        check("lifecycle: READY=1", ready is not None,
              "none within 30 s; stderr: %s" % lines_of(stderr)[-5:])
        if ready is None:
            return
        check("lifecycle: READY=1 comes from the daemon's own pid (NotifyAccess=main)",
              ready[1] == pid, "sender pid %s, daemon pid %d" % (ready[1], pid))
        status = ready[2].get("STATUS", "")
        check("lifecycle: READY=1 carries a STATUS= summary",
              re.search(r"\d+ files watched", status) is not None, repr(status))

        # WATCHDOG_USEC=1 s: a ping every 0.5 s; 2.2 s must hold at least 3 of them.
        pings = [m for m in notify.drain(2.2) if m[2].get("WATCHDOG") == "1"]
        check("lifecycle: WATCHDOG=1 pings about every WatchdogSec/2",
              len(pings) >= 3 and all(p[1] == pid for p in pings),
              "%d pings in 2.2 s: %s" % (len(pings), pings))
        if len(pings) >= 2:
            gaps = [b[0] - a[0] for a, b in zip(pings, pings[1:])]
            check("lifecycle: watchdog pings stay well inside WATCHDOG_USEC",
                  max(gaps) < 0.9, "gaps %s" % gaps)

        # SIGHUP with a changed, valid config: RELOADING=1, then READY=1.
        write_config(config, run, 3)
        os.kill(pid, signal.SIGHUP)
        reloading = notify.wait_for(lambda f: f.get("RELOADING") == "1", 10, child_pid=pid)
        check("reload: RELOADING=1 after SIGHUP", reloading is not None)
        again = notify.wait_for(is_ready, 10, child_pid=pid)
        check("reload: READY=1 after RELOADING=1", again is not None)

        # SIGHUP with a broken config: refused, but the manager still gets READY=1 back.
        with open(config, "a") as f:
            f.write("bogus_key: 1\n")
        os.kill(pid, signal.SIGHUP)
        reloading = notify.wait_for(lambda f: f.get("RELOADING") == "1", 10, child_pid=pid)
        again = notify.wait_for(is_ready, 10, child_pid=pid)
        check("reload (refused config): RELOADING=1 then READY=1, daemon keeps running",
              reloading is not None and again is not None and not sdn.exited(pid))
        pings = [m for m in notify.drain(1.2) if m[2].get("WATCHDOG") == "1"]
        check("reload (refused config): watchdog pings continue", len(pings) >= 1)

        os.kill(pid, signal.SIGTERM)
        stopping = notify.wait_for(lambda f: f.get("STOPPING") == "1", 15)
        check("stop: STOPPING=1 on SIGTERM", stopping is not None)
        rc = sdn.wait_exit(pid, 15)
        check("stop: exit status 0 after SIGTERM", rc == 0, "exit %s" % rc)
    finally:
        if not sdn.exited(pid):
            stop(pid)
        notify.close()

    lines = lines_of(stderr)
    check("journal logging: stderr has lines", len(lines) >= 3, repr(lines))
    bad = [l for l in lines if not re.match(r"^<[0-7]>\S", l)]
    check("journal logging: every line starts with a <N> priority", not bad, repr(bad[:3]))
    stamped = [l for l in lines if re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", l)]
    check("journal logging: no timestamps (the journal adds its own)", not stamped,
          repr(stamped[:3]))
    check("journal logging: info lines are <6>", any(l.startswith("<6>") for l in lines),
          repr(lines[:3]))
    check("journal logging: the refused reload is logged as an error (<3>)",
          any(l.startswith("<3>") and "reload" in l for l in lines), repr(lines))


def plain(daemon, work, env, name, foreign_watchdog=False):
    run = os.path.join(work, name)
    os.makedirs(os.path.join(run, "logs"))
    config = os.path.join(run, "tailwatch.yaml")
    write_config(config, run, 1)
    stderr = os.path.join(run, "stderr.log")
    notify = sdn.NotifySocket(run)
    argv = [daemon, "--config", config, "--state-dir", os.path.join(run, "state")]
    if foreign_watchdog:
        # WATCHDOG_PID names this test process: the watchdog is someone else's.
        pid = sdn.spawn(argv, env, stderr, notify=notify, watchdog_usec=1000000,
                        watchdog_pid=os.getpid())
    else:
        pid = sdn.spawn(argv, env, stderr, notify=notify)
    try:
        ready = notify.wait_for(is_ready, 30, child_pid=pid)
        check("%s: READY=1" % name, ready is not None, "stderr: %s" % lines_of(stderr)[-5:])
        pings = [m for m in notify.drain(1.5) if m[2].get("WATCHDOG") == "1"]
        check("%s: no WATCHDOG=1 when the watchdog is not meant for this process" % name,
              not pings, repr(pings))
        rc = stop(pid)
        check("%s: exit status 0 after SIGTERM" % name, rc == 0, "exit %s" % rc)
    finally:
        if not sdn.exited(pid):
            stop(pid)
        notify.close()
    if not foreign_watchdog:
        lines = lines_of(stderr)
        bad = [l for l in lines
               if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (debug|info|warning|error) ",
                               l)]
        check("plain logging: lines start with a UTC timestamp and a level, no <N>",
              bool(lines) and not bad, repr(bad[:3] or lines))


def quiet(daemon, work, env):
    run = os.path.join(work, "quiet")
    os.makedirs(os.path.join(run, "logs"))
    config = os.path.join(run, "tailwatch.yaml")
    write_config(config, run, 1)
    stderr = os.path.join(run, "stderr.log")
    notify = sdn.NotifySocket(run)
    pid = sdn.spawn([daemon, "--config", config, "--log-level", "warning",
                     "--state-dir", os.path.join(run, "state")],
                    env, stderr, notify=notify, journal=True)
    try:
        ready = notify.wait_for(is_ready, 30, child_pid=pid)
        check("quiet: READY=1", ready is not None)
        rc = stop(pid)
        check("quiet: exit status 0 after SIGTERM", rc == 0, "exit %s" % rc)
    finally:
        if not sdn.exited(pid):
            stop(pid)
        notify.close()
    lines = lines_of(stderr)
    chatty = [l for l in lines if re.match(r"^<[67]>", l)]
    check("quiet: --log-level warning drops info/debug lines", not chatty, repr(chatty[:3]))


def main():
    daemon, work = sys.argv[1], sys.argv[2]
    env = {k: v for k, v in os.environ.items()}
    started = time.monotonic()
    lifecycle(daemon, work, env)
    plain(daemon, work, env, "plain")
    plain(daemon, work, env, "foreign", foreign_watchdog=True)
    quiet(daemon, work, env)
    print("%d checks failed (%.1f s)" % (len(failures), time.monotonic() - started))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
