import pytest

from kopbal.accounts.tests.factories import user_create
from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory


@pytest.fixture
def reader(db):
    return user_create(display_name="Trouwe Fan", email="fan@example.com")


@pytest.fixture
def club(db):
    return ClubFactory(name="RSC Anderlecht", short_name="Anderlecht", slug="anderlecht")


@pytest.fixture
def other_club(db):
    return ClubFactory(name="Club Brugge", short_name="Brugge", slug="club-brugge")


@pytest.fixture
def person(db):
    return PersonFactory(name="Yari Verschaeren", slug="yari-verschaeren")


@pytest.fixture
def competition(db):
    return CompetitionFactory(name="Jupiler Pro League", slug="jupiler-pro-league")
