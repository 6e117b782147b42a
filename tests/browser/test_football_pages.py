"""The football pages in a real browser: a reader goes from the menu to a match, and no
page is wider than a phone (the tables scroll inside their own box)."""

import re

import pytest
from django.core.management import call_command

from .conftest import PHONE

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def demo_site(live_server, tmp_path, monkeypatch):
    from kopbal.demo import loader

    monkeypatch.setattr(loader, "ADMIN_LOGIN_FILE", tmp_path / "admin-login.txt")
    call_command("load_demo", hero_width=480)
    return live_server.url


def test_reader_goes_from_the_menu_to_the_table_a_matchday_and_a_match(
    browser, demo_site, screenshot
):
    context = browser.new_context(viewport=PHONE, locale="nl-BE")
    page = context.new_page()
    page.goto(demo_site + "/")
    page.get_by_role("link", name="Jupiler Pro League").first.click()
    page.get_by_role("link", name="Stand", exact=True).click()
    page.wait_for_url(re.compile(r"/competitie/jupiler-pro-league/stand/$"))
    assert page.locator("h1").inner_text() == "Stand 2025-26"
    assert page.locator("#reguliere-competitie tbody tr").count() == 16
    urls = {"table": page.url}

    page.get_by_role("link", name="Uitslagen en programma").first.click()
    assert page.locator("h1").inner_text() == "Speeldag 16"
    urls["matchday"] = page.url
    page.locator(".round-nav").get_by_role("link", name=re.compile("Speeldag 15")).click()
    assert page.locator("h1").inner_text() == "Speeldag 15"
    page.locator(".match-line__link", has_text="Union SG").click()
    page.wait_for_url(re.compile(r"/wedstrijd/\d+/union-cercle-brugge/$"))
    assert page.locator(".scoreboard [data-match-score]").inner_text() == "2-0"
    assert page.locator(".timeline__item").count() == 5
    assert page.locator(".match-articles .teaser").count() == 1
    urls["match"] = page.url
    urls["club"] = demo_site + "/club/mechelen/"
    urls["competition"] = demo_site + "/competitie/jupiler-pro-league/"
    urls["home"] = demo_site + "/"
    urls["article-blocks"] = (
        page.evaluate(
            "[...document.querySelectorAll('a')].map(a => a.href)"
            ".find(h => h.includes('/nieuws/') && h.includes('malinwa-struikelt'))"
        )
        or demo_site + "/"
    )

    for name, url in urls.items():
        page.goto(url)
        # The page is as wide as the phone: a wide table scrolls inside its own box.
        assert page.evaluate("document.documentElement.scrollWidth") == PHONE["width"], name
    context.close()
    for name, url in urls.items():
        screenshot(url, f"football-{name}")
