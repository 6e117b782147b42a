"""The read rules of following: whose follows, and the articles they lead to."""

from django.db import models
from django.db.models import Exists, OuterRef, Q


def articles_about(*, clubs=(), persons=(), competitions=()):
    """Live articles tagged with any of these clubs, persons or competitions (ids or
    querysets of ids), newest first: ArticlePage.objects.live_news() narrowed."""
    from kopbal.news.models import ArticlePage, ArticlePerson

    # An EXISTS per kind, like ArticlePageQuerySet.tagged_with: newest articles are walked
    # in date order and each looked up in the tag tables, so a page of "Mijn nieuws" stops
    # after a few dozen rows however many articles the subjects have.
    links = [
        (ArticlePage.clubs.through, "articlepage", "club", clubs),
        (ArticlePerson, "article", "person", persons),
        (ArticlePage.competitions.through, "articlepage", "competition", competitions),
    ]
    about = Q()
    for through, article_field, tag_field, ids in links:
        if isinstance(ids, (list, tuple, set, frozenset)) and not ids:
            continue
        about |= Exists(
            through.objects.filter(**{article_field: OuterRef("pk"), f"{tag_field}__in": ids})
        )
    articles = ArticlePage.objects.live_news()
    return articles.filter(about) if about else articles.none()


class FollowQuerySet(models.QuerySet):
    def of(self, user):
        """What `user` follows (nothing for a reader who is not logged in)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)

    def with_subjects(self):
        return self.select_related("club", "person", "competition")

    def keys(self) -> list[str]:
        """'club:anderlecht', 'person:...': the names follow.js uses."""
        from .subjects import key

        return sorted(key(follow.subject) for follow in self.with_subjects())

    def articles(self):
        """Live articles about any subject of these follows, newest first."""
        return articles_about(
            clubs=self.filter(kind="club").values("club"),
            persons=self.filter(kind="person").values("person"),
            competitions=self.filter(kind="competition").values("competition"),
        )
