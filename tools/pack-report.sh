#!/usr/bin/env bash
# Regenerates the numbers of docs/ai-pack.md: per training-run log of the
# corpus, the lines, the failure events per category, the alarms that ended
# in ALARM and the progress series the AI-training pack extracts; then the
# pack's precision/recall against BGL's per-line alert labels.
#   tools/pack-report.sh [BUILD_DIR]   (default build/pack; needs `tailwatch`)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build/pack}
tool="$build/tools/tailwatch"
pack="$src/config/packs/ai-training.yaml"
corpora="$src/../shared/corpora"
export TOOL=$tool PACK=$pack CORPORA=$corpora
python3 - <<'PY'
import json, os, subprocess, collections, tempfile
tool, pack, corpora = os.environ["TOOL"], os.environ["PACK"], os.environ["CORPORA"]
FAIL = ["CudaOutOfMemory", "NcclCollectiveTimeout", "NcclWarn", "NcclError", "GpuXidError",
        "EccUncorrectable", "LossNonFinite", "GradNormNonFinite", "GradientOverflow",
        "LossScaleAtMinimum", "TorchrunWorkerFailed", "TorchrunChildFailed", "SegmentationFault",
        "HostOomKill", "SlurmOomKill", "RendezvousTimeout", "DiskFull"]
def replay(args):
    out = subprocess.run([tool, "replay", "--config", pack] + args, capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]
root = os.path.join(corpora, "training-runs")
print("| log | lines | failure events | alarms ending in ALARM | progress series (samples) |")
print("|---|---|---|---|---|")
for d in sorted(os.listdir(root)):
    if not os.path.isdir(os.path.join(root, d)): continue
    for f in sorted(os.listdir(os.path.join(root, d))):
        if f.startswith("LICENSE"): continue
        path = os.path.join(root, d, f)
        data = open(path, "rb").read()
        lines = sum(1 for x in data.replace(b"\r", b"\n").split(b"\n") if x)
        fail, prog, state = collections.Counter(), collections.Counter(), {}
        for r in replay([path]):
            if r["type"] == "alarm": state[r["alarm"]] = r["to"]; continue
            (fail if r["metric"] in FAIL else prog)[r["metric"] + ("" if r["metric"] != "MLPerfValue" else "/" + r["dimensions"].get("Key", ""))] += r["sample_count"]
        alarms = sorted(a for a, s in state.items() if s == "ALARM")
        fmt = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "-"
        print(f"| {d}/{f} | {lines} | {fmt(fail)} | {', '.join(alarms) or '-'} | {fmt(prog)} |")
# BGL: one event per line, 60 s apart, so each line is its own period.
bgl = os.path.join(corpora, "loghub/BGL/BGL_2k.log")
lines = [l for l in open(bgl, encoding="latin-1").read().replace("\r", "").split("\n") if l]
labels = [l.split(" ", 1)[0] != "-" for l in lines]
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as t:
    json.dump([{"timestamp": i * 60000, "message": l} for i, l in enumerate(lines)], t)
flagged = set()
import datetime
for r in replay(["--events", t.name]):
    if r["type"] == "datapoint" and r["metric"] in FAIL:
        ts = datetime.datetime.fromisoformat(r["period_start"].replace("Z", "+00:00")).timestamp()
        flagged.add(int(ts // 60))
os.unlink(t.name)
tp = sum(1 for i in flagged if labels[i]); fp = len(flagged) - tp; alerts = sum(labels)
print()
print(f"BGL_2k: {len(lines)} lines, {alerts} labelled alerts; pack flags {len(flagged)} lines: "
      f"TP {tp}, FP {fp}, FN {alerts - tp}; precision "
      f"{(tp / len(flagged)) if flagged else float('nan'):.3f}, recall {tp / alerts:.3f}")
PY
