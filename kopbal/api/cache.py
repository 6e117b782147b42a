"""How the public read API is answered: GET only, open to every origin, and cached.

/api/ as a whole is outside the page cache (kopbal.core.pagecache.NEVER): likes, votes and
the reader's own state live there and change without a publish. The read API is the same
for everyone, so it has a cache of its own, keyed by path and parameters and stamped with
the site generation (kopbal.core.generations) like a page: a publish, an unpublish or an
edited club renews every answer at once, a new comment only its article's. Answers carry
an ETag (a 304 for a client that has it) and Cache-Control for apps, nginx and CDNs.
"""

import hashlib
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.translation import gettext as _

from kopbal.core import generations
from kopbal.core.api import json_error, json_not_allowed

ALLOWED_METHODS = ["GET", "HEAD", "OPTIONS"]


def _cors(response):
    """Public, read-only data: any web page may read it, with or without credentials."""
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag"
    return response


def _preflight():
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
    response["Access-Control-Allow-Headers"] = "If-None-Match"
    response["Access-Control-Max-Age"] = "86400"
    response["Allow"] = ", ".join(ALLOWED_METHODS)
    return response


def _query_problem(request, params: frozenset[str]):
    """A 400 for a parameter the endpoint does not know (most likely a typo, which would
    otherwise silently return everything) or one given twice."""
    for name in request.GET:
        if name not in params:
            message = _("Unknown parameter: %(name)s.") % {"name": name}
            return json_error(400, "unknown_parameter", message)
        if len(request.GET.getlist(name)) > 1:
            message = _("Parameter %(name)s is given more than once.") % {"name": name}
            return json_error(400, "repeated_parameter", message)
    return None


def public_read(*, params=(), uncached=(), depends_on=None):
    """A read-only API view: `params` are the query parameters it reads; an answer that
    used one of `uncached` (values that differ per client, like a timestamp) is not stored,
    as storing it would fill the cache with entries nobody asks for twice.

    `depends_on(**kwargs)` names the generations besides the site's that the answer shows
    (an article's, for its comment count), read in the same query as the site's.
    """
    params = frozenset(params) | frozenset(uncached)

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "OPTIONS":
                return _cors(_preflight())
            if request.method not in ("GET", "HEAD"):
                message = _("This address can only be read (GET).")
                return _cors(json_not_allowed(ALLOWED_METHODS, message))
            problem = _query_problem(request, params)
            if problem is not None:
                return _cors(problem)
            storable = settings.KOPBAL_PAGE_CACHE_SECONDS > 0 and not (
                set(request.GET) & set(uncached)
            )
            # Hashed: a key as long as whatever a client sends would be one more way to
            # make the cache work (the values are only checked by the view).
            query = f"{request.path}?{urlencode(sorted(request.GET.items()))}"
            key = f"api:{hashlib.sha256(query.encode()).hexdigest()}"
            with generations.request_scope(recording=storable) as scope:
                response = _cached(key) if storable else None
                if response is None:
                    if storable:
                        # Read before rendering: never stamped newer than its content.
                        extra = depends_on(**kwargs) if depends_on else ()
                        generations.read(generations.SITE, generations.NEWS, *extra)
                    response = view(request, *args, **kwargs)
                    if response.status_code == 200:
                        _public(response)
                        if storable and not scope.bumped:
                            _store(key, response, scope)
                if response.status_code == 200:
                    # The 304 here rather than in ConditionalGetMiddleware, whose 304 keeps
                    # only the caching headers: without CORS a browser refuses it.
                    response = get_conditional_response(
                        request, etag=response["ETag"], response=response
                    )
            return _cors(response)

        return wrapper

    return decorator


def _public(response) -> None:
    patch_cache_control(
        response,
        public=True,
        max_age=settings.KOPBAL_API_MAX_AGE,
        s_maxage=settings.KOPBAL_PAGE_SHARED_MAX_AGE,
        stale_while_revalidate=settings.KOPBAL_PAGE_SHARED_MAX_AGE * 2,
    )
    set_response_etag(response)


def _cached(key: str):
    entry = cache.get(key)
    if entry is None:
        return None
    stamp, headers, content = entry
    if generations.read(*(k for k, _ in stamp)) != tuple(v for _, v in stamp):
        return None
    response = HttpResponse(content, headers=headers)
    response["X-Api-Cache"] = "hit"
    return response


def _store(key: str, response, scope) -> None:
    stamp = scope.stamp()
    cache.set(
        key, (stamp, tuple(response.items()), response.content), settings.KOPBAL_PAGE_CACHE_SECONDS
    )
    response["X-Api-Cache"] = "miss"
