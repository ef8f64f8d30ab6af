"""Load the pipeline for Spark's local Python daemon while the JVM is still starting.

In local mode nothing is analysed before two slow starts have happened one after
the other: the JVM (~3–4 s), then the Python daemon it launches, which loads the
pipeline (~5 s, ``veille.spark.daemon``). The daemon cannot start earlier: the JVM
launches it. So the driver starts a *zygote* first, at the same time as the JVM: a
Python process that loads the pipeline and waits. When the JVM launches
``veille.spark.daemon``, that process finds the zygote (its socket path is in
``$VEILLE_SPARK_ZYGOTE``, which the JVM passes on) and hands over its standard
streams, environment and working directory; the zygote forks a child that takes
them over and runs PySpark's daemon loop with the pipeline already loaded. The
process the JVM launched stays as a relay: it lives as long as that child and passes
on the JVM's signals, so for the JVM nothing changes. The zygote itself waits for
the child, so the daemon and its workers stay in the driver's process tree.

Everything falls back to the plain daemon: no zygote, a zygote that failed, or a
second daemon in the same process (the zygote serves one hand-over, then exits).
Written here because PySpark has no hook to start its daemon before the JVM asks.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

ENV = "VEILLE_SPARK_ZYGOTE"
#: A zygote nobody came to (the session failed, no Python task ran) exits after this.
WAIT_SECONDS = 120.0
_HEADER = 16  # bytes of the message carrying the three descriptors: the payload length


def start() -> str:
    """Start a zygote for the next local session; returns its socket path.

    The caller puts the path in ``os.environ[ENV]`` before the JVM starts (the JVM
    and the daemon it launches inherit it).
    """
    folder = tempfile.mkdtemp(prefix="veille-zygote-")
    path = os.path.join(folder, "zygote.sock")
    process = subprocess.Popen(
        [sys.executable, "-m", "veille.spark.zygote", path],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
    )

    def stop() -> None:
        if process.poll() is None:
            process.terminate()

    atexit.register(stop)
    return path


def hand_over(path: str) -> int | None:
    """In the process the JVM launched: give our streams to the zygote; its daemon's pid, or None."""
    try:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(path)
    except OSError:
        return None  # no zygote (any more): load the pipeline here
    try:
        payload = json.dumps({"env": dict(os.environ), "cwd": os.getcwd()}).encode()
        socket.send_fds(sock, [str(len(payload)).encode().ljust(_HEADER)], [0, 1, 2])
        sock.sendall(payload)
        reply = sock.makefile("rb").readline()  # sent once the daemon is forked
        return int(reply) if reply.strip() else None
    except (OSError, ValueError):
        return None
    finally:
        sock.close()


def relay(pid: int) -> None:
    """Stay alive as long as the daemon ``pid``, passing on the signals the JVM sends us."""

    def forward(signum, _frame) -> None:
        try:
            os.kill(pid, signum)
        except ProcessLookupError:
            pass
        sys.exit(0)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, forward)
    # The daemon holds the JVM's pipes now; this process lets go of its copies, so the
    # JVM sees them close when the daemon closes them.
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.5)


def serve(path: str) -> None:
    """The zygote: listen, load the pipeline, then fork one daemon for the first caller."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(1)
    # A caller that connects during the load waits in the backlog.
    from veille.spark.daemon import preload

    preload()
    listener.settimeout(WAIT_SECONDS)
    try:
        conn, _ = listener.accept()
    except TimeoutError:
        return
    finally:
        _remove(path)  # one hand-over only: nobody else may find this zygote
    conn.settimeout(30)
    header, fds, _flags, _addr = socket.recv_fds(conn, _HEADER, 3)
    size = int(header.decode().strip())
    payload = b""
    while len(payload) < size:
        chunk = conn.recv(size - len(payload))
        if not chunk:
            return
        payload += chunk
    request = json.loads(payload)
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the daemon sets its own
            listener.close()
            conn.close()
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
                os.close(fd)
            # PySpark's daemon and workers read their settings (secret, reuse, buffer
            # size…) from the environment the JVM gave the process it launched.
            os.environ.clear()
            os.environ.update(request["env"])
            os.chdir(request["cwd"])
            from pyspark.daemon import manager

            manager()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001 - reported on the JVM's stderr, then exit
            import traceback

            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    conn.sendall(f"{pid}\n".encode())
    conn.close()
    listener.close()
    # Wait for the daemon instead of leaving it to init: it stays in the driver's
    # process tree (whose CPU time and memory the benchmarks add up) and is reaped here.
    for fd in fds:
        os.close(fd)  # the JVM's pipes are the daemon's now: the JVM must see them close with it
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _remove(path: str) -> None:
    """Delete the socket and its folder (``start`` made both), whichever still exist."""
    for remove, target in ((os.unlink, path), (os.rmdir, os.path.dirname(path))):
        try:
            remove(target)
        except OSError:
            pass


if __name__ == "__main__":
    # The driver terminates a zygote it no longer needs: clean up on the way out.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(0))
    try:
        serve(sys.argv[1])
    finally:
        _remove(sys.argv[1])
