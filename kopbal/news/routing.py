"""Article URLs (/nieuws/<id>/<slug>/) resolved with one query.

Wagtail finds a page by walking the tree from the site's root: the site for the host, the
root page, its child by slug and that child's specific page, then the article, and the view
restrictions of the article and all its ancestors: six queries before the article is
rendered, for answers that change only when the tree does. Each worker keeps those answers
here, stamped with the site generation they were made under (moves, slug changes, deletes,
other page types and view restrictions bump it: kopbal.news.apps), so an article costs one
query: the article itself, with the generation read in the same query when the request has
not read it yet.

Only the plain case is answered here: the canonical URL of a live article under a live
news index of a site whose root is the home page. Everything else (an old slug, an unknown
id, another page type, a root with other pages, a generation that moved) goes to Wagtail's
own routing, which answers it as it always did. Wagtail's serve view then runs with the
route set on the request, so its hooks (view restrictions among them) run as before.
"""

from copy import copy
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, IntegerField, OuterRef, Subquery
from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.url_routing import RouteResult

from kopbal.core import generations
from kopbal.core.ids import positive_int
from kopbal.core.models import Generation
from kopbal.core.precompiled import Precompiled

from .models import ArticlePage, HomePage, NewsIndexPage

# Hosts remembered per worker: Site lookup does not check ALLOWED_HOSTS, so a flood of
# invented Host headers must not grow the memory without end.
_HOSTS_MAX = 32


@dataclass(frozen=True)
class _Host:
    """What one host's requests route through, as the tree was at one site generation."""

    site: Site | None
    home: HomePage | None = None
    indexes: dict[str, NewsIndexPage] = field(default_factory=dict)  # live ones, by slug
    unrestricted: frozenset[int] = frozenset()  # indexes with no view restriction in reach


@dataclass
class _Memory:
    generation: int | None = None
    hosts: dict[tuple[str, int], _Host] = field(default_factory=dict)
    # Site.get_site_root_paths(): what every page URL on the page is made from, asked of
    # the cache on each request by Wagtail; sites and their root pages only change with
    # the site generation.
    root_paths: list | None = None


_memory = _Memory()


def forget() -> None:
    """Drop what this worker knows of the tree (tests: generations start again at 0)."""
    global _memory
    _memory = _Memory()


def _no_restrictions():
    # An empty queryset still goes through the SQL compiler when iterated (to find it has
    # nothing to ask); this one is already evaluated, and chains like any other.
    restrictions = PageViewRestriction.objects.none()
    restrictions._result_cache = []
    return restrictions


def serve(request, section: str, article_id: str, slug: str):
    """Wagtail's serve view, with the route of a plain article URL found in one query."""
    path = f"{section}/{article_id}/{slug}/"
    route = _article_route(request, section, article_id, slug)
    if route is not None:
        site, article = route
        # What Wagtail caches on the request, so templates, the userbar and pageurl see it.
        request._wagtail_site = site
        request._wagtail_route_for_request = RouteResult(article)
        request._wagtail_cached_site_root_paths = _root_paths()
    return wagtail_views.serve(request, path)


def _article_route(request, section, article_id, slug, *, again=True):
    """(site, article) for the canonical URL of a live article, or None: Wagtail decides."""
    number = positive_int(article_id)
    if number is None or str(number) != article_id or _i18n():
        return None  # "0123" and friends: Wagtail's routing says what they are
    memory = _memory_at(generations.known(generations.SITE))
    known = generations.known(generations.SITE)  # read just now when the memory was empty
    host = _host(memory, request)
    index = host.indexes.get(section)
    if index is None or _home_claims(host.home, section, article_id, slug):
        # Perhaps the index was renamed since: asked only for URLs of this shape.
        if known is None and _renewed(memory, generations.read(generations.SITE)[0]) and again:
            return _article_route(request, section, article_id, slug, again=False)
        return None
    # Not read by this request yet: the generation is read with the article, not in a
    # query of its own.
    found = _ARTICLE(values=(number,), shape=(index.path, index.depth, known is None))
    article = found[0] if found else None
    if known is None:
        if article is not None:
            current = article.site_generation or 0
            generations.remember(generations.SITE, current)
        else:
            # No row to read it with, and perhaps because the index moved.
            (current,) = generations.read(generations.SITE)
        if _renewed(memory, current):
            if again:
                return _article_route(request, section, article_id, slug, again=False)
            return None
    if article is None or article.slug != slug:
        return None  # unknown, or an old slug: Wagtail's routing answers (404, redirect)
    if index.pk in host.unrestricted and article.alias_of_id is None:
        # Asked by Wagtail's check_view_restrictions hook: known to be none, no query.
        article.get_view_restrictions = _no_restrictions
    return copy(host.site), article


