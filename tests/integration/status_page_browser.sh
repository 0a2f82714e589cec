#!/usr/bin/env bash
# The status page in a real browser (Debian's headless Chromium through
# chromedriver): `make run`'s demo (tailwatchd on the embedded default fed by
# tailwatch-loggen), the overview until an alarm shows ALARM, its alarm page
# (the chart's path has the API's datapoints), the patterns and anomalies of a
# log-anomaly detector on the demo group, the pattern tester (a match and
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
port="$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
# The embedded default plus a log-anomaly detector on the demo group, for the
# page's patterns and anomalies.
mkdir -p "$work/demo"
{
  cat "$source_dir/config/tailwatch.default.yaml"
  cat <<YAML
log_anomaly_detectors:
  - name: demoPatterns
    log_groups: [aiLogsGroup]
    learning_period: 5
    evaluation_frequency: 60
YAML
} >"$work/demo/tailwatch.yaml"
DEMO_DIR="$work/demo" DEMO_CONFIG="$work/demo/tailwatch.yaml" DEMO_LISTEN="127.0.0.1:$port" \
  "$source_dir/tools/run-demo.sh" "$build_dir" 110 \
  >"$work/demo.out" 2>&1 &
demo=$!
# A second daemon with protect_metrics: the page must ask for the token.
secure_port="$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
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
  kill "$demo" "$secure" 2>/dev/null || true
  wait "$demo" "$secure" 2>/dev/null || true
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
