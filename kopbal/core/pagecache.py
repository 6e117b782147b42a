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
from django.utils.cache import patch_cache_control

SITE_GENERATION = "pagecache:gen"
ARTICLE_PATH = re.compile(r"^/nieuws/(\d+)/")
# Only these query parameters make a different page; any other query is not cached, so
# random query strings cannot fill the cache.
PAGE_PARAMS = {"pagina", "reacties", "rpagina"}
NEVER = ("/admin/", "/django-admin/", "/accounts/", "/account/", "/api/", "/poll/", "/reactie")


def _article_generation_key(article_id) -> str:
    return f"pagecache:article:{article_id}"


def site_changed() -> None:
    """Every cached page is out of date (a page or a snippet changed)."""
    _bump(SITE_GENERATION)


def article_changed(article_id: int) -> None:
    """The cached pages of one article are out of date (its discussion changed)."""
    _bump(_article_generation_key(article_id))


def _bump(key: str) -> None:
    if cache.add(key, 1, timeout=None):
        return
    try:
        cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.add(key, 1, timeout=None)


def _key(request) -> str:
    keys = [SITE_GENERATION]
    match = ARTICLE_PATH.match(request.path)
    if match:
        keys.append(_article_generation_key(match.group(1)))
    generations = cache.get_many(keys)
    parts = ":".join(str(generations.get(k, 0)) for k in keys)
    return f"pagecache:page:{parts}:{request.get_host()}:{request.get_full_path()}"


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
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
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
        cache.set(key, response, settings.KOPBAL_PAGE_CACHE_SECONDS)
        response["X-Page-Cache"] = "miss"
        return response
