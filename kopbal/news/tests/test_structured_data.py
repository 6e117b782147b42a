"""What search engines and share previews read: JSON-LD, OpenGraph, Twitter, descriptions.

Google's rich results (Top Stories, Discover) need a NewsArticle with images in three
aspect ratios at least 1,200 px wide, dates with a time zone and absolute URLs; a share
preview needs an absolute 1200x630 og:image. These tests read the page as a crawler does.
"""

import json
import re
from datetime import datetime
from html.parser import HTMLParser
from io import BytesIO
from urllib.parse import urlsplit

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
from kopbal.news.page_meta import SHARE_FILTER, STRUCTURED_FILTERS
from kopbal.polls.tests.factories import poll_create

from .factories import AuthorFactory, article_create

pytestmark = pytest.mark.django_db

SITE = "https://kopbal.example"


@pytest.fixture(autouse=True)
def site_url(settings):
    """A configured address that differs from the test client's Host (testserver)."""
    settings.KOPBAL_SITE_URL = SITE


class Head(HTMLParser):
    """The <meta>, <link> and JSON-LD blocks of a page, as a crawler reads them."""

    def __init__(self, html: str):
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.links: dict[str, list[str]] = {}
        self.json_ld: list[dict] = []
        self._in_json_ld = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, []).append(attrs.get("content", ""))
        elif tag == "link":
            self.links.setdefault(attrs.get("rel", ""), []).append(attrs.get("href", ""))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))

    def one(self, key: str) -> str:
        values = self.meta.get(key, [])
        assert len(values) == 1, f"{key}: {values}"
        return values[0]

    def of_type(self, kind: str) -> dict:
        found = [d for d in self.json_ld if d.get("@type") == kind]
        assert len(found) == 1, f"{kind} in {[d.get('@type') for d in self.json_ld]}"
        return found[0]


def head(client, url: str) -> Head:
    response = client.get(url)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def image_create(width: int, height: int, title: str = "Foto") -> Image:
    data = BytesIO()
    PILImage.new("RGB", (width, height), "#2f7a34").save(data, "JPEG")
    image = Image(title=title)
    image.file = ImageFile(data, name=f"{title.lower()}.jpg")
    image.save()
    return image


def urls_in(value) -> list[str]:
    """Every "url", "@id" and "item" value in a JSON-LD tree."""
    if isinstance(value, list):
        return [u for item in value for u in urls_in(item)]
    if not isinstance(value, dict):
        return []
    found = [v for k, v in value.items() if k in ("url", "@id", "item") and isinstance(v, str)]
    return found + [u for v in value.values() for u in urls_in(v)]


def assert_on_site(url: str) -> None:
    assert url.startswith(SITE + "/"), url


