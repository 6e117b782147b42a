"""An article view in a real browser is counted, also when the page comes from the cache,
and the reader gets no cookie for it.

The browser says it is an ordinary Chrome: headless chromium's own user agent
("HeadlessChrome") is one the counting path treats as a bot (kopbal/analytics/readers.py).
"""

import pytest

from kopbal.analytics.models import ArticleHour
from kopbal.analytics.services import views_flush
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create
from tests.support import wait_for

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CHROME = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)


def is_beacon(request_or_response) -> bool:
    """The page-view beacon, whatever its query string."""
    return "/api/view/?" in request_or_response.url


def counted(article) -> int:
    views_flush()
    row = ArticleHour.objects.filter(article=article).first()
    return row.views if row else 0


def test_article_views_counted_from_cached_pages_without_cookies(browser, live_server):
    _home, index = site_tree_ensure()
    article = article_create(index, title="Spits tekent contract tot 2029")
    context = browser.new_context(locale="nl-BE", user_agent=CHROME)
    page = context.new_page()
    url = live_server.url + article.url

    with page.expect_request(is_beacon) as sent:
        page.goto(url)
    assert sent.value.method == "POST"
    assert sent.value.post_data in (None, "")  # the data travels in the query string
    assert wait_for(lambda: counted(article) == 1)

    # A second reader gets the page from the cache: the beacon counts all the same.
    other = browser.new_context(locale="nl-BE", user_agent=CHROME)
    reader = other.new_page()
    with reader.expect_request(is_beacon):
        response = reader.goto(url)
    assert response.headers["x-page-cache"] == "hit"
    assert wait_for(lambda: counted(article) == 2)
    assert context.cookies() == [] and other.cookies() == []
    context.close()
    other.close()


def test_headless_chrome_as_it_comes_is_not_counted(page, live_server):
    _home, index = site_tree_ensure()
    article = article_create(index, title="Trainer blijft ondanks nederlaag")
    with page.expect_response(is_beacon) as answered:
        page.goto(live_server.url + article.url)
    assert answered.value.status == 204
    assert counted(article) == 0
