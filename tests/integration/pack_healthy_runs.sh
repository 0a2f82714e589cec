#!/usr/bin/env bash
# The AI-training pack raises no alarm on any of the 38 healthy training runs
# of ../shared/corpora/training-runs (its README: none holds a failure), with
# replay's default end (the last event's period) and with --until 30 minutes
# past each file's last line: the stall alarm must know a job that ended, or
# is merely quiet, from a hung one (docs/ai-pack.md).
# Args: build dir, source dir. Exit 77 (skip) without the corpus.
set -euo pipefail
source "$(dirname "$0")/lib/pack_corpus.sh" "$1" "$2"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
files=0 failures=0 ended=0
start_ms=1767225600000  # 2026-01-01T00:00:00Z
while IFS= read -r -d '' log; do
  files=$((files + 1))
  rel=${log#"$corpus/"}
  "$tool" replay --config "$pack" --start "$start_ms" "$log" >"$out" 2>/dev/null
  if grep -q '"to":"ALARM"' "$out"; then
    echo "FAIL: $rel (default end):"
    grep '"to":"ALARM"' "$out" | head -3
    failures=$((failures + 1))
  fi
  # The pack's log group takes event time from ingestion and these logs
  # carry no per-line timestamps, so every line replays at --start: the last
  # line is at --start.
  until_ms=$((start_ms + 30 * 60000))
  "$tool" replay --config "$pack" --start "$start_ms" --until "$until_ms" "$log" >"$out" 2>/dev/null
  if grep -q '"to":"ALARM"' "$out"; then
    echo "FAIL: $rel (--until last line + 30 min):"
    grep '"to":"ALARM"' "$out" | head -3
    failures=$((failures + 1))
  fi
  # A run that shows its end (job-end line) stays quiet for good: 3 hours.
  if grep -q '"metric":"TrainingJobEnded"' "$out"; then
    ended=$((ended + 1))
    "$tool" replay --config "$pack" --start "$start_ms" --until "$((start_ms + 3 * 3600000))" \
      "$log" >"$out" 2>/dev/null
    if grep -q '"to":"ALARM"' "$out"; then
      echo "FAIL: $rel (ended, --until last line + 3 h):"
      grep '"to":"ALARM"' "$out" | head -3
      failures=$((failures + 1))
    fi
  fi
done < <(find "$corpus" -type f \( -name '*.txt' -o -name '*.log' -o -name '*.out' \) -print0 | sort -z)
echo "pack-healthy-runs: $files runs ($ended show a job-end line), $failures replays with an ALARM (goal 0)"
[[ $files -eq 38 ]] || { echo "FAIL: expected 38 runs, found $files"; exit 1; }
[[ $failures -eq 0 ]]
