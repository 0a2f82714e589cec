#!/usr/bin/env bash
# Crash test of the journal source against the real tailwatchd, without a
# running journald: journal files are made from export-format entries by
# Debian's systemd-journal-remote (--output) and moved into a journal
# directory (each one a new seqnum_id, as copied or remote journals arrive),
# some appended to in place (same seqnum_id, later entries), some holding
# entries OLDER than entries already read. Meanwhile the daemon is killed
# with SIGKILL and restarted again and again. At the end every entry of the
# matched unit must be counted exactly once (and none of the other unit),
# the value sum exact; a clean SIGTERM + restart keeps the counts.
#
# Usage: journal_crash.sh BUILD_DIR SOURCE_DIR   (TW_SEED=N to replay, TW_KILLS=N)
set -u
if [[ ! -x /lib/systemd/systemd-journal-remote ]]; then
  echo "SKIP: systemd-journal-remote not installed (apt-get install systemd-journal-remote)" >&2
  exit 77
fi
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import os, random, signal, subprocess, sys, tempfile, threading, time
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
seed = int(os.environ.get("TW_SEED", str(int(time.time()) % 100000)))
kills = int(os.environ.get("TW_KILLS", "25"))
log("seed", seed, "(rerun with TW_SEED=%d)" % seed, "kills", kills)

work = tempfile.mkdtemp(prefix="tw-journal-crash-")
jdir = os.path.join(work, "journal")
staging = os.path.join(work, "staging")
os.mkdir(jdir)
os.mkdir(staging)
cfg = os.path.join(work, "tailwatch.yaml")
twd.write_config(cfg, """
checkpoint_interval_ms: 200
log_groups:
  - name: kj
    journal: {directory: "%s", units: [trainer]}
    start_at: beginning
metric_filters:
  - {name: all, log_group: kj, pattern: "", metric_transformation: {name: Entries, namespace: JTest, value: "1"}}
  - {name: errors, log_group: kj, pattern: "ERROR", metric_transformation: {name: Errors, namespace: JTest, value: "1"}}
  - name: values
    log_group: kj
    regex: 'v=(?P<v>\\d+)'
    metric_transformation: {name: ValueSum, namespace: JTest, value: $v}
""" % jdir)
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))


class Writer:
    def __init__(self):
        self.rng = random.Random(seed * 7 + 1)
        self.stop = threading.Event()
        self.entries = 0      # of trainer.service: what must be counted
        self.errors = 0
        self.value_sum = 0
        self.files = []       # names in jdir
        self.older_files = 0
        self.appends = 0
        self.n = 0
        self.error = None

    def export(self, path, count, base_us):
        out = []
        for i in range(count):
            self.n += 1
            unit = "trainer.service" if self.rng.random() < 0.8 else "other.service"
            err = self.rng.random() < 0.3
            v = self.rng.randint(0, 999)
            if unit == "trainer.service":
                self.entries += 1
                self.errors += err
                self.value_sum += v
            out.append("__REALTIME_TIMESTAMP=%d\n__MONOTONIC_TIMESTAMP=%d\n"
                       "_BOOT_ID=0123456789abcdef0123456789abcdef\n_SYSTEMD_UNIT=%s\n"
                       "SYSLOG_IDENTIFIER=trainer\nPRIORITY=6\nMESSAGE=entry %d %s v=%d\n\n" %
                       (base_us + i * 1000, self.n, unit, self.n, "ERROR" if err else "info", v))
        with open(path, "w") as f:
            f.write("".join(out))

    def journal_remote(self, output, export):
        subprocess.run(["/lib/systemd/systemd-journal-remote", "--output=" + output, export],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def add_file(self):
        now_us = int(time.time() * 1e6)
        older = self.files and self.rng.random() < 0.25
        base = now_us - self.rng.randint(60, 300) * 1000000 if older else now_us
        self.older_files += bool(older)
        name = "f%04d.journal" % len(self.files)
        export = os.path.join(staging, name + ".export")
        self.export(export, self.rng.choice([1, 5, 20, 100, 400]), base)
        staged = os.path.join(staging, name)
        self.journal_remote(staged, export)
        os.rename(staged, os.path.join(jdir, name))  # arrives whole, as a copy would
        self.files.append(name)

    def append(self):
        name = self.rng.choice(self.files)
        export = os.path.join(staging, "append.export")
        self.export(export, self.rng.choice([1, 10, 50]), int(time.time() * 1e6))
        self.journal_remote(os.path.join(jdir, name), export)
        self.appends += 1

    def run(self):
        try:
            while not self.stop.is_set():
                if self.files and self.rng.random() < 0.3:
                    self.append()
                else:
                    self.add_file()
                time.sleep(self.rng.choice([0.02, 0.1, 0.3]))
        except Exception as e:  # noqa: BLE001 -- reported by the main thread
            self.error = e


writer = Writer()
thread = threading.Thread(target=writer.run, daemon=True)


def check(timeout_s):
    daemon.wait_metric("tailwatch_filter_matches_total", writer.entries, timeout_s=timeout_s,
                       filter="all", log_group="kj")
    m = daemon.scrape()
    got = (m.value("tailwatch_filter_matches_total", filter="all", log_group="kj"),
           m.value("tailwatch_filter_matches_total", filter="errors", log_group="kj"),
           m.value("tailwatch_metric_value_total", namespace="JTest", metric="ValueSum"))
    want = (float(writer.entries), float(writer.errors), float(writer.value_sum))
    if got != want:
        raise TestFailure("counts (entries, errors, value sum): got %s, want %s" % (got, want))


def body():
    rng = random.Random(seed)
    writer.add_file()
    thread.start()
    started = time.monotonic()
    for i in range(kills):
        daemon.start()
        time.sleep(rng.choice([0.05, 0.2, 0.5, 1.0, 2.0]) * rng.random() + 0.05)
        daemon.kill()
        time.sleep(rng.random() * 0.3)
        if writer.error:
            raise TestFailure("writer failed: %r" % writer.error)
        if time.monotonic() - started > 75:
            raise TestFailure("only %d kills in 75 s" % (i + 1))
    writer.stop.set()
    thread.join(30)
    if writer.error:
        raise TestFailure("writer failed: %r" % writer.error)
    log("%d kills in %.1f s; %d files (%d with older entries), %d appends, %d counted entries" %
        (kills, time.monotonic() - started, len(writer.files), writer.older_files,
         writer.appends, writer.entries))
    daemon.start()
    check(timeout_s=30)
    rc = daemon.stop()
    if rc != 0:
        raise TestFailure("tailwatchd exited %s after SIGTERM" % rc)
    daemon.start()
    time.sleep(1)
    check(timeout_s=10)
    # A reload that changes the journal source rebuilds the group: it carries
    # the positions over, so nothing is read again.
    with open(cfg) as f:
        text = f.read()
    twd.write_config(cfg, text.replace("units: [trainer]", "units: [trainer], priority: info"))
    daemon.signal(signal.SIGHUP)
    twd.wait_until(lambda: daemon.value("tailwatch_config_reloads_total") == 1, 10, "the reload")
    writer.add_file()
    check(timeout_s=10)
    daemon.stop()
    log("PASS")


twd.run_and_exit(body, work, [daemon], on_exit=[writer.stop.set], note="seed was %s; " % seed)
PY
