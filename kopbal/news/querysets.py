"""The read rules for articles, in one place for pages, feeds, sitemaps and counts."""

from datetime import timedelta

from django.db import connections
from django.db.models import Exists, OuterRef, Prefetch
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page
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

    def live_by_id(self, pk: int):
        """The live article `pk` knowing only its id and that it is live (anything else is
        read when first asked for), or None: what a comment post needs. One plain query
        instead of live().filter(pk=).only().first(), whose compile and Wagtail's page
        machinery were 0.78 of a post's 4.4 ms of CPU (this: 0.10; bench/notes.md)."""
        if self.query.has_filters():  # a narrowed queryset: its own filters apply too
            return self.live().filter(pk=pk).only("id", "live").first()
        model = self.model
        sql = (
            f"SELECT a.page_ptr_id FROM {model._meta.db_table} a "  # noqa: S608 (table names)
            f"JOIN {Page._meta.db_table} p ON p.id = a.page_ptr_id "
            "WHERE a.page_ptr_id = %s AND p.live"
        )
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, [pk])
            row = cursor.fetchone()
        if row is None:
            return None
        # Values in the order of the model's concrete fields: Page's id and live, then the
        # parent link.
        return model.from_db(self.db, ["id", "live", "page_ptr_id"], [pk, True, pk])

    def for_listing(self):
        """What a headline list shows: no body, plus the comment count."""
        return self.defer_streamfields().annotate(comment_total=Coalesce("stats__comment_count", 0))

    def for_headlines(self):
        """The rows of kopbal.news.headlines.Headline: a headline list without images
        (wrap the sliced rows with headlines())."""
        from .headlines import COLUMNS

        return self.annotate(comment_total=Coalesce("stats__comment_count", 0)).values_list(
            *COLUMNS
        )

    def for_link(self):
        """What a bare link to an article shows: its headline and address, no more columns."""
        return self.only("title", "slug", "url_path", "is_rumour", "is_poll_article")

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
        """The recent article most related to `article` ("LEES OOK"), as a queryset of at most one.

        Among the newest RELATED_CANDIDATES of these articles published since RELATED_WINDOW
        before `article`, never `article` itself: the most shared tags, a person counting 3,
        a club 2, a competition 1; ties go to the newest. Pass the article's tags when the
        caller has them already (the page shows them).
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
        return self.related_among(article.pk, since, persons, clubs, competitions)

    def related_among(self, pk, since, persons, clubs, competitions):
        """related_to() for the article with id `pk`, from the ids of its tags (at least
        one) and the moment the window starts."""
        candidates = (
            self.exclude(pk=pk)
            .filter(first_published_at__gte=since)
            .order_by("-first_published_at", "-pk")
            .values_list("pk", "first_published_at")[:RELATED_CANDIDATES]
        )
        weighted = [(persons, "person", 3), (clubs, "club", 2), (competitions, "competition", 1)]
        sql, params = self._ranking_sql(candidates, [(ids, k, w) for ids, k, w in weighted if ids])
        # The ranking is one hand-written query: built by the ORM (a Subquery, Coalesce and
        # Exists per tag kind) it cost the page more CPU than the database spends running it.
        # Only the candidates come from the ORM, so they follow the read rules `self` carries
        # (live, public, ...); the result is a queryset, for the caller to pick the columns.
        return self.model._default_manager.using(self.db).filter(pk__in=RawSQL(sql, params))  # noqa: S611 (see _ranking_sql)

    def _ranking_sql(self, candidates, weighted) -> tuple[str, list]:
        """SQL picking the id of the candidate sharing the most (weighted) tags, newest first
        on a tie: the candidates' links to the given tags, summed per article in one query."""
        connection = connections[self.db]
        quote = connection.ops.quote_name
        candidate_sql, params = candidates.query.get_compiler(connection=connection).as_sql()
        params = list(params)
        links = self._tag_links()
        branches = []
        for ids, kind, weight in weighted:
            through, article_field, tag_field = links[kind]
            table = quote(through._meta.db_table)
            article_column = quote(through._meta.get_field(article_field).column)
            tag_column = quote(through._meta.get_field(tag_field).column)
            # Restricted to the candidates, so the database looks up a few hundred articles'
            # links rather than every article ever tagged with a big club.
            branches.append(
                f"SELECT {article_column} AS article_id, {int(weight)} AS weight FROM {table}"  # noqa: S608 (names from the models, values are parameters)
                f" WHERE {tag_column} IN ({', '.join(['%s'] * len(ids))})"
                f" AND {article_column} IN (SELECT id FROM related_candidate)"
            )
            params.extend(ids)
        sql = (
            f"WITH related_candidate (id, published) AS ({candidate_sql})"  # noqa: S608 (the ORM's SQL)
            " SELECT c.id FROM related_candidate c"
            f" INNER JOIN ({' UNION ALL '.join(branches)}) l ON l.article_id = c.id"
            " GROUP BY c.id, c.published"
            " ORDER BY SUM(l.weight) DESC, c.published DESC, c.id DESC"
            " LIMIT 1"
        )
        return sql, params
