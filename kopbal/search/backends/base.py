"""What every search backend does, and the SQL they share: the read rule and the filters."""

import difflib
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
# How alike (difflib's ratio) a word must be to the typed one to correct it: one letter
# wrong, missing, extra or two swapped in a word of eight.
MIN_RATIO = 0.8


def closest(typed: str, candidates: list[str]) -> str | None:
    """The candidate the typed word most likely meant, if any is close enough."""
    close = difflib.get_close_matches(typed, candidates, n=1, cutoff=MIN_RATIO)
    return close[0] if close else None


@dataclass(frozen=True)
class Filters:
    since: datetime | None = None
    club_id: int | None = None


def vocabulary_words(*texts: str) -> set[str]:
    """The words of an article a mistyped search word may be corrected to."""
    return {w for text in texts for w in words(text) if _VOCABULARY_WORD.match(w)}


class SearchBackend:
    vendor = ""

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
    def count(self, query, filters: Filters, *, limit: int) -> int:
        """The number of matches, at most `limit`."""
        raise NotImplementedError

    def page_ids(self, query, filters: Filters, *, newest: bool, offset: int, limit: int):
        raise NotImplementedError

    def corrections(self, candidates: list[str]) -> dict[str, str]:
        """For each word no indexed article holds, the closest word one does (if any)."""
        raise NotImplementedError

    # Shared SQL ----------------------------------------------------------------------
    def scope(self, filters: Filters) -> tuple[str, list]:
        """SQL for the filters on the document `d` (always true without filters).

        The read rule is not repeated here: the index holds only what readers may see, and
        the rows a page shows are read through `ArticlePage.objects.live_news()` (see
        results.py), so an article unpublished a moment ago is never shown.
        """
        from kopbal.news.models import ArticlePage

        sql, params = ["TRUE"], []
        if filters.since is not None:
            sql.append("d.published_at >= %s")
            params.append(filters.since)
        if filters.club_id is not None:
            through = ArticlePage.clubs.through._meta.db_table
            sql.append(
                f"EXISTS (SELECT 1 FROM {through} tc "  # noqa: S608 (names from the model)
                "WHERE tc.articlepage_id = d.article_id AND tc.club_id = %s)"
            )
            params.append(filters.club_id)
        return " AND ".join(sql), params

    def count_sql(self, sql: str, limit: int) -> str:
        """Count at most `limit` matches: a reader pages through a few hundred at most, and
        counting all 16,000 articles about a club cost more than ranking them."""
        return f"SELECT count(*) FROM (SELECT 1 {sql} LIMIT {int(limit)}) matches"  # noqa: S608

    @staticmethod
    def fetch(sql: str, params: list) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
