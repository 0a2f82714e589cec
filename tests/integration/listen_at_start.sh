#!/usr/bin/env bash
# tailwatchd accepts connections from the moment it starts: a client that sends a request right
# after spawning it (as a supervisor's first health check does) is answered, never refused.
# The launcher (daemon/launcher/) binds server.listen before the daemon's libraries load and
# passes the socket on; a socket passed by systemd (LISTEN_FDS) is served the same way, and one
# bound elsewhere is closed.
# Usage: listen_at_start.sh BUILD_DIR SOURCE_DIR
set -u
source "$(dirname "$0")/lib/daemon.sh"
run_daemon_test "$1" "$2" <<'PY'
import os, resource, signal, socket, subprocess, sys, tempfile, time, urllib.request

build = sys.argv[1]
daemon = os.path.join(build, "daemon", "tailwatchd")
work = tempfile.mkdtemp(prefix="tw-listen-")
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail), flush=True)
    failures += 0 if ok else 1


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def get(port, path="/healthz", timeout=10):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as r:
            return r.status
    except Exception as e:
        return repr(e)


def config(port, style):
    path = os.path.join(work, f"{style}.yaml")
    listen = {"flow": f'server: {{listen: "127.0.0.1:{port}", max_connections: 64}}\n',
              "block": f"server:\n  max_connections: 64\n  listen: 127.0.0.1:{port}  # ours\n",
              "none": ""}[style]
    with open(path, "w") as f:
        f.write(f"state_dir: {work}/state-{style}\n{listen}log_groups:\n"
                f"  - name: app\n    files: [\"{work}/logs/*.log\"]\n")
    return path


def stop(p):
    p.send_signal(signal.SIGTERM)
    try:
        return p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        return p.wait()


def limit_fds():
    # As a supervisor that sets limits: Popen then forks and execs, and
    # returns as soon as the exec has happened.
    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))


os.makedirs(os.path.join(work, "logs"))

# The launcher copied beside a stand-in tailwatchd-core that waits for `hold` to go away before
# it runs the real one: while it waits, no part of the daemon runs, yet the port must accept.
held = os.path.join(work, "held")
os.makedirs(held)
subprocess.run(["cp", daemon, os.path.join(held, "tailwatchd")], check=True)
hold = os.path.join(work, "hold")
with open(os.path.join(held, "tailwatchd-core"), "w") as f:
    f.write(f'#!/bin/sh\nwhile [ -e "{hold}" ]; do sleep 0.01; done\n'
            f'exec "{daemon}-core" "$@"\n')
os.chmod(os.path.join(held, "tailwatchd-core"), 0o755)

for style, override in (("flow", False), ("block", False), ("none", True)):
    port = free_port()
    args = [os.path.join(held, "tailwatchd"), "--config", config(port, style)]
    if override:
        args += ["--listen", f"127.0.0.1:{port}"]
    open(hold, "w").close()
    err_path = os.path.join(work, "held.log")
    p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=open(err_path, "wb"),
                         preexec_fn=limit_fds)
    client = None
    deadline = time.time() + 10
    while client is None and time.time() < deadline and p.poll() is None:
        c = socket.socket()
        try:
            c.connect(("127.0.0.1", port))
            client = c
        except OSError:
            c.close()
            time.sleep(0.005)
    # Still the stand-in shell, not the daemon, when the connection was accepted.
    try:
        running = os.readlink(f"/proc/{p.pid}/exe")
    except OSError:
        running = "(gone)"
    waiting = running == os.path.realpath("/bin/sh")
    reply = b""
    if client is not None:
        client.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        os.unlink(hold)  # now the daemon starts, and finds the request waiting
        client.settimeout(20)
        try:
            while True:
                chunk = client.recv(4096)
                if not chunk:
                    break
                reply += chunk
        except OSError:
            pass
        client.close()
    if os.path.exists(hold):
        os.unlink(hold)
    code = stop(p)
    what = f"{style} config" + (", --listen" if override else "")
    check(f"the port accepts before the daemon runs ({what})", client is not None and waiting,
          f"connected {client is not None}, running {running}")
    check(f"a request made then is answered once it runs ({what})",
          reply.startswith(b"HTTP/1.1 200"), repr(reply[:200]) + " " + open(err_path).read()[-300:])
    check(f"it stops cleanly ({what})", code == 0, str(code))

