"""Which parts of the page tree carry a view restriction, remembered per site generation.

Wagtail's `public()` asks the database for every view restriction each time a queryset is
built: twice on every article page ("Meest recent" and "LEES OOK"), on every list. The
answer changes only when a restriction is saved or deleted, or a page moves, and each of
those bumps the site generation (kopbal.news.apps), so a worker keeps the restricted
paths with the generation they were read under and asks again only when it has moved.
"""

from django.db import connection
from django.db.models import Q

from . import generations

# (site generation, restricted (path, depth) pairs), swapped whole: threads share it.
_memo: tuple[int, tuple[tuple[str, int], ...]] | None = None


def restricted_sections() -> tuple[tuple[str, int], ...]:
    """The (path, depth) of every page with a view restriction: the root of a private
    section, which covers the page and everything below it."""
    global _memo
    from wagtail.models import PageViewRestriction

    # The generation first: a list read after it is never older than its stamp.
    (site,) = generations.read(generations.SITE, shown=False)
    memo = _memo
    if memo is not None and memo[0] == site:
        return memo[1]
    sections = tuple(
        sorted(set(PageViewRestriction.objects.values_list("page__path", "page__depth")))
    )
    # Not from inside a transaction: it may add a restriction and then roll back, and the
    # generation it bumped would be reused by the next change.
    if not _in_transaction():
        _memo = (site, sections)
    return sections


def _in_transaction() -> bool:
    # The blocks a test case wraps every test in do not count (Django's own rule for
    # durable blocks): the tests then take the path production takes.
    return any(not block._from_testcase for block in connection.atomic_blocks)


def private_q() -> Q:
    """Pages in a private section, as Wagtail's PageQuerySet.private_q matches them."""
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    # No private section: match no page.
    return q if q else Q(pk__in=[])


def forget() -> None:
    """Drop what this worker remembers (tests: their generations start again at 0)."""
    global _memo
    _memo = None


class RememberedRestrictionsMixin:
    """For a PageQuerySet: `public()` and `private()` from the remembered sections."""

    def private_q(self):
        return private_q()
