"""The search index follows publishing: a published article is (re)indexed, an unpublished
one leaves the index, a deleted one takes its document along (a foreign key cascade)."""

from django.db import transaction


def article_published(sender, instance, **kwargs):
    from .services import document_index

    document_index(article=instance.specific)


def article_unpublished(sender, instance, **kwargs):
    from .services import document_remove

    document_remove(article_ids=[instance.pk])


def tag_renamed(sender, instance, created=False, **kwargs):
    """A club, person or competition was saved: the articles tagged with it carry its name
    in their documents. Renames are rare, so the check is cheap and the reindex may be big."""
    if created:
        return
    from .services import documents_refresh_tagged

    transaction.on_commit(lambda: documents_refresh_tagged(tag=instance))


def register_signal_handlers() -> None:
    from django.db.models.signals import post_save
    from wagtail.signals import page_published, page_unpublished

    from kopbal.football.models import Club, Competition, Person
    from kopbal.news.models import ArticlePage

    page_published.connect(article_published, sender=ArticlePage, dispatch_uid="search-index")
    page_unpublished.connect(article_unpublished, sender=ArticlePage, dispatch_uid="search-unindex")
    for model in (Club, Competition, Person):
        post_save.connect(tag_renamed, sender=model, dispatch_uid=f"search-tag-{model.__name__}")
