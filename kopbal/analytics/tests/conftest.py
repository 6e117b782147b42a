import pytest

from kopbal.analytics import articles, buffer, readers, viewlog

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(autouse=True)
def _fresh_analytics_state():
    """Each process keeps the live article ids, the day's salt and (without Redis) a few
    waiting views in memory: one test's must not show in the next."""
    articles.forget()
    readers.forget_salts()
    buffer._local.clear()
    buffer._local_ids.clear()
    viewlog._seen.ids.clear()
    yield
    buffer._local.clear()
    buffer._local_ids.clear()


@pytest.fixture
def article(news_index):
    from kopbal.news.tests.factories import article_create

    return article_create(news_index, title="Derby eindigt op een gelijkspel")


def send(client, page_id, view="view-0000000000000001", *, ua=FIREFOX, site="same-origin", **extra):
    """A beacon as kopbal.js sends it (sendBeacon: a POST with the data in the query string
    and no body). body= sends the JSON body of pages cached before that; query= a raw query."""
    from urllib.parse import urlencode

    headers = {"HTTP_USER_AGENT": ua, **extra}
    if site is not None:
        headers["HTTP_SEC_FETCH_SITE"] = site
    body = headers.pop("body", None)
    query = headers.pop("query", None)
    if body is not None:
        return client.post("/api/view/", body, content_type="text/plain;charset=UTF-8", **headers)
    if query is None:
        query = urlencode({"page": page_id, "view": view})
    # sendBeacon(url) with no data: an empty POST, as the browser sends it.
    return client.post(f"/api/view/?{query}", b"", content_type="text/plain", **headers)
