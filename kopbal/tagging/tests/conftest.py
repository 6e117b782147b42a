import pytest

from kopbal.tagging.matcher import cache_clear


@pytest.fixture(autouse=True)
def _fresh_matcher():
    # A rolled-back test database repeats generation numbers: never reuse another test's.
    cache_clear()
    yield
    cache_clear()
