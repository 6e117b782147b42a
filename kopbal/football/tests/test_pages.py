"""The football reader pages: tables, matchdays, a match, and what club and competition
pages show of them, as a reader sees them, with their query budgets."""

import re

import pytest
from django.core.management import call_command

from kopbal.football.models import Club, Competition, Match, MatchEvent, Phase
from kopbal.football.openfootball import DATA_DIR
from kopbal.news.tests.factories import article_create

from .test_import_command import league_clubs  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

LEAGUE = "/competitie/jupiler-pro-league"


@pytest.fixture
def league(league_clubs, site_tree):  # noqa: F811
    """Both seasons of the league from the shipped data, its clubs playing in it."""
    for season in ("2024-25", "2025-26"):
        call_command("import_openfootball", DATA_DIR / season / "be1.txt")
    competition = Competition.objects.get(slug="jupiler-pro-league")
    Club.objects.update(competition=competition)
    return competition


def rows(html: str, section: str) -> list[str]:
    """The text of each table row of the section with id `section`, tags stripped."""
    part = html.split(f'id="{section}"', 1)[1].split("</section>", 1)[0]
    body = part.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in body.split("</tr>")[:-1]]


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# Tables


def test_the_2024_25_regular_table_has_genk_first_with_68_points_and_its_zones(client, league):
    html = client.get(f"{LEAGUE}/stand/2024-25/").content.decode()

    regular = rows(html, "reguliere-competitie")
    assert len(regular) == 16
    assert regular[0].startswith("1 (Play-off I) Genk 30 21 5 4 55 33 +22 68")
    assert "(Play-off II)" in regular[6] and "(Degradatieplay-offs)" in regular[12]
    legend = html.split('id="reguliere-competitie"', 1)[1].split("</section>", 1)[0]
    assert text(legend.split('aria-label="Legende">', 1)[1]).startswith(
        "Play-off I Play-off II Degradatieplay-offs"
    )
    assert 'href="/competitie/jupiler-pro-league/race/"' in legend  # "Wat als?"


def test_form_shows_the_last_five_results_as_badges_with_words(client, league):
    html = client.get(f"{LEAGUE}/stand/2024-25/").content.decode()

    genk = html.split('id="reguliere-competitie"', 1)[1].split("</tr>", 2)[1]
    badges = re.findall(
        r'form-badge--(won|drawn|lost)"><span aria-hidden="true">(\w)</span>'
        r'<span class="visually-hidden">(\w+)</span>',
        genk,
    )
    assert len(badges) == 5
    letters = {"won": ("W", "gewonnen"), "drawn": ("G", "gelijk"), "lost": ("V", "verloren")}
    assert all((letter, word) == letters[kind] for kind, letter, word in badges)


def test_play_off_tables_carry_halved_points_and_mark_the_rounded_half(client, league):
    html = client.get(f"{LEAGUE}/stand/2024-25/").content.decode()

    champions = rows(html, "play-off-1")
    # Union SG won the title; 55 regular-season points carried as 28, half a point rounded up.
    assert champions[0].startswith("1 (Kampioen) Union SG")
    assert "+19 28 * (half punt gekregen door afronding) 56" in champions[0]
    assert (
        "(Europees ticket)" in champions[1] and "(Play-off om een Europees ticket)" in champions[3]
    )
    assert "Een half punt gekregen door de gehalveerde punten af te ronden" in html
    # 2024-25 sent two clubs down; the second played a barrage (the 2025-26 format: zones.py).
    relegation = rows(html, "degradatie-play-offs")
    assert [re.search(r"\((.+?)\)", row) and row.split(") ")[0] for row in relegation] == [
        None,
        "2 (Barrage tegen degradatie",
        "3 (Degradeert",
        "4 (Degradeert",
    ]


def test_the_table_shows_the_current_season_and_links_every_earlier_one(client, league):
    html = client.get(f"{LEAGUE}/stand/").content.decode()

    assert "Stand 2025-26" in html
    assert f'href="{LEAGUE}/stand/2024-25/"' in html
    assert re.search(rf'<link rel="canonical" href="http[^"]+{LEAGUE}/stand/">', html)
    assert len(rows(html, "reguliere-competitie")) == 16


# Matchdays


def test_the_matchdays_open_on_the_first_round_with_matches_to_play(client, league):
    html = client.get(f"{LEAGUE}/speeldagen/").content.decode()

    # 2025-26 in the shipped data: round 16 has one match played, seven to play.
    assert "<h1>Speeldag 16" in html
    assert f'href="{LEAGUE}/speeldagen/2025-26/reguliere-competitie/15/" rel="prev"' in html
    assert f'href="{LEAGUE}/speeldagen/2025-26/reguliere-competitie/17/" rel="next"' in html
    assert html.count('class="match-line"') == 8
    assert "data-match-score>0-1</span>" in html  # KV Mechelen - Standard, played


