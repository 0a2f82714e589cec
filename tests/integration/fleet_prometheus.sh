#!/usr/bin/env bash
# A fleet: three tailwatchd on 127.0.0.1, one real Prometheus scraping all three
# with the rules `tailwatch export prometheus-rules` wrote (per node and fleet-wide,
# side by side), one real Alertmanager delivering to a webhook sink.
#  - a failure on one node fires exactly one per-node alert, with that node's
#    instance in its labels, and one fleet alert; the other nodes fire nothing;
#  - both reach the webhook through Alertmanager, and both resolve when the node
#    logs normally again.
# Periods of 10 s and a 1 s scrape keep it well under two minutes.
# Usage: fleet_prometheus.sh BUILD_DIR SOURCE_DIR
set -u
for tool in promtool prometheus prometheus-alertmanager; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool not installed (apt-get install prometheus prometheus-alertmanager)" >&2
    exit 77
  fi
done
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import http.server, json, os, shutil, subprocess, sys, tempfile, threading, time, urllib.parse
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
tool = os.path.join(build_dir, "tools", "tailwatch")
work = tempfile.mkdtemp(prefix="tw-fleet-")
procs = []
nodes = []
stop_writing = threading.Event()

CONFIG = """
log_groups:
  - {name: train, files: ["%(logdir)s/*.log"], start_at: beginning, poll_interval_ms: 100}
metric_filters:
  - name: ncclTimeout
    log_group: train
    pattern: '"NCCL timeout"'
    metric_transformation: {name: NcclTimeouts, namespace: Fleet, value: "1", default_value: 0, unit: Count}
alarms:
  - name: ncclTimeouts
    alarm_description: A rank hit an NCCL timeout
    namespace: Fleet
    metric_name: NcclTimeouts
    statistic: Sum
    period: 10
    evaluation_periods: 1
    threshold: 0
    comparison_operator: GreaterThanThreshold
    treat_missing_data: notBreaching
"""

hooks = []  # webhook bodies Alertmanager delivered
hooks_lock = threading.Lock()


class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with hooks_lock:
            hooks.append(json.loads(body))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def start(name, argv, cwd):
    out = open(os.path.join(work, name + ".log"), "wb")
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=out, cwd=cwd)
    procs.append((name, p))
    log(name, "pid", p.pid)
    return p


def get_json(url):
    status, body = twd.http_get(url)
    if status != 200:
        raise TestFailure("GET %s answered %d: %s" % (url, status, body))
    return json.loads(body)


def writer(node_dirs):
    step = 0
    while not stop_writing.is_set():
        for d in node_dirs:
            with open(os.path.join(d, "train.log"), "a") as f:
                f.write("step %d loss 2.31 lr 3e-4\n" % step)
        step += 1
        time.sleep(0.5)