def assert_iso_with_zone(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    assert moment.tzinfo is not None, value
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", value), value
    return moment


@pytest.fixture
def article(news_index):
    club = ClubFactory(name="KRC Genk", slug="krc-genk")
    return article_create(
        news_index,
        title="Genk wint de topper tegen Club Brugge",
        intro=(
            "<p>KRC Genk heeft de topper tegen Club Brugge met 2-1 gewonnen. De Limburgers "
            "kwamen achter, maar draaiden de match na de rust om. Trainer Thorsten Fink was "
            "na afloop bijzonder tevreden over de mentaliteit van zijn ploeg.</p>"
        ),
        authors=[AuthorFactory(name="An Peeters", slug="an-peeters")],
        clubs=[club],
        persons=[PersonFactory(name="Tolu Arokodare", slug="tolu-arokodare", club=club)],
        competitions=[CompetitionFactory(name="Jupiler Pro League")],
        hero_image=image_create(2134, 1200),
        hero_caption="Vreugde bij Genk na de winning goal",
    )


def test_article_news_article_has_the_properties_google_asks_for(client, article):
    data = head(client, article.url).of_type("NewsArticle")
    assert data["@context"] == "https://schema.org"
    canonical = SITE + article.url
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": canonical}
    assert data["headline"] == "Genk wint de topper tegen Club Brugge"
    assert data["description"].startswith("KRC Genk heeft de topper")
    assert data["isAccessibleForFree"] is True
    assert data["inLanguage"] == "nl-BE"
    published = assert_iso_with_zone(data["datePublished"])
    assert assert_iso_with_zone(data["dateModified"]) >= published
    assert published == article.first_published_at.replace(microsecond=0)
    assert data["author"] == [
        {"@type": "Person", "name": "An Peeters", "url": SITE + "/auteur/an-peeters/"}
    ]
    publisher = data["publisher"]
    assert (publisher["@type"], publisher["name"]) == ("NewsMediaOrganization", "Kopbal")
    assert publisher["logo"]["url"].endswith(".png")
    assert data["articleSection"] == "KRC Genk"
    assert {"@type": "SportsTeam", "name": "KRC Genk", "url": SITE + "/club/krc-genk/"} in data[
        "about"
    ]
    for url in urls_in(data):
        assert_on_site(url)


def test_article_images_come_in_three_ratios_at_least_1200_wide(client, article):
    data = head(client, article.url).of_type("NewsArticle")
    images = data["image"]
    assert len(images) == 3
    # The renditions themselves, as Wagtail made them: the JSON-LD tells their true size.
    renditions = article.hero_image.get_renditions(*STRUCTURED_FILTERS)
    by_url = {SITE + r.url: r for r in renditions.values()}
    ratios = set()
    for image in images:
        rendition = by_url[image["url"]]
        assert rendition.width >= 1200
        assert (image["width"], image["height"]) == (rendition.width, rendition.height)
        ratios.add(round(rendition.width / rendition.height, 2))
    assert ratios == {round(16 / 9, 2), round(4 / 3, 2), 1.0}


def test_a_headline_with_a_script_tag_stays_inside_the_json_ld(client, news_index):
    title = 'Fans zingen </script><script>alert("goal")</script> & <!-- in de kop'
    article = article_create(news_index, title=title)
    html = client.get(article.url).content.decode()
    assert "<script>alert" not in html
    assert html.count("</script>") == html.count("<script")  # no block ended early
    parsed = Head(html)
    assert parsed.of_type("NewsArticle")["headline"] == title
    assert parsed.one("og:title") == title  # escaped as an attribute, read back whole


def test_a_long_headline_is_cut_to_110_characters_at_a_word(client, news_index):
    title = "Transfer " + " ".join(["zomermercato"] * 12)
    article = article_create(news_index, title=title)
    headline = head(client, article.url).of_type("NewsArticle")["headline"]
    assert len(headline) <= 110
    assert title.startswith(headline) and title[len(headline)] == " "


def test_article_breadcrumbs_run_from_home_through_the_club(client, article, news_index):
    trail = head(client, article.url).of_type("BreadcrumbList")["itemListElement"]
    assert [(i["position"], i["name"], i["item"]) for i in trail] == [
        (1, "Home", SITE + "/"),
        (2, "KRC Genk", SITE + "/club/krc-genk/"),
        (3, article.title, SITE + article.url),
    ]
    untagged = article_create(news_index, title="Algemeen nieuws")
    trail = head(client, untagged.url).of_type("BreadcrumbList")["itemListElement"]
    assert [i["name"] for i in trail] == ["Home", "Nieuws", "Algemeen nieuws"]
    assert trail[1]["item"] == SITE + "/nieuws/"


def test_home_has_the_site_with_its_search_box_and_the_publisher(client, article):
    page = head(client, "/")
    website = page.of_type("WebSite")
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == SITE + "/zoeken/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    organization = page.of_type("NewsMediaOrganization")
    assert organization["url"] == SITE + "/"
    assert_on_site(organization["logo"]["url"])
    assert organization["logo"]["width"] >= 112  # Google's minimum for a logo


def test_publisher_logo_is_a_png_of_the_size_it_claims(client, article):
    logo = head(client, "/").of_type("NewsMediaOrganization")["logo"]
    response = client.get(urlsplit(logo["url"]).path)
    assert response.status_code == 200
    image = PILImage.open(BytesIO(b"".join(response.streaming_content)))
    assert image.format == "PNG"
    assert image.size == (logo["width"], logo["height"])


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("/club/krc-genk/", "SportsTeam"),
        ("/persoon/tolu-arokodare/", "Person"),
        ("/auteur/an-peeters/", "ProfilePage"),
    ],
)
def test_tag_pages_describe_their_club_person_or_author(client, article, url, kind):
    page = head(client, url)
    data = page.of_type(kind)
    entity = data["mainEntity"] if kind == "ProfilePage" else data
    assert entity["url"] == SITE + url
    assert page.of_type("BreadcrumbList")["itemListElement"][-1]["item"] == SITE + url
    for found in urls_in(page.json_ld):
        assert_on_site(found)


def test_person_page_names_the_club_as_a_sports_team(client, article):
    person = head(client, "/persoon/tolu-arokodare/").of_type("Person")
    assert person["jobTitle"] == "Speler"
    assert person["affiliation"]["@type"] == "SportsTeam"
    assert person["affiliation"]["name"] == "KRC Genk"


def share_pages(article) -> list[str]:
    return [
        "/",
        "/nieuws/",
        article.url,
        "/club/krc-genk/",
        "/persoon/tolu-arokodare/",
        "/competitie/" + article.competitions.first().slug + "/",
        "/auteur/an-peeters/",
    ]


