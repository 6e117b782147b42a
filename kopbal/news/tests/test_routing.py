"""Article URLs resolved from each worker's memory of the tree (kopbal.news.routing): the
same answers as Wagtail's own routing, also right after the tree or a restriction changed."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site

from kopbal.news.models import HomePage, NewsIndexPage

from .factories import article_create

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["uncached", "page-cache"])
def client_each_way(request, client, settings):
    """Readers served without the page cache (nothing has read the generation yet) and
    with it (it has: routing then reads none of its own)."""
    if request.param == "uncached":
        settings.KOPBAL_PAGE_CACHE_SECONDS = 0
    return client


def restrict(page, kind=PageViewRestriction.PASSWORD, **fields):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)


def test_an_article_is_found_without_asking_for_the_site_or_the_tree(client, news_index, settings):
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0
    article = article_create(news_index, title="Ploeg wint in blessuretijd")
    client.get(article.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    assert response.status_code == 200
    assert "Ploeg wint in blessuretijd" in response.text
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert '"wagtailcore_site"' not in tables
    assert 'FROM "wagtailcore_pageviewrestriction" WHERE' not in tables


@pytest.mark.parametrize("on", ["article", "index", "home"])
def test_a_password_added_after_the_article_was_read_is_asked(client_each_way, news_index, on):
    article = article_create(news_index, title="Binnenkort achter slot")
    assert client_each_way.get(article.url).status_code == 200
    restrict({"article": article, "index": news_index, "home": news_index.get_parent()}[on])
    response = client_each_way.get(article.url)
    assert 'name="password"' in response.text
    assert "niemand snel zal vergeten" not in response.text  # the intro stays behind it


def test_a_login_restriction_on_the_archive_sends_readers_to_log_in(client_each_way, news_index):
    article = article_create(news_index, title="Alleen voor leden")
    client_each_way.get(article.url)
    restrict(news_index, PageViewRestriction.LOGIN)
    response = client_each_way.get(article.url)
    assert response.status_code == 302
    assert "niemand snel zal vergeten" not in response.text


def test_a_group_restriction_keeps_out_readers_outside_the_group(client, news_index):
    article = article_create(news_index, title="Alleen voor de redactie")
    client.get(article.url)
    restriction = restrict(article, PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.create(name="Redactie")])
    assert client.get(article.url).status_code == 302


def test_a_restriction_present_from_the_start_is_asked(client_each_way, news_index):
    article = article_create(news_index, title="Van meet af aan geheim")
    restrict(article, password="geheim")
    response = client_each_way.get(article.url)
    assert 'name="password"' in response.text
    assert "niemand snel zal vergeten" not in response.text


def test_a_restriction_lifted_lets_readers_in_again(client_each_way, news_index):
    article = article_create(news_index, title="Weer openbaar")
    restriction = restrict(article, password="geheim")
    client_each_way.get(article.url)
    restriction.delete()
    response = client_each_way.get(article.url)
    assert response.status_code == 200
    assert "niemand snel zal vergeten" in response.text


def test_a_renamed_archive_serves_its_articles_at_the_new_address(client_each_way, news_index):
    article = article_create(news_index, title="Verhuisd verhaal")
    old_url = article.url
    assert client_each_way.get(old_url).status_code == 200
    news_index.slug = "archief"
    news_index.save_revision().publish()
    article.refresh_from_db()
    assert article.url == f"/archief/{article.pk}/verhuisd-verhaal/"
    assert client_each_way.get(article.url).status_code == 200
    assert client_each_way.get(old_url).status_code == 404


def test_an_article_moved_to_another_archive_is_served_there_only(client_each_way, news_index):
    article = article_create(news_index, title="Naar elders")
    old_url = article.url
    client_each_way.get(old_url)
    other = news_index.get_parent().add_child(instance=NewsIndexPage(title="Elders", slug="elders"))
    Page.objects.get(pk=article.pk).move(other, pos="last-child")
    article.refresh_from_db()
    assert article.url == f"/elders/{article.pk}/naar-elders/"
    assert client_each_way.get(article.url).status_code == 200
    response = client_each_way.get(old_url)  # Wagtail's redirect from the old address
    assert (response.status_code, response["Location"]) == (301, article.url)


def test_an_unpublished_article_answers_404_after_it_was_read(client_each_way, news_index):
    article = article_create(news_index, title="Even online")
    client_each_way.get(article.url)
    article.unpublish()
    response = client_each_way.get(article.url)
    assert response.status_code == 404
    assert "niet gevonden" in response.text.lower()


def test_an_old_slug_and_a_wrong_id_still_answer_as_before(client_each_way, news_index):
    article = article_create(news_index, title="Kop aangepast")
    client_each_way.get(article.url)
    response = client_each_way.get(f"/nieuws/{article.pk}/oude-kop/")
    assert (response.status_code, response["Location"]) == (301, article.url)
    assert client_each_way.get(f"/nieuws/{article.pk + 1000}/kop-aangepast/").status_code == 404
    assert client_each_way.get(f"/onbekend/{article.pk}/kop-aangepast/").status_code == 404


def test_another_site_answers_for_its_own_tree(client, news_index):
    article = article_create(news_index, title="Alleen op Kopbal")
    client.get(article.url)
    root = Page.get_first_root_node()
    other_home = root.add_child(instance=HomePage(title="Andere site", slug="andere"))
    Site.objects.create(hostname="andere.example", port=80, root_page=other_home)
    assert client.get(article.url, HTTP_HOST="andere.example").status_code == 404
    assert client.get(article.url).status_code == 200


def test_a_site_given_another_root_stops_serving_the_old_tree(client, news_index):
    article = article_create(news_index, title="Oude boom")
    client.get(article.url)
    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    site.root_page = root.add_child(instance=HomePage(title="Nieuwe start", slug="nieuw"))
    site.save()
    assert client.get(article.url).status_code == 404


def test_wagtail_page_hooks_still_see_the_article(client, news_index, settings):
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0  # a hit is served before any view
    article = article_create(news_index, title="Gezien door de hooks")
    client.get(article.url)
    seen = []

    def before_serve(page, request, args, kwargs):
        seen.append((page.pk, request.path, Site.find_for_request(request).pk))

    with hooks.register_temporarily("before_serve_page", before_serve):
        assert client.get(article.url).status_code == 200
    assert seen == [(article.pk, article.url, Site.objects.get(is_default_site=True).pk)]


def test_links_stay_right_after_the_home_page_gets_another_slug(client, news_index, settings):
    # The site's root paths are kept per site generation (routing._root_paths): a home page
    # with another slug moves every page's url_path, so old root paths would match none.
    settings.KOPBAL_PAGE_CACHE_SECONDS = settings.KOPBAL_FRAGMENT_CACHE_SECONDS = 0
    article = article_create(news_index, title="Eerste verhaal")
    other = article_create(news_index, title="Tweede verhaal")
    assert f'href="/nieuws/{other.pk}/tweede-verhaal/"' in client.get(article.url).text

    home = news_index.get_parent().specific
    home.slug = "thuis"
    home.save_revision().publish()

    response = client.get(article.url)
    assert response.status_code == 200
    assert f'href="/nieuws/{other.pk}/tweede-verhaal/"' in response.text
