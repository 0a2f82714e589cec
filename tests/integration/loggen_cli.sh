#!/usr/bin/env bash
# tailwatch-loggen end to end: determinism (same seed -> same bytes), --lines and
# --bytes, --timestamps/--rate/--start, and that the failure counts of the
# stderr summary match what grep finds in the output.
# Args: build dir, source dir. Exit 77 = skip (generator not built).
set -euo pipefail

build_dir=${1:?build dir}
loggen="$build_dir/tools/tailwatch-loggen"
[[ -x "$loggen" ]] || { echo "SKIP: $loggen not built"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# count NAME SUMMARY_FILE: the number after "NAME": in the JSON summary.
count() { grep -o "\"$1\":[0-9]*" "$2" | head -n1 | cut -d: -f2; }

# 1. Determinism: identical bytes for identical arguments, different for another seed.
for mix in default json-heavy bench; do  # bench last: --out is compared with it below
  "$loggen" --seed 42 --lines 20000 --mix "$mix" --failures some >"$work/a" 2>/dev/null
  "$loggen" --seed 42 --lines 20000 --mix "$mix" --failures some >"$work/b" 2>/dev/null
  "$loggen" --seed 43 --lines 20000 --mix "$mix" --failures some >"$work/c" 2>/dev/null
  a=$(sha256sum <"$work/a" | cut -d' ' -f1)
  b=$(sha256sum <"$work/b" | cut -d' ' -f1)
  c=$(sha256sum <"$work/c" | cut -d' ' -f1)
  [[ "$a" == "$b" ]] || fail "mix $mix: same seed gave different output ($a vs $b)"
  [[ "$a" != "$c" ]] || fail "mix $mix: seeds 42 and 43 gave identical output"
done
# --out FILE writes the same bytes as stdout.
"$loggen" --seed 42 --lines 20000 --mix bench --failures some --out "$work/d" 2>/dev/null
cmp -s "$work/a" "$work/d" || fail "--out FILE differs from stdout"

# json-heavy: at least half the lines are step records, each valid JSON of the
# documented shape, from many ranks.
"$loggen" --seed 5 --lines 20000 --mix json-heavy >"$work/j" 2>"$work/j.json"
steps=$(grep -cE '^\{"ts":"[^"]+","step":[0-9]+,"loss":[0-9.]+,"lr":[0-9.e+-]+,"tokens_per_s":[0-9]+,"grad_norm":[0-9.]+,"rank":[0-9]+,"mfu":[0-9.]+,"gpu_mem_gb":[0-9.]+,"step_time_ms":[0-9]+\}$' "$work/j" || true)
((steps >= 10000)) || fail "json-heavy: $steps of 20000 lines are step records"
ranks=$(grep -oE '"rank":[0-9]+,"mfu"' "$work/j" | sort -u | wc -l)
((ranks >= 32)) || fail "json-heavy: only $ranks ranks"
grep -q '"mix":"json-heavy"' "$work/j.json" || fail "json-heavy: summary mix: $(cat "$work/j.json")"
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    if line.startswith("{\"ts\""):
        json.loads(line)
' "$work/j" || fail "json-heavy: a step record is not JSON"

# 2. --lines: exact line count; the summary agrees with wc.
"$loggen" --seed 7 --lines 12345 >"$work/lines" 2>"$work/lines.json"
[[ $(wc -l <"$work/lines") -eq 12345 ]] || fail "--lines 12345 wrote $(wc -l <"$work/lines") lines"
[[ $(count lines "$work/lines.json") -eq 12345 ]] || fail "summary lines != 12345"
[[ $(count bytes "$work/lines.json") -eq $(wc -c <"$work/lines") ]] || fail "summary bytes != wc -c"
[[ $(tail -c1 "$work/lines" | od -An -c | tr -d ' ') == '\n' ]] || fail "output does not end in a newline"

# 3. --bytes: stops at the line that reaches N.
"$loggen" --seed 7 --bytes 1M --mix bench >"$work/bytes" 2>/dev/null
size=$(wc -c <"$work/bytes")
((size >= 1048576 && size < 1048576 + 4096)) || fail "--bytes 1M wrote $size bytes"

# 4. Failure counts in the summary match grep of their wordings.
"$loggen" --seed 11 --lines 100000 --failures some --failure-rate 0.001 >"$work/f" 2>"$work/f.json"
check_fixed() {  # NAME WORDING
  local want got
  want=$(count "$1" "$work/f.json")
  got=$(grep -cF -- "$2" "$work/f" || true)
  [[ "$want" -gt 0 ]] || fail "$1: no failures injected at rate 0.001 over 100000 lines"
  [[ "$want" -eq "$got" ]] || fail "$1: summary says $want, grep -cF '$2' finds $got"
}
check_fixed oom_torch 'torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate'
check_fixed oom_runtime 'RuntimeError: CUDA out of memory. Tried to allocate'
check_fixed oom_cuda_error 'RuntimeError: CUDA error: out of memory'
check_fixed nccl_timeout 'Watchdog caught collective operation timeout: WorkNCCL('
check_fixed nccl_warn ' NCCL WARN '
check_fixed nccl_error 'torch.distributed.DistBackendError: NCCL error in:'
check_fixed xid 'NVRM: Xid (PCI:'
check_fixed cuda_ecc 'CUDA error: uncorrectable ECC error encountered'
check_fixed slurm_cancelled 'slurmstepd: error: *** STEP'
check_fixed error_exception 'Error Exception'
want=$(count nan_loss "$work/f.json")
got=$(grep -cE "'loss': nan,|train_loss:nan |lm loss: nan \||\"loss\":NaN" "$work/f" || true)
[[ "$want" -gt 0 && "$want" -eq "$got" ]] || fail "nan_loss: summary says $want, grep finds $got"
# The seed filter `Error Exception` (two terms) fires on error_exception lines only.
got=$(grep -F Error "$work/f" | grep -cF Exception || true)
[[ "$got" -eq $(count error_exception "$work/f.json") ]] || fail "Error+Exception on $got lines"
# Healthy traps are present: nanogpt warm-up `step_avg:nanms`, maskrcnn's OOM warning.
grep -qF 'step_avg:nanms' "$work/f" || fail "no step_avg:nanms trap lines"
[[ $(count oom_warning_trap "$work/f.json") -eq $(grep -cF 'out-of-memory (OOM)' "$work/f" || true) ]] ||
  fail "oom_warning_trap count differs from grep"
# Kinds + failures add up to the lines.
sum=0
for n in $(grep -o '"kinds":{[^}]*}' "$work/f.json" | grep -o ':[0-9]*' | tr -d :); do sum=$((sum + n)); done
sum=$((sum + $(count failure_lines "$work/f.json")))
[[ $sum -eq 100000 ]] || fail "kinds + failures = $sum, want 100000"
# --failures none injects nothing; a LIST injects only what it names.
"$loggen" --seed 11 --lines 100000 --failures xid=0.01,oom >"$work/g" 2>"$work/g.json"
[[ $(count nccl_timeout "$work/g.json") -eq 0 && $(count xid "$work/g.json") -gt 500 ]] ||
  fail "--failures xid=0.01,oom: $(cat "$work/g.json")"
"$loggen" --seed 11 --lines 20000 >"$work/h" 2>"$work/h.json"
[[ $(count failure_lines "$work/h.json") -eq 0 ]] || fail "--failures none injected failures"

# 5. --timestamps: ISO-8601 prefix advancing --rate lines per second from --start.
"$loggen" --lines 25 --timestamps --rate 10 --start 2026-03-04T05:06:07Z >"$work/t" 2>/dev/null
[[ $(sed -n 1p "$work/t" | cut -d' ' -f1) == 2026-03-04T05:06:07.000Z ]] || fail "first timestamp: $(sed -n 1p "$work/t" | cut -c1-30)"
[[ $(sed -n 11p "$work/t" | cut -d' ' -f1) == 2026-03-04T05:06:08.000Z ]] || fail "11th timestamp: $(sed -n 11p "$work/t" | cut -c1-30)"
[[ $(sed -n 25p "$work/t" | cut -d' ' -f1) == 2026-03-04T05:06:09.400Z ]] || fail "25th timestamp: $(sed -n 25p "$work/t" | cut -c1-30)"
bad=$(grep -cvE '^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z ' "$work/t" || true)
[[ "$bad" -eq 0 ]] || fail "$bad lines without a timestamp prefix"

# 6. Usage: --help is exit 0, a bad argument exit 2.
"$loggen" --help >/dev/null || fail "--help failed"
rc=0; "$loggen" --frobnicate 2>/dev/null || rc=$?
[[ $rc -eq 2 ]] || fail "unknown argument exit $rc, want 2"
rc=0; "$loggen" --failures bogus 2>/dev/null || rc=$?
[[ $rc -eq 2 ]] || fail "--failures bogus exit $rc, want 2"

# 7. --follow: paced output to a file, clean exit on SIGTERM with whole lines.
"$loggen" --follow --rate 200 --out "$work/follow.log" 2>"$work/follow.json" &
pid=$!
sleep 1
kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?
[[ $rc -eq 0 ]] || fail "--follow exit $rc after SIGTERM"
n=$(wc -l <"$work/follow.log")
((n >= 100 && n <= 600)) || fail "--follow --rate 200 wrote $n lines in about 1 s"
[[ $(tail -c1 "$work/follow.log" | od -An -c | tr -d ' ') == '\n' ]] || fail "--follow left a partial line"
[[ $(count lines "$work/follow.json") -eq $n ]] || fail "--follow summary disagrees with the file"

if ((failures > 0)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "loggen_cli: all checks passed"
