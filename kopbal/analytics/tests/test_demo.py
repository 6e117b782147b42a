"""The demo's reader numbers: enough for every list of the dashboard, loaded once."""

from datetime import UTC, datetime, timedelta

import pytest

from kopbal.analytics.dashboard import dashboard_data
from kopbal.analytics.demo import views_demo_create
from kopbal.football.tests.factories import ClubFactory
from kopbal.news.tests.factories import article_create

pytestmark = pytest.mark.django_db


def test_demo_views_fill_the_dashboard_once(news_index, settings):
    settings.KOPBAL_ANALYTICS_TRENDING_MIN = 1
    now = datetime.now(tz=UTC)
    club = ClubFactory(name="KAA Gent")
    articles = [
        article_create(
            news_index,
            title=f"Verhaal {i}",
            clubs=[club],
            published_at=now - timedelta(hours=3 + 20 * i),
        )
        for i in range(5)
    ]
    assert views_demo_create(articles=articles, now=now) > 0
    assert views_demo_create(articles=articles, now=now) == 0  # a second run adds nothing
    data = dashboard_data(now=now)
    assert data["read_day"] and data["read_week"] and data["chart"].total > 0
    assert data["trending"][0].title == "Verhaal 0"  # the newest is taking off
    assert data["clubs"][0]["name"] == "KAA Gent"
