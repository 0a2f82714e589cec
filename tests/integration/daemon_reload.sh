#!/usr/bin/env bash
# Reload test against the real tailwatchd (SIGHUP):
#  1. v1 -> v2: 'errors' unchanged (its count continues), 'warnings' changed
#     (its match counter restarts with the new pattern, its metric series
#     total continues), 'infos' added (counts from the reload on); no line is
#     read twice.
#  2. v2 -> broken config: refused, tailwatch_config_reload_failures_total +1,
#     the error is logged with the offending key, and v2 keeps counting.
#  3. broken -> v2 again: applied; unchanged filters keep their counts.
#  4. v2 -> v3 (the log group's max_line_bytes changes, so its files are
#     re-opened at their offsets): no line read twice, tailwatch_read_lines_total
#     does not drop.
# Usage: daemon_reload.sh BUILD_DIR SOURCE_DIR
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import os, shutil, signal, sys, tempfile
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="tw-reload-")
logdir = os.path.join(work, "logs")
os.mkdir(logdir)
cfg = os.path.join(work, "tailwatch.yaml")
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))
app = os.path.join(logdir, "app.log")
written = {"lines": 0}


def use(name):
    twd.render_config(source_dir, name, cfg, LOGDIR=logdir)


def append(errors, warn_disk, warn_other, infos):
    lines = []
    for i in range(errors):
        lines.append("ERROR job %d failed\n" % i)
    for i in range(warn_disk):
        lines.append("WARN disk %d is 91%% full\n" % i)
    for i in range(warn_other):
        lines.append("WARN slow step %d\n" % i)
    for i in range(infos):
        lines.append("INFO step %d done\n" % i)
    with open(app, "a") as f:
        f.write("".join(lines))
    written["lines"] += len(lines)


def expect(step, **want):
    """Waits for read_lines to reach what was written, then compares counters."""
    daemon.wait_metric("tailwatch_read_lines_total", written["lines"], timeout_s=30,
                       log_group="app")
    m = daemon.scrape()
    got = {}
    for key in want:
        if key in ("reloads", "reload_failures"):
            got[key] = m.value("tailwatch_config_%s_total" % key)
        elif key.startswith("series_"):
            got[key] = m.value("tailwatch_metric_value_total", namespace="ITest",
                               metric=key[len("series_"):])
        else:
            got[key] = m.value("tailwatch_filter_matches_total", default=None, filter=key,
                               log_group="app")
    want = {k: float(v) if v is not None else None for k, v in want.items()}
    if got != want:
        raise TestFailure("%s: got %s, want %s" % (step, got, want))
    log("%s: %s" % (step, got))


def hup_and_wait(counter, value):
    daemon.signal(signal.SIGHUP)
    daemon.wait_metric("tailwatch_config_%s_total" % counter, value, timeout_s=30)


def body():
    use("reload_v1.yaml")
    daemon.start()
    append(errors=10, warn_disk=3, warn_other=4, infos=5)
    expect("v1", errors=10, warnings=7, infos=None, series_WarnCount=7, reloads=0,
           reload_failures=0)

    use("reload_v2.yaml")
    hup_and_wait("reloads", 1)
    expect("right after v1->v2", errors=10, warnings=0, infos=0, series_ErrorCount=10,
           series_WarnCount=7, reloads=1, reload_failures=0)
    append(errors=4, warn_disk=3, warn_other=2, infos=5)
    expect("v2", errors=14, warnings=3, infos=5, series_ErrorCount=14, series_WarnCount=10,
           series_InfoCount=5, reloads=1, reload_failures=0)

    use("reload_broken.yaml")
    hup_and_wait("reload_failures", 1)
    append(errors=2, warn_disk=2, warn_other=1, infos=2)
    expect("broken refused, v2 still running", errors=16, warnings=5, infos=7,
           series_ErrorCount=16, series_WarnCount=12, series_InfoCount=7, reloads=1,
           reload_failures=1)
    with open(daemon.log_path, errors="replace") as f:
        text = f.read()
    for needle in ("reload refused", "poll_intervall_ms"):
        if needle not in text:
            raise TestFailure("daemon log lacks %r after the broken reload:\n%s" %
                              (needle, daemon.log_tail(20)))
    status, _ = twd.http_get(daemon.url("/readyz"))
    if status != 200:
        raise TestFailure("/readyz answered %d after a refused reload" % status)

    use("reload_v2.yaml")
    hup_and_wait("reloads", 2)
    append(errors=1, warn_disk=1, warn_other=0, infos=1)
    expect("v2 again", errors=17, warnings=6, infos=8, series_ErrorCount=17,
           series_WarnCount=13, series_InfoCount=8, reloads=2, reload_failures=1)

    # The log group's tail options change: its TailSet is rebuilt at the old
    # offsets. Nothing is read twice and the read counters must not drop.
    use("reload_v3.yaml")
    hup_and_wait("reloads", 3)
    expect("right after the tail options changed", errors=17, warnings=6, infos=8, reloads=3)
    append(errors=2, warn_disk=1, warn_other=1, infos=1)
    expect("v3", errors=19, warnings=7, infos=9, series_ErrorCount=19, reloads=3,
           reload_failures=1)
    rc = daemon.stop()
    if rc != 0:
        raise TestFailure("tailwatchd exited %s after SIGTERM" % rc)
    log("PASS")


rc = 1
try:
    rc = twd.main_guard(body)
finally:
    daemon.kill()
    if rc != 0:
        log("daemon log tail:\n" + daemon.log_tail(60))
    (shutil.rmtree(work, ignore_errors=True) if not os.environ.get("TW_KEEP") else log("kept", work))
sys.exit(rc)
PY
