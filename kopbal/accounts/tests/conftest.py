import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """allauth's own rate limits and the compiled word lists live in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(news_index):
    from kopbal.news.tests.factories import article_create

    return article_create(news_index, title="Derby met vuurwerk")


@pytest.fixture
def no_moderation_hold(settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0
