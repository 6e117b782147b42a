"""The automatic "LEES OOK" pick (ArticlePageQuerySet.related_to): which recent article a
reader is sent to, against a plain Python statement of the rules (Hypothesis) and at the
edges: view restrictions, the window, the candidate cap, ties, previews, untagged articles."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, PageViewRestriction

from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
from kopbal.news import querysets
from kopbal.news.models import ArticlePage, ArticlePerson
from kopbal.news.querysets import RELATED_CANDIDATES, RELATED_WINDOW

from .factories import article_create

pytestmark = pytest.mark.django_db

WEIGHTS = {"persons": 3, "clubs": 2, "competitions": 1}


def read_also(article, **tags):
    """The queryset's pick, checked against the article page's (ArticlePage.most_related,
    whose query is compiled once per process)."""
    picked = ArticlePage.objects.live_news().related_to(article, **tags).first()
    _, clubs, persons, competitions = article.credits()
    tags = {"clubs": clubs, "persons": persons, "competitions": competitions, **tags}
    from_page = article.most_related(tags["clubs"], tags["persons"], tags["competitions"])
    assert (from_page and from_page.pk) == (picked and picked.pk)
    return picked


def expected_pick(subject, others, *, cap=RELATED_CANDIDATES):
    """The rules written out plainly: `others` are dicts with pk, published (None: never),
    live, restricted and the tag pk sets; `subject` a dict with published and tag sets."""
    since = subject["published"] - RELATED_WINDOW
    readable = [
        a
        for a in others
        if a["live"] and not a["restricted"] and a["published"] is not None
        if a["pk"] != subject["pk"] and a["published"] >= since
    ]
    newest = sorted(readable, key=lambda a: (a["published"], a["pk"]), reverse=True)[:cap]
    scored = [
        (sum(w * len(a[kind] & subject[kind]) for kind, w in WEIGHTS.items()), a) for a in newest
    ]
    scored = [(score, a) for score, a in scored if score > 0]
    if not scored:
        return None
    best = max(scored, key=lambda sa: (sa[0], sa[1]["published"], sa[1]["pk"]))
    return best[1]["pk"]


def tags_set(article, *, clubs=(), persons=(), competitions=()):
    """Replace an article's tags in the database (faster than a new revision)."""
    ArticlePage.clubs.through.objects.filter(articlepage=article).delete()
    ArticlePage.competitions.through.objects.filter(articlepage=article).delete()
    ArticlePerson.objects.filter(article=article).delete()
    ArticlePage.clubs.through.objects.bulk_create(
        [ArticlePage.clubs.through(articlepage_id=article.pk, club=c) for c in clubs]
    )
    ArticlePage.competitions.through.objects.bulk_create(
        [
            ArticlePage.competitions.through(articlepage_id=article.pk, competition=c)
            for c in competitions
        ]
    )
    ArticlePerson.objects.bulk_create(
        [
            ArticlePerson(article_id=article.pk, person=p, sort_order=i)
            for i, p in enumerate(persons)
        ]
    )


def restrict(article):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


POOL = 9

article_states = st.fixed_dictionaries(
    {
        # Whole days, often the same ones: ties on the date are common.
        "day": st.one_of(st.none(), st.sampled_from([-2, -1]), st.integers(-85, 5)),
        "live": st.sampled_from([True, True, True, False]),
        "restricted": st.sampled_from([False, False, False, False, True]),
        # Few tags, so equal scores are common too.
        "clubs": st.sets(st.integers(0, 1)),
        "persons": st.sets(st.integers(0, 1)),
        "competitions": st.sets(st.integers(0, 1)),
    }
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    states=st.lists(article_states, min_size=POOL, max_size=POOL),
    subject_day=st.integers(-30, 0),
    cap=st.integers(1, POOL),
    tags_passed=st.booleans(),
)
def test_read_also_picks_what_the_rules_say(news_index, states, subject_day, cap, tags_passed):
    pool = _pool(news_index)
    now = timezone.now().replace(microsecond=0)
    kinds = {
        "clubs": _tags("clubs", ClubFactory),
        "persons": _tags("persons", PersonFactory),
        "competitions": _tags("competitions", CompetitionFactory),
    }
    with transaction.atomic():
        others = []
        for article, state in zip(pool, states, strict=True):
            published = None if state["day"] is None else now + timedelta(days=state["day"])
            if article is pool[0]:
                published = now + timedelta(days=subject_day)
            Page.objects.filter(pk=article.pk).update(
                live=state["live"], first_published_at=published
            )
            if state["restricted"]:
                restrict(article)
            tags = {kind: [kinds[kind][i] for i in sorted(state[kind])] for kind in WEIGHTS}
            tags_set(article, **tags)
            others.append({**state, "pk": article.pk, "published": published})
        subject = others[0]
        article = ArticlePage.objects.get(pk=subject["pk"])
        passed = {}
        if tags_passed:
            passed = {kind: [kinds[kind][i] for i in sorted(subject[kind])] for kind in WEIGHTS}
        with mock.patch.object(querysets, "RELATED_CANDIDATES", cap):
            picked = read_also(article, **passed)
        assert (picked and picked.pk) == expected_pick(subject, others, cap=cap)
        transaction.set_rollback(True)


