#!/usr/bin/env bash
# `make test`: a formatting check, the dev preset with every test, the asan preset with the unit
# tests, the tsan preset with the daemon tests, then a libFuzzer smoke run of each fuzz target.
# Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${JOBS:-$(nproc)}"
# Let ccache share objects between clones of the repository.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fuzz_seconds="${FUZZ_SECONDS:-60}"

step() { printf '\n==== %s (%s)\n' "$1" "$(date +%T)"; }

step "format: clang-format-14 over every tracked C++ file"
tools/check-format.sh

step "dev: configure + build"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"
step "dev: ctest"
ctest --preset dev -j "$jobs" | tee build/dev-ctest.log

step "asan: configure + build"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
step "asan: ctest (unit tests)"
ctest --preset asan -j "$jobs" -LE integration | tee build/asan-ctest.log

# The daemon's threads (HTTP sessions, the engine strand, the notifier, reloads
# under scrape) under ThreadSanitizer; the engine itself is single-threaded.
step "tsan: configure + build (daemon tests)"
cmake --preset tsan >/dev/null
cmake --build --preset tsan -j "$jobs" --target tailwatch_daemon_tests
step "tsan: ctest (daemon tests)"
ctest --preset tsan -j "$jobs" -R '^tailwatch_daemon_tests$' | tee build/tsan-ctest.log

step "fuzz: build + ${fuzz_seconds}s per target"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs" --target fuzz_targets
tools/run-fuzz.sh build/fuzz "$fuzz_seconds"
step "all tests passed"
# The summaries again, dev (every test) last.
grep -h 'tests passed' build/tsan-ctest.log build/asan-ctest.log build/dev-ctest.log