def test_a_round_of_a_finished_play_off_lists_its_matches_with_scores(client, league):
    html = client.get(f"{LEAGUE}/speeldagen/2024-25/play-off-1/10/").content.decode()

    assert html.count('class="match-line"') == 3
    assert html.count("score--finished") == 3
    assert f'href="{LEAGUE}/speeldagen/2024-25/play-off-1/9/" rel="prev"' in html
    assert 'rel="next"' not in html


@pytest.mark.parametrize(
    "path",
    [
        "/competitie/bestaat-niet/stand/",
        f"{LEAGUE}/stand/2099-00/",
        f"{LEAGUE}/stand/abc/",
        f"{LEAGUE}/speeldagen/2099-00/",
        f"{LEAGUE}/speeldagen/2025-26/geen-fase/1/",
        f"{LEAGUE}/speeldagen/2025-26/reguliere-competitie/0/",
        f"{LEAGUE}/speeldagen/2025-26/reguliere-competitie/31/",
        f"{LEAGUE}/speeldagen/2025-26/play-off-1/1/",  # not drawn up yet
        "/wedstrijd/999999/",
        "/wedstrijd/999999/genk-mechelen/",
        "/wedstrijd/abc/",
        "/wedstrijd/0/",
        "/wedstrijd/99999999999999999999999/",
        f"{LEAGUE}/speeldagen/2025-26/reguliere-competitie/99999999999999999999999/",
    ],
)
def test_unknown_seasons_phases_rounds_and_matches_are_a_dutch_404(client, league, path):
    response = client.get(path)

    assert response.status_code == 404
    assert "Buitenspel! Deze pagina bestaat niet." in response.content.decode()


def test_other_spellings_of_a_round_redirect_to_its_address(client, league):
    response = client.get(f"{LEAGUE}/speeldagen/2025-26/reguliere-competitie/016/")

    assert response.status_code == 301
    assert response["Location"] == f"{LEAGUE}/speeldagen/2025-26/reguliere-competitie/16/"


# The match page


@pytest.fixture
def reported_match(league, news_index):
    """Genk - KV Mechelen (0-1) of 2025-26 with the newsroom's events and two articles."""
    match = Match.objects.get(
        phase__season__name="2025-26", home__slug="genk", away__slug="mechelen"
    )
    genk, mechelen = match.home, match.away
    for kind, minute, club, player in [
        ("goal", 67, mechelen, "Sander Wouters"),
        ("yellow", 23, genk, "Tibo Mertens"),
        ("substitution", 58, genk, "Amadou Kaboré"),
    ]:
        MatchEvent.objects.create(
            match=match,
            kind=kind,
            minute=minute,
            club=club,
            player=player,
            other_player="Tibo Mertens" if kind == "substitution" else "",
        )
    article_create(news_index, title="Wouters beslist de topper in Genk", match=match)
    article_create(news_index, title="Een verhaal over iets anders")
    return match


def test_the_match_page_shows_score_events_in_order_and_its_articles(client, reported_match):
    response = client.get(reported_match.get_absolute_url())
    html = response.content.decode()

    assert response.status_code == 200
    assert "data-match-score>0-1</span>" in html
    events = re.findall(r'timeline__item--(home|away) timeline__item--(\w+)"', html)
    assert events == [("home", "yellow"), ("home", "substitution"), ("away", "goal")]
    assert "Sander Wouters" in html and "0-1</strong>" in html
    assert "voor Tibo Mertens" in html
    assert "Wouters beslist de topper in Genk" in html
    assert "Een verhaal over iets anders" not in html
    assert "Speeldag" in html and "2025-26" in html


def test_a_match_address_with_a_wrong_slug_redirects_to_the_right_one(client, reported_match):
    right = reported_match.get_absolute_url()
    assert right == f"/wedstrijd/{reported_match.pk}/genk-mechelen/"

    for wrong in (f"/wedstrijd/{reported_match.pk}/", f"/wedstrijd/{reported_match.pk}/x-y/"):
        response = client.get(wrong)
        assert (response.status_code, response["Location"]) == (301, right)


# Club and competition pages, the compact table


def test_the_club_page_shows_position_next_match_and_last_five_results(client, league):
    html = client.get("/club/mechelen/").content.decode()
    summary = text(html.split('class="club-summary"', 1)[1].split("</section>", 1)[0])

    assert "Plaats 5 Reguliere competitie 24 punten uit 16 wedstrijden" in summary
    assert f'href="{LEAGUE}/stand/"' in html
    # The soonest dated match (round 17); a match without a date (Union - KV Mechelen) after it.
    assert "Volgende wedstrijd KV Mechelen 13:30 Charleroi" in summary
    last = summary.split("Laatste uitslagen", 1)[1]
    assert len(re.findall(r"\d+-\d+ Einde", last)) == 5
    assert last.startswith(" KV Mechelen 0-1 Einde Standard")  # the newest first


def test_a_club_without_matches_shows_no_summary(client, site_tree):
    Club.objects.create(name="FC Nergens", short_name="Nergens", slug="nergens")

    html = client.get("/club/nergens/").content.decode()

    assert "club-summary" not in html


