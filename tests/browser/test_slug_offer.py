"""A live article's headline changes in the editor (issue 12): Wagtail no longer syncs the
slug then, so a Dutch prompt offers to update the address; once published, the old address
redirects to the new one."""

import pytest
from playwright.sync_api import expect

from kopbal.news.models import ArticlePage
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "redactie-wachtwoord-2026"
OFFER = "Adres aanpassen aan de nieuwe kop?"


def test_live_article_offers_the_new_address_and_the_old_one_redirects(
    browser, live_server, django_user_model, screenshot
):
    _home, index = site_tree_ensure()
    django_user_model.objects.create_superuser("redactie", "r@example.com", PASSWORD)
    article = article_create(index, title="Genk wint van Gent", slug="genk-wint-van-gent")
    old_url = article.url
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-BE")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "redactie")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")

    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    offer = page.get_by_role("button", name=OFFER)
    expect(offer).to_be_hidden()  # an unchanged headline asks nothing
    page.locator("#id_title").fill("Genk klopt Gent in slotfase")
    expect(offer).to_be_visible()
    # Wagtail itself leaves a live article's address alone.
    assert page.locator("#id_slug").input_value() == "genk-wint-van-gent"
    page.screenshot(path=screenshot.directory / "admin-slug-offer-desktop.png")
    offer.click()
    expect(page.locator("#id_slug")).to_have_value("genk-klopt-gent-in-slotfase")
    expect(page.get_by_text("Nieuw adres: genk-klopt-gent-in-slotfase.")).to_be_visible()
    expect(offer).to_be_hidden()

    page.locator(".w-dropdown-button").get_by_role("button", name="Meer acties").click()
    page.locator('button[name="action-publish"]').click()
    page.wait_for_url(lambda url: "/edit/" not in url)
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.slug == "genk-klopt-gent-in-slotfase"

    reader = browser.new_context(locale="nl-BE")
    visit = reader.new_page()
    visit.goto(live_server.url + old_url)
    assert visit.url == f"{live_server.url}/nieuws/{article.pk}/genk-klopt-gent-in-slotfase/"
    reader.close()
    context.close()
