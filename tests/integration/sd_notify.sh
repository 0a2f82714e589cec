#!/usr/bin/env bash
# tailwatchd speaks systemd's Type=notify protocol to a NOTIFY_SOCKET this test owns:
# READY=1 (+STATUS=), WATCHDOG=1 pings, RELOADING=1/READY=1 around SIGHUP, STOPPING=1 on
# SIGTERM; and it logs with <N> prefixes and no timestamps when JOURNAL_STREAM names its
# stderr. No systemd needed: tests/integration/lib/sd_notify_check.py plays the manager.
# Usage: sd_notify.sh BUILD_DIR SOURCE_DIR
set -u
# Absolute: the paths go into unit files and other processes' command lines.
build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
daemon="$build_dir/daemon/tailwatchd"
if [[ ! -x "$daemon" ]]; then
  echo "SKIP: $daemon not built" >&2
  exit 77
fi
if ! command -v python3 >/dev/null; then
  echo "SKIP: python3 not installed" >&2
  exit 77
fi
work=$(mktemp -d)
# The python helpers import each other: keep __pycache__ out of the source tree.
export PYTHONDONTWRITEBYTECODE=1
trap 'rm -rf "$work"' EXIT
# A short path: AF_UNIX socket paths are limited to 108 bytes.
python3 "$source_dir/tests/integration/lib/sd_notify_check.py" "$daemon" "$work"
