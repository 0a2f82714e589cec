#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR/tests/fuzz for SECONDS each, seeded
# with tests/fuzz/corpus/<target>/ (copied, so the checked-in corpus is never
# written). A crash fails the run and leaves the reproducer in build/fuzz-artifacts/.
set -euo pipefail
build_dir="${1:?usage: run-fuzz.sh BUILD_DIR SECONDS}"
seconds="${2:-60}"
src_dir="$(cd "$(dirname "$0")/.." && pwd)"
artifacts="$src_dir/build/fuzz-artifacts"
mkdir -p "$artifacts"
shopt -s nullglob
targets=("$build_dir"/tests/fuzz/fuzz_*)
if ((${#targets[@]} == 0)); then
  echo "run-fuzz: no fuzz targets in $build_dir/tests/fuzz" >&2
  exit 1
fi
for target in "${targets[@]}"; do
  name="$(basename "$target")"
  work="$(mktemp -d)"
  if [[ -d "$src_dir/tests/fuzz/corpus/$name" ]]; then cp -r "$src_dir/tests/fuzz/corpus/$name/." "$work/"; fi
  echo "run-fuzz: $name for ${seconds}s"
  if ! "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 "$work" >"$artifacts/$name.log" 2>&1; then
    tail -50 "$artifacts/$name.log"
    echo "run-fuzz: $name FAILED; reproducer in $artifacts" >&2
    exit 1
  fi
  grep -E '^stat::number_of_executed_units' "$artifacts/$name.log" || true
  rm -rf "$work"
done
echo "run-fuzz: ${#targets[@]} target(s) ran ${seconds}s each without a crash"
