"""The demo site a newcomer sees after `make run`."""

import pytest
from django.core.management import call_command

from kopbal.analytics.models import ArticleHour
from kopbal.demo import loader
from kopbal.football.models import Club, Match
from kopbal.news.models import ArticlePage
from kopbal.pages.models import InfoPage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def articles():
    return loader.demo_articles()


def test_demo_has_at_least_40_articles_over_all_16_clubs(articles):
    assert len(articles) >= 40
    clubs = {key for article in articles for key in article["clubs"]}
    assert len(clubs) == 16


def test_demo_read_also_links_point_to_other_existing_articles(articles):
    keys = {a["key"] for a in articles}
    links = [(a["key"], v) for a in articles for kind, v in a["body"] if kind == "lees_ook"]
    assert len(links) >= 10
    assert all(target in keys and target != source for source, target in links)


def test_demo_has_poll_articles_and_a_question_under_every_article(articles):
    assert sum(a["poll_article"] for a in articles) >= 2
    assert all(2 <= len(a["poll"]["options"]) <= 10 for a in articles)


def test_load_demo_fills_the_site_once(client, monkeypatch, tmp_path):
    monkeypatch.setattr(loader, "ADMIN_LOGIN_FILE", tmp_path / "admin-login.txt")
    # Small hero images keep the test quick; the drawing code is the same.
    call_command("load_demo", hero_width=160)
    count = ArticlePage.objects.live().count()
    assert count == len(loader.demo_articles())
    assert Club.objects.filter(competition__slug="jupiler-pro-league").count() == 16
    # Both seasons of the league, from the shipped open data: 2024-25 whole, 2025-26 half played.
    assert Match.objects.filter(phase__season__name="2024-25").finished().count() == 313
    assert Match.objects.filter(phase__season__name="2025-26", phase__kind="regular").count() == 240
    # One match in progress, the same every time: the live score readers see on `make run`.
    (playing,) = Match.objects.in_play()
    assert (playing.home_goals, playing.away_goals, playing.minute) == (1, 0, 67)
    assert str(playing.pk) in client.get("/api/live/").json()["matches"]
    assert (tmp_path / "admin-login.txt").read_text().startswith("redactie / ")
    # House rules, privacy, cookies and contact, linked in every page's footer.
    trust = dict(InfoPage.objects.live().values_list("role", "url_path"))
    assert set(trust) == {"house_rules", "privacy", "cookies", "contact"}
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    assert all(f'href="/{slug}/"' in footer for slug in ("huisregels", "privacy", "contact"))

    # The agency drafts of the demo's drop folder (kopbal.demo.ingest_demo) come on top.
    total = ArticlePage.objects.count()
    assert total == count + 3
    # The newsroom's dashboard has a week of reader numbers to show.
    rows = ArticleHour.objects.count()
    assert rows > 0

    call_command("load_demo", hero_width=160)  # a second run changes nothing
    assert ArticlePage.objects.count() == total
    assert ArticleHour.objects.count() == rows

    html = client.get("/").content.decode()
    assert html.count('class="teaser__title"') == 25
    assert "LEES OOK" in client.get(ArticlePage.objects.live().first().url).content.decode()
    # Match reports: linked to their match, whose page lists them with the newsroom's events.
    reports = ArticlePage.objects.live().exclude(match=None).select_related("match")
    assert reports.count() >= 3
    html = client.get(reports[0].match.get_absolute_url()).content.decode()
    assert reports[0].title in html and "timeline__item" in html
    # One story shows a "Stand" and a "Wedstrijd" block.
    html = "".join(client.get(a.url).content.decode() for a in reports)
    assert 'class="table-block' in html and 'class="match-block"' in html
