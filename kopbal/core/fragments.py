"""Parts of a page that are the same on every page and for every reader ("Meest recent"),
rendered once per site generation instead of once per page.

The whole-page cache only helps anonymous readers, and only for a page already asked for;
these fragments help every render, including logged-in readers and the first reader of a
new article. They follow the page cache's site generation, so publishing, unpublishing or
editing anything that a list shows renews them at once.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .pagecache import SITE_GENERATION


def shared_fragment(name: str, render) -> str:
    """The HTML of fragment `name`, from the cache or from `render()` (then kept)."""
    seconds = settings.KOPBAL_FRAGMENT_CACHE_SECONDS
    if seconds <= 0:
        return render()
    generation = cache.get(SITE_GENERATION, 0)
    key = f"fragment:{generation}:{get_language()}:{name}"
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, seconds)
    return mark_safe(html)  # noqa: S308 (HTML rendered by our own templates)
