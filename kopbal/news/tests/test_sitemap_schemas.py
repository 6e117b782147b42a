"""The sitemaps parsed against their XML schemas (sitemaps.org 0.9 with Google's image and
News extensions; the schema files and their origin are in schemas/)."""

from pathlib import Path

import pytest
from lxml import etree

from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
from kopbal.news.services import site_address_ensure
from kopbal.news.sitemaps import SECTIONS

from .factories import AuthorFactory, article_create
from .test_query_budgets import image_create

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"
SITE = "https://kopbal.example"


def schema(name: str) -> etree.XMLSchema:
    # The schemas import each other by relative path: nothing is fetched.
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


@pytest.fixture
def content(settings, news_index):
    settings.KOPBAL_SITE_URL = SITE
    site_address_ensure()
    club, person = ClubFactory(name="KV Oostende"), PersonFactory(name="Jan Kustspeler")
    article_create(
        news_index,
        title="Kustboys & co. winnen <eindelijk>",  # escaped in XML, titles included
        hero_image=image_create("Kust", "#00a0e0"),
        clubs=[club],
        persons=[person],
        competitions=[CompetitionFactory(name="Challenger Pro League")],
        authors=[AuthorFactory(name="Piet Zeewind")],
    )
    article_create(news_index, title="Zonder beeld", clubs=[club])


def document(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, url
    return etree.fromstring(response.content)


def assert_valid(xsd: etree.XMLSchema, root, url: str) -> None:
    if not xsd.validate(root):
        errors = [f"line {e.line}: {e.message}" for e in xsd.error_log]
        pytest.fail(f"{url} does not match its schema: {errors}")


def test_sitemap_index_matches_the_sitemap_index_schema(client, content):
    assert_valid(schema("siteindex.xsd"), document(client, "/sitemap.xml"), "/sitemap.xml")


@pytest.mark.parametrize("section", list(SECTIONS))
def test_each_section_matches_the_sitemap_schema_with_its_image_entries(client, content, section):
    url = f"/sitemap-{section}.xml"
    root = document(client, url)
    assert_valid(schema("urlset.xsd"), root, url)
    if section == "articles":
        images = root.findall(".//{http://www.google.com/schemas/sitemap-image/1.1}image")
        assert len(images) == 1  # checked by the image schema too, not skipped


def test_news_sitemap_matches_the_sitemap_and_google_news_schemas(client, content):
    root = document(client, "/sitemap-news.xml")
    assert_valid(schema("urlset.xsd"), root, "/sitemap-news.xml")
    news = root.findall(".//{http://www.google.com/schemas/sitemap-news/0.9}news")
    assert len(news) == 2


def test_the_schemas_catch_a_misplaced_news_element():
    """The validation is strict: extension elements are checked, not let through."""
    broken = etree.fromstring(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
        b"<loc>https://kopbal.example/nieuws/1/a/</loc><news:news><news:title>T</news:title>"
        b"</news:news></url></urlset>"
    )
    assert not schema("urlset.xsd").validate(broken)


def test_index_lists_no_empty_section_and_stays_valid(client, settings, news_index):
    settings.KOPBAL_SITE_URL = SITE
    site_address_ensure()
    article_create(news_index, title="Enkel een artikel", authors=[AuthorFactory()])
    root = document(client, "/sitemap.xml")
    assert_valid(schema("siteindex.xsd"), root, "/sitemap.xml")
    listed = [e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert listed == [f"{SITE}/sitemap-articles.xml", f"{SITE}/sitemap-authors.xml"]
    for url in listed:
        assert_valid(schema("urlset.xsd"), document(client, url.removeprefix(SITE)), url)
