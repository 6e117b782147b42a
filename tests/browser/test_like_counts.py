"""A like renews no cached page: the page script fills the current counts from the API."""

import pytest

from kopbal.comments.services import comment_like, comment_post
from kopbal.comments.tests.conftest import reader_create
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_cached_page_shows_a_like_given_after_it_was_cached(browser, page, live_server, settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0
    _home, index = site_tree_ensure()
    article = article_create(index, title="Doelpuntenfestijn in Deurne")
    comment = comment_post(article=article, user=reader_create("Schrijver"), body="Wat een goal!")
    url = live_server.url + article.url

    page.goto(url)  # renders and caches the page with 0 likes
    comment_like(comment_id=comment.pk, user=reader_create("Fan"))
    # Another reader (a browser without the page in its own cache) gets the cached copy.
    other = browser.new_context(locale="nl-BE").new_page()
    response = other.goto(url)
    assert response.headers["x-page-cache"] == "hit"
    number = other.locator(f'[data-likes="{comment.pk}"] [data-like-number]')
    other.wait_for_function(
        "el => el.textContent.trim() === '1'", arg=number.element_handle(), timeout=5000
    )
    other.context.close()
