"""The search index: one document per live article, and the words readers may mistype.

The index holds live, public, published articles only (the publish path keeps it so; a
search still reads the rows it shows through `live_news()`). The document holds the
article's text per weight as plain text. The database makes the
searchable form from it: on PostgreSQL a stored `tsvector` column generated from these
columns (Dutch stems, accents folded; see migrations/0002), on SQLite a row in the FTS5
table `search_articlefts` with the stems made in Python (see backends/sqlite.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleDocument(models.Model):
    article = models.OneToOneField(
        "news.ArticlePage",
        verbose_name=_("article"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="search_document",
    )
    headline = models.TextField(_("headline"))  # weight A
    intro = models.TextField(_("intro"), blank=True)  # weight B
    body = models.TextField(_("text"), blank=True)  # weight C
    names = models.TextField(
        _("tags"), blank=True
    )  # weight D: the clubs, persons, competitions tagged
    # The article's first publication, copied so that ranking, "newest first" and the period
    # filter read this table alone: joining 100,000 pages tripled the time of a search.
    published_at = models.DateTimeField(_("published at"))

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self) -> str:
        return self.headline


class SearchWord(models.Model):
    """A folded word of an indexed article: what a mistyped search word is corrected to."""

    word = models.CharField(_("word"), max_length=40, primary_key=True)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self) -> str:
        return self.word
