"""Lists leave out private articles, from restrictions a worker remembers per generation.

Transactional tests: outside a transaction is where a worker keeps what it read."""

import pytest
from wagtail.models import PageViewRestriction

from kopbal.core import restrictions
from kopbal.news.models import ArticlePage
from kopbal.news.tests.factories import AuthorFactory, article_create

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _listed() -> list[str]:
    return list(ArticlePage.objects.live_news().values_list("title", flat=True))


def _restrict(page) -> PageViewRestriction:
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def test_a_password_takes_an_article_off_the_lists_at_once_and_back(news_index):
    article_create(news_index, title="Open verhaal")
    secret = article_create(news_index, title="Verhaal achter een wachtwoord")
    assert sorted(_listed()) == ["Open verhaal", "Verhaal achter een wachtwoord"]
    restriction = _restrict(secret)
    assert _listed() == ["Open verhaal"]
    restriction.delete()
    assert sorted(_listed()) == ["Open verhaal", "Verhaal achter een wachtwoord"]


def test_a_password_on_the_archive_hides_every_article_below_it(news_index, client):
    article_create(news_index, title="Verslag van de derby")
    assert _listed() == ["Verslag van de derby"]
    _restrict(news_index)
    assert _listed() == []
    assert "Verslag van de derby" not in client.get("/").text


def test_the_restrictions_are_read_once_per_site_generation(news_index, django_assert_num_queries):
    article_create(news_index, title="Verslag van de derby")
    _restrict(article_create(news_index, title="Geheim verhaal"))
    assert _listed() == ["Verslag van de derby"]
    # Again: the generation (1 query) and the list; no query of the restrictions.
    with django_assert_num_queries(2) as queries:
        assert _listed() == ["Verslag van de derby"]
    assert not any("pageviewrestriction" in q["sql"] for q in queries.captured_queries)


def test_what_a_rolled_back_transaction_saw_is_not_remembered(news_index):
    from django.db import transaction

    article_create(news_index, title="Verslag van de derby")
    restrictions.forget()
    with pytest.raises(RuntimeError), transaction.atomic():
        _restrict(news_index)
        assert _listed() == []
        raise RuntimeError("the editor's save fails")
    # The next change takes the generation number the rolled-back one had used.
    AuthorFactory()
    assert _listed() == ["Verslag van de derby"]
