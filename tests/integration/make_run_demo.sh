#!/usr/bin/env bash
# `make run`'s demo: the daemon on the embedded default fed by the generator;
# the seed alarm must reach ALARM within about a minute (it is evaluated at
# minute boundaries). Reads /api/v1/alarms, as a person would.
set -euo pipefail
build_dir="$1"
src_dir="$2"
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
DEMO_DIR="$work" DEMO_LISTEN="127.0.0.1:$port" "$src_dir/tools/run-demo.sh" "$build_dir" 100 \
  >"$work/demo.out" 2>&1 &
demo=$!
cleanup() {
  kill "$demo" 2>/dev/null || true
  wait "$demo" 2>/dev/null || true
  rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT

deadline=$((SECONDS + 95))
state=""
while ((SECONDS < deadline)); do
  body="$(curl -sf "http://127.0.0.1:$port/api/v1/alarms" || true)"
  if grep -q '"name":"anomalyAlarm","state":"ALARM"' <<<"$body"; then
    state=ALARM
    break
  fi
  sleep 1
done
if [[ "$state" != ALARM ]]; then
  echo "FAIL: anomalyAlarm did not reach ALARM; last answer: $body"
  tail -20 "$work/demo.out"
  exit 1
fi
echo "ok: anomalyAlarm in ALARM after $SECONDS s"
grep -o '"name":"anomalyAlarm","state":"ALARM","reason":"[^"]*"' <<<"$body" | sed -n 1p
