"""Helpers for tailwatchd integration tests (python3 stdlib only).

A test starts the REAL daemon binary on a temporary directory:

    d = twd.Daemon(build_dir, config_path, state_dir, log_path)
    d.start()                      # --listen 127.0.0.1:0, port parsed from stderr
    m = d.scrape()                 # /metrics as twd.Metrics
    m.value("tailwatch_filter_matches_total", filter="errors")
    d.wait_metric("tailwatch_read_lines_total", 100, log_group="app")
    d.kill()   /   d.stop()        # SIGKILL / SIGTERM (+ wait)

Every wait is bounded by a timeout and raises TestFailure when it runs out, so
a stuck daemon fails the test instead of hanging CI. Each daemon's stderr is
appended to log_path so a failing test can print the daemon's side of it.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

SKIP = 77


class TestFailure(Exception):
    pass


class _Fatal(TestFailure):
    """Raised inside a wait_until predicate: stops the wait at once."""


def log(*args):
    """Progress line on stderr, flushed (ctest shows it on failure)."""
    print("[%7.2f]" % (time.monotonic() - _T0), *args, file=sys.stderr, flush=True)


_T0 = time.monotonic()


def free_port():
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(predicate, timeout_s, what, interval_s=0.1):
    """Calls predicate() until it returns a truthy value (returned) or the
    timeout runs out (TestFailure naming `what`). Exceptions from predicate
    count as 'not yet' (e.g. connection refused) and the last one is reported."""
    deadline = time.monotonic() + timeout_s
    last_error = None
    while True:
        try:
            result = predicate()
            if result:
                return result
        except _Fatal:
            raise
        except Exception as e:  # noqa: BLE001 -- 'not yet', reported at timeout
            last_error = e
        if time.monotonic() >= deadline:
            raise TestFailure("timed out after %.0f s waiting for %s%s" %
                              (timeout_s, what,
                               "" if last_error is None else " (last error: %r)" % last_error))
        time.sleep(interval_s)


# ---- Prometheus text exposition ------------------------------------------

_SAMPLE_RE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\S+)?$')
_LABEL_RE = re.compile(r'\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?')


def _unescape(value):
    return value.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def parse_exposition(text):
    """Parses Prometheus text format 0.0.4 into {(name, frozenset(labels.items())): value}."""
    samples = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m = _SAMPLE_RE.match(line)
        if not m:
            raise TestFailure("unparsable /metrics line: %r" % line)
        name, label_text, value = m.groups()
        labels = {}
        if label_text:
            pos = 0
            while pos < len(label_text):
                lm = _LABEL_RE.match(label_text, pos)
                if not lm:
                    raise TestFailure("unparsable labels in /metrics line: %r" % line)
                labels[lm.group(1)] = _unescape(lm.group(2))
                pos = lm.end()
        samples[(name, frozenset(labels.items()))] = float(value)
    return samples


class Metrics:
    """One scrape. value() sums the series of `name` whose labels include the
    given ones (so value(name) alone is the total over all series); a family
    with no matching series reads as `default`."""

    def __init__(self, text):
        self.text = text
        self.samples = parse_exposition(text)

    def series(self, name, **labels):
        want = set(labels.items())
        return [(dict(k[1]), v) for k, v in self.samples.items()
                if k[0] == name and want <= k[1]]

    def value(self, name, default=0.0, **labels):
        found = self.series(name, **labels)
        return sum(v for _, v in found) if found else default

    def has(self, name):
        return any(k[0] == name for k in self.samples)


def http_get(url, timeout_s=5.0):
    """(status, body text); HTTP errors return their status instead of raising."""
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


# ---- the daemon ------------------------------------------------------------

_LISTEN_RE = re.compile(r"listening on 127\.0\.0\.1:(\d+)")


class Daemon:
    """One tailwatchd process at a time; start() again after kill()/stop()
    runs a new process on the same config and state dir (a restart)."""

    def __init__(self, build_dir, config_path, state_dir, log_path, log_level="info",
                 extra_args=()):
        self.binary = os.path.join(build_dir, "daemon", "tailwatchd")
        self.config_path = config_path
        self.state_dir = state_dir
        self.log_path = log_path
        self.log_level = log_level
        self.extra_args = list(extra_args)
        self.proc = None
        self.port = None
        self.starts = 0

    @property
    def pid(self):
        return self.proc.pid if self.proc else None

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout_s=30):
        """Starts the daemon and waits for its 'listening on' line and /readyz."""
        if self.running():
            raise TestFailure("daemon already running (pid %d)" % self.proc.pid)
        self.starts += 1
        with open(self.log_path, "ab") as f:
            f.write(("---- start #%d\n" % self.starts).encode())
            offset = f.tell()
        logf = open(self.log_path, "ab")
        try:
            self.proc = subprocess.Popen(
                [self.binary, "--config", self.config_path, "--listen", "127.0.0.1:0",
                 "--state-dir", self.state_dir, "--log-level", self.log_level] + self.extra_args,
                stdin=subprocess.DEVNULL, stdout=logf, stderr=logf)
        finally:
            logf.close()

        def port_line():
            if self.proc.poll() is not None:
                raise TestFailure("tailwatchd exited with %d at start-up:\n%s" %
                                  (self.proc.returncode, self.log_tail()))
            with open(self.log_path, "rb") as f:
                f.seek(offset)
                m = _LISTEN_RE.search(f.read().decode("utf-8", "replace"))
            return int(m.group(1)) if m else None

        try:
            self.port = wait_until(port_line, timeout_s, "tailwatchd's 'listening on' line",
                                   interval_s=0.05)
        except TestFailure:
            if self.running():
                self.proc.kill()
                self.proc.wait()
            raise
        wait_until(lambda: http_get(self.url("/readyz"))[0] == 200, timeout_s, "/readyz == 200",
                   interval_s=0.05)
        return self

    def url(self, path):
        return "http://127.0.0.1:%d%s" % (self.port, path)

    def metrics_text(self):
        status, body = http_get(self.url("/metrics"))
        if status != 200:
            raise TestFailure("/metrics answered %d: %s" % (status, body[:200]))
        return body

    def scrape(self):
        return Metrics(self.metrics_text())

    def value(self, name, **labels):
        return self.scrape().value(name, **labels)

    def wait_metric(self, name, target, timeout_s=60, cmp="==", stall_s=15, **labels):
        """Waits until value(name, **labels) reaches `target` (cmp '==' or '>=')
        and returns the last value. With '==' a value above the target fails at
        once: these counters only grow, so overshooting means double counting.
        A value that has not moved for stall_s fails early (lost lines do not
        come back). On timeout the failure names the last value seen."""
        seen = [None]
        moved = [time.monotonic()]

        def reached():
            if not self.running():
                raise _Fatal("tailwatchd died (rc %s):\n%s" %
                             (self.proc.returncode, self.log_tail()))
            value = self.value(name, **labels)
            if value != seen[0]:
                moved[0] = time.monotonic()
            elif time.monotonic() - moved[0] > stall_s and value != target:
                raise _Fatal("%s%s stuck at %s for %d s, expected %s %s" %
                             (name, labels or "", value, stall_s, cmp, target))
            seen[0] = value
            if cmp == "==" and seen[0] > target:
                raise _Fatal("%s%s = %s overshot the expected %s (counted twice?)" %
                             (name, labels or "", seen[0], target))
            return seen[0] == target if cmp == "==" else seen[0] >= target

        try:
            wait_until(reached, timeout_s, "%s%s %s %s" % (name, labels or "", cmp, target))
        except _Fatal as e:
            raise TestFailure(str(e))
        except TestFailure as e:
            raise TestFailure("%s; last value %s" % (e, seen[0]))
        return seen[0]

    def signal(self, signo):
        self.proc.send_signal(signo)

    def kill(self):
        """SIGKILL and reap: nothing gets flushed."""
        if self.running():
            self.proc.kill()
        if self.proc:
            self.proc.wait()

    def stop(self, timeout_s=30):
        """SIGTERM, then waits for a clean exit; returns the exit code."""
        if not self.running():
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise TestFailure("tailwatchd did not stop within %d s of SIGTERM" % timeout_s)

    def rss_kb(self):
        """VmRSS of the running daemon in KiB."""
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise TestFailure("no VmRSS in /proc/%d/status" % self.proc.pid)

    def log_tail(self, lines=40):
        try:
            with open(self.log_path, "rb") as f:
                text = f.read().decode("utf-8", "replace")
        except OSError:
            return "(no daemon log)"
        return "\n".join(text.splitlines()[-lines:])


def write_config(path, text):
    with open(path, "w") as f:
        f.write(text)


def render_config(source_dir, name, dest, **subs):
    """Copies tests/testdata/daemon/NAME to DEST, replacing each @KEY@ with subs[KEY]."""
    with open(os.path.join(source_dir, "tests", "testdata", "daemon", name)) as f:
        text = f.read()
    for key, value in subs.items():
        text = text.replace("@%s@" % key, str(value))
    left = re.search(r"@[A-Z_]+@", text)
    if left:
        raise TestFailure("unreplaced placeholder in %s: %s" % (name, left.group(0)))
    write_config(dest, text)
    return dest


class LineMaker:
    """Log lines "<seq> <LEVEL> <ms> <padding>\n" from a seeded PRNG, with the
    counts the filters of tests/testdata/daemon/tail.yaml must report:
    lines (tailwatch_read_lines_total), errors (filter 'errors') and ms_sum
    (metric ErrorMillis, the sum of the third field of ERROR lines)."""

    LEVELS = ("INFO", "DEBUG", "WARN", "ERROR")

    def __init__(self, rng, error_ratio=0.3):
        self.rng = rng
        self.error_ratio = error_ratio
        self.seq = 0
        self.lines = 0
        self.errors = 0
        self.ms_sum = 0

    def make(self, n, eol="\n"):
        """n lines as one bytes object, each ended by eol ("\n" or "\r\n"); the
        counts are updated (written = counted)."""
        out = []
        rng = self.rng
        for _ in range(n):
            self.seq += 1
            if rng.random() < self.error_ratio:
                level = "ERROR"
                ms = rng.randint(0, 999)
                self.errors += 1
                self.ms_sum += ms
            else:
                level = rng.choice(self.LEVELS[:3])
                ms = rng.randint(0, 999)
            pad = "x" * rng.randint(0, 120)
            out.append("%d %s %d %s%s" % (self.seq, level, ms, pad, eol))
        self.lines += n
        return "".join(out).encode()


def check_counts(daemon, maker, group="app", timeout_s=60):
    """Waits until the daemon has read maker.lines lines, then asserts that the
    filters counted exactly maker's errors and ms_sum (none lost, none twice)."""
    daemon.wait_metric("tailwatch_read_lines_total", maker.lines, timeout_s=timeout_s,
                       log_group=group)
    m = daemon.scrape()
    got = (m.value("tailwatch_read_lines_total", log_group=group),
           m.value("tailwatch_filter_matches_total", filter="errors", log_group=group),
           m.value("tailwatch_metric_value_total", namespace="ITest", metric="ErrorMillis"))
    want = (float(maker.lines), float(maker.errors), float(maker.ms_sum))
    if got != want:
        raise TestFailure("counts (lines, errors, ErrorMillis sum): got %s, want %s" % (got, want))
    return m


def main_guard(body):
    """Runs body(); TestFailure -> message and exit 1; SKIP passes through."""
    try:
        rc = body()
    except TestFailure as e:
        log("FAIL:", e)
        return 1
    return 0 if rc is None else rc


def run_and_exit(body, work, daemons=(), on_exit=(), note=""):
    """The end of every test script: runs body() under main_guard, then
    calls each on_exit function, kills the daemons (SIGKILL, reaped), shows
    their log tails on failure (after `note`), removes `work` unless TW_KEEP
    is set, and exits with the test's status."""
    rc = 1
    try:
        rc = main_guard(body)
    finally:
        for f in on_exit:
            f()
        for d in daemons:
            d.kill()
        if rc != 0:
            for d in daemons:
                log(note + "daemon log tail:\n" + d.log_tail(60))
        if os.environ.get("TW_KEEP"):
            log("kept", work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(rc)