def _pool(index):
    """POOL articles made once per test (Hypothesis reruns the body, not the fixtures)."""
    existing = list(ArticlePage.objects.order_by("pk"))
    if len(existing) < POOL:
        existing += [
            article_create(index, title=f"Verhaal {i}") for i in range(len(existing), POOL)
        ]
    return existing


def _tags(kind, factory):
    model = factory._meta.model
    return list(model.objects.order_by("pk")[:3]) or [factory() for _ in range(3)]


def test_a_view_restricted_article_is_never_picked(news_index):
    club = ClubFactory()
    article_create(news_index, title="Ook verwant", clubs=[club])
    secret = article_create(news_index, title="Achter een wachtwoord", clubs=[club])
    restrict(secret)
    article = article_create(news_index, title="Het verhaal", clubs=[club])
    assert read_also(article).title == "Ook verwant"


def test_an_article_from_before_the_window_is_not_picked(news_index):
    club, person = ClubFactory(), PersonFactory()
    now = timezone.now()
    article_create(
        news_index,
        title="Te oud",
        clubs=[club],
        persons=[person],
        published_at=now - RELATED_WINDOW - timedelta(days=1, minutes=1),
    )
    article_create(news_index, title="Net op tijd", clubs=[club], published_at=now - RELATED_WINDOW)
    article = article_create(
        news_index, title="Het verhaal", clubs=[club], persons=[person], published_at=now
    )
    assert read_also(article).title == "Net op tijd"


def test_only_the_newest_candidates_are_ranked(news_index):
    club, person = ClubFactory(), PersonFactory()
    now = timezone.now()
    article_create(
        news_index,
        title="Meest verwant, maar te ver terug",
        clubs=[club],
        persons=[person],
        published_at=now - timedelta(days=2),
    )
    newer = [
        ArticlePage(
            title=f"Kort bericht {i}",
            slug=f"kort-bericht-{i}",
            intro="<p>Kort.</p>",
            live=True,
            first_published_at=now - timedelta(days=1, minutes=i),
        )
        for i in range(RELATED_CANDIDATES)
    ]
    for page in newer:
        news_index.add_child(instance=page)
    tags_set(newer[-1], clubs=[club])  # the oldest of the newest RELATED_CANDIDATES
    article = article_create(
        news_index, title="Het verhaal", clubs=[club], persons=[person], published_at=now
    )
    assert read_also(article).pk == newer[-1].pk


def test_on_equal_shared_tags_the_newest_then_the_latest_made_is_picked(news_index):
    club, other = ClubFactory(), ClubFactory()
    now = timezone.now()
    day = now - timedelta(days=1)
    article_create(news_index, title="Ouder", clubs=[club], published_at=now - timedelta(days=2))
    article_create(news_index, title="Eerste", clubs=[club], published_at=day)
    article_create(news_index, title="Tweede", clubs=[club, other], published_at=day)
    article = article_create(news_index, title="Het verhaal", clubs=[club], published_at=now)
    assert read_also(article).title == "Tweede"


def test_a_person_outweighs_a_club_and_a_club_a_competition(news_index):
    club, person, competition = ClubFactory(), PersonFactory(), CompetitionFactory()
    now = timezone.now()
    article_create(news_index, title="Speler", persons=[person], published_at=now - timedelta(3))
    article_create(news_index, title="Club", clubs=[club], published_at=now - timedelta(2))
    article_create(
        news_index, title="Competitie", competitions=[competition], published_at=now - timedelta(1)
    )
    article = article_create(
        news_index, title="Verhaal", clubs=[club], persons=[person], competitions=[competition]
    )
    assert read_also(article).title == "Speler"
    assert read_also(article, persons=[], clubs=[club], competitions=[competition]).title == "Club"


def test_a_preview_of_an_unsaved_article_uses_its_tags_in_memory(news_index):
    club, person = ClubFactory(), PersonFactory()
    article_create(news_index, title="Zelfde club", clubs=[club])
    article_create(news_index, title="Zelfde speler", persons=[person])
    preview = ArticlePage(title="Nog niet bewaard", intro="<p>Concept.</p>")
    preview.clubs = [club]
    preview.article_persons = [ArticlePerson(person=person)]
    assert preview.pk is None and preview.first_published_at is None
    assert read_also(preview).title == "Zelfde speler"


def test_an_article_without_tags_gets_no_automatic_pick(news_index):
    article_create(news_index, title="Ander nieuws", clubs=[ClubFactory()])
    article = article_create(news_index, title="Zonder tags")
    assert read_also(article) is None
