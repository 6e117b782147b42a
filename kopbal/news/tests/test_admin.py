"""The newsroom writes, previews and publishes articles in the Wagtail admin."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from kopbal.football.tests.factories import ClubFactory, PersonFactory
from kopbal.news.models import ArticlePage

from .factories import AuthorFactory, article_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redacteur", "r@example.com", "pw")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def article_form(author, club, **overrides):
    data = {
        "title": "Limburgers winnen topper",
        "slug": "limburgers-winnen-topper",
        "article_authors": inline_formset([{"author": author.pk}]),
        "article_persons": inline_formset([]),
        "intro": rich_text("<p>Een intro over een wedstrijd om in te kaderen.</p>"),
        "hero_caption": "",
        "hero_credit": "",
        "body": streamfield(
            [
                ("subheading", "Slotfase"),
                ("paragraph", rich_text("<p>Een late goal besliste de partij.</p>")),
                ("quote", {"text": "Eindelijk!", "speaker": "Jan Proef", "source": "Sporza"}),
            ]
        ),
        "source_medium": "",
        "comments-TOTAL_FORMS": 0,
        "comments-INITIAL_FORMS": 0,
    }
    data.update(overrides)
    # Many-to-many values are lists of ids, which nested_form_data would flatten.
    return {**nested_form_data(data), "clubs": [club.pk]}


def test_editor_creates_and_publishes_an_article_that_appears_on_the_home_page(
    client, editor_client, news_index
):
    author, club, person = AuthorFactory(name="Lotte Proef"), ClubFactory(), PersonFactory()
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_index.pk))
    assert editor_client.get(url).status_code == 200
    form = article_form(author, club, article_persons=inline_formset([{"person": person.pk}]))
    response = editor_client.post(url, {**form, "action-publish": "1"})
    assert response.status_code == 302, response.context["form"].errors if response.context else ""

    article = ArticlePage.objects.get(slug="limburgers-winnen-topper")
    assert article.live
    assert list(article.clubs.all()) == [club]
    assert article.tagged_persons() == [person]
    assert [a.author for a in article.article_authors.all()] == [author]

    client.logout()
    home = client.get("/").content.decode()
    assert article.url in home
    page = client.get(article.url).content.decode()
    assert "Lotte Proef" in page
    assert "Een late goal besliste de partij." in page


def test_article_without_author_is_refused(editor_client, news_index):
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_index.pk))
    data = article_form(AuthorFactory(), ClubFactory(), article_authors=inline_formset([]))
    data = {k: v for k, v in data.items() if not k.startswith("article_authors-0")}
    response = editor_client.post(url, {**data, "action-publish": "1"})
    assert response.status_code == 200
    assert not ArticlePage.objects.filter(slug="limburgers-winnen-topper").exists()


def test_same_author_twice_is_a_form_error_not_a_crash(editor_client, news_index):
    author = AuthorFactory()
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_index.pk))
    form = article_form(
        author, ClubFactory(), article_authors=inline_formset([{"author": author.pk}] * 2)
    )
    response = editor_client.post(url, {**form, "action-publish": "1"})
    assert response.status_code == 200
    assert not ArticlePage.objects.exists()


def test_editor_can_preview_a_draft(editor_client, news_index):
    author, club = AuthorFactory(), ClubFactory()
    url = reverse("wagtailadmin_pages:preview_on_add", args=("news", "articlepage", news_index.pk))
    response = editor_client.post(url, article_form(author, club))
    assert response.json()["is_valid"]
    preview = editor_client.get(url)
    assert preview.status_code == 200
    assert "Limburgers winnen topper" in preview.content.decode()


def test_editing_a_published_headline_keeps_the_old_url_working(client, editor_client, news_index):
    author, club = AuthorFactory(), ClubFactory()
    article = article_create(news_index, title="Oude kop", authors=[author], clubs=[club])
    old_url = article.url
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    link = article.article_authors.get()
    form = article_form(
        author,
        club,
        title="Nieuwe kop",
        slug="nieuwe-kop",
        article_authors=inline_formset([{"id": link.pk, "author": author.pk}], initial=1),
    )
    response = editor_client.post(edit_url, {**form, "action-publish": "1"})
    assert response.status_code == 302
    article = Page.objects.get(pk=article.pk).specific
    assert article.title == "Nieuwe kop"
    client.logout()
    redirect = client.get(old_url)
    assert redirect.status_code == 301
    assert redirect["Location"] == f"/nieuws/{article.pk}/nieuwe-kop/"
