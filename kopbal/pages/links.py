"""Where the trust pages are: their addresses by role, for the footer, forms and mails.

The footer is on every page, so the lookup must not cost a query per render. The answer
is cached with the site generation it was made under (every publish, unpublish, move or
delete of a page moves it, see kopbal.news.apps). A page that will be stored for everyone
has read that generation before rendering (kopbal.core.pagecache), so checking it is free
and such a page never shows links older than its content. A page made for one reader
(logged in, a form) does not read it just for the footer: it takes the cached answer as
it is, at most CACHE_SECONDS old.

Each process also keeps the answer it last saw with its generation: a page whose request
has read that same generation takes it from memory, without a round trip to the cache.
"""

from django.core.cache import cache

from kopbal.core import generations

from .models import InfoPage

CACHE_KEY = "trust-links"
CACHE_SECONDS = 300

# (generation, links): the answer this process last saw, and the generation it is valid
# for. Only ever replaced whole, so a thread reads one consistent pair.
_seen: tuple[int, dict] | None = None


def forget() -> None:
    """Drop this process's copy (tests: generations restart at 0 with each database)."""
    global _seen
    _seen = None


def trust_links() -> dict[str, dict[str, str]]:
    """{role: {"url": site-relative URL, "title": page title}} of the live trust pages."""
    global _seen
    generations.depends_on(generations.SITE)  # free: a stored page has read it already
    generation = generations.known(generations.SITE)
    seen = _seen
    if seen is not None and generation is not None and generation == seen[0]:
        return seen[1]
    entry = cache.get(CACHE_KEY)
    if entry is not None and generation in (None, entry[0]):
        if generation is not None:
            _seen = entry
        return entry[1]
    if generation is None:
        (generation,) = generations.read(generations.SITE)
    links = {}
    pages = InfoPage.objects.live().exclude(role="").order_by("path")
    for page in pages.only("title", "role", "url_path", "path", "depth"):
        if page.role not in links and (url := page.get_url()):
            links[page.role] = {"url": url, "title": page.title}
    cache.set(CACHE_KEY, (generation, links), CACHE_SECONDS)
    _seen = (generation, links)
    return links
