"""The article editor in a real browser: the headline fills the slug as it is typed, so the
first "Bewaar concept" saves (issue 12)."""

import pytest
from playwright.sync_api import expect

from kopbal.news.models import ArticlePage
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import AuthorFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "redactie-wachtwoord-2026"


def test_typed_headline_fills_the_slug_and_the_first_draft_saves(
    browser, live_server, django_user_model, screenshot
):
    _home, index = site_tree_ensure()
    user = django_user_model.objects.create_superuser("redactie", "r@example.com", PASSWORD)
    AuthorFactory(name="Lotte Proef", user=user)
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="nl-BE")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "redactie")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")

    page.goto(f"{live_server.url}/admin/pages/add/news/articlepage/{index.pk}/")
    page.locator("#id_title").press_sequentially("Genk klopt Anderlecht na rust")
    page.locator("#id_title").blur()
    # Wagtail's w-sync controller copies the headline into the slug after a short debounce.
    expect(page.locator("#id_slug")).to_have_value("genk-klopt-anderlecht-na-rust")
    # The editor's own byline is already there.
    assert page.get_by_text("Lotte Proef").first.is_visible()
    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type("Een intro over de ommekeer na de pauze.")
    page.screenshot(path=screenshot.directory / "admin-new-article-desktop.png")
    page.locator("button.action-save").first.click()
    page.wait_for_url(lambda url: "/edit/" in url)
    context.close()

    article = ArticlePage.objects.get()
    assert article.slug == "genk-klopt-anderlecht-na-rust" and not article.live