def _article_query(index_path: str, index_depth: int, with_generation: bool, pk: int):
    """What NewsIndexPage.route asks (a live child of the index), with the rows the article
    page shows one by one otherwise: its hero image, its poll, its comment count."""
    articles = (
        ArticlePage.objects.live()
        .filter(pk=pk, path__startswith=index_path, depth=index_depth + 1)
        .select_related("hero_image", "poll", "stats")
        # Whether the newsroom closed its discussion (kopbal.comments.rules reads it).
        .annotate(discussion_closed=Exists(_closed_discussion()))
    )
    if with_generation:
        articles = articles.annotate(site_generation=_site_generation())
    return articles.order_by("pk")[:1]


# Compiled once per index (kopbal.core.precompiled): building and compiling this query was
# 2.8 ms of Python per article against 0.4 ms in the database.
_ARTICLE = Precompiled(_article_query)


def _root_paths() -> list:
    memory = _memory  # read once: another thread may renew it meanwhile
    if memory.root_paths is None:
        memory.root_paths = Site.get_site_root_paths()
    return memory.root_paths


def _renewed(memory: _Memory, current: int) -> bool:
    """Whether the site generation moved on from `memory`'s: then it is forgotten, and
    the tree learnt again under `current` (read before it, so never stamped too new)."""
    if current == memory.generation:
        return False
    forget()
    _memory.generation = current
    return True


def _i18n() -> bool:
    # With translations the root page is localised per request: not what is remembered.
    return getattr(settings, "WAGTAIL_I18N_ENABLED", False)


def _site_generation():
    return Subquery(
        Generation.objects.filter(key=generations.SITE).values("value")[:1],
        output_field=IntegerField(),
    )


def _closed_discussion():
    from kopbal.comments.models import ClosedDiscussion

    return ClosedDiscussion.objects.filter(article=OuterRef("pk"))


def _memory_at(known: int | None) -> _Memory:
    """The memory, forgotten first when the request has read a newer generation."""
    if known is not None and known != _memory.generation:
        forget()
        _memory.generation = known
    elif _memory.generation is None:
        # Read before the tree: what is remembered is never newer than its stamp.
        (_memory.generation,) = generations.read(generations.SITE)
    return _memory


def _host(memory: _Memory, request) -> _Host:
    # As Site.find_for_request: the raw host (ALLOWED_HOSTS is checked elsewhere), the port.
    key = (split_domain_port(request._get_raw_host())[0], request.get_port())
    host = memory.hosts.get(key)
    if host is None:
        host = _host_learn(*key)
        if len(memory.hosts) < _HOSTS_MAX:
            memory.hosts[key] = host
    return host


def _host_learn(hostname: str, port) -> _Host:
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return _Host(site=None)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        return _Host(site=site)
    indexes = {index.slug: index for index in NewsIndexPage.objects.child_of(home).live()}
    unrestricted = frozenset(index.pk for index in indexes.values() if _unrestricted(index))
    return _Host(site=site, home=home, indexes=indexes, unrestricted=unrestricted)


def _unrestricted(index: NewsIndexPage) -> bool:
    """No view restriction on the index, its ancestors (aliases resolved, as Wagtail does)
    or any page under it."""
    if index.get_view_restrictions().exists():
        return False
    return not PageViewRestriction.objects.filter(page__path__startswith=index.path).exists()


def _home_claims(home: HomePage, section, article_id, slug) -> bool:
    """Whether one of the home page's own routes answers the path (they come first)."""
    if not home.live:
        return False
    try:
        home.resolve_subpage(f"/{section}/{article_id}/{slug}/")
    except Http404:
        return False
    return True
