"""What every search backend does, and the SQL they share: the read rule and the filters."""

import re
from dataclasses import dataclass
from datetime import datetime

from django.db import connection

from ..models import ArticleDocument, SearchWord
from ..text import words

# Rank x (1 + RECENCY_BOOST / (1 + age / RECENCY_DAYS)): today's story gets up to 30% on
# one of the same relevance, a fortnight later 15%, a year later about 1%. Relevance
# decides; recency breaks near-ties.
RECENCY_BOOST = 0.3
RECENCY_DAYS = 14
_VOCABULARY_WORD = re.compile(r"^[a-z]{3,40}$")


@dataclass(frozen=True)
class Filters:
    since: datetime | None = None
    club_id: int | None = None


def vocabulary_words(*texts: str) -> set[str]:
    """The words of an article a mistyped search word may be corrected to."""
    return {w for text in texts for w in words(text) if _VOCABULARY_WORD.match(w)}


class SearchBackend:
    vendor = ""

    def __init__(self):
        self._live = None

    # Writes --------------------------------------------------------------------------
    def document_saved(self, document: ArticleDocument) -> None:
        """The document's row was written: index it (beyond what the database does)."""
        found = vocabulary_words(document.headline, document.intro, document.body, document.names)
        SearchWord.objects.bulk_create(
            [SearchWord(word=w) for w in sorted(found)], ignore_conflicts=True
        )

    def rebuild(self) -> int:
        raise NotImplementedError

    # Reads ---------------------------------------------------------------------------
    def count(self, query, filters: Filters) -> int:
        raise NotImplementedError

    def page_ids(self, query, filters: Filters, *, newest: bool, offset: int, limit: int):
        raise NotImplementedError

    def corrections(self, candidates: list[str]) -> dict[str, str]:
        """For each word no indexed article holds, the closest word one does (if any)."""
        raise NotImplementedError

    # Shared SQL ----------------------------------------------------------------------
    def scope(self, id_column: str, filters: Filters) -> tuple[str, list]:
        """SQL limiting `id_column` (an article id) to what readers may see and the filters.

        The read rule is `ArticlePage.objects.live_news()` itself, as a subquery: the same
        rule as every other list (live, public, published).
        """
        from kopbal.news.models import ArticlePage

        if self._live is None:  # public() reads the view restrictions: once per search
            live = ArticlePage.objects.live_news().order_by().values("pk")
            self._live = live.query.sql_with_params()
        live_sql, live_params = self._live
        sql, params = [f"{id_column} IN ({live_sql})"], list(live_params)
        if filters.since is not None:
            sql.append("p.first_published_at >= %s")
            params.append(filters.since)
        if filters.club_id is not None:
            through = ArticlePage.clubs.through._meta.db_table
            sql.append(
                f"EXISTS (SELECT 1 FROM {through} tc "  # noqa: S608 (names from the model)
                f"WHERE tc.articlepage_id = {id_column} AND tc.club_id = %s)"
            )
            params.append(filters.club_id)
        return " AND ".join(sql), params

    @staticmethod
    def fetch(sql: str, params: list) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
