"""gunicorn's gthread worker: kept-alive connections spread over the workers, and closes
that do not stop the worker's accept loop.

**Connections live at most a second** (KOPBAL_CONNECTION_SECONDS). A gthread worker accepts
greedily in its event loop, free threads or not, and a kept-alive connection stays with the
worker that accepted it: all of a load generator's (or a browser-heavy client's)
connections could sit on one worker at 100 % CPU while the other idles. Measured on the
2-core machine (wrk -t2 against a cached article, 2 workers x 4 threads, each worker's CPU
from /proc): with plain keep-alive one worker did all the work in every run (1,700 req/s
with 64 connections). A connection that is closed after its first answer past one second
is opened again by the client, and the worker that is idle at that moment accepts it: both
workers stayed busy in every run (6,900 and 8,100 req/s), against 5,200 and 5,300 when
every answer closes its connection (a TCP handshake and a close per request). A client
that keeps a connection busy pays one handshake a second. nginx keeps no pool of
connections to the app servers (deploy/nginx/kopbal.conf), so behind it nothing changes.

**Closes off the accept loop.** gunicorn 27 closes "gracefully" (RFC 9112 section 9.6: send
FIN, then read until the client hangs up, up to 2 s, so unread bytes cannot turn the close
into a reset that truncates the answer), and it does so on the worker's main thread: the
thread that accepts connections and hands them to the request threads. While it waits for
one client to hang up, no new connection is accepted, free threads or not. Under load every
close is such a wait: votes went from 469/s with keep-alive to 255/s without, with a p99 of
3.8 s; a client that never hangs up stops the worker for the whole 2 s (found with a timer
around the close, issue 14). The close stays graceful, with gunicorn's limits: the FIN goes
out at once, and one thread per worker waits for all the clients to hang up, each at most
2 s. A pool of threads doing the same cost 15 % of the cached pages' throughput in handing
each close over.
"""

import logging
import os
import selectors
import socket
import threading
import time
from contextlib import suppress
from queue import Empty, SimpleQueue

logger = logging.getLogger("kopbal.serving")

LINGER_SECONDS = 2.0  # gunicorn's util.close_graceful
MAX_DRAIN = 65536


class _Closer:
    """One thread that closes the sockets handed to it once their clients hang up."""

    def __init__(self):
        self._selector = selectors.DefaultSelector()
        self._handed = SimpleQueue()
        self._wake_read, self._wake_write = os.pipe()
        os.set_blocking(self._wake_read, False)
        os.set_blocking(self._wake_write, False)
        self._selector.register(self._wake_read, selectors.EVENT_READ, None)
        # sock -> [deadline, bytes drained]
        self._lingering: dict[socket.socket, list] = {}
        threading.Thread(target=self._run, name="close", daemon=True).start()

    def close(self, sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_WR)  # the client learns the answer is complete
        except OSError:
            sock.close()
            return
        self._handed.put(sock)
        with suppress(BlockingIOError):  # the pipe is full: the thread is awake already
            os.write(self._wake_write, b"\0")

    def _run(self) -> None:
        while True:
            try:
                self._step()
            except Exception:
                logger.exception("closing connections failed")

    def _step(self) -> None:
        now = time.monotonic()
        deadlines = [entry[0] for entry in self._lingering.values()]
        timeout = max(0.0, min(deadlines) - now) if deadlines else None
        for key, _ in self._selector.select(timeout):
            if key.data is None:
                self._take_handed()
            else:
                self._drain(key.data)
        now = time.monotonic()
        for sock in [s for s, entry in self._lingering.items() if entry[0] <= now]:
            self._finish(sock)

    def _take_handed(self) -> None:
        with suppress(BlockingIOError):
            while os.read(self._wake_read, 4096):
                pass
        while True:
            try:
                sock = self._handed.get_nowait()
            except Empty:
                return
            sock.setblocking(False)
            self._lingering[sock] = [time.monotonic() + LINGER_SECONDS, 0]
            self._selector.register(sock, selectors.EVENT_READ, sock)

    def _drain(self, sock: socket.socket) -> None:
        try:
            data = sock.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        entry = self._lingering[sock]
        entry[1] += len(data)
        if not data or entry[1] >= MAX_DRAIN:
            self._finish(sock)

    def _finish(self, sock: socket.socket) -> None:
        del self._lingering[sock]
        self._selector.unregister(sock)
        sock.close()


_closer: _Closer | None = None


def graceful_close_off_the_accept_loop() -> None:
    """Make gthread's graceful close wait on the closer thread (call before serving)."""
    try:
        from gunicorn.workers import gthread
    except ImportError:  # not served by gunicorn
        return
    if getattr(gthread.TConn.close, "kopbal_off_loop", False):
        return
    original = gthread.TConn.close

    def close(self, graceful=False):
        global _closer
        if not graceful:
            return original(self)
        if _closer is None:  # started in the worker: threads do not survive a fork
            _closer = _Closer()
        _closer.close(self.sock)

    close.kopbal_off_loop = True
    gthread.TConn.close = close


def connections_renewed_every(seconds: float) -> None:
    """Make gthread close a kept-alive connection after its first answer past `seconds` of
    its life (call before serving; 0 leaves gunicorn's keep-alive as it is)."""
    try:
        from gunicorn.workers import gthread
    except ImportError:  # not served by gunicorn
        return
    original = getattr(gthread.ThreadWorker.handle_request, "kopbal_original", None)
    original = original or gthread.ThreadWorker.handle_request
    if seconds <= 0:
        gthread.ThreadWorker.handle_request = original
        return

    def handle_request(self, req, conn):
        now = time.monotonic()
        opened = getattr(conn, "kopbal_opened", None)
        if opened is None:
            conn.kopbal_opened = opened = now
        if now - opened >= seconds:
            req.must_close = True  # answered with "Connection: close", then closed
        return original(self, req, conn)

    handle_request.kopbal_original = original
    gthread.ThreadWorker.handle_request = handle_request
