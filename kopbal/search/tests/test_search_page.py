"""Reader search at /zoeken/: what a reader types, sees and gets, on either database."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page

from kopbal.football.tests.factories import ClubFactory
from kopbal.news.tests.factories import article_create
from kopbal.search.models import ArticleDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def stvv(db):
    return ClubFactory(
        name="Sint-Truidense VV",
        short_name="STVV",
        slug="stvv",
        city="Sint-Truiden",
        nicknames="de Kanaries\nGeel-Blauw",
        adjectives="Truiense",
    )


@pytest.fixture
def anderlecht(db):
    return ClubFactory(
        name="RSC Anderlecht", short_name="Anderlecht", slug="anderlecht", nicknames="Paars-Wit"
    )


def headlines(response) -> list[str]:
    html = response.content.decode()
    titles = re.findall(r'<h3 class="teaser__title"><a href="[^"]*">(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", t) for t in titles]


def search(client, query: str = "", **params):
    response = client.get("/zoeken/", {"q": query, **params}, follow=True)
    assert response.status_code in (200, 400)
    return response


def test_every_page_has_a_search_box_in_its_header(client, news_index):
    article = article_create(news_index, title="Een artikel")
    for url in ("/", "/nieuws/", article.url, "/zoeken/"):
        html = client.get(url).content.decode()
        header = html[html.index('<header class="site-header">') : html.index("</header>")]
        assert 'action="/zoeken/"' in header and 'name="q"' in header, url
        assert '<label class="visually-hidden" for="site-search-q">' in header


def test_an_empty_search_shows_the_box_and_a_hint_and_runs_no_search(
    client, news_index, django_assert_max_num_queries
):
    article_create(news_index, title="Anderlecht wint")
    # 3, and the footer's trust pages, looked up once per site generation (kopbal.pages.links).
    with django_assert_max_num_queries(4):
        response = client.get("/zoeken/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="search-q"' in html and "search__calm" in html
    assert headlines(response) == []


def test_results_list_headline_teaser_date_and_club_tags(client, news_index, anderlecht):
    article_create(
        news_index,
        title="Anderlecht haalt nieuwe spits",
        intro="<p>De Brusselaars tekenen een aanvaller.</p>",
        clubs=[anderlecht],
    )
    html = search(client, "spits").content.decode()
    assert headlines(search(client, "spits")) == ["Anderlecht haalt nieuwe spits"]
    assert "De Brusselaars tekenen een aanvaller." in html
    assert "<time datetime=" in html
    assert f'<a class="club-tag" href="{anderlecht.get_absolute_url()}">Anderlecht</a>' in html
    assert '<meta name="robots" content="noindex, follow">' in html


def test_dutch_stems_find_other_forms_of_a_word(client, news_index):
    article_create(news_index, title="Drie transfers op de valreep")
    article_create(news_index, title="Spits heeft opnieuw gescoord")
    assert headlines(search(client, "transfer")) == ["Drie transfers op de valreep"]
    assert headlines(search(client, "scoort")) == ["Spits heeft opnieuw gescoord"]


def test_accents_do_not_matter(client, news_index):
    article_create(news_index, title="Stormloop in Liège na de zege")
    assert headlines(search(client, "liege")) == ["Stormloop in Liège na de zege"]
    article_create(news_index, title="Zege voor de Zebres")
    assert headlines(search(client, "Zèbres")) == ["Zege voor de Zebres"]


def test_a_nickname_or_adjective_finds_the_clubs_articles(client, news_index, stvv, anderlecht):
    article_create(news_index, title="STVV wint in Stayen", clubs=[stvv])
    article_create(news_index, title="Sint-Truidense VV haalt Japanner", clubs=[stvv])
    article_create(news_index, title="Anderlecht verliest", clubs=[anderlecht])
    expected = {"STVV wint in Stayen", "Sint-Truidense VV haalt Japanner"}
    assert set(headlines(search(client, "de Kanaries"))) == expected
    assert set(headlines(search(client, "Truiense"))) == expected
    assert headlines(search(client, "paars-wit")) == ["Anderlecht verliest"]
    assert headlines(search(client, "Anderlechtse")) == ["Anderlecht verliest"]


def test_a_mistyped_club_is_corrected_with_a_did_you_mean(client, news_index, anderlecht):
    article_create(news_index, title="Anderlecht verliest", clubs=[anderlecht])
    response = search(client, "Anderleht")
    assert headlines(response) == ["Anderlecht verliest"]
    assert 'Bedoelde je <a href="?q=anderlecht">anderlecht</a>?' in response.content.decode()


def test_a_mistyped_word_is_corrected_from_the_indexed_words(client, news_index):
    article_create(news_index, title="De scheidsrechter floot te vroeg af")
    assert headlines(search(client, "scheidsrechtr")) == ["De scheidsrechter floot te vroeg af"]


def test_headline_outranks_intro_and_body(client, news_index):
    now = timezone.now()
    article_create(
        news_index,
        title="Weekoverzicht",
        intro="<p>Niets bijzonders.</p>",
        body=[("paragraph", "<p>Ook de strafschop kwam ter sprake.</p>")],
        published_at=now,
    )
    article_create(
        news_index,
        title="Een wedstrijd om te vergeten",
        intro="<p>Een gemiste strafschop kostte de zege.</p>",
        published_at=now - timedelta(hours=1),
    )
    article_create(
        news_index, title="Strafschop in de slotminuut", published_at=now - timedelta(days=3)
    )
    assert headlines(search(client, "strafschop")) == [
        "Strafschop in de slotminuut",
        "Een wedstrijd om te vergeten",
        "Weekoverzicht",
    ]
    assert headlines(search(client, "strafschop", sort="nieuwste")) == [
        "Weekoverzicht",
        "Een wedstrijd om te vergeten",
        "Strafschop in de slotminuut",
    ]


def test_filters_by_club_and_period(client, news_index, stvv, anderlecht):
    now = timezone.now()
    article_create(news_index, title="Derby zonder winnaar", clubs=[stvv], published_at=now)
    article_create(
        news_index,
        title="Derby van vorig jaar",
        clubs=[anderlecht],
        published_at=now - timedelta(days=40),
    )
    assert headlines(search(client, "derby", club="stvv")) == ["Derby zonder winnaar"]
    assert headlines(search(client, "derby", periode="maand")) == ["Derby zonder winnaar"]
    assert len(headlines(search(client, "derby", periode="jaar"))) == 2


def test_an_unknown_club_filter_says_so_with_a_400(client, news_index):
    article_create(news_index, title="Derby zonder winnaar")
    response = search(client, "derby", club="bestaat-niet")
    assert response.status_code == 400
    assert "Die club kennen we niet" in response.content.decode()
    assert headlines(response) == ["Derby zonder winnaar"]


def test_matches_are_marked_and_the_text_stays_escaped(client, news_index):
    article_create(
        news_index, title="<b>Vet</b> & transfer", intro="<p>Een transfer &lt;script&gt;</p>"
    )
    html = search(client, "transfer <script>alert(1)</script>").content.decode()
    assert "<script>alert" not in html
    html = search(client, "transfer").content.decode()
    assert "&lt;b&gt;Vet&lt;/b&gt; &amp; <mark>transfer</mark>" in html
    assert "Een <mark>transfer</mark> &lt;script&gt;" in html


@pytest.mark.parametrize(
    "query",
    [
        "a OR b",
        '"Anderlecht',
        "NEAR(anderlecht genk)",
        "ander*",
        "-genk",
        "headline:genk",
        "((()))",
        "⚽🔥 anderlecht",
        "' OR 1=1 --",
        "%",
        "\\",
    ],
)
def test_operators_and_signs_never_break_a_search(client, news_index, anderlecht, query):
    article_create(news_index, title="Anderlecht wint", clubs=[anderlecht])
    response = search(client, query)
    assert response.status_code == 200


def test_a_word_that_corrects_to_a_stop_word_finds_nothing_without_an_error(client, news_index):
    """ "DIAE" is closest to the indexed word "die", which search leaves out."""
    article_create(news_index, title="Die wissel kwam te laat")
    response = search(client, "DIAE")
    assert response.status_code == 200
    assert headlines(response) == []


def test_a_null_byte_is_refused_with_a_dutch_400(client, news_index):
    response = client.get("/zoeken/?q=ander%00lecht")
    assert response.status_code == 400


def test_an_absurdly_long_query_is_cut_and_says_so(client, news_index):
    article_create(news_index, title="Anderlecht wint")
    response = client.get("/zoeken/", {"q": "anderlecht " + "x" * 300})
    assert response.status_code == 200
    html = response.content.decode()
    assert "langer dan 200 tekens" in html
    assert "X-Page-Cache" not in response  # too many variants to keep


def test_signs_only_is_no_search(client, news_index):
    html = search(client, "!!! ???").content.decode()
    assert "Zoek met woorden" in html


def test_the_query_is_canonical_and_cached_for_anonymous_readers(client, news_index):
    article_create(news_index, title="Anderlecht wint")
    response = client.get("/zoeken/?q=%20Anderlecht%20%20")
    assert response.status_code == 301
    assert response["Location"] == "/zoeken/?q=anderlecht"
    first = client.get("/zoeken/?q=anderlecht")
    second = client.get("/zoeken/?q=anderlecht")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert client.get("/zoeken/?q=anderlecht&sort=relevant").status_code == 301


def test_unpublishing_and_editing_update_the_index(client, news_index):
    article = article_create(news_index, title="Genk wint de beker")
    assert headlines(search(client, "beker")) == ["Genk wint de beker"]
    article.title = "Genk verliest de finale"
    article.save_revision().publish()
    assert headlines(search(client, "beker")) == []
    assert headlines(search(client, "finale")) == ["Genk verliest de finale"]
    article.unpublish()
    assert headlines(search(client, "finale")) == []
    assert not ArticleDocument.objects.filter(pk=article.pk).exists()


def test_drafts_and_deleted_articles_are_not_found(client, news_index):
    article_create(news_index, title="Geheime transfer", live=False)
    gone = article_create(news_index, title="Verdwenen transfer")
    Page.objects.get(pk=gone.pk).delete()
    assert headlines(search(client, "transfer")) == []


def test_search_pages_through_results_and_404s_past_the_end(client, news_index, settings):
    settings.KOPBAL_PAGE_SIZE = 2
    for n in range(3):
        article_create(news_index, title=f"Transfer nummer {n}")
    html = client.get("/zoeken/?q=transfer&sort=nieuwste").content.decode()
    assert 'href="/zoeken/?pagina=2&amp;q=transfer&amp;sort=nieuwste"' in html
    response = client.get("/zoeken/?pagina=2&q=transfer&sort=nieuwste")
    assert response.status_code == 200  # the link is canonical: no redirect
    assert len(headlines(response)) == 1
    assert client.get("/zoeken/?pagina=3&q=transfer").status_code == 404


@given(text=st.text(max_size=250))
@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_whatever_a_reader_types_the_answer_is_never_a_server_error(client, news_index, text):
    if not ArticleDocument.objects.exists():  # examples share the test's database
        article_create(news_index, title="Anderlecht wint")
    response = client.get("/zoeken/", {"q": text, "sort": text[:5], "club": text[:8]}, follow=True)
    assert response.status_code in (200, 400)


def test_past_the_result_limit_the_reader_is_asked_to_narrow_the_search(
    client, news_index, monkeypatch
):
    monkeypatch.setattr("kopbal.search.params.MAX_RESULTS", 2)
    for n in range(3):
        article_create(news_index, title=f"Transfer nummer {n}")
    html = client.get("/zoeken/?q=transfer").content.decode()
    assert "Meer dan 2 artikels: voeg een woord of een filter toe" in html
    assert len(headlines(client.get("/zoeken/?q=transfer"))) == 2
