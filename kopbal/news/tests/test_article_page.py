from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText

from kopbal.football.tests.factories import ClubFactory, PersonFactory

from .factories import AuthorFactory, article_create

pytestmark = pytest.mark.django_db


def body(*blocks):
    return list(blocks)


def test_article_shows_headline_byline_intro_and_body(client, news_index):
    sofie = AuthorFactory(name="Sofie Testers", slug="sofie-testers")
    article = article_create(
        news_index,
        title="Kanaries winnen derby",
        authors=[sofie, AuthorFactory(name="Bram Proef")],
        intro="<p>Een heerlijke avond op Stayen.</p>",
        body=body(
            ("subheading", "Doelpunt in de slotminuut"),
            ("paragraph", RichText("<p>De winnaar viel pas in de 94ste minuut.</p>")),
            (
                "quote",
                {"text": "We bleven geloven.", "speaker": "Jan Proef", "source": "Sporza"},
            ),
        ),
    )
    html = client.get(article.url).content.decode()
    assert '<h1 id="article-title" class="article__title">Kanaries winnen derby</h1>' in html
    assert "door" in html
    assert 'href="/auteur/sofie-testers/">Sofie Testers</a> en ' in html
    assert "Een heerlijke avond op Stayen." in html
    assert '<h2 class="subheading">Doelpunt in de slotminuut</h2>' in html
    assert "De winnaar viel pas in de 94ste minuut." in html
    assert "We bleven geloven." in html
    assert "Jan Proef in <cite>Sporza</cite>" in html
    assert "Meest recent" in html


def test_rumour_headline_is_in_single_quotes_with_its_source(client, news_index):
    article = article_create(
        news_index,
        title="Genk haalt spits",
        is_rumour=True,
        source_medium="Het Laatste Nieuws",
    )
    html = client.get(article.url).content.decode()
    assert "&#x27;Genk haalt spits&#x27;" in html
    assert "Op basis van een bericht in Het Laatste Nieuws." in html


def test_editors_read_also_pick_is_shown_in_the_body(client, news_index):
    other = article_create(news_index, title="Het andere verhaal")
    article = article_create(
        news_index,
        title="Het verhaal",
        body=body(("read_also", {"article": other})),
    )
    html = client.get(article.url).content.decode()
    assert html.count("LEES OOK") == 1
    assert f'<a href="{other.url}">Het andere verhaal</a>' in html


def test_without_pick_read_also_shows_the_most_related_recent_article(client, news_index):
    club, other_club = ClubFactory(), ClubFactory()
    person = PersonFactory()
    now = timezone.now()
    article_create(
        news_index, title="Zelfde club, ouder", clubs=[club], published_at=now - timedelta(days=2)
    )
    best = article_create(
        news_index,
        title="Zelfde club en speler",
        clubs=[club],
        persons=[person],
        published_at=now - timedelta(days=3),
    )
    article_create(news_index, title="Andere club, nieuwer", clubs=[other_club])
    article = article_create(news_index, title="Het verhaal", clubs=[club], persons=[person])
    html = client.get(article.url).content.decode()
    assert f'<a href="{best.url}">Zelfde club en speler</a>' in html
    assert html.count("LEES OOK") == 1


def test_read_also_ranks_only_the_newest_stories_so_pages_do_not_slow_down(
    client, news_index, monkeypatch
):
    monkeypatch.setattr("kopbal.news.querysets.RELATED_CANDIDATES", 2)
    club, person = ClubFactory(), PersonFactory()
    now = timezone.now()
    article_create(
        news_index,
        title="Meest verwant, maar ouder dan de twee nieuwste",
        clubs=[club],
        persons=[person],
        published_at=now - timedelta(days=3),
    )
    nearest = article_create(
        news_index, title="Zelfde club", clubs=[club], published_at=now - timedelta(days=2)
    )
    article_create(news_index, title="Ander nieuws", published_at=now - timedelta(days=1))
    article = article_create(news_index, title="Het verhaal", clubs=[club], persons=[person])
    html = client.get(article.url).content.decode()
    assert f'<a href="{nearest.url}">Zelfde club</a>' in html


def test_read_also_never_points_at_the_article_itself(client, news_index):
    club = ClubFactory()
    article = article_create(news_index, title="Alleen op de wereld", clubs=[club])
    html = client.get(article.url).content.decode()
    assert "LEES OOK" not in html


def test_unpublished_pick_falls_back_to_a_related_article(client, news_index):
    club = ClubFactory()
    gone = article_create(news_index, title="Teruggetrokken", clubs=[club])
    related = article_create(news_index, title="Verwant verhaal", clubs=[club])
    article = article_create(
        news_index,
        title="Het verhaal",
        clubs=[club],
        body=body(("read_also", {"article": gone})),
    )
    gone.unpublish()
    html = client.get(article.url).content.decode()
    assert "Teruggetrokken" not in html.split("most-recent")[0]
    assert f'<a href="{related.url}">Verwant verhaal</a>' in html


def test_article_tags_link_to_club_and_person_pages(client, news_index):
    club = ClubFactory(name="KVC Proefdorp", slug="proefdorp")
    person = PersonFactory(name="Kobe Proef", slug="kobe-proef")
    article = article_create(news_index, clubs=[club], persons=[person])
    html = client.get(article.url).content.decode()
    assert '<a href="/club/proefdorp/">KVC Proefdorp</a>' in html
    assert '<a href="/persoon/kobe-proef/">Kobe Proef</a>' in html


def test_article_body_text_is_escaped(client, news_index):
    article = article_create(
        news_index,
        title="<script>alert(1)</script>",
        body=body(("quote", {"text": "<img src=x onerror=alert(1)>", "speaker": "", "source": ""})),
    )
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html
