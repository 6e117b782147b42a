"""A discussion that feels alive on pages cached for everyone: new comments appear on an
open article on a tap, poll results show without voting and keep up, and the home page
offers the articles published since it was opened. None of it reloads the page."""

import pytest
from playwright.sync_api import expect

from kopbal.comments.services import comment_approve, comment_post
from kopbal.comments.tests.conftest import reader_create
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create
from kopbal.polls.tests.factories import VoteFactory, poll_create

from .conftest import DESKTOP, PHONE, SCREENSHOTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SIZES = pytest.mark.parametrize("label,viewport", [("phone", PHONE), ("desktop", DESKTOP)])


@pytest.fixture(autouse=True)
def quick_live(settings):
    # Ask every second instead of every 5-30 s: the test waits for the page, not a timer.
    settings.KOPBAL_LIVE_COMMENTS_SECONDS = 1
    settings.KOPBAL_LIVE_POLL_RESULTS_SECONDS = 1
    settings.KOPBAL_LIVE_HOME_SECONDS = 1
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0


def _open(browser, url, viewport):
    context = browser.new_context(viewport=viewport, locale="nl-BE")
    page = context.new_page()
    page.goto(url)
    # A reload would lose this: the test checks it is still there at the end.
    page.evaluate("window.kopbalNoReload = true")
    return page


def _shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png")


@SIZES
def test_new_comments_appear_on_an_open_article_without_a_reload(
    browser, live_server, label, viewport
):
    _home, index = site_tree_ensure()
    article = article_create(index, title="Derby eindigt in spektakel")
    first = comment_post(article=article, user=reader_create("Vroege"), body="Eerste reactie!")
    page = _open(browser, live_server.url + article.url + "#reacties", viewport)
    expect(page.locator(".live-banner__button")).to_be_hidden()

    newer = comment_post(article=article, user=reader_create("Late"), body="Wat een slot!")
    reply = comment_post(
        article=article, user=reader_create("Antwoord"), body="Eens!", parent_id=first.pk
    )

    banner = page.locator(".live-banner__button")
    expect(banner).to_have_text("2 nieuwe reacties", timeout=10_000)
    _shot(page, f"live-article-banner-{label}")
    banner.click()

    thread = page.locator("[data-comment-list] > li")
    # Newest first at the top; the reply under the comment it answers.
    expect(thread.first.locator(".comment__body")).to_have_text("Wat een slot!")
    replies = page.locator(f"#reactie-{first.pk} ~ .comment-list--replies [data-comment]")
    expect(replies).to_have_count(1)
    expect(replies.first).to_have_attribute("data-comment", str(reply.pk))
    expect(banner).to_be_hidden()
    assert page.locator(f'[data-comment="{newer.pk}"]').count() == 1
    assert page.evaluate("window.kopbalNoReload") is True
    _shot(page, f"live-article-shown-{label}")
    page.context.close()


def test_an_approved_held_comment_reaches_the_open_page(browser, live_server, settings):
    _home, index = site_tree_ensure()
    article = article_create(index, title="Bekerfinale in Brussel")
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 5
    held = comment_post(article=article, user=reader_create("Nieuw"), body="Mijn eerste!")
    page = _open(browser, live_server.url + article.url, DESKTOP)
    expect(page.locator(".comment__body", has_text="Mijn eerste!")).to_have_count(0)

    comment_approve(comment=held, by=reader_create("Moderator", is_staff=True))

    banner = page.locator(".live-banner__button")
    expect(banner).to_have_text("1 nieuwe reactie", timeout=10_000)
    banner.click()
    expect(page.locator(f'[data-comment-list] [data-comment="{held.pk}"]')).to_be_visible()
    expect(page.locator("[data-comments-empty]")).to_have_count(0)
    assert page.evaluate("window.kopbalNoReload") is True
    page.context.close()


@SIZES
def test_poll_results_show_without_a_vote_and_keep_up(browser, live_server, label, viewport):
    _home, index = site_tree_ensure()
    poll = poll_create(question="Wie wordt kampioen?", labels=("Club Brugge", "Union"))
    brugge, union = poll.choices.order_by("sort_order")
    VoteFactory(choice=brugge)
    article = article_create(index, title="De titelstrijd", poll=poll)
    page = _open(browser, live_server.url + article.url + "#poll", viewport)

    page.get_by_role("link", name="Bekijk de resultaten").click()

    results = page.locator(".poll__results")
    expect(results).to_be_visible()
    expect(results.locator(".poll-results__item").first).to_contain_text("100%")
    expect(results.locator(".poll-results__total")).to_have_text("1 stem")
    # Looking is not voting: the form stays.
    expect(page.locator(".poll__form")).to_be_visible()

    VoteFactory(choice=union)
    VoteFactory(choice=union)
    VoteFactory(choice=union)

    expect(results.locator(".poll-results__total")).to_have_text("4 stemmen", timeout=10_000)
    expect(results.locator(".poll-results__item").nth(1)).to_contain_text("75%")
    assert poll.votes.count() == 4
    _shot(page, f"live-poll-results-{label}")

    # After a vote the results keep up too, and still mark the reader's own answer.
    page.locator(".poll__choice", has_text="Club Brugge").click()
    page.locator("#poll").get_by_role("button", name="Stem").click()
    expect(results.locator(".poll-results__total")).to_have_text("5 stemmen")
    VoteFactory(choice=union)
    expect(results.locator(".poll-results__total")).to_have_text("6 stemmen", timeout=10_000)
    expect(results.locator(".is-mine")).to_contain_text("Club Brugge (jouw stem)")
    assert page.evaluate("window.kopbalNoReload") is True
    page.context.close()


@SIZES
def test_home_offers_new_articles_and_shows_them_at_the_top(browser, live_server, label, viewport):
    _home, index = site_tree_ensure()
    article_create(index, title="Het nieuws van vanochtend")
    page = _open(browser, live_server.url + "/", viewport)
    expect(page.locator(".live-banner__button")).to_be_hidden()

    article_create(index, title="Transfer van de zomer rond")
    article_create(index, title="Trainer blijft tot 2028")

    banner = page.locator(".live-banner__button")
    expect(banner).to_have_text("2 nieuwe artikels", timeout=10_000)
    _shot(page, f"live-home-banner-{label}")
    banner.click()

    titles = page.locator(".most-recent .teaser__title")
    expect(titles.nth(0)).to_have_text("Trainer blijft tot 2028")
    expect(titles.nth(1)).to_have_text("Transfer van de zomer rond")
    expect(titles.nth(2)).to_have_text("Het nieuws van vanochtend")
    expect(banner).to_be_hidden()
    assert page.evaluate("window.kopbalNoReload") is True
    _shot(page, f"live-home-shown-{label}")
    page.context.close()
