"""Voting in a real browser: in place with JavaScript, through the plain form without."""

import re

import pytest

from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Vote
from kopbal.polls.tests.factories import poll_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def article(live_server):
    _home, index = site_tree_ensure()
    poll = poll_create(question="Wint Genk de beker?", labels=("Ja", "Nee"))
    return article_create(index, title="Bekerfinale in zicht", poll=poll)


def test_reader_votes_in_place_with_javascript(browser, live_server, article, screenshot):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + article.url)
    poll = page.locator("#poll")
    poll.get_by_label("Nee").check()
    poll.get_by_role("button", name="Stem").click()
    results = poll.locator(".poll-results")
    results.wait_for()
    assert page.url == live_server.url + article.url  # no reload, no navigation
    assert "100%" in results.inner_text()
    assert "jouw stem" in results.inner_text()
    assert poll.locator(".poll__status").inner_text() == "Bedankt, je stem is geteld."
    assert not poll.locator(".poll__form").is_visible()
    page.screenshot(path=str(screenshot.directory / "poll-voted-phone.png"), full_page=False)

    # Coming back later, the page (cached for everyone) shows this reader's vote again.
    page.reload()
    poll.locator(".poll-results").wait_for()
    assert "jouw stem" in poll.locator(".poll-results").inner_text()
    assert Vote.objects.count() == 1
    context.close()


def test_reader_votes_without_javascript(browser, live_server, article):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + article.url)
    page.locator("#poll").get_by_label("Ja").check()
    page.locator("#poll").get_by_role("button", name="Stem").click()
    page.wait_for_url(re.compile(r"/poll/\d+/"))
    page.get_by_role("button", name="Bevestig mijn stem").click()
    page.wait_for_url(re.compile(re.escape(article.url) + "#poll$"))
    assert Vote.objects.get().choice.label == "Ja"
    context.close()
