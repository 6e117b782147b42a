"""Parts of pages rendered once and shared, each renewed by the generation it depends on.

The whole-page cache only helps anonymous readers, and a change of the site (a page moved,
an author edited) leaves every cached page behind. Fragments are finer: "Meest recent" is
the same on every page and follows the news generation (publishing, unpublishing); an
article's discussion, as anonymous readers see it, follows only that article's generation
(every change of a comment's visibility, likes, closing), so a change elsewhere, which
renders pages again, does not render every discussion again.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import generations


def shared_fragment(
    name: str,
    render,
    *,
    article_id: int | None = None,
    generation_key: str = generations.SITE,
    shown: bool = True,
) -> str:
    """The HTML of fragment `name`, from the cache or from `render()` (then kept).

    With `article_id` the fragment follows that article's generation, else
    `generation_key`'s. The generation comes from the database (see core.generations), so
    a cache restored from an old snapshot cannot bring back an old fragment. `shown=False`:
    the fragment is a hole of the page being rendered (kopbal.core.holes), not part of it.
    """
    if article_id is not None:
        generation_key = generations.article(article_id)
    seconds = settings.KOPBAL_FRAGMENT_CACHE_SECONDS
    if seconds <= 0:
        if shown:
            generations.depends_on(generation_key)  # a stored page must follow it all the same
        return render()
    (generation,) = generations.read(generation_key, shown=shown)
    key = f"fragment:{generation_key}:{generation}:{get_language()}:{name}"
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, seconds)
    return mark_safe(html)  # noqa: S308 (HTML rendered by our own templates)
