import pytest

from kopbal.analytics import articles, buffer, readers

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(autouse=True)
def _fresh_analytics_state():
    """Each process keeps the live article ids, the day's salt and (without Redis) a few
    waiting views in memory: one test's must not show in the next."""
    articles.forget()
    readers.forget_salts()
    buffer._local.clear()
    buffer._local_ids.clear()
    yield
    buffer._local.clear()
    buffer._local_ids.clear()


@pytest.fixture
def article(news_index):
    from kopbal.news.tests.factories import article_create

    return article_create(news_index, title="Derby eindigt op een gelijkspel")


def send(client, page_id, view="view-0000000000000001", *, ua=FIREFOX, site="same-origin", **extra):
    """A beacon as kopbal.js sends it (sendBeacon: a text/plain POST)."""
    import json

    headers = {"HTTP_USER_AGENT": ua, **extra}
    if site is not None:
        headers["HTTP_SEC_FETCH_SITE"] = site
    body = extra.pop("body", None)
    if body is None:
        body = json.dumps({"page": page_id, "view": view})
    return client.post("/api/view/", body, content_type="text/plain;charset=UTF-8", **headers)
