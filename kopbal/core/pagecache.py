"""Whole-page caching for anonymous readers, invalidated the moment content changes.

A match-day spike is thousands of anonymous readers on a handful of pages: each page is
rendered once and then served from the shared cache (Redis in production) until content
changes. Invalidation uses generation counters instead of key lists: publishing,
unpublishing, moving or deleting any page (or editing a club, person or author) bumps
the site generation, so every cached page is left behind at once; a comment change bumps
only its article's generation. Readers with a session (logged in, editors) and previews
are never served from or stored into the cache.
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, set_response_etag

SITE_GENERATION = "pagecache:gen"
ARTICLE_PATH = re.compile(r"^/nieuws/(\d+)/")
# Only these query parameters make a different page; any other query is not cached, so
# random query strings cannot fill the cache.
PAGE_PARAMS = {"pagina", "reacties", "rpagina"}
NEVER = ("/admin/", "/django-admin/", "/accounts/", "/account/", "/api/", "/poll/", "/reactie")


def article_generation_key(article_id) -> str:
    return f"pagecache:article:{article_id}"


def site_changed() -> None:
    """Every cached page is out of date (a page or a snippet changed)."""
    _bump(SITE_GENERATION)


def article_changed(article_id: int) -> None:
    """The cached pages of one article are out of date (its discussion changed)."""
    _bump(article_generation_key(article_id))


def _bump(key: str) -> None:
    if cache.add(key, 1, timeout=None):
        return
    try:
        cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.add(key, 1, timeout=None)


def _lookup(request) -> tuple[str, tuple, tuple | None]:
    """The page's cache key, the current generations, and the stored entry if it was made
    under those generations: all read in one cache round trip (one MGET with Redis)."""
    keys = [SITE_GENERATION]
    match = ARTICLE_PATH.match(request.path)
    if match:
        keys.append(article_generation_key(match.group(1)))
    # One entry per URL, stamped with the generations it was rendered under (instead of a key
    # per generation): the page and the counters come back together, and a page made stale
    # by a change is overwritten by its next rendering instead of lingering until it expires.
    page_key = f"pagecache:entry:{request.get_host()}:{request.get_full_path()}"
    found = cache.get_many([*keys, page_key])
    generations = tuple(found.get(k, 0) for k in keys)
    entry = found.get(page_key)
    if entry is not None and entry[0] != generations:
        entry = None
    return page_key, generations, entry


def _request_is_cacheable(request) -> bool:
    return (
        settings.KOPBAL_PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(NEVER)
        and set(request.GET) <= PAGE_PARAMS
    )


def _response_is_cacheable(request, response) -> bool:
    user = getattr(request, "user", None)
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code in (200, 301, 404)
        and not response.streaming
        # A cookie (session, CSRF token, messages) means the page was made for this reader.
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not (user is not None and user.is_authenticated)
    )


def _drop_cookie_vary(response) -> None:
    """An anonymous page is the same whatever cookies come with the request (a session
    cookie bypasses every cache, here and in nginx), so a shared cache must not keep a copy
    per Cookie header: the session middleware's Vary: Cookie would split the cache for
    every reader holding a CSRF or voter cookie."""
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    kept = [v for v in vary if v.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    elif "Vary" in response:
        del response["Vary"]


class AnonymousPageCacheMiddleware:
    """Serves anonymous readers from the cache. It sits inside SecurityMiddleware (HTTPS
    redirect and security headers on every answer, hits included), WhiteNoise (static files
    never reach it) and ConditionalGetMiddleware (304s from the stored ETag), and outside
    everything that is per reader (sessions, CSRF, auth, messages): a hit skips those."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_is_cacheable(request):
            response = self.get_response(request)
            has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
            if has_session and "Cache-Control" not in response:
                # Logged in: personal, and never to be shown stale.
                patch_cache_control(response, private=True, no_cache=True)
            return response
        key, generations, entry = _lookup(request)
        if entry is not None:
            _generations, status, headers, content = entry
            response = HttpResponse(content, status=status, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if not _response_is_cacheable(request, response):
            return response
        # Shared caches (nginx, a CDN) may keep the page briefly and serve it stale while
        # they fetch a new one; browsers always ask again.
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=settings.KOPBAL_PAGE_SHARED_MAX_AGE,
            stale_while_revalidate=settings.KOPBAL_PAGE_SHARED_MAX_AGE * 2,
        )
        _drop_cookie_vary(response)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        # The ETag ConditionalGetMiddleware would compute: once here, not on every hit (also
        # when a HEAD request fills the entry, so that the GETs after it get it too).
        if not response.has_header("ETag"):
            set_response_etag(response)
        # Plain values, not the response object: smaller to store, faster to load.
        entry = (generations, response.status_code, tuple(response.items()), response.content)
        cache.set(key, entry, settings.KOPBAL_PAGE_CACHE_SECONDS)
        response["X-Page-Cache"] = "miss"
        return response
