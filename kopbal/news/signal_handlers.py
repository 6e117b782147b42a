"""What a publish changes in cached pages, and only that (see kopbal.core.generations).

Publishing or unpublishing an article moves the news generation (the home page, the
archive, tag pages, feeds and "Meest recent", which is a hole in every article page:
kopbal.core.holes), the article's own page, and the news of its clubs, persons and
competitions ("LEES OOK" on the articles sharing a tag). The pages of other articles stay
cached. Anything rarer and wider (a page moved or deleted, another page type, an author)
still moves the site generation: every page.
"""

from django.db import transaction

from kopbal.core import generations
from kopbal.core.signal_handlers import content_changed

from .templatetags.news_tags import most_recent_warm


def article_changed(article) -> None:
    """Bump what shows `article`, inside the transaction that publishes or unpublishes it."""
    generations.bump(generations.NEWS)
    generations.bump(generations.page(article.pk))
    tags = [*article.clubs.all(), *article.tagged_persons(), *article.competitions.all()]
    for tag in tags:
        generations.bump(generations.tag_news(tag.tag_route, tag.pk))
    # The new "Meest recent" is rendered by the publish, not by each page's first reader.
    transaction.on_commit(most_recent_warm)


def page_published_or_unpublished(sender, instance, **kwargs):
    from .models import ArticlePage

    page = instance.specific_deferred  # the instance itself when it is specific already
    if isinstance(page, ArticlePage):
        article_changed(page)
    else:
        content_changed(sender, **kwargs)
