#!/usr/bin/env python3
"""Checks that tailwatch, mtail and ripgrep agree on bench/run.sh's 20 rules.

usage: compare.py [--json] RULES_DIR TAILWATCH_OUT MTAIL_OUT RG_COUNTS RG_ANY [DAEMON_OUT]

TAILWATCH_OUT: `tailwatch replay` JSON lines (one datapoint per metric; no
timestamps, so one period holds every event). MTAIL_OUT: mtail --one_shot's
JSON dump. RG_COUNTS: lines "name count" from `rg -c` per rule (or "-" to
skip). RG_ANY: the count of lines matching any rule. DAEMON_OUT: the last line of
bench/daemon_throughput.py (tailwatchd's match counts), or "-". Prints one row
per rule and exits 1 on any disagreement. --json: the rules are make_rules.JSON_RULES
(the JSON-heavy corpus's set) instead of make_rules.RULES.
"""
import json
import sys


def main():
    args = sys.argv[1:]
    json_set = bool(args) and args[0] == "--json"
    if json_set:
        args = args[1:]
    rules_dir, tw_path, mtail_path, rg_path, rg_any = args[:5]
    daemon_path = args[5] if len(args) > 5 else "-"
    sys.path.insert(0, rules_dir)
    import make_rules  # noqa: E402  (the rule table)
    rules = make_rules.JSON_RULES if json_set else make_rules.RULES

    tw = {}
    with open(tw_path) as f:
        for line in f:
            d = json.loads(line)
            if d.get("type") != "datapoint":
                continue
            count, total = tw.get(d["metric"], (0, 0.0))
            tw[d["metric"]] = (count + int(d["sample_count"]), total + float(d["sum"]))
    mt = {}
    if mtail_path != "-":
        with open(mtail_path) as f:
            for name, series in json.load(f).items():
                mt[name] = sum(float(lv["Value"]["Value"]) for s in series
                               for lv in s.get("LabelValues", []))
    rg = {}
    if rg_path != "-":
        with open(rg_path) as f:
            for line in f:
                name, count = line.split()
                rg[name] = int(count)

    daemon = {}
    if daemon_path != "-":
        with open(daemon_path) as f:
            daemon = json.loads(f.read().strip().splitlines()[-1])["counts"]

    ok = True
    print("%-16s %12s %12s %12s %12s" % ("rule", "tailwatch", "tailwatchd", "mtail", "rg"))
    for name, *_ in rules:
        t = tw.get(name, (0, 0.0))[0]
        d = daemon.get(name, 0) if daemon_path != "-" else None
        m = int(mt[name]) if mtail_path != "-" else None
        r = rg.get(name) if rg_path != "-" else None
        agree = (d is None or d == t) and (m is None or m == t) and (r is None or r == t)
        ok = ok and agree
        print("%-16s %12d %12s %12s %12s%s" % (name, t, "-" if d is None else d,
                                               "-" if m is None else m, "-" if r is None else r,
                                               "" if agree else "  MISMATCH"))
    loss = tw.get("json_loss", (0, 0.0))[1]
    if mtail_path != "-":
        m_loss = mt.get("json_loss_sum", 0.0)
        agree = abs(loss - m_loss) <= 1e-9 * max(1.0, abs(loss))
        ok = ok and agree
        print("%-16s %12.6f %12.6f%s" % ("sum($.loss)", loss, m_loss, "" if agree else "  MISMATCH"))
    else:
        print("%-16s %12.6f" % ("sum($.loss)", loss))
    counts = [tw.get(r[0], (0, 0.0))[0] for r in rules]
    if rg_path != "-":
        any_count = int(rg_any)
        # rg counts lines matching any rule: at least the largest rule, at most the sum.
        plausible = max(counts) <= any_count <= sum(counts)
        ok = ok and plausible
        print("rg lines matching any: %d (per-rule max %d, sum %d)%s" %
              (any_count, max(counts), sum(counts), "" if plausible else "  IMPLAUSIBLE"))
    print("counts agree" if ok else "COUNTS DISAGREE")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
