"""Replies that find you, ignoring a reader, and a held comment that survives a reload,
at phone and desktop size."""

import pytest
from django.test import Client

from kopbal.comments.models import Comment
from kopbal.comments.services import comment_post
from kopbal.comments.tests.conftest import reader_create
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create
from kopbal.notices.models import IgnoredReader, Notice

from .conftest import DESKTOP, PHONE, SCREENSHOTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
SIZES = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])


@pytest.fixture(autouse=True)
def trusted_readers(settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0


def _logged_in(browser, live_server, user, viewport):
    login = Client()
    login.force_login(user)
    context = browser.new_context(viewport=viewport, locale="nl-BE")
    context.add_cookies(
        [{"name": "sessionid", "value": login.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context.new_page()


def _article():
    _home, index = site_tree_ensure()
    return article_create(index, title="Derby in de regen")


@SIZES
def test_a_reply_notice_arrives_in_the_header(browser, live_server, viewport):
    article = _article()
    anna = reader_create("Anna", display_name="Anna")
    bert = reader_create("Bert", display_name="Bert")
    comment = comment_post(article=article, user=anna, body="Wat een sfeer vandaag!")
    page = _logged_in(browser, live_server, anna, viewport)
    page.goto(live_server.url + "/")
    bell = page.locator(".site-notices__button")
    bell.wait_for()
    assert not page.locator(".site-notices__badge").is_visible()

    comment_post(article=article, user=bert, body="Klopt, kippenvel!", parent_id=comment.pk)
    page.reload()
    badge = page.locator(".site-notices__badge")
    badge.wait_for(state="visible")
    assert badge.inner_text() == "1"
    bell.click()
    item = page.locator(".site-notices__item").first
    assert item.inner_text() == "Bert reageerde op je reactie onder “Derby in de regen”"
    badge.wait_for(state="hidden")
    assert Notice.objects.get().read_at is not None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"replies-notice-{_label(viewport)}.png")
    item.locator("a").click()
    page.wait_for_url(f"**{article.url}#reactie-*")
    assert page.locator(".comment", has_text="Klopt, kippenvel!").is_visible()
    page.context.close()


@SIZES
def test_ignoring_a_reader_folds_their_comments_away(browser, live_server, viewport):
    article = _article()
    anna = reader_create("Anna", display_name="Anna")
    bert = reader_create("Bert", display_name="Bert")
    comment_post(article=article, user=anna, body="Mooie overwinning.")
    comment_post(article=article, user=bert, body="Scheidsrechter was omgekocht!!")
    page = _logged_in(browser, live_server, anna, viewport)
    page.goto(live_server.url + article.url)
    berts = page.locator(f'.comment[data-author="{bert.pk}"]')
    berts.get_by_role("button", name="Negeer deze lezer").click()
    toggle = berts.locator(".comment__ignored")
    toggle.wait_for()
    assert toggle.inner_text() == "Reactie van een genegeerde lezer — toon"
    assert not berts.get_by_text("Scheidsrechter was omgekocht").is_visible()
    assert page.locator(".comment__body", has_text="Mooie overwinning.").is_visible()

    page.reload()  # the ids come from /api/me/: still folded after a reload
    toggle.wait_for()
    toggle.click()
    assert berts.get_by_text("Scheidsrechter was omgekocht").is_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"replies-ignored-{_label(viewport)}.png", full_page=True)

    page.goto(live_server.url + "/account/")
    page.get_by_role("button", name="Niet meer negeren").click()
    page.get_by_text("Je ziet de reacties van deze lezer weer.").wait_for()
    page.goto(live_server.url + article.url)
    page.locator(".site-notices__button").wait_for()
    assert berts.get_by_text("Scheidsrechter was omgekocht").is_visible()
    assert berts.locator(".comment__ignored").count() == 0

    # The same from Bert's profile (a page cached for everyone: the script shows the form).
    page.goto(live_server.url + "/lezer/Bert/")
    page.locator("[data-profile-ignore]").get_by_role("button", name="Negeer deze lezer").click()
    page.get_by_role("button", name="Niet meer negeren").wait_for()
    assert IgnoredReader.objects.filter(user=anna, ignored=bert).exists()
    page.context.close()


@SIZES
def test_a_held_comment_survives_a_reload(browser, live_server, settings, viewport):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 5
    article = _article()
    anna = reader_create("Anna", display_name="Anna")
    page = _logged_in(browser, live_server, anna, viewport)
    page.goto(live_server.url + article.url)
    form = page.locator("form[data-comment-form]").first
    form.locator("textarea").fill("Mijn eerste reactie hier.")
    form.locator("button[type=submit]").click()
    form.get_by_text("wacht op een moderator").wait_for()

    page.reload()
    held = page.locator(".comment--pending", has_text="Mijn eerste reactie hier.")
    held.wait_for()
    assert "alleen jij ziet deze reactie" in held.inner_text()

    # Editable while held (the plain form, back on the article after a reload).
    held.locator("summary", has_text="Bewerken").click()
    held.locator("textarea").fill("Mijn eerste reactie, verbeterd.")
    held.get_by_role("button", name="Opslaan").click()
    page.locator(".comment--pending", has_text="Mijn eerste reactie, verbeterd.").wait_for()

    # On her own profile, and nowhere for anyone else.
    page.goto(live_server.url + "/lezer/Anna/")
    page.locator("[data-pending-list] .comment--pending").wait_for()
    other = browser.new_context(viewport=viewport, locale="nl-BE").new_page()
    other.goto(live_server.url + article.url)
    other.wait_for_load_state("networkidle")
    assert other.get_by_text("Mijn eerste reactie").count() == 0
    other.context.close()

    # Deleting asks first: "no" keeps it, "yes" deletes it.
    page.goto(live_server.url + article.url)
    held = page.locator(".comment--pending").first
    held.wait_for()
    page.once("dialog", lambda dialog: dialog.dismiss())
    held.get_by_role("button", name="Verwijderen").click()
    page.wait_for_timeout(300)
    assert held.locator(".comment__body", has_text="verbeterd").is_visible()
    page.once("dialog", lambda dialog: dialog.accept())
    held.get_by_role("button", name="Verwijderen").click()
    page.get_by_text("Deze reactie werd verwijderd.").wait_for()
    assert not Comment.objects.filter(status="pending").exists()
    page.context.close()


def test_my_comments_page_screenshots(browser, live_server, settings):
    article = _article()
    anna = reader_create("Anna", display_name="Anna")
    bert = reader_create("Bert", display_name="Bert")
    first = comment_post(article=article, user=anna, body="Genk speelt vandaag heel sterk.")
    comment_post(article=article, user=bert, body="Zeker, die pressing!", parent_id=first.pk)
    comment_post(article=article, user=bert, body="En de keeper hield alles.", parent_id=first.pk)
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 50
    comment_post(article=article, user=anna, body="Deze reactie wacht nog op goedkeuring.")
    for viewport in (PHONE, DESKTOP):
        page = _logged_in(browser, live_server, anna, viewport)
        page.goto(live_server.url + "/account/reacties/")
        page.wait_for_load_state("networkidle")
        assert page.get_by_text("Wacht op goedkeuring").is_visible()
        assert page.locator(".my-reply").first.get_by_text("En de keeper hield alles.").is_visible()
        page.screenshot(path=SCREENSHOTS / f"mijn-reacties-{_label(viewport)}.png", full_page=True)
        # The owner's profile shows the held comment too; "Mijn account" has the settings.
        page.goto(live_server.url + "/lezer/Anna/")
        page.locator("[data-pending-list] .comment--pending").wait_for()
        assert page.locator("[data-profile-ignore]").is_hidden()  # nobody ignores oneself
        page.screenshot(path=SCREENSHOTS / f"profile-own-{_label(viewport)}.png", full_page=True)
        page.goto(live_server.url + "/account/")
        page.wait_for_load_state("networkidle")
        path = SCREENSHOTS / f"account-notices-{_label(viewport)}.png"
        page.screenshot(path=path, full_page=True)
        page.context.close()


def _label(viewport) -> str:
    return "phone" if viewport == PHONE else "desktop"
