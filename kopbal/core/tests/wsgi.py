"""Calling a WSGI app as a server does, for the tests of what answers in front of Django."""

from contextlib import contextmanager

from django.core.signals import request_finished, request_started
from django.db import close_old_connections


def served(app, environ) -> dict:
    """The app's answer to `environ`: status, headers (a list, in order) and body."""
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = status
        answer["headers"] = response_headers

    chunks = app(environ, start_response)
    answer["body"] = b"".join(chunks)
    if hasattr(chunks, "close"):  # as a WSGI server does
        chunks.close()
    return answer


@contextmanager
def connection_kept():
    """As Django's test client does: the test's transaction lives on the connection that
    the start and the end of a request would close."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
