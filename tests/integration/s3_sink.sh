#!/usr/bin/env bash
# The S3 sink against a real S3 emulator (npm's s3rver, which checks SigV4),
# read back with Debian's AWS CLI:
#
# 1. Crash test: a writer appends numbered lines to app.log (rotating it to
#    app.log.1, app.log.2, ... now and then) while tailwatchd is killed with
#    SIGKILL at random moments and restarted. At the end every line is in
#    the bucket exactly once, and the objects of each file generation cover
#    its bytes as contiguous, non-overlapping ranges (no line under two keys).
#    Numbered events pushed with PutLogEvents meanwhile (never retried): each
#    acknowledged one is in the bucket exactly once, none twice, and the
#    journal objects' sequence ranges do not overlap.
# 2. A real training log (modded-nanogpt) is shipped in batches, some over the
#    multipart threshold; `tailwatch replay s3://...` gives the same datapoints
#    and alarm changes as `tailwatch replay` of the original file.
#
# Usage: s3_sink.sh BUILD_DIR SOURCE_DIR   (TW_SEED=N to replay, TW_KILLS=N)
set -u
build="$(cd "$1" && pwd)"
src="$(cd "$2" && pwd)"
command -v node >/dev/null && command -v npm >/dev/null || { echo "SKIP: no node/npm" >&2; exit 77; }
[[ -x /usr/bin/aws ]] || { echo "SKIP: Debian's awscli (/usr/bin/aws) not installed" >&2; exit 77; }
# s3rver installed once per build tree (about 15 s the first time).
peer="$build/peers/s3rver"
if [[ ! -x "$peer/node_modules/.bin/s3rver" ]]; then
  mkdir -p "$peer"
  if ! (cd "$peer" && npm install --no-audit --no-fund --prefer-offline s3rver@3.7.1 >install.log 2>&1); then
    echo "SKIP: npm install s3rver@3.7.1 failed:" >&2
    tail -5 "$peer/install.log" >&2
    exit 77
  fi
fi
source "$src/tests/integration/lib/daemon.sh"
S3RVER="$peer/node_modules/.bin/s3rver" run_daemon_test "$build" "$src" <<'PY'
import gzip, json, os, random, re, shutil, subprocess, sys, tempfile, threading, time
import twd
from twd import log, TestFailure

build_dir, source_dir = sys.argv[1], sys.argv[2]
seed = int(os.environ.get("TW_SEED", str(int(time.time()) % 100000)))
kills = int(os.environ.get("TW_KILLS", "12"))
log("seed", seed, "(rerun with TW_SEED=%d)" % seed, "kills", kills)
rng = random.Random(seed)

work = tempfile.mkdtemp(prefix="tw-s3-")
logdir = os.path.join(work, "logs")
os.mkdir(logdir)
s3dir = os.path.join(work, "s3")
os.mkdir(s3dir)
port = twd.free_port()
endpoint = "http://127.0.0.1:%d" % port
s3rver = subprocess.Popen([os.environ["S3RVER"], "-d", s3dir, "-a", "127.0.0.1", "-p", str(port),
                           "-s", "--configure-bucket", "twlogs"],
                          stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "s3rver.log"), "w"))