def body():
    node_dirs = []
    for i in range(3):
        d = os.path.join(work, "node%d" % (i + 1))
        os.makedirs(os.path.join(d, "logs"))
        cfg = os.path.join(d, "tailwatch.yaml")
        twd.write_config(cfg, CONFIG % {"logdir": os.path.join(d, "logs")})
        daemon = twd.Daemon(build_dir, cfg, os.path.join(d, "state"), os.path.join(d, "daemon.log"))
        daemon.start()
        nodes.append(daemon)
        node_dirs.append(os.path.join(d, "logs"))
    log("tailwatchd on ports", [n.port for n in nodes])
    threading.Thread(target=writer, args=(node_dirs,), daemon=True).start()

    # The rules, per node and fleet-wide, from the same config.
    cfg = nodes[0].config_path
    for mode, out in ((["--per-node", "instance"], "node.rules.yml"),
                      (["--fleet", "job"], "fleet.rules.yml")):
        r = subprocess.run([tool, "export", "prometheus-rules", "--config", cfg] + mode +
                           ["--output", os.path.join(work, out)], capture_output=True)
        if r.returncode != 0:
            raise TestFailure("export %s: %s" % (mode, r.stderr.decode()))

    sink = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    am_port, prom_port = twd.free_port(), twd.free_port()
    with open(os.path.join(work, "alertmanager.yml"), "w") as f:
        f.write("route: {receiver: sink, group_by: [alertname, scope], group_wait: 1s,"
                " group_interval: 1s, repeat_interval: 1h}\n"
                "receivers:\n"
                "  - name: sink\n"
                "    webhook_configs: [{url: 'http://127.0.0.1:%d/hook', send_resolved: true}]\n"
                % sink.server_address[1])
    start("alertmanager",
          ["prometheus-alertmanager", "--config.file=alertmanager.yml",
           "--web.listen-address=127.0.0.1:%d" % am_port, "--cluster.listen-address=",
           "--web.external-url=http://127.0.0.1:%d" % am_port,
           "--storage.path=" + os.path.join(work, "am")], work)
    targets = ", ".join("'127.0.0.1:%d'" % n.port for n in nodes)
    with open(os.path.join(work, "prometheus.yml"), "w") as f:
        f.write("global: {scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s}\n"
                "rule_files: [node.rules.yml, fleet.rules.yml]\n"
                "alerting:\n"
                "  alertmanagers: [{static_configs: [{targets: ['127.0.0.1:%d']}]}]\n"
                "scrape_configs:\n"
                "  - job_name: tailwatch\n"
                "    static_configs: [{targets: [%s]}]\n" % (am_port, targets))
    r = subprocess.run(["promtool", "check", "config", "prometheus.yml"], cwd=work,
                       capture_output=True)
    if r.returncode != 0:
        raise TestFailure("promtool check config: %s" % (r.stdout + r.stderr).decode())
    prom = start("prometheus",
                 ["prometheus", "--config.file=prometheus.yml",
                  "--web.listen-address=127.0.0.1:%d" % prom_port,
                  "--web.external-url=http://127.0.0.1:%d" % prom_port,
                  "--storage.tsdb.path=" + os.path.join(work, "tsdb"), "--log.level=warn"], work)
    api = "http://127.0.0.1:%d/api/v1/" % prom_port

    def query(q):
        return get_json(api + "query?" + urllib.parse.urlencode({"query": q}))["data"]["result"]

    def all_up():
        if prom.poll() is not None:
            raise twd._Fatal("prometheus exited %d" % prom.returncode)
        return len(query("up == 1")) == 3
    twd.wait_until(all_up, 60, "Prometheus to scrape all three nodes", interval_s=0.25)
    # Every node's alarm series is being recorded and reads "no breach".
    twd.wait_until(lambda: len(query('tailwatch_alarm:breaching{scope="node"} == 0')) == 3, 40,
                   "the per-node breach flags of all three nodes", interval_s=0.25)

    def firing():
        return [a for a in get_json(api + "alerts")["data"]["alerts"] if a["state"] == "firing"]
    if firing():
        raise TestFailure("alerts fire before any failure: %s" % json.dumps(firing()))

    failing = nodes[1]
    with open(os.path.join(node_dirs[1], "train.log"), "a") as f:
        f.write("[E ProcessGroupNCCL.cpp:475] [Rank 9] NCCL timeout after 1800000 ms\n" * 3)
    injected = time.monotonic()
    log("NCCL timeouts written on node 2 (127.0.0.1:%d)" % failing.port)

    def both_firing():
        alerts = firing()
        scopes = sorted(a["labels"]["scope"] for a in alerts)
        return alerts if scopes == ["fleet", "node"] else None
    alerts = twd.wait_until(both_firing, 60, "one per-node and one fleet alert", interval_s=0.25)
    log("firing after %.1f s:" % (time.monotonic() - injected), json.dumps(alerts))
    node_alert = [a for a in alerts if a["labels"]["scope"] == "node"][0]
    fleet_alert = [a for a in alerts if a["labels"]["scope"] == "fleet"][0]
    if node_alert["labels"].get("instance") != "127.0.0.1:%d" % failing.port:
        raise TestFailure("per-node alert names the wrong node: %s" % json.dumps(node_alert))
    if "instance" in fleet_alert["labels"] or fleet_alert["labels"].get("job") != "tailwatch":
        raise TestFailure("fleet alert labels: %s" % json.dumps(fleet_alert))
    for a in alerts:
        if a["labels"].get("alarm") != "ncclTimeouts" or \
           a["annotations"].get("description") != "A rank hit an NCCL timeout":
            raise TestFailure("alert without the alarm's name/description: %s" % json.dumps(a))
    # tailwatchd on the failing node agrees.
    state = failing.value("tailwatch_alarm_state", alarm="ncclTimeouts", state="ALARM")
    log("tailwatchd on node 2: tailwatch_alarm_state{state=ALARM} =", state)

    def delivered(status):
        with hooks_lock:
            got = [(h["status"], a["labels"]["scope"], a["labels"].get("instance"))
                   for h in hooks for a in h["alerts"] if a["status"] == status]
        return sorted(set(got)) if len({s for _, s, _ in got}) == 2 else None
    got = twd.wait_until(lambda: delivered("firing"), 30, "Alertmanager to deliver both alerts",
                         interval_s=0.25)
    log("webhook got (firing):", got)

    got = twd.wait_until(lambda: delivered("resolved"), 60, "both alerts to resolve",
                         interval_s=0.25)
    log("webhook got (resolved) after %.1f s:" % (time.monotonic() - injected), got)
    if firing():
        raise TestFailure("still firing after the resolve: %s" % json.dumps(firing()))
    with hooks_lock:
        firing_instances = {a["labels"].get("instance") for h in hooks for a in h["alerts"]
                            if a["labels"]["scope"] == "node"}
    if firing_instances != {"127.0.0.1:%d" % failing.port}:
        raise TestFailure("per-node alerts for other nodes: %s" % firing_instances)
    log("PASS")


rc = 1
try:
    rc = twd.main_guard(body)
finally:
    stop_writing.set()
    for name, p in reversed(procs):
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
    for n in nodes:
        if n.running():
            n.stop()
    if rc != 0:
        for name in ("prometheus", "alertmanager"):
            path = os.path.join(work, name + ".log")
            if os.path.exists(path):
                log("---- %s log:\n%s" % (name, open(path, errors="replace").read()[-3000:]))
    shutil.rmtree(work, ignore_errors=True)
sys.exit(rc)
PY
