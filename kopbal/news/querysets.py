"""The read rules for articles, in one place for pages, feeds, sitemaps and counts."""

from datetime import timedelta

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.query import PageQuerySet

# How far back "LEES OOK" looks for a related story: older news is rarely what a reader wants.
RELATED_WINDOW = timedelta(days=60)


class ArticlePageQuerySet(PageQuerySet):
    def live_news(self):
        """Articles a reader may see, newest first."""
        return (
            self.live()
            .public()
            .filter(first_published_at__isnull=False)
            .order_by("-first_published_at", "-pk")
        )

    def for_listing(self):
        """What a headline list shows: no body, plus the comment count."""
        return self.defer_streamfields().annotate(comment_total=Coalesce("stats__comment_count", 0))

    def with_hero_images(self):
        """Fetch hero images and their renditions up front, for lists with thumbnails."""
        return self.select_related("hero_image").prefetch_related("hero_image__renditions")

    def tagged_with(self, tag):
        """Articles tagged with a club, person or competition, or written by an author."""
        field = {
            "club": "clubs",
            "person": "article_persons__person",
            "competition": "competitions",
            "author": "article_authors__author",
        }[tag.tag_route]
        return self.filter(**{field: tag}).distinct()

    def related_to(self, article, *, clubs=None, persons=None, competitions=None):
        """Recent articles sharing tags with `article`, most shared tags first.

        Pass the article's tags when the caller has them already (the page shows them).
        """
        # .all() rather than values_list(): previews hold unsaved, in-memory relations.
        clubs = [c.pk for c in (article.clubs.all() if clubs is None else clubs)]
        persons = [p.pk for p in (article.tagged_persons() if persons is None else persons)]
        competitions = [
            c.pk for c in (article.competitions.all() if competitions is None else competitions)
        ]
        if not (clubs or persons or competitions):
            return self.none()
        since = (article.first_published_at or timezone.now()) - RELATED_WINDOW
        # A shared person says more than a shared club, a club more than a competition.
        shared = (
            Count("article_persons", filter=Q(article_persons__person__in=persons), distinct=True)
            * 3
            + Count("clubs", filter=Q(clubs__in=clubs), distinct=True) * 2
            + Count("competitions", filter=Q(competitions__in=competitions), distinct=True)
        )
        return (
            self.exclude(pk=article.pk)
            .filter(first_published_at__gte=since)
            .filter(
                Q(article_persons__person__in=persons)
                | Q(clubs__in=clubs)
                | Q(competitions__in=competitions)
            )
            .annotate(shared_tags=shared)
            .order_by("-shared_tags", "-first_published_at", "-pk")
        )
