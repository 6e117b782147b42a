"""Every absolute URL the site prints is on the one configured address (KOPBAL_SITE_URL)."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from kopbal.core.address import check_site_url
from kopbal.news.services import site_address_ensure

from .factories import article_create

pytestmark = pytest.mark.django_db


def test_default_address_is_the_demo_server_not_localhost(news_index):
    article = article_create(news_index, title="Kemphanen pakken punt")
    assert article.full_url == f"http://127.0.0.1:8000{article.url}"


def test_canonical_link_and_rss_links_use_configured_address(client, news_index, settings):
    settings.KOPBAL_SITE_URL = "https://kopbal.example"
    site_address_ensure()
    article = article_create(news_index, title="Zebra's winnen")
    page = client.get(article.url).content.decode()
    assert f'<link rel="canonical" href="https://kopbal.example{article.url}">' in page
    rss = client.get("/rss/").content.decode()
    assert f"<link>https://kopbal.example{article.url}</link>" in rss
    assert "<link>https://kopbal.example/</link>" in rss
    assert "localhost" not in rss and "testserver" not in rss


def test_migrate_puts_an_edited_site_back_on_the_configured_address(site_tree, settings):
    from kopbal.core import generations

    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    settings.KOPBAL_SITE_URL = "http://kopbal.test:8080"
    (before,) = generations.read(generations.SITE)
    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("kopbal.test", 8080)
    assert site.root_url == "http://kopbal.test:8080"
    # Cached pages and the workers' memory of the sites hold the old address: renewed.
    assert generations.read(generations.SITE) == (before + 1,)


@pytest.mark.parametrize(
    "url",
    [
        "kopbal.example",
        "ftp://kopbal.example",
        "https://kopbal.example/nieuws",
        "https://:80",
        "https://kopbal.example:8443",
        "http://kopbal.example:port",
    ],
)
def test_system_check_rejects_an_address_links_cannot_use(settings, url):
    settings.KOPBAL_SITE_URL = url
    assert check_site_url(None)


@pytest.mark.parametrize("url", ["https://kopbal.example", "http://127.0.0.1:8000"])
def test_system_check_accepts_a_site_address(settings, url):
    settings.KOPBAL_SITE_URL = url
    assert check_site_url(None) == []
