"""Free slugs for new articles: an article's address is /nieuws/<id>/<slug>/, so its slug
only has to be unique among its siblings because Wagtail's tree requires it."""

from wagtail.models import Page


def slug_free(base: str, *, parent, page) -> str:
    """`base`, or `base-2`, `base-3`, ... when a sibling under `parent` already has it."""
    slug, n = base, 1
    while parent is not None and not Page._slug_is_available(slug, parent, page):
        n += 1
        slug = f"{base}-{n}"
    return slug
