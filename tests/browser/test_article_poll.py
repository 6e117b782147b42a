"""An article's reader poll made from the article editor in a real browser (issue 12): the
poll chooser's "Nieuwe poll" tab creates it, the modal under the chooser edits it, and once
the article is published a reader votes in it."""

import re

import pytest
from playwright.sync_api import expect

from kopbal.news.models import ArticlePage
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import AuthorFactory
from kopbal.polls.models import Vote

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "redactie-wachtwoord-2026"


def log_in(browser, live_server, viewport):
    context = browser.new_context(viewport=viewport, locale="nl-BE")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "redactie")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")
    return context, page


def test_editor_creates_an_inline_poll_publishes_and_a_reader_votes(
    browser, live_server, django_user_model, screenshot
):
    _home, index = site_tree_ensure()
    user = django_user_model.objects.create_superuser("redactie", "r@example.com", PASSWORD)
    AuthorFactory(name="Lotte Proef", user=user)
    context, page = log_in(browser, live_server, {"width": 1366, "height": 900})

    page.goto(f"{live_server.url}/admin/pages/add/news/articlepage/{index.pk}/")
    page.locator("#id_title").fill("Wie wint de Beker van België?")
    page.locator("#id_title").blur()
    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type("De finale komt eraan: wie haalt de beker binnen?")

    chooser = page.locator("#id_poll-chooser")
    chooser.locator("button.chooser__choose-button").click()
    modal = page.locator(".modal-content")
    modal.get_by_role("tab", name="Nieuwe poll").click()
    # A poll with one answer is refused with a Dutch message, and nothing is stored.
    modal.locator("#id_question").fill("Wie wint de beker?")
    modal.locator("#id_choices-0-label").fill("Club Brugge")
    modal.get_by_role("button", name="Nieuwe poll").click()
    expect(modal.get_by_text("Een poll heeft minstens 2 antwoorden nodig.")).to_be_visible()
    modal.locator("#id_choices-1-label").fill("Union")
    page.screenshot(path=screenshot.directory / "admin-poll-create-desktop.png")
    modal.get_by_role("button", name="Nieuwe poll").click()
    expect(chooser.locator("[data-chooser-title]")).to_have_text("Wie wint de beker?")

    # The chosen poll's question and answers are edited in place.
    page.get_by_role("button", name="Vraag en antwoorden bewerken").click()
    modal = page.locator(".modal-content")
    modal.locator("#id_question").fill("Wie wint de Beker van België?")
    modal.locator("#id_choices-2-label").fill("Anderlecht")
    page.screenshot(path=screenshot.directory / "admin-poll-edit-desktop.png")
    modal.get_by_role("button", name="Poll bewaren").click()
    expect(chooser.locator("[data-chooser-title]")).to_have_text("Wie wint de Beker van België?")

    # Wagtail 7.4 autosaves a draft half a second after a change; on a new page a manual save
    # racing that autosave would create the page twice. Let the autosave finish first.
    page.wait_for_timeout(1500)
    expect(page.locator(".w-autosave-indicator__state--saving")).to_be_hidden()
    page.locator("button.action-save").first.click()
    try:
        page.wait_for_url(lambda url: "/edit/" in url)
    except Exception:
        page.screenshot(path=screenshot.directory / "admin-poll-save-failed.png", full_page=True)
        errors = page.locator(".error-message, .help-critical, .messages").all_inner_texts()
        raise AssertionError(f"The draft was not saved: {errors}") from None
    expect(page.locator("#id_poll-chooser [data-chooser-title]")).to_have_text(
        "Wie wint de Beker van België?"
    )
    page.locator(".w-dropdown-button").get_by_role("button", name="Meer acties").click()
    page.locator('button[name="action-publish"]').click()
    page.wait_for_url(lambda url: "/edit/" not in url)
    context.close()

    article = ArticlePage.objects.get()
    assert article.live and article.poll.question == "Wie wint de Beker van België?"
    assert [c.label for c in article.poll.choices.all()] == ["Club Brugge", "Union", "Anderlecht"]

    reader = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-BE")
    page = reader.new_page()
    page.goto(live_server.url + article.url)
    poll = page.locator("#poll")
    poll.get_by_label("Union").check()
    poll.get_by_role("button", name="Stem").click()
    expect(poll.locator(".poll-results")).to_contain_text(re.compile("100"))
    reader.close()
    assert Vote.objects.get().choice.label == "Union"


def test_editor_adds_a_person_new_to_the_newsroom_from_the_persons_panel(
    browser, live_server, django_user_model, screenshot
):
    from kopbal.football.models import Person

    _home, index = site_tree_ensure()
    django_user_model.objects.create_superuser("redactie", "r@example.com", PASSWORD)
    context, page = log_in(browser, live_server, {"width": 1366, "height": 768})
    page.goto(f"{live_server.url}/admin/pages/add/news/articlepage/{index.pk}/")
    page.get_by_role("tab", name="Tags en bron").click()
    page.locator("#id_article_persons-OPEN_MODAL").click()
    modal = page.locator(".modal-content")
    modal.get_by_role("tab", name="Nieuwe persoon").click()
    modal.locator("#id_name").fill("Mika Godts")
    page.screenshot(path=screenshot.directory / "admin-person-create-desktop.png")
    modal.get_by_role("button", name="Nieuwe persoon").click()
    expect(modal).to_be_hidden()
    person = Person.objects.get(name="Mika Godts")
    assert person.slug == "mika-godts"
    chosen = page.locator('input[name^="article_persons-"][name$="-person"]')
    expect(chosen.first).to_have_value(str(person.pk))
    context.close()
