#!/usr/bin/env python3
"""Reload soak for tailwatchd: N SIGHUPs (default 1,000) alternating two configurations
-- log group `changing` gets another max_line_bytes each time (rebuilt), `kept` stays the same --
over 24 files, while several clients scrape /metrics in a tight loop and a writer appends lines.

Reports, sampled every 100 reloads: open fds, inotify instances, RSS, polls per appended write;
at the end checks that every appended line was counted exactly once and that fds, inotify
instances and RSS stayed flat.

Usage: bench/reload_soak.py BUILD_DIR [--reloads N] [--scrapers K]
"""
import argparse, os, random, signal, socket, subprocess, sys, tempfile, threading, time
import urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("build_dir")
ap.add_argument("--reloads", type=int, default=1000)
ap.add_argument("--scrapers", type=int, default=4)
ap.add_argument("--files", type=int, default=12, help="files per log group")
args = ap.parse_args()

twd = os.path.join(args.build_dir, "daemon", "tailwatchd")
tmp = tempfile.mkdtemp(prefix="tw-soak-")
for group in ("kept", "changing"):
    os.makedirs(os.path.join(tmp, group))
    for i in range(args.files):
        open(os.path.join(tmp, group, "f%d.log" % i), "w").close()
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()


def conf(variant):
    return f"""server: {{listen: "127.0.0.1:{port}"}}
state_dir: {tmp}/state
log_groups:
  - name: kept
    files: ["{tmp}/kept/*.log"]
    start_at: beginning
  - name: changing
    files: ["{tmp}/changing/*.log"]
    start_at: beginning
    max_line_bytes: {65536 if variant else 131072}
metric_filters:
  - name: kept
    log_group: kept
    pattern: "MATCHME"
    metric_transformation: {{name: Kept, namespace: Soak, value: "1"}}
  - name: changing
    log_group: changing
    pattern: "MATCHME"
    metric_transformation: {{name: Changing, namespace: Soak, value: "1"}}
"""


cfg = os.path.join(tmp, "tw.yaml")
open(cfg, "w").write(conf(0))
proc = subprocess.Popen([twd, "--config", cfg], stdout=subprocess.DEVNULL,
                        stderr=open(os.path.join(tmp, "daemon.err"), "wb"))


def get(path):
    try:
        return urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5).read().decode()
    except Exception:
        return None


def value(text, name, needle=""):
    for line in (text or "").splitlines():
        if line.startswith(name) and needle in line:
            return float(line.rsplit(" ", 1)[1])
    return -1


def fd_counts():
    total = inotify = 0
    for fd in os.listdir(f"/proc/{proc.pid}/fd"):
        total += 1
        try:
            if os.readlink(f"/proc/{proc.pid}/fd/{fd}") == "anon_inode:inotify":
                inotify += 1
        except OSError:
            pass
    return total, inotify


def rss_kib():
    for line in open(f"/proc/{proc.pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


for _ in range(150):
    if get("/metrics"):
        break
    time.sleep(0.1)
stop = threading.Event()
scrapes = [0]
failed = [0]


def scraper():
    while not stop.is_set():
        if get("/metrics"):
            scrapes[0] += 1
        else:
            failed[0] += 1


written = {"kept": 0, "changing": 0}
writes = [0]
lock = threading.Lock()


def writer():
    rng = random.Random(7)
    while not stop.is_set():
        group = rng.choice(("kept", "changing"))
        with open(os.path.join(tmp, group, "f%d.log" % rng.randrange(args.files)), "a") as f:
            f.write("".join("line %d MATCHME\n" % i for i in range(20)))
        with lock:
            written[group] += 20
            writes[0] += 1
        time.sleep(0.005)


threads = [threading.Thread(target=scraper, daemon=True) for _ in range(args.scrapers)]
threads.append(threading.Thread(target=writer, daemon=True))
for t in threads:
    t.start()
time.sleep(1)
samples = []
start = time.time()
for i in range(args.reloads + 1):
    if i % 100 == 0:
        m = get("/metrics")
        total, inotify = fd_counts()
        with lock:
            w = writes[0]
        samples.append((i, total, inotify, rss_kib(), value(m, "tailwatch_tail_polls_total"), w))
    if i == args.reloads:
        break
    open(cfg + ".tmp", "w").write(conf((i + 1) % 2))
    os.rename(cfg + ".tmp", cfg)
    proc.send_signal(signal.SIGHUP)
    time.sleep(0.02)
    if proc.poll() is not None:
        print("FAIL: tailwatchd exited with %s after %d reloads" % (proc.returncode, i + 1))
        sys.exit(1)
stop.set()
for t in threads:
    t.join()
elapsed = time.time() - start
ok = True
m = None
for _ in range(300):
    m = get("/metrics")
    if (value(m, "tailwatch_metric_samples_total", '"Kept"') == written["kept"] and
            value(m, "tailwatch_metric_samples_total", '"Changing"') == written["changing"]):
        break
    time.sleep(0.1)
reloads = value(m, "tailwatch_config_reloads_total")
print("reloads applied: %d of %d in %.1f s; scrapes %d (failed %d)" %
      (reloads, args.reloads, elapsed, scrapes[0], failed[0]))
print("%8s %6s %8s %9s %14s" % ("reloads", "fds", "inotify", "RSS KiB", "polls/write"))
for k in range(len(samples)):
    i, total, inotify, rss, polls, w = samples[k]
    per = "-"
    if k > 0 and w > samples[k - 1][5]:
        per = "%.2f" % ((polls - samples[k - 1][4]) / (w - samples[k - 1][5]))
    print("%8d %6d %8d %9d %14s" % (i, total, inotify, rss, per))
for group in ("kept", "changing"):
    got = value(m, "tailwatch_metric_samples_total", '"%s"' % group.capitalize())
    print("%s: %d written, %d counted" % (group, written[group], got))
    ok &= got == written[group]
first, last = samples[1] if len(samples) > 1 else samples[0], samples[-1]
ok &= reloads == args.reloads and failed[0] == 0
ok &= last[1] <= first[1] + 8 and last[2] == first[2]
ok &= last[3] <= first[3] * 1.5 + 4096
proc.send_signal(signal.SIGTERM)
proc.wait(timeout=30)
print("reload soak: %s" % ("PASS" if ok else "FAIL"))
sys.exit(0 if ok else 1)
