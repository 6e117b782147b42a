"""gunicorn's gthread worker, closing connections without stopping its accept loop.

Without keep-alive (deploy/gunicorn.conf.py) every answer ends with a close. gunicorn 27
closes "gracefully" (RFC 9112 section 9.6: send FIN, then read until the client hangs up,
up to 2 s, so unread bytes cannot turn the close into a reset that truncates the answer),
and it does so on the worker's main thread: the thread that accepts connections and hands
them to the request threads. While it waits for one client to hang up, no new connection
is accepted, free threads or not. Under load every close is such a wait: votes went from
469/s with keep-alive to 255/s without, with a p99 of 3.8 s; a client that never hangs up
stops the worker for the whole 2 s (found with a timer around the close, issue 14).

The close stays graceful; it is only done by a few threads of its own.
"""

import logging
from concurrent.futures import ThreadPoolExecutor

logger = logging.getLogger("kopbal.serving")

# Each waits at most gunicorn's 2 s for its client: 16 of them let 8/s never hang up.
CLOSERS = 16
_closers: ThreadPoolExecutor | None = None


def graceful_close_off_the_accept_loop() -> None:
    """Make gthread's graceful close run on closer threads (call before serving)."""
    try:
        from gunicorn.workers import gthread
    except ImportError:  # not served by gunicorn
        return
    if getattr(gthread.TConn.close, "kopbal_off_loop", False):
        return
    original = gthread.TConn.close

    def close(self, graceful=False):
        global _closers
        if not graceful:
            return original(self)
        if _closers is None:  # created in the worker: threads do not survive a fork
            _closers = ThreadPoolExecutor(CLOSERS, thread_name_prefix="close")
        _closers.submit(_close, original, self)

    close.kopbal_off_loop = True
    gthread.TConn.close = close


def _close(original, conn) -> None:
    try:
        original(conn, graceful=True)
    except Exception:
        logger.exception("closing a connection failed")
