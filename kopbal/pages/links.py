"""Where the trust pages are: their addresses by role, for the footer, forms and mails.

The footer is on every page, so the lookup must not cost a query per render. The answer
is cached with the site generation it was made under (every publish, unpublish, move or
delete of a page moves it, see kopbal.news.apps). A page that will be stored for everyone
has read that generation before rendering (kopbal.core.pagecache), so checking it is free
and such a page never shows links older than its content. A page made for one reader
(logged in, a form) does not read it just for the footer: it takes the cached answer as
it is, at most CACHE_SECONDS old.
"""

from django.core.cache import cache

from kopbal.core import generations

from .models import InfoPage

CACHE_KEY = "trust-links"
CACHE_SECONDS = 300


def trust_links() -> dict[str, dict[str, str]]:
    """{role: {"url": site-relative URL, "title": page title}} of the live trust pages."""
    generations.depends_on(generations.SITE)  # free: a stored page has read it already
    generation = generations.known(generations.SITE)
    entry = cache.get(CACHE_KEY)
    if entry is not None and generation in (None, entry[0]):
        return entry[1]
    if generation is None:
        (generation,) = generations.read(generations.SITE)
    links = {}
    pages = InfoPage.objects.live().exclude(role="").order_by("path")
    for page in pages.only("title", "role", "url_path", "path", "depth"):
        if page.role not in links and (url := page.get_url()):
            links[page.role] = {"url": url, "title": page.title}
    cache.set(CACHE_KEY, (generation, links), CACHE_SECONDS)
    return links
