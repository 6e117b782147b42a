"""A reader's way through the site, in a real browser."""

import re

import pytest
from django.core.management import call_command

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


def test_reader_follows_third_headline_then_more_news(page, demo_site, screenshot):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(demo_site + "/")
    most_recent = page.locator(".most-recent")
    assert most_recent.get_by_role("heading", name="Meest recent").is_visible()
    items = most_recent.locator(".teaser")
    assert items.count() == 25
    third = items.nth(2)
    assert third.locator(".teaser__intro").inner_text()
    assert re.fullmatch(r"\d+", third.locator(".comment-count__number").inner_text())
    headline = third.locator(".teaser__title a").inner_text()

    third.locator(".teaser__title a").click()
    page.wait_for_url(re.compile(r"/nieuws/\d+/[-\w]+/$"))
    assert page.locator("h1").inner_text() == headline
    assert page.locator(".byline").inner_text().startswith("door ")
    assert page.locator(".article__intro").inner_text()
    assert page.locator(".article__body p").count() >= 2
    assert page.locator(".read-also").first.inner_text().startswith("LEES OOK:")
    assert page.locator(".article-aside").get_by_role("heading", name="Meest recent").is_visible()
    assert page.evaluate("document.querySelector('.hero img').naturalWidth") > 0
    article_url = page.url

    page.get_by_role("link", name="Meer sportnieuws").first.click()
    page.wait_for_url(re.compile(r"/nieuws/\?pagina=2$"))
    assert page.locator("h1").inner_text() == "Meer sportnieuws"
    assert page.locator(".teaser").count() >= 1
    assert page.locator(".pagination [aria-current=page]").inner_text() == "2"
    # No fonts, scripts or images from anywhere else: nothing leaves the site.
    assert [url for url in requested if not url.startswith(demo_site)] == []

    screenshot(demo_site + "/", "home")
    screenshot(article_url, "article")
    screenshot(demo_site + "/club/genk/", "club")
