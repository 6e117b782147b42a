"""/clubs/: every club one tap from the menu, not below all the stories of the home page."""

import pytest

from kopbal.football.tests.factories import ClubFactory

pytestmark = pytest.mark.django_db


def test_clubs_page_lists_every_club_and_the_menu_links_it(client, home):
    genk = ClubFactory(name="KRC Genk", short_name="Genk", slug="genk")
    gent = ClubFactory(name="KAA Gent", short_name="Gent", slug="gent")
    html = client.get("/clubs/").content.decode()
    assert "<h1>Clubs</h1>" in html
    assert f'href="{genk.get_absolute_url()}"' in html
    assert f'href="{gent.get_absolute_url()}"' in html
    nav = html[html.index('class="site-nav"') :]
    assert 'href="/clubs/"' in nav[: nav.index("</nav>")]
    home_page = client.get("/").content.decode()
    assert 'href="/clubs/"' in home_page
