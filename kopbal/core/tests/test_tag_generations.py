"""Editing a club, person or competition renews the pages that show it, and only those."""

import pytest

from kopbal.football.tests.factories import (
    ClubFactory,
    CompetitionFactory,
    MatchFactory,
    PersonFactory,
    PhaseFactory,
)
from kopbal.news.tests.factories import article_create

pytestmark = pytest.mark.django_db


def cached(client, url) -> bool:
    return client.get(url)["X-Page-Cache"] == "hit"


def test_renaming_a_club_renews_its_pages_and_leaves_unrelated_ones_cached(client, news_index):
    club = ClubFactory(name="KFC Oudenaam", short_name="Oudenaam", slug="oudenaam")
    other = ClubFactory(slug="anderclub")
    about = article_create(news_index, title="Over de club", clubs=[club])
    unrelated = article_create(news_index, title="Ander nieuws", clubs=[other])
    for url in (about.url, unrelated.url, "/club/oudenaam/", "/club/anderclub/"):
        client.get(url)

    club.name, club.short_name = "KFC Nieuwenaam", "Nieuwenaam"
    club.save()

    assert cached(client, unrelated.url)
    assert cached(client, "/club/anderclub/")
    assert "KFC Nieuwenaam" in client.get(about.url).content.decode()
    assert "KFC Nieuwenaam" in client.get("/club/oudenaam/").content.decode()


def test_the_club_menu_on_the_home_page_follows_any_club(client, news_index):
    club = ClubFactory(short_name="Oudenaam")
    article_create(news_index)
    client.get("/")
    club.short_name = "Nieuwenaam"
    club.save()
    assert "Nieuwenaam" in client.get("/").content.decode()


def test_a_person_renamed_renews_the_articles_about_them_only(client, news_index):
    person = PersonFactory(name="Jan Oud", slug="jan")
    about = article_create(news_index, title="Interview", persons=[person])
    unrelated = article_create(news_index, title="Ander verhaal")
    client.get(about.url), client.get(unrelated.url)
    person.name = "Jan Nieuw"
    person.save()
    assert cached(client, unrelated.url)
    assert "Jan Nieuw" in client.get(about.url).content.decode()


def test_a_club_on_a_table_renews_the_pages_that_show_the_table():
    """A page stamped while showing the season tables is out of date once a club on them or
    the competition is edited."""
    from kopbal.core import generations
    from kopbal.football import tables

    competition = CompetitionFactory()
    phase = PhaseFactory(competition=competition)
    match = MatchFactory(phase=phase, status="finished", home_goals=1, away_goals=0)

    def stamp():
        with generations.request_scope(recording=True) as scope:
            tables.season_tables(competition, phase.season)
        return dict(scope.values)

    def still_current(stamped):
        return generations.read(*stamped) == tuple(stamped.values())

    for edit in (match.home, competition):
        stamped = stamp()
        assert still_current(stamped)
        edit.name = f"{edit.name} (nieuw)"
        edit.save()
        assert not still_current(stamped)
