"""Keyset ("seek") pagination: page N of a long list found by where it starts, not by OFFSET.

OFFSET makes the database walk every row before the page, so page 4,000 of a 100,000-article
archive read 100,000 rows (231 ms against a few for page 2). Here the list's order keys
(first_published_at, id) at the start of every page are computed in one query, kept in the
cache next to the list's count (same key: see pagination.SiteCountPaginator), and page N is
then `WHERE (date, id) <= start ORDER BY date DESC, id DESC LIMIT per_page + 1`: an index
range scan that reads only the rows it shows.

The map is as current as the count it sits next to (renewed when the site generation moves),
and each seek checks it: the page must begin at its start key and the next page at the next
one. When it does not (or the map is gone, or the list's order cannot be sought), the caller
falls back to OFFSET, which is always right.
"""

from django.core.cache import cache
from django.db.models import F, Q, Window
from django.db.models.functions import Mod, RowNumber

# Page starts per cache entry: a page view unpickles one small entry, not the whole map
# (4,000 pages of (datetime, id) are ~100 KB).
CHUNK = 250
# Pages this near the front are cheap by OFFSET (at most a few hundred rows walked): they
# never pay for building the map, which is what every tag page's first pages are.
FIRST_SEEK_PAGE = 11
_ROW = "_keyset_row"


def order_keys(queryset) -> tuple[tuple[str, ...], bool] | None:
    """The fields of the list's order and whether it is descending, when pages can be
    sought by them: one direction throughout, the last field unique (the primary key),
    so that every row has its own place. None otherwise."""
    ordering = tuple(queryset.query.order_by)
    if not ordering or not all(isinstance(field, str) for field in ordering):
        return None
    descending = ordering[0].startswith("-")
    if any(field.startswith("-") != descending for field in ordering):
        return None
    fields = tuple(field.lstrip("-") for field in ordering)
    if fields[-1] not in ("pk", queryset.model._meta.pk.name) or "__" in "".join(fields):
        return None
    return fields, descending


def page_starts(queryset, per_page: int, fields: tuple[str, ...], descending: bool) -> list:
    """The order keys of the first row of every page, in one query: the database numbers
    the rows and returns only every per_page-th one."""
    order = [F(field).desc() if descending else F(field).asc() for field in fields]
    starts = (
        queryset.annotate(**{_ROW: Mod(Window(RowNumber(), order_by=order) - 1, per_page)})
        .filter(**{_ROW: 0})
        .values_list(*fields)
    )
    return [tuple(start) for start in starts]


def from_start(queryset, start: tuple, fields: tuple[str, ...], descending: bool):
    """The rows of `queryset` from `start` on (inclusive), in the list's order.

    The leading `date <= start` is implied by the rest but is what lets the database begin
    its index scan at the start instead of filtering every row from the top.
    """
    before = "lt" if descending else "gt"
    up_to = "lte" if descending else "gte"
    after = Q(**{f"{fields[-1]}__{up_to}": start[-1]})
    for field, value in zip(reversed(fields[:-1]), reversed(start[:-1]), strict=True):
        after = Q(**{f"{field}__{before}": value}) | (Q(**{field: value}) & after)
    return queryset.filter(**{f"{fields[0]}__{up_to}": start[0]}).filter(after)


class StartMap:
    """The page starts of one list, cached under `key` (the list's count key): a header
    with the number of pages, and the starts in chunks."""

    def __init__(self, key: str, seconds: int):
        self.key, self.seconds = key, seconds
        self._pages = f"{key}:pages"
        self.pages = None  # as the last get() found it

    def _chunk(self, chunk: int) -> str:
        return f"{self.key}:starts:{chunk}"

    def get(self, number: int):
        """(start of page `number`, start of the page after it or None) when the map is
        cached; PAST_END for a page the list does not have; None when there is no map."""
        chunk, offset = divmod(number - 1, CHUNK)
        keys = [self._pages, self._chunk(chunk), self._chunk(chunk + 1)]
        found = cache.get_many(keys if offset == CHUNK - 1 else keys[:2])
        pages = self.pages = found.get(self._pages)
        if pages is None or pages is False:  # no map, or a list that cannot be sought
            return None
        if number > pages:
            return PAST_END
        starts = found.get(keys[1], []) + found.get(keys[2], [])
        if offset >= len(starts):
            return None  # a chunk was evicted
        following = starts[offset + 1] if offset + 1 < len(starts) else None
        if following is None and number < pages:
            return None  # the next chunk was evicted
        return starts[offset], following

    def store(self, starts: list) -> None:
        # A start with a NULL key cannot be sought past (NULL compares to nothing): such
        # a list is marked unseekable, so its deep pages use OFFSET without rebuilding.
        if any(value is None for start in starts for value in start):
            cache.set(self._pages, False, self.seconds)
            return
        chunks = {
            self._chunk(i // CHUNK): starts[i : i + CHUNK] for i in range(0, len(starts), CHUNK)
        }
        # The header last: a reader who finds it finds the chunks too (bar eviction).
        cache.set_many(chunks, self.seconds)
        cache.set(self._pages, len(starts), self.seconds)

    def seekable(self) -> bool:
        """False when the list was found unseekable (store); True otherwise."""
        return cache.get(self._pages) is not False

    def delete(self) -> None:
        cache.delete(self._pages)


PAST_END = (None, None)
