"""Fixtures shared by every app's tests."""

import pytest

from kopbal.news.services import site_tree_ensure


@pytest.fixture
def site_tree(db):
    """The home page at the site root and the /nieuws/ archive under it."""
    home, index = site_tree_ensure()
    return home, index


@pytest.fixture
def home(site_tree):
    return site_tree[0]


@pytest.fixture
def news_index(site_tree):
    return site_tree[1]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: cached pages and rate-limit counters of one
    test must not answer in the next."""
    from django.core.cache import cache

    from kopbal.core import holes, pagecache, restrictions
    from kopbal.news import routing
    from kopbal.pages import links

    cache.clear()
    holes.forget()  # what each worker keeps in memory, by generations that restart at 0
    pagecache.forget()
    restrictions.forget()
    routing.forget()
    links.forget()
