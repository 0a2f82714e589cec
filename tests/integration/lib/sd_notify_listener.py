#!/usr/bin/env python3
"""A NOTIFY_SOCKET owned by the test: what systemd's side of Type=notify sees.

Used by tests/integration/sd_notify.sh. Standard library only.

    NotifySocket(dir)            binds an AF_UNIX datagram socket with SO_PASSCRED, so every
                                 message carries the sender's pid (as systemd checks for
                                 NotifyAccess=main).
    spawn(argv, env, stderr_path, notify, watchdog_usec, journal, watchdog_pid)
                                 fork + execve, so WATCHDOG_PID can be the daemon's own pid
                                 (sd_watchdog_enabled() ignores WATCHDOG_USEC otherwise) and
                                 JOURNAL_STREAM can name the stderr file's "dev:ino".
    NotifySocket.wait_for(pred, timeout)
                                 reads datagrams until one satisfies pred; every datagram is
                                 kept in .messages as (monotonic_s, pid, {field: value}).
"""

import array
import os
import socket
import struct
import time

SO_PASSCRED = getattr(socket, "SO_PASSCRED", 16)
SCM_CREDENTIALS = getattr(socket, "SCM_CREDENTIALS", 2)


def parse_fields(data):
    fields = {}
    for line in data.decode("utf-8", "replace").split("\n"):
        if "=" in line:
            key, value = line.split("=", 1)
            fields[key] = value
    return fields


class NotifySocket:
    def __init__(self, directory):
        self.path = os.path.join(directory, "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, SO_PASSCRED, 1)
        self.sock.bind(self.path)
        self.messages = []  # (t, pid, fields)
        self.start = time.monotonic()

    def close(self):
        self.sock.close()

    def _receive(self, timeout):
        self.sock.settimeout(max(timeout, 0.001))
        try:
            data, ancdata, _, _ = self.sock.recvmsg(
                4096, socket.CMSG_SPACE(struct.calcsize("3i")) + socket.CMSG_SPACE(64 * 4))
        except socket.timeout:
            return None
        pid = None
        for level, kind, payload in ancdata:
            if level == socket.SOL_SOCKET and kind == SCM_CREDENTIALS:
                pid, _, _ = struct.unpack("3i", payload[:struct.calcsize("3i")])
            elif level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                # BARRIER=1 passes an fd; closing it is the acknowledgement.
                fds = array.array("i")
                fds.frombytes(payload[: len(payload) - (len(payload) % fds.itemsize)])
                for fd in fds:
                    os.close(fd)
        message = (time.monotonic() - self.start, pid, parse_fields(data))
        self.messages.append(message)
        return message

    def wait_for(self, predicate, timeout, child_pid=None):
        """Returns the first new message with predicate(fields) true, or None on timeout or
        when child_pid exits first."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            message = self._receive(min(left, 0.2))
            if message is not None and predicate(message[2]):
                return message
            if message is None and child_pid is not None and exited(child_pid):
                return None

    def drain(self, seconds):
        """Collects every message for `seconds` and returns them."""
        found = []
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            message = self._receive(deadline - time.monotonic())
            if message is not None:
                found.append(message)
        return found


_exit_status = {}


def exited(pid):
    if pid in _exit_status:
        return True
    done, status = os.waitpid(pid, os.WNOHANG)
    if done == pid:
        _exit_status[pid] = os.waitstatus_to_exitcode(status)
        return True
    return False


def wait_exit(pid, timeout):
    """Exit code (negative: killed by that signal), or None if still running at timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if exited(pid):
            return _exit_status[pid]
        time.sleep(0.05)
    return None


def spawn(argv, env, stderr_path, notify=None, watchdog_usec=None, journal=False,
          watchdog_pid=None):
    """Starts argv with stdout+stderr appended to stderr_path. Returns the pid.
    WATCHDOG_PID is the child's own pid unless watchdog_pid names another."""
    fd = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    st = os.fstat(fd)
    child_env = dict(env)
    for key in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM"):
        child_env.pop(key, None)
    if notify is not None:
        child_env["NOTIFY_SOCKET"] = notify.path
    if watchdog_usec is not None:
        child_env["WATCHDOG_USEC"] = str(watchdog_usec)
    if journal:
        # What systemd sets when StandardError=journal: the stream's device and inode.
        child_env["JOURNAL_STREAM"] = "%d:%d" % (st.st_dev, st.st_ino)
    pid = os.fork()
    if pid == 0:
        try:
            if watchdog_usec is not None:
                child_env["WATCHDOG_PID"] = str(watchdog_pid or os.getpid())
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            os.execve(argv[0], argv, child_env)
        finally:
            os._exit(127)
    os.close(fd)
    return pid
