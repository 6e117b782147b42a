"""SQLite: an FTS5 table (unicode61, diacritics removed) holding the Dutch stems of each
document, made in Python with the stemmer PostgreSQL uses; bm25 with column weights.

FTS5 cannot call a Python tokenizer, so the stems are made before they are stored and
the query's words are stemmed the same way. Mistyped words are corrected from the
vocabulary's words of the same first letter and a similar length.
"""

from django.db import connection

from ..models import ArticleDocument
from ..text import index_text, stem
from .base import RECENCY_BOOST, RECENCY_DAYS, Filters, SearchBackend, closest

FTS = "search_articlefts"
# bm25 weights of headline, intro, body, tags.
WEIGHTS = "10.0, 4.0, 2.0, 0.5"
REBUILD_BATCH = 500


def match_expression(query) -> str:
    """The FTS5 MATCH text: stems in double quotes (a stem is letters and digits only, so
    it never holds a quote), alternatives with OR, terms with AND."""
    terms = []
    for term in query.terms:
        alternatives = dict.fromkeys(
            '"' + " ".join(stem(w) for w in words) + '"' for words in term.alternatives if words
        )
        if alternatives:
            terms.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(terms)


class SqliteBackend(SearchBackend):
    vendor = "sqlite"

    def document_saved(self, document: ArticleDocument) -> None:
        super().document_saved(document)
        self._fts_write([document])

    def _fts_write(self, documents) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"DELETE FROM {FTS} WHERE rowid = %s",  # noqa: S608
                [[d.article_id] for d in documents],
            )
            cursor.executemany(
                f"INSERT INTO {FTS} (rowid, headline, intro, body, names) "  # noqa: S608
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    [d.article_id, *(index_text(t) for t in (d.headline, d.intro, d.body, d.names))]
                    for d in documents
                ],
            )

    def _from(self, query, filters: Filters) -> tuple[str, list]:
        scope, params = self.scope(filters)
        sql = (
            f"FROM {FTS} f JOIN {ArticleDocument._meta.db_table} d ON d.article_id = f.rowid "
            f"WHERE {FTS} MATCH %s AND {scope}"
        )
        return sql, [match_expression(query), *params]

    def count(self, query, filters: Filters, *, limit: int) -> int:
        sql, params = self._from(query, filters)
        return self.fetch(self.count_sql(sql, limit), params)[0][0]

    def page_ids(self, query, filters: Filters, *, newest: bool, offset: int, limit: int):
        sql, params = self._from(query, filters)
        # bm25 is negative, better is lower: the recency factor makes newer ones lower still.
        relevance = (
            f"bm25({FTS}, {WEIGHTS}) * (1 + {RECENCY_BOOST} / (1 + (julianday('now') - "
            f"julianday(d.published_at)) / {RECENCY_DAYS}.0)), "
        )
        order = ("" if newest else relevance) + "d.published_at DESC, d.article_id DESC"
        rows = self.fetch(
            f"SELECT f.rowid {sql} ORDER BY {order} LIMIT %s OFFSET %s", [*params, limit, offset]
        )
        return [row[0] for row in rows]

    def corrections(self, candidates: list[str]) -> dict[str, str]:
        if not candidates:
            return {}
        conditions, params = [], []
        for word in candidates:
            conditions.append(
                "(word = %s OR (word >= %s AND word < %s AND length(word) BETWEEN %s AND %s))"
            )
            params += [word, word[0], chr(ord(word[0]) + 1), len(word) - 2, len(word) + 2]
        rows = self.fetch(
            "SELECT word FROM search_searchword WHERE " + " OR ".join(conditions),  # noqa: S608
            params,
        )
        vocabulary = {row[0] for row in rows}
        found = {}
        for word in candidates:
            if word in vocabulary:
                continue
            close = closest(word, [w for w in vocabulary if w[0] == word[0]])
            if close:
                found[word] = close
        return found

    def rebuild(self) -> int:
        """Every live article's document anew, made in Python in batches."""
        from kopbal.news.models import ArticlePage

        from ..services import document_index

        ArticleDocument.objects.all().delete()
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS}")  # noqa: S608
        articles = (
            ArticlePage.objects.live_news()
            .prefetch_related("clubs", "competitions", "article_persons__person")
            .order_by("pk")
        )
        count = 0
        for article in articles.iterator(chunk_size=REBUILD_BATCH):
            document_index(article=article)
            count += 1
        return count
