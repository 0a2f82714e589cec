#!/usr/bin/env python3
"""Hostile clients against a running tailwatchd (called by push_hostile.sh).

Each case sends something nasty and checks the documented answer
(daemon/ingest/ingest_routes.h, daemon/http/http_server.h), then checks that a
normal push still succeeds. Stdlib only.

usage: push_hostile.py PORT TOKEN PID READ_TIMEOUT_MS
"""
import gzip
import json
import socket
import sys
import time

PORT = int(sys.argv[1])
TOKEN = sys.argv[2]
PID = int(sys.argv[3])
READ_TIMEOUT_S = int(sys.argv[4]) / 1000.0
GROUP = "hostile"
failures = []


def rss_kib():
    with open(f"/proc/{PID}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def connect(timeout=10.0):
    s = socket.create_connection(("127.0.0.1", PORT), timeout=timeout)
    s.settimeout(timeout)
    return s


def read_response(s):
    """Reads one HTTP/1.1 response (Content-Length framed). (status, headers, body) or None."""
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = s.recv(65536)
            if not chunk:
                break
            rest += chunk
        return status, headers, rest[:length]
    except (socket.timeout, ConnectionResetError, BrokenPipeError):
        return None


def request(method, path, body=b"", headers=None, auth=True, send_all=True):
    hdrs = {"Host": "127.0.0.1", "Content-Length": str(len(body))}
    if auth:
        hdrs["Authorization"] = "Bearer " + TOKEN
    hdrs.update(headers or {})
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs.items()) + "\r\n"
    s = connect()
    try:
        s.sendall(head.encode("latin-1"))
        if send_all:
            try:
                s.sendall(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server answered early (413) and closed; read the answer
        else:
            s.sendall(body[: 64 * 1024])
        return read_response(s)
    finally:
        s.close()


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"), flush=True)
    if not ok:
        failures.append(name)


def normal_push_works(after):
    r = request("POST", f"/v1/logs?group={GROUP}&stream=ok", b"normal error line\n")
    check(f"normal push after {after}", r is not None and r[0] == 200 and r[2] == b'{"accepted":1}',
          repr(r))


def expect(name, r, status, body_part):
    ok = r is not None and r[0] == status and body_part.encode() in r[2]
    check(f"{name} -> {status}", ok, repr(r if r is None else (r[0], r[2][:300])))
    normal_push_works(name)


def aws(op, body, auth_header=None):
    headers = {"X-Amz-Target": "Logs_20140328." + op, "Content-Type": "application/x-amz-json-1.1"}
    if auth_header is not None:
        headers["Authorization"] = auth_header
    return request("POST", "/", body, headers)


rss_before = rss_kib()
print(f"daemon RSS before: {rss_before} KiB", flush=True)
normal_push_works("start")

# Oversize body (over server.max_body_bytes = 1 MiB): 413 from Content-Length alone.
expect("oversize body (2 MiB)", request("POST", f"/v1/logs?group={GROUP}", b"x\n" * (1 << 20)),
       413, "")
# A 10 MB single line, raw: 413 (body limit), answered without reading it all.
t0 = time.monotonic()
expect("10 MB single line", request("POST", f"/v1/logs?group={GROUP}", b"A" * (10 << 20)), 413, "")
check("10 MB line answered fast", time.monotonic() - t0 < 5.0, f"{time.monotonic() - t0:.1f}s")
# A 10 MB single line gzipped to ~10 KiB: decodes past max_decoded_body_bytes (8 MiB) -> 413.
expect("10 MB single line, gzip", request(
    "POST", f"/v1/logs?group={GROUP}", gzip.compress(b"A" * (10 << 20)),
    {"Content-Encoding": "gzip"}), 413, "decodes to more than")
# A 1 MB single line gzipped: under the decode cap, over max_line_bytes (256 KiB) -> 400.
expect("1 MB single line, gzip", request(
    "POST", f"/v1/logs?group={GROUP}", gzip.compress(b"B" * (1 << 20)),
    {"Content-Encoding": "gzip"}), 400, "line 1: message is 1048576 bytes")
# A gzip bomb: 1 GiB of zeros would decode; stops at the cap.
bomb = gzip.compress(b"\0" * (256 << 20), compresslevel=9)
expect("gzip bomb (256 MiB of zeros)", request(
    "POST", f"/v1/logs?group={GROUP}", bomb, {"Content-Encoding": "gzip"}), 413, "decodes to more than")

# Invalid JSON.
expect("invalid NDJSON", request("POST", f"/v1/logs?group={GROUP}", b'{"message":"ok"}\n{"message":',
                                 {"Content-Type": "application/x-ndjson"}), 400, "line 2: invalid JSON")
expect("invalid AWS JSON", aws("PutLogEvents", b'{"logGroupName": "hostile", '), 400,
       "SerializationException")
# Invalid UTF-8: JSON bodies refuse it; text bodies take bytes as they are (like a tailed file).
expect("invalid UTF-8 in NDJSON", request(
    "POST", f"/v1/logs?group={GROUP}", b'{"message":"bad \xff\xfe"}\n',
    {"Content-Type": "application/x-ndjson"}), 400, "line 1: invalid JSON")
now = int(time.time() * 1000)
expect("invalid UTF-8 in AWS JSON", aws(
    "PutLogEvents",
    b'{"logGroupName":"hostile","logStreamName":"s","logEvents":[{"timestamp":%d,"message":"\xc3\x28"}]}' % now),
    400, "SerializationException")
expect("invalid UTF-8 in a text body", request("POST", f"/v1/logs?group={GROUP}", b"bytes \xff\xfe error\n"),
       200, '{"accepted":1}')

# Wrong token, both endpoints; no token at all.
expect("wrong bearer token", request("POST", f"/v1/logs?group={GROUP}", b"x\n",
                                     {"Authorization": "Bearer wrong"}), 401, "token")
expect("no token", request("POST", f"/v1/logs?group={GROUP}", b"x\n", auth=False), 401, "token")
expect("wrong SigV4 access key", aws(
    "PutLogEvents", b'{"logGroupName":"hostile","logStreamName":"s","logEvents":[]}',
    "AWS4-HMAC-SHA256 Credential=wrong/20261129/us-east-1/logs/aws4_request, "
    "SignedHeaders=host, Signature=00"), 401, "UnrecognizedClientException")

# Unknown group.
expect("unknown group", request("POST", "/v1/logs?group=nope", b"x\n"), 404, "unknown log group")

# Slowloris: headers trickled one byte at a time -> 408 after read_timeout_ms, and
# meanwhile others are served.
s = connect(timeout=READ_TIMEOUT_S + 10)
slow = (f"POST /v1/logs?group={GROUP} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
        "Content-Length: 5\r\nX-Padding: " + "p" * 200 + "\r\n\r\nslow\n").encode()
t0 = time.monotonic()
cut = False
served_meanwhile = False
for i, byte in enumerate(slow):
    try:
        s.sendall(bytes([byte]))
    except (BrokenPipeError, ConnectionResetError):
        cut = True
        break
    if i == 3:
        r = request("POST", f"/v1/logs?group={GROUP}&stream=ok", b"during slowloris\n")
        served_meanwhile = r is not None and r[0] == 200
    time.sleep(0.05)
    if time.monotonic() - t0 > READ_TIMEOUT_S + 5:
        break
r = read_response(s)
elapsed = time.monotonic() - t0
s.close()
print(f"slowloris: {'send failed (closed)' if cut else ('answer %d' % r[0] if r else 'closed without answer')}"
      f" after {elapsed:.1f}s", flush=True)
check("slowloris cut off (408 or closed)", cut or (r is not None and r[0] == 408) or r is None,
      repr(r))
check("slowloris cut within read_timeout + 3 s", elapsed < READ_TIMEOUT_S + 3.0, f"{elapsed:.1f}s")
check("others served during slowloris", served_meanwhile)
normal_push_works("slowloris")

# 1,000 idle connections (no byte sent): the daemon keeps serving others.
idle = []
for _ in range(1000):
    try:
        idle.append(connect())
    except OSError as e:
        check("open 1000 idle connections", False, str(e))
        break
time.sleep(0.3)
check(f"{len(idle)} idle connections open", len(idle) == 1000)
normal_push_works("1000 idle connections (while open)")
r = aws("TestMetricFilter", b'{"filterPattern":"error","logEventMessages":["an error"]}')
check("AWS request while 1000 idle connections are open", r is not None and r[0] == 200, repr(r))
for c in idle:
    c.close()
time.sleep(0.3)
normal_push_works("1000 idle connections (closed)")

# Many normal batches: memory must not grow with traffic.
batch = b"".join(b'{"message":"steady error %d"}\n' % i for i in range(2000))
for i in range(50):
    r = request("POST", f"/v1/logs?group={GROUP}&stream=load", batch, {"Content-Type": "application/x-ndjson"})
    if r is None or r[0] != 200:
        check("50 batches of 2000 events", False, repr(r))
        break

rss_after = rss_kib()
print(f"daemon RSS after: {rss_after} KiB (growth {rss_after - rss_before} KiB)", flush=True)
check("RSS growth under 200 MiB", rss_after - rss_before < 200 * 1024,
      f"{rss_before} -> {rss_after} KiB")

if failures:
    print(f"{len(failures)} check(s) failed: {failures}")
    sys.exit(1)
print("all hostile checks passed")
