"""The read rules for articles, in one place for pages, feeds, sitemaps and counts."""

from datetime import timedelta

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.query import PageQuerySet

from kopbal.core.restrictions import RememberedRestrictionsMixin

# How far back "LEES OOK" looks for a related story: older news is rarely what a reader wants.
RELATED_WINDOW = timedelta(days=60)
# And among how many stories at most: the newest of that window. Ranking is work per
# candidate, so without a cap an article page would get slower as the newsroom publishes
# more per day; 300 stories are days of news even on a busy site.
RELATED_CANDIDATES = 300


class ArticlePageQuerySet(RememberedRestrictionsMixin, PageQuerySet):
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

    def with_credits(self):
        """Fetch authors, clubs, persons and competitions up front: one query per kind,
        whatever the number of articles (feeds and the API show them for every item)."""
        model = self.model
        authors = model.article_authors.rel.related_model
        persons = model.article_persons.rel.related_model
        return self.prefetch_related(
            Prefetch(
                "article_authors",
                queryset=authors.objects.select_related("author").order_by("sort_order"),
            ),
            Prefetch(
                "article_persons",
                queryset=persons.objects.select_related("person").order_by("sort_order"),
            ),
            "clubs",
            "competitions",
        )

    def about_match(self, match):
        """Articles the newsroom linked to `match` (ArticlePage.match)."""
        return self.filter(match=match)

    def tagged_with(self, tag):
        """Articles tagged with a club, person or competition, or written by an author."""
        # EXISTS rather than a join + DISTINCT: the newest articles are walked in date order
        # and each is looked up in the tag table, so a page of a club with 10,000 articles
        # stops after a few dozen rows instead of sorting all 10,000.
        through, article_field, tag_field = self._tag_links()[tag.tag_route]
        return self.filter(
            Exists(through.objects.filter(**{article_field: OuterRef("pk"), tag_field: tag}))
        )

    def tags_in_use(self, model):
        """The tags of kind `model` (Club, Person, Competition, Author) that at least one of
        these articles carries: one query, an EXISTS per tag, however many articles."""
        through, article_field, tag_field = self._tag_links()[model.tag_route]
        links = through.objects.filter(
            **{tag_field: OuterRef("pk"), f"{article_field}__in": self.order_by().values("pk")}
        )
        return model.objects.filter(Exists(links))

    def _tag_links(self) -> dict:
        """Per tag kind: the table linking articles to it, and its two foreign keys."""
        model = self.model
        return {
            "club": (model.clubs.through, "articlepage", "club"),
            "person": (model.article_persons.rel.related_model, "article", "person"),
            "competition": (model.competitions.through, "articlepage", "competition"),
            "author": (model.article_authors.rel.related_model, "article", "author"),
        }

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
        # Each term counts in the tag table for one article (an index lookup per article
        # in the window) rather than joining all three tables and grouping the product.
        links = self._tag_links()
        terms = [("person", persons, 3), ("club", clubs, 2), ("competition", competitions, 1)]
        shared, any_shared = Value(0), Q()
        for kind, ids, weight in terms:
            if not ids:
                continue
            through, article_field, tag_field = links[kind]
            matches = through.objects.filter(
                **{article_field: OuterRef("pk"), f"{tag_field}__in": ids}
            ).order_by()
            count = matches.values(article_field).annotate(n=Count("*")).values("n")
            shared = shared + Coalesce(Subquery(count), 0) * weight
            any_shared |= Exists(matches)
        candidates = (
            self.exclude(pk=article.pk)
            .filter(first_published_at__gte=since)
            .order_by("-first_published_at", "-pk")
            .values("pk")[:RELATED_CANDIDATES]
        )
        return (
            self.filter(pk__in=candidates)
            .filter(any_shared)
            .annotate(shared_tags=shared)
            .order_by("-shared_tags", "-first_published_at", "-pk")
        )
