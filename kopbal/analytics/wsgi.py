"""The beacon answered in front of Django: a match day sends thousands of beacons a second,
and none of them needs sessions, CSRF, the page cache or URL routing. Everything else goes
to Django untouched. kopbal/wsgi.py wraps the application in this."""

import logging

from django.db import close_old_connections

from . import beacon

logger = logging.getLogger("kopbal.analytics")

HEADERS = [("Cache-Control", "no-store"), ("Content-Length", "0")]


def _status(code: int) -> str:
    from http import HTTPStatus

    return f"{code} {HTTPStatus(code).phrase}"


class BeaconMiddleware:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") != beacon.PATH:
            return self.application(environ, start_response)
        try:
            beacon.accept(environ, beacon.read_body(environ))
            code = 204
        except beacon.Refused as refused:
            code = refused.status
        except Exception:
            # A view not counted is no reason for an error page: the reader sees nothing.
            logger.exception("Analytics: beacon failed")
            close_old_connections()
            code = 503
        headers = list(HEADERS)
        if code == 405:
            headers.append(("Allow", "POST"))
        start_response(_status(code), headers)
        return [b""]
