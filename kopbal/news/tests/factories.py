"""Factories for news content. Articles are Wagtail pages: they are created as children
of the archive and published through a revision, as the admin does."""

from datetime import timedelta

import factory
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from kopbal.news.models import ArticleAuthor, ArticlePage, ArticlePerson, Author
from kopbal.search.services import document_index


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Redacteur {n}")
    slug = factory.Sequence(lambda n: f"redacteur-{n}")
    job_title = "Redacteur"


def article_create(
    index,
    *,
    title: str = "Testclub wint spektakelstuk",
    intro: str = "<p>Een verslag van een wedstrijd die niemand snel zal vergeten.</p>",
    body=None,
    authors=None,
    clubs=(),
    persons=(),
    competitions=(),
    published_at=None,
    live: bool = True,
    **fields,
) -> ArticlePage:
    """An article under `index`, published at `published_at` (default: now) unless not live."""
    page = ArticlePage(
        title=title,
        slug=fields.pop("slug", slugify(title)[:80]),
        intro=intro,
        live=False,
        **fields,
    )
    page.article_authors = [ArticleAuthor(author=a) for a in (authors or [AuthorFactory()])]
    page.article_persons = [ArticlePerson(person=p) for p in persons]
    page.clubs, page.competitions = list(clubs), list(competitions)
    if body is not None:
        page.body = body
    index.add_child(instance=page)
    if live:
        published_at = published_at or timezone.now()
        page.save_revision().publish()
        Page.objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )
        page.refresh_from_db()
        # Back-dated after publishing: the search index keeps the date readers see.
        document_index(article=page)
    return page


def articles_create(index, count: int, **kwargs) -> list[ArticlePage]:
    """`count` live articles, one hour apart, the first one the newest."""
    now = timezone.now()
    return [
        article_create(
            index,
            title=f"Testartikel nummer {i}",
            published_at=now - timedelta(hours=i),
            **kwargs,
        )
        for i in range(count)
    ]
