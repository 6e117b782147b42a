"""gunicorn's graceful close, done off the worker's accept loop (kopbal.core.serving)."""

import socket
import time

from gunicorn.workers import gthread

from kopbal.core import serving


def _conn(sock) -> gthread.TConn:
    conn = gthread.TConn.__new__(gthread.TConn)  # all close() uses of it is the socket
    conn.sock = sock
    return conn


def test_a_client_that_never_hangs_up_does_not_stop_the_accept_loop():
    serving.graceful_close_off_the_accept_loop()
    server, client = socket.socketpair()
    try:
        started = time.monotonic()
        _conn(server).close(graceful=True)
        # gunicorn's own close waits here up to 2 s for the client to hang up, and the
        # worker accepts no connection meanwhile.
        assert time.monotonic() - started < 1
        client.settimeout(5)
        assert client.recv(1) == b""  # the client is told the answer is complete
    finally:
        client.close()
    deadline = time.monotonic() + 5
    while server.fileno() != -1 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.fileno() == -1  # and the server's side is closed once it hung up


def test_patching_twice_closes_once(monkeypatch):
    serving.graceful_close_off_the_accept_loop()
    patched = gthread.TConn.close
    serving.graceful_close_off_the_accept_loop()
    assert gthread.TConn.close is patched


def test_renewing_connections_wraps_gunicorn_once_and_can_be_undone():
    original = gthread.ThreadWorker.handle_request
    try:
        serving.connections_renewed_every(1.0)
        wrapped = gthread.ThreadWorker.handle_request
        assert wrapped is not original
        serving.connections_renewed_every(2.0)
        assert gthread.ThreadWorker.handle_request.kopbal_original is original
        serving.connections_renewed_every(0)
        assert gthread.ThreadWorker.handle_request is original
    finally:
        gthread.ThreadWorker.handle_request = original
