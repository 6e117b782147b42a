"""The newsroom dashboard on made-up hourly and daily rows: order, periods, club totals."""

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client

from kopbal.analytics.dashboard import dashboard_data
from kopbal.analytics.models import ArticleDay, ArticleHour
from kopbal.comments.models import Comment
from kopbal.football.tests.factories import ClubFactory
from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Vote
from kopbal.polls.tests.factories import poll_create

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 28, 15, 20, tzinfo=UTC)
THIS_HOUR = NOW.replace(minute=0)


def hours(article, *views_ago: tuple[int, int]):
    """Hourly rows: (hours ago, views), and the daily rows they add up to."""
    days: dict = {}
    for ago, views in views_ago:
        hour = THIS_HOUR - timedelta(hours=ago)
        ArticleHour.objects.create(article=article, hour=hour, views=views, uniques=views)
        days[hour.date()] = days.get(hour.date(), 0) + views
    for day, views in days.items():
        ArticleDay.objects.update_or_create(
            article=article, day=day, defaults={"views": views, "uniques": views}
        )


@pytest.fixture
def clubs():
    return ClubFactory(name="Club Brugge"), ClubFactory(name="RSC Anderlecht")


@pytest.fixture
def stories(news_index, clubs):
    brugge, anderlecht = clubs
    return {
        "derby": article_create(news_index, title="Derby", clubs=[brugge, anderlecht]),
        "transfer": article_create(news_index, title="Transfer", clubs=[anderlecht]),
        "old": article_create(news_index, title="Oud nieuws", clubs=[brugge]),
    }


def titles(rows) -> list[str]:
    return [row.title for row in rows]


def test_most_read_per_period_in_order_of_views(stories):
    hours(stories["derby"], (0, 50), (5, 500))
    hours(stories["transfer"], (1, 80), (3, 10))
    hours(stories["old"], (24 * 3, 5000))
    data = dashboard_data(now=NOW)
    assert titles(data["read_hour"]) == ["Transfer", "Derby"]
    assert [r.figure for r in data["read_hour"]] == [80, 50]
    assert titles(data["read_day"]) == ["Derby", "Transfer"]
    assert [r.figure for r in data["read_day"]] == [550, 90]
    assert titles(data["read_week"]) == ["Oud nieuws", "Derby", "Transfer"]


def test_an_article_older_than_the_week_is_not_in_the_week(stories):
    hours(stories["old"], (24 * 8, 5000))
    hours(stories["derby"], (2, 1))
    assert titles(dashboard_data(now=NOW)["read_week"]) == ["Derby"]


def test_trending_ranks_the_fastest_riser_not_the_most_read(stories, settings):
    settings.KOPBAL_ANALYTICS_TRENDING_MIN = 20
    # The derby is read a lot, steadily; the transfer suddenly takes off.
    hours(stories["derby"], (0, 100), (1, 100), *((h, 100) for h in range(2, 14)))
    hours(stories["transfer"], (0, 60), (1, 30), (5, 2))
    # Rising from nothing, but below the minimum: noise.
    hours(stories["old"], (0, 15))
    trending = dashboard_data(now=NOW)["trending"]
    assert titles(trending) == ["Transfer", "Derby"]


def test_per_club_totals_count_an_article_for_each_of_its_clubs(stories):
    hours(stories["derby"], (1, 100))
    hours(stories["transfer"], (1, 30))
    hours(stories["old"], (1, 7))
    totals = {c["name"]: c["views"] for c in dashboard_data(now=NOW)["clubs"]}
    assert totals == {"Club Brugge": 107, "RSC Anderlecht": 130}
    assert [c["name"] for c in dashboard_data(now=NOW)["clubs"]] == [
        "RSC Anderlecht",
        "Club Brugge",
    ]


def test_most_commented_counts_visible_comments_of_the_last_day(stories, django_user_model):
    writer = django_user_model.objects.create_user("schrijver", "s@example.com", "pw")
    for _ in range(3):
        Comment.objects.create(article=stories["transfer"], author=writer, body="Top!")
    Comment.objects.create(article=stories["derby"], author=writer, body="Ok")
    Comment.objects.create(
        article=stories["derby"], author=writer, body="Weg", status=Comment.Status.REMOVED
    )
    old = Comment.objects.create(article=stories["old"], author=writer, body="Lang geleden")
    Comment.objects.filter(pk=old.pk).update(created_at=datetime.now(tz=UTC) - timedelta(days=3))
    data = dashboard_data()
    assert titles(data["commented"]) == ["Transfer", "Derby"]
    assert [r.figure for r in data["commented"]] == [3, 1]


def test_most_voted_ranks_articles_by_the_votes_on_their_poll(news_index):
    busy, quiet = poll_create(question="Wie wint?"), poll_create(question="Wie degradeert?")
    article_create(news_index, title="Poll: titelstrijd", poll=busy)
    article_create(news_index, title="Poll: degradatie", poll=quiet)
    for poll, n in ((busy, 4), (quiet, 2)):
        choice = poll.choices.first()
        for i in range(n):
            Vote.objects.create(poll=poll, choice=choice, voter=f"c:{poll.pk}-{i}", ip_hash="x")
    rows = dashboard_data()["voted"]
    assert titles(rows) == ["Poll: titelstrijd", "Poll: degradatie"]
    assert [r.figure for r in rows] == [4, 2]


def test_chart_has_48_hours_with_the_views_of_each(stories):
    hours(stories["derby"], (0, 10), (47, 3), (48, 999))
    hours(stories["transfer"], (0, 5))
    chart = dashboard_data(now=NOW)["chart"]
    assert len(chart.bars) == 48
    assert chart.bars[-1].views == 15 and chart.bars[0].views == 3
    assert chart.total == 18 and chart.peak == 15


def test_admin_home_leads_with_the_dashboard_in_dutch(stories, django_user_model):
    hours(stories["derby"], (0, 42))
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("chef", "c@example.com", "pw"))
    html = client.get("/admin/").content.decode()
    assert "Meest gelezen" in html
    assert "Paginaweergaven per uur" in html
    assert f'href="/admin/pages/{stories["derby"].pk}/edit/"' in html
    assert f'href="{stories["derby"].url}"' in html
    assert "<svg" in html and "<title" in html
