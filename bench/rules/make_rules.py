#!/usr/bin/env python3
"""Writes the benchmark rule sets of bench/run.sh, each in every tool's language.

One table (RULES) is the source of truth; from it come
  filters20.yaml    the 20 filters as a tailwatch config (log group "bench")
  alert13.yaml      the 13 rare literal terms only (the alert-only set)
  filters20_json.yaml, rg20_json.txt, mtail/bench20_json.mtail
                    the same for JSON_RULES (the JSON-heavy corpus's 20)
  filters100.yaml   the 20 plus 80 more terms / JSON conditions (tailwatch only)
  mtail/bench20.mtail  the same 20 rules as an mtail program
  rg20.txt          one RE2/Rust regex per line: a line matches the rule iff
                    the regex matches (used for `rg -c` per rule and for
                    "lines matching any")
Run it after editing RULES; the outputs are committed.

CloudWatch has no case-insensitive terms, so the three "case-insensitive"
rules are written the way a CloudWatch user must: `?ERROR ?Error ?error`.
The JSON rules become regexes for mtail/rg that are exact on the generator's
JSON-lines records (`{"ts":...,"level":...,...,"rank":N}`) and reject records
holding `NaN`, which are not JSON (tailwatch's parser, like CloudWatch,
refuses them).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

# (name, kind, cloudwatch pattern, value, regex for mtail/rg)
# kind: literal | ci | regex | json_cond | json_value
RULES = [
    ("cuda_oom", "literal", '"CUDA out of memory"', "1", r"CUDA out of memory"),
    ("cuda_oom_error", "literal", '"CUDA error: out of memory"', "1", r"CUDA error: out of memory"),
    ("nccl_timeout", "literal", '"Watchdog caught collective operation timeout"', "1",
     r"Watchdog caught collective operation timeout"),
    ("nccl_warn", "literal", '"NCCL WARN"', "1", r"NCCL WARN"),
    ("nccl_error", "literal", '"NCCL error in:"', "1", r"NCCL error in:"),
    ("xid", "literal", '"NVRM: Xid"', "1", r"NVRM: Xid"),
    ("ecc", "literal", '"uncorrectable ECC error"', "1", r"uncorrectable ECC error"),
    ("slurm_cancelled", "literal", '"slurmstepd: error:" CANCELLED', "1",
     r"slurmstepd: error:.*CANCELLED|CANCELLED.*slurmstepd: error:"),
    ("traceback", "literal", '"Traceback (most recent call last)"', "1",
     r"Traceback \(most recent call last\)"),
    ("dist_backend", "literal", "torch.distributed.DistBackendError", "1",
     r"torch\.distributed\.DistBackendError"),
    ("error_exception", "literal", "Error Exception", "1",
     r"Error.*Exception|Exception.*Error"),
    ("oom_killed", "literal", "OOMKilled", "1", r"OOMKilled"),
    ("segfault", "literal", '"Segmentation fault"', "1", r"Segmentation fault"),
    ("any_error", "ci", "?ERROR ?Error ?error", "1", r"ERROR|Error|error"),
    ("any_warning", "ci", "?WARN ?WARNING ?Warning ?warning", "1", r"WARN|Warning|warning"),
    ("any_fatal", "ci", "?FATAL ?Fatal ?fatal", "1", r"FATAL|Fatal|fatal"),
    ("nan_loss", "regex", "%train_loss:nan |lm loss: nan%", "1", r"train_loss:nan |lm loss: nan"),
    ("watchdog_ms", "regex", r"%ran for \d+ milliseconds%", "1", r"ran for \d+ milliseconds"),
    ("json_rank0", "json_cond", "{ $.rank = 0 }", "1", r'^\{"ts":[^N]*"rank":0\}$'),
    ("json_loss", "json_value", "{ $.loss = * }", "$.loss",
     r'^\{"ts":[^N]*"loss":(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)[,}]'),
]

# The JSON-heavy corpus's set (tailwatch-loggen --mix json-heavy): the same 18
# non-JSON rules, and the two JSON rules a per-step alarm setup has.
JSON_RULES = RULES[:18] + [
    ("json_grad_norm", "json_cond", "{ $.grad_norm >= 100 }", "1",
     r'^\{"ts":[^N]*"grad_norm":[1-9][0-9]{2,}(?:\.[0-9]+)?[,}]'),
    ("json_loss", "json_value", "{ $.loss > -1000000 }", "$.loss",
     r'^\{"ts":[^N]*"loss":(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)[,}]'),
]

# 80 more for the 100-filter set: failure wordings as terms (some with an
# exclusion), then JSON conditions. No more regexes: the quota is 5.
MORE_TERMS = [
    '"CUDA error: an illegal memory access was encountered"', '"device-side assert triggered"',
    "CUBLAS_STATUS_EXECUTION_FAILED", "CUBLAS_STATUS_NOT_INITIALIZED", '"cuDNN error"',
    "CUDNN_STATUS_INTERNAL_ERROR", "ncclInternalError", "ncclSystemError", "ncclRemoteError",
    '"unhandled cuda error"', '"Gradient overflow"', '"Skipping step"', '"loss scale" "reducing"',
    '"DataLoader worker" killed', '"No space left on device"', '"Connection reset by peer"',
    '"Connection refused"', '"Broken pipe"', "ChildFailedError", '"exitcode: 1"',
    '"exitcode: -9"', '"Signal 9"', '"Signal 15"', '"GPU has fallen off the bus"',
    '"double bit error"', '"NVLink: fatal error"', '"Xid (PCI" 79', '"Xid (PCI" 48',
    '"Xid (PCI" 74', '"Xid (PCI" 63', '"Xid (PCI" 94', '"Xid (PCI" 13', '"ECC error"',
    '"page retirement"', '"row remapping"', '"thermal slowdown"', '"power brake"',
    '"PCIe link" degraded', '"timed out"', '"timeout" -INFO', '"heartbeat" failed',
    '"rendezvous" closed', '"RendezvousTimeoutError"', '"elastic agent" failed',
    '"Checkpoint" failed', '"saving checkpoint"', '"loading checkpoint"', '"resuming from"',
    '"OSError"', '"ValueError"', '"KeyError"', '"AssertionError"', '"ZeroDivisionError"',
    '"MemoryError"', '"Killed"', '"core dumped"', '"Aborted"', '"terminate called"',
    '"std::bad_alloc"', '"RuntimeError: NCCL"', '"NCCL WARN" "NET/IB"', '"NCCL WARN" ibv_',
    '"vendor err"', '"Got completion" error', '"CANCELLED AT"', '"DUE TO TIME LIMIT"',
    '"DUE TO PREEMPTION"', '"NODE_FAIL"', '"srun: error"', '"slurmstepd: error"',
]
MORE_JSON = [
    ("{ $.rank = %d && $.loss > 4 }" % r, "1") for r in range(1, 7)
] + [
    ('{ $.level = "warning" }', "1"),
    ("{ $.loss IS NULL }", "1"),
    ("{ $.tokens_per_s < 1000 }", "1"),
    ("{ $.grad_norm > 3 }", "$.grad_norm"),
]

HEADER = """\
# Generated by bench/rules/make_rules.py (bench/run.sh's {what}); edit RULES there.
# No timestamp setting: replay puts every event in one period, so each
# metric's datapoint holds the filter's whole count (sample_count) and sum.
log_groups:
  - name: bench
    files: ["./bench.log"]
    start_at: beginning
