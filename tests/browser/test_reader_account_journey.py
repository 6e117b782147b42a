"""A new reader's whole way in: sign up, verify, comment, reply, like, report, edit."""

import re

import pytest
from django.core import mail

from kopbal.comments.counts import recount
from kopbal.comments.models import Comment, Report
from kopbal.comments.tests.xss_payloads import PAYLOADS
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def article(live_server, settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0
    _home, index = site_tree_ensure()
    return article_create(index, title="Kampioenenviering op de Grote Markt")


@pytest.fixture
def existing_comment(article):
    from kopbal.comments.services import comment_post
    from kopbal.comments.tests.conftest import reader_create

    veteran = reader_create("Veteraan")
    veteran.display_name = "Veteraan"
    veteran.save(update_fields=["display_name"])
    return comment_post(article=article, user=veteran, body="Wat een seizoen was dit!")


def test_new_reader_signs_up_verifies_and_joins_the_discussion(
    browser, live_server, article, existing_comment, screenshot
):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    page = context.new_page()
    base = live_server.url

    page.goto(base + "/")
    count = page.locator(f'[data-comment-count="{article.pk}"] .comment-count__number').first
    assert count.inner_text() == "1"

    # Sign up.
    page.goto(base + "/accounts/signup/")
    page.fill("input[name=email]", "nieuwe.lezer@example.com")
    page.fill("input[name=display_name]", "Nieuwe Lezer")
    page.fill("input[name=password1]", "Gr0te-Markt-Feest!")
    page.fill("input[name=password2]", "Gr0te-Markt-Feest!")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")

    # Verify from the e-mail (the console backend in development; collected here).
    assert mail.outbox, "no verification e-mail was sent"
    path = re.search(r"/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(base + path)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")

    # Comment in place.
    page.goto(base + article.url)
    form = page.locator("form[data-comment-form]").first
    form.locator("textarea").fill("Eindelijk nog eens een titel!")
    form.locator("button[type=submit]").click()
    page.locator(".comment", has_text="Eindelijk nog eens een titel!").wait_for()
    mine = Comment.objects.get(body="Eindelijk nog eens een titel!")

    # Reply to, like and report the veteran comment.
    theirs = page.locator(f"#reactie-{existing_comment.pk}")
    theirs.locator("summary", has_text="Antwoorden").click()
    theirs.locator("form[data-comment-form] textarea").fill("Helemaal mee eens.")
    theirs.locator("button", has_text="Antwoorden").click()
    page.locator(".comment", has_text="Helemaal mee eens.").wait_for()
    theirs.locator("form[data-like] button").click()
    theirs.locator("[data-like-count]", has_text="1").wait_for()
    theirs.locator("summary", has_text="Melden").click()
    theirs.locator("input[name=reason]").fill("Test van de meldknop")
    theirs.locator("button", has_text="Melding versturen").click()
    theirs.get_by_text("een moderator bekijkt het").wait_for()

    # Edit within five minutes: shown as edited.
    page.reload()
    own = page.locator(f"#reactie-{mine.pk}")
    own.locator("summary", has_text="Bewerken").click()
    own.locator("form[data-edit] textarea").fill("Eindelijk nog eens een titel! Proficiat.")
    own.locator("button", has_text="Opslaan").click()
    page.wait_for_url(re.compile(f"#reactie-{mine.pk}$"))
    assert "(bewerkt)" in page.locator(f"#reactie-{mine.pk}").inner_text()
    screenshot.directory.mkdir(parents=True, exist_ok=True)
    page.locator("#reacties").screenshot(path=str(screenshot.directory / "discussion-desktop.png"))

    # The home page count follows.
    page.goto(base + "/")
    assert count.inner_text() == "3"
    assert Report.objects.filter(comment=existing_comment).count() == 1
    existing_comment.refresh_from_db()
    assert existing_comment.like_count == 1
    context.close()


def test_no_injected_script_runs_in_the_reader_browser(browser, live_server, article, settings):
    settings.KOPBAL_COMMENTS_PAGE_SIZE = 100
    from kopbal.comments.tests.conftest import reader_create

    author = reader_create("Aanvaller")
    for payload in PAYLOADS:
        Comment.objects.create(article=article, author=author, body=payload)
    recount([article.pk])  # as after an import: the discussion shows what the counter counts
    context = browser.new_context()
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(live_server.url + article.url)
    page.wait_for_load_state("networkidle")
    page.locator(".comment").first.hover()
    assert page.evaluate("window.__xss") is None
    assert dialogs == []
    assert page.locator(".comment").count() >= len(PAYLOADS)
    context.close()
