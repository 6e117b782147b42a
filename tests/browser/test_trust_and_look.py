"""Trust pages, the phone menu, crests and the article sidebar, in a real browser."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import PHONE

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


def overflow(page) -> int:
    """How many CSS pixels the page is wider than the viewport (0: nothing sticks out)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_phone_menu_shows_every_item_and_the_clubs(browser, demo_site, screenshot):
    context = browser.new_context(viewport=PHONE, locale="nl-BE")
    page = context.new_page()
    page.goto(demo_site + "/")
    links = page.locator(".site-nav a")
    assert links.count() >= 4
    width = page.evaluate("window.innerWidth")
    for i in range(links.count()):
        link = links.nth(i)
        assert link.is_visible()
        box = link.bounding_box()
        # Whole, inside the screen: not cut off at the edge like "Jupiler Pro Leagu".
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, link.inner_text()
        scroll = link.evaluate("a => a.closest('ul').scrollWidth - a.closest('ul').clientWidth")
        assert scroll <= 0
    assert overflow(page) <= 0

    # The club list, one tap away instead of below all 25 stories.
    page.locator(".site-nav").get_by_role("link", name="Clubs").click()
    page.wait_for_url(demo_site + "/clubs/")
    assert page.locator("h1").inner_text() == "Clubs"
    clubs = page.locator(".club-nav__list a")
    assert clubs.count() >= 16
    assert clubs.first.bounding_box()["y"] < PHONE["height"]
    assert overflow(page) <= 0
    page.get_by_role("link", name="Genk", exact=True).click()
    page.wait_for_url(demo_site + "/club/genk/")
    context.close()
    screenshot(demo_site + "/clubs/", "clubs")


def test_article_sidebar_leaves_the_article_out_and_trust_pages_are_in_the_footer(
    page, demo_site, screenshot
):
    page.goto(demo_site + "/")
    headline = page.locator(".most-recent .teaser__title a").first
    title = headline.inner_text()
    headline.click()
    page.wait_for_selector(".article-aside")
    aside = page.locator(".article-aside .most-recent .teaser__title")
    assert aside.count() == 25
    assert title not in aside.all_inner_texts()
    article_url = page.url

    footer = page.locator(".site-footer")
    for name in ("Huisregels", "Privacyverklaring", "Cookies", "Contact"):
        assert footer.get_by_role("link", name=name).is_visible()
    footer.get_by_role("link", name="Huisregels").click()
    page.wait_for_url(demo_site + "/huisregels/")
    assert page.locator("h1").inner_text() == "Huisregels"

    for url, name in (
        ("/", "home"),
        (article_url, "article"),
        ("/privacy/", "privacy"),
        ("/accounts/signup/", "signup"),
    ):
        screenshot(url if url.startswith("http") else demo_site + url, name)
