"""Whole-page caching for anonymous readers, invalidated the moment content changes.

A match-day spike is thousands of anonymous readers on a handful of pages: each page is
rendered once and then served from the shared cache (Redis in production) until content
changes. Every stored page is stamped with the content generations it was rendered under
(kopbal.core.generations, kept in the database): publishing or unpublishing an article
bumps the news generation (the lists), its own page's and its tags' news (article pages
leave "Meest recent" as a hole, kopbal.core.holes); moving or deleting a page, another page
type or an author bumps the site generation; a comment change only its article's, a club,
person or competition only the pages that show it, a score only the pages of its match and
season; a page whose stamp is behind is rendered again.
Readers with a session (logged in, editors) and previews are never served from or stored
into the cache. Stored pages are also kept gzipped, for the readers who accept it
(kopbal.core.compression): the only answers the app compresses.

Nobody can fill or flush the cache from outside: a page is stored under its path and the
query parameters the apps declared (`register_param`), each with one canonical spelling.
Other parameters are dropped before the view sees them, a non-canonical spelling
(`?pagina=01`, `?pagina=1`, a repeated or reordered parameter) is redirected to the
canonical URL, and only 200s for a host named in ALLOWED_HOSTS are stored: a 404, a 301 or
a parameter the page did not read is answered but never stored, since anyone can invent
infinitely many of those.
"""

from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.http import HttpResponse, HttpResponsePermanentRedirect, QueryDict
from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control, set_response_etag
from django.utils.encoding import escape_uri_path
from django.utils.http import escape_leading_slashes

from . import compression, generations, holes

NEVER = (
    "/admin/",
    "/_util/",
    "/django-admin/",
    "/accounts/",
    "/account/",
    "/api/",
    "/poll/",
    "/reactie",
)

# Set in the WSGI environ by the fast path (kopbal.core.fastpath) when it found no entry.
MISSED = "kopbal.pagecache.missed"

# name -> canonical(value): the canonical spelling, None for the default (left out of the
# URL), or ValueError when there is none (the view answers, typically 404; nothing stored).
_params: dict[str, Callable[[str], str | None]] = {}


def register_param(name: str, canonical: Callable[[str], str | None]) -> None:
    """Pages may read query parameter `name` (apps call this in AppConfig.ready())."""
    _params[name] = canonical


def site_changed() -> None:
    """Every cached page is out of date (a page or a snippet changed). Call it in the
    transaction that stores the change."""
    generations.bump(generations.SITE)


def article_changed(article_id: int) -> None:
    """The cached pages of one article are out of date (its discussion changed)."""
    generations.bump(generations.article(article_id))


class _Redirect(Exception):
    def __init__(self, query: str):
        self.query = query


class _NotStored(Exception):
    """The request is answered by its view, uncached."""


class TrackedQueryDict(QueryDict):
    """request.GET that notes which parameters the page read: one it did not read made no
    difference to the page, so a URL with it is not worth an entry of its own."""

    def __init__(self, *args, **kwargs):
        self.read: set[str] = set()
        super().__init__(*args, **kwargs)
        self.read.clear()  # filling the dict is no reading

    def _read_all(self):
        self.read.update(super().__iter__())

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def _getlist(self, key, *args, **kwargs):
        self.read.add(key)
        return super()._getlist(key, *args, **kwargs)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)

    def __iter__(self):
        self._read_all()
        return super().__iter__()

    def lists(self):
        self._read_all()
        return super().lists()

    def __copy__(self):
        self._read_all()
        return super().__copy__()


def _canonical_query(request) -> str:
    """The query string with only the declared parameters, each canonical, sorted by name.

    Raises _Redirect when the URL spells them otherwise, _NotStored when a value has no
    canonical spelling."""
    pairs = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    known = [(name, value) for name, value in pairs if name in _params]
    canonical = {}
    for name, value in known:
        if name in canonical:
            continue  # repeated: the first counts, the URL is redirected
        try:
            canonical[name] = _params[name](value)
        except ValueError:
            raise _NotStored from None
    query = urlencode(sorted((n, v) for n, v in canonical.items() if v is not None))
    if urlencode(known) != query:
        raise _Redirect(query)
    return query


