"""A precompiled query gives what its QuerySet gives, for every value, and refuses a
query whose SQL it could not reproduce faithfully (kopbal.core.precompiled)."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kopbal.core.precompiled import Precompiled
from kopbal.news.models import ArticlePerson
from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Choice, Poll
from kopbal.polls.tests.factories import poll_create

pytestmark = pytest.mark.django_db


def choices_of(pk):
    return Choice.objects.filter(poll=pk).select_related("poll").order_by("-sort_order")


def test_each_value_gets_the_rows_its_queryset_gets():
    derby = poll_create(question="Wie wint de derby?", labels=("Thuis", "Gelijk", "Uit"))
    title = poll_create(question="Wie wordt kampioen?", labels=("Brugge", "Genk"))
    choices = Precompiled(choices_of)

    for poll in (derby, title, derby):
        rows = choices(values=(poll.pk,))
        assert rows == list(choices_of(poll.pk))
        # Model instances with their related rows, as the QuerySet gives them.
        assert [(c.label, c.poll.question) for c in rows] == [
            (c.label, poll.question) for c in reversed(list(poll.choices.all()))
        ]
    assert choices(values=(title.pk + derby.pk + 100,)) == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_threads_running_it_at_once_each_get_their_own_rows():
    # As in an app server worker (4 threads): the first runs (which compile) race, and
    # every thread has a connection of its own.
    polls = [poll_create(question=f"Vraag {n}?", labels=(f"Ja {n}", f"Nee {n}")) for n in range(8)]
    choices = Precompiled(choices_of)
    start = threading.Barrier(len(polls))

    def run(poll):
        start.wait()
        try:
            return [
                [(c.label, c.poll.question) for c in choices(values=(poll.pk,))] for _ in range(20)
            ]
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=len(polls)) as pool:
        results = list(pool.map(run, polls))

    for n, runs in enumerate(results):
        expected = [(f"Nee {n}", f"Vraag {n}?"), (f"Ja {n}", f"Vraag {n}?")]
        assert runs == [expected] * 20


def test_it_is_built_and_compiled_once_then_one_query_per_run():
    polls = [poll_create(question=f"Vraag {n}?") for n in range(3)]
    built = []

    def build(pk):
        built.append(pk)
        return Poll.objects.filter(pk=pk).values_list("question", flat=True)

    question = Precompiled(build)
    question(values=(polls[0].pk,))
    builds = len(built)  # the first run compiles (twice, to check the SQL)
    with CaptureQueriesContext(connection) as queries:
        answers = [question(values=(poll.pk,)) for poll in polls]

    assert answers == [[f"Vraag {n}?"] for n in range(3)]
    assert len(built) == builds
    assert len(queries) == 3


def test_a_shape_gets_sql_of_its_own():
    poll_create(question="Open vraag?")
    poll_create(question="Gesloten vraag?", is_closed=True)
    questions = Precompiled(
        lambda closed: Poll.objects.filter(is_closed=closed).values_list("question", flat=True)
    )

    assert questions(shape=(True,)) == ["Gesloten vraag?"]
    assert questions(shape=(False,)) == ["Open vraag?"]


def test_a_value_changed_on_the_way_is_refused():
    # The database would get start + 1, and the next run's start without the 1.
    by_start = Precompiled(lambda start: Poll.objects.filter(pk__gte=start + 1))

    with pytest.raises(ImproperlyConfigured, match="not the same twice"):
        by_start(values=(3,))


def test_a_query_that_reads_the_clock_is_refused():
    # Precompiled, "now" would stay the moment of the first run.
    recent = Precompiled(lambda pk: Poll.objects.filter(pk=pk, created_at__lte=timezone.now()))

    with pytest.raises(ImproperlyConfigured, match="not the same twice"):
        recent(values=(1,))


def test_a_declared_value_the_query_does_not_use_is_refused():
    unused = Precompiled(lambda pk: Poll.objects.filter(is_closed=False))

    with pytest.raises(ImproperlyConfigured, match="not parameters of the SQL"):
        unused(values=(1,))


def test_a_moment_is_a_value_too():
    polls = [poll_create(question=f"Vraag {n}?") for n in range(3)]
    for days, poll in enumerate(polls):
        Poll.objects.filter(pk=poll.pk).update(created_at=timezone.now() - timedelta(days=days))
    since = Precompiled(
        lambda moment: (
            Poll.objects.filter(created_at__gte=moment)
            .order_by("created_at")
            .values_list("question", flat=True)
        )
    )
    now = timezone.now()

    # As the database's DateTimeField takes them (SQLite stores text), each run its own.
    assert since(values=(now - timedelta(hours=36),)) == ["Vraag 1?", "Vraag 0?"]
    assert since(values=(now - timedelta(hours=12),)) == ["Vraag 0?"]
    assert since(values=(now + timedelta(hours=1),)) == []


def test_values_are_ids_and_moments_only():
    with pytest.raises(TypeError):
        Precompiled(choices_of)(values=("3",))
    with pytest.raises(TypeError):  # a naive moment would be read in the wrong zone
        Precompiled(choices_of)(values=(datetime(2026, 1, 1),))


def test_article_credits_are_the_editors_in_the_editors_order(news_index):
    from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory

    clubs = [ClubFactory(name="Zulte"), ClubFactory(name="Anderlecht")]
    persons = [PersonFactory(), PersonFactory()]
    league = CompetitionFactory()
    first = article_create(news_index, clubs=clubs, persons=persons, competitions=[league])
    second = article_create(news_index, title="Ander nieuws", persons=persons[::-1])

    for article in (first, second, first):
        authors, club_list, person_list, competitions = article.credits()
        # What the relations give, read one by one, as before precompiling.
        assert authors == [link.author for link in article.article_authors.order_by("sort_order")]
        assert club_list == list(article.clubs.all())
        assert person_list == article.tagged_persons()
        assert competitions == list(article.competitions.all())
    assert second.credits()[1] == []
    for order in (persons[::-1], persons):  # the editor reorders the persons
        for sort_order, person in enumerate(order):
            ArticlePerson.objects.filter(article=second, person=person).update(
                sort_order=sort_order
            )
        assert second.credits()[2] == order
