"""Receivers for tailwatch notification integration tests (python3 stdlib;
SigV4 checks use botocore, present in Debian's /usr/bin/python3).

    r = Recorder(port, hmac_secret=None, sigv4_secrets=None, tls=(cert, key))
    r.start(); ...; r.requests  (list of dicts); r.stop()

A Recorder answers every POST with `status_for(request)` (200 by default),
records method, path, headers and body, and, when configured, checks:
  - the webhook HMAC: X-Tailwatch-Signature == "sha256=" +
    hex(HMAC-SHA256(secret, X-Tailwatch-Timestamp + "." + body))
  - the AWS SigV4 signature, recomputed with botocore's own signer from the
    signed headers as received (verify_sigv4_botocore)
Each recorded request carries "hmac_ok" / "sigv4_ok" (None when not checked).
"""

import hashlib
import hmac
import http.server
import json
import re
import ssl
import subprocess
import threading

_AUTH_RE = re.compile(
    r"AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, "
    r"SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$")


def verify_sigv4_botocore(method, raw_path, headers, body, secrets):
    """(ok, info): re-signs the request with botocore's SigV4Auth at its own
    X-Amz-Date, from the signed headers only, and compares signatures."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    h = {k.lower(): v for k, v in headers}
    m = _AUTH_RE.match(h.get("authorization", ""))
    if not m:
        return False, "no/odd Authorization header: %r" % h.get("authorization")
    akid, _date, region, service, signed, sig = m.groups()
    if akid not in secrets:
        return False, "unknown access key %s" % akid
    signed_names = signed.split(";")
    req = AWSRequest(method=method, url="http://%s%s" % (h["host"], raw_path), data=body,
                     headers={k: v for k, v in headers if k.lower() in signed_names})
    signer = SigV4Auth(Credentials(akid, secrets[akid], h.get("x-amz-security-token")),
                       service, region)
    req.context["timestamp"] = h["x-amz-date"]
    canonical = signer.canonical_request(req)
    expected = signer.signature(signer.string_to_sign(req, canonical), req)
    ok = hmac.compare_digest(expected, sig)
    return ok, {"region": region, "service": service, "signed": signed_names,
                "canonical": canonical if not ok else ""}


def hmac_ok(secret, headers, body):
    h = {k.lower(): v for k, v in headers}
    ts = h.get("x-tailwatch-timestamp", "")
    want = "sha256=" + hmac.new(secret.encode(), ts.encode() + b"." + body,
                                hashlib.sha256).hexdigest()
    return hmac.compare_digest(want, h.get("x-tailwatch-signature", ""))


class Recorder:
    def __init__(self, port, hmac_secret=None, sigv4_secrets=None, tls=None, status_for=None):
        self.port = port
        self.hmac_secret = hmac_secret
        self.sigv4_secrets = sigv4_secrets
        self.tls = tls
        self.status_for = status_for or (lambda req: 200)
        self.requests = []
        self.lock = threading.Lock()
        self.server = None
        self.thread = None

    def start(self):
        rec = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                n = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(n)
                headers = list(self.headers.items())
                req = {"method": "POST", "path": self.path, "headers": dict(
                    (k.lower(), v) for k, v in headers), "body": body,
                    "hmac_ok": None, "sigv4_ok": None, "sigv4_info": None}
                if rec.hmac_secret is not None:
                    req["hmac_ok"] = hmac_ok(rec.hmac_secret, headers, body)
                if rec.sigv4_secrets is not None:
                    req["sigv4_ok"], req["sigv4_info"] = verify_sigv4_botocore(
                        "POST", self.path, headers, body, rec.sigv4_secrets)
                status = rec.status_for(req)
                req["status"] = status
                with rec.lock:
                    rec.requests.append(req)
                reply = b""
                if req["sigv4_ok"] is not None and status == 200:
                    reply = (b"<PublishResponse><PublishResult><MessageId>m-%d</MessageId>"
                             b"</PublishResult></PublishResponse>" % len(rec.requests))
                self.send_response(status)
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        if self.tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*self.tls)
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def delivered(self):
        with self.lock:
            return [r for r in self.requests if r["status"] // 100 == 2]


def make_test_ca(workdir, host_names=("localhost",), ip=None):
    """A CA and a server certificate for `host_names` (+ `ip`), signed by it, made
    with the openssl CLI. Returns (ca_pem, cert_pem, key_pem)."""
    def run(*args):
        subprocess.run(["openssl"] + list(args), check=True, cwd=workdir,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
        "-days", "2", "-subj", "/CN=tailwatch test CA",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")
    san = ",".join(["DNS:%s" % h for h in host_names] + (["IP:%s" % ip] if ip else []))
    with open("%s/ext.cnf" % workdir, "w") as f:
        f.write("subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n" % san)
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/CN=%s" % host_names[0])
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")
    return ("%s/ca.pem" % workdir, "%s/server.pem" % workdir, "%s/server.key" % workdir)


def event_json(req):
    return json.loads(req["body"])
