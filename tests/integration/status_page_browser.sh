#!/usr/bin/env bash
# The status page in a real browser (Debian's headless Chromium through
# chromedriver): `make run`'s demo (tailwatchd on the embedded default fed by
# tailwatch-loggen), the overview until an alarm shows ALARM, its alarm page
# (the chart's path has the API's datapoints; the seed alarm's notifications to
# a local webhook sink show delivered, to a port nothing listens on retrying),
# the patterns of a log-anomaly detector on the demo group (each pattern's
# sparkline has the API's per-period counts) and its anomalies, the pattern tester (a match and
# its extracted values), a hostile line rendered as text, and the token prompt
# of a daemon with protect_metrics. Saves the
# screenshots into docs/images/ when STATUS_PAGE_SCREENSHOTS=1.
# The checks live in status_page_browser.py. Args: BUILD_DIR SOURCE_DIR.
# Exit 77 = skip (Chromium, chromedriver or python3-selenium not installed).
set -uo pipefail
build_dir="$(cd "${1:?usage: status_page_browser.sh BUILD_DIR SOURCE_DIR}" && pwd)"
source_dir="$(cd "${2:?usage: status_page_browser.sh BUILD_DIR SOURCE_DIR}" && pwd)"
[[ -x "$build_dir/daemon/tailwatchd" ]] || { echo "skip: tailwatchd not built"; exit 77; }
[[ -x "$build_dir/tools/tailwatch-loggen" ]] || { echo "skip: tailwatch-loggen not built"; exit 77; }
chromium="$(command -v chromium || true)"
driver="$(command -v chromedriver || true)"
[[ -n "$chromium" && -n "$driver" ]] || { echo "skip: chromium/chromedriver not installed"; exit 77; }
# Debian's python3-selenium lives in the system interpreter.
python=/usr/bin/python3
"$python" -c 'import selenium' 2>/dev/null || { echo "skip: python3-selenium not installed"; exit 77; }

work="$(mktemp -d)"
free_port() {
  "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
port="$(free_port)"
# A webhook sink answering 200, and a port nothing listens on (refused).
sink_port="$(free_port)"
dead_port="$(free_port)"
# The embedded default with the seed alarm notifying both, plus a log-anomaly
# detector on the demo group (10 s periods: several points per sparkline
# within the test), for the page's delivery states, patterns and anomalies.
mkdir -p "$work/demo"
{
  sed 's/alarm_actions: \[\]/alarm_actions: [pageSink, deadSink]/' "$source_dir/config/tailwatch.default.yaml"
  cat <<YAML
targets:
  - {name: pageSink, type: webhook, url: "http://127.0.0.1:$sink_port/hook"}
  - {name: deadSink, type: webhook, url: "http://127.0.0.1:$dead_port/hook",
     initial_backoff_ms: 200, max_backoff_ms: 1000, max_attempts: 1000000}
log_anomaly_detectors:
  - name: demoPatterns
    log_groups: [aiLogsGroup]
    learning_period: 5
    evaluation_frequency: 10
YAML
} >"$work/demo/tailwatch.yaml"
grep -q 'alarm_actions: \[pageSink, deadSink\]' "$work/demo/tailwatch.yaml" ||
  { echo "FAIL: the seed alarm's alarm_actions not found in the default config"; rm -rf "$work"; exit 1; }
"$python" - "$sink_port" >"$work/sink.out" 2>&1 <<'PY' &
import http.server, sys
class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
PY
sink=$!
DEMO_DIR="$work/demo" DEMO_CONFIG="$work/demo/tailwatch.yaml" DEMO_LISTEN="127.0.0.1:$port" \
  "$source_dir/tools/run-demo.sh" "$build_dir" 110 \
  >"$work/demo.out" 2>&1 &
demo=$!
# A second daemon with protect_metrics: the page must ask for the token.
secure_port="$(free_port)"
mkdir -p "$work/secure"
printf 'page-test-token-0123456789\n' >"$work/secure/token"
chmod 600 "$work/secure/token"
touch "$work/secure/app.log"
cat >"$work/secure/tailwatch.yaml" <<YAML
server:
  listen: "127.0.0.1:$secure_port"
  auth_token_file: $work/secure/token
  protect_metrics: true
state_dir: $work/secure/state
log_groups:
  - {name: app, files: ["$work/secure/app.log"]}
metric_filters:
  - name: errors
    log_group: app
    pattern: ERROR
    metric_transformation: {name: Errors, namespace: App, value: "1"}
alarms:
  - {name: secureErrors, namespace: App, metric_name: Errors, statistic: Sum, period: 60,
     evaluation_periods: 1, threshold: 0, comparison_operator: GreaterThanThreshold}
YAML
"$build_dir/daemon/tailwatchd" --config "$work/secure/tailwatch.yaml" >"$work/secure.out" 2>&1 &
secure=$!
cleanup() {
  kill "$demo" "$secure" "$sink" 2>/dev/null || true
  wait "$demo" "$secure" "$sink" 2>/dev/null || true
  rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT

shots=""
[[ "${STATUS_PAGE_SCREENSHOTS:-0}" == 1 ]] && shots="$source_dir/docs/images"
timeout 115 "$python" "$source_dir/tests/integration/status_page_browser.py" \
  --url "http://127.0.0.1:$port/" --chromium "$chromium" --driver "$driver" \
  --profile "$work/profile" --screenshots "${shots:-$work/shots}" --demo-logs "$work/demo/logs" \
  --secure-url "http://127.0.0.1:$secure_port/" --token page-test-token-0123456789
rc=$?
if ((rc != 0)); then
  echo "--- demo output"
  tail -20 "$work/demo.out"
  echo "--- protected daemon output"
  tail -5 "$work/secure.out"
fi
exit "$rc"