def test_every_public_page_has_absolute_opengraph_and_a_twitter_card(client, article):
    for url in share_pages(article):
        page = head(client, url)
        assert page.one("og:site_name") == "Kopbal", url
        assert page.one("og:locale") == "nl_BE"
        assert page.one("og:url") == SITE + url
        assert page.one("og:title")
        assert page.one("og:description") == page.one("description")
        image = page.one("og:image")
        assert_on_site(image)
        assert (page.one("og:image:width"), page.one("og:image:height")) == ("1200", "630")
        assert page.one("og:image:alt")
        assert page.one("twitter:card") == "summary_large_image"
        assert page.one("twitter:image") == image
        assert page.one("twitter:title") == page.one("og:title")
        assert page.one("twitter:image:alt") == page.one("og:image:alt")
        assert page.one("robots") == "max-image-preview:large"
        assert page.links["canonical"] == [SITE + url]


def test_og_type_says_article_profile_or_website(client, article):
    kinds = {url: head(client, url).one("og:type") for url in share_pages(article)}
    assert kinds[article.url] == "article"
    assert kinds["/persoon/tolu-arokodare/"] == kinds["/auteur/an-peeters/"] == "profile"
    assert kinds["/"] == kinds["/club/krc-genk/"] == kinds["/nieuws/"] == "website"


def test_article_shares_its_own_hero_in_1200x630_with_article_tags(client, article):
    page = head(client, article.url)
    share = article.hero_image.get_rendition(SHARE_FILTER)
    assert page.one("og:image") == SITE + share.url
    assert page.one("og:image:alt") == "Vreugde bij Genk na de winning goal"
    assert assert_iso_with_zone(page.one("article:published_time"))
    assert assert_iso_with_zone(page.one("article:modified_time"))
    assert page.one("article:section") == "KRC Genk"
    assert page.meta["article:tag"] == ["KRC Genk", "Tolu Arokodare", "Jupiler Pro League"]
    assert page.one("article:author") == SITE + "/auteur/an-peeters/"


def test_archive_pages_are_canonical_each_with_their_own_page_number(client, news_index):
    for i in range(30):
        article_create(news_index, title=f"Bericht {i}")
    first, second = head(client, "/nieuws/"), head(client, "/nieuws/?pagina=2")
    assert first.links["canonical"] == [SITE + "/nieuws/"]
    assert second.links["canonical"] == [SITE + "/nieuws/?pagina=2"]
    assert second.one("description") != first.one("description")
    assert second.one("description").endswith("Pagina 2 van 2.")


def description_pages(client, article) -> list[str]:
    poll = poll_create(question="Wordt Genk kampioen?", labels=("Ja", "Nee"))
    return [
        *share_pages(article),
        "/accounts/login/",
        "/accounts/signup/",
        f"/poll/{poll.pk}/",
        f"/reacties/{article.pk}/",
    ]


def test_every_page_has_a_written_description_never_a_cut_teaser(client, article):
    seen = set()
    for url in description_pages(client, article):
        response = client.get(url)
        assert response.status_code == 200, url
        description = Head(response.content.decode()).one("description")
        assert len(description) >= 40, (url, description)
        assert not description.endswith(("...", "\u2026")), (url, description)
        seen.add(description)
    assert len(seen) >= 8  # pages say what they are, not all the same site text


def test_error_pages_have_a_description(client, news_index):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    page = Head(response.content.decode())
    assert "bestaat niet" in page.one("description")
    assert page.one("robots") == "noindex"


def test_article_description_is_the_intro_cut_at_a_sentence(client, article):
    description = head(client, article.url).one("description")
    assert description == (
        "KRC Genk heeft de topper tegen Club Brugge met 2-1 gewonnen. De Limburgers kwamen "
        "achter, maar draaiden de match na de rust om."
    )


def test_editors_search_description_wins_over_the_intro(client, news_index):
    article = article_create(
        news_index, title="Derby", search_description="De derby in vijf momenten."
    )
    page = head(client, article.url)
    assert page.one("description") == "De derby in vijf momenten."
    assert page.of_type("NewsArticle")["description"] == "De derby in vijf momenten."


def test_tag_page_descriptions_are_dutch_sentences_about_the_tag(client, article):
    club = head(client, "/club/krc-genk/").one("description")
    assert club.startswith("Het laatste nieuws over KRC Genk:")
    person = head(client, "/persoon/tolu-arokodare/").one("description")
    assert person == "Het laatste nieuws over Tolu Arokodare, speler bij KRC Genk, op Kopbal."


def test_poll_page_is_shareable_but_not_indexed(client, news_index):
    poll = poll_create(question="Wordt Genk kampioen?", labels=("Ja", "Nee"))
    page = head(client, f"/poll/{poll.pk}/")
    assert page.one("robots") == "noindex"
    assert page.one("og:title") == "Wordt Genk kampioen?"
    assert page.one("og:url") == f"{SITE}/poll/{poll.pk}/"
