#!/usr/bin/env bash
# tailwatchd's live /metrics against the real Prometheus tools (Debian's
# prometheus package, see shared/peers/RUNBOOK.md §1):
#  - `promtool check metrics` passes (rc 0, nothing on stderr) right after
#    start-up and again once lines were counted;
#  - a real Prometheus on 127.0.0.1 (temporary storage, scrape_interval 1s)
#    scrapes it: the target is up with no lastError, `up == 1`, and the query
#    API returns the filter's count and the metric value sum.
# Usage: daemon_prometheus.sh BUILD_DIR SOURCE_DIR
set -u
for tool in promtool prometheus; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool not installed (apt-get install prometheus)" >&2
    exit 77
  fi
done
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import json, os, random, shutil, subprocess, sys, tempfile, time, urllib.parse
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="tw-prometheus-")
logdir = os.path.join(work, "logs")
os.mkdir(logdir)
cfg = twd.render_config(source_dir, "tail.yaml", os.path.join(work, "tailwatch.yaml"),
                        LOGDIR=logdir)
daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))
prom = None
prom_log = os.path.join(work, "prometheus.log")


def promtool_check(when):
    text = daemon.metrics_text()
    r = subprocess.run(["promtool", "check", "metrics"], input=text.encode(),
                       capture_output=True, timeout=60)
    if r.returncode != 0 or r.stderr:
        raise TestFailure("promtool check metrics (%s): rc %d, stderr:\n%s\n--- /metrics:\n%s" %
                          (when, r.returncode, r.stderr.decode(errors="replace"), text))
    log("promtool check metrics (%s): rc 0, no findings, %d lines" %
        (when, len(text.splitlines())))


def prom_query(port, query):
    url = "http://127.0.0.1:%d/api/v1/query?%s" % (port, urllib.parse.urlencode({"query": query}))
    status, body = twd.http_get(url)
    if status != 200:
        raise TestFailure("Prometheus query %r answered %d: %s" % (query, status, body))
    data = json.loads(body)
    if data.get("status") != "success":
        raise TestFailure("Prometheus query %r: %s" % (query, body))
    return data["data"]["result"]


def body():
    global prom
    daemon.start()
    promtool_check("fresh start")

    maker = twd.LineMaker(random.Random(4))
    with open(os.path.join(logdir, "app.log"), "ab") as f:
        f.write(maker.make(1000))
    twd.check_counts(daemon, maker)
    promtool_check("after %d lines" % maker.lines)

    port = twd.free_port()
    with open(os.path.join(work, "prometheus.yml"), "w") as f:
        f.write("global: {scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s}\n"
                "scrape_configs:\n"
                "  - job_name: tailwatch\n"
                "    static_configs: [{targets: ['127.0.0.1:%d']}]\n" % daemon.port)
    with open(prom_log, "wb") as out:
        prom = subprocess.Popen(
            ["prometheus", "--config.file=" + os.path.join(work, "prometheus.yml"),
             "--web.listen-address=127.0.0.1:%d" % port,
             "--web.external-url=http://127.0.0.1:%d" % port,
             "--storage.tsdb.path=" + os.path.join(work, "tsdb"), "--log.level=warn"],
            stdin=subprocess.DEVNULL, stdout=out, stderr=out, cwd=work)
    log("prometheus pid", prom.pid, "on port", port, "scraping 127.0.0.1:%d" % daemon.port)

    def up():
        if prom.poll() is not None:
            raise twd._Fatal("prometheus exited %d:\n%s" % (prom.returncode, open(prom_log).read()))
        return [r for r in prom_query(port, "up == 1")]
    result = twd.wait_until(up, 60, "Prometheus to report up == 1", interval_s=0.25)
    log("up == 1:", json.dumps(result))

    status, body_text = twd.http_get("http://127.0.0.1:%d/api/v1/targets?state=active" % port)
    targets = json.loads(body_text)["data"]["activeTargets"]
    if len(targets) != 1 or targets[0]["health"] != "up" or targets[0]["lastError"]:
        raise TestFailure("target not healthy: %s" % json.dumps(targets))

    want = {
        'tailwatch_filter_matches_total{filter="errors",log_group="app"}': maker.errors,
        'tailwatch_metric_value_total{namespace="ITest",metric="ErrorMillis"}': maker.ms_sum,
        'tailwatch_read_lines_total{log_group="app"}': maker.lines,
        # One of the alarm's three state series is 1.
        'sum(tailwatch_alarm_state{alarm="errorAlarm"})': 1,
        'count(tailwatch_alarm_state{alarm="errorAlarm"})': 3,
    }
    for query, value in want.items():
        def seen():
            r = prom_query(port, query)
            return r if len(r) == 1 and float(r[0]["value"][1]) == value else None
        try:
            r = twd.wait_until(seen, 20, "Prometheus: %s == %s" % (query, value), interval_s=0.25)
        except TestFailure as e:
            raise TestFailure("%s; last result %s" % (e, prom_query(port, query)))
        log("Prometheus sees %s = %s" % (query, r[0]["value"][1]))
    log("PASS")


rc = 1
try:
    rc = twd.main_guard(body)
finally:
    if prom is not None and prom.poll() is None:
        prom.terminate()
        try:
            prom.wait(timeout=20)
        except subprocess.TimeoutExpired:
            prom.kill()
            prom.wait()
    daemon.kill()
    if rc != 0:
        log("daemon log tail:\n" + daemon.log_tail(40))
        if os.path.exists(prom_log):
            log("prometheus log tail:\n" + "\n".join(open(prom_log).read().splitlines()[-20:]))
    (shutil.rmtree(work, ignore_errors=True) if not os.environ.get("TW_KEEP") else log("kept", work))
sys.exit(rc)
PY