metric_filters:
"""


def yaml_quote(text):
    return "'" + text.replace("'", "''") + "'"


def filter_yaml(name, pattern, value):
    return ("  - name: %s\n    log_group: bench\n    pattern: %s\n"
            "    metric_transformation: {name: %s, namespace: Bench, value: %s, unit: Count}\n"
            % (name, yaml_quote(pattern), name, yaml_quote(value)))


def write(path, text):
    with open(os.path.join(HERE, path), "w") as f:
        f.write(text)


def main():
    assert len(RULES) == 20
    assert sum(1 for r in RULES if r[1] == "literal") == 13
    write("filters20.yaml", HEADER.format(what="20-filter set") +
          "".join(filter_yaml(n, p, v) for n, _, p, v, _ in RULES))
    write("alert13.yaml", HEADER.format(what="alert-only set: the 13 literal terms") +
          "".join(filter_yaml(n, p, v) for n, k, p, v, _ in RULES if k == "literal"))
    more = [("term_%02d" % i, p, "1") for i, p in enumerate(MORE_TERMS)]
    more += [("json_%02d" % i, p, v) for i, (p, v) in enumerate(MORE_JSON)]
    assert len(RULES) + len(more) == 100, len(more)
    write("filters100.yaml", HEADER.format(what="100-filter set") +
          "".join(filter_yaml(n, p, v) for n, _, p, v, _ in RULES) +
          "".join(filter_yaml(n, p, v) for n, p, v in more))
    write("rg20.txt", "".join(r[4] + "\n" for r in RULES))
    write("mtail/bench20.mtail", mtail_program(RULES, "filters20.yaml"))
    assert len(JSON_RULES) == 20
    write("filters20_json.yaml", HEADER.format(what="20-filter set of the JSON-heavy corpus") +
          "".join(filter_yaml(n, p, v) for n, _, p, v, _ in JSON_RULES))
    write("rg20_json.txt", "".join(r[4] + "\n" for r in JSON_RULES))
    write("mtail/bench20_json.mtail", mtail_program(JSON_RULES, "filters20_json.yaml"))
    # Sanity: every regex compiles in Python's engine too.
    for r in RULES + JSON_RULES:
        re.compile(r[4])


def mtail_program(rules, yaml_name):
    """One counter per rule; the loss rule also sums its capture."""
    out = ["# Generated by bench/rules/make_rules.py: the 20 rules of %s for mtail.\n" % yaml_name]
    for name, *_ in rules:
        out.append("counter %s\n" % name)
    out.append("counter json_loss_sum\n\n")
    for name, kind, _, _, regex in rules:
        slash = regex.replace("/", r"\/")
        if kind == "json_value":
            slash = slash.replace("(-?", "(?P<loss>-?", 1)
            out.append("/%s/ {\n  %s++\n  json_loss_sum += float($loss)\n}\n" % (slash, name))
        else:
            out.append("/%s/ {\n  %s++\n}\n" % (slash, name))
    return "".join(out)


if __name__ == "__main__":
    main()
