#!/usr/bin/env bash
# The kernel source against the live kernel log: records written to /dev/kmsg
# (root may write there; the kernel logs them like its own lines) reach the
# GPU-node pack's `kernel: true` group and its filters exactly once, across a
# SIGKILL with more records written while the daemon is down (the kmsg
# sequence number in the checkpoint). Where the local journal holds kernel
# entries the group reads them from the journal instead (the journal wins);
# the test then checks the same counts through journald.
# Skipped (77) where /dev/kmsg cannot be written and read (not root, a
# container without the device).
#
# Usage: kmsg_live.sh BUILD_DIR SOURCE_DIR
set -u
if ! { : >>/dev/kmsg; } 2>/dev/null || ! head -c0 /dev/kmsg 2>/dev/null; then
  echo "SKIP: /dev/kmsg is not writable and readable here (needs root and the device)" >&2
  exit 77
fi
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import os, random, shutil, sys, tempfile, time
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="tw-kmsg-")
nonce = "%08x" % random.getrandbits(32)
cfg = os.path.join(work, "tailwatch.yaml")
twd.write_config(cfg, """
checkpoint_interval_ms: 200
include: ["embedded:packs/gpu-node.yaml"]
metric_filters:
  - {name: probe, log_group: gpuNode, pattern: "\\"tailwatch-probe-%s\\"", metric_transformation: {name: Probe, namespace: KTest, value: "1"}}
""" % nonce)
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))
written = 0


def write_records(n):
    """At most 10 per call: /dev/kmsg rate-limits each open file to 10 records
    per 5 s (kernel.printk_devkmsg=ratelimit), so every call opens its own."""
    global written
    assert n <= 10
    fd = os.open("/dev/kmsg", os.O_WRONLY)
    try:
        for _ in range(n):
            written += 1
            # One write is one record; "<4>" = warning.
            os.write(fd, ("<4>tailwatch-probe-%s %d: NVRM: Xid (PCI:0000:3b:00): 79, pid=1, "
                          "name=python, GPU has fallen off the bus.\n" % (nonce, written)).encode())
    finally:
        os.close(fd)


def wait_counts():
    daemon.wait_metric("tailwatch_filter_matches_total", written, timeout_s=30, filter="probe",
                       log_group="gpuNode")
    m = daemon.scrape()
    xid = m.value("tailwatch_filter_matches_total", filter="gpuNodeFallenOffBus",
                  log_group="gpuNode")
    if xid < written:
        raise TestFailure("gpuNodeFallenOffBus counted %s of %d Xid 79 lines" % (xid, written))


def body():
    daemon.start()
    with open(daemon.log_path) as f:
        text = f.read()
    if "kernel via /dev/kmsg" in text:
        log("the group reads /dev/kmsg")
    elif "kernel via journal" in text:
        log("the group reads the journal's kernel entries (the journal wins)")
    else:
        raise TestFailure("the start-up line does not say where kernel lines come from:\n" + text)
    write_records(5)
    wait_counts()
    daemon.kill()
    write_records(7)  # while down: read after the restart, from the checkpointed seqnum on
    daemon.start()
    wait_counts()
    time.sleep(1)
    wait_counts()  # nothing read twice
    if daemon.stop() != 0:
        raise TestFailure("tailwatchd did not exit 0 after SIGTERM")
    daemon.start()
    write_records(3)
    wait_counts()
    daemon.stop()
    log("PASS: %d records counted once each" % written)


rc = 1
try:
    rc = twd.main_guard(body)
finally:
    daemon.kill()
    if rc != 0:
        log("daemon log tail:\n" + daemon.log_tail(60))
    shutil.rmtree(work, ignore_errors=True)
sys.exit(rc)
PY
