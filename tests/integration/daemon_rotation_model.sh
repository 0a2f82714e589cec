#!/usr/bin/env bash
# Model-based rotation test against the real tailwatchd: a seeded random
# sequence of write / split write (LF or CRLF, the cut anywhere) /
# rename-rotate (with straggler writes on the old fd) /
# copytruncate / truncate / delete / recreate on two log files while the
# daemon runs; a model counts what was written. At the end (and at every
# catch-up) /metrics must equal the model: every line read once, every ERROR
# line counted once, the ErrorMillis sum exact.
#
# Inherent losses are avoided, not excused: before a truncate, copytruncate or
# delete (which destroy unread bytes) the test waits until the daemon has read
# everything, and a file is renamed out of the glob only after the daemon has
# seen it (a catch-up happened after the file was created).
#
# Usage: daemon_rotation_model.sh BUILD_DIR SOURCE_DIR   (TW_SEED=N to replay a run)
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import os, random, shutil, sys, tempfile, time
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
seed = int(os.environ.get("TW_SEED", str(int(time.time()) % 100000)))
steps = int(os.environ.get("TW_STEPS", "300"))
rng = random.Random(seed)
log("seed", seed, "(rerun with TW_SEED=%d)" % seed, "steps", steps)

work = tempfile.mkdtemp(prefix="tw-rotation-")
logdir = os.path.join(work, "logs")
os.mkdir(logdir)
cfg = twd.render_config(source_dir, "tail.yaml", os.path.join(work, "tailwatch.yaml"),
                        LOGDIR=logdir)
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))
maker = twd.LineMaker(rng)


class File:
    """The model of one watched path: the writer's fd and whether the daemon
    has certainly opened the file behind it."""

    def __init__(self, name):
        self.name = name
        self.path = os.path.join(logdir, name)
        self.fd = None
        self.seen = False
        self.rotations = 0

    def exists(self):
        return os.path.exists(self.path)

    def open(self):
        if self.fd is None:
            created = not self.exists()
            self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            if created:
                self.seen = False

    def close(self):
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def shift_rotated(self):
        """name.N -> name.N+1 ... name.1 -> name.2 (none matches *.log)."""
        for n in range(self.rotations, 0, -1):
            src = "%s.%d" % (self.path, n)
            if os.path.exists(src):
                os.rename(src, "%s.%d" % (self.path, n + 1))
        self.rotations += 1


files = [File("app.log"), File("worker.log")]
catch_ups = 0


def catch_up():
    global catch_ups
    catch_ups += 1
    twd.check_counts(daemon, maker, timeout_s=60)
    for f in files:
        if f.exists():
            f.seen = True


def write(f, n):
    f.open()
    os.write(f.fd, maker.make(n))


def op_write(f):
    write(f, rng.choice([1, 2, 5, 20, 100, 500, 2000]))


def op_partial(f):
    """Lines (LF or CRLF) written in two pieces split anywhere, even inside a
    CRLF: the daemon holds the partial last line until its end arrives."""
    data = maker.make(rng.choice([1, 3, 30]), eol=rng.choice(["\n", "\r\n"]))
    cut = rng.randint(1, len(data) - 1)
    f.open()
    os.write(f.fd, data[:cut])
    time.sleep(rng.choice([0.0, 0.02, 0.3]))
    os.write(f.fd, data[cut:])


def op_rename_rotate(f):
    if not f.exists():
        return "skip"
    if not f.seen:
        catch_up()  # renamed out of the glob before the daemon opened it = lost
    f.shift_rotated()
    os.rename(f.path, f.path + ".1")
    if f.fd is not None and rng.random() < 0.5:
        # The application still writes to its old fd for a moment.
        os.write(f.fd, maker.make(rng.randint(1, 50)))
    f.close()
    if rng.random() < 0.5:
        f.open()  # create the new file now (else at the next write)


def op_copytruncate(f):
    if not f.exists():
        return "skip"
    catch_up()
    f.shift_rotated()
    shutil.copyfile(f.path, f.path + ".1")
    os.truncate(f.path, 0)


def op_truncate(f):
    if not f.exists():
        return "skip"
    catch_up()
    os.truncate(f.path, 0)


def op_delete(f):
    if not f.exists():
        return "skip"
    catch_up()
    f.close()
    os.unlink(f.path)


def op_recreate(f):
    if f.exists():
        catch_up()
        f.close()
        os.unlink(f.path)
    f.open()


ops = [(op_write, 45), (op_partial, 8), (op_rename_rotate, 12), (op_copytruncate, 8), (op_truncate, 6),
       (op_delete, 6), (op_recreate, 6)]


def body():
    daemon.start()
    log("tailwatchd pid", daemon.pid, "port", daemon.port)
    trace = []
    started = time.monotonic()
    for step in range(steps):
        op = rng.choices([o for o, _ in ops], weights=[w for _, w in ops])[0]
        f = rng.choice(files)
        result = op(f)
        trace.append("%d:%s(%s)%s" % (step, op.__name__[3:], f.name,
                                      "" if result is None else "=" + result))
        if rng.random() < 0.3:
            time.sleep(rng.choice([0.001, 0.01, 0.05, 0.2]))
        if time.monotonic() - started > 120:
            log("stopping early at step", step, "(time budget)")
            break
    log("ops:", " ".join(trace))
    m = twd.check_counts(daemon, maker, timeout_s=90)
    # Late double counting (a rotated file read again after its drain) would
    # show up after rotate_wait; wait past it and compare again.
    time.sleep(6)
    m = twd.check_counts(daemon, maker, timeout_s=5)
    log("final: lines %d, errors %d, ErrorMillis %d, catch-ups %d; daemon: rotations %d, "
        "truncations %d, files watched %d" %
        (maker.lines, maker.errors, maker.ms_sum, catch_ups,
         m.value("tailwatch_file_rotations_total"), m.value("tailwatch_file_truncations_total"),
         m.value("tailwatch_files_watched")))
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
        log("seed was", seed, "; daemon log tail:\n" + daemon.log_tail(60))
    (shutil.rmtree(work, ignore_errors=True) if not os.environ.get("TW_KEEP") else log("kept", work))
sys.exit(rc)
PY
