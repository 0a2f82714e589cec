#!/usr/bin/env bash
# Hostile clients against tailwatchd's ingestion endpoints: oversize bodies, a
# 10 MB single line (raw and gzipped), a gzip bomb, invalid JSON, invalid
# UTF-8, wrong tokens, slowloris, 1,000 idle connections. Each gets its
# documented answer, a normal push succeeds after each, and the daemon's RSS
# stays bounded (printed). The checks live in push_hostile.py (stdlib only).
# Args: BUILD_DIR SOURCE_DIR. Exit 77 = skip (no tailwatchd or no python3).
set -uo pipefail
build_dir="${1:?usage: push_hostile.sh BUILD_DIR SOURCE_DIR}"
source_dir="${2:?usage: push_hostile.sh BUILD_DIR SOURCE_DIR}"
daemon="$build_dir/daemon/tailwatchd"
[[ -x "$daemon" ]] || { echo "skip: $daemon not built"; exit 77; }
command -v python3 >/dev/null || { echo "skip: python3 missing"; exit 77; }
# 1,000 idle client sockets plus as many in the daemon.
ulimit -n 4096 2>/dev/null || { echo "skip: cannot raise the open-file limit to 4096"; exit 77; }

source "$(dirname "$0")/lib/daemon.sh"
tailwatchd_work_dir

read_timeout_ms=2000
token="tok-$$-$RANDOM"
printf '%s\n' "$token" >"$work/token"
chmod 600 "$work/token"
cat >"$work/tailwatch.yaml" <<YAML
server:
  listen: "127.0.0.1:0"
  auth_token_file: $work/token
  max_body_bytes: 1048576
  read_timeout_ms: $read_timeout_ms
  max_connections: 1100          # room for the 1,000 idle ones plus real clients
state_dir: $work/state
log_groups:
  - name: hostile
metric_filters:
  - name: errors
    log_group: hostile
    pattern: error
    metric_transformation: {name: Errors, namespace: Test, value: "1"}
YAML

start_tailwatchd "$daemon" "$work/tailwatch.yaml"

python3 "$source_dir/tests/integration/push_hostile.py" "$port" "$token" "$pid" "$read_timeout_ms"
rc=$?
if ! kill -0 "$pid" 2>/dev/null; then
  echo "FAIL the daemon died"; tail -30 "$work/daemon.log"; exit 1
fi
if ((rc != 0)); then echo "--- daemon log"; tail -30 "$work/daemon.log"; fi
exit "$rc"
