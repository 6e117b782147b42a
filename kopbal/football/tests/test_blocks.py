"""The "Stand" and "Wedstrijd" blocks in an article, and the match chooser behind them."""

import re

import pytest
from django.core.management import call_command
from django.db.models import F

from kopbal.football.models import Competition, Match, Season
from kopbal.football.openfootball import DATA_DIR
from kopbal.news.tests.factories import article_create

from .test_import_command import league_clubs  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def season(league_clubs):  # noqa: F811
    call_command("import_openfootball", DATA_DIR / "2025-26" / "be1.txt")
    return Competition.objects.get(slug="jupiler-pro-league"), Season.objects.get(name="2025-26")


@pytest.fixture
def upcoming(season):
    """Club Brugge - Antwerp, round 16 of 2025-26, still to play."""
    return Match.objects.get(home__slug="club-brugge", away__slug="antwerp", round_number=16)


@pytest.fixture
def article(news_index, season, upcoming):
    competition, _ = season
    mechelen = upcoming.home.__class__.objects.get(slug="mechelen")
    return article_create(
        news_index,
        title="Zo staat de strijd om de top zes",
        body=[
            {"type": "paragraph", "value": "<p>Een blik op de stand.</p>"},
            {
                "type": "table",
                "value": {
                    "competition": competition.pk,
                    "season": None,
                    "phase": "regular",
                    "compact": True,
                    "highlight": mechelen.pk,
                },
            },
            {"type": "match", "value": {"match": upcoming.pk}},
        ],
    )


def test_the_blocks_render_the_table_and_the_match_in_the_article(client, article, upcoming):
    html = client.get(article.url).content.decode()
    block = html.split('class="table-block', 1)[1].split("</figure>", 1)[0]

    # Compact: the first six, then the highlighted club (5th: it is in them already).
    assert block.count('class="league-table__row') == 6
    assert re.search(r"league-table__row--highlight\">\s*<td[^>]*>5", block)
    assert 'href="/competitie/jupiler-pro-league/stand/2025-26/"' in block
    match_block = html.split('class="match-block"', 1)[1].split("</aside>", 1)[0]
    assert "Club Brugge" in match_block and "Antwerp" in match_block
    assert f'href="{upcoming.get_absolute_url()}"' in match_block


def test_a_score_change_renews_a_cached_article_that_shows_the_match(client, article, upcoming):
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert client.get(article.url)["X-Page-Cache"] == "hit"

    upcoming.status, upcoming.home_goals, upcoming.away_goals, upcoming.minute = "live", 1, 0, 12
    upcoming.save()
    response = client.get(article.url)

    assert response["X-Page-Cache"] == "miss"
    html = response.content.decode()
    assert "data-match-score>1-0</span>" in html and "12&#x27;" in html


def test_a_result_renews_a_cached_article_that_shows_the_table(client, article, season):
    _competition, season_ = season
    client.get(article.url)
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    # A match outside the six shown still moves the table: the page must follow.
    match = Match.objects.filter(phase__season=season_, status="scheduled").last()
    match.status, match.home_goals, match.away_goals = "finished", 9, 0
    match.save()

    assert client.get(article.url)["X-Page-Cache"] == "miss"


def test_the_match_chooser_finds_a_match_by_both_clubs_names(admin_client, season):
    response = admin_client.get(
        "/admin/snippets/choose/football/match/results/", {"q": "genk anderlecht"}
    )
    html = response.content.decode()

    assert response.status_code == 200
    found = re.findall(r"data-chooser-modal-choice[^>]*>([^<]+)<", html)
    assert found and all("Genk" in name and "Anderlecht" in name for name in found)


def test_the_match_chooser_lists_the_newest_matches_first(admin_client, season):
    # The chooser is a modal: its HTML comes inside JSON.
    html = admin_client.get("/admin/snippets/choose/football/match/").json()["html"]

    found = re.findall(r"data-chooser-modal-choice[^>]*>([^<]+)<", html)
    newest = Match.objects.order_by(F("kickoff").desc(nulls_last=True), "-pk").first()
    assert found[0].strip() == str(newest)


def test_the_article_editor_offers_the_match_chooser_and_both_blocks(admin_client, article):
    html = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()

    assert 'name="match"' in html
    assert "/admin/snippets/choose/football/match/" in html
    assert "Stand" in html and "Wedstrijd" in html