def test_the_competition_page_leads_to_its_table_and_matchdays(client, league):
    html = client.get(f"{LEAGUE}/").content.decode()

    assert f'href="{LEAGUE}/stand/"' in html and f'href="{LEAGUE}/speeldagen/"' in html
    assert html.count('class="league-table__row') == 16


def test_the_home_page_shows_a_compact_current_table(client, league):
    html = client.get("/").content.decode()
    compact = html.split('class="compact-table"', 1)[1].split("</section>", 1)[0]

    assert compact.count('class="league-table__row') == 16
    assert "Union SG" in text(compact).split("Ptn", 1)[1][:40]  # 2025-26 leader
    assert f'href="{LEAGUE}/stand/"' in compact
    assert "Vorm" not in compact  # position, club, played, points only


# Query budgets: fixed however many rows, cached tables or not

# (cold, warm): cold computes the season's tables (+2: the matches, the club names). Of the
# rest, 6 are the page's own (Wagtail's site and page lookups, the generations). Cold also
# looks up the footer's trust pages (+1), once per site generation, and reads that generation
# where the page itself does not (+1; a page being stored for everyone always has).
TABLE_BUDGET = (14, 10)
MATCHDAY_BUDGET = (13, 11)  # shows no table: nothing to compute
CLUB_BUDGET = (17, 14)
HOME_BUDGET = (15, 11)
MATCH_BUDGET = 9


@pytest.fixture
def uncached_renders(settings):
    """Measure renders, not the anonymous readers' page cache."""
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0


@pytest.mark.parametrize(
    ("path", "budget"),
    [
        (f"{LEAGUE}/stand/2024-25/", TABLE_BUDGET),
        (f"{LEAGUE}/speeldagen/", MATCHDAY_BUDGET),
        ("/club/genk/", CLUB_BUDGET),
        ("/", HOME_BUDGET),
    ],
)
def test_football_pages_run_a_fixed_number_of_queries(
    client, league, uncached_renders, django_assert_max_num_queries, path, budget
):
    from django.core.cache import cache

    cold, warm = budget
    client.get(path)  # warm the per-process caches (site root paths, templates)
    cache.clear()
    with django_assert_max_num_queries(cold):  # the tables are computed
        assert client.get(path).status_code == 200
    with django_assert_max_num_queries(warm):  # the tables come from the cache
        assert client.get(path).status_code == 200


def test_the_match_page_runs_a_fixed_number_of_queries(
    client, reported_match, news_index, uncached_renders, django_assert_max_num_queries
):
    path = reported_match.get_absolute_url()
    client.get(path)
    with django_assert_max_num_queries(MATCH_BUDGET):
        assert client.get(path).status_code == 200
    for minute in range(70, 90):  # more events, more articles: the same queries
        MatchEvent.objects.create(
            match=reported_match,
            kind="yellow",
            minute=minute,
            club=reported_match.home,
            player=f"Speler {minute}",
        )
    for n in range(5):
        article_create(news_index, title=f"Nabeschouwing {n}", match=reported_match)
    # The new authors moved the site generation: the first request learns the site's tree
    # again, once per worker (kopbal.news.routing). The budget is every request after it.
    client.get(path)
    with django_assert_max_num_queries(MATCH_BUDGET):
        assert client.get(path).status_code == 200


# The cache follows the scores


def test_a_saved_score_renews_the_cached_table_and_matchday(client, league):
    path = f"{LEAGUE}/speeldagen/2025-26/reguliere-competitie/16/"
    assert client.get(path)["X-Page-Cache"] == "miss"
    assert client.get(path)["X-Page-Cache"] == "hit"
    match = Match.objects.get(
        phase__season__name="2025-26", home__slug="club-brugge", away__slug="antwerp"
    )
    match.status, match.home_goals, match.away_goals = Match.Status.FINISHED, 4, 2
    match.save()

    response = client.get(path)

    assert response["X-Page-Cache"] == "miss"
    assert "data-match-score>4-2</span>" in response.content.decode()
    regular = Phase.objects.get(season__name="2025-26", kind="regular")
    table = client.get(f"{LEAGUE}/stand/").content.decode()
    assert regular.pk and "Club Brugge 16 11" in text(table)  # played 16, won 11 now


def test_a_renamed_club_renews_the_cached_matchday_and_match_pages(client, league):
    match = Match.objects.get(
        phase__season__name="2025-26", home__slug="club-brugge", away__slug="antwerp"
    )
    paths = [f"{LEAGUE}/speeldagen/2025-26/reguliere-competitie/16/", match.get_absolute_url()]
    for path in paths:
        client.get(path, follow=True)
        assert client.get(path)["X-Page-Cache"] == "hit"
    club = match.away
    club.name = club.short_name = "Great Old"
    club.save()

    for path in paths:
        response = client.get(path)
        assert response["X-Page-Cache"] == "miss"
        assert "Great Old" in response.content.decode()
