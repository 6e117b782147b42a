"""Tag suggestions in the article editor: one click ticks the club, adds the person."""

import pytest

from kopbal.news.models import ArticlePage
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create
from kopbal.tagging import gold
from kopbal.tagging.matcher import cache_clear

from .conftest import PHONE, SCREENSHOTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "redactie-wachtwoord-2026"


def test_editor_accepts_suggested_tags(browser, live_server, django_user_model):
    cache_clear()
    gold.names_load()
    _home, index = site_tree_ensure()
    article = article_create(
        index,
        title="Paars-Wit wint de Croky Cup",
        intro="<p>Mario Stroeykens beslist de finale tegen de Kanaries.</p>",
    )
    django_user_model.objects.create_superuser("redactie", "redactie@example.com", PASSWORD)
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="nl-BE")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "redactie")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")

    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    page.get_by_role("tab", name="Tags en bron").click()
    page.get_by_role("button", name="Tags voorstellen").click()
    suggestions = page.locator(".tag-suggestions__item")
    suggestions.first.wait_for()
    assert sorted(suggestions.all_inner_texts()) == [
        "+ Anderlecht",
        "+ Croky Cup",
        "+ Mario Stroeykens",
        "+ STVV",
    ]
    page.get_by_role("button", name="+ Anderlecht").click()
    page.get_by_role("button", name="+ Croky Cup").click()
    page.get_by_role("button", name="+ Mario Stroeykens").click()
    assert page.locator(".tag-suggestions__item", has_text="Anderlecht").is_disabled()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    panel = page.locator(".tag-suggestions")
    panel.scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "tag-suggestions-desktop.png")
    page.set_viewport_size(PHONE)
    panel.scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "tag-suggestions-phone.png")
    page.set_viewport_size({"width": 1366, "height": 900})

    with page.expect_navigation():
        page.get_by_role("button", name="Bewaar concept").click()
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert [c.short_name for c in draft.clubs.all()] == ["Anderlecht"]
    assert [c.name for c in draft.competitions.all()] == ["Croky Cup"]
    assert [link.person.name for link in draft.article_persons.all()] == ["Mario Stroeykens"]
    context.close()