def _release() -> str:
    """The deployed static files, as the key's release: a stored page names their hashed
    addresses (CSS, JS), so a deploy must not serve it. Without it, for up to
    KOPBAL_PAGE_CACHE_SECONDS after a deploy, readers would get a page whose stylesheet
    a new server may no longer have. ("" without a manifest: development and tests.)"""
    return getattr(staticfiles_storage, "manifest_hash", "")


def _host(request) -> str:
    """The host part of the key: only a host ALLOWED_HOSTS names exactly (a wildcard would
    let anyone pick new ones), and no port but the server's own."""
    host = request.get_host()  # raises DisallowedHost (a 400) for hosts not allowed
    domain, port = split_domain_port(host)
    if port and port != request.META.get("SERVER_PORT"):
        raise _NotStored
    allowed = {h.lower() for h in settings.ALLOWED_HOSTS}
    if domain not in allowed and "*" not in allowed:  # "*": test and demo settings only
        raise _NotStored
    return f"{domain}:{port}"


def _request_is_cacheable(request) -> bool:
    return (
        settings.KOPBAL_PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(NEVER)
    )


def _response_is_cacheable(request, response) -> bool:
    user = getattr(request, "user", None)
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
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


def _only_declared_params(request, query: str) -> TrackedQueryDict:
    """The view sees the canonical query only: what is not in the key must not change it."""
    request.META["QUERY_STRING"] = query
    request.GET = TrackedQueryDict(query)
    return request.GET


def _only_for_this_url(response):
    """Not to be kept by nginx or a CDN, whose keys are the URL as sent: a URL with an
    invented parameter (or a redirect from one) would fill their caches as it would ours."""
    response["Cache-Control"] = "max-age=0"
    return response


# (entry key, ETag) -> (body, gzipped body): a page with holes is put together once per
# change of its holes in each worker, not on every hit.
_assembled: OrderedDict = OrderedDict()
_ASSEMBLED_MAX = 128


def forget() -> None:
    """Drop the pages this worker put together (tests: generations start again at 0)."""
    _assembled.clear()


def _hit_with_holes(request, key, status, headers, parts, specs):
    filled = [holes.fill(request, spec) for spec in specs]
    headers = dict(headers)
    etag = holes.etag(headers.pop("ETag", ""), [digest for _, digest in filled])
    found = _assembled.get((key, etag))
    if found is None:
        pieces = [parts[0]]
        for (html, _), part in zip(filled, parts[1:], strict=True):
            pieces += [html, part]
        response = HttpResponse(b"".join(pieces), status=status, headers=headers)
        found = (response.content, compression.compress(response))
        _assembled[(key, etag)] = found
        while len(_assembled) > _ASSEMBLED_MAX:
            _assembled.popitem(last=False)
    else:
        _assembled.move_to_end((key, etag))
    response = HttpResponse(found[0], status=status, headers=headers)
    response["ETag"] = etag
    response["X-Page-Cache"] = "hit"
    return compression.negotiate(request, response, found[1])


