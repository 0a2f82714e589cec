# Sourced by the integration scripts that drive the real tailwatchd: their
# shared start-up steps, in one place.

# run_daemon_test BUILD_DIR SOURCE_DIR <<'PY' ... PY: skips (exit 77) when
# tailwatchd is not built, else runs the Python test on stdin with
# sys.argv = [-, BUILD_DIR, SOURCE_DIR] and lib/ (twd.py) importable.
run_daemon_test() {
  if [[ ! -x "$1/daemon/tailwatchd" ]]; then
    echo "SKIP: $1/daemon/tailwatchd not built" >&2
    exit 77
  fi
  PYTHONPATH="$2/tests/integration/lib${PYTHONPATH:+:$PYTHONPATH}" exec python3 - "$1" "$2"
}

# tailwatchd_work_dir: a temporary directory in `work`, removed on exit after
# the daemon in `pid` (when set) is stopped.
tailwatchd_work_dir() {
  work="$(mktemp -d)"
  pid=""
  trap 'if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi; rm -rf "$work"' EXIT
}

# start_tailwatchd DAEMON CONFIG: starts it in the background on a free port
# of 127.0.0.1 (state in $work/state, stderr in $work/daemon.log) and sets
# `pid` and `port`; prints the log and exits 1 when it does not come up.
start_tailwatchd() {
  # The log is emptied here, not only by the child's `2>`: on a restart the
  # loop below could otherwise read the last process's port before the child
  # has opened (and truncated) the file.
  : >"$work/daemon.log"
  "$1" --config "$2" --listen 127.0.0.1:0 --state-dir "$work/state" 2>"$work/daemon.log" &
  pid=$!
  port=""
  for _ in $(seq 1 200); do
    port="$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$work/daemon.log" | head -1)"
    [[ -n "$port" ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [[ -z "$port" ]]; then
    echo "FAIL daemon did not start"; cat "$work/daemon.log"; exit 1
  fi
  echo "tailwatchd pid $pid on port $port"
}

# The checks of the scripts that drive AWS clients: `check NAME RESULT DETAIL`
# prints "ok" or "FAIL" (RESULT 0: it held) and counts the failures;
# `jcheck NAME JSON EXPR` checks a Python expression over `d`, the parsed JSON.
failures=0
check() {
  if [[ "$2" == 0 ]]; then echo "ok   $1"; else echo "FAIL $1: $3"; failures=$((failures + 1)); fi
}
jcheck() {
  local ok
  ok="$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(0 if eval(sys.argv[2]) else 1)' "$2" "$3" 2>&1)"
  check "$1" "$([[ $ok == 0 ]]; echo $?)" "$3 over: $2"
}

# write_token: a fresh listener token in `token` and in $work/token (mode 600).
write_token() {
  token="tok-$$-$RANDOM"
  printf '%s\n' "$token" >"$work/token"
  chmod 600 "$work/token"
}
