#!/usr/bin/env python3
"""Writes a deterministic incident as an AWS put-log-events file for one shipped config.

usage: fleet_events.py SCENARIO OUT.json

Each scenario is 40 minutes of a training job's log lines, one every 10 s from
2026-01-01T00:00:05Z, with failures injected in chosen minutes, so that replaying
it makes the config's alarms go to ALARM and back. `tailwatch export
prometheus-rules --tests` turns the replay into a promtool test.
"""
import json
import sys
from datetime import datetime, timedelta, timezone

START = datetime(2026, 1, 1, 0, 0, 5, tzinfo=timezone.utc)


def pack(minute, i):
    """config/packs/ai-training.yaml, log group aiTraining (torchtitan-style lines)."""
    tps = "500" if 16 <= minute < 22 else "5,000"
    lines = [f"[rank0]: step: {i}  loss: 2.3{i % 10}  memory: 30.1GiB  tps: {tps}  mfu: 31.2%"]
    if minute == 5:
        lines.append("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB")
    if 8 <= minute < 14:
        lines.append(f"[rank0]: grad norm: nan at step {i}")
    if minute == 26 and i % 6 == 0:
        lines.append("OSError: [Errno 28] No space left on device")
    return lines


def example_text(minute, i):
    """config/examples/ai-training.yaml, log group training (plain text)."""
    lines = [f"step {i} loss 2.31 lr 3e-4"]
    if minute == 5:
        lines.append("RuntimeError: CUDA out of memory. Tried to allocate 1.00 GiB")
    if minute == 12 and i % 6 == 0:
        lines.append("[E ProcessGroupNCCL.cpp:475] NCCL timeout after 1800000 ms")
    return lines


def example_json(minute, i, when):
    """config/examples/ai-training.yaml, log group trainingJson (JSON lines with ts)."""
    ts = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    tps = 20000 if 10 <= minute < 16 else 60000
    lines = [json.dumps({"ts": ts, "rank": 0, "step": i, "tokens_per_s": tps, "level": "info"})]
    if 20 <= minute < 24:
        lines += [json.dumps({"ts": ts, "rank": 0, "step": i, "level": "warning"})] * 3
    return lines


def hdfs(minute, i, when):
    """config/examples/loghub-hdfs.yaml, log group hdfs (loghub HDFS format)."""
    stamp = when.strftime("%y%m%d %H%M%S")
    lines = [f"{stamp} 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block "
             f"blk_{i} terminating"]
    if minute == 7:
        lines.append(f"{stamp} 148 ERROR dfs.DataNode$DataXceiver: 10.250.10.6:50010:"
                     f"DataXceiver: java.io.IOException: Connection reset by peer")
    return lines


SCENARIOS = {
    "pack": lambda m, i, w: pack(m, i),
    "example-text": lambda m, i, w: example_text(m, i),
    "example-json": example_json,
    "hdfs": hdfs,
}


def main():
    scenario, out = sys.argv[1], sys.argv[2]
    make = SCENARIOS[scenario]
    events = []
    for i in range(40 * 6):
        when = START + timedelta(seconds=10 * i)
        ms = int(when.timestamp() * 1000)
        for message in make(i // 6, i, when):
            events.append({"timestamp": ms, "message": message})
    with open(out, "w") as f:
        json.dump(events, f)


if __name__ == "__main__":
    main()
