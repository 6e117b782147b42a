"""Following and unfollowing, and the articles of what a reader follows."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kopbal.follows.models import Follow
from kopbal.follows.services import follow_add, follow_remove, follows_merge
from kopbal.news.tests.factories import article_create

pytestmark = pytest.mark.django_db


def test_following_twice_is_following_once(reader, club):
    first = follow_add(user=reader, subject=club)
    second = follow_add(user=reader, subject=club)
    assert first.pk == second.pk
    assert Follow.objects.of(reader).count() == 1


def test_unfollowing_what_one_does_not_follow_is_harmless(reader, club, person):
    follow_add(user=reader, subject=person)
    assert follow_remove(user=reader, subject=club) is False
    assert follow_remove(user=reader, subject=person) is True
    assert follow_remove(user=reader, subject=person) is False
    assert not Follow.objects.of(reader).exists()


def test_a_reader_follows_clubs_persons_and_competitions_by_key(reader, club, person, competition):
    for subject in (club, person, competition):
        follow_add(user=reader, subject=subject)
    assert Follow.objects.of(reader).keys() == [
        "club:anderlecht",
        "competition:jupiler-pro-league",
        "person:yari-verschaeren",
    ]


def test_my_articles_are_those_of_followed_subjects_newest_first(
    reader, news_index, club, other_club, person, competition
):
    now = timezone.now()
    two_days_ago = now - timedelta(days=2)
    old = article_create(news_index, title="Oud nieuws", clubs=[club], published_at=two_days_ago)
    new = article_create(news_index, title="Vers nieuws", persons=[person], published_at=now)
    both = article_create(
        news_index,
        title="Dubbel",
        clubs=[club],
        persons=[person],
        published_at=now - timedelta(hours=1),
    )
    article_create(news_index, title="Andere club", clubs=[other_club])
    article_create(news_index, title="Concept", clubs=[club], live=False)
    follow_add(user=reader, subject=club)
    follow_add(user=reader, subject=person)
    assert list(Follow.objects.of(reader).articles()) == [new, both, old]


def test_nothing_followed_means_no_articles(reader, news_index, club):
    article_create(news_index, clubs=[club])
    assert not Follow.objects.of(reader).articles().exists()


def test_merging_browser_choices_adds_only_new_ones(reader, club, person):
    follow_add(user=reader, subject=club)
    assert follows_merge(user=reader, subjects=[club, person]) == 1
    assert Follow.objects.of(reader).count() == 2
