"""Where the trust pages are: their addresses by role, for the footer, forms and mails.

The footer is on every page, so the lookup must not cost a query per render: the answer
is cached under the site generation, which every publish, unpublish, move or delete of a
page moves (see kopbal.news.apps), and which a page being rendered has read already.
"""

from django.core.cache import cache

from kopbal.core import generations

from .models import InfoPage, Role

CACHE_SECONDS = 24 * 3600


def trust_links() -> dict[str, dict[str, str]]:
    """{role: {"url": site-relative URL, "title": page title}} of the live trust pages."""
    (generation,) = generations.read(generations.SITE)
    generations.depends_on(generations.SITE)
    key = f"trust-links:{generation}"
    links = cache.get(key)
    if links is None:
        links = {}
        pages = InfoPage.objects.live().exclude(role="").order_by("path")
        for page in pages.only("title", "role", "url_path", "path", "depth"):
            if page.role not in links and (url := page.get_url()):
                links[page.role] = {"url": url, "title": page.title}
        cache.set(key, links, CACHE_SECONDS)
    return links


def trust_url(role: Role | str) -> str:
    """The page's site-relative URL, or "" when there is no such live page."""
    return trust_links().get(str(role), {}).get("url", "")
