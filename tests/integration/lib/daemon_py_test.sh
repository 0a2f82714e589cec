#!/usr/bin/env bash
# Runs the Python test read from stdin as `python3 - BUILD_DIR SOURCE_DIR`,
# after the check every daemon test makes first: exit 77 (skip) when
# tailwatchd is not built. Usage, at the top of a test script:
#   exec bash "$(dirname "$0")/lib/daemon_py_test.sh" "$@" <<'PY'
set -u
export PYTHONDONTWRITEBYTECODE=1
[[ -x "$1/daemon/tailwatchd" ]] || { echo "SKIP: tailwatchd not built" >&2; exit 77; }
exec python3 - "$1" "$2"
