"""Page-cache hits answered before Django's request handler (kopbal/wsgi.py wraps the app).

A match-day spike is anonymous readers on a few cached pages. Through Django's handler a
hit paid for more than the page: the request_started signal (which marks every database
connection for a health check, a `SELECT 1` round trip before the first query of the
request), the request_finished signal, the URL prefix and the exception wrapping of every
middleware. Here a hit runs the same middleware classes that a hit passes through in the
full stack (everything in settings.MIDDLEWARE up to the page cache), so it gets every
header and rule the full path sets (security headers, CSP, ETag and 304, gzip, canonical
query redirects), and nothing else.

Each worker also remembers the answers it gave for hits, for one second
(KOPBAL_WORKER_CACHE_SECONDS), as nginx's micro-cache does in front of it: the same request
within that second gets the same bytes without a round trip to the database or Redis and
without the middleware. "The same request" is everything the chain's answer depends on:
scheme and forwarded scheme, host, path, query string and whether gzip is accepted.
Conditional requests (If-None-Match, If-Modified-Since) always go through the chain, which
answers them with 304. A publish shows after at most that second, far less than the
s-maxage nginx and a CDN are allowed (KOPBAL_PAGE_SHARED_MAX_AGE).

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

from .compression import gzip_allowed
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


def has_session_cookie(environ) -> bool:
    """Whether the request may carry a session (a reader logged in): a cookie whose name
    only ends in the session cookie's counts too, which is the safe side for the fast paths."""
    return f"{settings.SESSION_COOKIE_NAME}=" in environ.get("HTTP_COOKIE", "")


def status_and_headers(response) -> tuple[str, list]:
    """The WSGI status line and headers of a Django response, as WSGIHandler writes them."""
    headers = [
        *response.items(),
        *(("Set-Cookie", cookie.output(header="")) for cookie in response.cookies.values()),
    ]
    return f"{response.status_code} {response.reason_phrase}", headers


def _may_be_a_hit(environ) -> bool:
    """Cheap tests on the raw environ: what can never be a page-cache hit goes on at once."""
    path = environ.get("PATH_INFO", "")
    return (
        environ.get("REQUEST_METHOD") in ("GET", "HEAD")
        and settings.KOPBAL_PAGE_CACHE_SECONDS > 0
        and not has_session_cookie(environ)
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


# Answers an attacker could make differ (invented query parameters, host spellings) each
# take an entry for a second at most; past this many the expired ones go, or all of them.
RECENT_MAX = 512


def _recent_key(environ) -> tuple | None:
    """What the chain's answer to a hit depends on, or None for a request it may answer
    differently each time (conditional requests, HEAD)."""
    if (
        environ.get("REQUEST_METHOD") != "GET"
        or "HTTP_IF_NONE_MATCH" in environ
        or "HTTP_IF_MODIFIED_SINCE" in environ
    ):
        return None
    proxy_ssl = settings.SECURE_PROXY_SSL_HEADER
    return (
        environ.get("wsgi.url_scheme"),
        environ.get(proxy_ssl[0]) if proxy_ssl else None,
        environ.get("HTTP_HOST"),
        environ.get("SERVER_NAME"),
        environ.get("SERVER_PORT"),
        environ.get("SCRIPT_NAME", ""),
        environ.get("PATH_INFO", ""),
        environ.get("QUERY_STRING", ""),
        gzip_allowed(environ.get("HTTP_ACCEPT_ENCODING", "")),
    )


_clock = time.monotonic  # tests move it on


class _Recent:
    """The hits this worker answered in the last KOPBAL_WORKER_CACHE_SECONDS."""

    def __init__(self):
        # key -> (until, status line, headers, body); the worker's threads share it (each
        # get and set is atomic, a lost entry only costs a trip through the chain).
        self.entries: dict[tuple, tuple] = {}

    def get(self, key):
        found = self.entries.get(key)
        if found is not None and found[0] > _clock():
            return found
        return None

    def put(self, key, status: str, headers: list, body: bytes) -> None:
        seconds = settings.KOPBAL_WORKER_CACHE_SECONDS
        if seconds <= 0:
            return
        if len(self.entries) >= RECENT_MAX:
            now = _clock()
            self.entries = {k: v for k, v in list(self.entries.items()) if v[0] > now}
            if len(self.entries) >= RECENT_MAX:
                self.entries = {}  # all fresh: each comes back with its next request
        self.entries[key] = (_clock() + seconds, status, headers, body)


def _remembered(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("X-Page-Cache") == "hit"
    )


class PageCacheFastPath:
    def __init__(self, application):
        self.application = application
        self.chain = _build_chain()
        self.recent = _Recent()

    def __call__(self, environ, start_response):
        if not _may_be_a_hit(environ):
            return self.application(environ, start_response)
        key = _recent_key(environ)
        if key is not None:
            found = self.recent.get(key)
            if found is not None:
                start_response(found[1], found[2])
                return [found[3]]
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
        status, headers = status_and_headers(response)
        if key is not None and _remembered(response):
            self.recent.put(key, status, headers, response.content)
        start_response(status, headers)
        return response
