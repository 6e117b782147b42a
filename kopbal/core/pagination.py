"""Pagination of reader lists through ?pagina=N, where a bad number is a 404, not a 500."""

import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from kopbal.core import generations, keyset
from kopbal.core.ids import MAX_ID, positive_int

PAGE_PARAM = "pagina"
# A cached count is renewed when the site generation moves (publishing, unpublishing, ...)
# and at the latest after this long, for changes that do not move it.
COUNT_SECONDS = 600


class SiteCountPaginator(Paginator):
    """A paginator that counts a list of pages once per site generation, not per request.

    `COUNT(*)` reads every row of the list, so a 100,000-article archive paid for it on
    every page view. The count is cached under the site generation, which moves whenever
    a page is published, unpublished, moved or deleted, so only lists of pages qualify.

    The rows of the page are the truth, the count only says how many pages there are:
    the page is fetched with one row extra, so "is there a next page?" and "is this page
    empty?" never depend on the count, and a cached count that the rows contradict (on
    the last page the rows give the exact count) is corrected on the spot.

    Deep pages are sought rather than offset (core.keyset): from the 11th page on, the
    page is read from where it starts, found in a map of page starts cached under the
    same key as the count, so a page costs the same however deep it lies.
    """

    def __init__(self, object_list, per_page, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        if self.orphans:
            raise ValueError("SiteCountPaginator does not support orphans")

    @cached_property
    def _count_key(self) -> str:
        # The SQL names the list (archive, a club, an author, ...) and its read rules.
        try:
            sql = str(self.object_list.query)
        except EmptyResultSet:
            sql = "none"
        site, news = generations.read(generations.SITE, generations.NEWS)
        digest = hashlib.sha256(sql.encode()).hexdigest()[:32]
        return f"pagination:count:{site}:{news}:{digest}"

    @cached_property
    def count(self) -> int:
        count = cache.get(self._count_key)
        if count is None:
            count = self.object_list.count()
            cache.set(self._count_key, count, COUNT_SECONDS)
        return count

    def validate_number(self, number):
        # Only the type and the lower bound: whether the page exists is for its rows to say.
        try:
            number = int(number)
        except (TypeError, ValueError) as exc:
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from exc
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        return number

    def page(self, number) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        rows = self._sought(number) if number >= keyset.FIRST_SEEK_PAGE else None
        if rows is None:
            rows = list(self.object_list[bottom : bottom + self.per_page + 1])
        if not rows and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        has_next = len(rows) > self.per_page
        rows = rows[: self.per_page]
        if not has_next:
            # The last page: its rows give the exact count, no COUNT(*) needed.
            exact = bottom + len(rows)
            if cache.get(self._count_key) != exact:
                cache.set(self._count_key, exact, COUNT_SECONDS)
            self.__dict__["count"] = exact
        elif self.count <= bottom + self.per_page:
            # The cached count says this is the last page, but there is more: count again.
            cache.delete(self._count_key)
            del self.__dict__["count"]
        return self._get_page(rows, number, self)

    def _sought(self, number: int) -> list | None:
        """The rows of page `number` (plus one) found from where the page starts (see
        core.keyset), or None when OFFSET must do: a list in an order that cannot be
        sought, or a map of page starts the rows contradict."""
        order = keyset.order_keys(self.object_list)
        if order is None:
            return None
        fields, descending = order
        starts = keyset.StartMap(self._count_key, COUNT_SECONDS)
        found = starts.get(number)
        if found is None:
            if not starts.seekable():
                return None
            self._map_build(starts, fields, descending)
            found = starts.get(number)
            if found is None:
                return None
        if found is keyset.PAST_END:
            # Past the end as the map knows it: true if the map's last page still ends
            # the list (one short seek), else the list grew and OFFSET has the truth.
            if not starts.pages:
                return []  # an empty list
            last = starts.get(starts.pages)
            if last is None or last is keyset.PAST_END or self._seek(*last, fields, descending):
                return []
            starts.delete()
            return None
        rows = self._seek(*found, fields, descending)
        if rows is None:
            starts.delete()
        return rows

    def _seek(self, start, following, fields, descending) -> list | None:
        """The page from `start` (plus one row), or None when the page does not begin at
        `start` or the next one not at `following`."""
        rows = list(
            keyset.from_start(self.object_list, start, fields, descending)[: self.per_page + 1]
        )
        # The page must begin at its start, and the next one at its own: otherwise the
        # list changed under a map of the same generation, and OFFSET has the truth.
        ends = [row_key(row, fields) for row in rows[:: self.per_page]]
        if ends != [start] + ([following] if following is not None else []):
            return None
        return rows

    def _map_build(self, starts: keyset.StartMap, fields, descending) -> None:
        found = keyset.page_starts(self.object_list, self.per_page, fields, descending)
        starts.store(found)
        if found and cache.get(self._count_key) is None:
            # The last page's rows give the count: cheaper than COUNT(*) over the list.
            last = keyset.from_start(self.object_list, found[-1], fields, descending)
            count = (len(found) - 1) * self.per_page + last[: self.per_page + 1].count()
            cache.set(self._count_key, count, COUNT_SECONDS)


def row_key(row, fields) -> tuple:
    return tuple(getattr(row, field) for field in fields)


def canonical_page_number(value: str) -> str | None:
    """`?pagina=` spelled one way (see core.pagecache): page 1 is the bare URL, no zeros in
    front; ValueError for what is no page number at all (paginate answers 404)."""
    number = positive_int(value)
    if number is None:
        raise ValueError(value)
    return None if number == 1 else str(number)


def paginate(
    request, object_list, per_page: int, *, param: str = PAGE_PARAM, site_count: bool = False
) -> Page:
    """The requested page of `object_list`; Http404 for junk, zero or past-the-end.

    `site_count`: the list only changes when pages are published, unpublished, moved or
    deleted (the articles of the archive or a tag page), so its count may be cached per
    site generation (see SiteCountPaginator).
    """
    # Only plain digits: "1.0", " 2", "-1" and "²" are not page numbers, and neither is one
    # whose first row lies past what a database offset can hold.
    number = positive_int(request.GET.get(param, "1"), maximum=MAX_ID // per_page)
    if number is None:
        raise Http404(_("This page number does not exist."))
    paginator = (SiteCountPaginator if site_count else Paginator)(object_list, per_page)
    try:
        return paginator.page(number)
    except (PageNotAnInteger, EmptyPage) as exc:
        raise Http404(_("This page number does not exist.")) from exc