# Without the hold, as a supervisor's first health check: spawn and ask at once. How often that
# wins depends on the machine's load (the launcher needs a fraction of a millisecond, which a
# loaded CPU may not give it before the client connects), so it is reported, not asserted.
answered = 0
for _ in range(10):
    port = free_port()
    p = subprocess.Popen([daemon, "--config", config(port, "flow")], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, preexec_fn=limit_fds)
    answered += get(port) == 200
    deadline = time.time() + 10
    while get(port, timeout=1) != 200 and time.time() < deadline:
        time.sleep(0.02)
    stop(p)
print(f"info: a request sent right after the start was answered {answered} of 10 times")

# `ps`, `top` and pkill see tailwatchd, not tailwatchd-core.
port = free_port()
p = subprocess.Popen([daemon, "--config", config(port, "flow")], stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL)
deadline = time.time() + 10
while get(port, timeout=1) != 200 and time.time() < deadline:
    time.sleep(0.02)
comm = open(f"/proc/{p.pid}/comm").read().strip()
cmdline = open(f"/proc/{p.pid}/cmdline").read().split("\0")[0]
stop(p)
check("the process is named tailwatchd", comm == "tailwatchd" and cmdline == daemon,
      f"comm {comm!r}, argv[0] {cmdline!r}")


def with_passed_socket(bound_port, listen_port):
    """Starts the daemon as systemd's socket activation does: fd 3, LISTEN_FDS=1, LISTEN_PID."""
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", bound_port))
    s.listen(16)
    fd = s.fileno()
    err_path = os.path.join(work, "passed.log")
    err = open(err_path, "wb")
    p = subprocess.Popen(
        ["sh", "-c", 'LISTEN_PID=$$ LISTEN_FDS=1 exec "$0" "$@"', daemon, "--config",
         config(listen_port, "flow")],
        stdout=subprocess.DEVNULL, stderr=err, pass_fds=(fd, 3),
        preexec_fn=lambda: (os.dup2(fd, 3), os.set_inheritable(3, True)))
    s.close()  # the daemon holds its own copy
    return p, err_path


port = free_port()
p, log = with_passed_socket(port, port)
status = get(port)
stop(p)
text = open(log).read()
check("a socket passed by systemd on server.listen is served", status == 200 and "anew" not in text,
      f"status {status}; log: {text[-400:]}")

port, other = free_port(), free_port()
p, log = with_passed_socket(other, port)
deadline = time.time() + 10
while (status := get(port, timeout=1)) != 200 and time.time() < deadline:
    time.sleep(0.02)
refused = get(other, timeout=2) != 200
stop(p)
text = open(log).read()
check("a socket passed on another address is closed, server.listen bound",
      status == 200 and refused and "closed, binding anew" in text,
      f"status {status}, other refused {refused}; log: {text[-400:]}")

# The launcher alone, without the daemon beside it, says what is missing.
lonely = os.path.join(work, "bin")
os.makedirs(lonely)
subprocess.run(["cp", daemon, lonely], check=True)
r = subprocess.run([os.path.join(lonely, "tailwatchd"), "--version"], capture_output=True, text=True)
check("without tailwatchd-core: exit 127 and a message",
      r.returncode == 127 and "cannot run tailwatchd-core" in r.stderr, f"{r.returncode} {r.stderr!r}")

subprocess.run(["rm", "-rf", work])
print("listen_at_start: " + ("PASS" if failures == 0 else f"{failures} FAILED"))
sys.exit(1 if failures else 0)
PY