env = dict(os.environ, AWS_ACCESS_KEY_ID="S3RVER", AWS_SECRET_ACCESS_KEY="S3RVER",
           AWS_DEFAULT_REGION="us-east-1", AWS_EC2_METADATA_DISABLED="true", AWS_PAGER="",
           AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null")


def aws(*args):
    r = subprocess.run(["/usr/bin/aws", "--endpoint-url", endpoint] + list(args), env=env,
                       capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise TestFailure("aws %s: rc %d: %s" % (" ".join(args), r.returncode, r.stderr[-500:]))
    return r.stdout


def cleanup():
    s3rver.terminate()
    s3rver.wait()


try:
    twd.wait_until(lambda: subprocess.run(["/usr/bin/aws", "--endpoint-url", endpoint, "s3", "ls"],
                                          env=env, capture_output=True).returncode == 0,
                   30, "s3rver up", interval_s=0.3)

    corpus = os.path.join(source_dir, "..", "shared", "corpora", "training-runs", "modded-nanogpt",
                          "t1_2024-10-20_ScaleUp1B_20k-steps.txt")
    nanogpt = os.path.join(logdir, "nanogpt.log")
    if os.path.exists(corpus):
        shutil.copyfile(corpus, nanogpt)
    else:
        # Without the corpora beside the checkout: a log of the same shape
        # and size (modded-nanogpt's step lines), made from the seed.
        with open(nanogpt, "w") as out:
            loss, t = 22.6, 465
            for step in range(20560):
                t += rng.randint(1500, 1800)
                loss = max(2.8, loss * 0.9996 + rng.uniform(-0.02, 0.02))
                kind = "val_loss" if step % 125 == 0 else "train_loss"
                out.write("step:%d/20560 %s:%.4f train_time:%dms step_avg:%.2fms\n" %
                          (step, kind, loss, t, t / max(step, 1)))
        log("corpus not found: shipping a generated nanogpt-shaped log instead")
    creds = os.path.join(work, "credentials")
    twd.write_config(creds, "[default]\naws_access_key_id = S3RVER\naws_secret_access_key = S3RVER\n")
    os.chmod(creds, 0o600)
    app = os.path.join(logdir, "app.log")
    cfg = os.path.join(work, "tailwatch.yaml")
    twd.write_config(cfg, """
checkpoint_interval_ms: 200
log_groups:
  - name: app
    files: ["%(app)s"]
    start_at: beginning
    poll_interval_ms: 50
  - name: nanogpt
    files: ["%(nanogpt)s"]
    start_at: beginning
    timestamp: {regex: 'train_time:(\\d+)ms', format: epoch_ms}
  - name: pushed
metric_filters:
  - name: appErrors
    log_group: app
    pattern: ERROR
    metric_transformation: {name: Errors, namespace: App, value: "1"}
  - name: valLoss
    log_group: nanogpt
    regex: 'val_loss:(?P<loss>[0-9.]+)'
    metric_transformation: {name: ValLoss, namespace: NanoGPT, value: "$loss"}
  - name: trainLoss
    log_group: nanogpt
    regex: 'train_loss:(?P<loss>[0-9.]+)'
    metric_transformation: {name: TrainLoss, namespace: NanoGPT, value: "$loss"}
alarms:
  - name: trainLossHigh
    namespace: NanoGPT
    metric_name: TrainLoss
    statistic: Average
    period: 600
    evaluation_periods: 3
    datapoints_to_alarm: 2
    threshold: 3.3
    comparison_operator: GreaterThanThreshold
    treat_missing_data: ignore
sinks:
  - name: archive
    type: s3
    log_groups: [app, nanogpt, pushed]
    bucket: twlogs
    prefix: nodes/n1
    region: us-east-1
    endpoint: "%(endpoint)s"
    credentials_file: "%(creds)s"
    max_batch_bytes: 262144
    max_batch_seconds: 1
    multipart_threshold_bytes: 40000
    multipart_part_bytes: 5242880
    initial_backoff_ms: 100
    max_backoff_ms: 1000
""" % dict(app=app, nanogpt=nanogpt, endpoint=endpoint, creds=creds))
    daemon = twd.Daemon(build_dir, cfg, os.path.join(work, "state"), os.path.join(work, "daemon.log"))

    # ---- 1. kill -9 while lines are written, shipped and rotated ----------
    stop = threading.Event()
    written = [0]
    rotations = [0]
    failure = []

    def known_to_sink(fd):
        st = os.fstat(fd)
        try:
            with open(os.path.join(work, "state", "sinks", "archive", "state")) as f:
                return " %d %d " % (st.st_dev, st.st_ino) in f.read()
        except OSError:
            return False

    def writer():
        try:
            fd = os.open(app, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            while not stop.is_set():
                burst = b""
                for _ in range(rng.randint(1, 40)):
                    n = written[0]
                    level = "ERROR" if n % 7 == 0 else "INFO"
                    burst += b"2026-12-06T11:%02d:%02dZ %s line=%08d payload %s\n" % (
                        (n // 600) % 60, (n // 10) % 60, level.encode(), n, b"x" * (n % 50))
                    written[0] += 1
                os.write(fd, burst)
                # Rotate only a file the sink has recorded: a file created and
                # rotated away while no tailwatchd ran is a loss no tailer can avoid.
                if rng.random() < 0.01 and known_to_sink(fd):
                    for k in range(rotations[0], 0, -1):
                        os.rename("%s.%d" % (app, k), "%s.%d" % (app, k + 1))
                    os.rename(app, app + ".1")
                    os.close(fd)
                    fd = os.open(app, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                    rotations[0] += 1
                time.sleep(rng.uniform(0.002, 0.02))
            os.close(fd)
        except Exception as e:  # noqa: BLE001
            failure.append(e)

    # Pushed events (PutLogEvents) beside the tailed lines, never retried:
    # every acknowledged one must be in the bucket exactly once; one whose
    # answer a kill cut off may be there once, never twice.
    acked = set()
    next_push = [0]

    def pusher():
        import urllib.request
        try:
            while not stop.is_set():
                first = next_push[0]
                n = rng.randint(1, 20)
                next_push[0] += n
                body = json.dumps({"logGroupName": "pushed", "logStreamName": "trainer/0",
                                   "logEvents": [{"timestamp": int(time.time() * 1000),
                                                  "message": "push=%08d step done" % i}
                                                 for i in range(first, first + n)]}).encode()
                req = urllib.request.Request(daemon.url("/"), data=body, method="POST", headers={
                    "X-Amz-Target": "Logs_20140328.PutLogEvents",
                    "Content-Type": "application/x-amz-json-1.1"})
                try:
                    with urllib.request.urlopen(req, timeout=5) as r:
                        if r.status == 200:
                            acked.update(range(first, first + n))
                except (OSError, TestFailure):
                    pass  # killed mid-request, or not up yet: not acknowledged
                time.sleep(rng.uniform(0.01, 0.05))
        except Exception as e:  # noqa: BLE001
            failure.append(e)

    daemon.start()
    t = threading.Thread(target=writer)
    t.start()
    p = threading.Thread(target=pusher)
    p.start()
    for k in range(kills):
        time.sleep(rng.uniform(0.2, 1.5))
        daemon.kill()
        time.sleep(rng.uniform(0.0, 0.3))
        daemon.start()
    time.sleep(1.0)
    stop.set()
    t.join()
    p.join()
    if failure:
        raise TestFailure("writer: %r" % failure[0])
    log("wrote", written[0], "lines,", rotations[0], "rotations,", kills, "kills;", len(acked),
        "of", next_push[0], "pushed events acknowledged")

    # Everything written is shipped: the state file lists no pending batch
    # and every cursor reached the end of its file.
    sizes = {}
    for name in os.listdir(logdir):
        st = os.stat(os.path.join(logdir, name))
        sizes[(st.st_dev, st.st_ino)] = st.st_size
    state_path = os.path.join(work, "state", "sinks", "archive", "state")

    def drained():
        if not daemon.running():
            raise TestFailure("tailwatchd died:\n" + daemon.log_tail())
        with open(state_path) as f:
            text = f.read()
        if "\npending " in text:
            return False
        cursors = [l.split() for l in text.splitlines() if l.startswith("file ")]
        for c in cursors:
            dev, ino, cut = int(c[3]), int(c[4]), int(c[6])
            if (dev, ino) in sizes and cut != sizes[(dev, ino)]:
                return False
        return True

    twd.wait_until(drained, 60, "every line cut and uploaded", interval_s=0.2)
    bucket = os.path.join(work, "bucket")
    journal_re = re.compile(r"^journal-(\d{20})-(\d{20})\.gz$")

    def pushed_in_bucket():
        """({event number: times in the bucket}, [(first, last) journal sequences])."""
        shutil.rmtree(bucket + "/pushed", ignore_errors=True)
        aws("s3", "cp", "--recursive", "--quiet", "s3://twlogs/nodes/n1/pushed/", bucket + "/pushed/")
        seen, seqs = {}, []
        for root, _, files in os.walk(os.path.join(bucket, "pushed")):
            for name in files:
                m = journal_re.match(name)
                if not m:
                    raise TestFailure("unexpected key %s" % os.path.join(root, name))
                seqs.append((int(m.group(1)), int(m.group(2))))
                with gzip.open(os.path.join(root, name)) as f:
                    for line in f.read().splitlines():
                        n = int(re.search(rb"push=(\d+)", line).group(1))
                        seen[n] = seen.get(n, 0) + 1
        return seen, sorted(seqs)

    twd.wait_until(lambda: acked <= set(pushed_in_bucket()[0]), 60,
                   "every acknowledged pushed event uploaded", interval_s=1.0)
    rc = daemon.stop()
    if rc != 0:
        raise TestFailure("tailwatchd exited %s" % rc)

    aws("s3", "cp", "--recursive", "--quiet", "s3://twlogs/nodes/n1/app/", bucket + "/app/")
    # Keys: nodes/n1/app/<stream>/YYYY/MM/DD/HH/<source>-<first>-<last>.gz
    key_re = re.compile(r"^(f\d+\.\d+\.\d+)-(\d{20})-(\d{20})\.gz$")
    ranges = {}
    seen = {}
    objects = 0
    for root, _, files in os.walk(os.path.join(bucket, "app")):
        for name in files:
            m = key_re.match(name)
            if not m:
                raise TestFailure("unexpected key %s" % os.path.join(root, name))
            objects += 1
            first, last = int(m.group(2)), int(m.group(3))
            with gzip.open(os.path.join(root, name)) as f:
                data = f.read()
            if len(data) != last - first:
                raise TestFailure("%s holds %d bytes, its key says %d" % (name, len(data), last - first))
            ranges.setdefault(m.group(1), []).append((first, last))
            for line in data.splitlines():
                n = int(re.search(rb"line=(\d+)", line).group(1))
                seen[n] = seen.get(n, 0) + 1
    for source, rs in ranges.items():
        rs.sort()
        if rs[0][0] != 0:
            raise TestFailure("%s: first object starts at %d" % (source, rs[0][0]))
        for (a0, a1), (b0, b1) in zip(rs, rs[1:]):
            if a1 != b0:
                raise TestFailure("%s: objects %d-%d and %d-%d %s" %
                                  (source, a0, a1, b0, b1, "overlap" if b0 < a1 else "leave a gap"))
    twice = [n for n, c in seen.items() if c > 1]
    missing = [n for n in range(written[0]) if n not in seen]
    if twice or missing:
        raise TestFailure("lines twice: %s; missing: %s" % (twice[:10], missing[:10]))
    log("OK", written[0], "lines in", objects, "objects from", len(ranges),
        "file generations, each exactly once")

    pushed_seen, seqs = pushed_in_bucket()
    for (a0, a1), (b0, b1) in zip(seqs, seqs[1:]):
        if b0 <= a1:
            raise TestFailure("journal objects %d-%d and %d-%d overlap" % (a0, a1, b0, b1))
    twice = [n for n, c in pushed_seen.items() if c > 1]
    lost = sorted(acked - set(pushed_seen))
    if twice or lost:
        raise TestFailure("pushed events twice: %s; acknowledged but missing: %s" %
                          (twice[:10], lost[:10]))
    log("OK", len(acked), "acknowledged pushed events in", len(seqs), "journal objects, each once;",
        len(pushed_seen) - len(acked), "unacknowledged ones there once")

    # ---- 2. replay from S3 == replay of the original file -----------------
    tw = os.path.join(build_dir, "tools", "tailwatch")

    def replay(*inputs):
        r = subprocess.run([tw, "replay", "--config", cfg, "--group", "nanogpt"] + list(inputs),
                           env=env, capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            raise TestFailure("replay %s: rc %d: %s" % (inputs, r.returncode, r.stderr[-800:]))
        # An alarm's sample lines name where each line was read (the file, the
        # S3 object, the local .gz): everything else must be equal.
        lines = []
        for text in r.stdout.splitlines():
            record = json.loads(text)
            for sample in record.get("sample_lines", []):
                sample.pop("source", None)
            lines.append(json.dumps(record, sort_keys=True))
        return "\n".join(lines), r.stderr

    listing = aws("s3api", "list-objects-v2", "--bucket", "twlogs", "--prefix", "nodes/n1/nanogpt/")
    nano_keys = [o["Key"] for o in json.loads(listing).get("Contents", [])]
    big = [o for o in json.loads(listing)["Contents"] if o["Size"] > 40000]
    log("nanogpt:", len(nano_keys), "objects,", len(big), "over the multipart threshold")
    if len(nano_keys) < 3 or not big:
        raise TestFailure("expected several objects, some multipart: %s" % listing[:500])
    from_file, _ = replay(nanogpt)
    from_s3, err = replay("--endpoint-url", endpoint, "s3://twlogs/nodes/n1")
    if from_file != from_s3 or not from_file:
        raise TestFailure("replay from S3 differs from the file's:\n%s\n---\n%s" %
                          (from_file[:600], from_s3[:600]))
    # Local .gz copies (what `aws s3 cp` fetched) replay the same too.
    local = os.path.join(work, "nano")
    aws("s3", "cp", "--recursive", "--quiet", "s3://twlogs/nodes/n1/nanogpt/", local + "/")
    gz = sorted(os.path.join(r, f) for r, _, fs in os.walk(local) for f in fs)
    from_gz, _ = replay(*gz)
    if from_gz != from_file:
        raise TestFailure("replay of the local .gz objects differs from the file's")
    log("OK replay from S3 and from local .gz objects:",
        from_file.count('"datapoint"'), "datapoints,", from_file.count('"alarm"'),
        "alarm changes, identical to the original file's;", err.strip().splitlines()[0])
finally:
    cleanup()
shutil.rmtree(work, ignore_errors=True)
PY
