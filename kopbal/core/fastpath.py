"""Page-cache hits answered before Django's request handler (kopbal/wsgi.py wraps the app).

A match-day spike is anonymous readers on a few cached pages. Through Django's handler a
hit paid for more than the page: the request_started signal (which marks every database
connection for a health check, a `SELECT 1` round trip before the first query of the
request), the request_finished signal, the URL prefix and the exception wrapping of every
middleware. Here a hit runs the same middleware classes that a hit passes through in the
full stack (everything in settings.MIDDLEWARE up to the page cache), so it gets every
header and rule the full path sets (security headers, CSP, ETag and 304, gzip, canonical
query redirects), and nothing else.

Whatever is not a plain hit (a miss, a session cookie, a POST, a static file, an error of
any kind) goes to Django untouched, with the environ as it came: the fast path never
answers anything the full path would answer differently. A database connection that died
(PostgreSQL restarted) is found by the generation read failing, instead of by a health
check on every request; that request then goes through Django, which reconnects.
"""

import time

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.db import DatabaseError, connections
from django.http import HttpResponse
from django.utils.module_loading import import_string

from .pagecache import MISSED, NEVER, AnonymousPageCacheMiddleware

PAGE_CACHE = f"{AnonymousPageCacheMiddleware.__module__}.{AnonymousPageCacheMiddleware.__name__}"


class _Miss(HttpResponse):
    """What the chain's innermost layer answers: the page cache did not answer itself."""


def _miss(request):
    return _Miss(status=599)


def _build_chain():
    """The middleware a page-cache hit passes through in the full stack, outermost first."""
    names = list(settings.MIDDLEWARE)
    outer = names[: names.index(PAGE_CACHE)]
    handler = AnonymousPageCacheMiddleware(_miss, hits_only=True)
    for name in reversed(outer):
        handler = import_string(name)(handler)
    return handler


def _may_be_a_hit(environ) -> bool:
    """Cheap tests on the raw environ: what can never be a page-cache hit goes on at once."""
    path = environ.get("PATH_INFO", "")
    return (
        environ.get("REQUEST_METHOD") in ("GET", "HEAD")
        and settings.KOPBAL_PAGE_CACHE_SECONDS > 0
        and f"{settings.SESSION_COOKIE_NAME}=" not in environ.get("HTTP_COOKIE", "")
        and not path.startswith(NEVER)
        and not path.startswith((settings.STATIC_URL, settings.MEDIA_URL))
    )


def _drop_broken_connections() -> None:
    """Most likely a connection that died: closed here, Django's path opens a new one."""
    for conn in connections.all(initialized_only=True):
        conn.close_if_unusable_or_obsolete()


def _close_if_obsolete() -> None:
    """CONN_MAX_AGE as Django's request_finished applies it (without marking the connection
    for a health check: see the module docstring)."""
    for conn in connections.all(initialized_only=True):
        if conn.close_at is not None and time.monotonic() >= conn.close_at:
            conn.close()


class PageCacheFastPath:
    def __init__(self, application):
        self.application = application
        self.chain = _build_chain()

    def __call__(self, environ, start_response):
        if not _may_be_a_hit(environ):
            return self.application(environ, start_response)
        try:
            # A copy: the page cache rewrites QUERY_STRING in the request's META (the environ).
            response = self.chain(WSGIRequest(dict(environ)))
        except DatabaseError:
            _drop_broken_connections()
            response = None
        except Exception:
            # Whatever it is (a host not allowed, hostile input), the full path answers it
            # and logs it as it always did: logged here too, anyone could fill the log twice.
            response = None
        if response is None:
            # Outside the except blocks: the full path's own log of the same error would
            # otherwise carry this one as its context, a second traceback per request.
            return self.application(environ, start_response)
        if isinstance(response, _Miss):
            environ[MISSED] = True
            return self.application(environ, start_response)
        _close_if_obsolete()
        # As django.core.handlers.wsgi.WSGIHandler writes a response.
        headers = [
            *response.items(),
            *(("Set-Cookie", cookie.output(header="")) for cookie in response.cookies.values()),
        ]
        start_response(f"{response.status_code} {response.reason_phrase}", headers)
        return response
