"""Writes to the search index: one article, a removal, a rebuild of everything."""

from django.db import transaction

from kopbal.core.text import plain_text

from .backends import backend
from .models import ArticleDocument

# StreamField values that are no text a reader reads (ids, links).
_NOT_TEXT = {"url", "article", "image"}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [
            text for key, item in value.items() if key not in _NOT_TEXT for text in _strings(item)
        ]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def body_text(article) -> str:
    """The readable text of the article's body blocks (paragraphs, quotes, captions)."""
    raw = article.body.raw_data if article.body else []
    return plain_text(" ".join(text for block in raw for text in _strings(block.get("value"))))


def tag_names(article) -> str:
    """The names of the clubs, persons and competitions the article is tagged with."""
    names = [n for club in article.clubs.all() for n in (club.name, club.short_name)]
    names += [link.person.name for link in article.article_persons.select_related("person")]
    names += [competition.name for competition in article.competitions.all()]
    return " ".join(dict.fromkeys(names))


@transaction.atomic
def document_index(*, article) -> None:
    """Index the live, published text of `article` (or drop it from the index when readers
    may not see it: not live, or behind a view restriction), as the publish path calls it.

    Code that back-dates an article after publishing it (the demo, the test factories)
    calls it again, so the index has the date readers see."""
    if not (article.live and article.first_published_at) or article.get_view_restrictions():
        document_remove(article_ids=[article.pk])
        return
    document, _created = ArticleDocument.objects.update_or_create(
        article_id=article.pk,
        defaults={
            "published_at": article.first_published_at,
            "headline": article.title,
            "intro": plain_text(article.intro),
            "body": body_text(article),
            "names": tag_names(article),
        },
    )
    backend().document_saved(document)


@transaction.atomic
def document_remove(*, article_ids) -> None:
    ArticleDocument.objects.filter(article_id__in=article_ids).delete()


def documents_rebuild() -> int:
    """Index every live article anew, in bulk; returns the number of documents."""
    return backend().rebuild()


def index_ensure() -> int:
    """Build the index when it is empty while live articles exist (a site loaded before
    search existed, or seeded in bulk); returns the documents built (0: nothing to do)."""
    from kopbal.news.models import ArticlePage

    if ArticleDocument.objects.exists() or not ArticlePage.objects.live_news().exists():
        return 0
    return documents_rebuild()


def documents_refresh_tagged(*, tag) -> int:
    """Reindex the articles tagged with `tag` whose documents lack its current name."""
    from kopbal.news.models import ArticlePage

    tagged = ArticlePage.objects.live().tagged_with(tag).values("pk")
    stale = ArticleDocument.objects.filter(article_id__in=tagged).exclude(names__contains=tag.name)
    ids = list(stale.values_list("article_id", flat=True))
    for article in ArticlePage.objects.filter(pk__in=ids).prefetch_related("clubs", "competitions"):
        document_index(article=article)
    return len(ids)
