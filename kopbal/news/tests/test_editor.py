"""The article editor never gets in the way: slug, byline, teaser (issue 12)."""

import html

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.test.utils.form_data import inline_formset

from kopbal.football.tests.factories import ClubFactory
from kopbal.news.models import ArticlePage

from .factories import AuthorFactory, article_create
from .test_admin import article_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redacteur", "r@example.com", "pw")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def add_url(news_index):
    return reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_index.pk))


def save_draft(client, url, form):
    response = client.post(url, form)
    assert response.status_code == 302, response.context["form"].errors
    return response


def test_the_headline_field_fills_the_slug_in_the_browser(editor_client, news_index):
    page = editor_client.get(add_url(news_index)).content.decode()
    title_input = next(tag for tag in page.split("<input") if 'name="title"' in tag)
    assert "w-sync" in title_input
    assert 'data-w-sync-target-value="#id_slug"' in title_input
    assert "w-sync#apply" in title_input


def test_first_draft_without_a_slug_saves_with_one_from_the_headline(editor_client, news_index):
    author, club = AuthorFactory(), ClubFactory()
    url = add_url(news_index)
    form = article_form(author, club, title="Genk klopt Anderlecht", slug="")
    save_draft(editor_client, url, form)
    save_draft(editor_client, url, form)
    slugs = sorted(ArticlePage.objects.values_list("slug", flat=True))
    assert slugs == ["genk-klopt-anderlecht", "genk-klopt-anderlecht-2"]
    assert not ArticlePage.objects.filter(live=True).exists()


def test_an_empty_headline_still_gets_a_dutch_error_not_a_slug(editor_client, news_index):
    form = article_form(AuthorFactory(), ClubFactory(), title="", slug="")
    response = editor_client.post(add_url(news_index), form)
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    assert not ArticlePage.objects.exists()


def test_a_published_articles_new_slug_keeps_the_old_address(
    client, editor_client, news_index, django_capture_on_commit_callbacks
):
    author, club = AuthorFactory(), ClubFactory()
    article = article_create(news_index, title="Oude kop", authors=[author], clubs=[club])
    old_url = f"/nieuws/{article.pk}/oude-kop/"
    edit = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    form = article_form(
        author,
        club,
        title="Nieuwe kop",
        slug="nieuwe-kop",
        article_authors=inline_formset(
            [{"id": link.pk, "author": author.pk} for link in article.article_authors.all()],
            initial=1,
        ),
    )
    # Wagtail creates the redirect once the publish is committed (page_slug_changed).
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(edit, {**form, "action-publish": "1"})
    assert response.status_code == 302, response.context["form"].errors
    article.refresh_from_db()
    assert article.slug == "nieuwe-kop"
    assert Redirect.objects.filter(old_path=old_url.rstrip("/"), redirect_page=article).exists()
    client.logout()
    response = client.get(old_url)
    assert response.status_code in (301, 302)
    assert client.get(response["Location"], follow=True).request["PATH_INFO"] == (
        f"/nieuws/{article.pk}/nieuwe-kop/"
    )


def test_new_article_is_credited_to_the_editors_own_author(editor, editor_client, news_index):
    AuthorFactory(name="Iemand Anders")
    mine = AuthorFactory(name="Lotte Proef", user=editor)
    response = editor_client.get(add_url(news_index))
    author_forms = response.context["form"].formsets["article_authors"].forms
    assert [f.initial.get("author") for f in author_forms] == [mine.pk]
    assert "Lotte Proef" in response.content.decode()


def test_an_editor_without_an_author_gets_an_empty_byline(editor_client, news_index):
    AuthorFactory(name="Iemand Anders")
    response = editor_client.get(add_url(news_index))
    author_forms = response.context["form"].formsets["article_authors"].forms
    assert [f.initial.get("author") for f in author_forms] == [None]
    assert "Iemand Anders" not in response.content.decode()


INTRO = (
    "<p>Racing Genk heeft zondagavond in een bomvol stadion na een lange en bijzonder "
    "spannende wedstrijd met drie doelpunten in de slotfase gewonnen van Anderlecht "
    "dat lang aan de leiding stond en toen instortte.</p>"
)


def test_lists_and_meta_description_use_the_editors_teaser(client, home, news_index):
    article_create(
        news_index, title="Genk wint", intro=INTRO, custom_teaser="Genk draait de match."
    )
    page = html.unescape(client.get("/").content.decode())
    assert "Genk draait de match." in page
    article = ArticlePage.objects.get()
    detail = html.unescape(client.get(article.url, follow=True).content.decode())
    assert '<meta name="description" content="Genk draait de match.">' in detail


def test_without_a_teaser_the_description_has_no_trailing_dots(client, news_index):
    article = article_create(news_index, title="Genk wint", intro=INTRO)
    home_page = html.unescape(client.get("/").content.decode())
    assert article.teaser.endswith("\u00a0\u2026") and article.teaser in home_page
    detail = html.unescape(client.get(article.url, follow=True).content.decode())
    description = detail.split('<meta name="description" content="', 1)[1].split('"', 1)[0]
    assert description.startswith("Racing Genk heeft zondagavond")
    assert not description.endswith("...")


def test_the_workflow_button_names_the_dutch_step(editor_client, news_index):
    page = editor_client.get(add_url(news_index)).content.decode()
    assert "Stuur door naar Eindredactie" in page
    assert "Moderators approval" not in page


def test_a_new_article_whose_slug_was_taken_meanwhile_is_saved_with_the_next_free_one(
    news_index,
):
    """Two saves of one new article racing (Wagtail's autosave and "Bewaar concept"): the
    second passed the form's slug check before the first was stored. It must not end in a
    server error; it gets the next free slug."""
    article_create(news_index, title="Genk wint de topper", live=False)
    second = article_create(news_index, title="Genk wint de topper", live=False)

    assert second.slug == "genk-wint-de-topper-2"
    assert news_index.get_children().count() == 2


def test_an_existing_article_still_may_not_take_a_siblings_slug(news_index):
    from django.core.exceptions import ValidationError

    article_create(news_index, title="Brugge wint", live=False)
    other = article_create(news_index, title="Gent verliest", live=False)
    other.slug = "brugge-wint"
    with pytest.raises(ValidationError):
        other.save()
