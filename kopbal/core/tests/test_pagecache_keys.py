"""Nobody fills or flushes the page cache from outside: one entry per page, one spelling."""

import uuid

import pytest
from django.core.cache import cache

from kopbal.news.tests.factories import article_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def own_key_prefix(settings):
    """On Redis (the PostgreSQL + Redis run) parallel test processes share one database:
    a key prefix of this test's own keeps their pages out of its count."""
    default = settings.CACHES["default"]
    if "redis" in default["BACKEND"].lower():
        settings.CACHES = {"default": {**default, "KEY_PREFIX": f"keys-{uuid.uuid4().hex}"}}


def entries() -> int:
    """How many pages the cache holds (LocMemCache in the SQLite run, Redis otherwise)."""
    if hasattr(cache, "_cache") and isinstance(cache._cache, dict):
        return sum(":pagecache:entry:" in key for key in cache._cache)
    client = cache._cache.get_client(write=True)
    return sum(1 for _ in client.scan_iter(match=f"{cache.key_prefix}:*pagecache:entry:*"))


@pytest.fixture
def archive(news_index, settings):
    settings.KOPBAL_PAGE_SIZE = 2
    for n in range(5):  # three pages
        article_create(news_index, title=f"Artikel {n}")
    return "/nieuws/"


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/nieuws/?pagina=1", "/nieuws/"),
        ("/nieuws/?pagina=01", "/nieuws/"),
        ("/nieuws/?pagina=002", "/nieuws/?pagina=2"),
        ("/nieuws/?pagina=2&pagina=3", "/nieuws/?pagina=2"),
        ("/nieuws/?pagina=2&utm_source=x&pagina=2", "/nieuws/?pagina=2"),
    ],
)
def test_other_spellings_of_a_page_redirect_to_its_one_url(client, archive, url, canonical):
    response = client.get(url)
    assert response.status_code == 301
    assert response["Location"] == canonical
    assert client.get(canonical).status_code == 200


def test_parameter_order_is_redirected_to_one_order(client, news_index):
    article = article_create(news_index, title="Discussie")
    response = client.get(f"{article.url}?rpagina=1&reacties=oudste")
    assert response["Location"] == f"{article.url}?reacties=oudste"
    response = client.get(f"{article.url}?rpagina=2&reacties=populairste")
    assert response["Location"] == f"{article.url}?reacties=populairste&rpagina=2"
    assert client.get(f"{article.url}?reacties=oudste").status_code == 200


def test_an_unknown_sort_redirects_to_the_default_and_stores_nothing(client, news_index):
    article = article_create(news_index, title="Discussie")
    client.get(article.url)
    before = entries()
    for junk in ("x1", "x2", "nieuwste"):
        response = client.get(f"{article.url}?reacties={junk}")
        assert response.status_code == 301
        assert response["Location"] == article.url
    assert entries() == before == 1


def test_unknown_parameters_share_the_entry_of_the_page_without_them(client, archive):
    assert client.get("/nieuws/?pagina=2")["X-Page-Cache"] == "miss"
    for n in range(5):
        response = client.get(f"/nieuws/?pagina=2&r={n}&utm_campaign=spam")
        assert response["X-Page-Cache"] == "hit"
    assert entries() == 1


def test_shared_caches_keep_only_the_canonical_url(client, archive):
    # nginx and a CDN key on the URL as sent: only the canonical one may be kept there.
    assert "s-maxage" in client.get("/nieuws/?pagina=2")["Cache-Control"]
    for url in ("/nieuws/?pagina=2&utm_source=x", "/nieuws/?pagina=02"):
        assert client.get(url)["Cache-Control"] == "max-age=0", url


def test_the_view_never_sees_a_parameter_that_is_not_in_the_key(client, news_index):
    article = article_create(news_index, title="Discussie")
    # rpagina would choose the discussion's page; as an unknown name it must change nothing.
    first = client.get(f"{article.url}?RPAGINA=5")
    assert first.status_code == 200
    assert first.content == client.get(article.url).content


def test_a_parameter_the_page_does_not_read_is_answered_but_not_stored(client, news_index):
    article_create(news_index, title="Thuis")
    client.get("/")
    for n in range(2, 6):  # the home page has no pages: ?pagina= makes no difference
        response = client.get(f"/?pagina={n}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert entries() == 1


def test_missing_pages_and_bad_numbers_are_answered_but_never_stored(client, archive):
    for url in ("/nieuws/?pagina=9", "/nieuws/?pagina=0", "/nieuws/?pagina=abc", "/niets/"):
        assert client.get(url).status_code == 404
        assert client.get(url).status_code == 404
    assert entries() == 0


def test_a_host_not_named_in_allowed_hosts_gets_no_entry(client, archive, settings):
    settings.ALLOWED_HOSTS = ["kopbal.test", ".kopbal.test"]
    assert client.get("/", HTTP_HOST="kopbal.test")["X-Page-Cache"] == "miss"
    # A wildcard lets anyone choose a new host, and so does a port: answered, not stored.
    for host in ("a.kopbal.test", "b.kopbal.test", "kopbal.test:1", "kopbal.test:2"):
        response = client.get("/", HTTP_HOST=host)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert client.get("/", HTTP_HOST="KOPBAL.test")["X-Page-Cache"] == "hit"
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400
    assert entries() == 1


def test_the_canonical_redirect_never_leaves_the_site(client, archive):
    # The test client would read //evil.example as a host: the path is set as a server would.
    response = client.get("/", {"pagina": "01"}, PATH_INFO="//evil.example/")
    assert response.status_code == 301
    assert response["Location"] == "/%2Fevil.example/"


def test_a_deploy_with_other_static_files_does_not_serve_the_old_pages(client, archive):
    """A stored page names the hashed CSS and JS of its release: after a deploy that
    changed them it is rendered again, and the old release's entry is not reused."""
    from django.contrib.staticfiles.storage import staticfiles_storage

    staticfiles_storage._setup()  # a LazyObject: set the release on the storage itself
    storage = staticfiles_storage._wrapped
    storage.manifest_hash = "release-one"
    try:
        assert client.get(archive)["X-Page-Cache"] == "miss"
        assert client.get(archive)["X-Page-Cache"] == "hit"
        storage.manifest_hash = "release-two"
        assert client.get(archive)["X-Page-Cache"] == "miss"
        assert client.get(archive)["X-Page-Cache"] == "hit"
    finally:
        del storage.manifest_hash
