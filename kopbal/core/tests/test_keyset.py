"""Keyset pagination (core.keyset through SiteCountPaginator) gives exactly OFFSET's rows."""

from datetime import timedelta

import pytest
from django.core.paginator import EmptyPage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kopbal.core import keyset
from kopbal.core.models import RateCounter
from kopbal.core.pagination import SiteCountPaginator

pytestmark = pytest.mark.django_db

PER_PAGE = 7


@pytest.fixture(autouse=True)
def _seek_every_page(monkeypatch):
    monkeypatch.setattr(keyset, "FIRST_SEEK_PAGE", 1)


@pytest.fixture
def rows():
    """300 rows over 11 distinct times: most rows share their time with many others, so
    only the tie-breaker (the primary key) orders them."""
    now = timezone.now()
    RateCounter.objects.bulk_create(
        RateCounter(key=f"k{i:03d}", expires_at=now - timedelta(minutes=i % 11)) for i in range(300)
    )


def pages(queryset):
    """Every page through the paginator, each from a fresh paginator as per request."""
    number, found = 1, []
    while True:
        try:
            page = SiteCountPaginator(queryset.all(), PER_PAGE).page(number)
        except EmptyPage:
            return found
        found.append(list(page.object_list))
        number += 1


def offset_pages(queryset):
    listed = list(queryset.all())  # .all(): never a result cached on `queryset`
    return [listed[i : i + PER_PAGE] for i in range(0, len(listed), PER_PAGE)]


@pytest.mark.parametrize("ordering", [("-expires_at", "-pk"), ("expires_at", "key")])
def test_every_page_has_offsets_rows_with_equal_times(rows, ordering):
    queryset = RateCounter.objects.order_by(*ordering)
    expected = offset_pages(queryset)
    assert len(expected) == 43  # the last page is a short one
    assert pages(queryset) == expected


def test_deep_pages_are_sought_not_offset(rows):
    queryset = RateCounter.objects.order_by("-expires_at", "-pk")
    SiteCountPaginator(queryset, PER_PAGE).page(30)  # builds the map of page starts
    with CaptureQueriesContext(connection) as queries:
        page = SiteCountPaginator(queryset, PER_PAGE).page(30)
    assert list(page.object_list) == offset_pages(queryset)[29]
    assert not any("OFFSET" in query["sql"].upper() for query in queries.captured_queries)


def test_a_map_of_page_starts_the_rows_contradict_falls_back_to_offset(rows):
    queryset = RateCounter.objects.order_by("-expires_at", "-pk")
    assert pages(queryset) == offset_pages(queryset)  # the map is cached now
    # Page 8's first row removed without the site generation moving (a bulk change
    # that bypasses publishing): the cached starts from there on are wrong.
    queryset.filter(pk__in=[row.pk for row in offset_pages(queryset)[7][:1]]).delete()
    assert pages(queryset) == offset_pages(queryset)


def test_the_count_comes_from_the_map(rows):
    queryset = RateCounter.objects.order_by("-expires_at", "-pk")
    page = SiteCountPaginator(queryset, PER_PAGE).page(20)
    assert page.paginator.count == 300
    assert page.paginator.num_pages == 43


def test_a_page_past_the_end_is_empty(rows):
    queryset = RateCounter.objects.order_by("-expires_at", "-pk")
    for number in (44, 45, 1000):
        with pytest.raises(EmptyPage):
            SiteCountPaginator(queryset, PER_PAGE).page(number)


def test_an_order_without_unique_tie_breaker_uses_offset(rows):
    queryset = RateCounter.objects.order_by("-expires_at")
    assert keyset.order_keys(queryset) is None
    assert keyset.order_keys(RateCounter.objects.order_by("-expires_at", "key")) is None
    assert keyset.order_keys(RateCounter.objects.order_by("-expires_at", "-key")) == (
        ("expires_at", "key"),
        True,
    )
    assert len(pages(queryset)) == 43


def test_a_page_past_the_end_of_a_map_the_list_outgrew_is_served(rows):
    queryset = RateCounter.objects.order_by("-expires_at", "-pk")
    assert len(pages(queryset)) == 43  # the map is cached now: 43 pages
    # Rows added without the site generation moving: page 44 exists now.
    RateCounter.objects.bulk_create(
        RateCounter(key=f"z{i}", expires_at=timezone.now() - timedelta(days=1)) for i in range(9)
    )
    page = SiteCountPaginator(queryset.all(), PER_PAGE).page(44)
    assert list(page.object_list) == offset_pages(queryset)[43]