class AnonymousPageCacheMiddleware:
    """Serves anonymous readers from the cache. It sits inside SecurityMiddleware (HTTPS
    redirect and security headers on every answer, hits included), WhiteNoise (static files
    never reach it) and ConditionalGetMiddleware (304s from the stored ETag), and outside
    everything that is per reader (sessions, CSRF, auth, messages): a hit skips those."""

    def __init__(self, get_response, *, hits_only: bool = False):
        self.get_response = get_response
        # kopbal.core.fastpath: answer hits, hand everything else to get_response untouched.
        self.hits_only = hits_only

    def __call__(self, request):
        if not _request_is_cacheable(request):
            with generations.request_scope(recording=False):
                response = self.get_response(request)
            has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
            if has_session and "Cache-Control" not in response:
                # Logged in: personal, and never to be shown stale.
                patch_cache_control(response, private=True, no_cache=True)
            return response
        try:
            query = _canonical_query(request)
            key = (
                f"pagecache:entry:{_release()}:{_host(request)}:"
                f"{escape_uri_path(request.path)}?{query}"
            )
        except _Redirect as redirect:
            # Leading slashes escaped: //evil.example/?pagina=01 must stay on this site.
            path = escape_leading_slashes(escape_uri_path(request.path))
            url = path + (f"?{redirect.query}" if redirect.query else "")
            return _only_for_this_url(HttpResponsePermanentRedirect(url))
        except _NotStored:
            pairs = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
            _only_declared_params(request, urlencode([(n, v) for n, v in pairs if n in _params]))
            with generations.request_scope(recording=False):
                return self.get_response(request)
        stripped = request.META.get("QUERY_STRING", "") != query
        with generations.request_scope(recording=True) as scope:
            response = self._serve(request, key, query, scope)
        return _only_for_this_url(response) if stripped else response

    def _serve(self, request, key, query, scope):
        # The fast path (kopbal.core.fastpath) looked already: a miss, no second look.
        entry = None if request.META.get(MISSED) else cache.get(key)
        if entry is not None:
            # Entries stored before compression have no gzipped body (4 values, not 5).
            stamp, status, headers, content, *gzipped = entry
            # A page with holes (kopbal.core.holes) is stored as its parts and the holes'
            # specs: their generations are read in the same query as the stamp's.
            specs = gzipped[0] if isinstance(content, tuple) and gzipped else ()
            stamp_keys = tuple(k for k, _ in stamp)
            values = generations.read(*stamp_keys, *holes.keys_of(specs))
            if isinstance(content, tuple) and not specs:
                pass  # parts without their holes: not an entry this release wrote
            elif values[: len(stamp_keys)] == tuple(v for _, v in stamp):
                if specs:
                    return _hit_with_holes(request, key, status, headers, content, specs)
                response = HttpResponse(content, status=status, headers=headers)
                response["X-Page-Cache"] = "hit"
                return compression.negotiate(request, response, next(iter(gzipped), None))
        if self.hits_only:
            return self.get_response(request)
        # Read before rendering: the page is then never stamped newer than its content.
        # Every page follows these two unless it declares otherwise (an article page is
        # independent of NEWS: "Meest recent" is a hole in it).
        generations.read(generations.SITE, generations.NEWS)
        params = _only_declared_params(request, query)
        response = self.get_response(request)
        if (
            not _response_is_cacheable(request, response)
            or scope.bumped
            or not params.read.issuperset(params.keys())
        ):
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
        split = holes.split(response.content)
        stored_headers = None
        if split.specs:
            response.content = split.answer
            # Stored: the ETag of the parts; sent: of the parts and the holes as they are.
            parts_etag = holes.parts_etag(split.parts)
            stored_headers = {**dict(response.items()), "ETag": parts_etag}
            response["ETag"] = holes.etag(parts_etag, split.digests)
        # The ETag ConditionalGetMiddleware would compute: once here, not on every hit (also
        # when a HEAD request fills the entry, so that the GETs after it get it too).
        if not response.has_header("ETag"):
            set_response_etag(response)
        # Plain values, not the response object: smaller to store, faster to load.
        stamp = scope.stamp()
        gzipped = compression.compress(response)
        if split.specs:
            entry = (
                stamp,
                response.status_code,
                tuple(stored_headers.items()),
                split.parts,
                split.specs,
            )
        else:
            entry = (stamp, response.status_code, tuple(response.items()), split.answer, gzipped)
        cache.set(key, entry, settings.KOPBAL_PAGE_CACHE_SECONDS)
        response["X-Page-Cache"] = "miss"
        return compression.negotiate(request, response, gzipped)
